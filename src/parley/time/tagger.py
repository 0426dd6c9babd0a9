"""Find and normalise time expressions in English news (TimeML TIMEX3 semantics).

Rules are regular expressions over the text; each turns its match into a spec (see resolve.py).
Overlapping matches keep the longest. Then, in text order, every spec is resolved against its
anchor: the publication date for deictic expressions ("yesterday", "last month", "on Saturday")
and the latest date established in the text for anaphoric ones ("the next day", "two days
later"). The tense around the expression (tense.py) decides the direction of weekdays, months
and seasons without a year ("met on Saturday" is the Saturday on or before the anchor; "will meet
on Thursday" the next Thursday).
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from .lexicon import (DAY_ORDINAL_FOLLOWERS, DECADE_WORD_RX, DECADE_WORDS, MONTH_RX, MONTHS, NUMBERS, NUMWORD_RX,
                      PARTS_OF_DAY, POD_RX, REL_STEP, SEASON_RX, SEASONS, UNITS, VAGUE_RX, WEEKDAY_RX, WEEKDAYS)
from ..budget import check
from ..ingest.segment import split_sentences
from .holidays import fixed_day, holidays
from .resolve import Spec, quarter_ending, resolve, shift
from .tense import tense_cue

I = re.IGNORECASE | re.VERBOSE


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str                      # DATE | TIME | DURATION | SET
    value: str | None              # TIMEX3 value; None when it needs an anchor that is missing
    precision: str | None          # day | week | month | quarter | season | half | year | decade | century | ...
    mod: str | None = None         # START | MID | END | APPROX | LESS_THAN | MORE_THAN | EQUAL_OR_LESS ...
    basis: str = "explicit"        # explicit | relative to publication date | relative to text | none
    direction: str | None = None   # past | future, where the tense decided
    spec: Spec = field(default_factory=dict)
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value,
                "precision": self.precision, "mod": self.mod, "basis": self.basis, "direction": self.direction,
                "spec": self.spec, "rule": self.rule}


@dataclass(slots=True)
class Match:
    start: int
    end: int
    type: str
    spec: Spec
    mod: str | None
    anaphoric: bool
    rule: str
    priority: int


Builder = Callable[[re.Match], tuple[str, Spec, str | None] | tuple[str, Spec, str | None, bool] | None]
RULES: list[tuple[str, re.Pattern, Builder, int]] = []

# Every match of a rule contains one of its trigger words; one scan finds the triggers and each
# rule runs only where a match could start: shortly before a trigger it needs (most sentences
# have no time expression at all).
_TRIGGER_LISTS = {
    "UNIT": "second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight "
            "fortnights month months quarter quarters qtr year years decade decades century centuries half period "
            "year-ago yearago year-earlier prior-year previous-year year-end",
    "MONTH": "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
             "oct october nov november dec december",
    "WEEKDAY": "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays "
               "fridays saturdays sundays",
    "DECADE": "twenties thirties forties fifties sixties seventies eighties nineties",
    "DECADE_NUM": "nineteen thousand",
    "FISCAL": "fiscal fy",
    "DEICTIC": "today tonight yesterday tomorrow now nowadays currently present days past recently earlier lately "
               "time while ago future term possible eventually current overnight",
    "POD": "morning afternoon evening night eve",
    "SEASON": "spring summer fall autumn winter",
    "HOLIDAY": "christmas year's year’s valentine's valentine’s halloween independence national republic victory "
               "bastille boxing armistice "
               "veterans patrick's patrick’s thanksgiving election easter",
    "CLOCK": "am pm a.m a.m. p.m p.m. o'clock noon midnight midday",
    "SET": "daily weekly monthly yearly annually hourly nightly every each per",
}
TRIGGER_OF: dict[str, list[str]] = {}
for _kind, _words in _TRIGGER_LISTS.items():
    for _w in _words.split():
        TRIGGER_OF.setdefault(_w, []).append(_kind)
TOKEN_RX = re.compile(r"[A-Za-z0-9'’][A-Za-z0-9'’./:-]*")
DIGIT_TRIGGERS = [("DIGITS", re.compile(r"\d{4}|'\d0s|\d{1,2}[/.]\d{1,2}[/.]\d{4}")),
                  ("ORDINAL", re.compile(r"\d{1,2}(?:st|nd|rd|th)\b")), ("CLOCK", re.compile(r"\d{1,2}:\d{2}")),
                  ("FISCAL", re.compile(r"fy\s*'?\d\d", re.I))]
RULE_NEEDS: dict[str, tuple[str, ...]] = {}
RULE_LEAD: dict[str, int] = {}      # how far before its trigger a rule's match can start
WINDOW_BEFORE = 48          # longest lead-in before a trigger: "more than four decades ago", "the beginning of the month"


def rule(name: str, pattern: str, priority: int = 5, flags: int = I, needs: str | None = None,
         lead: int = 48):
    def deco(fn: Builder) -> Builder:
        RULES.append((name, re.compile(pattern, flags), fn, priority))
        RULE_LEAD[name] = lead
        if needs:
            RULE_NEEDS[name] = tuple(needs.split())
        return fn
    return deco


def num(word: str | None) -> float | None:
    if word is None:
        return None
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w in NUMBERS:
        return NUMBERS[w]
    try:
        return float(w.replace(",", ""))
    except ValueError:
        return None


def month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def year_of(word: str) -> int:
    w = word.strip("'’")
    if not w[:1].isdigit():                  # a spelled year
        parts = re.split(r"[\s-]+", w.lower())
        if parts[0] == "nineteen":
            return 1900 + sum(NUMBERS[p] for p in parts[1:])
        return 2000 + sum(NUMBERS[p] for p in parts[2:] if p != "and")
    n = int(w)
    if len(w) == 2:
        return n + (1900 if n >= 30 else 2000)
    return n


def unit_code(unit: str) -> tuple[str, bool]:
    """TIMEX3 duration letter of a unit, and whether it is a time unit (PT...)."""
    u = unit.lower().rstrip("s")
    if u in ("centurie", "century"):
        return "CE", False
    code = UNITS[u]
    return code, u in ("second", "minute", "hour")


def duration(n: float | None, unit: str) -> str:
    code, is_time = unit_code(unit)
    lead = "PT" if is_time else "P"
    if code == "DE":
        return f"P{int(n * 10)}Y" if n is not None else "PXDE"
    if code == "CE":
        return f"P{int(n * 100)}Y" if n is not None else "PXCE"
    if code == "WE":
        return f"P{int(n * 2) if n else 2}D" if n is not None else "PXWE"
    if n is None:
        return f"{lead}X{code}"
    if n != int(n):
        whole = int(n)
        half = ("30", "S") if is_time and code == "M" else \
            {"Y": ("6", "M"), "D": ("12", "H"), "H": ("30", "M"), "M": ("15", "D"), "W": ("3", "D")}.get(code)
        if half and abs(n - whole - 0.5) < 1e-9:
            if code == "D":
                return f"P{whole}DT12H" if whole else "PT12H"
            if code == "H":
                return f"PT{whole}H30M" if whole else "PT30M"
            return f"{lead}{whole}{code}{half[0]}{half[1]}" if whole else f"{lead}{half[0]}{half[1]}"
        return f"{lead}{n:g}{code}"
    return f"{lead}{int(n)}{code}"


UNIT_RX = r"(?:second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
NUM_RX = rf"(?:\d+(?:[.,]\d+)?|(?:{_TENS})[\s-]+(?:{_UNITS})\b|{NUMWORD_RX})"
DAY_RX = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RX = r"(?:1[89]\d\d|20\d\d)"
# Broadcast transcripts spell years out: "nineteen ninety-four", "two thousand", "two thousand and one".
NINETEEN_RX = rf"nineteen[\s-]+(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?"
SPELLED_YEAR_RX = (rf"(?:{NINETEEN_RX}"
                   rf"|two[\s-]+thousand(?:(?:\s+and)?[\s-]+(?:{_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen))?)")
ANY_YEAR_RX = rf"(?:{YEAR_RX}|{SPELLED_YEAR_RX})"
YEAR_OK = r"(?![\d,.]\d)(?!\s*(?:%|percent|per\s+cent|troops|soldiers|people|dollars|tons|tonnes|barrels|feet|meters|metres|km|miles|members|workers|employees|jobs|shares|units|cars|cases|deaths))"
# a year that is part of a name ("the Horizon 2047 roadmap", "Vision 2030", "Agenda 2063", "Expo 2025"): no date
NAMED_YEAR = "".join(f"(?<!{w} )" for w in ("Vision", "Horizon", "Agenda", "Expo", "Strategy", "Roadmap", "Programme",
                                               "Program", "Olympics", "Cup"))
EDGE = r"(?:early|mid|late|the\s+end\s+of|end|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)"
EDGE_MOD = {"early": "START", "mid": "MID", "late": "END", "end": "END", "the end of": "END", "the beginning of": "START",
            "the start of": "START", "the middle of": "MID", "the first half of": "START", "the second half of": "END"}


def edge_mod(word: str | None) -> str | None:
    if not word:
        return None
    return EDGE_MOD.get(re.sub(r"[\s-]+", " ", word.lower()).strip())


# ---------------------------------------------------------------------------------------------
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


# ---------------------------------------------------------------------------------------------
# Deictic expressions: today, yesterday, now, last month, next year, this week ...

@rule("today", r"\b(?:(?:early|late|earlier|later)\s+)?(?:today|this\s+day)\b", 6, needs="DEICTIC")
def _today(m):
    return "DATE", {"kind": "anchor_day"}, None


@rule("tonight", rf"\b(?:tonight|this\s+(?P<pod>{POD_RX}))\b", 7, needs="DEICTIC POD")
def _tonight(m):
    pod = PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else "TNI"
    return "TIME", {"kind": "anchor_day", "suffix": pod}, None


@rule("yesterday", rf"\b(?:(?:early|late|earlier|later)\s+)?(?:(?P<dby>the\s+day\s+before\s+)?yesterday|last\s+night)(?:\s+(?P<pod>{POD_RX}))?\b", 7, needs="DEICTIC POD")
def _yesterday(m):
    n = -2 if m["dby"] else -1
    pod = m["pod"] or ("night" if m[0].lower().startswith("last") else None)
    if pod:
        return "TIME", {"kind": "offset", "unit": "day", "n": n, "suffix": PARTS_OF_DAY[pod.lower()]}, None
    return "DATE", {"kind": "offset", "unit": "day", "n": n}, None


@rule("part_of_day", r"\b(?:(?P<mid>mid[\s-]?)(?P<pod>morning|afternoon|evening)(?:\s+(?P<rel>yesterday|today|tomorrow))?"
                     r"|(?P<pod2>morning|afternoon|evening|night)\s+of\s+(?P<rel2>yesterday|today|tomorrow))\b", 7, needs="POD", lead=8)
def _part_of_day(m):
    # "mid-afternoon yesterday", "mid morning", "the evening of tomorrow"
    pod = PARTS_OF_DAY[(m["pod"] or m["pod2"]).lower()]
    n = {"yesterday": -1, "today": 0, "tomorrow": 1}.get((m["rel"] or m["rel2"] or "today").lower())
    return "TIME", {"kind": "offset", "unit": "day", "n": n, "suffix": pod}, None


@rule("tomorrow", rf"\b(?P<dat>the\s+day\s+after\s+)?tomorrow(?:\s+(?P<pod>{POD_RX}))?\b", 7, needs="DEICTIC")
def _tomorrow(m):
    n = 2 if m["dat"] else 1
    if m["pod"]:
        return "TIME", {"kind": "offset", "unit": "day", "n": n, "suffix": PARTS_OF_DAY[m['pod'].lower()]}, None
    return "DATE", {"kind": "offset", "unit": "day", "n": n}, None


@rule("now", r"\b(?:right\s+)?now\b|\bnowadays\b|\bthese\s+days\b|\bcurrently\b|\bat\s+present\b|\bthe\s+present\b", 5, needs="DEICTIC")
def _now(m):
    return "DATE", {"kind": "value", "value": "PRESENT_REF", "precision": "ref"}, None


@rule("past_ref", r"\b(?:the\s+past|recently|earlier|in\s+the\s+past|lately|the\s+time|a\s+while\s+ago|some\s+time\s+ago|years\s+ago|months\s+ago|weeks\s+ago|days\s+ago|decades\s+ago|recent)\b", 3, needs="DEICTIC")
def _past_ref(m):
    low = re.sub(r"\s+", " ", m[0].lower())
    if low in ("earlier", "recent", "the time"):
        return None  # too often not a time expression on their own; handled in context below
    if low == "in the past":
        return None
    return "DATE", {"kind": "value", "value": "PAST_REF", "precision": "ref"}, None


@rule("future_ref", r"\b(?:the\s+(?:(?:near|immediate|foreseeable|distant)\s+)?future|future|in\s+the\s+near\s+term|the\s+near\s+term|the\s+long\s+term|as\s+soon\s+as\s+possible|eventually)\b(?!\s+(?:of|generations|leaders?|plans?|contracts?|prices?|markets?|trading))", 3, needs="DEICTIC")
def _future_ref(m):
    low = m[0].lower()
    if low == "future" or low == "eventually":
        return None
    return "DATE", {"kind": "value", "value": "FUTURE_REF", "precision": "ref"}, None


@rule("relative_unit",
      r"\b(?P<edge>(?:early|late|mid|earlier|later)\s+|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?(?P<the>the\s+)?"
      r"(?:(?P<rel>this|last|next|past|coming|previous|current|following|same)|(?P<inthe>in\s+the))\s+"
      r"(?P<unit>week(?:end)?|month|year|quarter|decade|century|fortnight|half)\b(?!\s*'s\s+\w+\s+(?:\d|percent))", 6, needs="UNIT", lead=30)
def _relative_unit(m):
    if m["inthe"] and ((m["edge"] or "").strip().lower() not in ("earlier", "later")
                       or m["unit"].lower() not in ("week", "month")):
        # ("earlier in the week" is this week's; "in the week" alone tells no week; of "earlier in the year" the
        # timex is "the year", as TimeML marks it)
        return None
    rel = (m["rel"] or "this").lower()
    unit = m["unit"].lower()
    edge = (m["edge"] or "").strip().lower()
    n = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
         "following": 1, "same": 0}[rel]
    anaphoric = rel in ("previous", "following", "same")
    mod = None
    if edge:
        if edge.startswith(("early", "beginning", "start", "the beginning", "the start")):
            mod = "START"
        elif edge.startswith(("late", "end", "the end")):
            mod = "END"
        elif edge.startswith(("mid", "middle", "the middle")):
            mod = "MID"
        elif edge == "earlier":
            mod = None
    if rel == "past" and not edge and unit == "year" and m["the"]:
        return "DATE", {"kind": "offset", "unit": "year", "n": -1}, None
    if rel == "past" and not edge:
        # "the past month" is a duration of one unit
        if unit in ("week", "month", "year", "decade", "quarter", "century", "fortnight"):
            return "DURATION", {"kind": "value", "value": duration(1 if unit != "fortnight" else 2, unit if unit != "fortnight" else "week"), "precision": "duration"}, None
    if unit == "half":
        return "DATE", {"kind": "offset", "unit": "half", "n": n}, mod, anaphoric
    return "DATE", {"kind": "offset", "unit": unit, "n": n}, mod, anaphoric


@rule("relative_weekday", rf"\b(?P<rel>this|last|next|this\s+past|this\s+coming|coming|past)\s+(?P<wd>{WEEKDAY_RX})(?:\s+(?P<pod>{POD_RX}))?\b", 8, needs="WEEKDAY", lead=14)
def _relative_weekday(m):
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    direction = {"last": "past", "past": "past", "this past": "past", "next": "future", "this coming": "future",
                 "coming": "future"}.get(rel)
    spec: Spec = {"kind": "weekday", "wd": WEEKDAYS[m["wd"].lower()]}
    if direction:
        spec["direction"] = direction
    if rel == "last":
        spec["skip_same_week"] = True
    if direction == "future":
        spec["strict"] = True       # "next Thursday", written on a Thursday: a week on, not that day
    if m["pod"]:
        spec["suffix"] = PARTS_OF_DAY[m['pod'].lower()]
        return "TIME", spec, None
    return "DATE", spec, None


# "Thursday last week", "on Monday of next week", "Tuesday this week": that weekday of that calendar week
@rule("weekday_of_week", rf"\b(?P<wd>{WEEKDAY_RX})(?:\s+(?P<pod>{POD_RX}))?\s+(?:of\s+)?(?P<rel>last|next|this)\s+week\b(?!['’])",
      8, needs="WEEKDAY", lead=1)
def _weekday_of_week(m):
    rel = m["rel"].lower()
    spec: Spec = {"kind": "weekday", "wd": WEEKDAYS[m["wd"].lower()], "week": REL_STEP[rel]}
    if rel != "this":
        spec["direction"] = "past" if rel == "last" else "future"
    if m["pod"]:
        spec["suffix"] = PARTS_OF_DAY[m["pod"].lower()]
        return "TIME", spec, None
    return "DATE", spec, None


@rule("anaphoric_weekday", rf"\bthe\s+(?P<rel>previous|preceding|following|next)\s+(?P<wd>{WEEKDAY_RX})\b", 8, needs="WEEKDAY", lead=16)
def _anaphoric_weekday(m):
    d = "past" if m["rel"].lower() in ("previous", "preceding") else "future"
    # (strictly before or after the day it counts from: "the previous Friday", told of a Friday, is a week before)
    return "DATE", {"kind": "weekday", "wd": WEEKDAYS[m["wd"].lower()], "direction": d, "strict": True}, None, True


# "later Friday", "earlier on Monday": a weekday told as the day of what the report tells, the one nearest its writing,
# whatever the tense ("agreed Friday to step up cooperation ... He will travel to Indonesia later Friday", read as of
# the Saturday after; "Later on Thursday, Mudavadi will call on Museveni", written on Tuesday)
# (the weekday alone is the expression, as TimeML marks it)
@rule("weekday_of_the_day_told", rf"(?:(?<=\blater\s)|(?<=\bearlier\s)|(?<=\blater\son\s)|(?<=\bearlier\son\s))(?P<wd>{WEEKDAY_RX})\b",
      7, needs="WEEKDAY", lead=16)
def _weekday_of_the_day_told(m):
    return "DATE", {"kind": "weekday", "wd": WEEKDAYS[m["wd"].lower()], "direction": "either"}, None


# "Tuesday (26)": the day of the month in brackets after its weekday, as Brazilian outlets write it
@rule("weekday_day_in_brackets", rf"\b(?P<wd>{WEEKDAY_RX})\s+\((?P<d>[12]\d|3[01]|0?[1-9])\)", 7, needs="WEEKDAY",
      lead=1)
def _weekday_day_in_brackets(m):
    return "DATE", {"kind": "day_of_month", "d": int(m["d"]), "wd": WEEKDAYS[m["wd"].lower()]}, None


@rule("weekday", rf"\b(?P<wd>{WEEKDAY_RX})(?:\s+(?P<pod>{POD_RX}))?\b", 6, needs="WEEKDAY", lead=1)
def _weekday(m):
    spec: Spec = {"kind": "weekday", "wd": WEEKDAYS[m["wd"].lower()]}
    if m["pod"]:
        spec["suffix"] = PARTS_OF_DAY[m['pod'].lower()]
        return "TIME", spec, None
    return "DATE", spec, None


@rule("season", rf"\b(?:(?P<the>the)\s+)?(?:(?P<edge>early|late|mid)[\s-]+)?(?:(?P<rel>this|last|next|past|coming|this\s+past)\s+)?(?P<s>{SEASON_RX})(?:\s+(?:of\s+)?(?P<y>{ANY_YEAR_RX}))?\b(?!\s+(?:session|olympics|games|collection|term|semester|school|camp|meeting|offensive|harvest))", 5, needs="SEASON", lead=24)
def _season(m):
    s = SEASONS[m["s"].lower()]
    if m["s"].lower() == "fall" and not (m["rel"] or m["y"] or m["the"] or m["edge"]):
        return None  # "prices fall"
    mod = edge_mod(m["edge"])
    if m["y"]:
        return "DATE", {"kind": "value", "value": f"{year_of(m['y']):04d}-{s}", "precision": "season"}, mod
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if rel == "this past":                # the latest such season before the current one
        return "DATE", {"kind": "season", "season": s, "n": None, "direction": "past", "strict": True}, mod
    n = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}.get(rel)
    return "DATE", {"kind": "season", "season": s, "n": n}, mod


@rule("edge_year", r"\b(?P<edge>earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+(?:this|the)\s+year\b", 7, needs="UNIT")
def _edge_this_year(m):
    edge = re.sub(r"[\s-]+", " ", m["edge"].lower())
    mod = {"early": "START", "late": "END", "mid": "MID", "the end of": "END", "the beginning of": "START",
           "the start of": "START", "the middle of": "MID"}.get(edge)
    return "DATE", {"kind": "offset", "unit": "year", "n": 0}, mod


@rule("ago", rf"\b(?P<mod>about|some|nearly|almost|more\s+than|less\s+than|over|just|roughly|around|at\s+least)?\s*(?P<n>{NUM_RX}|{VAGUE_RX})[\s-]+(?P<unit>{UNIT_RX})\s+ago\b", 8, needs="UNIT_AGO", lead=40)
def _ago(m):
    n = num(m["n"])
    unit = m["unit"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    mod = _approx_mod(m["mod"])
    if n is None:
        return "DATE", {"kind": "value", "value": "PAST_REF", "precision": "ref"}, None
    n = int(n) if n == int(n) else n
    if unit in ("hour", "minute", "second"):
        return "DATE", {"kind": "anchor_day"}, mod
    if unit == "night":
        unit = "day"
    if unit == "decade":
        return "DATE", {"kind": "offset", "unit": "year", "n": -int(n * 10)}, mod
    if isinstance(n, float):
        return "DATE", {"kind": "value", "value": "PAST_REF", "precision": "ref"}, None
    return "DATE", {"kind": "offset", "unit": unit, "n": -n}, mod


# what follows "the same day" that tells of another act, whose day it is: "as the summit", "that", "a missile struck"
SAME_AS_ANOTHER = re.compile(r"\s+(?:as|that|when|a|an|the|his|her|their|its|this|[A-Z][\w'’]*\s+[a-z]+(?:ed|s)\b)\b")


@rule("anaphoric_day", r"\b(?:the\s+(?:next|following|previous|preceding|same)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)|that\s+(?P<that>day|morning|afternoon|evening|night|week|month|year)|the\s+day\s+(?P<ba>before|after)|(?<=\bon\s)the\s+(?P<eve>eve)|(?P<dbl>a\s+day)\s+(?P<dir>earlier|later|before|after)(?=\s*[.,;:!?)]|\s*$))\b(?!\s+(?:of|when|in\s+which))", 7, needs="UNIT POD")
def _anaphoric(m):
    word = (m["unit"] or m["that"] or "day").lower()
    full = m[0].lower()
    if full.startswith("the same") and SAME_AS_ANOTHER.match(m.string, m.end()):
        return None                 # "on the same day a Russian missile struck a hospital": that act's day, not the
                                    # day the text told last
    if m["ba"]:
        n = -1 if m["ba"] == "before" else 1
    elif m["eve"]:
        n = -1                      # "On the eve, Putin hosted Modi for dinner" (not "on the eve of the summit")
    elif m["dbl"]:
        n = -1 if m["dir"].lower() in ("earlier", "before") else 1
    elif any(w in full for w in ("next", "following")):
        n = 1
    elif any(w in full for w in ("previous", "preceding")):
        n = -1
    else:
        n = 0
    if word in PARTS_OF_DAY:
        return "TIME", {"kind": "offset", "unit": "day", "n": n, "suffix": PARTS_OF_DAY[word]}, None, True
    return "DATE", {"kind": "offset", "unit": word, "n": n}, None, True


@rule("weekend", r"\b(?:the|this|last|next|that)\s+weekend\b|\bweekend\b", 5, needs="UNIT")
def _weekend(m):
    low = m[0].lower()
    if low == "weekend":
        return None
    if low.startswith(("last", "next")):
        return "DATE", {"kind": "offset", "unit": "weekend", "n": -1 if low.startswith("last") else 1}, None
    return "DATE", {"kind": "weekend"}, None


# (not an ordinal of the word after it: "the 10th retreat", "the 21st century", "the 5th Zhang")
@rule("day_of_month", rf"\b(?:on\s+)?the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?!(?:{DAY_ORDINAL_FOLLOWERS})\b)(?-i:[a-z])|\s+(?:U\.S\.\s+)?(?-i:[A-Z]))", 5, needs="ORDINAL")
def _day_of_month(m):
    start = m[0].lower().startswith("on ")
    return "DATE", {"kind": "day_of_month", "d": int(m["d"]), "trim_on": start}, None


@rule("current_ref", r"\b(?:then[\s-]+)?current\b(?!\s+(?:account|accounts|affairs|events|prices|dollars|law|laws|rules|system|members?|chairman|president|minister|leader|leaders|government|administration|regime|version|issue|status|situation|crisis|conflict|location|flow|flows|assets|liabilities|levels?|rate|rates))", 2, needs="DEICTIC")
def _current(m):
    if m[0].lower().startswith("then"):
        return "DATE", {"kind": "value", "value": "PAST_REF", "precision": "ref"}, None
    return "DATE", {"kind": "value", "value": "PRESENT_REF", "precision": "ref"}, None


@rule("holiday", r"\b(?:(?P<rel>last|next|this)\s+)?(?P<h>christmas(?:\s+(?:day|eve))?|new\s+year['’]s\s+(?:day|eve)|valentine['’]s\s+day|halloween|independence\s+day|(?-i:National|Republic|Victory)\s+Day(?!\s+of\s+(?:mourning|prayer|remembrance|action|service|reconciliation)\b)|bastille\s+day|boxing\s+day|armistice\s+day|veterans\s+day|st\.\s+patrick['’]s\s+day|thanksgiving(?:\s+day)?|election\s+day|easter(?:\s+(?:sunday|day))?)\b(?!\s+(?:island|rising|offensive|truce|ceasefire|holidays?\s+season))", 6, needs="HOLIDAY")
def _holiday(m):
    h = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    rel = (m["rel"] or "").lower()
    n = {"last": -1, "next": 1, "this": 0}.get(rel)
    if h in holidays():
        day = fixed_day(h, m.string, m.start("h"), m.end("h"))
        if day is None:                 # (one of several states' holidays, none told)
            return None
        mo, d = day
        if n is not None:
            return "DATE", {"kind": "holiday", "m": mo, "d": d, "n": n}, None
        return "DATE", {"kind": "month_day", "m": mo, "d": d}, None
    name = "thanksgiving" if h.startswith("thanksgiving") else "election" if h.startswith("election") else "easter"
    return "DATE", {"kind": "holiday", "name": name, "n": n}, None


@rule("year_end", r"\b(?:around\s+)?(?:the\s+)?(?:year[\s-]end|year['’]s\s+end|end\s+of\s+the\s+year)\b", 6, needs="UNIT")
def _year_end(m):
    return "DATE", {"kind": "offset", "unit": "year", "n": 0}, "END"


@rule("month_end", r"\bthe\s+(?P<e>end|beginning|start|middle)\s+of\s+the\s+month\b", 6, needs="UNIT")
def _month_end(m):
    return "DATE", {"kind": "offset", "unit": "month", "n": 0}, {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}[m["e"].lower()]


@rule("spelled_year", rf"\b(?:the\s+year\s+(?P<y2k>{SPELLED_YEAR_RX})|(?P<y>{NINETEEN_RX}))\b", 7, needs="DECADE_NUM")
def _spelled_year(m):
    return "DATE", {"kind": "date", "y": year_of(m["y2k"] or m["y"])}, None


@rule("overnight", r"\bovernight\b(?!\s+(?:stays?|trains?|flights?|bags?|rates?|lending|loans?|deposits?))", 4, needs="DEICTIC")
def _overnight(m):
    return "TIME", {"kind": "anchor_day", "suffix": "TNI"}, None


# ---------------------------------------------------------------------------------------------
# Quarters, halves (financial news)

@rule("quarter", rf"\b(?:the\s+)?(?:(?P<py>{YEAR_RX})(?:'s)?\s+|(?P<prel>this|last|next)\s+year(?:'s|’s)\s+)?(?:fiscal[\s-]+)?"
                 rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal[\s-]+)?(?:quarter|qtr)"
                 rf"(?:\s+of\s+(?P<y>{YEAR_RX}|this\s+year|last\s+year|next\s+year))?\b", 7, needs="UNIT", lead=30)
def _quarter(m):
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4,
         "last": None}[m["ord"].lower()]
    y = m["y"] or m["py"] or (f"{m['prel']} year" if m["prel"] else None)
    if q is None and y:
        q = 4                             # "the last quarter of 1989"
    if q is None:
        return "DATE", {"kind": "offset", "unit": "quarter", "n": -1}, None
    if y and y[0].isdigit():
        return "DATE", {"kind": "value", "value": f"{y}-Q{q}", "precision": "quarter"}, None
    n = {"this year": 0, "last year": -1, "next year": 1}.get(re.sub(r"\s+", " ", (y or "").lower()))
    return "DATE", {"kind": "quarter", "q": q, "n": n}, None


@rule("half", rf"\b(?:the\s+)?(?P<ord>first|second|last|latter)\s+half(?:\s+of\s+(?P<y>{YEAR_RX}|this\s+year|last\s+year|next\s+year))?\b", 7, needs="UNIT")
def _half(m):
    if m["ord"].lower() in ("last", "latter") and not m["y"]:
        return None                       # "the last half" alone is the latest half-year (relative_unit)
    h = 1 if m["ord"].lower() == "first" else 2
    y = m["y"]
    if y and y[0].isdigit():
        return "DATE", {"kind": "value", "value": f"{y}-H{h}", "precision": "half"}, None
    n = {"this year": 0, "last year": -1, "next year": 1}.get(re.sub(r"\s+", " ", (y or "").lower()), 0)
    return "DATE", {"kind": "half", "h": h, "n": n}, None


@rule("year_ago_period", r"\b(?:the\s+)?(?:year-?ago|year-earlier|prior-year|previous-year)(?:\s+(?:period|quarter|level|months?))?\b|\ba\s+year\s+(?:earlier|ago)\b"
                         r"|\bthe\s+(?:(?:same|corresponding|comparable|year-ago)\s+)?(?:quarter|period)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))\b", 9, needs="UNIT")
def _year_ago(m):
    return "DATE", {"kind": "year_ago_quarter"}, None, True


@rule("the_year", r"\bthe\s+(?:full\s+|fiscal\s+|whole\s+|entire\s+)?year\b(?!\s*(?:'s|’s|\d|before|after|earlier|ago|of\s+the))", 3, needs="UNIT")
def _the_year(m):
    # "for the year ended Sept. 30", "throughout the year": a span of a year; "for the full year",
    # "a high for the year", "earlier in the year": the current (fiscal) year
    after = m.string[m.end():m.end() + 12].lower()
    before = m.string[max(0, m.start() - 12):m.start()].lower().split()
    if re.match(r"\s*(?:ended|ending|to\b|through|until)", after) or (before and before[-1] in ("throughout", "over", "within")):
        return "DURATION", {"kind": "value", "value": "P1Y", "precision": "duration"}, None
    return "DATE", {"kind": "offset", "unit": "year", "n": 0}, None


@rule("year_quarter", rf"\b(?:the\s+(?P<y>{YEAR_RX})|(?P<rel>last|this|next)\s+year(?:'s|’s))\s+quarter\b", 7, needs="UNIT")
def _year_quarter(m):
    # "the 1988 quarter", "last year's quarter": the reported quarter of another year
    if m["y"]:
        return "DATE", {"kind": "current_quarter", "y": int(m["y"])}, None, True
    return "DATE", {"kind": "current_quarter", "year_n": REL_STEP[m["rel"].lower()]}, None, True


@rule("the_quarter", r"\b(?:the\s+)?(?:latest|recent|most\s+recent|same|current|just-ended|just\s+ended)\s+(?:quarter|period)\b|\bthe\s+quarter\b", 5, needs="UNIT")
def _the_quarter(m):
    spec: Spec = {"kind": "current_quarter"}
    ended = re.match(rf"\s+(?:ended|ending)\s+(?:on\s+)?(?P<mon>{MONTH_RX})\s+\d", m.string[m.end():m.end() + 30], re.I)
    if ended:                             # "the quarter ended July 31": the quarter holding most of May-July
        spec["end_month"] = month_of(ended["mon"])
    return "DATE", spec, None, True


# ---------------------------------------------------------------------------------------------
# Clock times

@rule("clock", rf"\b(?:(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\.?|o'clock)(?:\s+(?P<tz>[A-Z]{{2,4}})\b)?(?:,?\s+(?:(?P<rel>last|this|next)\s+)?(?P<wd>{WEEKDAY_RX}))?"
               rf"(?(wd)|(?=\s*\([^()]{{1,24}}\)\s*,?\s+(?:on\s+)?(?P<wd_after>{WEEKDAY_RX})\b))?", 7, re.VERBOSE | re.IGNORECASE, needs="CLOCK", lead=26)
def _clock(m):
    if m["ap"][:1].isupper() and m["ap"][1:2].islower():
        return None  # "12 Am" is not a clock time
    h = int(m["h"])
    ap = (m["ap"] or "").lower().replace(".", "").replace(" ", "")
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    t = f"T{h:02d}:{int(m['mi'] or 0):02d}"
    wd = m["wd"] or m["wd_after"]          # "10:35 a.m. (0735 GMT) Friday": the day after a gloss
    if wd:
        return "TIME", {"kind": "weekday", "wd": WEEKDAYS[wd.lower()], "suffix": t}, None
    return "TIME", {"kind": "anchor_day", "suffix": t}, None


@rule("clock_date", rf"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?\s?m\.?)(?:\s+[A-Z]{{2,4}})?,?\s+(?:on\s+)?(?P<mon>{MONTH_RX})\s+(?P<d>{DAY_RX})(?:,?\s+(?P<y>{YEAR_RX}))?\b", 8, needs="CLOCK")
def _clock_date(m):
    h = int(m["h"])
    ap = m["ap"].lower().replace(".", "").replace(" ", "")
    h = h + 12 if ap == "pm" and h < 12 else (0 if ap == "am" and h == 12 else h)
    t = f"T{h:02d}:{int(m['mi'] or 0):02d}"
    d = int(re.sub(r"\D", "", m["d"]))
    if m["y"]:
        return "TIME", {"kind": "value", "value": f"{m['y']}-{month_of(m['mon']):02d}-{d:02d}{t}", "precision": "time"}, None
    return "TIME", {"kind": "month_day", "m": month_of(m["mon"]), "d": d, "suffix": t}, None


@rule("clock_pod", r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?:\s+o'clock)?\s+in\s+the\s+(?P<pod>morning|afternoon|evening|night)\b", 7, needs="POD", lead=24)
def _clock_pod(m):
    h = int(m["h"]) % 12 + (12 if m["pod"].lower() in ("afternoon", "evening") or (m["pod"].lower() == "night" and int(m["h"]) >= 6) else 0)
    return "TIME", {"kind": "anchor_day", "suffix": f"T{h:02d}:{int(m['mi'] or 0):02d}"}, None


@rule("the_part_of_day", r"(?<=\bin\s)the\s+(?P<pod>morning|afternoon|evening)\b(?!\s+(?:of|before|after|when|that|"
                         r"session|news|paper|papers|edition|show|prayers?|service|rush)\b)", 6, needs="POD", lead=8)
def _the_part_of_day(m):
    # "Rubio met Sheinbaum at the National Palace in the morning": of the day told just before
    return "TIME", {"kind": "anchor_day", "suffix": PARTS_OF_DAY[m["pod"].lower()]}, None


@rule("clock24", r"\b(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)\s*(?:hrs|h|GMT|UTC|local\s+time)\b", 6, needs="CLOCK")
def _clock24(m):
    return "TIME", {"kind": "anchor_day", "suffix": f"T{m['h']}:{m['mi']}"}, None


@rule("noon", rf"\b(?P<w>noon|midnight|midday)(?:\s+(?P<wd>{WEEKDAY_RX}))?\b", 6, needs="CLOCK", lead=1)
def _noon(m):
    t = "T12:00" if m["w"].lower() in ("noon", "midday") else "T24:00"
    if m["wd"]:
        return "TIME", {"kind": "weekday", "wd": WEEKDAYS[m["wd"].lower()], "suffix": t}, None
    return "TIME", {"kind": "anchor_day", "suffix": t}, None


# ---------------------------------------------------------------------------------------------
# Durations and sets

HALF_RX = r"(?:a\s+half|1/2|½)"


@rule("duration",
      rf"\b(?P<pre>(?:the\s+)?(?:past|last|next|first|coming|previous|following|final)\s+)?(?P<mod>about|some|nearly|almost|more\s+than|less\s+than|at\s+least|at\s+most|up\s+to|roughly|another|an\s+additional|a\s+further)?\s*"
      rf"(?:the\s+)?(?P<n>{NUM_RX}(?:\s+(?:and\s+)?{HALF_RX})?|{VAGUE_RX})[\s-]+(?P<more>more\s+|additional\s+|full\s+|straight\s+|consecutive\s+)?(?P<unit>{UNIT_RX})(?P<half>\s+and\s+a\s+half)?(?:-long)?\b(?!\s+ago|-old|\s+old|-olds)", 5, needs="NUM_UNIT", lead=40)
def _duration(m):
    unit = m["unit"].lower()
    nword = m["n"].lower()
    if re.fullmatch(YEAR_RX, nword) and unit.rstrip("s") in ("second", "quarter", "half", "minute"):
        return None                       # "the 1988 second quarter" is no duration of 1988 seconds
    if unit.startswith("quarter") and re.match(r"\s+of\s+(?:the|its|his|her|their|our|a|an|all|this|that|these|those)\b", m.string[m.end():m.end() + 12], re.I):
        return None                       # "three-quarters of its food" is a fraction
    n_val = num(re.sub(rf"\s+(?:and\s+)?{HALF_RX}$", "", nword))
    if n_val is None and not re.match(VAGUE_RX, nword, re.I):
        return None
    if n_val is not None and (re.search(HALF_RX, nword) or m["half"]):
        n_val += 0.5                      # "5 1/2 hours", "a minute and a half"
    mod = _approx_mod(m["mod"])
    u = "week" if unit.startswith("fortnight") else unit
    if unit.startswith("fortnight") and n_val is not None:
        n_val *= 2
    if u.rstrip("s") == "night":
        u = "day"
    return "DURATION", {"kind": "value", "value": duration(n_val, u), "precision": "duration"}, mod


@rule("vague_duration", r"\b(?P<pre>(?:in\s+)?(?:recent|the\s+past|the\s+last|the\s+coming|the\s+next|coming)\s+)?(?P<unit>days|weeks|months|years|decades|centuries)\b(?!\s+(?:ago|later|earlier|old))", 4, needs="UNIT", lead=22)
def _vague_duration(m):
    unit = m["unit"].lower()
    code = {"days": "D", "weeks": "W", "months": "M", "years": "Y", "decades": "DE", "centuries": "CE"}[unit]
    pre = re.sub(r"\s+", " ", (m["pre"] or "").lower())
    if not pre and unit in ("days",):
        return None
    if pre.startswith("in "):
        return None
    if pre.startswith("recent") and unit in ("years", "decades"):
        return "DATE", {"kind": "value", "value": "PAST_REF", "precision": "ref"}, None
    return "DURATION", {"kind": "value", "value": f"PX{code}", "precision": "duration"}, None


@rule("set", rf"\b(?:(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly)|(?:every|each|per|a)\s+(?P<unit>day|week|month|year|quarter|hour|night)|(?:every|each)\s+(?P<wd>{WEEKDAY_RX}))\b", 5, needs="SET UNIT WEEKDAY", lead=8)
def _set(m):
    if m["adv"]:
        code = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "quarterly": "P1Q", "hourly": "PT1H", "nightly": "P1D"}[m["adv"].lower()]
        return "SET", {"kind": "value", "value": code, "precision": "set"}, None
    if m["wd"]:
        return "SET", {"kind": "value", "value": f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", "precision": "set"}, None
    if m[0].lower().startswith("a "):
        return None  # "a year" is more often a duration; the duration rule decides
    unit = m["unit"].lower()
    code = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P1Q", "hour": "PT1H",
            "night": "P1D"}[unit]
    return "SET", {"kind": "value", "value": code, "precision": "set"}, None


def _approx_mod(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower())
    return {"about": "APPROX", "some": "APPROX", "roughly": "APPROX", "around": "APPROX", "nearly": "LESS_THAN",
            "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
            "at most": "EQUAL_OR_LESS", "more than": "MORE_THAN", "over": "MORE_THAN",
            "at least": "EQUAL_OR_MORE", "just": None, "only": None}.get(w)


# ---------------------------------------------------------------------------------------------

LINE_RX = re.compile(r"[^\n]+")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans when the caller has none: each line split by the ingest splitter, which
    knows abbreviations and initials ("Daniel P. Davison Feb. 1")."""
    return [span for m in LINE_RX.finditer(text) for span in split_sentences(text, m.start(), m.end())]


