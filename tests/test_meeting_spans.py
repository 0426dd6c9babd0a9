"""The days of a meeting: its first and last told apart, a meeting weeks before the one told; and who "their foreign
ministers" and "the two leaders" of a meeting are."""
from __future__ import annotations

from test_news_articles import events, meetings, parties_of_the_one_meeting


def test_a_meeting_told_to_have_begun_a_day_before_it_ended_is_dated_by_its_first_day():
    evs = events("Ministers conclude talks\n\n14 March 2024, 18:40\n\nYEREVAN, MARCH 14. Georgian Foreign Minister "
                 "Ilia Darchiashvili and Armenian Foreign Minister Ararat Mirzoyan concluded their negotiations in "
                 "Tbilisi on March 14, the ministry said. The talks began on March 13.")
    found = meetings(evs, "Ilia Darchiashvili", "Ararat Mirzoyan")
    assert [(e["date"], e["date_end"]) for e in found] == [("2024-03-13", "2024-03-14")]
    # (a last day told apart: "ended on Friday")
    evs = events("Talks in Oslo\n\nJune 6, 2024\n\nNorwegian Foreign Minister Espen Barth Eide hosted Colombian "
                 "Foreign Minister Luis Gilberto Murillo in Oslo on Wednesday. The talks ended on Thursday.")
    found = meetings(evs, "Espen Barth Eide", "Luis Gilberto Murillo")
    assert [(e["date"], e["date_end"]) for e in found] == [("2024-06-05", "2024-06-06")]
    # (a day far from the meeting's is no day of it)
    evs = events("Talks in Oslo\n\nJune 5, 2024\n\nNorwegian Foreign Minister Espen Barth Eide hosted Colombian "
                 "Foreign Minister Luis Gilberto Murillo in Oslo on Wednesday. The talks began on May 2.")
    assert [e["date"] for e in meetings(evs, "Espen Barth Eide", "Luis Gilberto Murillo")] == ["2024-06-05"]


def test_a_meeting_weeks_before_the_one_told_is_dated_to_its_month_not_to_that_day():
    evs = events("Modi in Warsaw\n\nAugust 22, 2024\n\nPrime Minister Narendra Modi on Thursday held talks with Polish "
                 "Prime Minister Donald Tusk in Warsaw, a visit that comes six weeks after his meeting with Austrian "
                 "Chancellor Karl Nehammer in Vienna.")
    assert [e["date"] for e in meetings(evs, "Narendra Modi", "Donald Tusk")] == ["2024-08-22"]
    assert [(e["date"], e["date_precision"]) for e in meetings(evs, "Narendra Modi", "Karl Nehammer")] == \
        [("2024-07", "month")]


def test_their_foreign_ministers_are_the_named_foreign_ministers_of_the_states_of_the_sentence():
    evs = events("Georgia, Armenia make progress\n\nMarch 14, 2024\n\nGeorgia and Armenia made progress on a border "
                 "deal after two days of talks between their foreign ministers in Tbilisi, the two countries said on "
                 "Thursday. Armenian Foreign Minister Ararat Mirzoyan told reporters the talks were useful. His Georgian "
                 "counterpart Ilia Darchiashvili agreed.")
    assert parties_of_the_one_meeting(evs) == {"Ararat Mirzoyan", "Ilia Darchiashvili"}


def test_a_gerund_after_the_words_a_leader_reports_is_the_leaders_act_not_the_states():
    evs = events("Tusk announces deal\n\nMarch 12, 2024\n\nPolish Prime Minister Donald Tusk announced on Monday "
                 "evening that Poland will buy more air defence systems, after meeting Lithuania's Gitanas Nauseda in "
                 "Vilnius.")
    found = [e for e in evs if e["type"] == "CONSULT"]
    assert parties_of_the_one_meeting(evs) == {"Donald Tusk", "Gitanas Nauseda"} and len(found) == 1


def test_a_premier_is_one_of_the_two_leaders_where_no_head_of_state_of_that_country_is_named():
    evs = events("Meloni, Mitsotakis sign accord\n\nApril 4, 2024\n\nPremier Giorgia Meloni and her Greek counterpart "
                 "Kyriakos Mitsotakis on Thursday signed an energy accord. The deal was signed at Palazzo Chigi after a "
                 "meeting between the two leaders.")
    consult = [e for e in evs if e["type"] == "CONSULT"]
    assert len(consult) == 1 and parties_of_the_one_meeting(evs) == {"Giorgia Meloni", "Kyriakos Mitsotakis"}


def test_a_date_that_names_another_noun_is_not_the_acts():
    evs = events("Ishiba visits Seoul, returning Yoon's March trip\n\nMay 12, 2025\n\nJapanese Prime Minister Shigeru "
                 "Ishiba held a summit with President Yoon Suk Yeol at the presidential office in Seoul on Sunday.")
    assert {e["date"] for e in evs if e["type"] == "CONSULT"} == {"2025-05-11"}
    # (but a visit that frames the act dates it)
    evs = events("Talks\n\nMay 12, 2025\n\nDuring the May 10 visit, Ishiba met Yoon in Seoul.")
    assert [e["date"] for e in meetings(evs, "Shigeru Ishiba", "Yoon Suk Yeol")] == ["2025-05-10"]


def test_where_a_discussion_leads_to_is_no_place_of_it():
    evs = events("Blinken in Amman\n\nOctober 16, 2023\n\nSecretary of State Antony Blinken met King Abdullah II in "
                 "Amman on Monday and discussed aid routes to Gaza with him.")
    assert [(e["location"] or {}).get("name") for e in evs if e["type"] == "CONSULT"] == ["Amman"]
    # (but the place of a trip an act was done on, told after it)
    evs = events("Kim in Russia\n\nSeptember 13, 2023\n\nKim Jong Un met Vladimir Putin at the Vostochny Cosmodrome on "
                 "Wednesday. He had already met Mr. Putin during his previous trip abroad, to Vladivostok in 2019.")
    assert sorted((e["date"], e["location"]["name"]) for e in evs if e["type"] == "CONSULT") == \
        [("2019", "Vladivostok"), ("2023-09-13", "Vostochny Cosmodrome")]


def test_a_meeting_of_a_two_day_visit_with_no_day_of_its_own_is_of_the_visits_month():
    evs = events("Foreign Secretary's visit to Japan (March 4-5, 2025)\n\nMarch 5, 2025\n\nForeign Secretary Vikram "
                 "Misri visited Tokyo on 4-5 March 2025. The Foreign Secretary held talks with Vice Foreign Minister "
                 "Hiroyuki Namazu on 5 March. He also called on Foreign Minister Takeshi Iwaya.")
    assert [(e["date"], e["date_precision"]) for e in meetings(evs, "Vikram Misri", "Takeshi Iwaya")] == \
        [("2025-03", "month")]         # (not the visit's first day, 4 March)
    assert [e["date"] for e in meetings(evs, "Vikram Misri", "Hiroyuki Namazu")] == ["2025-03-05"]
