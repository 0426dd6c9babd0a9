"""Previews, the stops of a trip and the clauses around a meeting: a meeting told as likely after an arrival told in
the past, a comment clause's topic and what a speaker said (no places), where a participant is due to arrive or flies
to, which other meeting of a trip places or dates one that the article leaves open, a gathering of states unnamed, a
journey on, "back-to-back" and "and then with" talks, "hours after", the day at home beside the day abroad, a call told
as the last before, the parser's misplaced clauses, and a bilateral beside a joint meeting. Every article here is
written for the test."""
from __future__ import annotations

import datetime as dt

from test_news_articles import events, meetings

from parley.ingest.segment import split_sentences
from parley.time import tag


def test_a_likely_meeting_after_an_arrival_told_in_the_past_lies_ahead():
    evs = events("Wong in Jakarta\n\nPublished 2024-03-13\n\n"
                 "Australian Foreign Minister Penny Wong arrived in Jakarta on Wednesday for a regional forum and is "
                 "likely to hold a meeting with Indonesian Foreign Minister Retno Marsudi on the sidelines on "
                 "Thursday, officials said.")
    found = meetings(evs, "Penny Wong", "Retno Marsudi")
    assert [(e["status"], e["date"]) for e in found] == [("planned", "2024-03-14")]


def test_what_a_comment_clause_is_about_is_no_place_and_an_arrival_ahead_is():
    evs = events("Lammy in the Americas\n\nPublished 2024-09-18\n\n"
                 "British Foreign Secretary David Lammy met Mexican Foreign Minister Alicia Barcena in Mexico City on "
                 "Wednesday. Lammy is also expected to meet Canadian Foreign Minister Melanie Joly on Friday, as "
                 "tensions simmer over Taiwan, tariffs and Arctic shipping. Lammy is due to arrive in Ottawa on "
                 "Friday morning.")
    found = meetings(evs, "David Lammy", "Melanie Joly")
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2024-09-20", "Ottawa")]
    assert not any((e.get("location") or {}).get("country") == "TWN" for e in evs)


def test_a_meeting_placed_nowhere_takes_the_place_of_the_nearest_meeting_of_the_trip():
    evs = events("Sanchez in Chile\n\nPublished 2024-05-23\n\n"
                 "Spanish Prime Minister Pedro Sanchez met Chilean President Gabriel Boric in Santiago on Monday. On "
                 "Wednesday he held talks with Chilean Senate President Jose Garcia Ruminot in Valparaiso.\n\n"
                 "On Thursday, Sanchez will also meet Chilean Foreign Minister Alberto van Klaveren.")
    found = meetings(evs, "Pedro Sanchez", "Alberto van Klaveren")
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2024-05-23", "Valparaíso")]


def test_a_meeting_with_the_ministers_of_states_not_named_is_no_part_of_the_bilateral_told_before():
    evs = events("Lammy in Tashkent\n\nPublished 2024-11-12\n\n"
                 "British Foreign Secretary David Lammy met Uzbek President Shavkat Mirziyoyev in Tashkent on Tuesday.\n\n"
                 "Lammy was also due to attend a meeting with the foreign ministers of all five Central Asian states "
                 "before flying on to Astana on Wednesday.")
    found = meetings(evs, "David Lammy", "Shavkat Mirziyoyev")
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2024-11-12", "Tashkent")]
    assert [len(e["actors"]) + len(e["recipients"]) for e in evs if e["type"] == "CONSULT"] == [2]


def test_a_one_line_scrape_is_cut_at_the_bars_between_its_headline_and_its_text():
    text = ("Mirziyoyev receives Lammy at Kuksaroy | Gazeta.uz Politics Uzbek President Shavkat Mirziyoyev on Tuesday "
            "received British Foreign Secretary David Lammy. The parties discussed trade.")
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "Mirziyoyev receives Lammy at Kuksaroy |",
        "Gazeta.uz Politics Uzbek President Shavkat Mirziyoyev on Tuesday received British Foreign Secretary David Lammy.",
        "The parties discussed trade."]
    # (a bar inside a line that goes on in lower case is no boundary)
    assert len(split_sentences("Rates rose 2% | year on year.", 0, 29)) == 1


