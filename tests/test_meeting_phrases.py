"""What the phrases around a meeting tell of it: what was talked about is not where it was held, a
visit prepared or told after is another event, an aim is no meeting, and "the pair" are the two who
acted. Every article here is written for the test."""
from __future__ import annotations

from test_news_articles import events, meetings


def test_the_place_of_a_situation_talked_about_is_not_the_meeting_s():
    evs = events("Morocco, Spain discuss migration\n\nPublished 2024-05-10\n\n"
                 "Moroccan Foreign Minister Nasser Bourita received on Thursday his Spanish counterpart Jose Manuel "
                 "Albares at the ministry's headquarters in Rabat. The two ministers held talks on the situation in "
                 "Gaza and on the war in Sudan.")
    found = meetings(evs, "Nasser Bourita", "Jose Manuel Albares")
    assert len(found) == 1
    assert (found[0]["date"], found[0]["location"]["name"]) == ("2024-05-09", "Rabat")


def test_a_visit_prepared_at_a_meeting_is_its_own_and_takes_neither_its_day_nor_its_parties():
    evs = events("Fidan in Riyadh\n\nPublished 2024-03-03\n\n"
                 "Turkish Foreign Minister Hakan Fidan met his Saudi counterpart Prince Faisal bin Farhan in Riyadh "
                 "on Sunday ahead of President Recep Tayyip Erdogan's planned visit to Saudi Arabia. The two "
                 "ministers held talks on trade and on arrangements for an upcoming visit by Erdogan to the kingdom.")
    talks = meetings(evs, "Hakan Fidan", "Faisal bin Farhan")
    assert len(talks) == 1 and talks[0]["date"] == "2024-03-03"
    assert "Recep Tayyip Erdogan" not in {p["name"] for p in talks[0]["actors"] + talks[0]["recipients"]}
    visit = meetings(evs, "Recep Tayyip Erdogan")
    assert visit and all(e["status"] == "planned" and e["date"] != "2024-03-03" for e in visit)


def test_a_modal_head_and_the_end_of_a_visit_keep_the_visit_ahead_and_where_it_goes():
    evs = events("Ruto to visit Berlin\n\nPublished 2024-11-26\n\n"
                 "President William Ruto will on Wednesday depart Nairobi for Berlin on a state visit at the "
                 "invitation of Chancellor Olaf Scholz. The president will return to Nairobi at the end of the visit.")
    visits = meetings(evs, "William Ruto", "Olaf Scholz")
    assert visits and all(e["status"] == "planned" for e in visits)
    assert all((e["location"] or {}).get("name") != "Nairobi" for e in visits)


def test_conditions_for_dialogue_are_an_aim_not_a_meeting():
    evs = events("Lula in Beijing\n\nPublished 2023-04-14\n\n"
                 "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on "
                 "Friday. Xi told Lula that the world should create conditions for direct dialogue between Armenia "
                 "and Azerbaijan.")
    assert meetings(evs, "Xi Jinping", "Luiz Inacio Lula da Silva")
    assert not [e for e in evs if e["type"] == "CONSULT" and {p.get("country") for p in e["actors"] + e["recipients"]}
                == {"ARM", "AZE"}]


def test_the_pair_are_the_two_who_acted_not_a_person_talked_about():
    evs = events("Ministers meet in Ottawa\n\nPublished 2024-02-20\n\n"
                 "Foreign Minister Melanie Joly told her Indian counterpart Subrahmanyam Jaishankar that Canada would "
                 "keep pressing for answers on the killing of Sikh activist Hardeep Singh Nijjar, as the pair met in "
                 "Ottawa on Monday.")
    found = [e for e in evs if e["type"] == "CONSULT"]
    assert len(found) == 1
    names = {p["name"] for p in found[0]["actors"] + found[0]["recipients"]}
    assert names == {"Melanie Joly", "Subrahmanyam Jaishankar"}, names


def test_a_headline_places_the_news_not_an_earlier_meeting_of_the_same_people():
    evs = events("Ramaphosa and Lula in Brasilia: a partnership renewed\n\nPublished 2024-07-10\n\n"
                 "South African President Cyril Ramaphosa and Brazilian President Luiz Inacio Lula da Silva held "
                 "talks in Brasilia on Wednesday. The two leaders last met in August 2023.")
    earlier = [e for e in meetings(evs, "Cyril Ramaphosa", "Luiz Inacio Lula da Silva") if e["date"] == "2023-08"]
    assert len(earlier) == 1 and earlier[0]["location"] is None
    assert [e["location"]["name"] for e in meetings(evs, "Cyril Ramaphosa") if e["date"] == "2024-07-10"] == ["Brasilia"]


