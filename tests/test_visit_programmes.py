"""A visit's programme as previews and reports tell it: the host who receives the guest named after a phrase of place,
a day of arrival ahead, a meeting told "before" the first with a reporting clause after it, a plan denied, a need
spoken of; a Reuters-style URL that ends in its date, and a report told on one line. Every article here is written
for the test."""
from __future__ import annotations

import datetime as dt

from test_news_articles import article, consult_events, events, meetings, party_names

from parley.time import tag


def test_the_host_named_after_a_phrase_of_place_receives_the_guest():
    # (the parser hangs "by Chancellor ..." on "chancellery", not on "received")
    evs = events("Ruto in Berlin\n\nPublished 2024-10-07\n\n"
                 "Kenyan President William Ruto arrived in Berlin on Monday.\n\n"
                 "Ruto was received with military honours at the chancellery by Chancellor Olaf Scholz.")
    found = meetings(evs, "William Ruto", "Olaf Scholz")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2024-10-07")]


def test_a_day_of_arrival_ahead_dates_the_first_meeting_of_the_visit():
    text = "Chilean President Gabriel Boric arrives in Madrid on Thursday for a two-day visit."
    assert [(t.value, t.direction) for t in tag(text, dt.date(2024, 3, 5))][:1] == [("2024-03-07", "future")]
    evs = events("Boric to visit Spain\n\nPublished 2024-03-05\n\n" + text + "\n\n"
                 "Boric will first be received by King Felipe VI at the Royal Palace, before holding talks with "
                 "Prime Minister Pedro Sanchez at La Moncloa, a government spokesperson confirmed.")
    king = meetings(evs, "Gabriel Boric", "Felipe VI")
    assert [(e["status"], e["date"]) for e in king] == [("planned", "2024-03-07")]
    # the talks told "before" belong to the guest, not to the spokesperson of the reporting clause, and lie ahead too
    talks = meetings(evs, "Gabriel Boric", "Pedro Sanchez")
    assert [e["status"] for e in talks] == ["planned"]


def test_a_plan_denied_is_no_meeting_and_lends_no_day():
    evs = events("Boric in Madrid\n\nPublished 2024-03-07\n\n"
                 "Chilean President Gabriel Boric met Spanish Prime Minister Pedro Sanchez in Madrid.\n\n"
                 "A government spokesperson said there were no plans for the two leaders to attend this weekend's "
                 "friendly football match between Spain and Chile at the Bernabeu.")
    found = meetings(evs, "Gabriel Boric", "Pedro Sanchez")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2024-03-07")]


def test_a_need_to_speak_is_no_meeting():
    evs = events("Sanchez on Chile\n\nPublished 2024-03-07\n\n"
                 "\"We need to speak with Chilean President Gabriel Boric directly,\" Spanish Prime Minister Pedro "
                 "Sanchez said on Wednesday.")
    assert not [e for e in evs if e["type"] == "CONSULT"]


def test_a_date_that_ends_the_path_of_the_url_is_the_publication_date():
    text = ("Boric meets Sanchez\n\nMADRID, March 7 (Reuters) - Chilean President Gabriel Boric met Spanish Prime "
            "Minister Pedro Sanchez on Thursday.")
    dated = article(text, url="https://www.reuters.com/world/europe/boric-meets-sanchez-madrid-2024-03-07/")
    assert dated.published.value == "2024-03-07"
    plain = article(text, url="https://www.reuters.com/world/europe/boric-meets-sanchez-madrid/")
    assert plain.published.value != "2024-03-07"


def test_a_headline_arrival_with_its_purpose_ahead_and_a_trip_of_long_ago_lend_no_day_or_place():
    evs = events("Rubio arrives in Brasilia, to meet Lula and Vieira on Monday\n\nPublished 2025-03-09\n\n"
                 "US Secretary of State Marco Rubio arrived in Brasilia on Sunday evening.\n\n"
                 "Rubio is scheduled to meet Foreign Minister Mauro Vieira on Monday, a spokesperson said.\n\n"
                 "Vieira traveled to Washington in November 2023.")
    talks = meetings(evs, "Marco Rubio", "Mauro Vieira")
    ahead = [e for e in talks if e["status"] == "planned"]
    assert [(e["date"], e["location"]["country"]) for e in ahead] == [("2025-03-10", "BRA")]
    # the roles are those of the talks ahead, not of the trip of 2023
    assert [p["name"] for e in ahead for p in e["actors"]] == ["Marco Rubio"]
    assert tag("Rubio arrives in Brasilia, to meet Lula on Monday", dt.date(2025, 3, 9))[0].value == "2025-03-10"