NUMBERISH = set(NUMBERS) | {"several", "few", "many", "some", "couple", "dozen", "numerous", "number", "half",
                             "more", "additional", "full", "straight", "consecutive", "coming", "½", "1/2"}
HAS_DIGIT = re.compile(r"\d")


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where matches of each trigger kind could start: just before each trigger word.

    UNIT words also give the finer kinds NUM_UNIT (a number-like word before them: durations)
    and UNIT_AGO ("ago" after them)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    tokens = list(TOKEN_RX.finditer(text))
    for i, m in enumerate(tokens):
        token = m.group(0)
        low = token.lower().rstrip(".:/-")
        if low.endswith(("'s", "’s")):
            low = low[:-2]
        low = low.rstrip("'’")
        kinds = TRIGGER_OF.get(low) or TRIGGER_OF.get(low.rstrip("s"))
        if "-" in low:
            parts = [k for part in low.split("-") for k in TRIGGER_OF.get(part, TRIGGER_OF.get(part.rstrip("s"), ()))]
            kinds = (kinds or []) + parts
        if not kinds and HAS_DIGIT.search(token):
            kinds = [k for k, rx in DIGIT_TRIGGERS if rx.search(token)]
        if not kinds:
            continue
        # a match may start inside a hyphenated token: "post-1959", "mid-afternoon"
        window = (m.start(), m.end() if "-" in token else m.start() + 1)
        for kind in kinds:
            spans.setdefault(kind, []).append(window)
        if "UNIT" in kinds:
            prev = tokens[i - 1].group(0).lower() if i else ""
            if prev == "of" and i > 1:    # "a couple of years"
                prev = tokens[i - 2].group(0).lower()
            if "-" in low or prev in NUMBERISH or HAS_DIGIT.search(prev) or prev.endswith(("teen", "ty")):
                spans.setdefault("NUM_UNIT", []).append(window)
            if i + 1 < len(tokens) and tokens[i + 1].group(0).lower().startswith("ago"):
                spans.setdefault("UNIT_AGO", []).append(window)
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def find_matches(text: str) -> list[Match]:
    found: list[Match] = []
    windows = _windows(text)
    for name, rx, fn, prio in RULES:
        needs = RULE_NEEDS.get(name)
        lead = RULE_LEAD.get(name, WINDOW_BEFORE)
        regions = _merge([(max(0, a - lead), b) for k in needs for a, b in windows.get(k, ())]) if needs else [(0, len(text))]
        for ws, we in regions:
            _scan(text, name, rx, fn, prio, ws, we, found)
    # longest first, then priority; keep non-overlapping
    return _select(found)


