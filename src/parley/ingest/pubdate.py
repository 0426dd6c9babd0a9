"""Publication date of an article: from metadata, header lines, the URL, a dateline, or a
photo caption, with its precision and how it was found.

Ambiguous numeric dates (04/02/2023) keep both readings as candidates, each with a reason;
the one chosen is the one the evidence favours (a dotted date is European, a 12-hour clock is
American, a weekday or a nearby month-name date in the text decides). No date gives None,
never "today".
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..records import DateCandidate, PublicationDate

MONTH_NAMES = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAY_NAMES = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_M = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WD = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"

ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b")
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_M}),?\s+(\d{{4}})\b", re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(rf"\b({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
NUMERIC = re.compile(r"\b(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})\b")
MONTH_DAY = re.compile(rf"\b({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)
TWELVE_HOUR = re.compile(r"\b\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\b|\b\d{1,2}\s*[ap]\.m\b", re.IGNORECASE)
WEEKDAY = re.compile(rf"\b({_WD})\b", re.IGNORECASE)
URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})(?:[/-](\d{1,2}))?(?:/|-|$)")
DATELINE = re.compile(rf"^[A-Z][A-Za-z .'’-]{{1,40}},\s+(?:[A-Z][a-z]+,\s+)?({_M}\s+\d{{1,2}}(?:,\s+\d{{4}})?)\s*\(", re.IGNORECASE)
DMY_TLDS = (".uk", ".de", ".fr", ".it", ".es", ".nl", ".au", ".nz", ".in", ".sg", ".ie", ".za", ".my", ".hk",
            ".pk", ".ng", ".ke", ".be", ".at", ".ch", ".dk", ".se", ".no", ".fi", ".pl", ".ru", ".br", ".ar")

SCORE = {"metadata": 1.0, "html metadata": 0.95, "header": 0.9, "url": 0.85, "dateline": 0.8, "caption": 0.5}


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def _year(y: str) -> int:
    n = int(y)
    return n + (2000 if n < 70 else 1900) if len(y) == 2 else n


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser

    return dateparser


def parse_month_name_date(text: str) -> tuple[int, int, int] | None:
    """An explicit date with a month name ("25 December 2024", "Dec. 25, 2024")."""
    for rx, (di, mi, yi) in ((DAY_MONTH_YEAR, (1, 2, 3)), (MONTH_DAY_YEAR, (2, 1, 3))):
        m = rx.search(text)
        if not m:
            continue
        mo = MONTH_NAMES.get(m.group(mi).lower().rstrip("."))
        y, d = int(m.group(yi)), int(m.group(di))
        if mo and _valid(y, mo, d):
            return y, mo, d
    return None


def parse_with_dateparser(text: str) -> tuple[int, int, int, str] | None:
    """Fallback for explicit date strings our patterns do not cover ("Dec 25th 2024, 10:45 IST")."""
    parsed = _dateparser().parse(
        text, languages=["en"],
        settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past"},
    )
    if parsed is None:
        return None
    return parsed.year, parsed.month, parsed.day, "day"


def explicit_dates(text: str) -> list[tuple[int, int, int]]:
    """All unambiguous full dates in a text (month names or ISO), for cross-checking readings."""
    found: list[tuple[int, int, int]] = []
    for m in ISO.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            found.append((y, mo, d))
    for rx, (di, mi, yi) in ((DAY_MONTH_YEAR, (1, 2, 3)), (MONTH_DAY_YEAR, (2, 1, 3))):
        for m in rx.finditer(text):
            mo = MONTH_NAMES.get(m.group(mi).lower().rstrip("."))
            y, d = int(m.group(yi)), int(m.group(di))
            if mo and _valid(y, mo, d):
                found.append((y, mo, d))
    return found


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def numeric_readings(m: re.Match, line: str, *, url: str | None, text: str, source: str,
                     base: float) -> list[DateCandidate]:
    a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), _year(m.group(4))
    raw = m.group(0)
    mdy_ok, dmy_ok = _valid(y, a, b), _valid(y, b, a)
    if mdy_ok and not dmy_ok:
        return [DateCandidate(_iso(y, a, b), "day", source, raw, "month/day/year (day > 12 rules out day/month)", base)]
    if dmy_ok and not mdy_ok:
        return [DateCandidate(_iso(y, b, a), "day", source, raw, "day/month/year (day > 12 rules out month/day)", base)]
    if not (mdy_ok or dmy_ok):
        return []
    if a == b:
        return [DateCandidate(_iso(y, a, b), "day", source, raw, "day and month are equal", base)]
    mdy, dmy = (y, a, b), (y, b, a)
    prefer, why = None, ""
    weekday = WEEKDAY.search(line)
    if weekday:
        wd = WEEKDAY_NAMES[weekday.group(1)[:3].lower()]
        fits = [r for r in (mdy, dmy) if dt.date(*r).weekday() == wd]
        if len(fits) == 1:
            prefer, why = fits[0], f"only this reading falls on a {weekday.group(1)}"
    if prefer is None and sep == ".":
        prefer, why = dmy, "dotted numeric date: European day.month order"
    if prefer is None and TWELVE_HOUR.search(line):
        prefer, why = mdy, "12-hour clock (a.m./p.m.) beside it: US month/day order"
    if prefer is None:
        nearby = explicit_dates(text)
        close = {r: min((abs((dt.date(*r) - dt.date(*e)).days) for e in nearby), default=999) for r in (mdy, dmy)}
        if min(close.values()) <= 10 and close[mdy] != close[dmy]:
            prefer = min(close, key=close.get)
            why = "closest to the explicit dates in the text"
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
        DateCandidate(_iso(*prefer), "day", source, raw, f"ambiguous {raw}, read as {order}: {why}", base),
        DateCandidate(_iso(*other), "day", source, raw, f"ambiguous {raw}, alternative {other_order} reading", base * 0.5),
    ]


def dates_in_line(line: str, *, source: str, url: str | None, text: str, base: float) -> list[DateCandidate]:
    m = ISO.search(line)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            return [DateCandidate(_iso(y, mo, d), "day", source, m.group(0), "ISO date", base)]
    named = parse_month_name_date(line)
    if named:
        return [DateCandidate(_iso(*named), "day", source, line.strip()[:80], "date with month name", base)]
    m = NUMERIC.search(line)
    if m:
        return numeric_readings(m, line, url=url, text=text, source=source, base=base)
    if source in ("header", "metadata", "html metadata") and re.search(_M, line, re.IGNORECASE):
        found = parse_with_dateparser(line)
        if found:
            y, mo, d, precision = found
            return [DateCandidate(_iso(y, mo, d), precision, source, line.strip()[:80], "explicit date (dateparser)", base)]
    return []


def find_publication_date(*, metadata: str | None, metadata_source: str | None, header_lines: list[str],
                          caption_lines: list[str], first_paragraph: str | None, url: str | None,
                          text: str) -> PublicationDate:
    cands: list[DateCandidate] = []
    if metadata:
        src = metadata_source or "metadata"
        cands += dates_in_line(metadata, source=src, url=url, text=text, base=SCORE.get(src, 1.0))
    for line in header_lines:
        cands += dates_in_line(line, source="header", url=url, text=text, base=SCORE["header"])
    if url:
        m = URL_DATE.search(url)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
            if d and _valid(y, mo, int(d)):
                cands.append(DateCandidate(_iso(y, mo, int(d)), "day", "url", m.group(0), "date in the URL path", SCORE["url"]))
            elif 1 <= mo <= 12:
                cands.append(DateCandidate(f"{y:04d}-{mo:02d}", "month", "url", m.group(0), "year/month in the URL path", 0.6))
    if first_paragraph:
        m = DATELINE.match(first_paragraph)
        if m and re.search(r"\d{4}", m.group(1)):
            cands += dates_in_line(m.group(1), source="dateline", url=url, text=text, base=SCORE["dateline"])
    for line in caption_lines:
        if re.search(r"\bfile\b", line, re.IGNORECASE):
            continue  # file photos are older than the article
        for c in dates_in_line(line, source="caption", url=url, text=text, base=SCORE["caption"]):
            c.reason = f"{c.reason}, in a photo caption"
            cands.append(c)
    if not cands:
        return PublicationDate(None, None, None, "no publication date found", [])
    # Agreement between independent sources raises a reading's score.
    support: dict[str, float] = {}
    for c in cands:
        support[c.value] = support.get(c.value, 0.0) + c.score
    best = max(cands, key=lambda c: (c.score + 0.1 * (support[c.value] - c.score), c.precision == "day"))
    seen: set[tuple[str, str]] = set()
    unique = []
    for c in sorted(cands, key=lambda c: -c.score):
        if (c.value, c.source) not in seen:
            seen.add((c.value, c.source))
            unique.append(c)
    return PublicationDate(best.value, best.precision, best.source, best.reason, unique)