def test_an_event_named_by_its_weekday_is_the_day_the_text_named_before():
    text = ("Sanchez will travel to Rabat on Friday for talks with King Mohammed VI. Friday's meeting comes two "
            "weeks before the summit in Brussels.")
    assert [t.value for t in tag(text, dt.date(2025, 2, 13)) if t.text.startswith("Friday")] == [
        "2025-02-14", "2025-02-14"]


def test_two_leaders_at_a_news_conference_met_where_the_dateline_says_not_where_their_quarrel_was():
    evs = events("Tusk and Fiala spar over migration\n\n"
                 "PRAGUE, March 3 (Reuters) - Polish Prime Minister Donald Tusk and Czech Prime Minister Petr Fiala "
                 "openly disagreed over the migration crisis in Italy on Monday, at a news conference that laid bare "
                 "their rift.", published="2025-03-03")
    found = meetings(evs, "Donald Tusk", "Petr Fiala")
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2025-03-03", "Prague")]


def test_a_visit_named_beside_events_of_last_month_takes_no_day_from_them():
    evs = events("Japan, Philippines to start talks\n\nPublished 2023-11-03\n\n"
                 "Prime Minister Fumio Kishida, on a two-day visit to Manila, held talks with President Ferdinand "
                 "Marcos Jr at the presidential palace.\n\n"
                 "The visit comes amid heightened tensions after a series of confrontations near the Second Thomas "
                 "Shoal, including collisions last month between Chinese vessels and Philippine boats.")
    found = meetings(evs, "Fumio Kishida", "Ferdinand Marcos Jr")
    assert [e["date"] for e in found] == ["2023-11-03"]


def test_the_two_leaders_of_a_kingdom_whose_king_the_text_names_by_title_alone():
    # (the king, known to the actor file, has no mention of his name in the text: no crash, and the audience lies ahead)
    evs = events("Thailand, Japan elevate ties\n\nPublished 2025-04-03\n\n"
                 "Prime Minister Paetongtarn Shinawatra and her Japanese counterpart Shigeru Ishiba on Thursday agreed "
                 "to upgrade relations, as the two leaders held talks at Government House.\n\n"
                 "The two leaders witnessed the signing of a joint declaration.\n\n"
                 "Mr Ishiba will have an audience with His Majesty the King on Friday afternoon, before flying home.")
    found = meetings(evs, "Paetongtarn Shinawatra", "Shigeru Ishiba")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2025-04-03")]
    assert [t.value for t in tag("Mr Ishiba will have an audience with the King on Friday afternoon.",
                                 dt.date(2025, 4, 3))] == ["2025-04-04TAF"]


def test_a_fist_bump_with_a_leader_is_an_encounter_with_him_not_with_the_victim_it_is_condemned_for():
    evs = events("Fist bump draws condemnation\n\nPublished 2022-07-16\n\n"
                 "French President Emmanuel Macron's fist bump with Saudi Crown Prince Mohammed bin Salman in Jeddah "
                 "on Friday has drawn condemnation from the fiancee of murdered journalist Jamal Khashoggi.")
    found = [e for e in evs if e["type"] == "CONSULT"]
    assert [sorted(p["name"] for p in e["actors"] + e["recipients"]) for e in found] == [
        ["Emmanuel Macron", "Mohammed bin Salman"]]