def _scan(text: str, name: str, rx: re.Pattern, fn: Builder, prio: int, ws: int, we: int, found: list[Match]) -> None:
    """Matches of one rule that start inside [ws, we); the search may read past we so that
    lookaheads see the real text."""
    limit = min(len(text), we + 100)
    pos = ws
    while pos < we:
        m = rx.search(text, pos, limit)
        if m is None or m.start() >= we:
            break
        out = fn(m) if m.end() > m.start() else None
        if not out:
            pos = m.start() + 1          # a rejected match must not hide a shorter one inside it
            continue
        pos = m.end()
        typ, spec, mod, *rest = out
        start, end = m.start(), m.end()
        # trim leading white space and words that TimeML leaves outside the expression
        while start < end and text[start].isspace():
            start += 1
        if spec.get("trim_on") and text[start:start + 3].lower() == "on ":
            start += 3
        found.append(Match(start, end, typ, spec, mod, bool(rest and rest[0]), name, prio))


def _select(found: list[Match]) -> list[Match]:
    found.sort(key=lambda x: (-(x.end - x.start), -x.priority, x.start))
    chosen: list[Match] = []
    taken: list[tuple[int, int]] = []
    for mt in found:
        if any(mt.start < e and s < mt.end for s, e in taken):
            continue
        chosen.append(mt)
        taken.append((mt.start, mt.end))
    chosen.sort(key=lambda x: x.start)
    return chosen


