"""Holidays of the state they are told of, acts told against another, and previews: "Independence Day" is the 24th of
August in Kyiv and the fourth of July in Washington; what someone is pressed on is no meeting then; an arrival told
before the talks does not date them; in an article of no known day, talks told ahead on a weekday are no talks told
done years before, and "I'll" tells what lies ahead; "HH" is an honorific; an act in the clause of a forum's summit is
no part of the meeting told; talks told as going on ("were being discussed") are no meeting; a headline's
infinitive lies ahead; datelines run into a page's menu or naming two places date their article; and an undated
preview is read as of the day before the meeting it opens on. Every text here is written for the test."""
from __future__ import annotations

import datetime as dt
import sqlite3

from parley.time.holidays import fixed_day, holidays
from parley.time.tagger import tag
from test_merge_rules import ingest, sources, with_people
from test_news_articles import article, consult_events, events, meetings, party_names, people_in


def _values(text: str, anchor: dt.date) -> dict[str, str | None]:
    return {t.text: t.value for t in tag(text, anchor)}


# -- holidays ----------------------------------------------------------------------------------------------------

def test_independence_day_is_the_holiday_of_the_state_told_with_it():
    day = dt.date(2025, 8, 26)
    assert _values("Zelensky received Carney, who arrived in Kyiv on the Independence Day of Ukraine.",
                   day)["Independence Day"] == "2025-08-24"
    assert _values("Modi hoisted the flag at the Red Fort to mark India's Independence Day.",
                   day)["Independence Day"] == "2025-08-15"
    assert _values("Thousands lined the streets of Jakarta for the Indonesian Independence Day parade.",
                   day)["Independence Day"] == "2025-08-17"


def test_independence_day_is_of_the_state_its_sentence_names_else_of_its_text():
    day = dt.date(2025, 8, 26)
    # the capital in its sentence
    assert _values("The two leaders laid flowers at the Independence Day ceremony in central Kyiv.",
                   day)["Independence Day"] == "2025-08-24"
    # a demonym in its sentence, the holiday told as "its"
    assert _values("Carney stood beside Ukrainian President Volodymyr Zelensky on Sunday as the country marked its "
                   "Independence Day.", day)["Independence Day"] == "2025-08-24"
    # no state in its sentence: the state its text names most
    text = ("Pakistan's prime minister met the army chief in Islamabad.\n\n"
            "On Independence Day, the two reviewed a parade.")
    assert _values(text, day)["Independence Day"] == "2025-08-14"


def test_independence_day_alone_is_the_fourth_of_july_and_a_tie_is_no_day():
    day = dt.date(2025, 7, 10)
    assert _values("Americans celebrated Independence Day with fireworks on the Mall.",
                   day)["Independence Day"] == "2025-07-04"
    # two states' Independence Days named alike, none written with it: no day rather than a wrong one
    told = _values("Officials from Mexico and Brazil compared notes on Independence Day.", day)
    assert "Independence Day" not in told


def test_national_days_and_victory_day_are_of_their_states():
    day = dt.date(2025, 10, 3)
    assert _values("Xi Jinping hosted a National Day reception in Beijing.", day)["National Day"] == "2025-10-01"
    assert _values("Putin watched the Victory Day parade on Red Square in Moscow.",
                   dt.date(2025, 5, 10))["Victory Day"] == "2025-05-09"
    # a national day of mourning is no holiday
    assert _values("Kenya declared a national day of mourning.", day) == {}


def test_holidays_are_data():
    table = holidays()
    assert {s for s, *_ in table["independence day"]} >= {"USA", "UKR", "IND"}
    assert table["christmas"] == [(None, 12, 25, False)]
    text = "Kyiv celebrated Independence Day."
    at = text.index("Independence Day")
    assert fixed_day("independence day", text, at, at + len("Independence Day")) == (8, 24)


def test_a_holiday_dates_the_meeting_held_on_it():
    evs = events("Carney in Kyiv for Independence Day\n\n"
                 "KYIV (Canadian Press) - Prime Minister Mark Carney held talks with Ukrainian President Volodymyr "
                 "Zelensky in Kyiv on Independence Day, pledging more military aid.", published="2025-08-25")
    assert [e["date"] for e in meetings(evs, "Mark Carney", "Volodymyr Zelensky")] == ["2025-08-24"]


