"""What the time expressions of one text tell of each other, read once the tagger has resolved them all:
a weekday written with its date, a day of a month told before it ("in February, on the same day"), a month of
another period ("in May of that year"), days counted from a date told after them, weekdays told in sequence,
a restatement of a time in another zone. Each pass corrects the timexes in place (time/tagger.py `tag`)."""
from __future__ import annotations

import datetime as dt
import re

from .timex import Timex


def same_day_of_a_month_told(out: list[Timex], sents: list[tuple[int, int]]) -> None:
    """"had travelled to Berlin for talks with Scholz in February, on the same day he met Macron in Paris": the same day
    as an act its sentence tells only with a month is a day of that month, not of the day last told before it."""
    for i, t in enumerate(out):
        if t.rule != "anaphoric_day" or t.spec.get("unit") != "day" or t.spec.get("n") != 0:
            continue
        start = next((s for s, e in sents if s <= t.start < e), None)
        told = next((o for o in reversed(out[:i]) if o.type == "DATE" and o.value), None) if start is not None else None
        if told is not None and told.start >= start and told.precision in ("month", "year"):
            t.value, t.precision, t.basis = told.value, told.precision, "relative to text"


# a time told again in another zone, in parentheses right after it: "on Friday afternoon (Saturday morning Korea time)",
# "Tuesday evening (early Wednesday GMT)", "on Wednesday morning Washington time (overnight for us)", "at 9pm ET
# (11am AEDT)": the zone of the first may stand between them, the second's is a zone's name, or the writer's ("for us")
ZONE_OPEN = re.compile(r"\s*(?:(?-i:(?:[A-Z][\w.'’-]*\s+){1,2})time\s*|local\s+time\s*|(?-i:[A-Z]{1,4}T)\s*)?"
                       r"\(\s*(?:(?:early|late|on)\s+)?", re.I)
ZONE_CLOSE = re.compile(r"[^()\n]{0,40}?\b(?:time|GMT|UTC|[A-Z]{1,4}T|for\s+us|here|at\s+home)\b[^()\n]{0,10}\)")


def without_zone_restatements(out: list[Timex], text: str) -> list[Timex]:
    """The times of `out` but those that restate the one before them in another zone ("held talks ... on Friday
    afternoon (Saturday morning Korea time)": the talks were on the Friday, where they were held)."""
    return [t for i, t in enumerate(out)
            if not (i and ZONE_OPEN.fullmatch(text, out[i - 1].end, t.start) and ZONE_CLOSE.match(text, t.end))]


# a month told of a period the text names, not of the year the article was written in: "in February of the
# president's first term", "in March of his second year in office"
OF_ANOTHER_PERIOD = re.compile(r"\s+of\s+(?:the|his|her|their|its|that|[A-Z][\w.'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}"
                               r"(?:term|tenure|presidency|administration|mandate|reign|year\s+in\s+office)\b")


THAT_YEAR = re.compile(r",?\s+(?:of\s+)?that\s+year\b", re.I)
THAT_MONTH = re.compile(r"\bthat\s+$", re.I)


def days_of_that_year(out: list[Timex], text: str) -> None:
    """"visited Indonesia soon after his 2022 election win, meeting Joko Widodo at Bogor on June 6 that year": a day and
    month (or a month: "in August of that year") of "that year" is of the last year the text named before it, and so is
    "that year" itself."""
    for i, t in enumerate(out):
        that = t.text.lower() == "that year"
        # (and a month told as "that May": "with Yoon's visit to Tokyo in March 2023 and Kishida's return visit that
        # May")
        if not that and (t.spec.get("kind") != "month_day" or "y" in t.spec or not (
                THAT_YEAR.match(text, t.end) or THAT_MONTH.search(text, max(0, t.start - 6), t.start))):
            continue
        year = next((o.spec["y"] for o in reversed(out[:i]) if isinstance(o.spec.get("y"), int)), None)
        if year is None:
            continue
        if that:            # ("was in August of that year": the year itself, of the last the text named)
            t.value, t.basis = f"{year:04d}", "relative to text"
        elif t.spec.get("d"):
            _of_year(t, year)
        else:               # "Erdoğan's last trip to Sochi was in August of that year"
            t.value, t.precision, t.basis = f"{year:04d}-{t.spec['m']:02d}", "month", "relative to text"


