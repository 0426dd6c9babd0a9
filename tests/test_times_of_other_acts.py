"""Times a report's sentence gives to another act than its meeting: a day counted back from the act told before "a day
after" (which is no meeting), a meeting only asked about, a year or month ahead of a meeting told as done, the time of a
noun its owner did ("the minister's reappointment in May"), "the same day" as another act; and days counted from the day
told before: "the previous Friday", "the previous day". Every article here is written for the test."""
from __future__ import annotations

import datetime as dt

from test_news_articles import events, meetings

from parley.time import tag


def test_a_day_after_counts_back_from_the_day_of_the_act_told_before_it():
    evs = events("Vietnam warns over South China Sea\n\nPublished 2024-04-11\n\n"
                 "Vietnam on Thursday warned China against new patrols near the Paracel Islands, a day after "
                 "Indonesian President Joko Widodo held talks with Vietnamese President Vo Van Thuong in Hanoi.")
    found = meetings(evs, "Joko Widodo", "Vo Van Thuong")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2024-04-10")]


def test_the_day_after_counts_back_from_the_day_of_the_report_that_says_it():
    # a wire lede with no day of its own: the deal is told as just done, on the day of the report
    evs = events("Shipyard signs deal\n\nPublished 2023-09-14\n\n"
                 "South Korean shipbuilder Hanwha Ocean has signed a deal to build four frigates for Poland, the "
                 "company said, the day after Polish President Andrzej Duda held talks with South Korean President "
                 "Yoon Suk Yeol in Seoul.")
    found = meetings(evs, "Andrzej Duda", "Yoon Suk Yeol")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2023-09-13")]
    # (not the day after the report, as a day ahead: the talks were held)
    undated = events("Shipyard signs deal\n\n"
                     "South Korean shipbuilder Hanwha Ocean has signed a deal to build four frigates for Poland, the "
                     "company said, the day after Polish President Andrzej Duda held talks with South Korean "
                     "President Yoon Suk Yeol in Seoul.")
    assert [e["status"] for e in meetings(undated, "Andrzej Duda", "Yoon Suk Yeol")] == ["happened"]
    # (but "the day after" a date counts from that date)
    evs = events("Ramaphosa visits Harare\n\nPublished 2023-09-14\n\n"
                 "South African President Cyril Ramaphosa has flown to Harare the day after Emmerson Mnangagwa's "
                 "August 23 election victory to congratulate him in person.")
    assert [e["date"] for e in meetings(evs, "Cyril Ramaphosa", "Emmerson Mnangagwa")] == ["2023-08-24"]


def test_the_day_after_a_meeting_counts_back_from_the_meeting_told_before_it():
    evs = events("Lula in Lisbon\n\nPublished 2023-04-23\n\n"
                 "LISBON, April 23 - Portuguese Prime Minister Antonio Costa received Brazilian President Luiz Inacio "
                 "Lula da Silva in Lisbon on Saturday, the day after Lula met Spanish Prime Minister Pedro Sanchez "
                 "in Madrid.")
    assert [e["date"] for e in meetings(evs, "Antonio Costa", "Luiz Inacio Lula da Silva")] == ["2023-04-22"]
    assert [e["date"] for e in meetings(evs, "Pedro Sanchez", "Luiz Inacio Lula da Silva")] == ["2023-04-21"]


def test_a_meeting_only_asked_about_is_no_meeting():
    evs = events("Petro heads to Madrid\n\nPublished 2024-02-27\n\n"
                 "Colombian President Gustavo Petro will travel to Spain this week, his office said on Tuesday.\n\n"
                 "Asked whether Petro would meet King Felipe VI during the visit, a spokesman said the programme "
                 "had not been confirmed.\n\n"
                 "Asked if the president would call on Pope Francis in Rome next month, he said it was too early "
                 "to say.\n\n"
                 "It was not clear whether Petro would hold talks with Prime Minister Pedro Sanchez.")
    assert meetings(evs, "Gustavo Petro", "Felipe VI") == []
    assert meetings(evs, "Gustavo Petro", "Pope Francis") == []
    assert meetings(evs, "Gustavo Petro", "Pedro Sanchez") == []