# -- acts told against another -------------------------------------------------------------------------------------

def test_what_someone_is_pressed_on_is_no_meeting_then():
    evs = events("Politics Briefing\n\n"
                 "Prime Minister Justin Trudeau is back in Canada after his visit to India, where he met Narendra "
                 "Modi on Sunday.\n\n"
                 "Opposition MPs say they will press the government on the trip when the House of Commons returns "
                 "next Monday.", published="2023-09-13")
    talks = meetings(evs, "Justin Trudeau", "Narendra Modi")
    assert [e["date"] for e in talks] == ["2023-09-10"]
    assert all(e["status"] != "planned" for e in consult_events(evs))


def test_an_act_told_before_the_talks_does_not_date_them():
    evs = events("Turkey to ratify Finland's bid\n\n"
                 "ANKARA, March 17 (Reuters) - Turkish President Tayyip Erdogan said on Friday that Turkey would "
                 "start ratifying Finland's application to join NATO.\n\n"
                 "Speaking at a joint news conference with Finnish President Sauli Niinisto in Ankara, Erdogan said "
                 "Finland had taken concrete steps.\n\n"
                 "Niinisto arrived in Turkey on Thursday and visited the region struck by last month's earthquakes "
                 "before the talks.", published="2023-03-17")
    assert [e["date"] for e in meetings(evs, "Tayyip Erdogan", "Sauli Niinisto")] == ["2023-03-17"]


def test_talks_told_ahead_in_an_undated_article_are_no_talks_held_years_before():
    evs = events("Wang Yi to visit India from Monday\n\n"
                 "Chinese Foreign Minister Wang Yi will pay a two-day visit to India starting Monday, the Ministry "
                 "of External Affairs said.\n\n"
                 "Wang will meet External Affairs Minister S Jaishankar on Monday evening.\n\n"
                 "It will be Wang's first visit to India since March 2022, when he made an unannounced stop in New "
                 "Delhi and held talks with Jaishankar.\n\n"
                 "Officials said the talks would review steps taken to normalise ties.")
    talks = meetings(evs, "Wang Yi", "S Jaishankar")
    assert sorted(e["status"] for e in talks) == ["background", "planned"]


def test_an_act_of_the_occasion_told_before_the_talks_and_a_call_told_before_a_saying_keep_their_day():
    evs = events("Kishida, Yoon agree to resume shuttle diplomacy\n\n"
                 "TOKYO (Kyodo) - South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida "
                 "shake hands before their talks at the prime minister's office in Tokyo on Thursday.",
                 published="2023-03-17")
    assert [e["date"] for e in meetings(evs, "Yoon Suk Yeol", "Fumio Kishida")] == ["2023-03-16"]
    evs = events("Trump pauses tariffs on Mexican goods after call with Sheinbaum\n\nISTANBUL\n\n"
                 "US President Donald Trump said Thursday that Mexico will not be required to pay tariffs on goods "
                 "covered by the trade pact until April 2, following a phone call with his Mexican counterpart "
                 "Claudia Sheinbaum.\n\n"
                 "\"After speaking with President Claudia Sheinbaum of Mexico, I have agreed that Mexico will not be "
                 "required to pay tariffs,\" Trump said on his platform.", published="2025-03-08")
    assert [e["date"] for e in meetings(evs, "Donald Trump", "Claudia Sheinbaum")] == ["2025-03-06"]


def test_ill_tells_a_time_ahead():
    told = tag('"I\'ll be speaking to President Putin on Tuesday. A lot of work\'s been done," Trump said.', None)
    assert [(t.text, t.direction) for t in told][:1] == [("Tuesday", "future")]


# -- names, forums and previews ----------------------------------------------------------------------------------

def test_hh_is_an_honorific_not_a_name():
    text = ("Amir begins state visit to India\n\n"
            "Doha: Amir HH Sheikh Tamim bin Hamad Al Thani will begin today a state visit to the Republic of India, at "
            "the invitation of Indian Prime Minister Narendra Modi, the Amiri Diwan said.\n\n"
            "During the visit, HH the Amir will hold talks with Prime Minister Modi tomorrow.")
    assert people_in(text) == {"Tamim bin Hamad Al Thani", "Narendra Modi"}
    parties = {n for e in consult_events(events(text, published="2025-02-17")) for n in party_names(e)}
    assert parties == {"Tamim bin Hamad Al Thani", "Narendra Modi"}


