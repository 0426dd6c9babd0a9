"""Explicit calendar dates: "2024-03-05", "March 5, 2024", "5 March", "in May", "2023", "the 1990s",
"the 21st century", "10/09/2024" (read in numeric.py), "fiscal 2024".
"""
from __future__ import annotations

import re

from ..lexicon import DECADE_WORDS, DECADE_WORD_RX, MONTH_RX, REL_STEP, WEEKDAYS, WEEKDAY_RX
from ..resolve import Spec
from .common import ANY_YEAR_RX, DAY_RX, EDGE, NAMED_YEAR, YEAR_OK, YEAR_RX, edge_mod, month_of, year_of
from .registry import rule


# Explicit calendar dates

@rule("iso", rf"\b({YEAR_RX})-(0[1-9]|1[0-2])-([012]\d|3[01])(?:T(\d\d):(\d\d)(?::\d\d)?)?\b", 9, needs="DIGITS", lead=1)
def _iso(m):
    spec = {"kind": "date", "y": int(m[1]), "m": int(m[2]), "d": int(m[3])}
    if m[4]:
        return "TIME", {"kind": "value", "value": f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}", "precision": "time"}, None
    return "DATE", spec, None


# "2024/03/05", "2024.3.5": a year first is always year, month, day
@rule("year_first_date", rf"(?<![\d./-])({YEAR_RX})([/.])(0?[1-9]|1[0-2])\2([012]?\d|3[01])(?![\d/-]|\.\d)", 9,
      needs="DIGITS", lead=1)
def _year_first(m):
    return "DATE", {"kind": "date", "y": int(m[1]), "m": int(m[3]), "d": int(m[4])}, None


@rule("weekday_month_day_year", rf"\b(?:{WEEKDAY_RX},?\s+)?({MONTH_RX})\s+({DAY_RX}),?\s+({YEAR_RX})\b{YEAR_OK}", 9, needs="MONTH", lead=16)
def _mdy(m):
    return "DATE", {"kind": "date", "y": int(m[3]), "m": month_of(m[1]), "d": int(re.sub(r"\D", "", m[2]))}, None


@rule("day_month_year", rf"\b(?:{WEEKDAY_RX},?\s+)?(?:(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*)?"
                        rf"(?:the\s+)?({DAY_RX})\s+(?:of\s+)?({MONTH_RX}),?\s+({YEAR_RX})\b{YEAR_OK}", 9, needs="MONTH", lead=34)
def _dmy(m):
    day = int(re.sub(r"\D", "", m[2]))
    spec: Spec = {"kind": "date", "y": int(m[4]), "m": month_of(m[3]), "d": day}
    _open_span(spec, m, day)            # "from 23 to 24 March 2024"
    return "DATE", spec, None


def _open_span(spec: Spec, m: re.Match, day: int) -> None:
    """A span whose first day stands before the month ("25-26 December"): dated by its first day, here, the second
    as its own timex (the match's group 2 is that second day)."""
    if m["d1"] and int(m["d1"]) < day:
        spec.update(d=int(m["d1"]), trim_to=m.end("d1"), second_day=(m.start(2), m.end(), day))


@rule("compact_day_month_year", rf"\b({DAY_RX})[.\-/]({MONTH_RX})[.\-/]?({YEAR_RX})\b", 9, needs="DIGITS", lead=14)
def _compact_dmy(m):
    """"14.Nov.2022", "14-Nov-2022" """
    return "DATE", {"kind": "date", "y": int(m[3]), "m": month_of(m[2]), "d": int(re.sub(r"\D", "", m[1]))}, None


WEEKDAY_BEFORE = re.compile(rf"({WEEKDAY_RX}),?\s", re.I)


def _weekday_given(spec: Spec, m) -> None:
    """The weekday written with a day and month ("Thursday, April 17th"): it tells the year (corpus.dating)."""
    wd = WEEKDAY_BEFORE.match(m[0])
    if wd:
        spec["wd"] = WEEKDAYS[wd.group(1).lower()]


@rule("month_day", rf"\b(?:{WEEKDAY_RX},?\s+)?({MONTH_RX})\s+({DAY_RX})\b(?![:.]\d|\s*(?:%|percent|,\s*\d{{3}}))"
                   rf"(?=\s*(?:and|or|to|through|-|–)\s*(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![:.,]?\d|\s*(?:%|percent)))?", 8, needs="MONTH", lead=16)
def _md(m):
    if m[1].lower().rstrip(".") == "may" and not m[0][:1].isupper():
        return None
    day = int(re.sub(r"\D", "", m[2]))
    spec: Spec = {"kind": "month_day", "m": month_of(m[1]), "d": day}
    _weekday_given(spec, m)
    if m["d2"] and int(m["d2"]) > day:     # "April 24 and 25", "Dec. 25-26": the second day of the same month
        spec["second_day"] = (m.start("d2"), m.end("d2"), int(m["d2"]))
    return "DATE", spec, None


@rule("day_month", rf"\b(?:{WEEKDAY_RX},?\s+)?(?:(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*)?(?:the\s+)?({DAY_RX})\s+(?:of\s+)?({MONTH_RX})\b(?!\s+(?:{YEAR_RX}))", 7, needs="MONTH", lead=34)
def _dm(m):
    if m[3].lower().rstrip(".") == "may" and not m[3][:1].isupper():
        return None
    if m[3].lower().startswith("mar") and not m[3][:1].isupper():
        return None
    day = int(re.sub(r"\D", "", m[2]))
    spec: Spec = {"kind": "month_day", "m": month_of(m[3]), "d": day}
    _weekday_given(spec, m)
    _open_span(spec, m, day)            # "25-26 December"
    return "DATE", spec, None