def _named_ahead(value: str | None, precision: str | None, ahead: set[dt.date]) -> dt.date | None:
    """The day the text has named by its date, after the publication date, that a weekday ahead counted from the
    publication date falls a week before."""
    day = _reference_date(value, "day") if value and precision == "day" else None
    return day + dt.timedelta(days=7) if day is not None and day + dt.timedelta(days=7) in ahead else None


# the day at home beside the day where it happened: "as they met Tuesday in Tokyo — Monday night in Washington"
HOME_DAY = re.compile(rf"[^.;]{{0,40}}?\s*[—–(-]+\s*(?P<wd>{WEEKDAY_RX})(?:\s+(?:{POD_RX}))?\s+in\s+[A-Z]", re.I)


def _home_day_after(text: str, end: int, sent_end: int, weekday: int, anchor: dt.date) -> bool:
    """Whether a weekday told done is followed by the day before it at home, the day of writing ("met Tuesday in Tokyo
    — Monday night in Washington", written on Monday): the next day where it happened, not a week before."""
    m = HOME_DAY.match(text, end, sent_end)
    return m is not None and WEEKDAYS[m["wd"].lower()] == (weekday - 1) % 7 == anchor.weekday()


# the rules of a time of day, which falls on the day told just before it ("... on Friday. The blast came at 10:35 a.m.")
DAY_TIME_RULES = frozenset({"clock", "noon", "clock24", "the_part_of_day"})


