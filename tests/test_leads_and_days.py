"""What a report opens on, and the days and people it gives its meetings: an earlier visit told at the foot, a wire's
transmission stamp, a count of meetings "this year", one day per person met, a dinner the same evening, the "I" of a
transcript, a counterpart with no title in the text. Every article here is written for the test."""
from __future__ import annotations

from test_news_articles import article, dates_of, events, meetings, places_of


def happened(evs: list[dict], *people: str) -> list[dict]:
    return [e for e in meetings(evs, *people) if e["status"] == "happened"]


def statuses(evs: list[dict], *people: str) -> set[str]:
    """The statuses of the meetings of `people`."""
    return {e["status"] for e in meetings(evs, *people)}


def test_the_meeting_a_report_opens_on_is_not_the_earlier_one_told_at_its_foot():
    evs = events("Rutte urges Ramaphosa to press for talks\n\n03/12/2025\n\n"
                 "Dutch Prime Minister Mark Rutte has met South African President Cyril Ramaphosa in Pretoria as his "
                 "visit to South Africa came to an end.\n\n"
                 "Rutte told Ramaphosa that the war had very negative effects on security in Europe.\n\n"
                 "It is Rutte's second trip to South Africa. He first visited Pretoria in November 2022, when he also "
                 "met Ramaphosa.")
    found = meetings(evs, "Mark Rutte", "Cyril Ramaphosa")
    assert sorted((e["status"], e["date"]) for e in found) == [("background", "2022-11"), ("happened", "2025-03-12")]


def test_a_wire_s_transmission_stamp_dates_the_story_and_its_slug_is_no_text():
    text = ("Ruto meets Meloni in Rome\n\nRome (dpa) - Kenyan President William Ruto met Italian Prime Minister "
            "Giorgia Meloni in Rome on Tuesday.\n\nThe two leaders discussed migration and energy.\n\n"
            "dpa fr/cp xxzz n1 ap\n160921 Apr 24\n")
    a = article(text)
    assert (a.published.value, a.published.precision) == ("2024-04-16", "day")
    assert "xxzz" not in a.text and "160921" not in a.text
    assert dates_of(events(text), "William Ruto", "Giorgia Meloni") == ["2024-04-16"]


def test_the_period_a_count_of_meetings_runs_in_is_no_date_of_the_meeting():
    evs = events("Prabowo meets Albanese again\n\nTuesday, 05 Nov 2024\n\n"
                 "SYDNEY: Indonesian President Prabowo Subianto has held a bilateral meeting with Australian Prime "
                 "Minister Anthony Albanese, their third meeting this year.\n\n"
                 "The two leaders discussed defence cooperation.")
    found = happened(evs, "Prabowo Subianto", "Anthony Albanese")
    assert [(e["date"], e["date_precision"]) for e in found] == [("2024-11-05", "day")]


def test_each_person_met_in_turn_takes_the_day_told_after_their_name():
    evs = events("Sanchez heads to Tokyo\n\nMarch 1, 2025\n\n"
                 "Spanish Prime Minister Pedro Sanchez will meet Japanese Foreign Minister Takeshi Iwaya on Sunday and "
                 "Prime Minister Shigeru Ishiba on Monday, according to his office's schedule.\n\n"
                 "The trip is Sanchez's first to Japan since he took office.")
    assert dates_of(evs, "Pedro Sanchez", "Takeshi Iwaya") == ["2025-03-02"]
    assert dates_of(evs, "Pedro Sanchez", "Shigeru Ishiba") == ["2025-03-03"]
    # (what the trip is, told of no one, does not make the meetings ahead happen)
    assert statuses(evs, "Pedro Sanchez") == {"planned"}


def test_a_day_the_parser_reads_into_a_name_is_still_the_day():
    evs = events("Meloni in Beijing\n\nJuly 29, 2024\n\n"
                 "Italian Prime Minister Giorgia Meloni met Chinese President Xi Jinping in Beijing on Monday.\n\n"
                 "On Sunday Meloni held talks with Chinese Premier Li Qiang, and the two governments signed an action "
                 "plan.")
    assert dates_of(evs, "Giorgia Meloni", "Li Qiang") == ["2024-07-28"]


def test_a_dinner_the_same_evening_is_the_meeting_of_that_day():
    evs = events("Lula hosts Ramaphosa\n\nThursday, May 22, 2025\n\n"
                 "Brazilian President Luiz Inacio Lula da Silva on Thursday held talks with South African President "
                 "Cyril Ramaphosa at the Planalto Palace in Brasilia.\n\n"
                 "The two leaders discussed trade and the BRICS summit.\n\n"
                 "Lula and Ramaphosa will attend a state dinner on Thursday evening.")
    found = meetings(evs, "Luiz Inacio Lula da Silva", "Cyril Ramaphosa")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2025-05-22")]


