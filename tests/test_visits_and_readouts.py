"""A visitor's days and the people of a readout: a day told as what came next, "the Secretary" of a State
Department readout, a delegation's head titled by an office, a visit's span of days, students met on the way and
a place visited. Every article here is written for the test."""
from __future__ import annotations

import datetime as dt

from test_news_articles import article, consult_events, dates_of, events, meetings, party_names, places_of

from parley.time import tag, value_to_date_range


def test_a_weekday_told_as_what_came_next_is_after_the_day_before_it():
    text = ("Canadian Foreign Minister Claire Dubois met Governor Tan Weiming on Thursday, before heading to Hanoi "
            "for talks with Foreign Minister Pham Quoc Bao on Friday.")
    found = {t.text: t.value for t in tag(text, dt.date(2024, 4, 25))}
    assert found["Thursday"] == "2024-04-25" and found["Friday"] == "2024-04-26"
    evs = events("Dubois in Asia\n\nPublished 2024-04-25\n\n" + text)
    talks = meetings(evs, "Claire Dubois", "Pham Quoc Bao")
    assert [(e["date"], e["status"]) for e in talks] == [("2024-04-26", "planned")]


def test_the_secretary_of_a_readout_is_the_secretary_it_named():
    evs = events("Secretary Halvorsen's Meeting with President Okonjo\n\nREADOUT\nAPRIL 26, 2024\n\n"
                 "Secretary of State Erik Halvorsen met today in Abuja with Nigerian President Samuel Okonjo. Earlier "
                 "in the day, the Secretary met with Foreign Minister Bola Adeyemi for more than three hours.")
    found = meetings(evs, "Erik Halvorsen", "Bola Adeyemi")
    assert len(found) == 1 and found[0]["date"] == "2024-04-26"


def test_a_delegation_head_titled_by_an_office_is_the_name_after_it():
    evs = events("Talks in Geneva\n\nPublished 2025-03-10\n\n"
                 "On March 11, the Ukrainian delegation headed by Head of the Presidential Office Petro Hnatyuk will "
                 "meet with the US team in Geneva.")
    found = consult_events(evs)
    assert len(found) == 1 and "Petro Hnatyuk" in party_names(found[0]) and "Head" not in party_names(found[0])


def test_students_met_on_the_way_lend_no_place_to_the_meeting_before():
    evs = events("Envoy in Shanghai\n\nPublished 2024-04-25\n\n"
                 "Foreign Minister Claire Dubois met the city's party secretary Zhou Lianhe on Thursday. Dubois also "
                 "met with students at a university in Tianjin.")
    assert [(e["location"] or {}).get("name") for e in meetings(evs, "Claire Dubois", "Zhou Lianhe")] == [None]


def test_a_place_visited_is_no_person():
    evs = events("Chancellor in India\n\nPublished 2024-10-25\n\n"
                 "German Chancellor Lukas Brenner met Indian Prime Minister Narendra Modi in New Delhi on Friday. On "
                 "Saturday he will visit Goa, where a German frigate is on a port call.")
    assert all("Goa" not in party_names(e) for e in evs)


def test_a_visit_of_days_is_the_visit_of_the_meeting_on_one_of_them():
    evs = events("PM meets Chancellor\n\nPosted On: 25 OCT 2024 4:30PM by PIB Delhi\n\n"
                 "Prime Minister Narendra Modi met the Chancellor of Austria, Mr. Lukas Brenner, at Hyderabad House "
                 "in New Delhi today.\n\nChancellor Brenner is on an official visit to India from 24 to 26 October "
                 "2024.")
    found = consult_events(evs)
    assert [(party_names(e), e["date"]) for e in found] == [({"Narendra Modi", "Lukas Brenner"}, "2024-10-25")]


def test_an_interval_of_days_covers_its_days():
    assert value_to_date_range("2024-10-24/2024-10-26") == (dt.date(2024, 10, 24), dt.date(2024, 10, 26))
    assert value_to_date_range("2024-10-26/2024-10-24") is None


def test_one_conversation_told_twice_in_a_sentence_is_one_meeting():
    evs = events("Rahman says he spoke with Lindqvist about trade and fishing\n\nDHAKA (AP) — Prime Minister Karim "
                 "Rahman said Friday that he had spoken with Swedish Prime Minister Erik Lindqvist, days before his "
                 "inauguration, and that they discussed trade and fishing.\n\n\"The call was a very good one for both "
                 "countries,\" Rahman wrote on social media.\n\nJanuary 17, 2025")
    found = meetings(evs, "Karim Rahman", "Erik Lindqvist")
    assert [(e["date"], e["mode"], e["location"]) for e in found] == [("2025-01-17", "phone", None)]


