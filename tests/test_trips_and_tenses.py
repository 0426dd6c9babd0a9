"""Trips and tenses: a meeting told "days before" another act, a tour's arrival in one state beside talks in another, a
time in a clause told ahead below talks told done, a departure's day beside a meeting ahead, a place fronted before
"is expected to meet", a report dated only by its publication beside the reports that tell the day, and the tense of a
time in a headline's second clause or far from any word of tense; a ministry's last word read as a name, where a
campaign was waged read as the meeting's place, a name of two family names whose state the article gives only by its
other side, a time of day after a day told before it, the year of a wire's day and month, people a meeting "also
included", and a call that "had also" been held. Every article here is written for the test."""
from __future__ import annotations

import datetime as dt

from test_merge_rules import ingest, sources, with_people
from test_news_articles import events, meetings

from parley.time import tag


def test_a_meeting_told_days_before_is_not_on_the_day_of_the_act_before_it():
    evs = events("Prabowo and Anwar pledge closer ties\n\nPublished 2025-03-15\n\n"
                 "Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim vowed on Saturday "
                 "to deepen cooperation between their countries, days before Prabowo's high-stakes meeting with "
                 "Chinese President Xi Jinping.")
    assert [e["date"] for e in meetings(evs, "Prabowo Subianto", "Anwar Ibrahim")] == ["2025-03-15"]
    assert [e["date"] for e in meetings(evs, "Prabowo Subianto", "Xi Jinping")] == [None]


def test_an_arrival_in_one_state_of_a_tour_does_not_date_talks_in_another():
    evs = events("Baerbock heads to Brazil\n\nPublished 2023-06-04\n\n"
                 "German Foreign Minister Annalena Baerbock was due to arrive in Brazil on Sunday at the start of a "
                 "three-nation tour that will also take her to Colombia and Panama.\n\n"
                 "Baerbock is expected to hold talks with Brazilian Foreign Minister Mauro Vieira in Brasilia on "
                 "Monday.\n\n"
                 "After Brasilia, Baerbock is scheduled to fly to Bogota on Tuesday for talks with President Gustavo "
                 "Petro, before finishing her tour in Panama City, where she is expected to meet President Laurentino "
                 "Cortizo on Thursday.")
    assert [e["date"] for e in meetings(evs, "Annalena Baerbock", "Mauro Vieira")] == ["2023-06-05"]
    assert [e["date"] for e in meetings(evs, "Annalena Baerbock", "Laurentino Cortizo")] == ["2023-06-08"]
    petro = meetings(evs, "Annalena Baerbock", "Gustavo Petro")
    assert len(petro) == 1 and petro[0]["date"] != "2023-06-04"
    assert petro[0]["location"]["name"] == "Bogota"


def test_a_time_in_a_clause_told_ahead_does_not_date_talks_told_done():
    evs = events("Pandor hosts Lavrov\n\nPublished 2023-01-23\n\n"
                 "South African Foreign Minister Naledi Pandor hosted Russian Foreign Minister Sergey Lavrov in "
                 "Pretoria on Monday.\n\n"
                 "The minister said her talks with Lavrov had covered trade, agriculture, energy and science, as well "
                 "as preparations for the BRICS summit South Africa will host in August.")
    found = meetings(evs, "Naledi Pandor", "Sergey Lavrov")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2023-01-23")]


def test_a_departure_day_does_not_date_a_meeting_ahead_and_a_fronted_state_places_it():
    evs = events("Wong heads to the Pacific\n\nPublished 2024-01-04\n\n"
                 "CANBERRA — Australian Foreign Minister Penny Wong departs Thursday on her third trip to the Pacific "
                 "since May, as concerns grow over Chinese policing deals in the region.\n\n"
                 "Wong will travel to Fiji, Tonga and Samoa, her office said in a statement. The trip begins Friday in "
                 "Fiji.\n\n"
                 "In Fiji, Wong is expected to meet with Prime Minister Sitiveni Rabuka. Fijian officials have been "
                 "among the most vocal critics of the deals.\n\n"
                 "The trip comes amid heightened competition after a Chinese delegation toured the region on Tuesday.")
    found = meetings(evs, "Penny Wong", "Sitiveni Rabuka")
    assert len(found) == 1 and found[0]["status"] == "planned"
    assert found[0]["date"] != "2024-01-04"
    assert found[0]["location"]["country"] == "FJI"