def tag(text: str, anchor: dt.date | None = None, sentences: list[tuple[int, int]] | None = None,
        numeric_order: str | None = None, reference: dt.date | None = None) -> list[Timex]:
    """Time expressions of `text`, normalised against `anchor` (the publication date; None when unknown); anaphoric
    ones ("the previous day") against `reference` until the text names a date, where one is given."""
    sents = sentences or _sentences(text)
    out: list[Timex] = []
    reference = reference or anchor             # latest date established in the text
    reference_day: dt.date | None = reference   # ... of day precision
    last_quarter: str | None = None
    reference_sentence: int | None = None
    ahead: set[dt.date] = set()                 # days named by their date that lie after the publication date
    cued: tuple[int, str] | None = None         # (sentence, direction) of the last time told with a word of tense
    unresolved: tuple[int, dict, str | None] | None = None     # (sentence, spec, direction): the last day of no anchor
    day_last = False                            # whether the last date told is a day
    si = 0
    for mt in find_matches(text):
        check()
        while si + 1 < len(sents) and sents[si][1] <= mt.start:
            si += 1
        s_start, s_end = sents[si] if sents else (0, len(text))
        spec = dict(mt.spec)
        kind = spec["kind"]
        needs_direction = kind in ("weekday", "month_day", "season", "day_of_month", "quarter", "weekend", "holiday") and not spec.get("direction")
        direction = spec.pop("direction", None)
        if direction is None and needs_direction:
            direction, distance = tense_cue(text, s_start, s_end, mt.start, mt.end)
            if kind == "quarter" and direction == "future" and distance > 4:
                direction = "past"
            if distance == math.inf and cued is not None and cued[0] == si:
                # no word of tense within reach: the tense of the time told before it in its sentence ("will meet
                # Manturov, his co-chair on the commission on trade, on Tuesday, before his talks with Lavrov in
                # Moscow on Wednesday")
                direction = cued[1]
            elif distance != math.inf:
                cued = (si, direction)
        if spec.get("skip_same_week"):
            direction = "past"
        if kind == "weekday" and direction == "past" and anchor is not None and _home_day_after(text, mt.end, s_end,
                                                                                               spec["wd"], anchor):
            direction = "future"        # "met Tuesday in Tokyo — Monday night in Washington", written that Monday
            spec["zone_ahead"] = True   # (told done all the same: extract.choice)
        if direction == "nearest":
            direction = "past"
        day_level = kind in ("weekday",) or (kind == "offset" and spec.get("unit") in ("day", "week", "weekend"))
        base = (reference_day if day_level else reference) if mt.anaphoric else anchor
        if mt.rule in DAY_TIME_RULES and kind == "anchor_day":
            # "... on Friday. The blast came at 10:35 a.m.": the day told just before; in a report of no date, that day
            # as the text gives it ("agreed on Wednesday ... Rubio met Sheinbaum in the morning")
            near = reference_day is not None and reference_sentence is not None and si - reference_sentence <= 1
            near_unresolved = anchor is None and unresolved is not None and si - unresolved[0] <= 1
            if mt.rule == "the_part_of_day" and not (day_last and (near or near_unresolved)):
                continue                # (a part of a day the text does not give: "stopped in Brasília last month,
                                        # meeting Vieira in the morning"; "Milei ... on Monday ... [two sentences] In
                                        # the afternoon": not the publication's day)
            if near:
                base = reference_day
            elif near_unresolved:
                spec = {**unresolved[1], "suffix": spec["suffix"]}
                kind, direction = spec["kind"], unresolved[2]
        basis = "explicit"
        typ = mt.type
        if kind == "numeric":
            value, precision, why = _numeric_value(spec, numeric_order, text[s_start:s_end], text)
            if value:
                spec = {"kind": "date", **_ymd(value), "alternatives": spec.get("alternatives", []), "reason": why}
            basis = f"explicit ({why})"
        elif kind == "year_ago_quarter":
            window = text[sents[max(0, si - 4)][0]:s_end].lower() if sents else text.lower()
            financial = last_quarter and any(w in window for w in ("quarter", "period", "earnings", "profit", "net income", "revenue", "sales", "loss"))
            if financial:
                y, q = last_quarter.split("-Q")
                value, precision = f"{int(y) - 1}-Q{q}", "quarter"
            elif anchor is not None:
                value, precision = f"{anchor.year - 1:04d}", "year"
            else:
                value, precision = None, "year"
            basis = "relative to text" if financial else "relative to publication date"
        elif kind == "current_quarter":
            value, precision = _reported_quarter(spec, last_quarter, anchor), "quarter"
            basis = "relative to text"
        else:
            value, precision = resolve(spec, base, direction or "past")
            if kind not in ("value", "date"):
                basis = ("relative to text" if mt.anaphoric else "relative to publication date") if base else "none"
            if kind == "weekday" and direction == "future" and (named := _named_ahead(value, precision, ahead)):
                # "will hold talks with Xi in Beijing on April 16 ... will meet Xi ... on Tuesday": the Tuesday the
                # article has named, a week after the Tuesday counted from the publication date
                value, basis = named.isoformat(), "relative to text"
        if direction:
            spec["direction"] = direction
        if value and precision == "quarter" and kind != "year_ago_quarter" and _completed_quarter(value, anchor):
            last_quarter = value
        if value and typ in ("DATE", "TIME") and kind in ("date", "month_day", "weekday", "offset", "value", "numeric") \
                and precision in ("day", "month", "year"):
            ref = _reference_date(value, precision)
            if ref is not None and precision == "day" and kind in ("date", "month_day", "value", "numeric") \
                    and anchor is not None and ref > anchor:
                ahead.add(ref)
            if ref is not None and (precision == "day" or not mt.anaphoric):
                reference = ref
                if precision == "day" and not spec.get("second_day"):
                    # (a span of days is no one day "the same day" may be: "a state visit from June 19-20")
                    reference_day = ref
                    reference_sentence = si
        if anchor is None and not value and kind in ("weekday", "month_day") and typ == "DATE":
            unresolved = (si, {k: v for k, v in spec.items() if k not in ("suffix", "direction")}, direction)
        if (kind == "numeric" and not value) or (value and precision == "day" and _reference_date(value, "day") is None):
            continue                             # "31/02/2024", "February 31": no day of the calendar
        end = spec.pop("trim_to", mt.end)      # "25-26 December": the match reaches past its own day
        if typ == "DATE":
            day_last = precision == "day" or (not value and kind in ("weekday", "month_day"))
        out.append(Timex(mt.start, end, text[mt.start:end], typ, value, precision, mt.mod, basis, direction,
                         spec, mt.rule))
        if spec.get("second_day") and value and precision == "day":
            s2, e2, d2 = spec["second_day"]
            try:
                v2 = dt.date.fromisoformat(value[:10]).replace(day=d2).isoformat()
            except ValueError:
                continue
            out.append(Timex(s2, e2, text[s2:e2], "DATE", v2, "day", None, basis, direction,
                             {"kind": "month_day", "m": spec["m"], "d": d2}, mt.rule))
    _weekdays_with_dates(out, text)
    _possessive_weekdays_named_before(out, text)
    _days_from_the_date_after(out, text)
    _weekdays_with_days(out, text, anchor)
    _weekdays_in_sequence(out, text, sents, anchor)
    _month_days_of_a_month_told(out, sents)
    _months_of_another_period(out, text)
    _days_of_that_year(out, text)
    _same_day_of_a_month_told(out, sents)
    return _without_zone_restatements(out, text)


