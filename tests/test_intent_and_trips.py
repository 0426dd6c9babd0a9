"""What an actor is ready to do is no meeting, a headline's verb is no name, a headline keeps its line, a schedule's
"is to" looks ahead, and a trip told as a list of legs is one meeting a leg, in its order. Every article here is
written for the test."""
from __future__ import annotations

import datetime as dt

from test_merge_rules import ingest, sources, with_people
from test_news_articles import article, events, meetings, party_names, people_in

from parley.time import tag


def test_what_a_state_is_ready_to_negotiate_is_an_intention_not_a_meeting():
    evs = events("Mirzoyan tells Fidan Yerevan is ready for talks\n\nPublished 2024-03-12\n\n"
                 "Armenian Foreign Minister Ararat Mirzoyan told his Turkish counterpart Hakan Fidan in Ankara on "
                 "Tuesday that Yerevan was ready to negotiate with Azerbaijan once Baku was ready to negotiate in good "
                 "faith, the Armenian foreign ministry said.\n\n"
                 "Mirzoyan said that Armenia is willing and ready to conduct dialogue with the Azerbaijani side.")
    assert not [e for e in evs if e["type"] == "CONSULT"
                and "AZE" in {p["country"] for p in e["actors"] + e["recipients"]}]
    talks = meetings(evs, "Ararat Mirzoyan", "Hakan Fidan")
    assert len(talks) == 1 and talks[0]["date"] == "2024-03-12" and talks[0]["status"] == "happened"
    intents = [s for s in talks[0]["statements"] if s["category"] == "AGREE"]
    assert intents and all((s["target"] or {}).get("country") == "AZE" for s in intents)


def test_a_title_case_headline_s_verb_of_greeting_is_no_part_of_a_name():
    text = ("President Lula Hugs Petro In Bogota, Says Region Needs Peace Updated: April 17, 2024 6:05 pm "
            "Bogota: Brazilian President Luiz Inacio Lula da Silva on Wednesday held talks with Colombian President "
            "Gustavo Petro at the Casa de Narino. The two leaders discussed the Amazon and Venezuela.")
    assert not any("Hugs" in name for name in people_in(text))
    found = meetings(events(text), "Gustavo Petro")
    assert found and all(not any("Hugs" in n for n in party_names(e)) for e in found)


def test_a_first_line_ending_on_a_particle_is_the_headline_of_the_paragraph_that_names_its_people():
    a = article("Ruto and Samia hold talks before Kenya takes over\n\n"
                "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan met on Friday in Arusha, "
                "their last meeting before Kenya takes over the chair of the East African Community.\n\n"
                "The two leaders discussed cross-border trade.")
    assert a.title == "Ruto and Samia hold talks before Kenya takes over"
    # a line a scraper broke off goes on with words it did not name
    b = article("Kenyan President William Ruto said the region's anger over\n\n"
                "Tanzania's decision to close the border was justified. He spoke in Nairobi on Friday.")
    assert "anger over Tanzania's decision" in b.text


def test_a_schedule_told_with_is_to_looks_ahead():
    text = "Xi is to hold talks with French President Emmanuel Macron at the Elysee Palace on Monday."
    found = [t for t in tag(text, dt.date(2024, 5, 4)) if t.text == "Monday"]
    assert found and found[0].value == "2024-05-06"


def test_a_trip_told_as_a_list_of_legs_is_one_meeting_a_leg_in_the_order_told():
    text = ("Sharif's Gulf tour\n\nPublished 2024-06-11\n\n"
            "Pakistani Prime Minister Shehbaz Sharif met Crown Prince Mohammed bin Salman in Jeddah on Monday, "
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Doha on Tuesday and UAE President Sheikh Mohamed bin "
            "Zayed in Abu Dhabi on Wednesday.\n\n"
            "In Abu Dhabi, the two sides signed deals on ports and energy.")
    evs = events(text)
    legs = {(e["location"]["name"], e["date"]) for e in meetings(evs, "Shehbaz Sharif")
            if e["location"] and e["status"] != "background"}
    # (read as of that Tuesday, the Wednesday of the last leg is the one after the Monday of the first)
    assert legs == {("Jeddah", "2024-06-10"), ("Doha", "2024-06-11"), ("Abu Dhabi", "2024-06-12")}
    assert all(e["location"]["name"] != "Abu Dhabi" for e in meetings(evs, "Shehbaz Sharif", "Mohammed bin Salman"))


def test_an_undated_report_of_a_trip_s_legs_tells_its_last_leg_held(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-06-10", "text":
                  "Pakistani Prime Minister Shehbaz Sharif met Crown Prince Mohammed bin Salman at the Al-Salam Palace "
                  "in Jeddah on Monday, the first stop of a three-nation Gulf tour."},
                 {"outlet": "Undated Review", "text":
                  "Sharif met Crown Prince Mohammed bin Salman in Jeddah on Monday, Qatar's Emir Sheikh Tamim bin "
                  "Hamad Al Thani in Doha on Tuesday and UAE President Sheikh Mohamed bin Zayed in Abu Dhabi on "
                  "Wednesday. For an economy short of foreign currency, the tour was a lifeline."})
    jeddah = with_people(evs, "sharif", "salman")
    assert len(jeddah) == 1 and jeddah[0]["date"] == "2024-06-10" and sources(jeddah[0]) == {"Wire A", "Undated Review"}
    last = with_people(evs, "sharif", "zayed")
    assert [(e["date"], e["status"]) for e in last] == [("2024-06-12", "happened")]