def test_talks_are_not_the_call_told_as_the_last_before_them():
    evs = events("Lammy in Tashkent\n\n"
                 "Uzbek President Shavkat Mirziyoyev on Tuesday received British Foreign Secretary David Lammy in "
                 "Tashkent. Earlier in the day Lammy held talks with Foreign Minister Bakhtiyor Saidov at the Ministry "
                 "of Foreign Affairs. Lammy and Saidov last spoke by phone in June 2023.")
    found = meetings(evs, "David Lammy", "Bakhtiyor Saidov")
    assert sorted((e["mode"], e["date"]) for e in found) == [("phone", "2023-06"), ("visit", None)]


def test_a_preview_of_a_trip_places_its_meetings_where_the_visitor_flies_to():
    evs = events("Modi to visit Vietnam\n\nPublished 2024-09-06\n\n"
                 "SINGAPORE (AP) — Indian Prime Minister Narendra Modi will fly to Hanoi on Sunday after wrapping up the "
                 "Group of 20 summit here, seeking to deepen ties with Vietnam.\n\n"
                 "Modi is scheduled to hold talks on Sunday afternoon with Vietnamese President Luong Cuong at the "
                 "Presidential Palace.\n\n"
                 "On Monday, Modi is to meet Prime Minister Pham Minh Chinh before returning to New Delhi.")
    found = {e["recipients"][0]["name"] if e["recipients"] else e["actors"][-1]["name"]: e
             for e in evs if e["type"] == "CONSULT"}
    assert {(k, e["status"], e["date"], e["location"]["name"]) for k, e in found.items()} == {
        ("Luong Cuong", "planned", "2024-09-08", "Hanoi"), ("Pham Minh Chinh", "planned", "2024-09-09", "Hanoi")}


def test_a_person_an_object_shows_is_no_party_and_hours_after_is_the_same_day():
    evs = events("Albanese in Hanoi\n\nPublished 2024-06-04\n\n"
                 "Speaking to reporters at a hotel in the Vietnamese capital late on Monday, hours after his talks with "
                 "Vietnamese Prime Minister Pham Minh Chinh, Australian Prime Minister Anthony Albanese said ties had "
                 "never been stronger.\n\n"
                 "Chinh greeted Albanese at the Presidential Palace, where the two men held talks beneath a bust of "
                 "Ho Chi Minh.")
    found = [e for e in evs if e["type"] == "CONSULT"]
    assert [sorted(p["name"] for p in e["actors"] + e["recipients"]) for e in found] == [
        ["Anthony Albanese", "Pham Minh Chinh"]]
    assert found[0]["date"] == "2024-06-03"


def test_a_journey_on_from_the_place_of_the_talks_is_no_mention_of_them():
    evs = events("Szijjarto says Hungary will buy more Egyptian gas after talks with Shoukry\n\n"
                 "CAIRO, March 3. /MTI/. Hungarian Foreign Minister Peter Szijjarto said on Sunday following talks with "
                 "his Egyptian counterpart Sameh Shoukry that Hungary would buy more liquefied gas from Egypt.\n\n"
                 "\"We have agreed to expand our energy cooperation,\" Szijjarto said at a joint news conference.\n\n"
                 "Szijjarto is also due to meet business leaders. From Cairo, he will travel to the Republic of the "
                 "Congo, Uganda and Ethiopia.", published="2024-03-04")
    found = meetings(evs, "Peter Szijjarto", "Sameh Shoukry")
    assert [(e["date"], e["mode"], e["location"]["name"]) for e in found] == [("2024-03-03", "visit", "Cairo")]


def test_a_day_told_beside_the_day_at_home_is_the_next_day_where_it_happened():
    evs = events("Carney and Lee agree on shipbuilding\n\nPublished 2025-10-27\n\n"
                 "Canadian Prime Minister Mark Carney and South Korean President Lee Jae-myung signed a shipbuilding "
                 "accord as they met Tuesday in Seoul — Monday night in Ottawa — to deepen defence ties.")
    found = meetings(evs, "Mark Carney", "Lee Jae-myung")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2025-10-28")]
    # (without the day at home, a Tuesday told done is the one before)
    assert [t.value for t in tag("They met Tuesday in Seoul.", dt.date(2025, 10, 27))] == ["2025-10-21"]


