"""Who "the two ministers" are when no meeting of ministers was told; a journey "on to" the next stop told after a
meeting, no place of that meeting's; a wire's dateline split off as a sentence of its own, no sentence of the opening;
the time after a count of meetings ("the second meeting ... this year"), the period counted over; and talks with the
leaders of the states a journey goes to, one meeting each. Every article here is written for the test."""
from __future__ import annotations

from test_news_articles import events, meetings

REPORT = ("NAIROBI, March 4 (Wire) - German Foreign Minister Annalena Baerbock on Tuesday called for a ceasefire in "
          "Sudan, speaking at a news conference in Nairobi alongside Kenyan Foreign Minister Musalia Mudavadi.\n\n"
          "Baerbock also held talks with President William Ruto at State House.\n\n"
          "The two ministers also discussed trade, climate finance and the security situation in Somalia.\n\n"
          "Baerbock travels on to Israel and the occupied West Bank, where she is due to meet Prime Minister Benjamin "
          "Netanyahu and Palestinian President Mahmoud Abbas.")


def test_the_two_ministers_are_the_two_ministers_named_where_no_meeting_of_ministers_was_told():
    evs = events("Baerbock urges Sudan ceasefire in Nairobi\n\nPublished 2024-03-04\n\n" + REPORT)
    assert len(meetings(evs, "Annalena Baerbock", "Musalia Mudavadi")) == 1
    # (not the president's: he is no minister)
    ruto = meetings(evs, "Annalena Baerbock", "William Ruto")
    assert len(ruto) == 1
    assert not any("two ministers" in q for q in ruto[0]["quotes"].get("event", []))


def test_a_journey_on_to_the_next_stops_is_no_place_of_the_meeting_before_it():
    evs = events("Baerbock urges Sudan ceasefire in Nairobi\n\nPublished 2024-03-04\n\n" + REPORT)
    ruto = meetings(evs, "Annalena Baerbock", "William Ruto")
    assert len(ruto) == 1 and (ruto[0]["location"] or {}).get("country") != "ISR"
    assert not any("travels on" in q for q in ruto[0]["quotes"].get("event", []))
    for other in ("Benjamin Netanyahu", "Mahmoud Abbas"):
        ahead = meetings(evs, "Annalena Baerbock", other)
        assert len(ahead) == 1 and ahead[0]["status"] == "planned"


KREMLIN = ("Putin, Modi talks in Kremlin last about three hours\n\n"
           "The two leaders discussed energy trade and the situation in Ukraine, the Kremlin aide said\n\n"
           "MOSCOW, July 9. /TASS/. Russian President Vladimir Putin and Indian Prime Minister Narendra Modi held talks "
           "in the Kremlin that lasted about three hours, presidential aide Yury Ushakov told reporters.\n\n"
           "\"A very substantive conversation took place,\" Ushakov said.\n\n"
           "This was the second meeting between Putin and Modi this year. Earlier, the Russian leader met the Indian "
           "prime minister in Kazan on April 11.")


def test_a_wire_s_dateline_alone_in_a_sentence_does_not_push_its_lede_out_of_the_opening():
    evs = events(KREMLIN, published="2024-07-09")
    dated = sorted((e["date"], e["status"]) for e in meetings(evs, "Vladimir Putin", "Narendra Modi"))
    # the talks the report opens on are not the meeting of April its last sentence recalls
    assert dated == [("2024-04-11", "background"), ("2024-07-09", "happened")]


def test_the_time_after_a_count_of_meetings_is_the_period_counted_over():
    evs = events(KREMLIN.replace(" Earlier, the Russian leader met the Indian prime minister in Kazan on April 11.", ""),
                 published="2024-07-09")
    assert [e["date"] for e in meetings(evs, "Vladimir Putin", "Narendra Modi")] == ["2024-07-09"]


def test_talks_with_leaders_of_the_states_a_journey_goes_to_are_one_meeting_each_in_its_state_on_its_day():
    evs = events("Albanese heads to Tokyo and Seoul\n\nPublished 2025-03-07\n\n"
                 "Australian Prime Minister Anthony Albanese will travel to Tokyo and Seoul on Monday for talks with "
                 "Japanese Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol, his office said.")
    for other, city in (("Shigeru Ishiba", "Tokyo"), ("Yoon Suk Yeol", "Seoul")):
        found = meetings(evs, "Anthony Albanese", other)
        assert [(e["date"], e["location"]["name"]) for e in found] == [("2025-03-10", city)]
    assert not any(len(e["actors"] + e["recipients"]) > 2 for e in evs)


def test_a_journey_months_before_told_after_a_title_alone_is_no_part_of_the_visit_ahead():
    evs = events("Albanese to visit Jakarta\n\nPublished 2025-05-13\n\n"
                 "Prime Minister Anthony Albanese will travel to Jakarta on Thursday and is set to hold talks with "
                 "President Prabowo Subianto on arrival.\n\n"
                 "The visit comes three months after PM Albanese travelled to Bogor for the annual leaders' meeting.")
    assert [(e["date"], e["location"]["name"]) for e in meetings(evs, "Anthony Albanese", "Prabowo Subianto")] == [
        ("2025-05-15", "Jakarta")]