def test_the_i_of_a_transcript_is_its_labelled_speaker():
    evs = events("Remarks by President Lula and Prime Minister Albanese in Joint Press Statement\n\nMay 23, 2025\n\n"
                 "PRIME MINISTER ALBANESE: Thank you. Mr. President, welcome to Canberra.\n\n"
                 "Today, President Lula and I had a very productive meeting, and we agreed to deepen our cooperation "
                 "on clean energy.\n\n"
                 "PRESIDENT LULA: Thank you, Prime Minister.")
    found = happened(evs, "Anthony Albanese")
    assert found and any("Lula" in p["name"] for e in found for p in e["actors"] + e["recipients"])


def test_the_counterpart_of_a_minister_the_text_gives_no_title_is_of_the_office_the_actor_file_gives():
    # (an undated report: the actor file gives Lammy two offices in turn, and the text names President Xi more often
    # than Wang Yi)
    evs = events("Lammy presses China on Russia support during Beijing visit\n\n"
                 "David Lammy has told his Chinese counterpart that Beijing's support for Russia's war effort is "
                 "damaging relations with Britain, as he became the first UK foreign secretary to visit China in six "
                 "years.\n\n"
                 "The meeting with Wang Yi came after the prime minister, Keir Starmer, spoke to Xi Jinping by phone "
                 "in August.\n\nStarmer is expected to meet Xi at the G20 summit in Rio next month.")
    assert happened(evs, "David Lammy", "Wang Yi") and not meetings(evs, "David Lammy", "Xi Jinping")


def test_a_trip_ahead_is_neither_the_day_nor_the_place_of_a_meeting_told_done():
    evs = events("Foreign Secretary visits China\n\nPublished 18 October 2024\n\n"
                 "Foreign Secretary David Lammy today met Chinese Foreign Minister Wang Yi in Beijing.\n\n"
                 "The Foreign Secretary also met Vice President Han Zheng. On Saturday he will travel to Shanghai to "
                 "meet British businesses.")
    found = meetings(evs, "David Lammy", "Han Zheng")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2024-10-18")]
    assert places_of(evs, "David Lammy", "Han Zheng") != ["Shanghai"]


def test_an_official_met_in_a_third_state_is_not_given_the_other_side_s_country():
    evs = events("Sullivan, Wang meet in Bangkok\n\n26 Jan 2024\n\n"
                 "US national security adviser Jake Sullivan and Chinese Foreign Minister Wang Yi began two days of "
                 "talks in Bangkok on Friday.\n\n"
                 "Foreign Minister Somchai Rattanakorn met Mr Wang earlier on Friday and hosted a lunch for him.")
    found = meetings(evs, "Somchai Rattanakorn")
    assert found and all(p["country"] != "USA" for e in found for p in e["actors"] + e["recipients"]
                         if p["name"] == "Somchai Rattanakorn")


def test_a_state_s_diplomats_are_that_state_and_their_talks_the_talks_its_minister_led():
    evs = events("US, Russia agree to work toward ending war\n\nPublished: 18 February 2025\n\n"
                 "Top US and Russian diplomats agreed on Tuesday to begin working toward ending the war in Ukraine, "
                 "after talks in Saudi Arabia.\n\n"
                 "US Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov led the delegations at "
                 "the talks.")
    talks = [e for e in evs if e["type"] == "CONSULT" and e["status"] == "happened"]
    assert len(talks) == 1
    assert {"Marco Rubio", "Sergey Lavrov"} <= {p["name"] for p in talks[0]["actors"] + talks[0]["recipients"]}
    assert not any(p["kind"] == "org" for p in talks[0]["actors"] + talks[0]["recipients"])


def test_where_one_came_from_is_the_place_a_clause_of_where_tells():
    evs = events("Xi welcomed in Belgrade\n\nMay 8, 2024\n\n"
                 "Chinese President Xi Jinping held talks with Serbian President Aleksandar Vucic in Belgrade on "
                 "Wednesday.\n\n"
                 "Xi arrived in Belgrade on Tuesday evening from Paris, where he held talks with French President "
                 "Emmanuel Macron on Monday.")
    assert places_of(evs, "Xi Jinping", "Emmanuel Macron") == ["Paris"]
    assert dates_of(evs, "Xi Jinping", "Emmanuel Macron") == ["2024-05-06"]


def test_a_government_s_seat_it_is_quoted_from_is_no_place():
    evs = events("Putin, Kim sign mutual defense pact at Pyongyang summit\n\nJune 19, 2024\n\n"
                 "SEOUL, June 19 (Yonhap) -- North Korean leader Kim Jong Un and Russian President Vladimir Putin "
                 "signed a partnership treaty that includes a mutual defense clause at their summit in Pyongyang on "
                 "Wednesday, according to the Kremlin.\n\n"
                 "The two leaders last met in September at the Vostochny Cosmodrome.")
    found = happened(evs, "Kim Jong Un", "Vladimir Putin")
    assert [(e["location"] or {}).get("name") for e in found] == ["Pyongyang"]


def test_a_lede_with_the_agency_in_capitals_after_the_date():
    a = article("Leaders sign declaration\n\nWASHINGTON, AUGUST 8, ARMENPRESS. Prime Minister Nikol Pashinyan met "
                "President Donald Trump at the White House.")
    assert [(c.value, c.source) for c in a.published.candidates] == [("--08-08", "dateline")]


