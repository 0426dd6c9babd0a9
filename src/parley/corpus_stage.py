"""Drives the corpus stage over the store: new candidate events -> events, people, and dates for
undated articles.

A merge takes the candidates waiting for it, widens them to every candidate of their blocks
within the date window (settings.AFFECTED_WINDOW_DAYS, and the undated ones) and to every
candidate of the events these were in, and resolves that set again (`corpus.merge.resolve`).
Events whose reports are all in the set are replaced; people are replaced family by family.
Articles with no publication date that an event dates receive an anchor and are read again
(`reextract`, given by the pipeline), and the merge runs once more on what changed.
Incremental: a merge touches only the blocks of what is new.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Callable

from .corpus import settings
from .corpus.claims import check_claims
from .corpus.merge import resolve
from .corpus.people import PersonMention
from .store import Store

ROUNDS = 3      # merge, date undated articles, read them again, merge again ...


def merge_pending(store: Store, reextract: Callable[[str, dt.date, str, dt.date], list[dict] | None] | None = None) -> int:
    """Merge waiting candidates into events; returns the number of events written."""
    written = 0
    for _ in range(ROUNDS):
        pending = store.pending_candidate_ids()
        if not pending:
            break
        written += _merge(store, pending, reextract)
    refresh_claims(store)
    return written


def _merge(store: Store, pending: list[str], reextract) -> int:
    ids = store.affected_candidates(pending, settings.AFFECTED_WINDOW_DAYS)
    cands = store.candidates_by_ids(ids)
    families = {p["name_key"].split("|", 1)[0] for c in cands for p in (c.get("actors") or []) + (c.get("recipients") or [])
                if p.get("kind") == "person" and p.get("name_key")}
    mentions = [PersonMention(*row) for row in store.person_mentions(families)]
    meta = store.article_meta(c["article_id"] for c in cands)
    result = resolve(cands, meta, mentions)
    store.write_resolution(ids, result.events, [p.to_dict() for p in result.people.values()], families)
    if reextract is not None:
        for aid, (value, reason, day, people) in sorted(result.anchors.items()):
            if store.inferred_date(aid) == value:
                continue
            new = reextract(aid, dt.date.fromisoformat(value), reason, dt.date.fromisoformat(day), people)
            if new is None:
                continue
            with store.transaction():
                store.set_inferred_date(aid, value, reason)
                store.replace_candidates(aid, new, _extractor())
    return len(result.events)


def _extractor() -> str:
    from . import __version__

    return __version__


def refresh_claims(store: Store) -> None:
    """Check every event's claims ("first visit since April 2023") against the events held."""
    import json

    rows = store.query("SELECT id, data FROM events WHERE json_array_length(data, '$.claims') > 0")
    if not rows:
        return
    index: dict = defaultdict(list)
    for r in store.query("SELECT id, type, date, dyad, status, json_extract(data, '$.mode') AS mode FROM events "
                         "WHERE type = 'CONSULT'"):
        index[r["dyad"]].append(dict(r))
    updates = []
    for r in rows:
        ev = json.loads(r["data"])
        ev["claims"] = check_claims(ev, index.get(ev.get("dyad"), []))
        updates.append((json.dumps(ev, ensure_ascii=False), r["id"]))
    with store.transaction():
        store.conn.executemany("UPDATE events SET data = ? WHERE id = ?", updates)


def merge_all(store: Store, reextract=None) -> int:
    """Recompute every event (after a change of the merge rules)."""
    with store.transaction():
        store.conn.execute("UPDATE candidates SET event_id = NULL")
    return merge_pending(store, reextract)
