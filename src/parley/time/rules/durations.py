"""Durations and sets: "three days", "more than two decades", "in recent weeks", "every Monday", "weekly".
"""
from __future__ import annotations

import re

from ..lexicon import VAGUE_RX, WEEKDAYS, WEEKDAY_RX
from .common import NUM_RX, UNIT_RX, YEAR_RX, approx_mod, duration, num
from .registry import rule


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
    mod = approx_mod(m["mod"])
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