def test_the_day_of_the_saying_gives_way_to_the_day_the_report_tells_the_meeting():
    evs = events("Canada, Mexico hold talks in Ottawa\n\nOTTAWA, March 9 - Canadian Foreign Minister Melanie Joly and "
                 "Mexican Foreign Minister Juan Ramon de la Fuente held talks in Ottawa over two days, Global Affairs "
                 "Canada said on Saturday.\n\n"
                 "The two ministers met for about ten hours on Friday and Saturday at the Pearson Building.\n\n"
                 "Joly said the talks were constructive.")
    found = meetings(evs, "Melanie Joly", "Juan Ramon de la Fuente")
    assert len([e for e in found if e["status"] == "happened"]) == 1


def test_a_role_named_for_talks_is_no_meeting_of_its_holders():
    evs = events("Wang to visit New Delhi\n\nNew Delhi: Chinese Foreign Minister Wang Yi will hold talks with External "
                 "Affairs Minister S Jaishankar on Monday before participating in the boundary dialogue with National "
                 "Security Advisor Ajit Doval on Tuesday.\n\n"
                 "Both Wang and Doval are the designated Special Representatives for boundary negotiations.")
    assert statuses(evs, "Wang Yi", "Ajit Doval") == {"planned"}


def test_a_meeting_said_to_be_likely_has_not_happened():
    evs = events("Wang Yi meets Rubio in Kuala Lumpur\n\nPublished: 6:45pm, 11 Jul 2025\n\n"
                 "Chinese Foreign Minister Wang Yi and US Secretary of State Marco Rubio held talks on Friday in Kuala "
                 "Lumpur.\n\n"
                 "Rubio said a meeting between President Donald Trump and Chinese President Xi Jinping was likely.")
    assert statuses(evs, "Donald Trump", "Xi Jinping") == {"planned"}


def test_the_day_a_phrase_of_since_tells_is_no_day_of_the_visit_it_bounds():
    evs = events("Albanese in Jakarta\n\nThu, May 15, 2025\n\n"
                 "Australian Prime Minister Anthony Albanese met Indonesian President Prabowo Subianto in Jakarta on "
                 "Thursday.\n\n"
                 "Albanese's visit to Jakarta is his first overseas trip since his re-election on May 3.")
    assert "2025-05-03" not in {e["date"] for e in evs}


def test_talks_in_one_place_are_not_the_call_the_report_tells_before_them():
    # (a report with no year: the headline's agreement is the talks', which the corpus dates the report by)
    evs = events("Ishiba, Lee agree to develop ties in first talks on sidelines of G7\n\n"
                 "KANANASKIS, Canada, June 17 Kyodo - Japanese Prime Minister Shigeru Ishiba and South Korean "
                 "President Lee Jae Myung agreed Tuesday to develop ties in a stable manner, in their first in-person "
                 "talks since Lee took office earlier this month.\n\n"
                 "The meeting, held on the sidelines of the Group of Seven summit in Kananaskis, lasted about 30 "
                 "minutes.\n\n"
                 "Ishiba and Lee spoke by phone on June 9, days after Lee won the presidential election.")
    found = meetings(evs, "Shigeru Ishiba", "Lee Jae Myung")
    call = [e for e in found if e["mode"] == "phone"]
    talks = [e for e in found if e["mode"] != "phone"]
    assert len(call) == 1 and len(talks) == 1
    assert not any(s[0] == 0 for s in call[0]["evidence"]["event"])
    assert any(s[0] == 0 for s in talks[0]["evidence"]["event"])     # (the headline's)


def test_a_day_an_undated_report_names_for_a_meeting_told_done_is_past_whatever_day_it_is_read_as_of():
    import datetime as dt

    from parley.extract import extract_article

    # (the corpus reads the retrospective as of the day after the meeting it tells first)
    a = article("The omelette summit: how food diplomacy thawed ties\n\n"
                "On March 16, Prime Minister Pedro Sanchez became the first Spanish leader in years to visit Rabat for "
                "talks with King Mohammed VI. After the talks, the two went out to dinner.\n\n"
                "The king returned the visit in May, travelling to Madrid for talks with Sanchez on May 7.")
    evs = [c.to_dict() for c in extract_article(a, dt.date(2023, 3, 17), "the day after its main meeting")]
    may = [e for e in meetings(evs, "Pedro Sanchez") if e["date"] == "2023-05-07"]
    assert [e["status"] for e in may] == ["happened"]


def test_a_visit_looked_forward_to_lies_ahead_and_its_time_is_not_the_telling_s():
    evs = events("Wang Yi says ties back on track\n\nPublished: 7:30pm, 20 Mar 2024\n\n"
                 "Chinese Foreign Minister Wang Yi held talks with Australian Foreign Minister Penny Wong in Canberra "
                 "on "
                 "Wednesday, followed by a meeting between Wang and Prime Minister Anthony Albanese.\n\n"
                 "Albanese told Wang he looked forward to welcoming Premier Li Qiang to Australia later this year.")
    assert dates_of(evs, "Wang Yi", "Anthony Albanese") == ["2024-03-20"]
    assert statuses(evs, "Li Qiang", "Anthony Albanese") == {"planned"}
