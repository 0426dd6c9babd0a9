"""Keys shared by merging and fusing: who a party is across articles, how precise a date is, and whether a place is
only where the report was filed."""
from __future__ import annotations

import datetime as dt

from ..extract.places import DATELINE_BASIS
from ..time.numeric import valid_date

PRECISION_RANK = {"day": 5, "week": 4, "month": 3, "season": 2, "quarter": 2, "year": 1, None: 0}
LEADER_TITLES = {"President", "Prime Minister", "Premier", "Chancellor", "Leader", "General Secretary", "King"}


def person_key(p: dict) -> str:
    """A named person by family name ("p:wang"); an unnamed party by country and title
    ("g:JPN:Foreign Minister", "g:CHN:Leader", "g:CHN:state")."""
    if p.get("kind") == "person" and p.get("name"):
        return f"p:{(p.get('family') or p['name'].split()[-1]).lower()}"
    title = p.get("title") or ""
    if title in LEADER_TITLES:
        title = "Leader"
    return f"g:{p.get('country')}:{title or p.get('kind')}"


def signature(c: dict) -> frozenset[str]:
    return frozenset(person_key(p) for p in c["actors"] + c["recipients"])


def month_day_of(partial: str) -> tuple[int, int]:
    """(month, day) of a day and month without a year, as a dateline gives them ("--07-25")."""
    return int(partial[2:4]), int(partial[5:7])


def readings_in(month_day: tuple[int, int], years) -> list[dt.date]:
    """The days a day and month without a year are in these years, in their order (none where the calendar has no such
    day: February 29 of a common year)."""
    m, d = month_day
    return [dt.date(y, m, d) for y in years if valid_date(y, m, d)]


def from_dateline(loc: dict | None) -> bool:
    """Whether a candidate's place was read from its wire dateline: where the report was filed, which may not be where
    the meeting was (a call, a meeting told from a capital)."""
    return (loc or {}).get("basis") == DATELINE_BASIS
