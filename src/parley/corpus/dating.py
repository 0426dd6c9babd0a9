"""Dates through the event: an article with no publication date is dated by the reports it was
merged with, and an event that no report dates is dated, where the text allows, by what its
reports say of the day.

- An undated article whose main meeting joined an event of a known day takes that day as its
  anchor ("inferred from 3 dated reports of its event"); a day and month from its dateline
  ("Havana, April 14 (RHC)") take the event's year instead. The article is then read again
  against the anchor, so that its "on Thursday" and "last month" resolve.
- An event no report dates, whose reports give a day and month ("on September 17", "September
  16-17") takes the year in which its people held their offices together (the actor file's
  terms), narrowed by a weekday a report gives ("talks that ended Sunday"), if one year remains;
  where several remain, the one in which the corpus dates other reports of its states, if one does.
- An undated article whose dateline gives a day and month, in such an event, takes the year in which the corpus
  dates other reports of its states; failing that, the one year of its people's offices in which the weekday it
  gives the meeting is the dateline's day or the day before.
- An article dated only by an ambiguous numeric date ("10/09/2024") whose event takes the other reading, because
  another report's dateline gives that day and month (corpus.fuse), is read again as of the other reading, which then
  stands for its publication date.
- Otherwise the event stays undated, and says so.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ..extract.known_officials import known_terms
from ..time.numeric import valid_date
from .keys import month_day_of, readings_in


def _month_days(members: list[dict]) -> Counter:
    days: Counter = Counter()
    for c in members:
        spec = c.get("date_spec") or {}
        if spec.get("kind") == "month_day" and spec.get("m") and spec.get("d"):
            days[(spec["m"], spec["d"])] += 1
            if spec.get("second_day"):
                days[(spec["m"], spec["second_day"])] += 0.5
    return days


def _weekdays(members: list[dict]) -> set[int]:
    """The weekdays the reports give: alone ("on Thursday"), with the day and month ("Thursday, April 17th") or with the
    day of the month ("Tuesday (26)")."""
    return {(c.get("date_spec") or {}).get("wd") for c in members
            if (c.get("date_spec") or {}).get("kind") in ("weekday", "month_day", "day_of_month")} - {None}


def this_year() -> int:
    """The last year a term still running can have held a meeting in."""
    return dt.date.today().year


def _in_office_on(day: dt.date, terms: list[list[tuple[str, str | None]]]) -> bool:
    """Whether every named participant with known terms (`terms`, of each: `_terms_of`) held an office on a day (to the
    month: Biden's term that ended in January 2025 holds no meeting of November 2025)."""
    month = day.isoformat()[:7]
    return all(any(start <= month and (end is None or month <= end) for start, end in held) for held in terms)


def _terms_of(members: list[dict]) -> list[list[tuple[str, str | None]]]:
    """The known terms of each named participant that has some (of the titles the reports give them)."""
    return [held for key, titles in _titles_by_key(members).items() if (held := known_terms(key, frozenset(titles)))]


def _titles_by_key(members: list[dict]) -> dict[str, set[str]]:
    titles: dict[str, set[str]] = {}
    for c in members:
        for p in (c.get("actors") or []) + (c.get("recipients") or []):
            if p.get("kind") == "person" and p.get("name_key"):
                titles.setdefault(p["name_key"], set()).update({p["title"]} if p.get("title") else set())
    return titles


def _years_in_office(members: list[dict]) -> tuple[set[int] | None, list[str]]:
    """Years in which every named participant with known terms held an office (of the title the
    reports give them, where they give one); None if none known."""
    years: set[int] | None = None
    who = []
    titles = _titles_by_key(members)
    for key in sorted(titles):
        terms = known_terms(key, frozenset(titles[key]))
        if not terms:
            continue
        span: set[int] = set()
        for start, end in terms:
            span |= set(range(int(start[:4]), int(end[:4]) + 1 if end else this_year() + 1))
        years = span if years is None else years & span
        who.append(key.split("|")[0].title())
    return years, who


def event_day_from_text(members: list[dict], corpus_years: frozenset[int] = frozenset()) -> tuple[str, str] | None:
    """(ISO day, reason) for an event that no report dates, from the day and month its reports give
    and the years its people held office together (and a weekday, where one is given); where several
    years fit, the one in which the corpus dates other reports of its states (`corpus_years`), if one does."""
    days = _month_days(members)
    if not days:
        return None
    years, who = _years_in_office(members)
    if not years:
        return None
    weekdays = _weekdays(members)
    fits: set[int] = set()
    for y in years:
        for (m, d) in days:
            try:
                day = dt.date(y, m, d)
            except ValueError:
                continue
            if not weekdays or day.weekday() in weekdays:
                fits.add(y)
    corpus = len(fits) > 1 and len(fits & corpus_years) == 1
    if corpus:
        fits &= corpus_years
    if len(fits) != 1:
        return None
    year = fits.pop()
    (m, d), _ = max(sorted(days.items()), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
    while (m, d - 1) in days:           # "September 16-17" and "September 17": the meeting began on the 16th
        d -= 1
    try:
        value = dt.date(year, m, d).isoformat()
    except ValueError:
        return None
    why = f"day and month from the reports; year {year}, when {' and '.join(who)} held office"
    if weekdays:
        why += " and the day fell on the weekday a report gives"
    if corpus:
        why += "; of the years that fit, the one in which the corpus dates other reports of its states"
    return value, why


def dateline_in_corpus_year(partial: str, members: list[dict], corpus_years: frozenset[int],
                            weekday: int | None = None, filed_there: bool = False) -> tuple[str, str] | None:
    """(ISO day, reason) for an undated article whose dateline gives a day and month ("--02-14") and whose event no
    report dates: the one year in which the corpus dates other reports of its states, where its people held office
    then (a report's "on Wednesday" is then read from that day); else, with the `weekday` its report gives the
    meeting, the one year of their offices in which that weekday is the dateline's day or the day before ("SEOUL,
    May 26 (Yonhap) -- ... held talks with Li Qiang and Kishida on Sunday": 2024, not 2023); of several such years, for
    a report `filed_there` (where the meeting was: its place is its dateline's), the one in which it is that day."""
    years, who = _years_in_office(members)
    terms = _terms_of(members)
    m, d = month_day_of(partial)
    # (a year in which the day falls outside a participant's term, or not on the weekday its report gives, is none)
    fits = {y for y in (set(corpus_years) if years is None else set(corpus_years) & years)
            if _fits(y, m, d, terms, weekday)}
    why = "in which the corpus dates other reports of its states"
    if len(fits) != 1 and years and weekday is not None:
        fits = {y for y in years if _fits(y, m, d, terms, weekday)}
        why = (f"when {' and '.join(who)} held office and the weekday its report gives is that day or the day "
               f"before")
        # (of several, the one year in which it is that day, for a report filed where the meeting was: a wire's
        # "MEXICO CITY, Sept 3 (Reuters) - ... agreed on Wednesday" is of 2025, when September 3 was a Wednesday,
        # rather than of 2026, a Thursday; but "BEIJING, Nov. 19 (Xinhua) -- Xi met Trudeau on Monday in Rio" may be
        # a day late, and of 2024)
        same = {y for y in fits if valid_date(y, m, d) and dt.date(y, m, d).weekday() == weekday}
        if filed_there and len(fits) > 1 and len(same) == 1:
            fits, why = same, f"when {' and '.join(who)} held office and the weekday its report gives is that day"
    if len(fits) != 1:
        return None
    year = fits.pop()
    try:
        day = dt.date(year, m, d)
    except ValueError:
        return None
    return day.isoformat(), f"{DATELINE_ANCHOR}, year {year}, {why}"


def dateline_in_event_month(partial: str, event_month: str, weekday: int | None = None) -> tuple[str, str] | None:
    """(ISO day, reason) for an undated article whose dateline gives a day and month ("--03-10") in the month its event
    is dated to ("2023-03": a report told "in March" only), where the weekday its report gives the meeting, if any, is
    that day or the day before ("New Delhi, Mar 10 (PTI) ... on Friday": March 10, 2023, a Friday); else None."""
    m, d = month_day_of(partial)
    y, em = int(event_month[:4]), int(event_month[5:7])
    if m != em or not valid_date(y, m, d):
        return None
    day = dt.date(y, m, d)
    if weekday is not None and weekday not in (day.weekday(), (day.weekday() - 1) % 7):
        return None
    return day.isoformat(), f"{DATELINE_ANCHOR}, year and month of its event ({event_month})"


def _fits(y: int, m: int, d: int, terms: list[list[tuple[str, str | None]]], weekday: int | None) -> bool:
    """Whether a dateline's day and month in year `y` is a day its people held office on, and the day or the day after
    the weekday its report gives the meeting, where it gives one."""
    if not valid_date(y, m, d):
        return False
    day = dt.date(y, m, d)
    return _in_office_on(day, terms) and (weekday is None or weekday in (day.weekday(), (day.weekday() - 1) % 7))


DATELINE_ANCHOR = "day and month of its dateline"
# how the reason of an undated article read as of the day before or after its event opens (article_anchor)
PREVIEW_ANCHOR = "the day before its main meeting"
REPORT_ANCHOR = "the day after its main meeting"
# the reason of an article read as of its own dateline's day in a year of the corpus or of its people's terms
OWN_DATELINE = re.compile(re.escape(DATELINE_ANCHOR) + r", year \d{4}, ")
# the reason of an article's date read the other way (corpus.merge), which then stands for its publication date (store)
OTHER_READING_NOTE = "the other reading of its ambiguous date, the day the dateline of another report of its event gives"


def article_anchor(event_date: str, support: int, partial: str | None, preview: bool = False,
                   in_passing: bool = False) -> tuple[str, str]:
    """(anchor, reason) for an undated article in an event of a known day; `partial` is the
    article's own day and month ("--04-14") when its dateline gives them. A report is read as of
    the day after its event (its "on Sunday" may be the event's last day), a preview as of the day
    before (its "on Monday" lies ahead). A meeting the article tells in passing (`in_passing`) gives its dateline's day
    and month only their year: the first on or after it for one told done, the last on or before it for one ahead
    ("New Delhi, Mar 10 (PTI) ... Modi also accepted Albanese's invitation to visit Australia in May")."""
    day = dt.date.fromisoformat(event_date)
    if partial:
        readings = readings_in(month_day_of(partial), (day.year, day.year - 1, day.year + 1))
        own = next((o for o in readings if abs((o - day).days) <= 7), None)
        if own is not None:
            return own.isoformat(), f"{DATELINE_ANCHOR}, year of its event ({event_date})"
        fits = sorted(o for o in readings if (o <= day if preview else o >= day))
        if in_passing and fits:
            own = fits[-1] if preview else fits[0]
            return own.isoformat(), f"{DATELINE_ANCHOR}, year of a meeting it tells ({event_date})"
    shift = -1 if preview else 1
    return (day + dt.timedelta(days=shift)).isoformat(), \
        (f"{PREVIEW_ANCHOR if preview else REPORT_ANCHOR} ({event_date}), as {support} dated "
         f"report(s) in other articles date it")