def test_talks_hours_before_a_meeting_are_news_of_its_day_whatever_clause_the_parser_hangs_them_on():
    evs = events("Bahrain minister in Tehran\n\nPublished 2024-06-22\n\n"
                 "Bahrain's Foreign Minister Abdullatif bin Rashid Al Zayani met Iranian President Masoud Pezeshkian in "
                 "Tehran on Saturday, hours after holding talks with his Iranian counterpart Abbas Araghchi during the "
                 "first visit by a Bahraini foreign minister to Iran since the two countries agreed to restore ties.")
    found = meetings(evs, "Abdullatif bin Rashid Al Zayani", "Abbas Araghchi")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2024-06-22")]
    assert not any(p["kind"] == "state" for e in found for p in e["actors"] + e["recipients"])


def test_a_meeting_with_no_day_of_its_own_takes_the_day_of_the_meeting_told_nearest_before_it():
    evs = events("Malaysia, India upgrade ties during Modi visit\n\n"
                 "KUALA LUMPUR – Malaysia and India have elevated their relationship to a comprehensive strategic "
                 "partnership, with Prime Minister Anwar Ibrahim and his Indian counterpart Narendra Modi witnessing the "
                 "signing of four agreements on Aug 21.\n\n"
                 "The two leaders held talks at Perdana Putra after Mr Modi received an official welcome there. It was "
                 "Mr Modi's third visit to Malaysia and his first since 2015.\n\n"
                 "Mr Anwar had hosted Mr Modi to a private dinner at Seri Perdana on Aug 20, shortly after the Indian "
                 "leader arrived from Jakarta.\n\n"
                 "Later on Aug 21, Mr Modi called on King Sultan Ibrahim at the Istana Negara, where the two discussed "
                 "cultural ties. Former Prime Minister Mahathir Mohamad hosted Mr Modi to lunch, and the Indian prime "
                 "minister also met Deputy Prime Minister Ahmad Zahid Hamidi.")
    for name in ("Mahathir Mohamad", "Ahmad Zahid Hamidi"):
        assert [e["date_text"] for e in meetings(evs, "Narendra Modi", name)] == ["Aug 21"]


def test_a_meeting_told_after_an_act_of_a_named_day_is_on_that_day():
    evs = events("Albanese and Luxon strike deal on visas\n\nPublished 2024-12-21\n\n"
                 "Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon have agreed "
                 "to ease work visas between the two countries.\n\n"
                 "The deal was announced on Friday after the two leaders met in Queenstown, where Mr Albanese is on "
                 "his first official visit.")
    found = meetings(evs, "Anthony Albanese", "Christopher Luxon")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2024-12-20")]


def test_the_names_after_an_according_to_phrase_are_the_subject_of_its_verb():
    evs = events("Biden to visit Canada\n\nPublished 2023-03-22\n\n"
                 "U.S. President Joe Biden will arrive in Ottawa on Thursday evening for his first official visit.\n\n"
                 "According to the itinerary released by the Prime Minister's Office, Biden and Prime Minister Justin "
                 "Trudeau will hold a bilateral meeting on Parliament Hill on Friday morning.")
    found = meetings(evs, "Joe Biden", "Justin Trudeau")
    assert [(e["status"], e["date"]) for e in found] == [("planned", "2023-03-24")]


def test_back_to_back_talks_are_one_meeting_with_each_and_a_summit_of_states_unnamed_is_no_mention():
    evs = events("Lukashenko meets Kazakh, Uzbek leaders\n\nPublished 2024-10-10\n\n"
                 "Belarusian President Alexander Lukashenko held back-to-back talks with the leaders of Kazakhstan and "
                 "Uzbekistan in Astana on Wednesday.\n\n"
                 "Lukashenko first met with Kazakh President Kassym-Jomart Tokayev at the Akorda.\n\n"
                 "Later in the day, Lukashenko met with Uzbek President Shavkat Mirziyoyev on the sidelines of the "
                 "summit of Central Asian states.")
    for name in ("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"):
        assert {e["date"] for e in meetings(evs, "Alexander Lukashenko", name)} == {"2024-10-09"}
    assert not [e for e in evs if e["type"] == "CONSULT" and len(e["actors"]) + len(e["recipients"]) > 2]