def _same_day_of_a_month_told(out: list[Timex], sents: list[tuple[int, int]]) -> None:
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
# "Tuesday evening (early Wednesday GMT)"
ZONE_OPEN = re.compile(r"\s*\(\s*(?:(?:early|late|on)\s+)?", re.I)
ZONE_CLOSE = re.compile(r"[^()\n]{0,40}?\b(?:time|GMT|UTC)\b[^()\n]{0,10}\)")


def _without_zone_restatements(out: list[Timex], text: str) -> list[Timex]:
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


def _days_of_that_year(out: list[Timex], text: str) -> None:
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


def _months_of_another_period(out: list[Timex], text: str) -> None:
    """"Abe famously visited Trump at the White House in February of the president's first term": a month with no year
    of its own that a period of the text's owns has no year the article's date can give."""
    for t in out:
        if t.type == "DATE" and t.spec.get("kind") in ("month_day", "month") and "y" not in t.spec and t.value \
                and OF_ANOTHER_PERIOD.match(text, t.end):
            t.value, t.basis = None, "none"


def _month_days_of_a_month_told(out: list[Timex], sents: list[tuple[int, int]]) -> None:
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


def _days_from_the_date_after(out: list[Timex], text: str) -> None:
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


def _possessive_weekdays_named_before(out: list[Timex], text: str) -> None:
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