def test_a_guest_named_after_the_place_and_day_of_a_reception_is_its_partner():
    evs = events("Amir Receives Egyptian Foreign Minister\n\n"
                 "Doha, October 14, 2024, QNA -- His Highness Sheikh Tamim bin Hamad Al Thani, Amir of Qatar, received "
                 "at Lusail Palace today Egypt's Minister of Foreign Affairs Badr Abdelatty.\n\n"
                 "During the reception, they reviewed bilateral relations.")
    found = meetings(evs, "Badr Abdelatty", "Tamim bin Hamad Al Thani")
    assert len(found) == 1 and found[0]["date"] == "2024-10-14"


def test_the_place_of_what_lies_ahead_is_not_where_a_meeting_told_done_was_held():
    evs = events("After the ambush\n\nPublished 2025-05-23\n\n"
                 "Cyril Ramaphosa and Emmanuel Macron met for more than two hours, including a lunch at which trade was "
                 "discussed.\n\nMacron has said he will attend the G20 summit in Johannesburg in November.")
    found = meetings(evs, "Cyril Ramaphosa", "Emmanuel Macron")
    assert found and all((e["location"] or {}).get("name") != "Johannesburg" for e in found if e["status"] == "happened")


def test_he_of_a_later_clause_is_the_subject_that_an_earlier_he_stood_for():
    evs = events("Macron says Lula invited him after call\n\nPublished 2025-06-05\n\n"
                 "French President Emmanuel Macron said on Thursday he had accepted an invitation from Brazilian "
                 "President Luiz Inacio Lula da Silva to visit Brasilia, after what he described as a \"warm\" phone "
                 "call with the Brazilian leader.\n\n"
                 "Lula told Macron during the call that Brazil wanted a trade deal with the European Union this year.")
    calls = meetings(evs, "Emmanuel Macron", "Luiz Inacio Lula da Silva")
    assert [(e["date"], e["status"]) for e in calls] == [("2025-06-05", "happened")]


def test_a_meeting_held_on_the_sidelines_is_not_where_a_summit_ahead_will_be():
    evs = events("Ruto and Abiy meet in Addis Ababa\n\nPublished 2024-05-18\n\n"
                 "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Addis Ababa on "
                 "Saturday. It was their second meeting this year, following their first on the sidelines of the "
                 "African Union summit in February.\n\n"
                 "Ruto will fly to Washington on Sunday for a summit with U.S. President Joe Biden.")
    earlier = [e for e in meetings(evs, "William Ruto", "Abiy Ahmed") if e["status"] == "background"]
    assert earlier and all((e["location"] or {}).get("name") != "Washington" for e in earlier)


def test_an_agency_s_dateline_in_mixed_case_is_no_party_and_a_name_before_a_dash_is_no_dateline():
    from parley.ingest.datelines import lede

    assert (lede("Hanoi (VNA) – Prime Minister Pham Minh Chinh met ...").place,
            lede("Jakarta (ANTARA) - President Prabowo ...").agency) == ("Hanoi", "ANTARA")
    assert lede("Mr Albanese — who met Xi in Lima — said ...") is None
    evs = events("Chinh holds talks with Albanese\n\n12/03/2024 21:10\n\n"
                 "Canberra (VNA) – Prime Minister of the Socialist Republic of Vietnam Pham Minh Chinh held talks with "
                 "Australian Prime Minister Anthony Albanese in Canberra on March 7 afternoon.\n\n"
                 "Chinh arrived in Melbourne on March 4 to attend the ASEAN-Australia Special Summit.")
    found = meetings(evs, "Anthony Albanese")
    assert [(e["date"], e["location"]["name"]) for e in found if e["status"] == "happened"] == [("2024-03-07", "Canberra")]


def test_a_name_after_a_second_title_joined_to_an_of_phrase_is_the_subject():
    evs = events("Party chief holds talks in Vientiane\n\nPublished 2024-07-12\n\n"
                 "General Secretary of the Communist Party of Vietnam Central Committee and State President Tô Lâm held "
                 "talks with Lao President Thongloun Sisoulith in Vientiane on Friday.")
    found = [e for e in meetings(evs, "Thongloun Sisoulith") if any("Lam" in n or "Lâm" in n for n in party_names(e))]
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2024-07-12", "Vientiane")]


def test_a_place_in_a_comparison_is_not_where_the_meeting_was():
    evs = events("Albanese's Jakarta gamble\n\nPublished 2024-06-09\n\n"
                 "Prime Minister Anthony Albanese's talks with President Joko Widodo in Jakarta on Saturday went better "
                 "than many in Canberra expected.")
    found = meetings(evs, "Anthony Albanese", "Joko Widodo")
    assert found and all(e["location"]["name"] == "Jakarta" for e in found)
    evs = events("Albanese's gamble\n\nPublished 2024-06-09\n\n"
                 "Prime Minister Anthony Albanese's talks with President Joko Widodo on Saturday went better than many "
                 "in Canberra expected.")
    assert all((e["location"] or {}).get("name") != "Canberra" for e in meetings(evs, "Anthony Albanese", "Joko Widodo"))