def test_a_phone_call_told_after_talks_ahead_in_a_city_is_the_call_told_before_it():
    evs = events("Iran FM to meet Saudi counterpart\n\nPublished 2023-04-05\n\n"
                 "Iran's Foreign Minister Hossein Amir-Abdollahian will meet with his Saudi counterpart Faisal bin "
                 "Farhan in Beijing on Thursday, a spokesman said on Wednesday.\n\n"
                 "In a telephone conversation on Sunday, Amir-Abdollahian and Faisal bin Farhan agreed to meet in the "
                 "coming days. It was the third phone call between the two ministers since March.")
    found = meetings(evs, "Hossein Amir-Abdollahian", "Faisal bin Farhan")
    assert sorted((e["status"], e["mode"], e["date"], (e["location"] or {}).get("name")) for e in found) == [
        ("happened", "phone", "2023-04-02", None), ("planned", "third-party", "2023-04-06", "Beijing")]


def test_calls_told_as_repeated_since_a_meeting_are_background_and_take_no_talks_held_in_person():
    evs = events("Blinken in Manila\n\nPublished 2024-03-19\n\n"
                 "MANILA — US Secretary of State Antony Blinken reaffirmed Tuesday that the defense treaty covers the "
                 "coast guard.\n\n"
                 "Speaking alongside Philippine Foreign Secretary Enrique Manalo after the two held talks in Manila, "
                 "Blinken said China's actions were part of a pattern.\n\n"
                 "Blinken and Manalo last met in person in Washington in April 2023. The two have also spoken by phone "
                 "several times since.")
    calls = [e for e in meetings(evs, "Antony Blinken", "Enrique Manalo") if e["mode"] == "phone"]
    assert [(e["status"], e["date"]) for e in calls] == [("background", None)]


def test_a_meeting_an_official_is_told_hosting_before_an_announcement_is_of_its_guests_and_host():
    evs = events("Erdogan backs Sweden bid\n\nPublished 2023-07-10\n\n"
                 "Turkish President Recep Tayyip Erdogan has agreed to forward Sweden's bid to parliament, NATO chief "
                 "Jens Stoltenberg says.\n\n"
                 "Stoltenberg made the announcement late on Monday in Vilnius after hosting a meeting between Erdogan "
                 "and Swedish Prime Minister Ulf Kristersson that lasted several hours.")
    found = meetings(evs, "Recep Tayyip Erdogan", "Ulf Kristersson")
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2023-07-10", "Vilnius")]
    assert "Jens Stoltenberg" in {p["name"] for e in found for p in e["actors"] + e["recipients"]}


def test_a_report_on_one_line_that_names_the_us_and_reporters_is_no_publisher_appeal():
    text = ("King receives Blinken His Majesty King Abdullah II on Sunday told US Secretary of State Antony Blinken "
            "that the international community must act, during a meeting in Amman. Earlier in the day, Foreign "
            "Minister Ayman Safadi held talks with the top US diplomat. The US official told reporters that Washington "
            "wants to ensure the conflict does not spread. The US envoy then left for Doha.")
    a = article(text, published="2024-01-07")
    assert "Safadi held talks" in a.text
    # ("the top US diplomat" is the one Secretary of State the article names)
    found = meetings(events(text, published="2024-01-07"), "Ayman Safadi", "Antony Blinken")
    assert [e["date"] for e in found] == ["2024-01-07"]


def test_a_prize_received_on_the_next_leg_does_not_place_the_talks_held_before():
    evs = events("Ruto in Berlin: Scholz pledges support\n\nPublished 2024-10-06\n\n"
                 "Kenyan President William Ruto has held talks with German Chancellor Olaf Scholz on his first visit to "
                 "Germany.\n\n"
                 "Ruto was welcomed by Chancellor Olaf Scholz with military honors in front of the chancellery in Berlin "
                 "on Sunday, before the two leaders sat down for talks.\n\n"
                 "From Berlin, Ruto was due to fly on to Aachen, where he will receive the city's Charlemagne Prize.")
    found = meetings(evs, "William Ruto", "Olaf Scholz")
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2024-10-06", "Berlin")]


def test_a_meeting_told_in_a_clause_of_when_after_a_time_is_of_that_time():
    evs = events("Rutte and Erdogan\n\nPublished 2023-11-18\n\n"
                 "Dutch Prime Minister Mark Rutte received Turkish President Recep Tayyip Erdogan in The Hague on "
                 "Friday.\n\n"
                 "Rutte last visited Turkey in March 2022, weeks after Russia's full-scale invasion of Ukraine, when he "
                 "held talks with Erdogan in Ankara.")
    found = sorted(meetings(evs, "Mark Rutte", "Recep Tayyip Erdogan"), key=lambda e: e["date"] or "")
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2022-03", "Ankara"), ("2023-11-17", "The Hague")]


