"""The event table contract: one flat shape of a merged event that every face writes.

A merged event (the JSON in `events.data`) becomes an `EventRow`: its date at its precision with
the interval the precision covers (`date_start`..`date_end`), its participants (actors, then
recipients, numbered), its place with GeoNames coordinates when it is a city of the gazetteer,
its issues, and its sources with the sentence each report gives as evidence. CSV, Parquet, JSON,
TimelineJS, pandas and the SQLite tables of migration 8 are all written from these rows, so a
column means the same thing everywhere (README: "The event table").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from .extract.gazetteer import coordinates, gazetteer
from .time.resolve import value_to_date_range


@dataclass(slots=True)
class Participant:
    position: int                 # 1, 2, ... over actors then recipients
    role: str                     # actor | recipient
    name: str | None              # as written (None for a state named only by its country)
    title: str | None
    country: str | None           # ISO 3166-1 alpha-3, or a PLOVER code for an organisation (UNO, EUR)
    sector: str | None            # PLOVER sector: GOV, MIL, ...

    @property
    def label(self) -> str:
        """What a reader sees: the name, else the country's name, else its code, else "?"."""
        return self.name or gazetteer().name_of(self.country) or self.country or "?"


@dataclass(slots=True)
class Place:
    name: str | None
    country: str | None
    lat: float | None = None      # GeoNames, for a city of the gazetteer
    lon: float | None = None


@dataclass(slots=True)
class Source:
    position: int
    article_id: str | None
    url: str | None
    outlet: str | None
    published: str | None         # ISO date of publication, None when unknown
    evidence: str | None          # the sentence this report gives for the event
    path: str | None = None       # the file the article was read from (when no URL)


@dataclass(slots=True)
class EventRow:
    id: str
    date: str | None              # ISO 8601 at its precision (2024-12-25, 2024-12, 2024-W52, 2024-Q4, 2024)
    date_start: dt.date | None    # first day the date covers
    date_end: dt.date | None      # last day the date covers
    date_precision: str | None
    date_basis: str | None
    type: str                     # PLOVER category
    mode: str | None
    status: str                   # happened | planned | background
    score: float | None
    summary: str
    dyad: str | None
    participants: list[Participant] = field(default_factory=list)
    place: Place | None = None
    issues: list[str] = field(default_factory=list)          # issue ids
    issue_labels: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)       # fields the sources disagree on

    def role(self, role: str) -> list[Participant]:
        return [p for p in self.participants if p.role == role]

    @property
    def countries(self) -> list[str]:
        return list(dict.fromkeys(p.country for p in self.participants if p.country))

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(s.outlet or (s.path or "").rsplit("/", 1)[-1] or s.url or "?" for s in self.sources))

    @property
    def first_url(self) -> str | None:
        return next((s.url for s in self.sources if s.url), None)

    @property
    def evidence(self) -> str | None:
        return next((s.evidence for s in self.sources if s.evidence), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- dates ------------------------------------------------------------------------------------
_DATE_PREFIX = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a date value covers: a day is itself, a month its first..last day, a
    year Jan 1..Dec 31, an ISO week Monday..Sunday (its weekend Saturday..Sunday), a quarter,
    half or season its three or six months, a decade (202) ten years, a century (20) a hundred."""
    if not value:
        return None
    v = value.split("T")[0]
    if m := re.fullmatch(r"(\d{4})-W(\d{2})-WE", v):
        try:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{2})", v):
        y = int(m[1]) * 100
        return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    return value_to_date_range(v)


def bound_interval(prefix: str | None) -> tuple[dt.date, dt.date] | None:
    """The interval of a filter bound written as an ISO prefix (2024, 2024-03, 2024-03-15)."""
    if not prefix or not _DATE_PREFIX.fullmatch(prefix.strip()):
        return None
    return date_interval(prefix.strip())


# -- the rows ---------------------------------------------------------------------------------
def _evidence(src: dict) -> str | None:
    for e in src.get("evidence") or []:
        if e.get("field") == "event" and e.get("text"):
            return e["text"]
    sents = src.get("sentences") or []
    return sents[0].get("text") if sents else None


def participants(ev: dict) -> list[Participant]:
    out = []
    for role, key in (("actor", "actors"), ("recipient", "recipients")):
        for p in ev.get(key) or []:
            out.append(Participant(len(out) + 1, role, p.get("name") or None, p.get("title") or None,
                                   p.get("country") or None, p.get("sector") or None))
    return out


def place(ev: dict) -> Place | None:
    loc = ev.get("location")
    if not loc:
        return None
    name, country = loc.get("name"), loc.get("country")
    lat, lon = coordinates(name, country) or (loc.get("lat"), loc.get("lon"))
    return Place(name, country, lat, lon)


def sources(ev: dict) -> list[Source]:
    return [Source(i + 1, s.get("article_id"), s.get("url") or None, s.get("outlet") or None,
                   s.get("published") or None, _evidence(s), s.get("path") or None)
            for i, s in enumerate(ev.get("sources") or [])]


def event_row(ev: dict) -> EventRow:
    span = date_interval(ev.get("date"))
    return EventRow(
        id=ev["id"], date=ev.get("date"), date_start=span[0] if span else None, date_end=span[1] if span else None,
        date_precision=ev.get("date_precision") if ev.get("date") else None, date_basis=ev.get("date_basis"),
        type=ev["type"], mode=ev.get("mode"), status=ev.get("status") or "happened", score=ev.get("score"),
        summary=ev.get("summary") or "", dyad=ev.get("dyad"), participants=participants(ev), place=place(ev),
        issues=[i["id"] for i in ev.get("issues") or []], issue_labels=[i.get("label") or i["id"] for i in ev.get("issues") or []],
        sources=sources(ev), conflicts=[c["field"] for c in ev.get("conflicts") or []])


def event_rows(events: list[dict]) -> list[EventRow]:
    return [event_row(e) for e in events]


def search_text(ev: dict) -> str:
    """What the `text` filter searches: the summary, the statements and every evidence span, each text once (the
    fields of a report cite one sentence several times, and outlets one wire sentence: a third of a real event's text,
    which the filter, matching word by word, need not index twice)."""
    return " ".join(dict.fromkeys([ev.get("summary") or ""] + [s.get("text") or "" for s in ev.get("statements") or []]
                                  + [e.get("text") or "" for src in ev.get("sources") or []
                                     for e in src.get("evidence") or []]))
