"""A trip told in one sentence, an agency's dateline with its country in brackets, a verb of two hosts, a state's
initials before a meeting noun and a name that spells a past tense. Every article here is written for the test."""
from __future__ import annotations

import datetime as dt

from test_merge_rules import ingest, with_people
from test_news_articles import events, meetings

from parley.time import tag


def test_a_name_that_spells_a_past_tense_does_not_turn_a_meeting_ahead_into_one_before():
    # ("Sang", "Hung", "Won" are names here, not "sang", "hung", "won")
    text = "Cho will meet Vietnamese Deputy Prime Minister Tran Hung Ha on Thursday before returning to Seoul."
    assert [t.value for t in tag(text, dt.date(2025, 3, 3))] == ["2025-03-06"]
    evs = events("Cho in Hanoi\n\nPublished 2025-03-03\n\n"
                 "South Korean Foreign Minister Cho Tae-yul met his Vietnamese counterpart Bui Thanh Son in Hanoi on "
                 "Monday.\n\nCho will meet Vietnamese Prime Minister Pham Sang Minh on Thursday before returning "
                 "to Seoul.")
    ahead = meetings(evs, "Cho Tae-yul", "Pham Sang Minh")
    assert [(e["status"], e["date"]) for e in ahead] == [("planned", "2025-03-06")]
    # (a past tense in lower case still tells what was done)
    assert [t.value for t in tag("Cho met Son on Thursday.", dt.date(2025, 3, 3))] == ["2025-02-27"]


def test_talks_with_one_leader_then_with_another_elsewhere_are_two_meetings_each_in_its_place():
    evs = events("Sanchez tours Nordics\n\nPublished 2025-06-12\n\n"
                 "Spanish Prime Minister Pedro Sanchez held talks with Danish Prime Minister Mette Frederiksen in "
                 "Copenhagen and then with Swedish Prime Minister Ulf Kristersson in Stockholm on Wednesday.")
    danes, swedes = meetings(evs, "Pedro Sanchez", "Mette Frederiksen"), meetings(evs, "Pedro Sanchez", "Ulf Kristersson")
    assert [e["location"]["name"] for e in danes] == ["Copenhagen"]
    assert [e["location"]["name"] for e in swedes] == ["Stockholm"]
    assert [e["date"] for e in swedes] == ["2025-06-11"]
    assert not meetings(evs, "Mette Frederiksen", "Ulf Kristersson")


def test_an_agency_dateline_with_its_country_in_brackets_places_the_report():
    evs = events("Iran, Oman talk nuclear\n\nPublished 2025-07-08\n\n"
                 "Geneva (Switzerland) (AFP) – Iranian Foreign Minister Abbas Araghchi met his Omani counterpart Badr "
                 "Albusaidi on Tuesday.")
    found = meetings(evs, "Abbas Araghchi", "Badr Albusaidi")
    assert [(e["location"]["name"], e["location"]["country"]) for e in found] == [("Geneva", "CHE")]
    assert not [p for e in found for p in e["actors"] + e["recipients"] if p["country"] == "CHE"]


def test_talks_told_among_the_days_of_a_trip_ahead_are_not_the_meeting_held_and_take_the_last_leg(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Agency", "published": "2025-03-24", "text":
                  "Belem (Brazil) (AFP) – German Chancellor Olaf Scholz and Brazilian President Luiz Inacio Lula da "
                  "Silva on Monday announced a fund for the Amazon at the start of a three-day visit by Scholz.\n\n"
                  "The two leaders met on a boat on the river.\n\n"
                  "Scholz will travel to Sao Paulo on Tuesday and to Brasilia on Wednesday for talks with Lula."},
                 {"outlet": "Planalto", "published": "2025-03-26", "text":
                  "Brazilian President Luiz Inacio Lula da Silva received German Chancellor Olaf Scholz at the "
                  "Planalto Palace in Brasilia on Wednesday, where the two signed agreements on energy."})
    found = sorted(with_people(evs, "scholz", "lula"), key=lambda e: e["date"] or "")
    assert [(e["date"], e["location"]["name"]) for e in found if e["status"] == "happened"] == [
        ("2025-03-24", "Belém"), ("2025-03-26", "Brasília")]
    # (the talks ahead, told by the first report, are the Brasilia meeting the second reports)
    assert [len(e["sources"]) for e in found] == [1, 2]


def test_ministers_who_co_chaired_a_dialogue_of_their_two_states_met():
    evs = events("Kenya, US hold dialogue\n\nPublished 2025-04-10\n\n"
                 "Kenyan Foreign Minister Musalia Mudavadi and US Secretary of State Marco Rubio co-chaired the "
                 "Kenya-US strategic dialogue in Nairobi on Thursday.")
    found = meetings(evs, "Musalia Mudavadi", "Marco Rubio")
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2025-04-10", "Nairobi")]
    # (a forum's gathering, named by its initials, is still no meeting of its parties)
    evs = events("Leaders meet\n\nPublished 2025-04-10\n\n"
                 "Kenyan President William Ruto attended the AU summit in Addis Ababa on Thursday.")
    assert not [e for e in evs if e["type"] == "CONSULT" and e["status"] != "background"
                and len({p["name"] for p in e["actors"] + e["recipients"]}) > 1]