@rule("day_month_rel_year", rf"\b(?:(?P<md>{MONTH_RX})\s+(?P<d_md>{DAY_RX})|(?:the\s+)?(?P<d_dm>{DAY_RX})\s+(?:of\s+)?"
                            rf"(?P<dm>{MONTH_RX})),?\s+(?P<rel>last|this|next)\s+year\b", 9, needs="MONTH", lead=34)
def _day_month_rel_year(m):
    """"October 23 last year", "25 May next year": that day of the year the anchor's year names."""
    month = m["md"] or m["dm"]
    if not month[:1].isupper():
        return None
    return "DATE", {"kind": "month_day", "m": month_of(month), "d": int(re.sub(r"\D", "", m["d_md"] or m["d_dm"])),
                    "year_n": REL_STEP[m["rel"].lower()]}, None


@rule("month_year", rf"\b(?:{EDGE}[\s-]+)?({MONTH_RX}),?\s+(?:of\s+)?(?:({ANY_YEAR_RX})\b{YEAR_OK}|(?P<rel>last|this|next)\s+year\b)", 8, needs="MONTH", lead=22)
def _my(m):
    mod = edge_mod(re.match(rf"{EDGE}", m[0], re.I)[0]) if re.match(rf"{EDGE}[\s-]", m[0], re.I) else None
    if m["rel"]:                          # "October last year", "June this year"
        if not m[1][:1].isupper():
            return None
        return "DATE", {"kind": "month_day", "m": month_of(m[1]), "year_n": REL_STEP[m["rel"].lower()]}, mod
    return "DATE", {"kind": "date", "y": year_of(m[2]), "m": month_of(m[1])}, mod


@rule("month", rf"\b(?:(?P<edge>{EDGE})[\s-]+|(?P<rel>this|last|next|coming|past)\s+)?(?P<month>{MONTH_RX})(?!\s+\d)\b", 4, needs="MONTH", lead=22)
def _month(m):
    word = m["month"]
    low = word.lower().rstrip(".")
    if low in ("may", "march", "mar", "jan", "sept", "sep", "aug", "oct", "nov", "dec", "feb", "apr", "jun", "jul") and not word[:1].isupper():
        return None
    if not word[:1].isupper():
        return None
    if len(low) <= 4 and low not in ("may", "june", "july") and not word.endswith("."):
        return None
    if low == "may" and not (m["edge"] or m["rel"]):
        before = m.string[max(0, m.start() - 3):m.start()]
        after = m.string[m.end():m.end() + 12]
        if not before.strip() or before.rstrip().endswith((".", "\"", "“", "?", "!", "\n")) or re.match(r"\s+(?:be|have|not|also|well|never|soon|still|need|want|seek|take|make|help)\b", after):
            return None  # the modal verb "May ..." at a sentence start
    mod = edge_mod(m["edge"])
    spec: Spec = {"kind": "month_day", "m": month_of(word)}
    rel = (m["rel"] or "").lower()
    if rel in ("last", "past"):
        spec["direction"] = "past"
        spec["named"] = "last"
    elif rel in ("next", "coming"):
        spec["direction"] = "future"
        spec["named"] = "next"
    elif rel == "this":
        spec["direction"] = "nearest"
        spec["named"] = "this"
    return "DATE", spec, mod


@rule("year", rf"(?:(?<=\bpre-)|(?<=\bpost-)|(?<![\d$£€¥#,.-]))(?:(?P<edge>{EDGE})[\s-]+|(?P<fiscal>fiscal(?:\s+year)?)\s+|(?P<the>the\s+year\s+))?{NAMED_YEAR}(?P<y>{YEAR_RX})(?:'s)?\b{YEAR_OK}(?!-\d)", 6, re.I, needs="DIGITS", lead=22)
def _year(m):
    return "DATE", {"kind": "date", "y": int(m["y"])}, edge_mod(m["edge"])


@rule("fiscal_short", r"\b(?:fiscal|FY)\s*'?(\d\d)\b", 5, needs="FISCAL")
def _fiscal(m):
    return "DATE", {"kind": "date", "y": year_of(m[1])}, None


@rule("decade", rf"\b(?:the\s+)?(?:(?P<edge>{EDGE})[\s-]+)?(?:(?P<c>1[89]|20)(?P<d>\d)0|'(?P<s>\d)0)'?s\b", 7, needs="DIGITS", lead=26)
def _decade(m):
    century = m["c"] or "19"
    digit = m["d"] if m["d"] is not None else m["s"]
    return "DATE", {"kind": "value", "value": f"{century}{digit}", "precision": "decade"}, edge_mod(m["edge"])


@rule("decade_word", rf"\b(?:the\s+)?(?:(?P<edge>{EDGE})[\s-]+)?(?P<w>{DECADE_WORD_RX})\b", 6, needs="DECADE")
def _decade_word(m):
    return "DATE", {"kind": "value", "value": f"19{DECADE_WORDS[m['w'].lower()]}", "precision": "decade"}, edge_mod(m["edge"])


@rule("century", rf"\b(?:the\s+)?(?:(?P<edge>{EDGE})[\s-]+)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century\b", 7, needs="UNIT", lead=26)
def _century(m):
    return "DATE", {"kind": "value", "value": f"{int(m['n']) - 1:02d}", "precision": "century"}, edge_mod(m["edge"])


@rule("numeric_date", r"\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)\b", 9, needs="DIGITS", lead=1)
def _numeric(m):
    a, b, y = int(m[1]), int(m[3]), int(m[4])
    spec: Spec = {"kind": "numeric", "a": a, "b": b, "y": y, "sep": m[2], "raw": m[0]}
    return "DATE", spec, None
