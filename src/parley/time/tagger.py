"""Find and normalise time expressions in English news (TimeML TIMEX3 semantics).

The engine: rules (time/rules/, one module per family) are regular expressions over the text, each
run only near the trigger words it needs (time.lexicon.RULE_TRIGGERS); each turns its match into a
spec (see resolve.py). Overlapping matches keep the longest. Then, in text order, every spec is resolved against its
anchor: the publication date for deictic expressions ("yesterday", "last month", "on Saturday")
and the latest date established in the text for anaphoric ones ("the next day", "two days
later"). The tense around the expression (tense.py) decides the direction of weekdays, months
and seasons without a year ("met on Saturday" is the Saturday on or before the anchor; "will meet
on Thursday" the next Thursday). What the expressions of a text then tell of each other ("Tuesday,
April 15", "in May of that year") is read by relations.py.
"""
from __future__ import annotations

import datetime as dt
import math
import re

from ..budget import check
from ..ingest.segment import split_sentences
from .lexicon import NUMBERS, POD_RX, RULE_TRIGGERS, WEEKDAY_RX, WEEKDAYS
from .relations import (days_from_the_date_after, days_of_that_year, month_days_of_a_month_told,
                        months_of_another_period, possessive_weekdays_named_before, same_day_of_a_month_told,
                        weekdays_in_sequence, weekdays_with_dates, weekdays_with_days, without_zone_restatements)
from .resolve import Spec, quarter_ending, resolve, shift
from .rules import RULE_LEAD, RULE_NEEDS, RULES, Builder, Match
from .tense import tense_cue
from .timex import Timex

__all__ = ["Timex", "tag", "find_matches"]


TRIGGER_OF: dict[str, list[str]] = {}
for _kind, _words in RULE_TRIGGERS.items():
    for _w in _words.split():
        TRIGGER_OF.setdefault(_w, []).append(_kind)
TOKEN_RX = re.compile(r"[A-Za-z0-9'’][A-Za-z0-9'’./:-]*")
DIGIT_TRIGGERS = [("DIGITS", re.compile(r"\d{4}|'\d0s|\d{1,2}[/.]\d{1,2}[/.]\d{4}")),
                  ("ORDINAL", re.compile(r"\d{1,2}(?:st|nd|rd|th)\b")), ("CLOCK", re.compile(r"\d{1,2}:\d{2}")),
                  ("FISCAL", re.compile(r"fy\s*'?\d\d", re.I))]
WINDOW_BEFORE = 48          # longest lead-in before a trigger: "more than four decades ago", "the beginning of the month"


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
    weekdays_with_dates(out, text)
    possessive_weekdays_named_before(out, text)
    days_from_the_date_after(out, text)
    weekdays_with_days(out, text, anchor)
    weekdays_in_sequence(out, text, sents, anchor)
    month_days_of_a_month_told(out, sents)
    months_of_another_period(out, text)
    days_of_that_year(out, text)
    same_day_of_a_month_told(out, sents)
    return without_zone_restatements(out, text)


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
