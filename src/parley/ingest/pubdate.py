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
from dataclasses import replace
from functools import lru_cache

from ..records import DateCandidate, PublicationDate
from .datelines import MONTH_DAY, UPDATED_LINE, inline_byline, inner_lede, lede, month_day
from ..time.numeric import (DAY_MONTH_YEAR, ISO, MONTH_DAY_YEAR, MONTH_NAMES, NUMERIC_DATE, YEAR_FIRST, _M,
                            explicit_dates, read_numeric, valid_date)

COMPACT_DMY = re.compile(rf"\b(\d{{1,2}})[.\-/]({_M})[.\-/]?((?:19|20)\d{{2}})\b", re.IGNORECASE)   # 14.Nov.2022
URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})(?:[/-](\d{1,2}))?(?:/|-|$)")
URL_COMPACT_DATE = re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-])")     # ".../20240305/...", "-20240305-"
# a date that ends the last part of the path: ".../macron-presses-xi-ukraine-2024-05-06/" (as Reuters writes its URLs)
URL_SLUG_DATE = re.compile(r"[_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=/?(?:$|[?#])|\.html?\b)")
# a metadata field holding a date as a number or at less than a day's precision
EPOCH = re.compile(r"^\s*(\d{10}|\d{13})(?:\.\d+)?\s*$")                      # Unix time, seconds or milliseconds
COMPACT_DATE = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*$")             # 20240305
YEAR_MONTH = re.compile(r"^\s*((?:19|20)\d{2})(?:-(\d{2}))?\s*$")                 # 2024-03, 2024

UPDATED_WEIGHT = 0.9            # a header line dated "Updated ..." against one that is not
# how far before a dateline's day and month (no year) the latest date the text mentions may fall for its year to
# be the dateline's: a quarter (a month named alone counts as its first day). A date further back is the past the
# report recalls ("Putin last visited Pyongyang in July 2000"), not its own time
LATEST_MENTION_DAYS = 92
DATELINE_LAG_DAYS = 2      # days a page's or an archive's date may fall after the dateline of the report it keeps
SCORE = {"metadata": 1.0, "html metadata": 0.95, "header": 0.9, "url": 0.85, "dateline": 0.8, "caption": 0.5}


PUBLISHED_YEARS = (1000, 9000)


def _year(y: str) -> int:
    n = int(y)
    return n + (2000 if n < 70 else 1900) if len(y) == 2 else n


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser

    return dateparser


def parse_month_name_date(text: str) -> tuple[int, int, int] | None:
    """An explicit date with a month name ("25 December 2024", "Dec. 25, 2024")."""
    for rx, (di, mi, yi) in ((DAY_MONTH_YEAR, (1, 2, 3)), (MONTH_DAY_YEAR, (2, 1, 3)), (COMPACT_DMY, (1, 2, 3))):
        m = rx.search(text)
        if not m:
            continue
        mo = MONTH_NAMES.get(m.group(mi).lower().rstrip("."))
        y, d = int(m.group(yi)), int(m.group(di))
        if mo and valid_date(y, mo, d):
            return y, mo, d
    return None


# languages of the dates an outlet writes over an English text ("Mardi 26 mars 2024", "Sabtu, 11 Januari 2025",
# "26. März 2024"): read in a header line that holds a day and a year but no English month
HEADER_LANGUAGES = ["fr", "es", "pt", "de", "it", "nl", "id", "tr"]
DAY_AND_YEAR = re.compile(r"(?<!\d)\d{1,2}(?!\d).*?\b(?:19|20)\d{2}\b")


@lru_cache(maxsize=256)
def foreign_date(line: str) -> tuple[int, int, int, str] | None:
    """A short line that is a full date in one of HEADER_LANGUAGES and nothing more ("Mardi 26 mars 2024"), read
    (once: the cleaner asks whether it is a date line, the date finder for its date); else None."""
    line = line.strip()
    if len(line) > 60 or not DAY_AND_YEAR.search(line):
        return None
    return parse_with_dateparser(line, HEADER_LANGUAGES)


