"""Who takes part: a trilateral meeting of officials named by office is no part of a bilateral one, "the two sides" are
the states the sentence tells acting, what a joint act agrees to is not its date, an organisation's two presidents meet
together, a style of several words is no part of a name, and a person's country the text tells outweighs one inferred.
Every article here is written for the test."""
from __future__ import annotations

from test_merge_rules import ingest, sources, with_people
from test_news_articles import events, meetings, party_names, people_in

from parley.corpus.people import PersonMention, link


def test_a_trilateral_meeting_of_officials_named_by_office_is_a_meeting_of_its_own():
    evs = events("President Ruto meets Prime Minister Abiy in Nairobi\n\nPublished 2025-03-14\n\n"
                 "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed at State House in Nairobi.\n\n"
                 "The two leaders discussed the Lamu port corridor.\n\n"
                 "Later, a trilateral meeting of the Prime Minister of Ethiopia, the President of Kenya and the "
                 "President of Somalia took place, following which the joint declaration was signed.")
    found = meetings(evs, "William Ruto", "Abiy Ahmed")
    countries = [{p["country"] for p in e["actors"] + e["recipients"]} for e in found]
    assert {"KEN", "ETH"} in countries and {"KEN", "ETH", "SOM"} in countries


def test_the_two_sides_are_the_states_the_sentence_tells_acting_and_an_agreed_meeting_ahead_dates_no_talks():
    evs = events("Ethiopia, Somalia agree to restore ties after Nairobi talks\n\n"
                 "NAIROBI, Feb 10, 2025 (Reuters) - Ethiopia and Somalia have agreed to restore full diplomatic ties, "
                 "President William Ruto said after chairing talks between the two sides at State House here today.\n\n"
                 "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud attended the meeting.\n\n"
                 "Ruto said both leaders had agreed that the army chiefs of the two countries would meet on Thursday.")
    talks = [e for e in meetings(evs, "Abiy Ahmed", "Hassan Sheikh Mohamud") if e["status"] == "happened"]
    assert talks and all(e["date"] == "2025-02-10" for e in talks)
    # (not the Kenyan host with one of them, from "the two sides" read as the article's most named people)
    assert not [e for e in evs if e["type"] == "CONSULT" and party_names(e) == {"William Ruto", "Abiy Ahmed"}]
    # (the leaders hold no meeting on the day their army chiefs are to meet)
    assert not [e for e in meetings(evs, "Abiy Ahmed") if e["date"] == "2025-02-13"]


def test_an_act_of_two_people_one_of_no_told_state_supports_their_talks_and_their_day():
    evs = events("Truce agreed at Luanda talks\n\nPublished 2025-06-03\n\n"
                 "Acting President Tavita Mbeki and Angolan President Joao Lourenco agreed to a truce on Monday after "
                 "talks in Luanda.\n\n"
                 "Mr Mbeki said the truce would hold.")
    found = meetings(evs, "Tavita Mbeki", "Joao Lourenco")
    assert found and found[0]["status"] == "happened" and found[0]["date"] == "2025-06-02"


def test_the_two_presidents_of_an_organisation_meet_together():
    evs = events("Ishiba hosts EU leaders\n\nPublished 2025-07-23\n\n"
                 "Japanese Prime Minister Shigeru Ishiba met European Commission President Ursula von der Leyen and "
                 "European Council President António Costa in Tokyo on Wednesday for the annual EU-Japan summit.")
    found = meetings(evs, "Shigeru Ishiba")
    assert len(found) == 1 and {"Ursula von der Leyen", "António Costa"} <= party_names(found[0])


def test_a_style_of_several_words_is_no_part_of_a_name_and_an_apposition_gives_the_state():
    text = ("Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, and Tavita Mbeki, "
            "acting Prime Minister of Lesotho, met in Maseru on Tuesday.")
    names = people_in(text)
    assert "Hun Manet" in names and not any("Thipadei" in n for n in names)
    evs = events("Leaders meet in Maseru\n\nPublished 2025-05-07\n\n" + text)
    countries = {p["name"]: p["country"] for e in meetings(evs, "Tavita Mbeki") for p in e["actors"] + e["recipients"]}
    assert countries.get("Tavita Mbeki") == "LSO" and countries.get("Hun Manet") == "KHM"


def test_names_listed_after_an_opening_phrase_are_the_subject():
    evs = events("What the reset means\n\n"
                 "At Monday's summit in Brussels, Mark Carney, Ursula von der Leyen and António Costa agreed a package "
                 "on defence procurement and steel.\n\nCarney told reporters the deal was good for jobs.")
    found = meetings(evs, "Mark Carney", "Ursula von der Leyen", "António Costa")
    assert found and (found[0]["location"] or {}).get("name") == "Brussels"


