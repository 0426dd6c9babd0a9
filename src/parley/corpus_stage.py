"""Drives the corpus stage over the store: new candidate events -> events, people, and dates for
undated articles.

A merge takes the candidates waiting for it, widens them to every candidate of their blocks
within the date window (settings.AFFECTED_WINDOW_DAYS) and to every candidate of the events these
were in, and resolves that set again (`corpus.merge.resolve`). A merged undated candidate comes
back only where a new one could change the event it chose (`corpus.merge.stirred`, against the
floor its choice stored), with the events of its people that it may join (only its own, where
that choice was local: corpus.clustering.Choice).
Events whose reports are all in the set are replaced; people are replaced family by family.
Articles with no publication date that an event dates receive an anchor and are read again
(`reextract`, given by the pipeline), and the merge runs once more on what changed.
Incremental: a merge touches only the blocks of what is new.
"""
from __future__ import annotations

import datetime as dt
import gc
import math
import os
import re
import threading
from collections import defaultdict
from contextlib import contextmanager
from typing import Callable, Iterator

from . import codec
from .corpus import settings
from .corpus.claims import check_claims
from .corpus.dating import PREVIEW_ANCHOR
from .corpus.merge import COMPANION_NOTE, PASSING_NOTE, WEAK_NOTES, Stored, first_told, resolve, stirred
from .corpus.people import PersonMention, link, person_from_dict
from .store import Store
from .time.lexicon import WEEKDAYS

ROUNDS = 8      # merge, date undated articles, read them again, merge again ... to a fixed point
CLOCK_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?", re.I)     # an hour a live blog stamps an entry with
QUOTED = re.compile(r'"([^"]+)"')          # the words a date basis quotes
# the date bases of a day told in an article's own words (not lent by the corpus or the publication date)
OWN_WORDS_BASES = ("relative", "explicit", "the day of the act")
# how many days before its event a preview that tells days ahead of its suggested reading may be read as of instead
# (_earlier_preview_reading)
PREVIEW_DAYS_BEFORE = 3
# families linked anew at a time: their mentions in memory at once (a backlog's first batch meets most families,
# whose mentions are those of the whole store)
FAMILIES_AT_ONCE = 64


# waiting candidates merged at a time, in date order (memory stays bounded)
BATCH = int(os.environ.get("PARLEY_MERGE_BATCH", "20000"))

# Python's cycle collector runs after every 700 allocations net, and each run walks every young container
# with all it holds: with a batch's candidates, features and events in memory, that was a fifth of a
# 100,000-candidate merge's CPU time at the default thresholds (15 of 79 s), and still a tenth at
# 100,000 allocations (2.0 of 27.8 s, 59 runs). The merge builds acyclic data (decoded JSON, plain
# lists and dicts), which reference counting frees (a collection after a 100,000-candidate merge
# finds nothing to free), so automatic collection is off while it runs; the youngest generation is
# collected after every batch, so that cycles a batch did make (a re-extraction's) go with it.
_gc_lock = threading.Lock()
_gc_depth = [0, True]       # merges running; whether automatic collection was on before the first


@contextmanager
def fewer_collections() -> Iterator[None]:
    """No automatic cycle collection for the duration (nested or from several threads: it comes
    back, if it was on, when the last one ends)."""
    with _gc_lock:
        if _gc_depth[0] == 0:
            _gc_depth[1] = gc.isenabled()
            gc.disable()
        _gc_depth[0] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth[0] -= 1
            if _gc_depth[0] == 0 and _gc_depth[1]:
                gc.enable()


def merge_pending(store: Store, reextract: Callable[[str, dt.date, str, dt.date], list[dict] | None] | None = None) -> int:
    """Merge waiting candidates into events; returns the number of events written. A large backlog
    is merged in batches of consecutive dates, each as an incremental merge of the one before."""
    with fewer_collections():
        return _merge_pending(store, reextract)


