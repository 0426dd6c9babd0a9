"""Calls received, page stamps, phrases the parser cuts off, and mentions that name no one: a phone call received
is a call of both presidents; a page's "Updated:" stamp dates nothing; the clause the parser cuts off an ordering
phrase keeps its own time and place; a shared background is no act together and a rapport built by phone no mode of
talks held face to face; a time restated in the writer's zone is one time; a mention told done refers to no meeting
ahead but to the one the next sentence tells; a past perfect in a relative clause of another thing makes no meeting
background; a headline's official named by state and title alone is an official; the ministers of a portfolio no
one holds are nobody's; a leaders' summit is a gathering; what one looks forward to lies ahead; "where the day
before she had been received" is the day before. Every text here is written for the test."""
from __future__ import annotations

import datetime as dt

from parley.time.tagger import tag
from test_news_articles import consult_events, dates_of, events, meetings


def _consults(text: str, **raw) -> list[dict]:
    """The meetings (CONSULT events) the per-article stage reads in a text."""
    return consult_events(events(text, **raw))


def _names(e: dict) -> set[str]:
    return {p["name"] for p in e["actors"] + e["recipients"] if p.get("name")}


# -- calls and stamps -----------------------------------------------------------------------------------------------

def test_a_phone_call_received_is_a_call_of_both_presidents():
    text = ("President receives phone call from Senegalese counterpart\n\n"
            "NOUAKCHOTT - President Mohamed Ould Ghazouani received on Tuesday a phone call from Senegalese President "
            "Bassirou Diomaye Faye, the presidency said in a statement.\n\n"
            "The two presidents discussed fishing licences and the shared gas field.")
    held = meetings(_consults(text, published="2024-06-11"), "Mohamed Ould Ghazouani", "Bassirou Diomaye Faye")
    assert [(e["date"], e["mode"]) for e in held] == [("2024-06-11", "phone")]


def test_the_ministers_of_a_portfolio_no_one_holds_are_not_the_presidents_of_the_call():
    text = ("Presidents agree to restore dialogue\n\n"
            "LIMA - President Dina Boluarte received on Monday a phone call from Chilean President Gabriel Boric, "
            "the presidency said.\n\n"
            "The two presidents agreed that the foreign minister would visit Santiago on 14 April, and that the "
            "Ministers of Justice would meet soon to discuss extraditions.")
    held = meetings(_consults(text, published="2024-04-01"), "Dina Boluarte", "Gabriel Boric")
    assert [e["date"] for e in held] == ["2024-04-01"]
    assert all(e["status"] == "happened" for e in held)


def test_a_page_stamp_run_into_a_one_line_page_dates_no_meeting():
    text = ("The Local Sweden | News | Politics Kristersson and Orban talk jets in Stockholm Swedish Prime Minister "
            "Ulf Kristersson and Hungarian Prime Minister Viktor Orban met in Stockholm on Thursday evening. "
            "Published: 14 March  Updated: 15 March [Ulf Kristersson welcomes Viktor Orban at Rosenbad. Photo: TT] "
            "The two leaders discussed the purchase of Gripen jets and Sweden's NATO membership.")
    held = meetings(_consults(text, published="2024-03-15"), "Ulf Kristersson", "Viktor Orban")
    assert {e["date"] for e in held} == {"2024-03-14"}


# -- phrases the parser cuts off -------------------------------------------------------------------------------------

def test_the_clause_cut_off_an_ordering_phrase_keeps_its_own_month_and_place():
    text = ("Carney and Sheinbaum meet in Mexico City\n\n"
            "MEXICO CITY - Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum at the National "
            "Palace on Thursday. The meeting was the first formal sit-down between the pair after a planned meeting at "
            "the G7 summit in Kananaskis fell through in June and a brief encounter at a reception in Rio de Janeiro "
            "in July.")
    held = meetings(_consults(text, published="2025-09-18"), "Mark Carney", "Claudia Sheinbaum")
    assert dates_of(held, "Mark Carney", "Claudia Sheinbaum") == ["2025-09-18"]
    assert [(e["location"] or {}).get("name") for e in held] == ["Mexico City"]


def test_a_shared_background_is_no_act_and_a_rapport_built_by_phone_no_mode_of_talks_held_face_to_face():
    text = ("Luxon and Albanese pledge closer ties\n\n"
            "CANBERRA, Feb 7 (AAP) - New Zealand Prime Minister Christopher Luxon has held his first face-to-face "
            "talks with Anthony Albanese, using his first overseas trip in the job to press the case for New "
            "Zealanders living in Australia.\n\n"
            "Mr Luxon said he and Mr Albanese shared \"a similar background and a similar outlook on life\" and had "
            "already established a good rapport over the phone.")
    held = meetings(_consults(text, published="2024-02-07"), "Christopher Luxon", "Anthony Albanese")
    assert [(e["mode"], (e["location"] or {}).get("name")) for e in held] == [("visit", "Canberra")]


