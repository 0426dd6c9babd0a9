"""Candidate events into events: blocking, pair scores, greedy clustering under constraints.

1. Blocks: candidates are compared only when they share a block key — a family name of a named
   person ("f:putin") or a pair of countries ("c:CHN-JPN") — and, when both are dated, when their
   dates lie within settings.DAY_WINDOW days of each other (a month or a year reaches over its whole
   span). Never all pairs.
2. Pairs that no constraint rules out and whose score reaches settings.THRESHOLD are joined in
   descending order of score; two groups join only if no pair across them conflicts (so a month
   mention cannot chain two different days).
3. Groups with no date join the best-scoring dated group of their blocks, if that score reaches
   settings.UNDATED_THRESHOLD and leads the next by settings.UNDATED_MARGIN.
Deterministic: the same candidates give the same events, in whatever order they arrived.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from typing import Iterator

from . import settings as S
from .features import Features, weigh_words
from .scoring import conflict, score


def block_keys(f: Features) -> set[str]:
    keys = {"f:" + fam for fam in f.families}
    cs = sorted(f.countries)
    keys |= {f"c:{x}-{y}" for i, x in enumerate(cs) for y in cs[i + 1:]}
    return keys


def candidate_pairs(feats: list[Features]) -> Iterator[tuple[int, int]]:
    """Index pairs sharing a block and a date window (dated), or a block (both undated)."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for k in block_keys(f):
            blocks[k].append(i)
    seen: set[tuple[int, int]] = set()
    window = dt.timedelta(days=S.DAY_WINDOW)
    for key in sorted(blocks):
        members = blocks[key]
        dated = sorted((i for i in members if feats[i].dated), key=lambda i: (feats[i].lo, feats[i].id))
        for x, i in enumerate(dated):
            hi = feats[i].hi + window
            for j in dated[x + 1:]:
                if feats[j].lo > hi:
                    break
                pair = (i, j) if i < j else (j, i)
                if pair not in seen:
                    seen.add(pair)
                    yield pair
        undated = sorted((i for i in members if not feats[i].dated), key=lambda i: feats[i].id)
        for x, i in enumerate(undated):
            for j in undated[x + 1:]:
                pair = (i, j) if i < j else (j, i)
                if pair not in seen:
                    seen.add(pair)
                    yield pair


class _Groups:
    def __init__(self, n: int):
        self.parent = list(range(n))
        self.members = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if ra > rb:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)


def _compatible(feats: list[Features], ga: list[int], gb: list[int], pc: dict) -> bool:
    return not any(conflict(feats[x], feats[y], pc) for x in ga for y in gb)


def cluster(feats: list[Features], person_country: dict[str, str | None]) -> list[list[Features]]:
    """Groups of candidates that are one event each, every group in report order."""
    weigh_words(feats)
    scored = []
    for i, j in candidate_pairs(feats):
        a, b = feats[i], feats[j]
        if conflict(a, b, person_country):
            continue
        s = score(a, b)
        if s >= S.THRESHOLD:
            scored.append((-s, min(a.id, b.id), max(a.id, b.id), i, j))
    scored.sort()
    groups = _Groups(len(feats))
    for _, _, _, i, j in scored:
        ri, rj = groups.find(i), groups.find(j)
        if ri != rj and _compatible(feats, groups.members[ri], groups.members[rj], person_country):
            groups.union(ri, rj)
    # reports that name no one ("the heads of the two countries met in Peru") join the named meeting
    # they fit; reports with no date join the dated event of their people
    _attach(feats, groups, person_country, weak=lambda f: not f.persons, strong=lambda f: bool(f.persons),
            threshold=S.UNNAMED_THRESHOLD)
    _attach(feats, groups, person_country, weak=lambda f: not f.dated, strong=lambda f: f.dated,
            threshold=S.UNDATED_THRESHOLD)
    out = [sorted((feats[i] for i in members), key=lambda f: f.order) for members in groups.members.values()]
    return sorted(out, key=lambda g: g[0].order)


def _attach(feats: list[Features], groups: _Groups, pc: dict, weak, strong, threshold: float) -> None:
    """Groups of weak members only join the best-scoring group with a strong member that shares a
    block with them and conflicts with none of them, if that score reaches `threshold` and leads the
    runner-up by settings.UNDATED_MARGIN."""
    by_key: dict[str, set[int]] = defaultdict(set)
    for root, members in groups.members.items():
        if any(strong(feats[i]) for i in members):
            for i in members:
                for k in block_keys(feats[i]):
                    by_key[k].add(root)
    lone = [root for root, members in groups.members.items() if all(weak(feats[i]) for i in members)]
    for root in sorted(lone, key=lambda r: min(feats[i].order for i in groups.members[r])):
        members = groups.members.get(root)
        if not members:
            continue
        targets = {groups.find(t) for t in set().union(*(by_key.get(k, set()) for i in members
                                                          for k in block_keys(feats[i])))}
        options = []
        for t in sorted(targets - {root}):
            tm = groups.members.get(t)
            if not tm or not _compatible(feats, members, tm, pc):
                continue
            options.append((max(score(feats[x], feats[y]) for x in members for y in tm), t))
        # a report of the day's meeting is told of a day: events known only to the month or year
        # (background mentions) count only where no event of a known day fits
        daily = [o for o in options if any(feats[i].day for i in groups.members[o[1]])]
        options = daily or options
        if not options:
            continue
        options.sort(reverse=True)
        best, target = options[0]
        runner_up = options[1][0] if len(options) > 1 else float("-inf")
        if best >= threshold and best - runner_up >= S.UNDATED_MARGIN:
            groups.union(target, root)


def event_id(group: list[Features]) -> str:
    """Named after the earliest report (publication date, then id): the id stays as later reports
    join, and is the same whatever the order of ingestion."""
    first = min(f.order for f in group)
    return "ev-" + hashlib.sha1(first[1].encode()).hexdigest()[:12]