def _weekdays_with_days(out: list[Timex], text: str, anchor: dt.date | None) -> None:
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


def _weekdays_in_sequence(out: list[Timex], text: str, sents: list[tuple[int, int]], anchor: dt.date | None) -> None:
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


def _weekdays_with_dates(out: list[Timex], text: str) -> None:
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


def _reported_quarter(spec: Spec, last_quarter: str | None, anchor: dt.date | None) -> str | None:
    """The quarter of "the quarter", "the latest quarter", "the quarter ended July 31", "the 1988
    quarter": a quarter named earlier in the text wins, else the one a closing month gives, else
    the last completed quarter before the anchor; "the 1988 quarter" moves it to that year."""
    if last_quarter:
        value = last_quarter
    elif anchor is None:
        return None
    elif spec.get("end_month"):
        value = quarter_ending(spec["end_month"], anchor)
    else:
        value = shift(anchor, "quarter", -1)[0]
    y, q = value.split("-Q")
    if spec.get("y"):
        y = spec["y"]
    elif spec.get("year_n"):
        y = int(y) + spec["year_n"]
    return f"{int(y):04d}-Q{q}"


def _completed_quarter(value: str, anchor: dt.date | None) -> bool:
    """Whether quarter `value` ended before the anchor, within the past year: the quarter a
    results report speaks of ("the latest quarter", "a year earlier")."""
    if anchor is None:
        return True
    try:
        y, q = value.split("-Q")
        idx, cur = int(y) * 4 + int(q) - 1, anchor.year * 4 + (anchor.month - 1) // 3
    except ValueError:
        return False
    return cur - 4 <= idx < cur