def test_talks_with_one_and_then_with_another_are_two_meetings():
    evs = events("Ramaphosa's busy day at the UN\n\nPublished 2024-09-25\n\n"
                 "South African President Cyril Ramaphosa held talks with Brazilian President Luiz Inacio Lula da Silva "
                 "and then with Indian Prime Minister Narendra Modi on Tuesday, on the margins of the United Nations "
                 "General Assembly in New York.")
    for name in ("Luiz Inacio Lula da Silva", "Narendra Modi"):
        assert [(e["date"], len(e["actors"]) + len(e["recipients"])) for e in meetings(evs, "Cyril Ramaphosa", name)] \
            == [("2024-09-24", 2)]


def test_he_is_not_a_woman_the_text_calls_one():
    evs = events("Macron in Rome\n\nPublished 2024-06-11\n\n"
                 "French President Emmanuel Macron and Italy's first female prime minister, Giorgia Meloni, signed a "
                 "space agreement as they met on Tuesday in Rome.\n\n"
                 "Macron later headed to the Quirinale Palace with Meloni, and is scheduled to fly to Germany on "
                 "Wednesday, where he will meet Chancellor Olaf Scholz in Berlin.")
    assert meetings(evs, "Giorgia Meloni", "Olaf Scholz") == []
    assert [e["date"] for e in meetings(evs, "Emmanuel Macron", "Olaf Scholz")] == ["2024-06-12"]


def test_a_place_in_what_was_said_at_a_meeting_is_not_where_it_was():
    evs = events("Vucic and Orban talk energy\n\nPublished 2024-05-15\n\n"
                 "Serbian President Aleksandar Vucic held talks with Hungarian Prime Minister Viktor Orban on "
                 "Wednesday.\n\n"
                 "At a joint news conference, Orban said Hungary could eventually sell its entire surplus of gas to "
                 "Ukraine.")
    found = meetings(evs, "Aleksandar Vucic", "Viktor Orban")
    assert len(found) == 1 and (found[0].get("location") or {}).get("country") != "UKR"


def test_a_meeting_told_held_together_with_a_third_is_not_the_bilateral_told_before():
    evs = events("Zelensky to make first official visit to Poland on Wednesday\n\n"
                 "Ukrainian President Volodymyr Zelensky will pay an official visit to Poland on Wednesday, a senior aide "
                 "to President Andrzej Duda has confirmed.\n\n"
                 "\"President Zelensky will come to Warsaw tomorrow at the invitation of President Duda,\" the aide told "
                 "broadcasters on Tuesday. \"It will be a real visit, with talks and with an official ceremony.\"\n\n"
                 "According to the programme released by the Polish presidency, Zelensky will be welcomed with military "
                 "honours at the Presidential Palace, before holding talks with Duda, first in a one-on-one format and "
                 "then with delegations.\n\n"
                 "In the evening, Zelensky and Duda are expected to address Polish and Ukrainian citizens in the "
                 "courtyard of the Royal Castle.\n\n"
                 "Polish officials have said they intend to raise the grain issue during the talks.\n\n"
                 "Duda has been to Ukraine several times, most recently in January, when he met Zelensky in Lviv "
                 "together with Lithuanian President Gitanas Nauseda.", published="2023-04-04")
    found = meetings(evs, "Volodymyr Zelensky", "Andrzej Duda")
    assert sorted(len(e["actors"]) + len(e["recipients"]) for e in found) == [2, 3]


def test_where_a_clause_of_where_tells_a_meeting_is_its_own_place():
    evs = events("Trump in Asia\n\nPublished 2025-10-27\n\n"
                 "US President Donald Trump is scheduled to arrive in Tokyo on Monday evening for talks with Prime "
                 "Minister Sanae Takaichi on Tuesday.\n\n"
                 "Trump will leave for South Korea on Wednesday to attend the APEC summit in Gyeongju, where he is "
                 "expected to meet Chinese President Xi Jinping.")
    found = meetings(evs, "Donald Trump", "Xi Jinping")
    # (the place its own words give, the provenance an analyst reads)
    assert [(e["location"]["name"], e["location"]["basis"]) for e in found] == [("Gyeongju", "locative phrase")]


