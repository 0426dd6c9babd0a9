"""Ambiguous numeric dates (04/02/2023): both readings, the preferred one chosen by evidence.

Evidence, strongest first: a weekday on the same line that only one reading falls on; a dotted
date (European day.month); a time zone beside it; dates with month names elsewhere in the text
(with or without their year: a dateline's "JAKARTA, Jan 8") close to one reading; the clock beside
it: a 12-hour one (American month/day, though not only American), a 24-hour one (day/month: no
American outlet writes "18:15"); the weekday the text tells its act on; the order the outlet is
known to write (`order_hint`); the outlet's domain; otherwise the English-language default
(month/day), with the other reading kept as an alternative.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_WD = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
WEEKDAY = re.compile(rf"\b({_WD})\b", re.IGNORECASE)
WEEKDAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
# the first weekday a text tells an act on ("met ... on Thursday", "agreed Sunday")
TOLD_WEEKDAY = re.compile(r"\b(?:on\s+)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
TWELVE_HOUR = re.compile(r"\b\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\b|\b\d{1,2}\s*[ap]\.m\b", re.IGNORECASE)
# a clock of hours and minutes with no a.m. or p.m. after it ("09/03/2023 - 18:15", "07/11/2023 - 10:02")
TWENTY_FOUR_HOUR = re.compile(r"(?<![\d.:/-])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])(?!\s*[ap]\.?\s?m\b)",
                              re.IGNORECASE)
DMY_TLDS = (".uk", ".de", ".fr", ".it", ".es", ".nl", ".au", ".nz", ".in", ".sg", ".ie", ".za", ".my", ".hk",
            ".pk", ".ng", ".ke", ".be", ".at", ".ch", ".dk", ".se", ".no", ".fi", ".pl", ".ru", ".br", ".ar")

# time zones written beside a date: those of the United States (month/day) and of places that
# write day/month (China, Japan and Korea write the year first, the Philippines month/day: neither here)
MDY_ZONES = frozenset("EST EDT CST CDT MST MDT PST PDT AKST AKDT HST ET PT CT MT".split())
DMY_ZONES = frozenset("GMT BST IST CET CEST EET EEST WET WEST MSK SAST EAT WAT CAT PKT AEST AEDT ACST ACDT AWST "
                      "NZST NZDT SGT MYT HKT WIB ICT GST".split())
ZONE_WORD = re.compile(r"\b([A-Z]{2,4})\b")


@dataclass(slots=True)
class Reading:
    value: str          # ISO date
    reason: str
    preferred: bool


def valid_date(y: int, m: int, d: int) -> bool:
    """Whether a year, month and day make a day of the calendar (not "February 31")."""
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


MONTH_NAMES = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_M = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
# a year first is always year, month, day ("2024/03/05", "2024.3.5": East Asian and some European
# outlets); never read as a day and month of a two-digit year
YEAR_FIRST = re.compile(r"(?<![\d./-])((?:19|20)\d{2})([/.])(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)")
# what stands before a year after a day and month: a space, or a comma with or without spaces around it ("Feb 07,2024",
# Al Arabiya's "18 February ,2025")
BEFORE_YEAR = r"(?:\s*,\s*|\s+)"
# ("14 November 2024", "14 - March - 2025": a byline's hyphens too)
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|\s*-\s*)({_M})"
                            rf"(?:{BEFORE_YEAR}|\s*-\s*)(\d{{4}})\b", re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(rf"\b({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?{BEFORE_YEAR}(\d{{4}})\b", re.IGNORECASE)
# a day and month named without a year ("JAKARTA, Jan 8 (Bernama)", "on 30 January")
# an ambiguous numeric date, day and month in either order: "04/02/2023", "09.03.23", "11-06-2024"
NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})\b")
# (a month's name capitalised: "may 2" is no date)
_CAPITAL = r"(?=(?-i:[A-Z]))"
NAMED_MONTH_DAY = re.compile(rf"\b(?:{_CAPITAL}({_M})\s+(\d{{1,2}})|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_CAPITAL}({_M}))"
                       r"(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def explicit_dates(text: str) -> tuple[tuple[int, int, int], ...]:
    """All unambiguous full dates in a text (month names, ISO or year first), for cross-checking readings;
    read once per text, however many numeric dates it holds."""
    found: list[tuple[int, int, int]] = []
    for m in ISO.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if valid_date(y, mo, d):
            found.append((y, mo, d))
    for m in YEAR_FIRST.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if valid_date(y, mo, d):
            found.append((y, mo, d))
    for rx, (di, mi, yi) in ((DAY_MONTH_YEAR, (1, 2, 3)), (MONTH_DAY_YEAR, (2, 1, 3))):
        for m in rx.finditer(text):
            mo = MONTH_NAMES.get(m.group(mi).lower().rstrip("."))
            y, d = int(m.group(yi)), int(m.group(di))
            if mo and valid_date(y, mo, d):
                found.append((y, mo, d))
    return tuple(found)


@lru_cache(maxsize=4)
def named_month_days(text: str) -> tuple[tuple[int, int], ...]:
    """The (month, day) of every date a text names with its month's name, with or without a year."""
    found = []
    for m in NAMED_MONTH_DAY.finditer(text):
        name, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        mo = MONTH_NAMES.get(name.lower().rstrip("."))
        if mo and 1 <= int(day) <= 31:
            found.append((mo, int(day)))
    return tuple(found)