def test_a_meeting_told_in_the_past_after_a_wish_is_no_plan():
    evs = events("Scholz looks to Delhi\n\nPublished 2024-11-28\n\n"
                 "German Chancellor Olaf Scholz has said he would welcome another visit to India, a month after he "
                 "met Indian Prime Minister Narendra Modi in New Delhi.")
    found = meetings(evs, "Olaf Scholz", "Narendra Modi")
    assert found and all(e["status"] != "planned" for e in found)


def test_saint_is_written_st_in_the_names_of_states():
    evs = events("Caribbean talks\n\nPublished 2024-02-01\n\n"
                 "Grenadian Prime Minister Dickon Mitchell met St. Lucia's Prime Minister Philip Pierre on the island "
                 "of St Lucia on Wednesday.")
    found = meetings(evs, "Dickon Mitchell", "Philip Pierre")
    assert found and found[0]["location"]["country"] == "LCA"
    pierre = next(p for p in found[0]["actors"] + found[0]["recipients"] if p["name"] == "Philip Pierre")
    assert pierre["country"] == "LCA"


def test_an_act_done_does_not_join_a_visit_told_only_as_ahead():
    evs = events("Albanese's White House gamble pays off with Trump\n\nPublished 2025-10-21\n\n"
                 "Anthony Albanese came to Washington as Australia's envoy on minerals, and on Monday he left the "
                 "Oval Office with an invitation for the president to visit Canberra and a promise that he would "
                 "meet Pacific leaders there. \"We will do a deal,\" Trump told reporters as he sat beside Albanese.")
    canberra = [e for e in evs if e["type"] == "CONSULT" and (e["location"] or {}).get("name") == "Canberra"]
    assert canberra and all(e["status"] == "planned" for e in canberra)


def test_a_journey_the_day_before_is_the_trip_of_the_meeting_and_gives_its_place():
    evs = events("Fidan in Athens\n\nPublished 2024-05-14\n\n"
                 "ANKARA, May 14 (AA) - Turkish Foreign Minister Hakan Fidan, who travelled to Athens on Monday, met "
                 "and held talks with his Greek counterpart Giorgos Gerapetritis on Tuesday.")
    found = [e for e in evs if e["type"] == "CONSULT"]
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2024-05-14", "Athens")], \
        [(e["date"], e["location"], [p["name"] for p in e["actors"] + e["recipients"]]) for e in found]


def test_a_day_relation_counts_from_its_own_phrase_not_from_a_meeting_told_after_it():
    evs = events("Guterres in Kyiv\n\nPublished 2024-10-10\n\n"
                 "UN Secretary-General Antonio Guterres visited Kyiv on Thursday, two days after returning from Kazan, "
                 "and met Ukrainian President Volodymyr Zelensky.")
    found = meetings(evs, "Antonio Guterres", "Volodymyr Zelensky")
    assert [e["date"] for e in found] == ["2024-10-10"]


def test_heads_of_delegations_told_actively_are_the_parties_of_talks_told_at_state_level():
    evs = events("US, Russian officials meet in Saudi Arabia\n\nPublished 2025-02-18\n\n"
                 "US and Russian officials met in Saudi Arabia on Tuesday for talks on improving ties. Secretary of "
                 "State Marco Rubio led the US delegation, while Foreign Minister Sergei Lavrov headed the Russian side.")
    found = [e for e in evs if e["type"] == "CONSULT"]
    assert [sorted(p["name"] for p in e["actors"] + e["recipients"]) for e in found] == [["Marco Rubio", "Sergei Lavrov"]]


def _only(evs: list[dict], *people: str) -> list[dict]:
    """The meetings of these people and no other named person."""
    return [e for e in meetings(evs, *people) if {p["name"] for p in e["actors"] + e["recipients"] if p["name"]}
            == set(people)]