def months_of_another_period(out: list[Timex], text: str) -> None:
    """"Abe famously visited Trump at the White House in February of the president's first term": a month with no year
    of its own that a period of the text's owns has no year the article's date can give."""
    for t in out:
        if t.type == "DATE" and t.spec.get("kind") in ("month_day", "month") and "y" not in t.spec and t.value \
                and OF_ANOTHER_PERIOD.match(text, t.end):
            t.value, t.basis = None, "none"


def month_days_of_a_month_told(out: list[Timex], sents: list[tuple[int, int]]) -> None:
    """"The two leaders last met in February 2020, when Trump ... addressed a rally in Ahmedabad on February 24": a day
    and month with no year, after a month of a year its sentence names, is of that month's year."""
    for i, a in enumerate(out):
        if a.spec.get("kind") != "date" or "y" not in a.spec or "m" not in a.spec or "d" in a.spec or not a.value:
            continue
        sent = next(((s, e) for s, e in sents if s <= a.start < e), None)
        for b in out[i + 1:]:
            if sent is None or b.start >= sent[1]:
                break
            if b.spec.get("kind") == "month_day" and b.spec.get("m") == a.spec["m"] and b.spec.get("d") \
                    and b.precision == "day":
                _of_year(b, a.spec["y"])


def _of_year(t: Timex, year: int) -> None:
    """A day and month the text tells of `year` (where the calendar has that day)."""
    try:
        day = dt.date(year, t.spec["m"], t.spec["d"])
    except ValueError:
        return
    t.value, t.precision, t.basis = day.isoformat(), "day", "relative to text"


# what may stand between "the day after" and the date it counts from: "the day after Lula's October 30 runoff victory"
BEFORE_ITS_DATE = re.compile(r"\s+(?:the\s+|a\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}")
# what stands between "the day after" and the month of what it counts from: " Lula's election victory in "
EVENT_IN_MONTH = re.compile(r"\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){1,5}in\s+")


def days_from_the_date_after(out: list[Timex], text: str) -> None:
    """"flew to São Paulo the day after Lula's October 30 runoff victory": a day before or after what a date right after
    it dates is counted from that date, not from the last date the text established; "spoke by phone the day after
    Lula's election victory in October": from that month, which is all it tells."""
    for a, b in zip(out, out[1:]):
        if a.rule != "anaphoric_day" or a.spec.get("unit") != "day" or a.spec.get("n") not in (-1, 1) \
                or not re.fullmatch(r"(?i)the\s+day\s+(?:before|after)", a.text) or not b.value:
            continue
        if b.precision == "month" and EVENT_IN_MONTH.fullmatch(text[a.end:b.start]):
            a.value, a.precision, a.basis = b.value[:7], "month", "relative to text"
            continue
        if b.precision != "day" or not BEFORE_ITS_DATE.fullmatch(text[a.end:b.start] or " "):
            continue
        try:
            day = dt.date.fromisoformat(b.value[:10]) + dt.timedelta(days=a.spec["n"])
        except ValueError:
            continue
        a.value, a.precision, a.basis = day.isoformat(), "day", "relative to text"