def _merge_pending(store: Store, reextract) -> int:
    written = 0
    dyads: set[str | None] = set()       # the dyads whose events the merge changed
    for round_ in range(ROUNDS + 1):
        pending = store.pending_candidate_ids()
        if not pending:
            break
        waiting = set(pending)
        # (the last round reads nothing again: what earlier rounds read is merged as it stands, none left waiting)
        again = reextract if round_ < ROUNDS else None
        for i in range(0, len(pending), BATCH):
            batch = pending[i:i + BATCH]
            waiting.difference_update(batch)
            written += _merge(store, batch, again, waiting, dyads)
            gc.collect(0)           # (what the batch left of cycles: fewer_collections)
    if written:
        refresh_claims(store, dyads)
    elif _unchecked_claims(store):              # a killed run merged but stopped before checking its claims
        refresh_claims(store)
    return written


def _unchecked_claims(store: Store) -> bool:
    return bool(store.query("SELECT 1 FROM events e, json_each(e.data, '$.claims') j "
                            "WHERE json_array_length(e.data, '$.claims') > 0 "     # (the index of events with claims)
                            "AND json_extract(j.value, '$.verdict') IS NULL LIMIT 1"))


def link_people(store: Store, cands: list[dict], pending: set[str]) -> tuple[dict[str, str], dict, set[str]]:
    """The person of every name key of `cands`, the people, and the families linked anew. A family
    with a spelling never seen is linked again from all its mentions (and stored); a known spelling
    in a new article only adds that spelling to its person, whose articles are counted again in SQL."""
    keys = {p["name_key"] for c in cands for p in (c.get("actors") or []) + (c.get("recipients") or [])
            if p.get("kind") == "person" and p.get("name_key")}
    known = store.person_links(keys)
    fresh = {k.split("|", 1)[0] for k in keys - set(known)}
    people: dict = {}
    families = sorted(fresh)
    for i in range(0, len(families), FAMILIES_AT_ONCE):     # (each family is linked from all its mentions, in
        part = families[i:i + FAMILIES_AT_ONCE]            # the store: the first batch of a backlog meets most)
        links, linked = link([PersonMention(*row) for row in store.person_mentions(part)])
        store.replace_people(part, [p.to_dict() for p in linked.values()], links)
        known.update(links)
        people.update(linked)
    missing = {pid for pid in known.values() if pid not in people}
    people.update({pid: person_from_dict(d) for pid, d in store.people_by_ids(missing).items()})
    seen: dict[str, set[str]] = {}      # person -> the spellings of the waiting candidates
    for c in cands:
        if c["id"] not in pending:
            continue
        for p in (c.get("actors") or []) + (c.get("recipients") or []):
            pid = known.get(p.get("name_key") or "")
            if pid and pid in people and p.get("kind") == "person" and p["name_key"].split("|", 1)[0] not in fresh:
                names = seen.setdefault(pid, set())
                if p.get("name"):
                    names.add(p["name"])
    grown = []
    for pid, names in seen.items():
        person = people[pid]
        if not names <= set(person.variants):
            person.variants = sorted(set(person.variants) | names)
            grown.append(person.to_dict())
    if seen:            # (their articles are counted again in SQL: a person's list of articles is never read here)
        store.update_people(grown, seen)
    return known, people, fresh


def _merge(store: Store, pending: list[str], reextract, waiting: set[str] = frozenset(),
           dyads: set[str | None] | None = None) -> int:
    """Merge a batch of waiting candidates. Those of later batches (`waiting`) stay out of its set: each is
    merged with its own batch, which reaches back to what this one merged (as an incremental merge does), so
    no candidate is resolved, fused and written twice. `dyads` receives the dyads of the events it may have
    changed."""
    stirring = _Stirring(store, pending)
    ids, reached = store.affected_candidates(pending, settings.AFFECTED_WINDOW_DAYS, waiting=waiting,
                                             stirred=stirring)
    cands = stirring.candidates(ids)
    person_of, people, relinked = link_people(store, cands, set(pending))
    meta = store.article_meta(c["article_id"] for c in cands)
    event_of = store.event_ids_of(ids)
    result = resolve(cands, meta, person_of, people, _stored(store, cands, event_of, set(pending), relinked, reached))
    if dyads is not None:           # (those of the events it replaces, and of the events it writes)
        dyads.update(store.event_dyads(set(event_of.values())))
        dyads.update(e.get("dyad") for e in result.events)
    store.write_resolution(ids, result.events, result.kept, event_of, result.floors)
    if reextract is not None:
        for aid, (value, reason, day, people) in sorted(result.anchors.items()):
            prev, prev_reason = store.inferred(aid)
            prev_reason = prev_reason or ""
            # (read already as this claim asks, unless through a weaker claim than this one: corpus.merge.WEAK_NOTES)
            stronger = prev_reason.endswith(WEAK_NOTES) and not reason.endswith(WEAK_NOTES)
            # (nor read again as of a reading this claim chose before: "...; as of 2024-08-03, before the days it
            # tells ahead")
            done = prev in (value, day) or prev_reason.endswith(_after_note(day)) \
                or prev_reason.startswith(_chosen(reason, ""))
            if done and not stronger:
                continue
            chosen = _read_again(aid, value, reason, day, people, reextract)
            if chosen is None:
                continue
            anchor, why, new = chosen
            with store.transaction():
                store.set_inferred_date(aid, anchor, why)
                store.replace_candidates(aid, new, _extractor())
    return len(result.events)