def parse_with_dateparser(text: str, languages: list[str] | None = None) -> tuple[int, int, int, str] | None:
    """Fallback for explicit date strings our patterns do not cover ("Dec 25th 2024, 10:45 IST"), in
    English or in `languages`."""
    parsed = _dateparser().parse(
        text, languages=languages or ["en"],
        settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past"},
    )
    if parsed is None:
        return None
    return parsed.year, parsed.month, parsed.day, "day"


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def numeric_readings(m: re.Match, line: str, *, url: str | None, text: str, source: str,
                     base: float) -> list[DateCandidate]:
    a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), _year(m.group(4))
    readings = read_numeric(a, b, y, sep, raw=m.group(0), line=line, text=text, url=url,
                            nearby=explicit_dates(text))
    return [DateCandidate(r.value, "day", source, m.group(0), r.reason, base if r.preferred else base * 0.5)
            for r in readings]


def _metadata_number(line: str, source: str, base: float) -> list[DateCandidate]:
    """A metadata date written as Unix time, as 20240305, or only to the month or year."""
    m = EPOCH.match(line)
    if m:
        secs = int(m.group(1)) / (1000 if len(m.group(1)) == 13 else 1)
        day = dt.datetime.fromtimestamp(secs, tz=dt.timezone.utc).date()
        return [DateCandidate(day.isoformat(), "day", source, line.strip(), "Unix time (UTC)", base)]
    m = COMPACT_DATE.match(line)
    if m and valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return [DateCandidate(_iso(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day", source, line.strip(),
                              "date written without separators", base)]
    m = YEAR_MONTH.match(line)
    if m and (not m.group(2) or 1 <= int(m.group(2)) <= 12):
        value, precision = (f"{m.group(1)}-{m.group(2)}", "month") if m.group(2) else (m.group(1), "year")
        return [DateCandidate(value, precision, source, line.strip(), f"only the {precision}", base)]
    return []


def dates_in_line(line: str, *, source: str, url: str | None, text: str, base: float) -> list[DateCandidate]:
    if source in ("metadata", "html metadata"):
        found = _metadata_number(line, source, base)
        if found:
            return found
    m = ISO.search(line)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if valid_date(y, mo, d):
            return [DateCandidate(_iso(y, mo, d), "day", source, m.group(0), "ISO date", base)]
    m = YEAR_FIRST.search(line)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if valid_date(y, mo, d):
            return [DateCandidate(_iso(y, mo, d), "day", source, m.group(0), "numeric date, year first", base)]
    named = parse_month_name_date(line)
    if named:
        return [DateCandidate(_iso(*named), "day", source, line.strip()[:80], "date with month name", base)]
    m = NUMERIC_DATE.search(line)
    if m:
        return numeric_readings(m, line, url=url, text=text, source=source, base=base)
    if source in ("header", "metadata", "html metadata") and re.search(_M, line, re.IGNORECASE):
        found = parse_with_dateparser(line)
        if found:
            y, mo, d, precision = found
            return [DateCandidate(_iso(y, mo, d), precision, source, line.strip()[:80], "explicit date (dateparser)", base)]
    if source == "header":
        found = foreign_date(line)
        if found:
            y, mo, d, precision = found
            return [DateCandidate(_iso(y, mo, d), precision, source, line.strip()[:80],
                                  "explicit date in the outlet's language (dateparser)", base)]
    return []


def inline_byline_dates(paragraph: str, *, url: str | None, text: str) -> list[DateCandidate]:
    """The date of a byline or "Published" label in the first 300 characters of a first paragraph."""
    m = inline_byline(paragraph)
    if not m:
        return []
    return [DateCandidate(c.value, c.precision, "header", m.group(0).strip()[:80], f"{c.reason}, in a byline inside the text",
                          c.score * 0.9) for c in dates_in_line(m.group("date"), source="header", url=url, text=text,
                                                                base=SCORE["header"])]


def lede_dates(paragraph: str, *, url: str | None, text: str, known: list[DateCandidate]) -> list[DateCandidate]:
    """The date of a wire lede ("PARIS, 22 January 2025 (Reuters) -"). A day and month without
    the year ("Havana, April 14 (RHC) -") take the year of the other candidates when one falls
    within a few days, else of the latest date the text mentions where it falls within a quarter before them
    (LATEST_MENTION_DAYS); else they stay a month and a
    day ("--04-14"), for the corpus stage to complete. Never the year of today."""
    found = lede(paragraph) or inner_lede(paragraph)
    if not found or not found.date:
        return []
    if re.search(r"\d{4}", found.date):
        return dates_in_line(found.date, source="dateline", url=url, text=text, base=SCORE["dateline"])
    md = month_day(found.date)
    return [] if md is None else [replace(partial_date(md, found.date, "dateline", text=text, known=known),
                                          place=found.place)]


def header_month_day(line: str, *, text: str, known: list[DateCandidate]) -> list[DateCandidate]:
    """A day and month without a year that a header line gives (a dateline set apart: "Baku, May 10, AZERTAC"),
    their year found as a dateline's is (`partial_date`)."""
    m = re.search(rf"(?<![\w.]){MONTH_DAY}", line, re.IGNORECASE)
    md = month_day(m.group(0)) if m else None
    return [] if md is None else [partial_date(md, m.group(0), "header", text=text, known=known)]


def partial_date(md: tuple[int, int], raw: str, source: str, *, text: str, known: list[DateCandidate]) -> DateCandidate:
    """A day and month without the year: with the year of the other candidates when one falls within a few days,
    else of the latest date the text mentions where it falls within a quarter before them (LATEST_MENTION_DAYS);
    else a month and a day ("--04-14"), for the corpus stage to complete. Never the year of today."""
    mo, d = md
    where = "dateline" if source == "dateline" else "header line"
    for c in known:
        if c.precision == "day":
            y = int(c.value[:4])
            for year in (y - 1, y, y + 1):
                if valid_date(year, mo, d) and abs((dt.date(year, mo, d) - dt.date.fromisoformat(c.value)).days) <= 3:
                    return DateCandidate(_iso(year, mo, d), "day", source, raw,
                                         f"day and month of the {where}, year of the {c.source} date", SCORE[source])
    found = latest_mentioned(text, other_than=mo)
    if found is not None:
        latest, month_only = found
        year = latest[0] if (mo, d) >= latest[1:] else latest[0] + 1
        # a month named with its year ("his state visit in April 2023") is of another year than the report's: news
        # names a month of its own year alone ("in April", "last month")
        if valid_date(year, mo, d) and (dt.date(year, mo, d) - dt.date(*latest)).days <= LATEST_MENTION_DAYS \
                and not (month_only and year == latest[0]):
            return DateCandidate(_iso(year, mo, d), "day", source, raw,
                                 f"day and month of the {where}, year from the latest date the text mentions "
                                 f"({latest[0]}-{latest[1]:02d})", 0.4)
    return DateCandidate(f"--{mo:02d}-{d:02d}", "month-day", source, raw,
                         f"day and month of the {where}; no year in the article", 0.3)


MONTH_YEAR = re.compile(rf"\b({_M})\s+(?:of\s+)?((?:19|20)\d{{2}})\b", re.IGNORECASE)


def latest_mentioned(text: str, other_than: int | None = None) -> tuple[tuple[int, int, int], bool] | None:
    """The latest explicit date in a text (full dates, and "July 2025" as its first day), and whether only a month
    named with its year gives it. A month and year in the month `other_than` (the dateline's) are left out: a report
    does not name its own month with a year ("Kazan, Oct 23 (PTI) ... The last formal meeting took place in October
    2019" is no report of 2019; that one would say "this month")."""
    days = set(explicit_dates(text))
    months = set()
    for m in MONTH_YEAR.finditer(text):
        mo = MONTH_NAMES.get(m.group(1).lower().rstrip("."))
        if mo and mo != other_than:
            months.add((int(m.group(2)), mo, 1))
    if not days and not months:
        return None
    latest = max(days | months)
    return latest, latest not in days


def find_publication_date(*, metadata: str | None, metadata_source: str | None, header_lines: list[str],
                          caption_lines: list[str], first_paragraph: str | None, url: str | None,
                          text: str) -> PublicationDate:
    cands: list[DateCandidate] = []
    if metadata:
        src = metadata_source or "metadata"
        cands += dates_in_line(metadata, source=src, url=url, text=text, base=SCORE.get(src, 1.0))
    for line in header_lines:
        if UPDATED_LINE.search(line):       # a revision's date: a publication line, where there is one, wins
            for c in dates_in_line(line, source="header", url=url, text=text, base=SCORE["header"] * UPDATED_WEIGHT):
                c.reason = f"{c.reason}, the date of an update"
                cands.append(c)
            continue
        cands += dates_in_line(line, source="header", url=url, text=text, base=SCORE["header"])
    if url:
        m = URL_DATE.search(url)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
            if d and valid_date(y, mo, int(d)):
                cands.append(DateCandidate(_iso(y, mo, int(d)), "day", "url", m.group(0), "date in the URL path", SCORE["url"]))
            elif 1 <= mo <= 12:
                cands.append(DateCandidate(f"{y:04d}-{mo:02d}", "month", "url", m.group(0), "year/month in the URL path", 0.6))
        else:
            for rx, why in ((URL_COMPACT_DATE, "date in the URL path, without separators"),
                            (URL_SLUG_DATE, "date at the end of the URL's path")):
                m = rx.search(url)
                if m and valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3))):
                    cands.append(DateCandidate(_iso(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day", "url",
                                               m.group(0), why, SCORE["url"] * 0.8))
                    break
    for line in header_lines:           # (a day and month alone: their year is found from the dates above)
        if not any(c.source == "header" and c.text in line for c in cands):
            cands += header_month_day(line, text=text, known=[c for c in cands if c.precision == "day"])
    if first_paragraph:
        cands += lede_dates(first_paragraph, url=url, text=text, known=cands)
        if not any(c.source in ("header", "metadata", "html metadata") for c in cands):
            cands += inline_byline_dates(first_paragraph, url=url, text=text)
    for line in caption_lines:
        if re.search(r"\bfile\b", line, re.IGNORECASE):
            continue  # file photos are older than the article
        for c in dates_in_line(line, source="caption", url=url, text=text, base=SCORE["caption"]):
            c.reason = f"{c.reason}, in a photo caption"
            cands.append(c)
    # a year no news was published in ("0001-01-05", "9999-12-31") is junk metadata, and no anchor
    cands = [c for c in cands if c.precision == "month-day" or (
        c.value[:4].isdigit() and PUBLISHED_YEARS[0] <= int(c.value[:4]) <= PUBLISHED_YEARS[1])]
    if not cands:
        return PublicationDate(None, None, None, "no publication date found", [])
    partial = [c for c in cands if c.precision == "month-day"]
    cands = [c for c in cands if c.precision != "month-day"]
    if not cands:
        return PublicationDate(None, None, None, "only a day and month, no year (dateline)", partial)
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


def filing_day(pub: PublicationDate) -> dt.date | None:
    """The day of a wire dateline that falls a day or two before a publication date read from a header (" date
    2024-06-23 ... NEW DELHI, June 22 (BSS) - ... today held"): the day the report was filed, which its "today" is (the
    page or the archive kept it later; the publication date stays as read). None where there is none."""
    if pub.basis != "header" or pub.precision != "day":
        return None
    day = dt.date.fromisoformat(pub.value)
    for c in pub.candidates:
        if c.source == "dateline" and c.precision == "day":
            filed = dt.date.fromisoformat(c.value)
            if 1 <= (day - filed).days <= DATELINE_LAG_DAYS:
                return filed
    return None