def test_a_meeting_ahead_of_a_larger_one_and_a_pair_met_later_are_three_meetings():
    evs = events("Leaders meet in Jakarta\n\nPublished 2024-09-07\n\n"
                 "Prime Minister Anthony Albanese and Indonesian President Joko Widodo met for about an hour at the "
                 "Merdeka Palace in Jakarta on Friday, ahead of the trilateral summit with Papua New Guinea's Prime "
                 "Minister James Marape. Albanese later held talks with Marape, during which the two leaders agreed "
                 "to expand police training.")
    pair = _only(evs, "Anthony Albanese", "Joko Widodo")
    assert len(pair) == 1 and pair[0]["date"] == "2024-09-06" and pair[0]["status"] == "happened"
    three = meetings(evs, "Anthony Albanese", "Joko Widodo", "James Marape")
    assert len(three) == 1 and three[0]["date"] in (None, "2024-09-06")
    later = _only(evs, "Anthony Albanese", "James Marape")
    assert len(later) == 1 and later[0]["status"] == "happened"


def test_the_states_of_a_summit_s_leaders_are_no_place_and_a_republic_is_a_state():
    evs = events("Summit\n\nPublished 2024-06-15\n\n"
                 "On Friday, the first summit of the leaders of Brazil, Chile and the Republic of Korea was held at "
                 "the Itamaraty Palace in Brasilia.")
    (ev,) = [e for e in evs if e["type"] == "CONSULT"]
    assert {p["country"] for p in ev["actors"] + ev["recipients"]} == {"BRA", "CHL", "KOR"}
    assert ev["location"]["name"] in ("Brasilia", "Brasília")
    evs = events("Ministers\n\nPublished 2024-06-15\n\n"
                 "The foreign ministers of Egypt, Jordan and the United Arab Emirates met in Amman on Saturday.")
    (ev,) = [e for e in evs if e["type"] == "CONSULT"]
    assert sorted(p["country"] for p in ev["actors"] + ev["recipients"]) == ["ARE", "EGY", "JOR"]


def test_ministers_who_took_part_in_the_talks_are_no_meeting_of_their_own():
    evs = events("Presidents in Quito\n\nPublished 2024-05-22\n\n"
                 "Ecuadorian President Daniel Noboa received Peruvian President Dina Boluarte at the Carondelet "
                 "Palace in Quito on Wednesday. Ecuadorian Foreign Minister Gabriela Sommerfeld and her Peruvian "
                 "counterpart Javier Gonzalez-Olaechea also took part in the talks.")
    assert meetings(evs, "Daniel Noboa", "Dina Boluarte")
    assert not meetings(evs, "Gabriela Sommerfeld", "Javier Gonzalez-Olaechea")


def test_taking_part_in_a_dialogue_with_someone_is_a_meeting_with_them():
    evs = events("Envoys\n\nPublished 2025-03-10\n\n"
                 "On Monday evening, Turkish Foreign Minister Hakan Fidan will hold talks with Iraqi Foreign Minister "
                 "Fuad Hussein before participating in the security dialogue on the border issue with Iraqi National "
                 "Security Adviser Qasim al-Araji on Tuesday morning.")
    found = meetings(evs, "Hakan Fidan", "Qasim al-Araji")
    assert len(found) == 1 and found[0]["status"] == "planned"        # (the tense of the act it comes after)
    assert "Fuad Hussein" not in {p["name"] for p in found[0]["actors"] + found[0]["recipients"]}


def test_a_headline_title_is_not_the_title_of_the_name_opening_the_next_paragraph():
    evs = events("Head of State holds talks with the President of Tajikistan\n\nPublished 2024-08-22\n\n"
                 "Sadyr Japarov held talks with Emomali Rahmon in Dushanbe in narrow and extended formats.")
    (ev,) = meetings(evs, "Sadyr Japarov", "Emomali Rahmon")
    countries = {p["name"]: p["country"] for p in ev["actors"] + ev["recipients"]}
    assert countries == {"Sadyr Japarov": "KGZ", "Emomali Rahmon": "TJK"}


def test_junior_is_the_suffix_jr():
    from parley.extract.names import name_key

    assert name_key("Ferdinand Marcos Junior") == name_key("Ferdinand Marcos Jr.")


def test_a_situation_discussed_as_well_as_another_places_no_second_meeting():
    evs = events("Ministers meet\n\nPublished 2024-12-13\n\n"
                 "Turkish Foreign Minister Kemal Aydin received US Secretary of State Daniel Brooks in Ankara on "
                 "Friday. The two top diplomats discussed the developments in Syria, as well as the situation in Gaza.")
    found = meetings(evs, "Kemal Aydin", "Daniel Brooks")
    assert [(e["location"] or {}).get("name") for e in found] == ["Ankara"]