def test_where_a_ceasefire_was_called_for_is_no_place_of_the_talks():
    evs = events("Wang in Cairo\n\nPublished 2024-01-15\n\n"
                 "Egyptian President Abdel Fattah al-Sisi met yesterday with Chinese Foreign Minister Wang Yi.\n\n"
                 "The meeting was attended by Foreign Minister Sameh Shoukry, who had held a separate round of talks "
                 "with his Chinese counterpart earlier in the day, followed by a joint press conference in which both "
                 "ministers called for an immediate ceasefire in Gaza.")
    found = meetings(evs, "Sameh Shoukry", "Wang Yi")
    assert found and not [e for e in found if (e["location"] or {}).get("name") == "Gaza"]


def test_talks_a_journey_ahead_is_for_take_their_own_day_not_the_day_of_leaving():
    evs = events("Lee in Tokyo\n\nPublished 2025-08-23\n\n"
                 "South Korean President Lee Jae Myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on "
                 "Saturday.\n\n"
                 "Lee will leave for Washington on Sunday for his first summit with U.S. President Donald Trump on "
                 "Monday.")
    assert [e["date"] for e in meetings(evs, "Lee Jae Myung", "Donald Trump")] == ["2025-08-25"]


def test_the_next_stop_of_a_tour_told_in_the_present_after_a_clause_of_another_leader():
    evs = events("Lula arrives in Buenos Aires\n\nPublished 2023-01-22\n\n"
                 "Brazil's President Luiz Inacio Lula da Silva arrived in Buenos Aires on Sunday night.\n\n"
                 "On Tuesday, Lula will attend the CELAC summit, marking Brazil's return to the bloc after Jair "
                 "Bolsonaro suspended the country's participation in 2020. On Wednesday he travels to Montevideo to "
                 "meet Uruguay's President Luis Lacalle Pou.")
    found = meetings(evs, "Luis Lacalle Pou")
    assert [(sorted(p["name"] for p in e["actors"] + e["recipients"]), e["date"], e["status"]) for e in found] == [
        (["Luis Lacalle Pou", "Luiz Inacio Lula da Silva"], "2023-01-25", "planned")]
    assert tag("On Wednesday he travels to Montevideo.", dt.date(2023, 1, 22))[0].value == "2023-01-25"


def test_the_day_after_a_date_counts_from_that_date():
    text = "Fernandez flew to Sao Paulo the day after Lula's October 30 runoff victory to congratulate him in person."
    assert [t.value for t in tag(text, dt.date(2023, 1, 22))] == ["2022-10-31", "2022-10-30"]


def test_meetings_told_after_a_leader_flies_on_are_at_the_next_stop():
    evs = events("Ramaphosa begins regional tour\n\nPublished 2024-05-15\n\n"
                 "South African President Cyril Ramaphosa began a regional tour on Wednesday in Gaborone, where "
                 "President Mokgweetsi Masisi greeted him at the airport before the two leaders held talks at State "
                 "House.\n\n"
                 "Ramaphosa is due to fly on to Windhoek later on Wednesday. He is scheduled to hold talks with "
                 "Namibian President Nangolo Mbumba on Thursday and to meet Angolan President Joao Lourenco the same "
                 "day on the sidelines of a summit of the Southern African Development Community.")
    first = meetings(evs, "Cyril Ramaphosa", "Mokgweetsi Masisi")
    assert [(e["status"], e["date"], e["location"]["name"]) for e in first] == [("happened", "2024-05-15", "Gaborone")]
    # (the forum's summit, told with "the same day", is no part of the first stop's meeting)
    later = meetings(evs, "Cyril Ramaphosa", "Nangolo Mbumba") + meetings(evs, "Cyril Ramaphosa", "Joao Lourenco")
    assert [(e["status"], e["date"], e["location"]["name"]) for e in later] == [
        ("planned", "2024-05-16", "Windhoek"), ("planned", "2024-05-16", "Windhoek")]