def _days_to(reading: tuple[int, int, int], month_day: tuple[int, int]) -> int:
    """Days from a reading to a day and month in the year around it."""
    y = reading[0]
    days = [abs((dt.date(yy, *month_day) - dt.date(*reading)).days)
            for yy in (y - 1, y, y + 1) if valid_date(yy, *month_day)]
    return min(days) if days else 10 ** 6


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def read_numeric(a: int, b: int, y: int, sep: str, *, raw: str, line: str = "", text: str = "",
                 url: str | None = None, nearby: tuple[tuple[int, int, int], ...] | None = None,
                 order_hint: str | None = None) -> list[Reading]:
    """Readings of the numeric date a{sep}b{sep}y, the preferred one first (empty if neither is a date)."""
    mdy_ok, dmy_ok = valid_date(y, a, b), valid_date(y, b, a)
    if mdy_ok and not dmy_ok:
        return [Reading(_iso(y, a, b), "month/day/year (a day above 12 rules out day/month)", True)]
    if dmy_ok and not mdy_ok:
        return [Reading(_iso(y, b, a), "day/month/year (a day above 12 rules out month/day)", True)]
    if not (mdy_ok or dmy_ok):
        return []
    if a == b:
        return [Reading(_iso(y, a, b), "day and month are equal", True)]
    mdy, dmy = (y, a, b), (y, b, a)
    prefer, why = None, ""
    weekday = WEEKDAY.search(line)
    if weekday:
        wd = WEEKDAY_INDEX[weekday.group(1)[:3].lower()]
        fits = [r for r in (mdy, dmy) if dt.date(*r).weekday() == wd]
        if len(fits) == 1:
            prefer, why = fits[0], f"only this reading falls on a {weekday.group(1)}"
    if prefer is None and sep == ".":
        prefer, why = dmy, "dotted numeric date: European day.month order"
    if prefer is None:
        zones = {z for z in ZONE_WORD.findall(line) if z in MDY_ZONES or z in DMY_ZONES}
        if len(zones) == 1:
            zone = zones.pop()
            prefer = mdy if zone in MDY_ZONES else dmy
            why = f"{zone} time beside it: {'US month/day' if prefer == mdy else 'day/month'} order"
    if prefer is None and (nearby or text):
        # (a day and month named without a year counts in the year around each reading)
        close = {r: min([abs((dt.date(*r) - dt.date(*e)).days) for e in nearby or ()] +
                        [_days_to(r, md) for md in named_month_days(text)] + [10 ** 6]) for r in (mdy, dmy)}
        if min(close.values()) <= 10 and close[mdy] != close[dmy]:
            prefer = min(close, key=close.get)
            why = "closest to the explicit dates the text names (with or without their year)"
    if prefer is None and TWELVE_HOUR.search(line):
        prefer, why = mdy, "12-hour clock (a.m./p.m.) beside it: US month/day order"
    if prefer is None and TWENTY_FOUR_HOUR.search(line.replace(raw, " ")):
        prefer, why = dmy, "24-hour clock beside it (no US outlet writes one): day/month order"
    if prefer is None and text and (told := TOLD_WEEKDAY.search(text)):
        # "held talks in Beijing on Thursday" under "06/04/2023": a report tells of its own day or the days just before
        wd = WEEKDAY_INDEX[told.group(1)[:3].lower()]
        fits = [r for r in (mdy, dmy) if any((dt.date(*r) - dt.timedelta(days=k)).weekday() == wd for k in range(2))]
        if len(fits) == 1:
            prefer, why = fits[0], f"the text's \"{told.group(0).strip()}\" falls on it or the day before"
    if prefer is None and order_hint in ("DMY", "MDY"):
        prefer, why = (dmy, "the outlet writes day/month") if order_hint == "DMY" else (mdy, "the outlet writes month/day")
    if prefer is None and url:
        host = re.sub(r"^https?://", "", url).split("/")[0]
        if host.endswith(DMY_TLDS):
            prefer, why = dmy, f"outlet domain {host} writes day/month"
    if prefer is None:
        prefer, why = mdy, "month/day order assumed (English-language default); day/month kept as alternative"
    other = dmy if prefer == mdy else mdy
    order = "month/day" if prefer == mdy else "day/month"
    other_order = "day/month" if prefer == mdy else "month/day"
    return [
        Reading(_iso(*prefer), f"ambiguous {raw}, read as {order}: {why}", True),
        Reading(_iso(*other), f"ambiguous {raw}, alternative {other_order} reading", False),
    ]