def test_the_gulf_press_style_before_a_name_is_an_honorific_and_a_state_the_headline_makes_a_party_is_no_place():
    evs = events("Kuwait, Japan discuss energy ties\n\nPublished 2025-02-03\n\n"
                 "Kuwait City: Minister of Foreign Affairs H E Abdullah Ali Al-Yahya met with Minister for Foreign "
                 "Affairs of Japan H E Takeshi Iwaya, who is currently visiting the country, today.")
    found = meetings(evs, "Abdullah Ali Al-Yahya", "Takeshi Iwaya")
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2025-02-03", "Kuwait City")]
    evs = events("Oman, India discuss strategic partnership\n\nPublished 2025-02-03\n\n"
                 "Foreign Minister Sayyid Badr Albusaidi met on Monday with Indian Minister of External Affairs "
                 "Subrahmanyam Jaishankar.\n\nThe meeting reviewed bilateral relations.")
    # (the headline's India is a party: no capital of India guessed for a meeting its text does not place)
    found = meetings(evs, "Sayyid Badr Albusaidi", "Subrahmanyam Jaishankar")
    assert found and all(e.get("location") is None for e in found)


def test_an_article_about_a_meeting_of_last_month_tells_it_again_without_a_day(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire", "published": "2025-05-09", "text":
                  "Chinese President Xi Jinping and Russian President Vladimir Putin held talks in the Kremlin on "
                  "Friday, a day after the two leaders attended a parade in Moscow."},
                 {"outlet": "Review", "published": "2025-06-20", "text":
                  "Last month's summit between Xi Jinping and Vladimir Putin in Moscow alarmed European capitals.\n\n"
                  "The two leaders met in the Kremlin for talks that lasted several hours."})
    found = with_people(evs, "xi", "putin")
    assert [(e["date"], len(e["sources"])) for e in found if e["status"] == "happened"] == [("2025-05-09", 2)]


def test_a_meeting_told_done_is_not_the_talks_the_article_puts_on_a_later_day():
    evs = events("Xi, Putin meet informally\n\nPublished 2025-05-08\n\n"
                 "Russian President Vladimir Putin and Chinese President Xi Jinping have held an informal meeting at "
                 "the Russian leader's residence outside Moscow, the Kremlin said.\n\n"
                 "Official talks will be held on Friday in the Kremlin.")
    found = [e for e in meetings(evs, "Vladimir Putin", "Xi Jinping") if e["status"] == "happened"]
    assert [e["date"] for e in found] == ["2025-05-08"]


def test_a_statement_quoted_after_a_colon_is_its_speaker_s_and_each_partner_told_with_a_day_is_a_meeting_of_its_own():
    evs = events("Guterres concludes visit to Egypt\n\nPublished 2025-03-25\n\n"
                 "UN Secretary-General Antonio Guterres issued the following statement at the end of his visit to "
                 "Cairo:\n\n"
                 '"I had a productive meeting with President Abdel Fattah al-Sisi yesterday and with Foreign Minister '
                 'Badr Abdelatty on Sunday."')
    assert [e["date"] for e in meetings(evs, "Antonio Guterres", "Abdel Fattah al-Sisi")] == ["2025-03-24"]
    assert [e["date"] for e in meetings(evs, "Antonio Guterres", "Badr Abdelatty")] == ["2025-03-23"]
    # (the two the speaker met did not meet each other)
    assert not meetings(evs, "Abdel Fattah al-Sisi", "Badr Abdelatty")


def test_an_organisation_s_official_and_its_chief_are_the_person_it_names():
    evs = events("IMF chief in Nairobi\n\nPublished 2025-05-07\n\n"
                 "IMF Managing Director Kristalina Georgieva met Kenyan President William Ruto at State House in "
                 "Nairobi on Tuesday to discuss a new loan programme.\n\n"
                 "The IMF chief also met Finance Minister John Mbadi on Wednesday.")
    ruto = meetings(evs, "Kristalina Georgieva", "William Ruto")
    assert [e["date"] for e in ruto] == ["2025-05-06"]
    assert {p["country"] for e in ruto for p in e["actors"] + e["recipients"]} == {"IGO", "KEN"}
    assert [e["date"] for e in meetings(evs, "Kristalina Georgieva", "John Mbadi")] == ["2025-05-07"]
    # (an organisation that ends the headline is nobody's whom the next paragraph names with a title)
    evs = events("Carney, Starmer deepen ties ahead of G7\n\nPublished 2025-06-15\n\n"
                 "Prime Minister Mark Carney met British Prime Minister Keir Starmer in London on Sunday.")
    assert {p["country"] for e in meetings(evs, "Mark Carney", "Keir Starmer")
            for p in e["actors"] + e["recipients"]} == {"CAN", "GBR"}


def test_ministers_of_the_two_states_who_also_held_talks_met_on_their_leaders_day():
    evs = events("Mitsotakis hosts Erdogan\n\nPublished 2023-12-08\n\n"
                 "Mitsotakis and Erdogan met on Thursday at the Maximos Mansion in Athens.\n\n"
                 "Greek Foreign Minister Giorgos Gerapetritis and his Turkish counterpart Hakan Fidan also held "
                 "separate talks.")
    assert [(e["date"], (e.get("location") or {}).get("name")) for e in meetings(evs, "Giorgos Gerapetritis", "Hakan Fidan")] \
        == [("2023-12-07", "Athens")]