def test_a_report_dated_only_by_its_publication_joins_the_meeting_of_the_day_before(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-03-08", "text":
                  "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on "
                  "Friday, discussing the Lamu port corridor and regional security."},
                 {"outlet": "Paper B", "published": "2024-03-08", "text":
                  "Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Addis Ababa on Friday. The "
                  "two leaders agreed to speed up work on the Lamu port corridor."},
                 {"outlet": "Weekly C", "published": "2024-03-09", "text":
                  "Ruto and Abiy talk trade\n\nKenyan President William Ruto has held talks with Ethiopian Prime "
                  "Minister Abiy Ahmed, with the two leaders pledging to deepen trade links."})
    found = with_people(evs, "ruto", "abiy")
    assert len(found) == 1 and found[0]["date"] == "2024-03-08"
    assert sources(found[0]) == {"Wire A", "Paper B", "Weekly C"}


def test_a_headline_s_infinitive_after_a_semicolon_looks_ahead():
    found = tag("Wong embarks on four-day Pacific tour; to hold talks with Rabuka on Wednesday", dt.date(2024, 1, 8))
    assert [(t.text, t.value) for t in found if t.text == "Wednesday"] == [("Wednesday", "2024-01-10")]


def test_a_time_far_from_any_word_of_tense_takes_the_tense_of_the_time_before_it_in_its_sentence():
    text = ("The ministry said Wong will meet Deputy Prime Minister Manoa Kamikamica, her co-chair on the joint "
            "commission on trade and economic cooperation, on Tuesday, before her talks with Prime Minister Sitiveni "
            "Rabuka and his cabinet ministers in the capital Suva on Wednesday.")
    found = {t.text: t.value for t in tag(text, dt.date(2024, 1, 8))}
    assert found["Tuesday"] == "2024-01-09" and found["Wednesday"] == "2024-01-10"


def test_the_last_word_of_a_ministry_s_name_is_no_person_before_an_apposed_title():
    from parley.extract.actors import ArticleActors

    text = ("In his press conference held with Mr. Lamamra at the headquarters of the Ministry of Foreign Affairs, the "
            "Russian minister was asked about the Western Sahara issue.")
    assert [m.text for m in ArticleActors(text, None).mentions if m.kind == "person"] == ["Lamamra"]


def test_where_a_campaign_was_waged_is_no_place_of_the_talks_beside_it():
    evs = events("Blinken in Istanbul\n\nPublished 2024-01-06\n\n"
                 "U.S. Secretary of State Antony Blinken met Turkish President Recep Tayyip Erdogan on Saturday.\n\n"
                 "Erdogan, one of the harshest critics of Israel's campaign in Gaza, told Blinken that Washington must "
                 "do more to secure a ceasefire, his office said.")
    found = meetings(evs, "Antony Blinken", "Recep Tayyip Erdogan")
    assert len(found) == 1 and (found[0]["location"] or {}).get("name") != "Gaza"


def test_the_day_of_a_departure_is_no_day_of_a_meeting_ahead_in_an_undated_article():
    evs = events("Wong heads to the Pacific\n\n"
                 "CANBERRA — Australian Foreign Minister Penny Wong departs Thursday on her third trip to the Pacific "
                 "since May, as concerns grow over Chinese policing deals in the region.\n\n"
                 "Wong will travel to Fiji, Tonga and Samoa, her office said in a statement.\n\n"
                 "In Fiji, Wong is expected to meet with Prime Minister Sitiveni Rabuka.")
    found = meetings(evs, "Penny Wong", "Sitiveni Rabuka")
    assert len(found) == 1 and found[0]["date"] is None and not found[0].get("date_spec")