def test_an_arrival_for_a_meeting_is_no_meeting_of_its_day():
    evs = events("Petro arrives in Caracas for meeting with Maduro\n\nPublished 2024-04-07\n\n"
                 "CARACAS, April 7 - Colombian President Gustavo Petro arrived in Caracas on Sunday night, where he will "
                 "hold a bilateral meeting tomorrow with his Venezuelan counterpart, Nicolas Maduro, and then visit a "
                 "border crossing.")
    found = meetings(evs, "Gustavo Petro", "Nicolas Maduro")
    assert [(e["status"], e["date"]) for e in found] == [("planned", "2024-04-08")]


def test_the_first_day_of_a_tour_is_not_the_first_day_of_its_last_meeting():
    evs = events("Wang ends Africa tour\n\nPublished 2024-01-19\n\n"
                 "Chinese Foreign Minister Wang Yi's five-day trip to Africa ended on Thursday in Lome, where he met "
                 "Togolese President Faure Gnassingbe.\n\n"
                 "The tour had begun on Monday in Cairo, where Wang held talks with Egyptian Foreign Minister Sameh "
                 "Shoukry.")
    found = meetings(evs, "Wang Yi", "Faure Gnassingbe")
    assert [(e["date"], e.get("date_end")) for e in found] == [("2024-01-18", None)]
    assert [e["date"] for e in meetings(evs, "Wang Yi", "Sameh Shoukry")] == ["2024-01-15"]


def test_a_headline_city_places_the_meetings_of_the_one_it_names_with_the_states_of_the_others():
    evs = events("In Kuala Lumpur, Rubio Juggles China and Japan\n\nPublished 2025-07-12\n\n"
                 "The annual round of ASEAN foreign ministers' meetings wrapped up on Saturday.\n\n"
                 "On Thursday, US Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi. The same day, "
                 "Rubio met Japanese Foreign Minister Takeshi Iwaya.\n\n"
                 "All of this came after Rubio hosted Philippine Foreign Secretary Enrique Manalo in Washington on "
                 "Tuesday.")
    for other in ("Wang Yi", "Takeshi Iwaya"):
        assert [(e["date"], e["location"]["name"]) for e in meetings(evs, "Marco Rubio", other)] == [
            ("2025-07-10", "Kuala Lumpur")]


def test_two_officials_of_the_host_a_visitor_will_meet_are_two_meetings_though_one_states_no_country():
    evs = events("Modi in Singapore\n\nPublished 2024-09-03\n\n"
                 "On Thursday, Indian Prime Minister Narendra Modi will hold talks with Singapore Prime Minister "
                 "Lawrence Wong. He will also meet Senior Minister Lee Hsien Loong and Emeritus Senior Minister Goh "
                 "Chok Tong.")
    parties = sorted(sorted(party_names(e)) for e in consult_events(evs))
    assert parties == [["Goh Chok Tong", "Narendra Modi"], ["Lawrence Wong", "Narendra Modi"],
                       ["Lee Hsien Loong", "Narendra Modi"]]


def test_a_headline_of_one_leader_to_meet_two_of_other_states_is_two_meetings():
    evs = events("Lula to meet Biden and Zelenskiy in New York after Hiroshima no-show\n\nPublished 2023-09-19\n\n"
                 "Brazil's president will hold his first in-person talks with the Ukrainian leader on Wednesday, aides "
                 "confirmed.")
    parties = sorted(sorted(party_names(e)) for e in consult_events(evs))
    assert parties == [["Joe Biden", "Luiz Inácio Lula da Silva"], ["Luiz Inácio Lula da Silva", "Volodymyr Zelensky"]]
    # (but one told as joint is one: "met Biden and Kishida together")
    evs = events("Summit\n\nPublished 2023-08-19\n\nSouth Korean President Yoon Suk Yeol met U.S. President Joe Biden "
                 "and Japanese Prime Minister Fumio Kishida together at Camp David on Friday.")
    assert [sorted(party_names(e)) for e in consult_events(evs)] == [["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"]]