def test_a_person_named_right_after_meet_is_met_whatever_the_parse():
    # (the parser makes "Erik Lindqvist" the subject of "confirmed")
    evs = events("Rahman to fly to Stockholm\n\nFebruary 20 2025, 10.00pm\n\nSir Karim Rahman will travel to "
                 "Stockholm next week to meet Prime Minister Erik Lindqvist, Downing Street confirmed.")
    assert meetings(evs, "Karim Rahman", "Erik Lindqvist")


def test_two_names_the_parser_reads_as_modifiers_of_talks_both_held_them():
    # (the parser reads "Starmer" as a noun modifying "talks", "held" as an adjective)
    evs = events("Starmer hands Trump state visit invitation from the King\n\nStarmer and Trump held talks in the "
                 "Oval Office on Thursday, where the prime minister handed over a letter from King Charles inviting "
                 "the US president for an unprecedented second state visit.", published="2025-02-28")
    assert meetings(evs, "Keir Starmer", "Donald Trump")


def test_his_call_told_to_another_is_the_teller_s_call():
    evs = events("President Mensah hosts President Lindqvist\n\nAccra, Thursday, April 24, 2025\n\nPresident Kofi Mensah "
                 "has welcomed President of Sweden, Erik Lindqvist, to the Jubilee House for an official visit.\n\n"
                 "The two Heads of State discussed trade. President Mensah informed President Lindqvist of his telephone "
                 "conversation with President Donald Trump of the United States earlier this week.")
    assert not meetings(evs, "Erik Lindqvist", "Donald Trump")
    assert meetings(evs, "Kofi Mensah", "Donald Trump")


def test_a_headline_ending_in_says_is_not_run_into_the_wire_dateline():
    a = article("Putin, Witkoff discussed ceasefire proposal, Kremlin says\n\nMOSCOW, March 14. /TASS/. Russian "
                "President Vladimir Putin and US envoy Steve Witkoff discussed the proposal on Thursday evening, "
                "Kremlin spokesman Dmitry Peskov said.")
    assert [p.kind for p in a.paragraphs][:2] == ["title", "body"]
    assert a.text[a.paragraphs[1].start:].startswith("MOSCOW, March 14.")


def test_a_region_of_a_country_is_no_person():
    evs = events("Leaders meet\n\nPublished 2024-10-23\n\nPrime Minister Narendra Modi and Chinese President Xi "
                 "Jinping on Wednesday endorsed the agreement on patrolling along the Line of Actual Control in "
                 "eastern Ladakh, in their first structured bilateral meeting in five years.")
    assert all("Ladakh" not in party_names(e) for e in evs)


def test_a_day_right_after_a_summit_told_ahead_is_the_summit_s():
    evs = events("Leaders meet\n\nPublished 2024-05-26\n\nJapanese Prime Minister Fumio Kishida and Chinese Premier "
                 "Li Qiang agreed Sunday to promote \"mutually beneficial\" relations, as they held talks in Seoul "
                 "ahead of a trilateral summit with South Korea on Monday.")
    assert sorted((e["date"], e["status"]) for e in meetings(evs, "Fumio Kishida", "Li Qiang")) == \
        [("2024-05-26", "happened"), ("2024-05-27", "planned")]


def test_a_waterway_named_like_a_person_is_no_person():
    evs = events("Ministers meet\n\nPublished 2024-09-10\n\nKuwait's Foreign Minister Abdullah Al-Yahya held talks on "
                 "Tuesday with Iraq's Foreign Minister Fuad Hussein in Baghdad. The two ministers discussed the Khor "
                 "Abdullah waterway agreement, Al-Yahya said.")
    assert all("Khor Abdullah" not in party_names(e) for e in evs)


def test_a_meeting_told_beside_takes_no_day_from_a_file_photo_s_caption():
    evs = events("Putin hosts Xi and Modi as summit opens in Kazan\n\nKAZAN, Russia (AP) — Russian President Vladimir "
                 "Putin met Chinese leader Xi Jinping on Tuesday as a summit opened in the city of Kazan.\n\nFILE - "
                 "Russian President Vladimir Putin, right, and Chinese President Xi Jinping shake hands during their "
                 "meeting in Beijing, China, May 16, 2024. (AP Photo/File)\n\nPutin also held talks with Indian "
                 "Prime Minister Narendra Modi, who arrived in Kazan on Tuesday.\n\nOctober 22, 2024")
    assert dates_of(evs, "Vladimir Putin", "Narendra Modi") == ["2024-10-22"]


