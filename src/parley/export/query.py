"""Selecting events for the timeline: dyad, actor, type, issue, status, date range, text.

`select_events` filters in SQL on the flat tables of schema 8 (store_flat): type and status on
`events`, countries and actors through `event_participants`, the date range on `date_start` and
`date_end` (an event is in a range when the interval its date covers meets the range's), the
text through the FTS5 trigram index `event_fts`. What SQL cannot decide exactly (an issue, a text
word shorter than three letters, letter case beyond ASCII) is checked by `matches`, which the web
also uses on its own.
"""
from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, replace

from ..contract import bound_interval, date_interval, search_text
from ..extract.gazetteer import gazetteer
from ..store_flat import fts_phrase_query


@dataclass
class EventFilter:
    between: tuple[str, str] | list[str] | None = None    # two countries (names or ISO codes), any order
    country: str | None = None                           # events involving this country
    actor: str | None = None                             # a person's name (any part), case-insensitive
    type: str | None = None                              # PLOVER category
    issue: str | None = None                             # issue id or words of its label
    status: str | None = None                            # happened | planned | background
    date_from: str | None = None                         # ISO date prefix, inclusive
    date_to: str | None = None
    text: str | None = None                              # words in summary, evidence or statements


def country_code(name: str) -> str | None:
    name = name.strip()
    if len(name) == 3 and name.isupper():
        return name
    return gazetteer().country_of_word(name) or (name.upper() if len(name) == 3 else None)


def in_range(d: str, date_from: str | None, date_to: str | None) -> bool:
    """Whether the interval a date covers meets [date_from, date_to] (ISO prefixes, inclusive:
    2024 is in --from 2024-06); a bound or a value that is not a date is compared as text."""
    span = date_interval(d)
    if date_from:
        lo = bound_interval(date_from)
        if span and lo:
            if span[1] < lo[0]:
                return False
        elif d < date_from[:len(d)]:
            return False
    if date_to:
        hi = bound_interval(date_to)
        if span and hi:
            if span[0] > hi[1]:
                return False
        elif d[:len(date_to)] > date_to:
            return False
    return True


def matches(ev: dict, f: EventFilter) -> bool:
    parties = ev["actors"] + ev["recipients"]
    countries = {p.get("country") for p in parties}
    if f.between:
        a, b = (country_code(x) for x in f.between)
        if not (a in countries and b in countries):
            return False
    if f.country and country_code(f.country) not in countries:
        return False
    if f.actor:
        want = f.actor.lower()
        if not any(want in (p.get("name") or "").lower() for p in parties):
            return False
    if f.type and ev["type"] != f.type.upper():
        return False
    if f.status and ev["status"] != f.status:
        return False
    if f.issue:
        want = f.issue.lower()
        if not any(want == i["id"] or want in i["label"].lower() for i in ev["issues"]):
            return False
    d = ev.get("date")
    if (f.date_from or f.date_to) and not d:
        return False                    # a date range leaves out what has no date
    if (f.date_from or f.date_to) and not in_range(d, f.date_from, f.date_to):
        return False
    if f.text:
        blob = search_text(ev).lower()
        if not all(w in blob for w in f.text.lower().split()):
            return False
    return True


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def sql_filter(f: EventFilter) -> tuple[list[str], list, EventFilter]:
    """WHERE clauses on `events e` for what SQL decides, and the filter of what is left to `matches`."""
    where: list[str] = []
    params: list = []
    rest = replace(f, between=None, country=None, type=None, status=None)
    if f.type:
        where.append("e.type = ?")
        params.append(f.type.upper())
    if f.status:
        where.append("e.status = ?")
        params.append(f.status)
    codes = [country_code(x) for x in f.between] if f.between else []
    if f.country:
        codes.append(country_code(f.country))
    for code in codes:
        where.append("e.id IN (SELECT event_id FROM event_participants WHERE country = ?)")
        params.append(code)
    if f.date_from or f.date_to:
        where.append("e.date IS NOT NULL")
        lo, hi = bound_interval(f.date_from), bound_interval(f.date_to)
        if lo:
            where.append("(e.date_end >= ? OR e.date_end IS NULL)")
            params.append(lo[0].isoformat())
        if hi:
            where.append("(e.date_start <= ? OR e.date_start IS NULL)")
            params.append(hi[1].isoformat())
        if (not f.date_from or lo) and (not f.date_to or hi):
            where.append("e.date_start IS NOT NULL")
            rest = replace(rest, date_from=None, date_to=None)
    if f.actor and f.actor.isascii():
        where.append("e.id IN (SELECT event_id FROM event_participants WHERE name LIKE ? ESCAPE '\\')")
        params.append(_like(f.actor))
        rest = replace(rest, actor=None)
    if f.text and (q := fts_phrase_query(f.text.split())):
        where.append("e.rowid IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?)")
        params.append(q)                 # (matches still checks every word)
    return where, params, rest