def test_an_act_in_the_clause_of_a_forums_summit_is_no_part_of_the_meeting_told():
    evs = events("Xi to host Central Asian leaders\n\n"
                 "Xi Jinping will hold talks with Kazakh President Kassym-Jomart Tokayev on Wednesday, ahead of the "
                 "summit, as Tokayev starts a state visit to China.\n\n"
                 "The gathering coincides with the Group of Seven summit in Hiroshima, Japan, where leaders are "
                 "expected to discuss China.", published="2023-05-15")
    talks = meetings(evs, "Xi Jinping", "Kassym-Jomart Tokayev")
    assert talks and all((e["location"] or {}).get("name") != "Hiroshima" for e in talks)


def test_talks_told_as_going_on_are_no_meeting():
    evs = events("Sheinbaum to speak with Lula\n\n"
                 "Mexican President Claudia Sheinbaum said on Sunday she expects to speak by phone with Brazilian "
                 "President Luiz Inacio Lula da Silva on Tuesday.\n\n"
                 "She said some of the trade questions were already being discussed by the two sides.",
                 published="2025-03-16")
    calls = meetings(evs, "Claudia Sheinbaum", "Luiz Inacio Lula da Silva")
    assert [(e["date"], e["status"]) for e in calls] == [("2025-03-18", "planned")]


def test_a_dateline_may_name_two_places():
    a = article("Zelensky signs pacts in Berlin and Paris\n\n"
                "Berlin/Paris, Feb 16 (AP) Ukrainian President Volodymyr Zelensky on Friday signed security "
                "agreements with Germany and France.")
    told = [(c.value, c.place) for c in a.published.candidates if c.source == "dateline"]
    assert told == [("--02-16", "Berlin/Paris")]


def test_a_wire_dateline_run_into_a_pages_menu_dates_the_article():
    a = article("Devdiscourse | News | Politics | Business South Korea's Lee, Trump meet Devdiscourse News Desk | "
                "Washington DC WASHINGTON, Aug 25 (Reuters) - U.S. President Donald Trump hosted South Korean "
                "President Lee Jae-myung at the White House on Monday for their first summit.")
    told = [(c.value, c.place) for c in a.published.candidates if c.source == "dateline"]
    assert [v for v, _ in told] == ["--08-25"] and told[0][1].endswith("WASHINGTON")
    # (capitals inside a sentence before a day and month are no dateline without the agency and the dash)
    a = article("Officials said the NATO SUMMIT, July 9 would be decisive for the alliance and its members.")
    assert not [c for c in a.published.candidates if c.source == "dateline"]


def test_a_header_day_and_month_joined_by_a_hyphen_dates_the_article():
    a = article("Chinese premier holds talks with Malaysian prime minister\n\nUpdated 19:02, 19-Jun\n\n"
                "Chinese Premier Li Qiang held talks with Malaysian Prime Minister Anwar Ibrahim in Putrajaya on "
                "Wednesday.")
    assert [c.value for c in a.published.candidates] == ["--06-19"]


def test_talks_measured_in_hours_are_with_the_one_the_verb_names():
    evs = events("Blinken in Beijing\n\n"
                 "BEIJING (Wire) - US Secretary of State Antony Blinken held more than seven hours of talks, "
                 "including dinner, with Chinese Foreign Minister Qin Gang on Sunday.", published="2023-06-19")
    assert [e["date"] for e in meetings(evs, "Antony Blinken", "Qin Gang")] == ["2023-06-18"]