def test_headlines_under_a_read_more_heading_are_other_stories():
    a = article("Trump hosts NATO chief at White House\n\nWASHINGTON, March 13 (Reuters) - U.S. President Donald Trump "
                "hosted NATO Secretary General Mark Rutte at the White House on Thursday.\nRutte praised Trump.\n"
                "Read more\nZelenskiy, Trump clash in Oval Office as minerals deal collapses\nStarmer meets Macron in "
                "London ahead of European summit\nSign up here.")
    assert "Starmer" not in a.text and "Zelenskiy" not in a.text
    assert [r.reason for r in a.removed].count("related link") == 2


def test_a_byline_that_closes_a_one_line_scrape_dates_it():
    a = article("Lammy meets Wang Yi in Beijing on first China trip British Foreign Secretary David Lammy met Chinese "
                "Foreign Minister Wang Yi in Beijing on Friday, in the first visit to China by a British foreign "
                "secretary in six years. Lammy said he raised concerns over Chinese support for Russia's war. Wang said "
                "the two countries should \"enhance mutual trust\". Lammy will travel on to Shanghai on Saturday, where "
                "he will meet business leaders. Related Articles Lammy to visit China amid Labour push for closer ties "
                "Advertisement By Staff Writer | 18 October 2024")
    assert a.published.value == "2024-10-18"


def test_a_reception_at_the_airport_is_on_the_day_of_the_arrival_told_beside_it():
    evs = events("Norway's minister in Kenya\n\nPublished 2024-12-13\n\n"
                 "Kenya's Foreign Minister Musalia Mudavadi hosted Norwegian Foreign Minister Espen Barth Eide in "
                 "Nairobi on Friday for talks on Sudan.\n\nEide, who arrived in the capital late Thursday, was received "
                 "by President William Ruto at Jomo Kenyatta International Airport, where the two held talks for about "
                 "an hour.")
    assert dates_of(evs, "Espen Barth Eide", "William Ruto") == ["2024-12-12"]
    assert dates_of(evs, "Espen Barth Eide", "Musalia Mudavadi") == ["2024-12-13"]


def test_an_arrival_told_in_a_clause_of_the_talks_dates_neither_them_nor_the_headline_s_meetings():
    evs = events("Ruto holds talks with Mahama, meets Bawumia in Accra\n\nPublished 2025-03-13\n\n"
                 "ACCRA: Kenyan President William Ruto, who arrived in Accra on Wednesday, held talks with his Ghanaian "
                 "counterpart John Mahama on Thursday on trade and security. He also called on former Vice President "
                 "Mahamudu Bawumia.")
    assert dates_of(evs, "William Ruto", "John Mahama") == ["2025-03-13"]
    assert dates_of(evs, "William Ruto", "Mahamudu Bawumia") == ["2025-03-13"]


def test_a_venue_named_with_another_city_than_the_gazetteer_s_is_that_city_s():
    evs = events("PM meets Prime Minister of Poland\n\nPublished 2024-08-22\n\n"
                 "Prime Minister Narendra Modi held talks with Prime Minister of Poland Donald Tusk at the Federal "
                 "Chancellery in Warsaw today.")
    assert places_of(evs, "Narendra Modi", "Donald Tusk") == ["Warsaw"]


def test_the_place_of_a_ceasefire_the_two_sides_agreed_on_is_no_meeting_there():
    evs = events("Safadi receives Fidan\n\nPublished 2024-01-14\n\n"
                 "Jordan's Foreign Minister Ayman Safadi received his Turkish counterpart Hakan Fidan in Amman on "
                 "Sunday. Safadi said the two sides agreed on the need for an immediate ceasefire in Gaza.")
    assert places_of(evs, "Ayman Safadi", "Hakan Fidan") == ["Amman"]


def test_a_courtesy_call_the_two_sides_also_paid_is_a_meeting_of_its_own():
    evs = events("Manila and Tokyo hold 2+2\n\nPublished 2024-07-08\n\n"
                 "Foreign Affairs Secretary Enrique Manalo and Defense Secretary Gilberto Teodoro met with Japanese "
                 "Foreign Minister Yoko Kamikawa and Defense Minister Minoru Kihara in Manila on Monday. The two sides "
                 "also paid a courtesy call on President Ferdinand Marcos Jr.")
    found = [party_names(e) for e in consult_events(evs)]
    ministers = {"Enrique Manalo", "Gilberto Teodoro", "Yoko Kamikawa", "Minoru Kihara"}
    assert any(ministers <= names and not any("Marcos" in n for n in names) for names in found)
    assert any(any("Marcos" in n for n in names) for names in found)