def test_a_year_or_month_ahead_is_not_the_time_of_talks_told_as_done():
    evs = events("Ministers meet in Ankara\n\nPublished 2024-06-12\n\n"
                 "ANKARA - Turkish Foreign Minister Hakan Fidan held talks with Algerian Foreign Minister Ahmed "
                 "Attaf in Ankara on Tuesday.\n\n"
                 "The two ministers also discussed preparations for the 60th anniversary of diplomatic relations "
                 "between the two countries in 2026.\n\n"
                 "In their talks, Fidan said Turkey would seek a free trade agreement with Algeria next year.")
    found = meetings(evs, "Hakan Fidan", "Ahmed Attaf")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2024-06-11")]
    # (but what two told as agreeing to hold lies ahead: "agreed to hold talks next month")
    evs = events("Ministers meet in Ankara\n\nPublished 2024-06-12\n\n"
                 "Turkish Foreign Minister Hakan Fidan and Algerian Foreign Minister Ahmed Attaf agreed to hold talks "
                 "in Algiers next month.")
    assert [(e["status"], e["date"]) for e in meetings(evs, "Hakan Fidan", "Ahmed Attaf")] == [("planned", "2024-07")]
    # (and an invitation tells a visit ahead, not one held where it invites to)
    evs = events("Fidan in Algiers\n\nPublished 2024-06-14\n\n"
                 "ALGIERS (AFP) - Turkish Foreign Minister Hakan Fidan and Algerian Foreign Minister Ahmed Attaf on "
                 "Thursday pledged to deepen ties between their countries.\n\n"
                 "\"There is no problem between us that cannot be solved,\" Fidan told reporters alongside Attaf after "
                 "their talks at the Algerian foreign ministry.\n\n"
                 "He invited Attaf to Ankara for the next session of the joint commission next year.")
    found = meetings(evs, "Hakan Fidan", "Ahmed Attaf")
    assert sorted((e["status"], e["date"], e["location"]["name"]) for e in found) == [
        ("happened", "2024-06-13", "Algiers"), ("planned", "2025", "Ankara")]


def test_the_time_of_an_act_its_owner_did_is_not_the_meetings():
    evs = events("Ministers meet in Ankara\n\nPublished 2024-06-12\n\n"
                 "ANKARA - Turkish Foreign Minister Hakan Fidan held talks with Algerian Foreign Minister Ahmed "
                 "Attaf in Ankara on Tuesday.\n\n"
                 "\"I look forward to working with you for years to come,\" Fidan told Attaf at the start of the "
                 "meeting, a nod to the minister's reappointment in March.\n\n"
                 "The meeting between the two ministers had been expected to be tense before Algiers' reversal on "
                 "Sunday night.")
    found = meetings(evs, "Hakan Fidan", "Ahmed Attaf")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2024-06-11")]


def test_a_forums_summit_its_people_met_ahead_of_is_no_meeting_of_theirs():
    evs = events("Leaders meet in Lima\n\nPublished 2024-11-16\n\n"
                 "Chilean President Gabriel Boric and Canadian Prime Minister Justin Trudeau held their first summit "
                 "in two years on Friday in Lima, Peru, agreeing to expand exchanges and cooperation ahead of the "
                 "Asia-Pacific Economic Cooperation (APEC) summit that South Korea will host next year.")
    found = meetings(evs, "Gabriel Boric", "Justin Trudeau")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2024-11-15")]
    # (but a forum that acts is an actor: "The United Nations rejected a call ...")
    evs = events("UN rejects call\n\nPublished 1999-09-08\n\nThe United Nations on Tuesday rejected a call for its "
                 "peacekeeping forces to be deployed in East Timor.")
    assert [e["type"] for e in evs] == ["REJECT"]


