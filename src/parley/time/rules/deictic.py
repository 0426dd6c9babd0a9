"""Deictic and anaphoric expressions: "today", "yesterday", "last month", "next year", "on Saturday",
"two days ago", "the next day", "the same day", seasons, holidays, weekends, "the 10th".
"""
from __future__ import annotations

import re

from ..holidays import fixed_day, holidays
from ..lexicon import (DAY_ORDINAL_FOLLOWERS, PARTS_OF_DAY, POD_RX, REL_STEP, SEASONS, SEASON_RX, VAGUE_RX, WEEKDAYS,
                       WEEKDAY_RX)
from ..resolve import Spec
from .common import (ANY_YEAR_RX, NINETEEN_RX, NUM_RX, SPELLED_YEAR_RX, UNIT_RX, approx_mod, duration, edge_mod, num,
                     year_of)
from .registry import rule


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
    mod = approx_mod(m["mod"])
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
