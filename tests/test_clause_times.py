"""A day or place told in another clause of the sentence, prepositions joined by "and", and verbs of force used as
figures of speech. Every article here is written for the test."""
from __future__ import annotations

from test_news_articles import events, meetings, people_in

TOUR = ("Ruto heads to Asia\n\nFebruary 5, 2024\n\n"
        "Kenyan President William Ruto on Monday left Nairobi for Tokyo on the first leg of an Asian tour, during which "
        "he will hold talks with Japanese Prime Minister Fumio Kishida.\n\n")


def test_a_meeting_told_ahead_in_a_clause_is_not_dated_by_the_day_of_a_departure_told_as_done():
    found = meetings(events(TOUR), "William Ruto", "Fumio Kishida")
    assert found and all(e["status"] == "planned" for e in found)
    assert all(e["date"] != "2024-02-05" for e in found)


def test_talks_that_follow_a_welcome_take_its_day_and_place():
    evs = events(TOUR + "Ruto will be given a ceremonial welcome in Tokyo on Thursday, followed by talks with "
                        "Kishida.")
    found = meetings(evs, "William Ruto", "Fumio Kishida")
    assert [(e["date"], (e["location"] or {}).get("name")) for e in found] == [("2024-02-08", "Tokyo")]


GULF = ("Jaishankar in Riyadh\n\nSeptember 10, 2024\n\n"
        "Indian External Affairs Minister S. Jaishankar met separately on Monday with Saudi Foreign Minister Prince "
        "Faisal bin Farhan and with Emirati Foreign Minister Sheikh Abdullah bin Zayed in Riyadh.\n\n"
        "With Sheikh Abdullah, Jaishankar reviewed the state of the negotiations in Geneva.\n\n")


def test_a_preposition_joined_to_another_by_and_gives_its_party_and_separately_two_meetings():
    evs = events(GULF)
    faisal = meetings(evs, "S. Jaishankar", "Faisal bin Farhan")
    abdullah = meetings(evs, "S. Jaishankar", "Abdullah bin Zayed")
    assert len(faisal) == 1 and len(abdullah) == 1 and faisal[0] is not abdullah[0]
    assert all(e["date"] == "2024-09-09" for e in faisal + abdullah)


def test_reviewing_with_a_person_is_talking_with_them_and_the_talks_reviewed_are_a_topic():
    evs = events(GULF)
    abdullah = meetings(evs, "S. Jaishankar", "Abdullah bin Zayed")[0]
    told = " ".join(q for qs in abdullah["quotes"].values() for q in qs)
    assert "reviewed the state of the negotiations" in told
    # the negotiations reviewed were held in Geneva; neither meeting was
    assert all((e["location"] or {}).get("name") != "Geneva" for e in meetings(evs, "S. Jaishankar"))


def test_seizing_an_opportunity_is_no_seizure():
    evs = events("Wang meets Wong\n\nDecember 21, 2022\n\nChinese Foreign Minister Wang Yi held talks with Australian "
                 "Foreign Minister Penny Wong in Beijing on Wednesday.\n\nWang said that this year marks the 50th "
                 "anniversary of diplomatic ties, and that the two sides should seize the opportunity to promote "
                 "relations. Wong said the talks would strike a balance between the interests of both.")
    assert {e["type"] for e in evs} == {"CONSULT"}


def test_the_time_zone_of_a_byline_is_no_person():
    assert people_in("Published 4:21 PM UTC, March 21, 2024 | Updated 10:02 GMT\n\nSecretary of State Antony Blinken "
                     "met Egyptian President Abdel Fattah el-Sisi in Cairo.") == {"Antony Blinken",
                                                                                  "Abdel Fattah el-Sisi"}