def possessive_weekdays_named_before(out: list[Timex], text: str) -> None:
    """"will travel to Paris on Friday for talks with Macron ... Friday's meeting also comes two weeks before the King's
    visit": a weekday named as an event's ("Friday's"), which the tense reads as past for want of a better cue, is the
    day of that weekday the text has already named."""
    for i, t in enumerate(out):
        if t.rule != "weekday" or t.spec.get("kind") != "weekday" or text[t.end:t.end + 2] not in ("'s", "’s"):
            continue
        before = next((b for b in reversed(out[:i]) if b.spec.get("kind") == "weekday" and b.rule == "weekday"
                       and b.spec.get("wd") == t.spec.get("wd") and b.value and b.type == t.type), None)
        if before is not None and before.value != t.value:
            t.value, t.precision, t.direction, t.basis = before.value, before.precision, before.direction, before.basis


WEEKDAY_GLOSS = re.compile(r"\s*(?:\(|,)\s*$")
# the day of the month after a weekday, as Brazilian outlets write it: "on Monday (4)", "this Sunday (3)"
WEEKDAY_DAY = re.compile(r"\s*\((?P<d>[12]\d|3[01]|0?[1-9])\)")


def weekdays_with_days(out: list[Timex], text: str, anchor: dt.date | None) -> None:
    """"On Monday (4), Lula will meet Scholz": the weekday is the one day within a week and a half of the publication
    date that falls on it and on that day of the month, whatever the tense around it."""
    if anchor is None:
        return
    for t in out:
        m = WEEKDAY_DAY.match(text, t.end)
        if t.spec.get("kind") != "weekday" or t.type != "DATE" or not m:
            continue
        days = [d for k in range(-10, 11) if (d := anchor + dt.timedelta(days=k)).weekday() == t.spec["wd"]
                and d.day == int(m["d"])]
        if len(days) == 1:
            t.value, t.precision = days[0].isoformat(), "day"
            t.direction = "future" if days[0] > anchor else "past" if days[0] < anchor else t.direction


# what comes next in a sentence that tells acts in their order: "... on Thursday, before heading to Beijing", ", then"
THEN_CUE = re.compile(r"\b(?:before\s+[a-z]+ing|(?:and\s+)?then)\b", re.I)


def weekdays_in_sequence(out: list[Timex], text: str, sents: list[tuple[int, int]], anchor: dt.date | None) -> None:
    """"met Chen on Thursday, before heading to Beijing for talks with Wang on Friday": a bare weekday told after
    another day of its sentence, as what came next, is the first such weekday after that day, whatever the tense of
    the sentence's verbs (the tense read it a week back)."""
    for a, b in zip(out, out[1:]):
        if b.rule != "weekday" or b.spec.get("kind") != "weekday" or a.precision != "day" or not a.value \
                or b.start - a.end > 200 or not THEN_CUE.search(text, a.end, b.start):
            continue
        if sents and not any(s <= a.start and b.end <= e for s, e in sents):
            continue            # (in one sentence)
        try:
            day = dt.date.fromisoformat(a.value[:10])
        except ValueError:
            continue
        nxt = day + dt.timedelta(days=(b.spec["wd"] - day.weekday() - 1) % 7 + 1)
        if b.value != nxt.isoformat():
            b.value, b.precision, b.basis = nxt.isoformat(), "day", "relative to text"
            if anchor is not None:
                b.direction = "future" if nxt > anchor else "past"


def weekdays_with_dates(out: list[Timex], text: str) -> None:
    """"on Monday (14.Nov.2022)", "on Monday (March 20)", "Friday, February 28, 2025": the weekday is
    the date that glosses it, when that date falls on it."""
    for a, b in zip(out, out[1:]):
        if a.spec.get("kind") != "weekday" or not b.value or b.precision != "day" or b.start - a.end > 3 \
                or not WEEKDAY_GLOSS.fullmatch(text[a.end:b.start] + " ") and not WEEKDAY_GLOSS.fullmatch(text[a.end:b.start]):
            continue
        try:
            day = dt.date.fromisoformat(b.value[:10])
        except ValueError:
            continue
        if day.weekday() == a.spec.get("wd"):
            a.value, a.precision, a.basis = b.value[:10], "day", b.basis