def test_the_previous_weekday_is_strictly_before_the_day_it_counts_from():
    text = "Ruto visited Addis Ababa on Friday. He spoke by phone with Museveni the previous Friday."
    assert [t.value for t in tag(text, dt.date(2024, 8, 24))] == ["2024-08-23", "2024-08-16"]
    text = "Ruto met Abiy on Monday. They met again the following Monday."
    assert [t.value for t in tag(text, dt.date(2024, 8, 20))] == ["2024-08-19", "2024-08-26"]


def test_the_same_day_as_another_act_is_not_the_day_told_last():
    text = ("Ruto met Abiy in Addis Ababa on Friday. Ruto drew criticism last month after meeting Museveni on the "
            "same day a landslide struck western Kenya.")
    assert [t.text for t in tag(text, dt.date(2024, 8, 24))] == ["Friday", "last month"]
    # (but "the same day" told alone is the day told last)
    text = "Ruto met Abiy in Addis Ababa on Friday. He met Museveni on the same day in Kampala."
    assert [t.value for t in tag(text, dt.date(2024, 8, 24))] == ["2024-08-23", "2024-08-23"]


def test_the_previous_day_in_a_clause_of_where_dates_its_talks():
    evs = events("Ruto in Addis Ababa\n\nPublished 2024-08-24\n\n"
                 "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on "
                 "Friday.\n\n"
                 "Ruto flew in from Uganda, where he held talks with President Yoweri Museveni the previous day.")
    assert [e["date"] for e in meetings(evs, "William Ruto", "Yoweri Museveni")] == ["2024-08-22"]
    assert [e["date"] for e in meetings(evs, "William Ruto", "Abiy Ahmed")] == ["2024-08-23"]


def test_a_time_that_owns_another_noun_is_not_the_meetings():
    evs = events("Sharif in Beijing\n\nPublished 2022-11-03\n\n"
                 "Pakistani Prime Minister Shehbaz Sharif met Chinese President Xi Jinping in Beijing on Wednesday.\n\n"
                 "The meeting, which took place after Sharif's talks with Premier Li Keqiang, focused on financial "
                 "support and the recovery from the summer's catastrophic floods.")
    assert [e["date"] for e in meetings(evs, "Shehbaz Sharif", "Li Keqiang")] == [None]


def test_a_season_ahead_told_in_winter_is_of_the_year_that_winter_ends_in():
    assert [t.value for t in tag("The two leaders will hold consultations in the summer.", dt.date(2024, 2, 12))] == [
        "2024-SU"]
    assert [t.value for t in tag("The two leaders met in the summer.", dt.date(2024, 2, 12))] == ["2023-SU"]
    assert [t.value for t in tag("They will meet in the spring.", dt.date(2024, 7, 1))] == ["2025-SP"]


def test_the_same_day_after_a_span_of_days_is_the_day_told_before_the_span():
    text = ("Lam held talks with Putin in Hanoi on June 20, after a welcome for the Russian leader, who is paying a "
            "state visit to Vietnam from June 19-20. The same day, Putin met Trong.")
    assert [(t.text, t.value) for t in tag(text, dt.date(2024, 6, 20))][-1] == ("The same day", "2024-06-20")


def test_a_span_of_years_is_the_period_of_what_was_agreed_not_its_time():
    evs = events("Modi in Warsaw\n\nPublished 2024-08-23\n\n"
                 "Indian Prime Minister Narendra Modi held talks with Polish Prime Minister Donald Tusk in Warsaw on "
                 "Thursday.\n\nThe two leaders also agreed an action plan for 2024–2028 covering trade, defence and "
                 "culture.")
    assert [(e["type"], e["date"]) for e in evs] == [("CONSULT", "2024-08-22")]
    assert [s["category"] for s in evs[0]["statements"]] == ["AGREE"]