def test_a_bilateral_before_a_three_way_summit_of_the_same_day_stays_its_own():
    evs = events("Marcos holds three-way summit, talks with Albanese and Li in busy day of diplomacy in Vientiane\n\n"
                 "Published : Oct. 11, 2024 - 15:12\n\n"
                 "Philippine President Ferdinand Marcos Jr. held a flurry of summit meetings on Thursday on the "
                 "sidelines of the ASEAN summit in Vientiane, Laos, including a trilateral meeting with Japanese Prime "
                 "Minister Shigeru Ishiba and Australian Prime Minister Anthony Albanese and his first talks with "
                 "Chinese Premier Li Qiang in a year.\n\n"
                 "Marcos first sat down with Albanese for a bilateral summit, their second meeting since they met in "
                 "Melbourne in March.\n\n"
                 "Marcos and Albanese then joined Ishiba for the three-way summit, where the leaders agreed to expand "
                 "maritime cooperation.\n\n"
                 "Later in the day, Marcos met Li for about 40 minutes.\n\n"
                 "The presidential office said Marcos would head to Kuala Lumpur for a state visit after the summit "
                 "ends on Friday.")
    found = [e for e in meetings(evs, "Ferdinand Marcos Jr.", "Anthony Albanese") if e["status"] == "happened"]
    assert sorted((len(e["actors"]) + len(e["recipients"]), e["date"], e["location"]["name"]) for e in found) == [
        (2, "2024-10-10", "Vientiane"), (3, "2024-10-10", "Vientiane")]
    assert [e["date"] for e in meetings(evs, "Ferdinand Marcos Jr.", "Li Qiang")] == ["2024-10-10"]


def test_a_visit_that_follows_a_sunday_meeting_dates_the_meeting_on_sunday():
    evs = events("Lula leaves Angola with oil deal\n\nPublished 2023-08-28\n\n"
                 "Brazilian President Luiz Inacio Lula da Silva wrapped up his visit to Angola with an oil deal on "
                 "Monday. Lula's visit follows his Sunday meeting with Angolan President Joao Lourenco in Luanda, at "
                 "which the two nations signed seven agreements.")
    assert [e["date"] for e in meetings(evs, "Luiz Inacio Lula da Silva", "Joao Lourenco")] == ["2023-08-27"]
    # ("visit" after a possessive is a noun, no present tense of a schedule)
    assert [t.value for t in tag("Lula's visit follows his Sunday meeting.", dt.date(2023, 8, 28))] == ["2023-08-27"]


def test_the_day_of_a_journey_does_not_date_a_meeting_where_it_goes_to_attend_a_summit():
    evs = events("Trump in Asia\n\nPublished 2025-10-27\n\n"
                 "Trump will leave for South Korea on Wednesday to attend the APEC summit in Gyeongju, where he is "
                 "expected to meet Chinese President Xi Jinping.")
    found = meetings(evs, "Donald Trump", "Xi Jinping")
    assert [(e["date"], e["status"], e["location"]["name"]) for e in found] == [(None, "planned", "Gyeongju")]
    # (but the day one arrives where a meeting is told is its day)
    evs = events("Lula in Luanda\n\nPublished 2023-08-26\n\n"
                 "Brazilian President Luiz Inacio Lula da Silva arrived in Luanda on Friday, where he met Angolan "
                 "President Joao Lourenco.")
    assert [e["date"] for e in meetings(evs, "Luiz Inacio Lula da Silva", "Joao Lourenco")] == ["2023-08-25"]
    # (nor where the infinitive is a call's purpose: the call dates what it told)
    evs = events("Modi in Kazan\n\nPublished 2024-10-22\n\n"
                 "Indian Prime Minister Narendra Modi had called Russian President Vladimir Putin in August to brief him "
                 "on his visit to Kyiv, where he met Ukrainian President Volodymyr Zelenskyy.")
    assert [e["date"] for e in meetings(evs, "Narendra Modi", "Volodymyr Zelenskyy")] == ["2024-08"]