class _Stirring:
    """Which merged undated candidates a batch may move (`corpus.merge.stirred`, for Store.affected_candidates),
    the candidates it read kept for the merge (the batch's own are read once)."""

    def __init__(self, store: Store, pending: list[str]):
        self.store, self.pending = store, pending
        self.loaded: dict[str, dict] = {}

    def __call__(self, floors: dict[str, float | None]) -> set[str]:
        floors = {cid: f for cid, f in floors.items() if f != math.inf}      # (a choice that nothing can change)
        if not floors:
            return set()
        kept = stirred(self._read(self.pending), self._read(floors), floors)
        for cid in set(floors) - kept:
            self.loaded.pop(cid, None)
        return kept

    def _read(self, ids) -> list[dict]:
        self.loaded.update((c["id"], c) for c in self.store.candidates_by_ids(i for i in ids if i not in self.loaded))
        return [self.loaded[i] for i in sorted(ids) if i in self.loaded]

    def candidates(self, ids: set[str]) -> list[dict]:
        """The candidates of `ids`, in the order of their ids."""
        out = self._read(ids)
        self.loaded.clear()
        return out


def _stored(store: Store, cands: list[dict], event_of: dict[str, str], pending: set[str], relinked: set[str],
            reached: set[str]) -> Stored:
    """The stored events of `cands` that a merge may keep as they are: every report of theirs is
    among `cands`, none is waiting (new or read again), none names a person of a family linked
    anew (whose canonical name, title or id the event shows). Of these, those that `reached`
    holds (the merge came to them only as events an undated report may join) keep their dated
    reports together."""
    members: dict[str, set[str]] = defaultdict(set)
    spoilt: set[str] = set()
    for c in cands:
        eid = event_of.get(c["id"])
        if eid is None:
            continue
        members[eid].add(c["id"])
        if c["id"] in pending or {k.split("|", 1)[0] for k in _keys_of(c)} & relinked:
            spoilt.add(eid)
    stored = store.event_sizes_and_dates(sorted(set(members) - spoilt))
    keep = {e: frozenset(ms) for e, ms in members.items() if e in stored and stored[e][0] == len(ms)}
    return Stored(keep, {e: stored[e][1:] for e in keep}, [ms for ms in keep.values() if ms <= reached])


