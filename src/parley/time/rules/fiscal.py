"""Quarters and halves of financial news: "the third quarter", "the first half of 2024", "a year ago".
"""
from __future__ import annotations

import re

from ..lexicon import MONTH_RX, REL_STEP
from ..resolve import Spec
from .common import YEAR_RX, month_of
from .registry import rule


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