def test_an_undated_preview_is_read_as_of_the_day_before_the_meeting_it_opens_on(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2025-03-18", "text":
                  "Lula and Sheinbaum hold call on trade\n\n"
                  "MEXICO CITY (Wire A) - Mexican President Claudia Sheinbaum held a phone call with Brazilian "
                  "President Luiz Inacio Lula da Silva on Tuesday about trade and tariffs."},
                 {"outlet": "Wire E", "published": "2025-03-14", "text":
                  "Ebrard meets Lula in Brasilia\n\n"
                  "BRASILIA (Wire E) - Mexican Economy Minister Marcelo Ebrard held talks with Brazilian President "
                  "Luiz Inacio Lula da Silva in Brasilia on Thursday about car exports."},
                 {"outlet": "Paper D", "text":
                  "Sheinbaum says she will speak to Lula on Tuesday about tariffs\n\n"
                  "Mexican President Claudia Sheinbaum said on Sunday she expects to speak by phone with Brazilian "
                  "President Luiz Inacio Lula da Silva on Tuesday about trade and tariffs.\n\n"
                  "Her economy minister Marcelo Ebrard has held talks with Lula in Brasilia, officials said, and "
                  "described the meeting as positive."})
    call = with_people(evs, "sheinbaum", "lula")
    assert [(e["date"], sorted(sources(e))) for e in call] == [("2025-03-18", ["Paper D", "Wire A"])]
    # the preview is read as of the day before the call it opens on, not the day after the talks it tells below
    with sqlite3.connect(db) as conn:
        (day, why), = conn.execute("SELECT i.value, i.reason FROM inferred_dates i JOIN articles a "
                                   "ON a.id = i.article_id WHERE a.outlet = 'Paper D'")
    assert day == "2025-03-17" and "before" in why


def test_in_an_undated_article_a_meeting_of_last_year_is_no_meeting_told_on_a_weekday():
    evs = events("Xi tells Blinken the two powers should be partners\n\n"
                 "BEIJING - Chinese President Xi Jinping told U.S. Secretary of State Antony Blinken on Friday that "
                 "the two powers should be partners, not rivals.\n\n"
                 "Meeting the top U.S. diplomat at the Great Hall of the People, Xi said China was happy to see a "
                 "prosperous United States.\n\n"
                 "Xi also received Blinken in June last year, on the Secretary of State's first visit to Beijing.")
    talks = meetings(evs, "Antony Blinken", "Xi Jinping")
    assert sorted((e["status"], e["date_text"]) for e in talks) == [("background", "June last year"),
                                                                    ("happened", "Friday")]
    # (the year before is kept for the corpus stage)
    assert next(e for e in talks if e["status"] == "background")["date_spec"]["year_n"] == -1


def test_an_initial_run_into_a_name_is_part_of_it():
    assert people_in("President of Mongolia U.Khurelsukh held official talks with President of the Russian "
                     "Federation Vladimir Putin at the State Palace.") == {"U. Khurelsukh", "Vladimir Putin"}
    # (not initials run together: "U.S.", "M.U.M. Ali Sabry")
    assert people_in("Sri Lankan Foreign Minister M.U.M. Ali Sabry met U.S. Secretary of State Antony Blinken.") \
        == {"M.U.M. Ali Sabry", "Antony Blinken"}


def test_a_titled_given_name_is_the_one_holder_of_that_title_in_a_state_of_the_article():
    evs = events("Sheikh Mohamed welcomes Russian President Vladimir Putin to Abu Dhabi\n\n"
                 "President Sheikh Mohamed on Wednesday received Russian President Vladimir Putin in Abu Dhabi, as "
                 "the two leaders discussed strengthening ties between the UAE and Russia.", published="2023-12-07")
    assert meetings(evs, "Vladimir Putin", "Mohamed bin Zayed Al Nahyan")
    # (a given name alone, with no title, stays a name: which Mohamed?)
    evs = events("Putin in the Gulf\n\nSheikh Mohamed and Vladimir Putin discussed trade between the UAE and Russia "
                 "on Wednesday.", published="2023-12-07")
    assert not meetings(evs, "Vladimir Putin", "Mohamed bin Zayed Al Nahyan")


def test_older_spellings_of_central_asian_capitals_are_the_capitals():
    evs = events("Putin and Pezeshkian meet again\n\n"
                 "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian held their first talks in "
                 "Ashkhabad on October 11.", published="2024-10-23")
    assert [(e["location"] or {}).get("name") for e in meetings(evs, "Vladimir Putin", "Masoud Pezeshkian")] \
        == ["Ashgabat"]