def test_a_time_restated_in_the_writer_s_zone_is_one_time():
    text = ("Anthony Albanese and Joe Biden met in the Oval Office on Wednesday morning Washington time (overnight "
            "for us), agreeing a critical minerals compact.")
    found = [(t.text, t.value) for t in tag(text, dt.date(2023, 10, 26))]
    assert found == [("Wednesday morning", "2023-10-25TMO")]


# -- mentions that name no one ---------------------------------------------------------------------------------------

def test_a_meeting_told_done_refers_not_to_a_meeting_ahead_but_to_the_one_the_next_sentence_tells():
    text = ("Pacific week in review\n\n"
            "A busy fortnight closes with leaders converging on Kuala Lumpur, before the APEC week in South Korea, "
            "where all eyes will be on a planned meeting between Donald Trump and Xi Jinping.\n\n"
            "For New Zealand, the shadow of last Monday's White House meeting still hangs over the week. Christopher "
            "Luxon's talks with Trump produced the trade framework that Wellington had been chasing since January.")
    evs = _consults(text, published="2025-10-27")
    assert dates_of(evs, "Christopher Luxon", "Donald Trump") == ["2025-10-20"]
    assert [e["status"] for e in meetings(evs, "Christopher Luxon", "Donald Trump")] == ["happened"]
    assert [e["status"] for e in meetings(evs, "Donald Trump", "Xi Jinping")] == ["planned"]
    assert dates_of(evs, "Donald Trump", "Xi Jinping") == [None]


def test_a_headline_s_official_named_by_state_and_title_alone_is_the_official_not_the_state():
    text = ("Modi holds talks with Mauritius prime minister\n\n"
            "NEW DELHI, May 12 (PTI) - Prime Minister Narendra Modi held talks with Mauritius Prime Minister Navin "
            "Ramgoolam in New Delhi on Monday.")
    evs = _consults(text, published="2025-05-12")
    assert [sorted(_names(e)) for e in evs] == [["Narendra Modi", "Navin Ramgoolam"]]
    assert not any(p.get("name") == "Mauritius" for e in evs for p in e["actors"] + e["recipients"])


def test_a_later_mention_written_with_its_lower_case_particle_is_the_person():
    text = ("Erdogan hosts Iraqi premier in Ankara\n\n"
            "ANKARA - Turkish President Recep Tayyip Erdogan received Iraqi Prime Minister Mohammed Shia al-Sudani in "
            "Ankara on Tuesday.\n\n"
            "The visit came two days after al-Sudani's trip to Iran, where he met President Masoud Pezeshkian in "
            "Tehran on Sunday.")
    evs = _consults(text, published="2025-01-14")
    assert dates_of(evs, "Mohammed Shia al-Sudani", "Masoud Pezeshkian") == ["2025-01-12"]
    assert not meetings(evs, "Recep Tayyip Erdogan", "Masoud Pezeshkian")


def test_a_leaders_summit_named_by_its_members_is_a_gathering_not_a_meeting_of_the_two():
    text = ("Kishida meets Trudeau in Ottawa\n\n"
            "OTTAWA - Japanese Prime Minister Fumio Kishida met Canadian Prime Minister Justin Trudeau in Ottawa on "
            "Thursday. Japan holds the rotating presidency of the Group of Seven this year, and Kishida is touring "
            "member countries ahead of the leaders' summit in Hiroshima in May.")
    held = meetings(_consults(text, published="2023-01-12"), "Fumio Kishida", "Justin Trudeau")
    assert [(e["date"], e["status"]) for e in held] == [("2023-01-12", "happened")]


# -- tense and order -----------------------------------------------------------------------------------------------

def test_what_one_looks_forward_to_lies_ahead_whatever_the_tense_of_look():
    for text in ("She said she looked forward to welcoming him in Rome in June.",
                 "He is looking forward to the visit in June."):
        assert [(t.text, t.value) for t in tag(text, dt.date(2024, 3, 2))] == [("June", "2024-06")]


def test_the_day_before_with_a_past_perfect_is_the_day_before_the_act_told():
    text = ("Sanchez in Ottawa\n\n"
            "Spanish Prime Minister Pedro Sanchez arrived in Ottawa on Saturday morning, coming from Washington, where "
            "the day before he had been received at the White House by President Joe Biden. He then held talks with "
            "Prime Minister Justin Trudeau.")
    evs = _consults(text, published="2024-03-02")
    assert dates_of(evs, "Pedro Sanchez", "Joe Biden") == ["2024-03-01"]


