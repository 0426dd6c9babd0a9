"""Clock times: "3 p.m.", "10:35 a.m. Tuesday", "in the morning", "noon", "14:00 GMT".
"""
from __future__ import annotations

import re

from ..lexicon import MONTH_RX, PARTS_OF_DAY, WEEKDAYS, WEEKDAY_RX
from .common import DAY_RX, YEAR_RX, month_of
from .registry import rule


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