def _reference_date(value: str, precision: str) -> dt.date | None:
    try:
        if precision == "day":
            return dt.date.fromisoformat(value[:10])
        if precision == "month":
            return dt.date(int(value[:4]), int(value[5:7]), 15)
        if precision == "year" and value[:4].isdigit():
            return dt.date(int(value[:4]), 7, 1)
    except ValueError:
        return None
    return None


def mt_text(text: str, mt: Match) -> str:
    return text[mt.start:mt.end].lower()


def _ymd(value: str) -> dict[str, int]:
    y, m, d = value.split("-")
    return {"y": int(y), "m": int(m), "d": int(d)}


def _numeric_value(spec: Spec, order: str | None, line: str, text: str) -> tuple[str | None, str, str]:
    from .numeric import explicit_dates, read_numeric

    raw = spec.get("raw") or f"{spec['a']}{spec['sep']}{spec['b']}{spec['sep']}{spec['y']}"
    readings = read_numeric(spec["a"], spec["b"], spec["y"], spec["sep"], raw=raw, line=line, text=text,
                            nearby=explicit_dates(text), order_hint=order)
    if not readings:
        return None, "day", "not a date"
    alternatives = [r.value for r in readings[1:]]
    spec["alternatives"] = alternatives
    return readings[0].value, "day", readings[0].reason