def test_a_country_the_text_tells_outweighs_one_inferred_from_the_article_s_states():
    inferred = "the other state of the article, met by the official of one"
    mentions = [PersonMention("wechayachai|phumtham", "Phumtham Wechayachai", "THA", "Prime Minister",
                              "title or apposition in text", "a1"),
                PersonMention("wechayachai|phumtham", "Phumtham Wechayachai", "MYS", "Prime Minister", inferred, "a2")]
    _, people = link(mentions)
    assert [p.country for p in people.values()] == ["THA"]


def test_separate_meetings_with_each_leader_are_one_with_each_of_the_leaders_named_before():
    evs = events("Serbia and Kosovo sign accord in Washington\n\nPublished 2025-06-06\n\n"
                 "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti signed an accord at the "
                 "White House on Friday, in a ceremony hosted by President Donald Trump.\n\n"
                 "Before the signing, Trump held separate meetings with each leader in the Oval Office.")
    assert meetings(evs, "Donald Trump", "Aleksandar Vucic") and meetings(evs, "Donald Trump", "Albin Kurti")
    assert not [e for e in meetings(evs, "Donald Trump") if len(party_names(e) & {"Aleksandar Vucic", "Albin Kurti"}) == 2
                and len(party_names(e)) == 3]


def test_talks_the_parser_hangs_from_a_state_s_act_are_still_the_talks_of_the_two_people():
    evs = events("Kallas presses Wang\n\nPublished 2025-07-02\n\n"
                 "EU foreign policy chief Kaja Kallas told Chinese Foreign Minister Wang Yi on Wednesday that Beijing "
                 "must end its support for Russia's war in Ukraine, during four hours of talks in Brussels.")
    found = meetings(evs, "Kaja Kallas", "Wang Yi")
    assert found and found[0]["date"] == "2025-07-02" and (found[0]["location"] or {}).get("name") == "Brussels"


def test_a_summit_ahead_in_a_third_state_is_not_where_a_greeting_told_done_took_place():
    evs = events("Trump lands in Jerusalem\n\nPublished 2025-10-13\n\n"
                 "US President Donald Trump landed at the airport on Monday morning, where he was greeted by Prime "
                 "Minister Benjamin Netanyahu and President Isaac Herzog.\n\n"
                 "Trump is set to address the Knesset before flying to Egypt for a summit in Sharm el-Sheikh.")
    found = meetings(evs, "Donald Trump", "Benjamin Netanyahu")
    assert found and all((e["location"] or {}).get("country") != "EGY" for e in found)


def test_officials_named_by_office_met_beside_a_meeting_are_met_one_by_one_where_it_was_held():
    evs = events("Guterres meets Putin in Kazan\n\nPublished 2024-10-24\n\n"
                 "UN Secretary-General António Guterres met with Russian President Vladimir Putin on Thursday on the "
                 "margins of the BRICS summit in Kazan, Russia.\n\nHe also met with the leaders of Egypt and Iran.")
    beside = [e for e in meetings(evs, "António Guterres") if "Vladimir Putin" not in party_names(e)]
    assert sorted(c for e in beside for c in {p["country"] for p in e["actors"] + e["recipients"]} - {"UNO"}) == \
        ["EGY", "IRN"]
    assert all((e["location"] or {}).get("name") == "Kazan" for e in beside)
    putin = meetings(evs, "António Guterres", "Vladimir Putin")
    assert len(putin) == 1 and {p["country"] for p in putin[0]["actors"] + putin[0]["recipients"]} == {"UNO", "RUS"}


def test_an_undated_report_of_last_thursday_is_read_as_of_a_day_that_puts_it_on_its_event(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2025-03-06", "text":
                  "Finnish President Alexander Stubb met Indian Prime Minister Narendra Modi in New Delhi on Thursday "
                  "to discuss trade and clean energy."},
                 {"outlet": "Paper B", "published": "2025-03-06", "text":
                  "Narendra Modi held talks with Finland's President Alexander Stubb in New Delhi on Thursday."},
                 {"outlet": "Blog C", "text":
                  "Stubb and Modi talked for an hour in New Delhi last Thursday, their first meeting since Stubb took "
                  "office.\n\nStubb later said the talks had gone well."})
    found = with_people(evs, "stubb", "modi")
    assert [e["date"] for e in found] == ["2025-03-06"] and sources(found[0]) == {"Wire A", "Paper B", "Blog C"}