def test_an_earlier_meeting_told_by_its_day_and_month_does_not_date_a_lead_told_by_its_weekday(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-10-11", "text":
                  "Putin meets Pezeshkian in Ashgabat\n\n"
                  "ASHGABAT (Wire A) - Russian President Vladimir Putin held talks with Iranian President Masoud "
                  "Pezeshkian in Ashgabat on Friday, on the sidelines of a forum."},
                 {"outlet": "Paper B", "text":
                  "Putin and Pezeshkian discuss treaty in Kazan\n\n"
                  "Russian President Vladimir Putin held talks with Iranian President Masoud Pezeshkian in Kazan on "
                  "Wednesday, on the sidelines of the BRICS summit.\n\n"
                  "It was the second meeting between the two presidents this month. They held their first talks in "
                  "Ashgabat on October 11."})
    talks = with_people(evs, "putin", "pezeshkian")
    october_11 = [e for e in talks if e["date"] == "2024-10-11"]
    assert len(october_11) == 1 and sources(october_11[0]) == {"Wire A", "Paper B"}
    # the Wednesday in Kazan is not read from the day after October 11 (it was the 23rd, which nothing here gives)
    assert not [e for e in talks if e["date"] in ("2024-10-09", "2024-10-16")]


def test_the_last_round_of_the_merge_reads_nothing_again_and_leaves_nothing_waiting(tmp_path, db, monkeypatch):
    from parley import corpus_stage

    real, calls = corpus_stage._read_again, []

    def never_settles(aid, value, reason, day, people, reextract):
        got = real(aid, value, reason, day, people, reextract)
        if got is None:
            return None
        anchor, why, new = got
        calls.append(anchor)       # (another day each time: every round reads the article again)
        later = dt.date.fromisoformat(anchor) + dt.timedelta(days=len(calls) + 2)
        return later.isoformat(), f"{why} #{len(calls)}", new

    monkeypatch.setattr(corpus_stage, "_read_again", never_settles)
    ingest(tmp_path, db,
           {"outlet": "Wire A", "published": "2024-08-05", "text":
            "Lula and Boric sign agreements\n\nSANTIAGO (Wire A) - Brazilian President Luiz Inacio Lula da Silva held "
            "talks with Chilean President Gabriel Boric in Santiago on Monday."},
           {"outlet": "Paper B", "text":
            "Lula in Chile\n\nBrazilian President Luiz Inacio Lula da Silva held talks with Chilean President Gabriel "
            "Boric in Santiago on Monday, aides said."})
    assert len(calls) >= corpus_stage.ROUNDS
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM candidate_events WHERE event_id IS NULL").fetchone() == (0,)


def test_a_preview_is_read_as_of_a_day_before_the_days_it_tells_ahead(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-08-05", "text":
                  "Lula and Boric sign agreements\n\n"
                  "SANTIAGO (Wire A) - Brazilian President Luiz Inacio Lula da Silva held talks with Chilean President "
                  "Gabriel Boric at La Moneda in Santiago on Monday and signed a dozen agreements."},
                 {"outlet": "Paper B", "text":
                  "Lula arrives Sunday for state visit; Boric to host Brazilian president\n\n"
                  "Brazilian President Luiz Inacio Lula da Silva will land in Santiago on Sunday evening for a state "
                  "visit during which he will hold talks with President Gabriel Boric on Monday, the Chilean foreign "
                  "ministry said.\n\n"
                  "Foreign Minister Alberto van Klaveren told reporters the two governments expected to sign about a "
                  "dozen agreements. Lula will also be honoured at a state lunch and will meet business leaders.\n\n"
                  "The visit comes amid regional tension over Venezuela's disputed election. Van Klaveren said "
                  "Venezuela would certainly be discussed.\n\n"
                  "The two presidents have met several times since Lula returned to office in January 2023."})
    # (read as of the Sunday, the eve of the talks, its landing "on Sunday evening" would be a meeting held that day)
    talks = [e for e in with_people(evs, "lula", "boric") if e["date"]]
    assert [e["date"] for e in talks] == ["2024-08-05"] and sources(talks[0]) == {"Wire A", "Paper B"}


def test_their_after_an_act_of_two_among_three_people_is_those_two():
    evs = events("Lee, Trump meet\n\n"
                 "WASHINGTON, Aug 25 (Reuters) - U.S. President Donald Trump said on Monday he would like to meet "
                 "North Korea's Kim Jong Un this year, as he hosted South Korean President Lee Jae-myung at the White "
                 "House for their first summit.", published="2025-08-25")
    held = [e for e in consult_events(evs) if e["status"] == "happened"]
    assert [sorted(party_names(e)) for e in held] == [["Donald Trump", "Lee Jae-myung"]]