def test_calls_with_a_named_person_are_calls_of_the_one_who_held_the_conversation_before_them():
    text = ("Lula pauses tariffs after calls\n\n"
            "BRASILIA (AP) - President Luiz Inacio Lula da Silva on Monday agreed to pause the new tariffs after what "
            "Lula described as a friendly conversation with Argentine President Javier Milei on Monday morning and two "
            "calls with Chilean President Gabriel Boric, one in the morning and one in the afternoon.")
    held = meetings(_consults(text, published="2025-02-03"), "Luiz Inacio Lula da Silva", "Gabriel Boric")
    assert [(e["date"], e["mode"]) for e in held] == [("2025-02-03", "phone")]


def test_a_participle_after_a_noun_is_that_noun_s_not_an_act_of_the_leaders_told_ahead():
    text = ("Starmer to meet Trump in Scotland\n\n"
            "Downing Street says the two leaders, Keir Starmer and Donald Trump, will discuss the implementation of the "
            "economic deal agreed in May, as well as the Middle East and Ukraine.")
    evs = _consults(text, published="2025-07-28")
    assert not any((e["date"] or "").startswith("2025-05") for e in meetings(evs, "Keir Starmer", "Donald Trump"))


def test_a_situation_the_parser_hangs_on_the_verb_of_talks_places_nothing():
    text = ("Erdogan and Macron hold talks in Paris\n\n"
            "PARIS, Oct 6 (Reuters) - Turkish President Recep Tayyip Erdogan on Monday held talks with French President "
            "Emmanuel Macron over a working lunch, where the two leaders discussed the situation in Gaza, the war in "
            "Ukraine and trade.")
    held = meetings(_consults(text, published="2025-10-06"), "Recep Tayyip Erdogan", "Emmanuel Macron")
    assert [(e["date"], (e["location"] or {}).get("name")) for e in held] == [("2025-10-06", "Paris")]


def test_a_journey_headline_with_no_verb_tells_what_follows_its_colon_as_ahead():
    text = ("Sanchez to Beijing: meeting with Xi on Friday, then Li Qiang\n\n"
            "Madrid, 9 Apr 2025 (EFE) - Prime Minister Pedro Sanchez will travel to Beijing this week for talks with "
            "Chinese President Xi Jinping, his office said.")
    held = meetings(_consults(text, published="2025-04-09"), "Pedro Sanchez", "Xi Jinping")
    assert [(e["date"], e["status"]) for e in held] == [("2025-04-11", "planned")]


def test_separate_calls_with_two_people_on_two_days_listed_together_are_one_call_each_in_turn():
    text = ("Calls\n\n"
            "WASHINGTON (AP) - President Donald Trump held separate phone calls with Russian President Vladimir Putin "
            "and Ukrainian President Volodymyr Zelensky on Tuesday and Wednesday, the White House said.")
    evs = _consults(text, published="2025-03-21")
    assert dates_of(evs, "Donald Trump", "Vladimir Putin") == ["2025-03-18"]
    assert dates_of(evs, "Donald Trump", "Volodymyr Zelensky") == ["2025-03-19"]
    assert all(e["mode"] == "phone" for e in evs)


def test_two_people_to_be_met_on_two_days_listed_together_are_met_in_turn():
    text = ("Visits\n\n"
            "Prime Minister Narendra Modi will meet Chinese Premier Li Qiang and President Xi Jinping on Sunday and "
            "Monday respectively, officials said.")
    evs = _consults(text, published="2024-10-18")
    assert dates_of(evs, "Narendra Modi", "Li Qiang") == ["2024-10-20"]
    assert dates_of(evs, "Narendra Modi", "Xi Jinping") == ["2024-10-21"]


def test_of_two_days_with_one_report_each_the_day_told_by_its_date_wins_over_a_weekday():
    from parley.corpus.fuse import fuse

    def report(article: str, date: str, told: str) -> dict:
        return {"id": f"{article}:0", "article_id": article, "type": "CONSULT", "mode": "phone", "status": "happened",
                "date": date, "date_precision": "day", "date_basis": f'relative to the publication date: "{told}"',
                "location": None, "actors": [], "recipients": [], "issues": [], "evidence": {}, "quotes": {},
                "sentences": []}

    members = [report("a", "2025-03-18", "last Tuesday"), report("b", "2025-03-19", "March 19")]
    for order in (members, members[::-1]):
        assert fuse(order, {}, "ev-1")["date"] == "2025-03-19"