# The timeline's order: dated events first, by date; on one date a meeting first; then by id. The
# generated column events.timeline_key (schema 9) holds it as one sortable text, indexed, so a page
# is read from its cursor along the index.
BATCH = 200                 # rows read at a time when a part of the filter is checked in Python


def select_events(store, f: EventFilter | None = None) -> list[dict]:
    """Every event the filter selects, in timeline order."""
    f = f or EventFilter()
    where, params, rest = sql_filter(f)
    sql = "SELECT e.data FROM events e" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY e.timeline_key"
    events = [json.loads(r["data"]) for r in store.query(sql, tuple(params))]
    if rest != EventFilter():
        events = [e for e in events if matches(e, rest)]
    return events


@dataclass
class Page:
    """One page of the timeline: its events, the cursors of the pages after and before it (None
    at an end), and how many events the filter selects (None when part of the filter is checked
    in Python and counting would mean reading every event)."""
    events: list[dict]
    next: str | None
    prev: str | None
    total: int | None


class BadCursor(ValueError):
    pass


def encode_cursor(key: str) -> str:
    return base64.urlsafe_b64encode(key.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str:
    try:
        key = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if key.count(" ") < 3 or key[:1] not in "01":
            raise ValueError
        return key
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise BadCursor(f"cursor {cursor[:40]!r} is not one this timeline gave") from None


def select_page(store, f: EventFilter | None = None, limit: int = 50, after: str | None = None,
                before: str | None = None, count: bool = True) -> Page:
    """A page of at most `limit` events in timeline order, after the cursor `after` (or before
    `before`): keyset paging on the timeline's index, so a page costs the same wherever it is."""
    f = f or EventFilter()
    where, params, rest = sql_filter(f)
    backwards = before is not None
    cursor = decode_cursor(before if backwards else after) if (before or after) else None
    got: list[tuple[str, dict]] = []
    edge = cursor
    more = False
    while True:
        w, p = list(where), list(params)
        if edge is not None:
            w.append(f"e.timeline_key {'<' if backwards else '>'} ?")
            p.append(edge)
        order = "e.timeline_key DESC" if backwards else "e.timeline_key"
        want = limit + 1 if rest == EventFilter() else BATCH
        rows = store.query("SELECT e.data, e.timeline_key AS k FROM events e"
                           + (" WHERE " + " AND ".join(w) if w else "") + f" ORDER BY {order} LIMIT ?",
                           tuple(p + [want]))
        for r in rows:
            ev = json.loads(r["data"])
            if rest == EventFilter() or matches(ev, rest):
                got.append((r["k"], ev))
        if len(got) > limit:
            more = True
            got = got[:limit + 1]
            break
        if len(rows) < want:
            break
        edge = rows[-1]["k"]
    page = got[:limit]
    if backwards:
        page.reverse()
    keys = [k for k, _ in page]
    has_after = more if not backwards else bool(cursor)
    has_before = more if backwards else bool(cursor)
    total = None
    if count and rest == EventFilter():
        total = store.query("SELECT COUNT(*) AS n FROM events e" + (" WHERE " + " AND ".join(where) if where else ""),
                            tuple(params))[0]["n"]
    return Page([ev for _, ev in page], encode_cursor(keys[-1]) if keys and has_after else None,
                encode_cursor(keys[0]) if keys and has_before else None, total)