def _read_again(aid: str, value: str, reason: str, day: str, people, reextract):
    """Read an undated article again as of the suggested anchor (the day after a report's event,
    the day before a preview's, the day and month of its dateline) and, where its own account of the
    meeting does not then fall on the event's day, as of the event's day ("met today"); keep the first
    reading in which it does, else the suggested one. The suggested anchor comes first: a report is
    written after its event, so its "met Li Qiang on Tuesday", the day after a Monday meeting, is
    that Tuesday, not the one before. A claim through a meeting told in passing (corpus.merge.PASSING_NOTE) lends
    the reading no day or people of its lead's, and dates nothing where no reading puts that meeting on its day."""
    event_day = dt.date.fromisoformat(day)
    tried = []
    readings = [(value, reason)] + ([(day, "the day of its main meeting, as reports in other articles date it")]
                                    if value != day else [])
    passing = reason.endswith(PASSING_NOTE)
    for anchor, why in readings:
        new = reextract(aid, dt.date.fromisoformat(anchor), why, *_lent(reason, event_day, people))
        if new is None:
            continue
        tried.append((anchor, why, new))
        if _on_day(new, day, people):
            if reason.startswith(PREVIEW_ANCHOR) and _held_on(new, anchor, day):
                earlier = _earlier_preview_reading(aid, reason, event_day, people, reextract)
                if earlier is not None:
                    return earlier
            return _lead_after(aid, anchor, why, new, event_day, people, reextract, reason)
    # "Rubio and Lavrov talked in Kuala Lumpur last Thursday", of a Thursday's event: read as of the days right after
    # it (the day after was the suggested reading), the Thursday a week before; as of the first later day that puts it
    # on its event's day
    told = next((t for c in (tried[0][2] if tried else ()) if (t := _last_weekday_told(c)) is not None), None)
    if told is not None and not passing:
        for later in range(2, 8):
            anchor = (event_day + dt.timedelta(days=later)).isoformat()
            why = _chosen(reason, f"{anchor}, its \"{told}\" is the day of its event")
            new = reextract(aid, dt.date.fromisoformat(anchor), why, *_lent(reason, event_day, people))
            if new is not None and _on_day(new, day, people):
                return anchor, why, new
    if passing:
        return None             # (a meeting told in passing that no reading puts on its day dates nothing)
    # a live blog whose entries are stamped with the hour ("11:48 am  Macron meets Herzog") was written on the day it
    # tells: the reading as of the event's day, where no reading puts the meeting itself on it
    stamped = next((r for r in tried if r[0] == day and any(CLOCK_STAMP.fullmatch(c.get("date_text") or "")
                                                             for c in r[2])), None)
    if stamped is not None:
        return stamped
    return tried[0] if tried else None          # (the suggested reading)


def _chosen(reason: str, how: str) -> str:
    """The reason of a reading a claim (`reason`) chose other than the one it suggested: "...; as of <day>, <why>"
    (with `how` empty, what every such reason opens with)."""
    return f"{reason}; as of {how}"


def _held_on(new: list[dict], anchor: str, day: str) -> bool:
    """Whether a reading tells a meeting held on its anchor day by its own words, other than on its event's day: a
    preview read as of a day it tells ahead ("will land in Santiago on Sunday evening ... talks on Monday", as of the
    Sunday)."""
    return any(c.get("status") == "happened" and c.get("type") == "CONSULT" and c.get("date") == anchor != day
               and (c.get("date_basis") or "").startswith(OWN_WORDS_BASES) for c in new)


def _earlier_preview_reading(aid: str, reason: str, event_day: dt.date, people, reextract):
    """A preview read as of a day before its event's eve, the first (up to PREVIEW_DAYS_BEFORE) in which its meeting
    falls on the event's day and no meeting it tells is held on the day of writing; else None."""
    for before in range(2, PREVIEW_DAYS_BEFORE + 1):
        anchor = event_day - dt.timedelta(days=before)
        why = _chosen(reason, f"{anchor.isoformat()}, before the days it tells ahead")
        new = reextract(aid, anchor, why, *_lent(reason, event_day, people))
        if new is not None and _on_day(new, event_day.isoformat(), people) \
                and not _held_on(new, anchor.isoformat(), event_day.isoformat()):
            return anchor.isoformat(), why, new
    return None


def _on_day(new: list[dict], day: str, people) -> bool:
    """Whether a reading of an article tells a meeting of (two of) `people` on `day`, by its own words."""
    return any(c.get("date") == day and c.get("date_basis", "").startswith(OWN_WORDS_BASES)
               and len(_keys_of(c) & set(people)) >= min(2, len(people)) for c in new)


def _last_weekday_told(c: dict) -> str | None:
    """The "last <weekday>" a candidate's day is told by, in its own words or in those of the act its day was counted
    from ("who last Monday secured a pause ... after a phone call with Trump"), or None."""
    return next((t for t in [c.get("date_text")] + QUOTED.findall(c.get("date_basis") or "") if _last_weekday(t)), None)


def _last_weekday(text: str | None) -> bool:
    """Whether a date is told as "last <weekday>"."""
    words = (text or "").lower().replace(".", "").split()
    return len(words) == 2 and words[0] == "last" and words[1] in WEEKDAYS