def test_an_official_given_the_other_state_of_the_article_is_keyed_without_the_mother_s_family_name(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2022-10-03", "text":
                  "US Secretary of State Antony Blinken will meet Colombian Foreign Minister Alvaro Leyva in Bogota on "
                  "Monday to discuss drug policy and migration."},
                 {"outlet": "Paper B", "published": "2022-10-04", "text":
                  "Blinken in Bogota\n\nUS Secretary of State Antony Blinken spent Monday in Colombia, where he was "
                  "received by the Minister of Foreign Affairs, Alvaro Leyva Durán, at the San Carlos Palace in "
                  "Bogota. The two discussed drug policy and migration."})
    found = with_people(evs, "blinken", "leyva")
    assert len(found) == 1 and sources(found[0]) == {"Wire A", "Paper B"}
    assert len(found[0]["actors"] + found[0]["recipients"]) == 2


def test_a_time_of_day_falls_on_the_day_told_before_it_resolved_or_not():
    text = ("Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei agreed on Tuesday to "
            "reopen talks on a gas pipeline. Lula met Milei at the Itaipu dam in the morning, officials said.")
    dated = {t.text: t.value for t in tag(text, dt.date(2025, 7, 8))}
    assert dated["the morning"][:10] == "2025-07-08"
    undated = {t.text: t.spec for t in tag(text, None)}
    assert undated["the morning"]["kind"] == "weekday" and undated["the morning"]["wd"] == 1
    # (but not the publication's day, where no day is told just before: a month, or a day two sentences back)
    text = ("Lavrov met Lula on Friday. When he stopped in Brasilia last month, meeting Vieira in the morning, he won "
            "praise. Milei ended his visit on Monday. He saw the Pope. In the afternoon, Mattarella received him.")
    assert not {"the morning", "the afternoon"} & {t.text for t in tag(text, dt.date(2024, 2, 13))}


def test_a_wire_s_day_and_month_take_the_year_in_which_the_day_is_the_weekday_its_report_gives(tmp_path, db):
    evs = ingest(tmp_path, db, {"outlet": "Wire A", "text":
                                "Lula and Milei meet at the border\n\nFOZ DO IGUACU, July 8 (Reuters) - Brazilian "
                                "President Luiz Inacio Lula da Silva met Argentine President Javier Milei at the "
                                "Itaipu dam on Tuesday to discuss a gas pipeline, officials said."})
    assert [e["date"] for e in with_people(evs, "lula", "milei")] == ["2025-07-08"]


def test_people_a_meeting_also_included_meet_no_one_and_a_call_told_as_had_also_spoken_is_an_earlier_one():
    evs = events("Marcos receives Kamikawa\n\nPublished 2024-07-04\n\n"
                 "Philippine President Ferdinand Marcos Jr. received Japanese Foreign Minister Yoko Kamikawa at "
                 "Malacanang Palace in Manila on Wednesday.\n\n"
                 "The meeting, which also included Foreign Secretary Enrique Manalo and Defense Secretary Gilberto "
                 "Teodoro, focused on maritime security. Afterwards, Kamikawa crossed the capital for further talks "
                 "with Manalo at the foreign ministry.\n\n"
                 "Marcos described the meeting as very good. The visit was closely watched in Beijing.\n\n"
                 "Kamikawa and her counterpart had also spoken by phone in the weeks before the visit to prepare the "
                 "agenda.")
    assert not meetings(evs, "Enrique Manalo", "Gilberto Teodoro")
    found = meetings(evs, "Yoko Kamikawa", "Enrique Manalo")
    assert sorted((e["mode"], e["status"], e["date"] or "") for e in found) == [
        ("phone", "background", ""), ("visit", "happened", "2024-07-03")]
