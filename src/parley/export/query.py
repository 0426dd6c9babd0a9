"""Selecting events for the timeline: dyad, actor, type, issue, status, date range, text."""
from __future__ import annotations

import json
from dataclasses import dataclass

from ..extract.gazetteer import gazetteer


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
    if f.date_from and d < f.date_from[:len(d)]:
        return False
    if f.date_to and d[:len(f.date_to)] > f.date_to:
        return False
    if f.text:
        blob = " ".join([ev["summary"]] + [s["text"] for s in ev.get("statements", [])] +
                        [e["text"] for src in ev["sources"] for e in src["evidence"]]).lower()
        if not all(w in blob for w in f.text.lower().split()):
            return False
    return True


def select_events(store, f: EventFilter | None = None) -> list[dict]:
    f = f or EventFilter()
    sql, params = "SELECT data FROM events", []
    if f.type:
        sql += " WHERE type = ?"
        params.append(f.type.upper())
    rows = store.query(sql, tuple(params))
    events = [json.loads(r["data"]) for r in rows]
    events = [e for e in events if matches(e, f)]
    events.sort(key=lambda e: (e.get("date") is None, e.get("date") or "", e["type"] != "CONSULT", e["id"]))
    return events
