"""The date engine: tagging, normalisation at the right precision, anchoring, tense, ambiguity."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings, strategies as st

from conftest import FIXTURES, run_parley
from parley.time import resolve, tag
from parley.time.timeml import evaluate, read_timeml, score_document, write_timeml

D = dt.date


def one(text: str, anchor: dt.date | None, expr: str):
    found = [t for t in tag(text, anchor) if t.text == expr]
    assert found, f"{expr!r} not tagged in {text!r}: {[t.text for t in tag(text, anchor)]}"
    return found[0]


# The seeds' time expressions, each against its article's publication date.
SEED_CASES = [
    ("In a meeting in the South Korean city of Busan on Saturday, Wang Yi and Yoko Kamikawa agreed to hold talks.",
     D(2023, 11, 26), "Saturday", "2023-11-25", "day", None),
    ("Xi Jinping and Fumio Kishida reaffirmed their commitment in San Francisco in mid-November, when they met.",
     D(2023, 11, 26), "mid-November", "2023-11", "month", "MID"),
    ("Takeshi Iwaya met with top Chinese leaders Wednesday during his visit to Beijing.",
     D(2024, 12, 25), "Wednesday", "2024-12-25", "day", None),
    ("the first since the heads of the two countries met at a summit in Peru last month",
     D(2024, 12, 25), "last month", "2024-11", "month", None),
    ("Iwaya told reporters before his departure Tuesday that he will also hold talks.",
     D(2024, 12, 25), "Tuesday", "2024-12-24", "day", None),
    ("Wang Yi told his Japanese counterpart on July 26 as the pair discussed thorny issues.",
     D(2024, 7, 26), "July 26", "2024-07-26", "day", None),
    ("ahead of the July 27 East Asia Summit and the security-focused Asean Regional Forum.",
     D(2024, 7, 26), "July 27", "2024-07-27", "day", None),
    ("Hayashi's visit was the first visit by a Japanese foreign minister to China since late 2019.",
     D(2023, 4, 2), "late 2019", "2019", "year", "END"),
    ("the China-Japan strategic dialogue, which has not taken place since early 2020.",
     D(2023, 11, 26), "early 2020", "2020", "year", "START"),
    ("A week ago, the Astellas Pharma employee was arrested in Beijing, according to the company.",
     D(2023, 4, 2), "A week ago", "2023-W12", "week", None),
    ("With the upcoming G7 summit in Hiroshima, Japan in May, Qin Gang expressed hope.",
     D(2023, 4, 2), "May", "2023-05", "month", None),
    ("His trip comes just before Donald Trump is to take office in January.",
     D(2024, 12, 25), "January", "2025-01", "month", None),
    ("Japan and China agreed in September to work toward easing the seafood ban.",
     D(2024, 12, 25), "September", "2024-09", "month", None),
    ("Earlier this year, Japan protested when a Chinese military plane flew into Japan's airspace.",
     D(2024, 12, 25), "Earlier this year", "2024", "year", None),
    ("Foreign Minister Wang Yi is set to visit Tokyo next year.",
     D(2024, 12, 25), "next year", "2025", "year", None),
    ("The meeting came less than a fortnight after the leaders reached a consensus.",
     D(2023, 11, 26), "less than a fortnight", "P2W", "duration", "LESS_THAN"),
]


@pytest.mark.parametrize("text,anchor,expr,value,precision,mod", SEED_CASES)
def test_seed_expressions(text, anchor, expr, value, precision, mod):
    t = one(text, anchor, expr)
    assert (t.value, t.precision, t.mod) == (value, precision, mod)


@pytest.mark.parametrize("text,expr,value", [
    ("The two ministers met on Saturday in Busan.", "Saturday", "2023-11-25"),
    ("The two ministers will meet on Thursday in Tokyo.", "Thursday", "2023-11-30"),
    ("The ministers are expected to meet Thursday, officials said.", "Thursday", "2023-11-30"),
    ("Protesters planned a demonstration on Saturday and the police were ready.", "Saturday", "2023-12-02"),
    ("Officials postponed until Tuesday any decision on the visit.", "Tuesday", "2023-11-28"),
    ("Up until Thursday, however, they had described him only as a witness.", "Thursday", "2023-11-23"),
    ("Talks ended last Monday without agreement.", "last Monday", "2023-11-13"),
    ("The court rejected Wednesday's ruling by the agency.", "Wednesday", "2023-11-22"),
    # a headline's infinitive looks ahead; an infinitive after a verb's object does not
    ("Ramaphosa to host Zelensky in Pretoria on Thursday", "Thursday", "2023-11-30"),
    ("China's Xi and Japan's Kishida to meet in Lima on Saturday", "Saturday", "2023-12-02"),
    ("Officials sent the letter to Tokyo on Thursday.", "Thursday", "2023-11-23"),
])
def test_tense_decides_the_direction_of_weekdays(text, expr, value):
    assert one(text, D(2023, 11, 26), expr).value == value      # anchor: Sunday 26 November 2023


def test_precision_is_never_filled_from_the_anchor():
    anchor = D(2024, 12, 25)
    cases = {"last month": ("2024-11", "month"), "next year": ("2025", "year"), "this week": ("2024-W52", "week"),
             "the summer": ("2024-SU", "season"), "the fourth quarter": ("2024-Q4", "quarter"),
             "the 1990s": ("199", "decade"), "Dec. 25": ("2024-12-25", "day")}
    for expr, (value, precision) in cases.items():
        t = one(f"Officials said {expr} was important.", anchor, expr)
        assert (t.value, t.precision) == (value, precision), expr


def test_day_of_month_and_anaphora():
    t = one("The decision, taken on the 17th, surprised everyone.", D(2024, 12, 25), "the 17th")
    assert t.value == "2024-12-17"
    found = tag("Talks opened on March 3, 2021. The next day, the delegations met again. "
                "Two weeks earlier the ministers had spoken.", D(2021, 3, 10))
    values = {t.text: t.value for t in found}
    assert values["March 3, 2021"] == "2021-03-03"
    assert values["The next day"] == "2021-03-04"
    assert values["Two weeks"] == "P2W"          # TimeML: "earlier" is a signal outside the expression


def test_undated_articles_keep_a_spec_that_can_be_re_anchored_later():
    t = one("Chinese President Xi Jinping and Japanese Prime Minister Shigeru Ishiba met last month in Peru.",
            None, "last month")
    assert t.value is None and t.basis == "none"
    assert resolve(t.spec, D(2024, 12, 25), t.direction or "past") == ("2024-11", "month")
    wednesday = one("The top Chinese and Japanese diplomats Wednesday held high-level talks.", None, "Wednesday")
    assert resolve(wednesday.spec, D(2024, 12, 25), wednesday.direction) == ("2024-12-25", "day")


def test_ambiguous_numeric_dates_are_resolved_with_evidence_and_a_reason():
    sunday = one("The vote on Sunday 04/02/2023 was close.", D(2023, 4, 5), "04/02/2023")
    assert sunday.value == "2023-04-02" and "Sunday" in sunday.basis
    assert sunday.spec["alternatives"] == ["2023-02-04"]
    dotted = one("The treaty was signed on 02.04.2023 in Berlin.", D(2023, 4, 5), "02.04.2023")
    assert dotted.value == "2023-04-02" and "European" in dotted.basis
    nearby = one("The talks of April 1, 2023 continued and ended 04/02/2023 at noon.", D(2023, 4, 5), "04/02/2023")
    assert nearby.value == "2023-04-02" and "explicit dates" in nearby.basis
    unambiguous = one("It happened on 25/12/2024.", D(2024, 12, 26), "25/12/2024")
    assert unambiguous.value == "2024-12-25"


def test_durations_sets_and_references():
    values = {t.text: (t.type, t.value) for t in tag(
        "The talks lasted 5 1/2 hours and will resume in three days. Officials meet weekly. "
        "Relations are now tense and have been for the past four years.", D(2020, 1, 1))}
    assert values["5 1/2 hours"] == ("DURATION", "PT5H30M")
    assert values["three days"] == ("DURATION", "P3D")
    assert values["weekly"] == ("SET", "P1W")
    assert values["now"] == ("DATE", "PRESENT_REF")
    assert values["the past four years"] == ("DURATION", "P4Y")


def test_ages_and_numbers_are_not_time_expressions():
    found = [t.text for t in tag("The 44-year-old minister said 2000 troops and 1,998 people left, up 2021 percent.",
                                 D(2020, 1, 1))]
    assert found == []


def test_timeml_round_trip(tmp_path):
    doc = read_timeml(FIXTURES / "tempeval3" / "TimeBank" / "wsj_0006.tml")
    assert doc.dct == D(1989, 11, 2) and [g.text for g in doc.gold] == ["year-end"]
    system = tag(doc.text, doc.dct)
    write_timeml(doc, system, tmp_path / "out.tml")
    again = read_timeml(tmp_path / "out.tml")
    assert again.text == doc.text
    assert [(g.start, g.end, g.value) for g in again.gold] == [(t.start, t.end, t.value) for t in system]
    assert score_document(again, system).scores()["value"][2] == 1.0


def test_evaluation_on_fixture_documents():
    results = evaluate(FIXTURES / "tempeval3")
    scores = results["all"].scores()
    assert results["all"].gold == 59
    assert scores["relaxed"][2] > 0.9 and scores["value"][2] > 0.75


def test_eval_command_prints_tempeval_scores_and_writes_tagged_documents(tmp_path):
    result = run_parley("eval", "timex", FIXTURES / "tempeval3", "--out", tmp_path / "tagged")
    text = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "strict P" in text and "value F1" in text
    assert re.search(r"^all\s+59\s+\d+", text, re.M)
    assert (tmp_path / "tagged" / "TimeBank" / "wsj_0006.tml").exists()


ISO_LIKE = re.compile(r"^(?:\d{2,4}(?:-(?:\d{2}|W\d{2}(?:-WE)?|Q\d|H\d|SP|SU|FA|WI)(?:-\d{2})?)?(?:T[\w:]+)?"
                      r"|P[\dX.]+[A-Z]+(?:\d+[A-Z])?|PT[\dX.]+[A-Z](?:\d+[MS])?|P\d+DT\d+H|(?:PRESENT|PAST|FUTURE)_REF"
                      r"|XXXX-WXX-\d)$")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["met", "on", "Saturday", "last", "month", "in", "mid-November", "2019", "will", "Thursday", "the", "17th",
     "three", "days", "ago", "Dec.", "25", "early", "next", "year", "a", "week", "quarter", "third", "now",
     "04/02/2023", ",", ".", "talks", "weekend", "morning", "since", "late", "1990s", "May"]), max_size=40))
def test_tagging_never_fails_and_values_are_well_formed(words):
    text = " ".join(words)
    found = tag(text, D(2024, 12, 25))
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for t in found:
        assert text[t.start:t.end] == t.text and t.text.strip() == t.text
        assert t.value is None or ISO_LIKE.match(t.value), t.value


@pytest.mark.parametrize("text, anchor, value", [
    ("The talks will resume this September.", dt.date(1998, 6, 26), "1998-09"),
    ("The talks resumed this September, officials said.", dt.date(1998, 11, 2), "1998-09"),
    ("Prices fell last December.", dt.date(1989, 11, 2), "1988-12"),
    ("Prices fell last October.", dt.date(1999, 5, 5), "1998-10"),
    ("The plant opens next January.", dt.date(1989, 11, 2), "1990-01"),
])
def test_named_months_take_the_year_their_word_implies(text, anchor, value):
    found = [t for t in tag(text, anchor) if t.type == "DATE"]
    assert found and found[0].value == value


def values_of(text: str, anchor: dt.date) -> dict[str, str | None]:
    return {t.text: t.value for t in tag(text, anchor)}


def test_quarters_of_a_results_report():
    nov = D(1989, 11, 2)                       # a Thursday in the fourth quarter
    v = values_of("Hadson Corp. said it expects to report a third-quarter net loss of $17 million. "
                  "It also expects fourth-quarter charges. Revenue in the latest quarter fell.", nov)
    assert v["third-quarter"] == "1989-Q3"     # a report looks back at the quarter just ended
    assert v["the latest quarter"] == "1989-Q3"   # not the fourth quarter, which has not ended
    v = values_of("Net for this year's third quarter rose, while last year's quarter was weak. The charge came "
                  "in the 1988 second quarter, and the effect will show in next year's first quarter.", nov)
    assert v["this year's third quarter"] == "1989-Q3"
    assert v["last year's quarter"] == "1988-Q3"
    assert v["the 1988 second quarter"] == "1988-Q2"          # not a duration of 1988 seconds
    assert v["next year's first quarter"] == "1990-Q1"
    v = values_of("In the quarter ended July 31, Jayark had 5.6 million shares, compared with the "
                  "corresponding period last year.", D(1989, 10, 30))
    assert v["the quarter"] == "1989-Q2"
    assert v["the corresponding period last year"] == "1988-Q2"
    assert values_of("Earnings will be lower for the last half of 1989.", nov)["the last half of 1989"] == "1989-H2"


def test_the_year_is_a_date_unless_it_is_a_span():
    found = [(t.text, t.type, t.value) for t in tag(
        "Kellogg forecast an earnings increase for the full year. For the year ended Sept. 30, Ralston earned "
        "$422.5 million. Heavy rains delayed sales earlier in the year.", D(1989, 10, 30)) if "year" in t.text]
    assert found == [("the full year", "DATE", "1989"), ("the year", "DURATION", "P1Y"), ("the year", "DATE", "1989")]


def test_spelled_out_years_of_broadcast_transcripts():
    v = values_of("Oil fell to the level we saw in the winter of nineteen ninety-four. January nineteen "
                  "ninety-seven. Atlanta again. The promise to halve unemployment by the year two thousand has "
                  "been abandoned, and two thousand people marched.", D(1998, 2, 23))
    assert v["the winter of nineteen ninety-four"] == "1994-WI"
    assert v["January nineteen ninety-seven"] == "1997-01"
    assert v["the year two thousand"] == "2000"
    assert not any("two thousand people" in k for k in v)


def test_seasons_months_and_days_named_relative_to_now():
    assert values_of("Before Control Data scrapped the unit this past spring, costs rose.",
                     D(1989, 10, 30))["this past spring"] == "1989-SP"
    v = values_of("Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1, soon after he retires.",
                  D(1989, 10, 26))
    assert v["Feb. 1"] == "1990-02-01"          # "P." is an initial, not the end of the sentence
    assert values_of("The split would be paid on a still unspecified date in January.",
                     D(1989, 10, 26))["January"] == "1990-01"
    assert values_of("Qantas will almost double its flights to India by August in the search for new markets "
                     "untouched by the crisis.", D(1998, 2, 13))["August"] == "1998-08"
    v = values_of("A ceremonial accession will be held at the NATO summit on April 24 and 25.", D(1999, 2, 10))
    assert (v["April 24"], v["25"]) == ("1999-04-24", "1999-04-25")
    v = values_of("The next round of talks is set for Jan 6-7 in Tokyo.", D(2024, 12, 26))
    assert (v["Jan 6"], v["7"]) == ("2025-01-06", "2025-01-07")
    found = [(t.text, t.value) for t in tag("Iwaya's visit to Beijing on 25-26 December ended with a dinner. Kishida "
                                            "had visited in October last year.", D(2024, 12, 27))]
    assert found == [("25", "2024-12-25"), ("26 December", "2024-12-26"), ("October last year", "2023-10")]


def test_clock_times_take_their_day():
    v = values_of("The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
                  D(1998, 8, 8))
    assert v["about 10:35 a.m."] == "1998-08-07T10:35"
    v = values_of("The INS has given the Miami relatives until 9 a.m. Tuesday to sign.", D(2000, 4, 3))
    assert v["9 a.m. Tuesday"] == "2000-04-04T09:00"     # a deadline ahead, though the verb is perfect
    v = values_of("He was arrested in connection with last year's blasts. He was to appear before a judge at "
                  "midday, according to a statement today.", D(1999, 10, 8))
    assert v["midday"] == "1999-10-08T12:00"   # "last year" is no day to hang a clock time on
    v = values_of("The market fell mid-afternoon yesterday. He was at home last night.", D(1989, 11, 2))
    assert v["mid-afternoon yesterday"] == "1989-11-01TAF" and v["last night"] == "1989-11-01TNI"


def test_durations_fractions_and_non_dates():
    v = {t.text: (t.type, t.value) for t in tag(
        "The mood will not change for a couple of years. A minute and a half later a pilot called. Iraq imports "
        "about three-quarters of its food. The appeal goes to the 11th Circuit Court of Appeals. The post-1959 "
        "exodus continued, and the rally is held annually. Talks may resume in the near future.", D(2000, 3, 29))}
    assert v["a couple of years"] == ("DURATION", "P2Y")
    assert v["A minute and a half"] == ("DURATION", "PT1M30S")
    assert not any("quarters" in k or "11th" in k for k in v)
    assert v["1959"] == ("DATE", "1959") and v["annually"] == ("SET", "P1Y")
    assert v["the near future"] == ("DATE", "FUTURE_REF")


def date_values(text: str, anchor: dt.date) -> list[str]:
    return [t.value for t in tag(text, anchor) if t.type == "DATE"]


@pytest.mark.parametrize("text, value", [
    ("The ministers met in Seoul on 2024/03/05 to discuss trade.", "2024-03-05"),
    ("The ministers met in Seoul on 2024.3.5, officials said.", "2024-03-05"),
])
def test_a_numeric_date_with_the_year_first_is_year_month_day(text, value):
    assert date_values(text, dt.date(2024, 3, 10)) == [value]


def test_a_version_number_is_no_date():
    assert not [t for t in tag("The app moved to version 2024.3.5.1 this week.", dt.date(2024, 3, 10))
                if t.value == "2024-03-05"]


@pytest.mark.parametrize("text, value", [
    ("The ministers met on Thursday last week in Geneva.", "2024-03-07"),     # the DCT is a Thursday
    ("The ministers met on Monday of last week.", "2024-03-04"),
    ("The ministers will meet on Tuesday next week.", "2024-03-19"),
    ("The ministers met on Tuesday this week.", "2024-03-12"),
])
def test_a_weekday_of_a_named_week_is_that_day_of_that_calendar_week(text, value):
    assert date_values(text, dt.date(2024, 3, 14)) == [value]


def test_last_weeks_talks_after_a_weekday_are_two_expressions():
    found = [t.text for t in tag("On Thursday last week's talks were reviewed.", dt.date(2024, 3, 14))]
    assert found == ["Thursday", "last week"]


def test_a_day_ahead_of_which_something_happens_lies_ahead():
    found = tag("He arrived in Shanghai on Saturday, ahead of talks with Xi in Beijing on Monday.", dt.date(2023, 11, 4))
    assert [(t.text, t.value) for t in found] == [("Saturday", "2023-11-04"), ("Monday", "2023-11-06")]
    assert [t.value for t in tag("The ministers met on Friday ahead of the summit.", dt.date(2023, 11, 4))] == \
        ["2023-11-03"]


@pytest.mark.parametrize("text, value", [
    ("On Thursday, the foreign ministers will meet in Lima.", "2024-03-07"),
    ("Later on Thursday, the minister will call on the president.", "2024-03-07"),
    ("On Thursday, the foreign ministers met in Lima.", "2024-02-29"),
    ("On Thursday, officials said the ministers would meet.", "2024-02-29"),
])
def test_a_time_that_opens_the_sentence_takes_the_tense_of_its_main_clause(text, value):
    assert [t.value for t in tag(text, dt.date(2024, 3, 5))] == [value]


@pytest.mark.parametrize("text, expr, want", [
    ("Blinken travels to Jordan on Tuesday for talks with King Abdullah.", "Tuesday", "2024-06-11"),
    ("The minister leaves for New York on Friday to attend the General Assembly.", "Friday", "2024-06-14"),
    # a verb of setting out far before the day, across other words, is no cue
    ("Blinken travels widely, and the talks ended on Tuesday.", "Tuesday", "2024-06-04"),
])
def test_a_present_verb_of_setting_out_looks_ahead_across_its_destination(text, expr, want):
    assert one(text, D(2024, 6, 10), expr).value == want


def test_an_ordinal_that_numbers_a_meeting_is_no_day():
    found = [t.text for t in tag("Xi arrived for the 24th meeting of the council and the 3rd summit of the bloc.",
                                 D(2024, 7, 3))]
    assert "the 24th" not in found and "the 3rd" not in found
    assert one("The two leaders met on the 24th.", D(2024, 7, 3), "the 24th").value == "2024-06-24"


def test_a_span_of_days_with_its_year_opens_on_its_first_day():
    found = [(t.text, t.value) for t in tag("The minister is visiting Fiji from 23 to 24 March 2024.", D(2024, 3, 20))]
    assert found == [("23", "2024-03-23"), ("24 March 2024", "2024-03-24")]
    [first] = [t for t in tag("Talks on 25-26 December 2023 ended.", D(2024, 1, 2)) if t.text == "25"]
    assert first.value == "2023-12-25" and first.spec["second_day"][2] == 26


def test_a_weekday_ahead_is_the_day_of_that_weekday_the_text_has_named():
    found = tag("Scholz will hold talks with Xi in Beijing on April 16. He will meet Xi on Tuesday, a spokesman said.",
                D(2024, 4, 8))
    assert [(t.text, t.value) for t in found] == [("April 16", "2024-04-16"), ("Tuesday", "2024-04-16")]
    # a day named in the past is no anchor of a weekday ahead, and a past weekday keeps the days before the article
    found = tag("The two met on April 2 in Paris. They will meet again on Tuesday.", D(2024, 4, 8))
    assert [t.value for t in found] == ["2024-04-02", "2024-04-09"]
    found = tag("Xi met Putin on Wednesday, May 8. On Wednesday the two leaders signed a statement.", D(2024, 5, 16))
    assert [t.value for t in found] == ["2024-05-08", "2024-05-15"]


def test_a_headline_infinitive_looks_ahead_whatever_the_script_of_its_subject():
    # (a name with a letter outside ASCII is one word; "to pay a visit" is a verb)
    for text in ("Erdoğan to pay landmark visit to Iraq on Monday", "Lula to visit Angola on Monday",
                 "Tokayev to pay state visit to Beijing on Monday"):
        assert [(t.value, t.direction) for t in tag(text, D(2024, 4, 21))] == [("2024-04-22", "future")], text
    # (but a noun after "to" is none: "cuts to pay on Monday" tells no act ahead)
    assert [t.value for t in tag("Unions protested cuts to pay on Monday", D(2024, 4, 21))] == ["2024-04-15"]