def test_a_leg_of_the_trip_told_in_the_past_perfect_lends_no_day_to_a_meeting_told_later():
    evs = events("Minister in Beijing\n\nPublished 2024-04-26\n\n"
                 "BEIJING — Australian Foreign Minister Claire Dubois met Chinese Foreign Minister Wang Yi in Beijing on "
                 "Friday. Dubois had begun her visit in Shanghai on Wednesday. She later met Premier Li Qiang at the "
                 "Great Hall of the People.")
    assert dates_of(evs, "Claire Dubois", "Wang Yi") == ["2024-04-26"]
    assert dates_of(evs, "Claire Dubois", "Li Qiang") == ["2024-04-26"]


def test_a_meeting_noun_beside_separate_talks_is_no_meeting_of_all_of_them():
    evs = events("Modi in Rio\n\nPublished 2024-11-19\n\n"
                 "Indian Prime Minister Narendra Modi held separate talks with Brazilian President Luiz Inacio Lula da "
                 "Silva and French President Emmanuel Macron on Monday, their first meeting since the summit in Apulia.")
    assert sorted(sorted(party_names(e)) for e in consult_events(evs)) == [
        ["Emmanuel Macron", "Narendra Modi"], ["Luiz Inacio Lula da Silva", "Narendra Modi"]]


def test_a_meeting_cancelled_or_called_off_is_no_meeting_ahead():
    for undone in ("has been cancelled", "was called off", "has been postponed"):
        evs = events("Talks called off\n\nPublished 2024-06-20\n\n"
                     f"The meeting between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti, "
                     f"planned for Friday in Brussels, {undone}, the European Union said on Thursday.")
        assert meetings(evs, "Aleksandar Vucic", "Albin Kurti") == [], undone


def test_a_meeting_two_of_the_talks_people_will_also_attend_is_another_meeting():
    evs = events("Allies hold 2+2 in Canberra\n\nPublished 2024-08-04\n\n"
                 "Australia and India agreed on Sunday to deepen defence ties. Australian Foreign Minister Penny Wong "
                 "and Defence Minister Richard Marles held the talks with Indian External Affairs Minister "
                 "Subrahmanyam Jaishankar and Defence Minister Rajnath Singh in Canberra. Wong and Jaishankar will "
                 "also attend a meeting of the Quad foreign ministers on Tuesday.")
    talks = [e for e in consult_events(evs) if {"Richard Marles", "Rajnath Singh"} <= party_names(e)]
    assert [(e["date"], e["status"]) for e in talks] == [("2024-08-04", "happened")]
    assert [(e["date"], e["status"]) for e in meetings(evs, "Penny Wong", "Subrahmanyam Jaishankar")
            if "Richard Marles" not in party_names(e)] == [("2024-08-06", "planned")]


def test_whom_a_speaker_met_after_words_of_no_party_is_the_one_holder_of_that_office_the_article_names():
    evs = events("Rubio in Cairo\n\nPublished 2025-03-04\n\n"
                 "US Secretary of State Marco Rubio said on Tuesday that some of the changes proposed to the ceasefire "
                 "plan were \"not workable\", after meeting Egypt's president in Cairo. Speaking alongside Abdel "
                 "Fattah al-Sisi, Rubio said the gaps could be bridged.")
    found = meetings(evs, "Marco Rubio", "Abdel Fattah al-Sisi")
    assert [(e["date"], (e["location"] or {}).get("name")) for e in found] == [("2025-03-04", "Cairo")]


def test_a_courtesy_call_on_a_president_on_a_day_with_its_time_of_day_is_a_meeting():
    evs = events("Wong in Delhi\n\nSeptember 4, 2025\n\nSingapore Prime Minister Lawrence Wong met Indian Prime Minister "
                 "Narendra Modi in New Delhi on Thursday.\n\nMr Wong had called on President Droupadi Murmu on Wednesday "
                 "evening, shortly after arriving.")
    assert [(e["type"], e["date"]) for e in evs if "Droupadi Murmu" in party_names(e)] == [("CONSULT", "2025-09-03")]


def test_the_invitation_a_visit_was_paid_at_is_its_host_and_no_agreement_of_its_days():
    evs = events("Joint Statement\n\nPosted On: 04 SEP 2025 6:42PM by PIB Delhi\n\nAt the invitation of Prime Minister "
                 "Shri Narendra Modi, Prime Minister of the Republic of Singapore, H.E. Mr. Lawrence Wong, paid an "
                 "official visit to India from 2 to 4 September 2025.\n\nThe two Prime Ministers held talks in New Delhi "
                 "on 4 September 2025.")
    assert not [e for e in evs if e["type"] == "AGREE"]
    assert meetings(evs, "Lawrence Wong", "Narendra Modi")
