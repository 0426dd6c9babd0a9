"""A day and month with "last/this/next year"; a headline in title case whose function words follow a name; the day of
a summit a verb of telling is about; the guests of a summit ("the visiting leaders"), no visit of theirs; a visit to a
head's seat ("the White House"), a visit to its holder; a leg told after talks ("before heading to Rome ... on
Sunday"), its own day; a leader meeting his own state's troops, no meeting between states; the speaker of a plan, not
its "he"; a second "with" the parser hangs inside the first; a rapport shared, no act; and a name beside a day in a
clause without its verb ("..., Luxon on Thursday"), no party; a host of diplomacy (Geneva), no namesake town; and a
meeting one of several things prepared, ahead, as is a weekday's meeting whose verb looks ahead ("Sunday's meeting
will test ...") and a visit within a meeting not ruled out; and the capital of a state named, the city of its name.
Every text here is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from test_news_articles import events, meetings, people_in

from parley.time import tag


@pytest.mark.parametrize("text,expr,value", [
    ("Foreign Secretary Misri said the leaders recalled their meeting in Kazan on October 23 last year.",
     "October 23 last year", "2024-10-23"),
    ("The two prime ministers first met on 4 March last year in Canberra.", "4 March last year", "2024-03-04"),
    ("The summit will open on the 12th of June next year in Nairobi.", "the 12th of June next year", "2026-06-12"),
])
def test_a_day_and_month_take_the_year_that_last_or_next_year_names(text, expr, value):
    found = [t for t in tag(text, dt.date(2025, 8, 31)) if t.text == expr]
    assert [t.value for t in found] == [value]


def test_a_name_in_a_title_case_headline_ends_before_its_function_words():
    assert people_in("PM Albanese To Meet Prabowo Subianto On Thursday, Luxon With Him In Jakarta") >= \
        {"Anthony Albanese", "Prabowo Subianto"}
    assert not any(" To" in p or " With" in p for p in
                   people_in("PM Albanese To Meet Prabowo Subianto On Thursday, Luxon With Him In Jakarta"))
    # (a first word is still a name's: Vietnam's To Lam)
    assert "To Lam" in people_in("General Secretary To Lam met Indonesian President Prabowo Subianto in Jakarta.")


def test_a_summit_a_verb_of_telling_is_about_keeps_its_day_to_itself():
    evs = events("Lula and Ramaphosa meet in Brasilia\n\nPublished 2025-07-08\n\n"
                 "Brazilian President Luiz Inacio Lula da Silva held talks with South African President Cyril "
                 "Ramaphosa in Brasilia on Tuesday. Lula briefed Ramaphosa on his June 30 summit with")   # (cut off)
    assert [e["date"] for e in meetings(evs, "Luiz Inacio Lula da Silva", "Cyril Ramaphosa")] == ["2025-07-08"]


def test_the_visiting_leaders_of_a_summit_make_no_visit_of_a_meeting_ahead():
    evs = events("Ruto to meet Sisi at summit\n\n"
                 "BEIJING (Wire) — Kenyan President William Ruto is expected to meet Egyptian President Abdel Fattah "
                 "al-Sisi during the summit hosted by Chinese President Xi Jinping. Xi will host a banquet for the "
                 "visiting leaders on Wednesday evening.")
    ruto = meetings(evs, "William Ruto", "Abdel Fattah al-Sisi")
    assert len(ruto) == 1 and not ruto[0].get("date_text")


def test_a_visit_to_a_head_s_seat_is_a_meeting_with_its_holder():
    evs = events("Macron meets Trump\n\nPublished 2025-02-25\n\n"
                 "French President Emmanuel Macron held talks with President Donald Trump at the White House on "
                 "Monday. Secretary of State Marco Rubio said the talks went well.\n\n"
                 "Canadian Prime Minister Mark Carney is due to visit the White House on Thursday.")
    carney = meetings(evs, "Mark Carney", "Donald Trump")
    assert [(e["date"], e["status"]) for e in carney] == [("2025-02-27", "planned")]
    # (a ministry is no head's seat: a visit to the Pentagon is no meeting with the president)
    evs = events("Macron meets Trump\n\nPublished 2025-02-25\n\n"
                 "French President Emmanuel Macron held talks with President Donald Trump at the White House on "
                 "Monday.\n\nCanadian Prime Minister Mark Carney is due to visit the Pentagon on Thursday.")
    assert not meetings(evs, "Mark Carney", "Donald Trump")


def test_a_leg_told_after_the_talks_keeps_its_day_to_itself():
    evs = events("Luxon to visit Hanoi\n\nPublished 2025-02-24\n\n"
                 "New Zealand Prime Minister Christopher Luxon will fly to Vietnam to meet Prime Minister Pham Minh "
                 "Chinh on Wednesday.\n\nLuxon will hold talks with Chinh at the Government Office on trade and "
                 "education before heading to Ho Chi Minh City for a business forum on Friday.")
    assert [e["date"] for e in meetings(evs, "Christopher Luxon", "Pham Minh Chinh")] == ["2025-02-26"]


def test_a_leader_meeting_his_own_state_s_troops_is_no_meeting_between_states():
    evs = events("Trump in Doha\n\nPublished 2025-05-14\n\n"
                 "On Thursday morning, Trump is scheduled to meet American troops at Al Udeid Air Base, the largest US "
                 "military installation in the Middle East, and hold a business roundtable.")
    assert evs == []
    # (but an international body is a party: the UN's chief)
    evs = events("Guterres meets Lula\n\nPublished 2025-05-14\n\nUN Secretary-General Antonio Guterres met Brazilian "
                 "President Luiz Inacio Lula da Silva in Brasilia on Tuesday.")
    assert len(meetings(evs, "Antonio Guterres", "Luiz Inacio Lula da Silva")) == 1


def test_a_style_is_no_name_and_the_speaker_of_a_plan_is_not_its_he():
    evs = events("Jugnauth meets Modi\n\nGIS - The Prime Minister, Honourable Pravind Kumar Jugnauth, held a bilateral "
                 "meeting with the Prime Minister of the Republic of India, Shri Narendra Modi, on Friday in New Delhi."
                 "\n\nPhoto: The Prime Minister, Hon. Pravind Kumar Jugnauth, and the Indian Prime Minister, Shri "
                 "Narendra Modi, at the start of their meeting in New Delhi.")
    assert {p["name"] for e in evs for p in e["actors"] + e["recipients"]} == {"Pravind Kumar Jugnauth",
                                                                              "Narendra Modi"}
    evs = events("Modi's G20 bilaterals\n\nPublished 2023-09-07\n\n"
                 "Over Saturday and Sunday, Prime Minister Narendra Modi will meet leaders including those of the UK "
                 "and Japan, foreign secretary Vinay Kwatra said.\n\n"
                 "On Sunday, he will also hold a working lunch with French President Emmanuel Macron.")
    assert [e["date"] for e in meetings(evs, "Narendra Modi", "Emmanuel Macron")] == ["2023-09-10"]


def test_a_second_with_the_parser_hangs_inside_the_first_is_another_party():
    evs = events("Modi's bilaterals\n\nPublished 2023-09-07\n\n"
                 "Prime Minister Narendra Modi will hold bilateral meetings with his counterparts from Mauritius and "
                 "Bangladesh and with US President Joe Biden on Friday, foreign secretary Vinay Kwatra said on "
                 "Thursday.")
    assert [e["date"] for e in meetings(evs, "Narendra Modi", "Joe Biden")] == ["2023-09-08"]


def test_a_rapport_two_leaders_share_is_no_act_of_theirs():
    evs = events("Lula and Macron\n\nPublished 2025-02-07\n\nLula and Macron shared a close rapport during Lula's first "
                 "term. The two leaders addressed a rally in Rio in March 2009.")
    assert [q for e in evs for q in e["quotes"].get("event", [])] == [
        "The two leaders addressed a rally in Rio in March 2009."]


def test_a_name_beside_a_day_in_a_clause_without_its_verb_is_no_party():
    evs = events("Europe's leaders in Washington\n\nPublished 2025-02-28\n\n"
                 "Albanese visited the White House on Monday, Luxon on Thursday, as allies try to shape Trump's trade "
                 "policy.\n\nAustralian Prime Minister Anthony Albanese met President Donald Trump on Monday.")
    assert not any("Christopher Luxon" in {p["name"] for p in e["actors"] + e["recipients"]} and
                   "Anthony Albanese" in {p["name"] for p in e["actors"] + e["recipients"]} for e in evs)


def test_a_host_of_diplomacy_keeps_its_name_from_a_namesake_town():
    evs = events("US and Russia talk in Geneva\n\nPublished 2022-01-22\n\n"
                 "U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday, "
                 "as Washington warned Moscow against an invasion of Ukraine.")
    assert [e["location"]["country"] for e in meetings(evs, "Antony Blinken", "Sergei Lavrov")] == ["CHE"]


def test_a_meeting_one_of_several_things_prepared_lies_ahead():
    evs = events("Kremlin on Riyadh talks\n\nPublished 2025-02-17\n\n"
                 "Kremlin spokesman Dmitry Peskov said the envoys were preparing possible negotiations on Ukraine and a "
                 "meeting between President Vladimir Putin and U.S. President Donald Trump.")
    assert [(e["status"], e["date"]) for e in meetings(evs, "Vladimir Putin", "Donald Trump")] == [("planned", None)]


@pytest.mark.parametrize("text,value", [
    ("Sunday's meeting in Rome will test whether she can deliver.", "2025-05-18"),
    ("Friday's meeting ended without a deal.", "2025-05-16"),
    ("Wednesday's ruling will be appealed.", "2025-05-14"),
])
def test_a_weekday_s_meeting_lies_ahead_where_its_verb_does(text, value):
    assert [t.value for t in tag(text, dt.date(2025, 5, 17)) if t.text in ("Sunday", "Friday", "Wednesday")] == [value]


def test_a_visit_within_a_meeting_not_ruled_out_takes_no_day_of_the_saying():
    evs = events("Ruto in Beijing\n\nPublished 2025-04-23\n\n"
                 "Chinese President Xi Jinping and Kenyan President William Ruto held talks in the Great Hall of the "
                 "People, an aide said.\n\n"
                 "A Chinese foreign ministry spokesman said on Tuesday that Beijing did not rule out a meeting between "
                 "Xi and Ruto during the Kenyan leader's visit.")
    assert [e["date"] for e in meetings(evs, "Xi Jinping", "William Ruto")] == ["2025-04-23"]


def test_the_capital_of_a_state_named_is_the_city_of_its_name():
    evs = events("Rubio's Central America tour\n\nPublished 2025-02-05\n\n"
                 "U.S. Secretary of State Marco Rubio met Costa Rican President Rodrigo Chaves in San Jose on Tuesday. "
                 "The United States wants the region's help on migration, U.S. officials said, and the United States "
                 "will press Panama too.")
    assert [e["location"]["country"] for e in meetings(evs, "Marco Rubio", "Rodrigo Chaves")] == ["CRI"]
