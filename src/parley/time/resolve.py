"""Turn a time-expression spec into a TIMEX3 value, given an anchor date and a direction.

A spec describes an expression without reference to any date ("the Saturday before the
anchor", "one month before the anchor", "December 25 of an unknown year"); resolving it
against an anchor gives a value at the expression's own precision: a month stays a month,
a week a week. Specs are plain dicts, so they can be stored and re-anchored later (an
undated article dated through the reports it matches).
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

Spec = dict[str, Any]

PRECISION_OF_UNIT = {"day": "day", "week": "week", "weekend": "week", "month": "month", "quarter": "quarter",
                     "half": "half", "year": "year", "decade": "decade", "century": "century", "season": "season"}


def coarse_spec(spec: Spec | None) -> bool:
    """Whether a time a text tells without an anchor spans a month or longer ("last September", "in June", "last
    year"), not a day ("on Friday", "on March 10", "two days ago")."""
    spec = spec or {}
    kind = spec.get("kind")
    return kind in ("month", "season", "year", "quarter") or (kind == "month_day" and not spec.get("d")) or (
        kind == "offset" and spec.get("unit") in ("month", "year", "season", "quarter"))


def tells_day(spec: Spec | None) -> bool:
    """Whether a time a text tells without an anchor is a day ("on Friday", "on March 10", "on the 4th"), not a span."""
    spec = spec or {}
    kind = spec.get("kind")
    return kind in ("weekday", "day_of_month") or (kind == "month_day" and spec.get("d") is not None)


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + n
    return idx // 12, idx % 12 + 1


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def weekday_near(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    """The given weekday nearest the anchor in the direction: "past" is on or before the anchor,
    "future" is after it (on the anchor day only for "future-inclusive"), "either" way (the anchor day, or up
    to three days before it, else after it)."""
    delta = (anchor.weekday() - weekday) % 7
    if direction == "past" or direction == "either" and delta <= 3:
        return anchor - dt.timedelta(days=delta)
    if direction == "either":
        return anchor + dt.timedelta(days=7 - delta)
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0 and direction != "future-inclusive":
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def month_day_year(anchor: dt.date, month: int, day: int | None, direction: str) -> int:
    """Year of a month (and day) given without one: the same year as the anchor unless the tense
    points across a year boundary by more than about half a year."""
    y = anchor.year
    probe = dt.date(y, month, min(day or 15, 28))
    if direction == "past" and probe > anchor + dt.timedelta(days=31 if day is None else 2):
        if (probe - anchor).days > 60:
            y -= 1
    elif direction == "future" and probe < anchor - dt.timedelta(days=31 if day is None else 2):
        if (anchor - probe).days > 60:
            y += 1
    return y


def season_of(d: dt.date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


SEASON_ORDER = ["SP", "SU", "FA", "WI"]


def resolve(spec: Spec, anchor: dt.date | None, direction: str = "past") -> tuple[str | None, str | None]:
    """(value, precision) of a spec; value None when it needs an anchor and there is none, or when
    it would fall outside the calendar ("the next day" after 9999-12-31)."""
    try:
        return _resolve(spec, anchor, direction)
    except OverflowError:
        return None, None


def _resolve(spec: Spec, anchor: dt.date | None, direction: str) -> tuple[str | None, str | None]:
    kind = spec["kind"]
    if kind == "value":                       # fully explicit, or a REF/duration/set
        return spec["value"], spec.get("precision")
    if kind == "date":                        # explicit year (+ month (+ day))
        y, m, d = spec["y"], spec.get("m"), spec.get("d")
        if d:
            return f"{y:04d}-{m:02d}-{d:02d}", "day"
        if m:
            return f"{y:04d}-{m:02d}", "month"
        return f"{y:04d}", "year"
    if anchor is None:
        return None, spec.get("precision")
    if kind == "month_day":                   # December 25 / December: year from the anchor
        m, d = spec["m"], spec.get("d")
        y = month_day_year(anchor, m, d, direction)
        if d is None and spec.get("named") == "this":        # "this September": the anchor's year
            y = anchor.year
        elif d is None and spec.get("named") == "last":      # "last December": the latest before this month
            y = anchor.year if m < anchor.month else anchor.year - 1
        elif d is None and spec.get("named") == "next":      # "next January": the first after this month
            y = anchor.year if m > anchor.month else anchor.year + 1
        if spec.get("year_n") is not None:                    # "October last year", "25 May next year"
            y = anchor.year + spec["year_n"]
        if d:
            try:
                dt.date(y, m, d)
            except ValueError:
                return None, "day"
            return f"{y:04d}-{m:02d}-{d:02d}" + spec.get("suffix", ""), "day"
        return f"{y:04d}-{m:02d}", "month"
    if kind == "weekday":
        if spec.get("week") is not None:         # "Thursday last week": that day of that calendar week
            d = anchor - dt.timedelta(days=anchor.weekday() - 7 * spec["week"]) + dt.timedelta(days=spec["wd"])
        elif spec.get("skip_same_week"):           # "last Monday": the Monday of the previous week
            monday = anchor - dt.timedelta(days=anchor.weekday() + 7)
            d = monday + dt.timedelta(days=spec["wd"])
            if (anchor - d).days < 2:
                d -= dt.timedelta(days=7)
        elif spec.get("strict"):                   # "the previous Friday", "the following Monday"
            d = weekday_near(anchor - dt.timedelta(days=1), spec["wd"], "past") \
                if (spec.get("direction") or direction) == "past" \
                else weekday_near(anchor, spec["wd"], "future")
        else:
            way = spec.get("direction") or direction
            d = weekday_near(anchor, spec["wd"], "future-inclusive" if way == "future" else way)
        return d.isoformat() + spec.get("suffix", ""), "day"
    if kind == "weekend":                     # the weekend: the last one in a report, the next in a preview
        if direction == "past" and anchor.weekday() < 4:
            return iso_week(anchor - dt.timedelta(days=7)) + "-WE", "week"
        if direction == "future" and anchor.weekday() == 6:
            return iso_week(anchor + dt.timedelta(days=7)) + "-WE", "week"
        return iso_week(anchor) + "-WE", "week"
    if kind == "day_of_month" and spec.get("wd") is not None:      # "Tuesday (26)": the nearest 26th on a Tuesday
        near = []
        for step in (-1, 0, 1):
            y, m = _shift_month(anchor.year, anchor.month, step)
            try:
                d = dt.date(y, m, spec["d"])
            except ValueError:
                continue
            if d.weekday() == spec["wd"]:
                near.append((abs((d - anchor).days), d))
        return (min(near)[1].isoformat(), "day") if near else (None, "day")
    if kind == "day_of_month":                # "the 17th"
        day = spec["d"]
        y, m = anchor.year, anchor.month
        if direction == "past" and day > anchor.day:
            y, m = _shift_month(y, m, -1)
        elif direction == "future" and day < anchor.day:
            y, m = _shift_month(y, m, 1)
        try:
            return dt.date(y, m, day).isoformat(), "day"
        except ValueError:
            return None, "day"
    if kind == "offset":                      # n units from the anchor at the unit's precision
        return shift(anchor, spec["unit"], spec["n"], spec.get("suffix", ""))
    if kind == "season":                      # this/last/next summer, or summer by tense
        s, n = spec["season"], spec.get("n")
        y = anchor.year
        if n is None:
            # (counted in the year of its winter's December: in February, the winter is the last season of the year
            # before, and "the summer" ahead is this year's)
            y = anchor.year - 1 if anchor.month <= 2 else anchor.year
            cur = SEASON_ORDER.index(season_of(anchor))
            tgt = SEASON_ORDER.index(s)
            if direction == "past" and (tgt > cur or (tgt == cur and spec.get("strict"))):
                y -= 1
            elif direction == "future" and tgt < cur:
                y += 1
        else:
            y += n
            if s == "WI" and anchor.month <= 2 and n == 0:
                y -= 1
        return f"{y:04d}-{s}", "season"
    if kind == "quarter":                     # the third quarter: the latest such quarter by tense
        q, n = spec["q"], spec.get("n")
        cur_q = (anchor.month - 1) // 3 + 1
        y = anchor.year + (n or 0)
        if n is None and direction == "past" and q >= cur_q and not spec.get("same_year"):
            y -= 1 if q > cur_q else 0
        # a results report looks ahead to the quarter that has just ended ("expects to report
        # third-quarter earnings" in November): only quarters further back lie in the next year
        if n is None and direction == "future" and q < cur_q - 1:
            y += 1
        if n is None and direction == "future" and cur_q == 1 and q == 4:
            y -= 1
        return f"{y:04d}-Q{q}", "quarter"
    if kind == "half":
        h, n = spec["h"], spec.get("n") or 0
        return f"{anchor.year + n:04d}-H{h}", "half"
    if kind == "holiday":
        y = anchor.year + (spec.get("n") or 0)
        d = holiday_date(spec, y)
        if spec.get("n") is None and d is not None and abs((d - anchor).days) > 45:
            if direction == "past" and d > anchor + dt.timedelta(days=2):
                d = holiday_date(spec, y - 1)
            elif direction == "future" and d < anchor - dt.timedelta(days=2):
                d = holiday_date(spec, y + 1)
        return (d.isoformat(), "day") if d else (None, "day")
    if kind == "year_of_anchor":              # "this year" style with a mod
        return f"{anchor.year + spec.get('n', 0):04d}", "year"
    if kind == "anchor_day":                  # today / tonight / this morning
        return anchor.isoformat() + spec.get("suffix", ""), "day"
    return None, None


def easter(y: int) -> dt.date:
    """Gregorian Easter Sunday (Anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def holiday_date(spec: Spec, y: int) -> dt.date | None:
    name = spec.get("name")
    if name is None:
        return dt.date(y, spec["m"], spec["d"])
    if name == "thanksgiving":            # fourth Thursday of November (US)
        first = dt.date(y, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name == "election":                # Tuesday after the first Monday of November (US)
        first = dt.date(y, 11, 1)
        monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
        return monday + dt.timedelta(days=1)
    if name == "easter":
        return easter(y)
    return None


def quarter_ending(end_month: int, anchor: dt.date) -> str:
    """The quarter that closes with `end_month`, latest on or before the anchor: the one holding
    most of its three months ("the quarter ended July 31" is Q2, "ended Jan. 31" last year's Q4)."""
    y = anchor.year - (1 if end_month > anchor.month else 0) - (1 if end_month == 1 else 0)
    return f"{y:04d}-Q{(end_month - 2) % 12 // 3 + 1}"


def shift(anchor: dt.date, unit: str, n: int, suffix: str = "") -> tuple[str, str]:
    """The value `n` units of `unit` from `anchor`, at that unit's precision ("last week" -> 2024-W51)."""
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat() + suffix, "day"
    if unit == "week":
        return iso_week(anchor + dt.timedelta(weeks=n)), "week"
    if unit == "weekend":
        return iso_week(anchor + dt.timedelta(weeks=n)) + "-WE", "week"
    if unit == "fortnight":
        return iso_week(anchor + dt.timedelta(weeks=2 * n)), "week"
    if unit == "month":
        y, m = _shift_month(anchor.year, anchor.month, n)
        return f"{y:04d}-{m:02d}", "month"
    if unit == "quarter":
        q0 = (anchor.month - 1) // 3
        idx = anchor.year * 4 + q0 + n
        return f"{idx // 4:04d}-Q{idx % 4 + 1}", "quarter"
    if unit == "half":
        h0 = 0 if anchor.month <= 6 else 1
        idx = anchor.year * 2 + h0 + n
        return f"{idx // 2:04d}-H{idx % 2 + 1}", "half"
    if unit == "year":
        return f"{anchor.year + n:04d}", "year"
    if unit == "decade":
        return f"{(anchor.year // 10 + n):03d}", "decade"
    if unit == "century":
        return f"{(anchor.year // 100 + n):02d}", "century"
    raise ValueError(unit)


@lru_cache(maxsize=1 << 16)        # (the merge asks for the same few thousand values again and again)
def value_to_date_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by a calendar value (2024-12-25, 2024-12, 2024-W52, 2024-Q4, 2024, and an interval
    of days 2024-10-24/2024-10-26)."""
    import re

    if not value:
        return None
    v = value.split("T")[0]
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})/(\d{4})-(\d{2})-(\d{2})", v):      # an interval of days
            a, b = dt.date(int(m[1]), int(m[2]), int(m[3])), dt.date(int(m[4]), int(m[5]), int(m[6]))
            return (a, b) if a <= b else None
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            ny, nm = _shift_month(y, mo, 1)
            return dt.date(y, mo, 1), dt.date(ny, nm, 1) - dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", v):
            start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + dt.timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-Q(\d)", v):
            y, q = int(m[1]), int(m[2])
            ny, nm = _shift_month(y, 3 * q - 2, 3)
            return dt.date(y, 3 * q - 2, 1), dt.date(ny, nm, 1) - dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})-H(\d)", v):
            y, h = int(m[1]), int(m[2])
            return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y = int(m[1])
            start_m = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]]
            start = dt.date(y, start_m, 1)
            ey, em = _shift_month(y, start_m, 3)
            return start, dt.date(ey, em, 1) - dt.timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})", v):
            y = int(m[1])
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if m := re.fullmatch(r"(\d{3})", v):
            y = int(m[1]) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    except ValueError:
        return None
    return None


def dates_overlap(a: str, b: str) -> bool | None:
    """Whether two TIMEX3 date values can name the same day (one contains the other, or they
    overlap); None when either cannot be read as dates. A week is read with three days' slack:
    "next week" in a preview and the day of the report, a trip that straddles two weeks."""
    ra, rb = value_to_date_range(a), value_to_date_range(b)
    if ra is None or rb is None:
        return None
    slack = dt.timedelta(days=3 if "W" in a + b else 0)
    return ra[0] - slack <= rb[1] and rb[0] - slack <= ra[1]
