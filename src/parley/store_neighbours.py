"""What the corpus stage reads of the store to merge a batch of waiting candidates: the waiting
ones in date order, and the neighbourhood a merge of them must consider (the candidates they may
pair with or that may join them, with their events), found through the index of block keys and
dates without decoding a candidate (corpus.blocking says which keys may pair). A mixin of
store.Store, on its connection."""
from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Callable, Iterable

from . import codec
from .corpus.blocking import elsewhere_cannot_matter, pairable, window


def chunks(ids: list, size: int = 500):
    """`ids` in parts that one statement can take as parameters."""
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


class NeighbourhoodReads:
    conn: sqlite3.Connection

    def pending_candidate_ids(self) -> list[str]:
        """Candidates waiting for the merge, in date order. An undated one goes where the latest
        dated candidate of its narrow keys lies, after the meetings it may join: a batch merges it
        once, with all of them (placed at the earliest, it would be merged before most of them, and
        every later batch with a meeting of its people would read it again, to see whether it should
        move); a dated one goes before the undated ones of its day. An undated one with no such
        candidate goes last, by block key (a batch of them needs few keys)."""
        return [r[0] for r in self.conn.execute(
            # (the latest day of each key is one seek in the index of keys and days)
            "SELECT c.id, COALESCE(c.date, (SELECT MAX((SELECT t.lo FROM candidate_keys t WHERE t.key = k.key "
            "AND t.lo IS NOT NULL ORDER BY t.lo DESC LIMIT 1)) FROM candidate_keys k WHERE k.candidate_id = c.id)) "
            "AS place_in_time "
            "FROM candidate_events m JOIN candidates c ON c.id = m.candidate_id WHERE m.event_id IS NULL "
            "ORDER BY place_in_time IS NULL, place_in_time, c.date IS NULL, "
            "(SELECT MIN(key) FROM candidate_keys WHERE candidate_id = c.id), c.id")]

    def affected_candidates(self, pending: list[str], window_days: int, rounds: int = 4,
                            waiting: set[str] | frozenset[str] = frozenset(),
                            stirred: Callable[[dict[str, float | None]], set[str]] | None = None
                            ) -> tuple[set[str], set[str]]:
        """The candidates a merge of `pending` must consider, a neighbourhood that stays local:
        1. those sharing a block key with a waiting candidate whose dates come within `window_days`
           of its dates (a month or a year over its span), unless their keys tell that it cannot pair
           with them (`_may_pair`): all it may pair with; and the merged undated ones of its narrow
           keys, which may now prefer it;
        2. every candidate of the events these belong to (an event is fused from all its reports);
        3. for each undated candidate so far, every dated candidate of its narrow keys (placed in
           its country or not placed, where it is placed: corpus.blocking) with their events'
           reports: all it may join (a few rounds, as these bring further undated ones).
        What is only reached by 2 and 3 is not widened by its own dates: nothing new reaches them,
        so their events stand as they were unless something in the set joins them (widening them
        too would chain month by month through a pair that met for ten years, to the whole store).
        Candidates of `waiting` (merged by a later batch) are left out.

        With `stirred` (merged undated candidates, with the floor of their choice of event ->
        those that the waiting ones may move: corpus_stage), merged undated candidates come in by
        1 and 3 only if it keeps them, and one whose choice was local (it joined an event that led
        every other by the margin) does not bring the dated candidates of its keys: its own event
        and the new ones are all its choice is made from again. Without it, all come, as before.
        Returns (the whole set, the events reached only through undated reports: whole events,
        whose dated reports the merge keeps together as they stand)."""
        frontier = sorted(set(pending))
        near, joiners, _ = self._block_neighbours(frontier, window_days)
        near = (near - waiting) | set(frontier)
        out = near | self._event_members(near)
        if stirred is not None:
            joiners = stirred(self._choice_floors(joiners - out))
        reached = (joiners | self._event_members(joiners)) - out
        out |= reached
        undated = self._undated(out, all_choices=stirred is None)
        done: set[str] = set()
        for _ in range(rounds):
            todo = sorted(undated - done)
            if not todo:
                break
            done.update(todo)
            _, more, targets = self._block_neighbours(todo, window_days, dated=False)
            more = more - out - waiting
            if stirred is not None:
                more = stirred(self._choice_floors(more))
            reach = (more | targets) - out - waiting
            reach |= self._event_members(reach) - out
            out |= reach
            reached |= reach
            undated = self._undated(reach, all_choices=stirred is None) | undated
        return out, reached

    def _choice_floors(self, ids: Iterable[str]) -> dict[str, float | None]:
        """The floor of each merged undated candidate's choice of event (None: not known)."""
        out: dict[str, float | None] = {}
        for part in chunks(sorted(ids)):
            out.update(self.conn.execute(
                f"SELECT candidate_id, choice_floor FROM candidate_events "
                f"WHERE candidate_id IN ({','.join('?' * len(part))})", part).fetchall())
        return out

    def _block_neighbours(self, ids: list[str], window_days: int,
                          dated: bool = True) -> tuple[set[str], set[str], set[str]]:
        """(dated candidates that may pair with `ids`, merged undated candidates that may join one
        of them, dated candidates an undated one of `ids` may join). With dated=False no first."""
        found: set[str] = set()
        joiners: set[str] = set()
        targets: set[str] = set()
        keys: dict[str, list[tuple[str | None, str | None]]] = {}
        places: dict[str, set[str | None]] = {}      # narrow key -> the countries its undated candidates are placed in
        dated_keys: dict[str, tuple[str, str, list[str]]] = {}      # dated candidate -> (its first day, last, keys)
        by_place = elsewhere_cannot_matter()
        for part in chunks(ids):
            for cid, k, lo, hi, place in self.conn.execute(
                    f"SELECT candidate_id, key, lo, hi, place FROM candidate_keys "
                    f"WHERE candidate_id IN ({','.join('?' * len(part))})", part):
                keys.setdefault(k, []).append((lo, hi))
                if lo is None:
                    places.setdefault(k, set()).add(place if by_place else None)
                else:
                    dated_keys.setdefault(cid, (lo, hi or lo, []))[2].append(k)
        # (each kind of lookup is one query over all the keys, passed as JSON: one seek per key)
        narrow = sorted(places)
        windows, wide = [], []
        if dated:
            for k in sorted(keys):
                spans = [(lo, hi or lo) for lo, hi in keys[k] if lo]
                if spans:
                    windows += [[k, a, b, a_year] for a, b, a_year in _windows(spans, window_days)]
                    if not k.startswith("f:"):      # the merged undated candidates that may join these
                        wide.append(k)
        # an undated candidate's narrow key: all it may join, and the merged undated ones of that key (one still
        # waiting comes with its own batch)
        # (the dated ones placed where an undated one of the key is, or not placed: corpus.blocking)
        targets.update(r[0] for r in self.conn.execute(
            "SELECT k.candidate_id FROM json_each(?) u JOIN candidate_keys k ON k.key = u.value ->> 0 AND k.lo IS NOT NULL "
            "WHERE u.value ->> 1 IS NULL OR k.place IS NULL OR k.place IN (SELECT value FROM json_each(u.value -> 1))",
            (codec.dumps([[k, None if None in places[k] else sorted(places[k])] for k in narrow]),)))
        spans = {r[0]: (r[1], r[2]) for r in self.conn.execute(
            "SELECT k.candidate_id, k.lo, k.hi FROM json_each(?) w JOIN candidate_keys k ON k.key = w.value ->> 0 "
            "AND k.lo BETWEEN w.value ->> 3 AND w.value ->> 2 AND k.hi >= w.value ->> 1", (codec.dumps(windows),))}
        if spans:
            found = self._may_pair(spans, dated_keys, window_days)
        joiners.update(r[0] for r in self.conn.execute(
            "SELECT k.candidate_id FROM json_each(?) u JOIN candidate_keys k ON k.key = u.value AND k.lo IS NULL "
            "JOIN candidate_events m ON m.candidate_id = k.candidate_id WHERE m.event_id IS NOT NULL",
            (codec.dumps(sorted(set(wide) | set(narrow))),)))
        return found, joiners, targets

    def _may_pair(self, found: dict[str, tuple[str, str]], own: dict[str, tuple[str, str, list[str]]],
                  window_days: int) -> set[str]:
        """Of the dated candidates `found` (id -> first day, last) near the dated candidates `own` (id -> first day,
        last, keys), those that one of these may pair with (corpus.blocking.pairable), read with their keys."""
        theirs: dict[str, tuple[str, str, list[str]]] = {}
        for part in chunks(sorted(found.keys() - own.keys())):
            for cid, k in self.conn.execute(      # (from the index of keys by candidate alone)
                    f"SELECT candidate_id, key FROM candidate_keys WHERE candidate_id IN ({','.join('?' * len(part))})",
                    part):
                if cid not in theirs:
                    lo, hi = found[cid]
                    theirs[cid] = (lo, hi or lo, [])
                theirs[cid][2].append(k)
        return (found.keys() & own.keys()) | pairable(own, theirs, window_days)

    def _undated(self, ids: Iterable[str], all_choices: bool = True) -> set[str]:
        """The undated candidates of `ids`; unless `all_choices`, only those whose choice of event is not local
        (waiting, or made among all the dated candidates of their keys)."""
        out: set[str] = set()
        local = "" if all_choices else "AND (m.event_id IS NULL OR m.choice_local IS NOT 1) "
        for part in chunks(sorted(ids)):
            out.update(r[0] for r in self.conn.execute(
                # (+date: by the id alone; SQLite would otherwise scan the index of dates for every id)
                f"SELECT c.id FROM candidates c JOIN candidate_events m ON m.candidate_id = c.id "
                f"WHERE +c.date IS NULL {local}AND c.id IN ({','.join('?' * len(part))})", part))
        return out

    def _event_members(self, ids: Iterable[str]) -> set[str]:
        """Every candidate of the events that `ids` belong to."""
        events: set[str] = set()
        for part in chunks(sorted(ids)):
            events.update(r[0] for r in self.conn.execute(
                f"SELECT DISTINCT event_id FROM candidate_events WHERE event_id IS NOT NULL "
                f"AND candidate_id IN ({','.join('?' * len(part))})", part))
        members: set[str] = set()
        for part in chunks(sorted(events)):
            members.update(r[0] for r in self.conn.execute(
                f"SELECT candidate_id FROM candidate_events WHERE event_id IN ({','.join('?' * len(part))})", part))
        return members


def _windows(spans: list[tuple[str, str]], days: int) -> list[tuple[str, str, str]]:
    """Date windows of `days` around ISO intervals (corpus.blocking.window), overlapping ones joined: (from, to,
    from less a year), the last bound for a query on interval starts (no interval is longer than a year)."""
    out: list[list[dt.date]] = []
    for lo, hi in sorted(spans):
        a, b = window(lo, hi, days)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a.isoformat(), b.isoformat(), (a - dt.timedelta(days=366)).isoformat()) for a, b in out]