def _lead_after(aid: str, anchor: str, why: str, new: list[dict], event_day: dt.date, people, reextract, claim: str):
    """An article dated through a meeting it tells beside its lead ("... after his visit to the UAE, where he
    held talks with Sheikh Mohamed on Tuesday") was written after that meeting, and so was its lead: where the
    lead's weekday falls before it in this reading ("held talks with the Emir in Doha on Thursday", read as of
    the Wednesday: the Thursday before), the article is read as of the first such weekday on or after it."""
    # (the lead: the article's meeting told first as held, as corpus.merge._lead_candidates takes it undated)
    lead = min((c for c in new if c.get("status") == "happened" and c.get("type") == "CONSULT"), key=first_told,
               default=None)
    if not claim.endswith((COMPANION_NOTE, PASSING_NOTE)) or lead is None or not lead.get("date") or \
            lead["date"][:10] >= event_day.isoformat():
        return anchor, why, new
    words = (lead.get("date_text") or "").lower().replace(".", "").split()
    wd = WEEKDAYS.get(words[-1]) if words and (len(words) == 1 or words[0] in ("on", "last", "this")) else None
    if wd is None or (wd < event_day.weekday() and _told_after_lead(new, lead, event_day.isoformat(), people)):
        return anchor, why, new
    day = event_day + dt.timedelta(days=(wd - event_day.weekday()) % 7)
    because = f"the {lead['date_text']} its lead meeting tells{_after_note(event_day.isoformat())}"
    later = reextract(aid, day, because, *_lent(claim, event_day, people))
    return (anchor, why, new) if later is None else (day.isoformat(), because, later)


def _told_after_lead(new: list[dict], lead: dict, day: str, people) -> bool:
    """Whether the reading tells the meeting that dated it only after its lead's first sentence: with a weekday later
    in the week than the lead's, a meeting told in its turn ("On Thursday, Wang met Lavrov ... On Friday, Wang sat down
    with Blinken"), a day after the lead's, not before (but "after his visit to Brunei, where he held talks with the
    Sultan on Tuesday", of a Thursday's lead, came before it)."""
    spans = (lead.get("evidence") or {}).get("event") or []
    end = min(spans, key=lambda sp: sp[0])[1] if spans else None
    told = [c for c in new if c is not lead and c.get("date") == day and len(_keys_of(c) & set(people)) >= 2]
    return end is not None and bool(told) and all(first_told(c) >= end for c in told)


def _lent(claim: str, event_day: dt.date, people) -> tuple:
    """The lead's day and people a reading is given: none through a meeting told in passing (its lead is not that
    meeting)."""
    return (None, frozenset()) if claim.endswith(PASSING_NOTE) else (event_day, people)


def _after_note(event_day: str) -> str:
    return f", after the meeting of {event_day} it tells beside it"


def _keys_of(c: dict) -> set[str]:
    return {p["name_key"] for p in (c.get("actors") or []) + (c.get("recipients") or [])
            if p.get("kind") == "person" and p.get("name_key")}


def _extractor() -> str:
    from . import __version__

    return __version__


def refresh_claims(store: Store, dyads: set[str | None] | None = None) -> None:
    """Check the claims of events ("first visit since April 2023") against the events held: of every event, or of
    the events of `dyads` (a claim is checked against the meetings of its event's dyad)."""
    rows = store.events_with_claims(dyads)
    if not rows:
        return
    index: dict = defaultdict(list)
    for r in store.meetings_of(None if dyads is None else {r["dyad"] for r in rows}):
        index[r["dyad"]].append(dict(r))
    updates = []
    for r in rows:
        ev = codec.loads(r["data"])
        ev["claims"] = check_claims(ev, index.get(ev.get("dyad"), []))
        if (data := codec.dumps(ev)) != r["data"]:
            updates.append((data, r["id"]))
    with store.transaction():
        store.conn.executemany("UPDATE events SET data = ? WHERE id = ?", updates)


def merge_all(store: Store, reextract=None) -> int:
    """Recompute every event (after a change of the merge rules)."""
    with store.transaction():
        store.conn.execute("UPDATE candidate_events SET event_id = NULL")
    return merge_pending(store, reextract)
