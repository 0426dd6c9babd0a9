"""Candidate events into events: blocking, pair scores, greedy clustering under constraints.

1. Blocks (corpus/blocking.py): dated candidates are compared within a family name or a pair of
   countries and settings.DAY_WINDOW days; undated ones within a pair of family names. Never all pairs.
2. Pairs that no constraint rules out and whose score reaches settings.THRESHOLD are joined in
   descending order of score; two groups join only if no pair across them conflicts (so a month
   mention cannot chain two different days).
3. Groups with no date join the best-scoring dated group of their blocks (placed in their country or
   not placed), if that score reaches settings.UNDATED_THRESHOLD and leads the next by
   settings.UNDATED_MARGIN; each choice keeps the floor a new report must pass to change it
   (`Choice`: a later merge reads it again only then); groups known only to the month or year join,
   by the same rule, a group of a known day within their span.
Reports alike in every compared field (a meeting every outlet tells the same way) start as one
group and are compared through one of them (corpus/alike.py): a summit with a thousand reports
costs a few comparisons, not half a million.
Deterministic: the same candidates give the same events, in whatever order they arrived.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import math
from collections import defaultdict
from typing import Callable, Iterator, NamedTuple, Sequence

from . import settings as S
from .alike import Classes, Compatibility
from .blocking import UNDATED_BLOCK_CAP, block_keys, elsewhere_cannot_matter, target_keys, undated_keys
from .features import Features, cosine, placed_in, weigh_words
from .scoring import ceiling, score


def keys_of(f: Features) -> set[str]:
    return block_keys(f.families, f.countries, f.dated)


def candidate_pairs(feats: list[Features], fixed: frozenset[int] = frozenset(),
                    skip: frozenset[int] = frozenset(),
                    kinds: tuple[Sequence[int], Callable[[int, int], bool]] | None = None) -> Iterator[tuple[int, int]]:
    """Index pairs sharing a block and a date window (dated), or a narrow block (both undated).
    In a block of a pair of countries, two candidates that both name people are not paired: if
    they share a person they share that family's block, and if not, they cannot be one event
    (scoring.people_conflict); so a busy dyad's block costs a pass per report naming no one.
    Two dated candidates of `fixed` (events kept as they stand) are not paired either, and those of
    `skip` not at all (alike reports that their class's first stands for: corpus/alike.py).
    With `kinds` (each candidate's kind, and whether two candidates' kinds may pair:
    alike.Compatibility's `kind` and `fields`),
    undated candidates of a block are paired kind by kind: only those of kinds that may."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        if i in skip:
            continue
        for k in keys_of(f):
            blocks[k].append(i)
    seen: set[tuple[int, int]] = set()
    window = dt.timedelta(days=S.DAY_WINDOW)

    def sweep(i: int, later: list[int], start: int) -> Iterator[tuple[int, int]]:
        hi = feats[i].hi + window
        for x in range(start, len(later)):
            j = later[x]
            if feats[j].lo > hi:
                break
            pair = (i, j) if i < j else (j, i)
            if pair not in seen:
                seen.add(pair)
                yield pair

    def order(i: int) -> tuple:
        return feats[i].lo, feats[i].id

    def later(i: int, among: list[int]) -> Iterator[tuple[int, int]]:
        return sweep(i, among, bisect.bisect_right(among, order(i), key=order))

    for key in sorted(blocks):
        members = blocks[key]
        dated = sorted((i for i in members if feats[i].dated), key=order)
        loose = [i for i in dated if i not in fixed] if fixed else dated
        if key.startswith("c:"):
            unnamed = [i for i in dated if not feats[i].persons]
            unnamed_loose = [i for i in loose if not feats[i].persons]
            for x, i in enumerate(dated):
                if i in fixed:                               # the loose ones after it
                    yield from later(i, loose if not feats[i].persons else unnamed_loose)
                elif not feats[i].persons:
                    yield from sweep(i, dated, x + 1)
                else:                                        # the unnamed ones after it
                    yield from later(i, unnamed)
        else:
            for x, i in enumerate(dated):
                yield from (later(i, loose) if i in fixed else sweep(i, dated, x + 1))
        undated = sorted((i for i in members if not feats[i].dated), key=lambda i: feats[i].order)[:UNDATED_BLOCK_CAP]
        by_kind: dict[int, list[int]] = defaultdict(list)
        for i in undated:                          # (at most UNDATED_BLOCK_CAP)
            by_kind[kinds[0][i] if kinds else 0].append(i)
        buckets = list(by_kind.values())
        for x, bx in enumerate(buckets):
            for by in buckets[x:]:
                if kinds and not kinds[1](bx[0], by[0]):
                    continue
                for y, i in enumerate(bx):
                    for j in (bx[y + 1:] if by is bx else by):
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

    def join_into(self, root: int, other: int) -> None:
        """Join the group of `other` into the group whose root is `root`, which stays its root."""
        ro = self.find(other)
        if ro == root:
            return
        self.parent[ro] = root
        self.members[root] += self.members.pop(ro)


def cluster(feats: list[Features], person_country: dict[str, str | None],
            fixed: list[list[int]] = (), floors: dict[str, tuple[float, bool]] | None = None) -> list[list[Features]]:
    """Groups of candidates that are one event each, every group in report order. Each list of
    `fixed` (indices of dated candidates: an event as it stands) starts as one group; pairs within
    them are not compared again. So does each class of alike reports (corpus/alike.py), compared
    with the others through its first report. `floors`, if given, receives the floor of each
    undated report's choice of event (`Choice`), by id."""
    df, n = weigh_words(feats)
    groups = _Groups(len(feats))
    alike = Classes(feats, df, n)
    for members in list(fixed) + alike.classes:
        for i in members[1:]:
            groups.union(members[0], i)
    compatible = Compatibility(feats, person_country)
    scored = []
    view = alike.views.get          # (a class's first report seen with the words of the class)
    reach = S.THRESHOLD - max(S.W_TEXT, 0.0) - 1e-9       # the fields' score a pair needs, whatever its text

    def may_pair(i: int, j: int) -> bool:
        base = compatible.fields(i, j)
        return base is not None and base >= reach

    for i, j in candidate_pairs(feats, frozenset(i for members in fixed for i in members), alike.tail,
                                (compatible.kind, may_pair)):
        if feats[i].article_id == feats[j].article_id:
            continue                                    # (scoring.conflict: one article told them apart)
        base = compatible.fields(i, j)
        if base is None or base < reach:
            continue
        a, b = view(i) or feats[i], view(j) or feats[j]
        s = base + S.W_TEXT * cosine(a, b)              # (= scoring.score(a, b))
        if s >= S.THRESHOLD:
            scored.append((-s, min(a.id, b.id), max(a.id, b.id), i, j))
    scored.sort()
    for _, _, _, i, j in scored:
        ri, rj = groups.find(i), groups.find(j)
        if ri != rj and compatible(groups.members[ri], groups.members[rj]):
            groups.union(ri, rj)
    # reports that name no one ("the heads of the two countries met in Peru") join the named meeting
    # they fit; reports with no date join the dated event of their people
    _attach_unnamed(feats, groups, compatible, alike)
    _attach_undated(feats, groups, compatible, alike, floors)
    _attach_coarse(feats, groups, compatible, alike)
    out = [sorted((feats[i] for i in members), key=lambda f: f.order) for members in groups.members.values()]
    return sorted(out, key=lambda g: g[0].order)


def _tiers(feats: list[Features], groups: _Groups, targets: list[int]) -> tuple[list[int], list[int]]:
    """Target groups in their order, those with a report of a known day first, then the others."""
    tiers: tuple[list[int], list[int]] = ([], [])
    for t in targets:
        tm = groups.members.get(t)
        if tm:
            tiers[0 if any(feats[i].day for i in tm) else 1].append(t)
    return tiers


class Choice(NamedTuple):
    """What a weak group joins (`target`, None: nothing), and what a new report would have to score against it
    to change that (`floor`): a merge may leave the group as it stands while no new report of its blocks
    scores above its floor (corpus_stage reads it again only then). `local`: it joined an event that leads
    every other by the margin, so its choice is made again from that event and the new reports alone."""
    target: int | None
    floor: float
    local: bool = False


def _best_target(feats: list[Features], groups: _Groups, compatible: Compatibility, members: list[int],
                 tiers: tuple[list[int], list[int]], threshold: float, alike: Classes | None = None) -> Choice:
    """The group a weak group joins: the best-scoring compatible one, if it reaches `threshold`
    and leads the runner-up by settings.UNDATED_MARGIN; events known only to the month or year
    count only where no event of a known day fits.

    `tiers` (see _tiers) come best-first by a cheap guess. The search stops as soon as the
    runner-up found comes within the margin of the highest score any group could reach
    (scoring.ceiling): then no group can lead by the margin, and the weak group stays apart. The
    outcome is the one a full scan gives; a block of many look-alike meetings costs a few scores,
    not one per meeting. A group's score is the best of its reports', each class of `alike`
    reports counting once.

    The floor of the choice (a new report changes it only by scoring above it): the best score less
    the margin where it joined (above that, the new report's group leads or comes within the margin);
    where it joined nothing, the threshold or the runner-up's score and the margin, whichever is
    higher (a new group, or the best one raised by a new report, must reach the threshold and lead the
    runner-up by the margin), and where there was nothing to join the choice is local (the new groups
    are all it is made from again); none where two came within the margin of the ceiling (no group
    can ever lead them by the margin), or where the choice fell to an event known only to the month
    or year (any new event of a known day takes its place)."""
    top = max(ceiling(feats[x]) for x in members)
    reps = alike.reps if alike is not None else (lambda ms: [feats[i] for i in ms])
    mine = reps(members)
    for coarse, tier in enumerate(tiers):
        best = second = None
        for t in tier:
            tm = groups.members.get(t)
            if not tm or t == members[0] or not compatible(members, tm):
                continue
            option = (max(score(x, y) for x in mine for y in reps(tm)), t)
            if best is None or option > best:
                best, second = option, best
            elif second is None or option > second:
                second = option
            if second is not None and second[0] > top - S.UNDATED_MARGIN:
                return Choice(None, -math.inf if coarse else math.inf)
        if best is not None:
            runner_up = second[0] if second else float("-inf")
            if best[0] >= threshold and best[0] - runner_up >= S.UNDATED_MARGIN:
                return Choice(best[1], -math.inf) if coarse else Choice(best[1], best[0] - S.UNDATED_MARGIN, True)
            return Choice(None, -math.inf if coarse else max(threshold, runner_up + S.UNDATED_MARGIN))
    return Choice(None, threshold, True)


def _attach_undated(feats: list[Features], groups: _Groups, compatible: Compatibility, alike: Classes,
                    floors: dict[str, tuple[float, bool]] | None = None) -> None:
    """Groups with no date join the dated event of their people that they fit (`_best_target`); `floors` receives
    each of their reports' floor of that choice, by id."""
    by_key: dict[str, set[int]] = defaultdict(set)
    for root, members in groups.members.items():
        if any(feats[i].dated for i in members):
            for i in members:
                for k in target_keys(feats[i].families, feats[i].countries):
                    by_key[k].add(root)
    lone = [r for r, ms in groups.members.items() if not any(feats[i].dated for i in ms)]
    elsewhere = elsewhere_cannot_matter()      # (events placed elsewhere are none of a placed group's options)
    # a dated group stays the root when a lone one joins it, so the targets of a set of keys stay
    # the same through the loop: computed once per set of keys and place
    ordered: dict[tuple, tuple[list[int], list[int]]] = {}
    for root in sorted(lone, key=lambda r: min(feats[i].order for i in groups.members[r])):
        members = groups.members.get(root)
        if not members:
            continue
        keys = frozenset().union(*(undated_keys(feats[i].families, feats[i].countries) for i in members))
        places = frozenset(feats[i].place for i in members)
        if (keys, places) not in ordered:
            targets = {t for k in keys for t in by_key.get(k, ())}
            countries = {placed_in(p) for p in places}
            if None not in countries and elsewhere:
                # (an event placed in other countries than every report of the group is none of its options: it can
                # be neither chosen nor close enough to another to matter, so a merge need not read it)
                targets = {t for t in targets if not all(placed_in(feats[i].place) not in countries | {None}
                                                         for i in groups.members[t] if feats[i].dated)}
            guess = sorted(targets, key=lambda t: (feats[t].place not in places, t))
            ordered[(keys, places)] = _tiers(feats, groups, guess)
        choice = _best_target(feats, groups, compatible, members, ordered[(keys, places)], S.UNDATED_THRESHOLD,
                              alike)
        if floors is not None:
            floors.update((feats[i].id, (choice.floor, choice.local)) for i in members)
        if choice.target is not None:
            groups.join_into(choice.target, root)


def _attach_coarse(feats: list[Features], groups: _Groups, compatible: Compatibility, alike: Classes) -> None:
    """A group known only to the month or year ("had spoken by phone earlier this month") joins the one event of a
    known day of its people within that span, by the rule of a group with no date."""
    coarse = [r for r, ms in groups.members.items() if any(feats[i].dated for i in ms)
              and not any(feats[i].day for i in ms)]
    if not coarse:
        return
    by_month: dict[tuple[str, int, int], set[int]] = defaultdict(set)     # the groups of a day in each month
    for root, members in groups.members.items():
        for i in members:
            if feats[i].day:
                for k in target_keys(feats[i].families, feats[i].countries):
                    by_month[(k, feats[i].lo.year, feats[i].lo.month)].add(root)
    for root in sorted(coarse, key=lambda r: min(feats[i].order for i in groups.members[r])):
        members = groups.members.get(root)
        if not members:
            continue
        keys = frozenset().union(*(undated_keys(feats[i].families, feats[i].countries) for i in members))
        dated = [feats[i] for i in members if feats[i].dated]        # (and the undated reports that joined them)
        lo, hi = max(f.lo for f in dated), min(f.hi for f in dated)
        found = {groups.find(t) for k in keys for y, m in _months(lo, hi) for t in by_month.get((k, y, m), ())}
        targets = sorted((t for t in found if t != root and any(feats[i].day and lo <= feats[i].lo <= hi
                                                                for i in groups.members[t])),
                         key=lambda t: (feats[t].place not in {feats[i].place for i in members} - {None}, t))
        target = _best_target(feats, groups, compatible, members, (_tiers(feats, groups, targets)[0], []),
                              S.UNDATED_THRESHOLD, alike).target
        if target is not None:
            groups.join_into(target, root)


def _months(lo: dt.date, hi: dt.date) -> list[tuple[int, int]]:
    """The (year, month) of each month an interval touches (a year at most: a coarse date's span)."""
    out, y, m = [], lo.year, lo.month
    while (y, m) <= (hi.year, hi.month) and len(out) < 13:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _attach_unnamed(feats: list[Features], groups: _Groups, compatible: Compatibility, alike: Classes) -> None:
    """Dated reports naming no one join a named event of their countries whose date they hold."""
    by_month: dict[tuple[str, str], set[int]] = defaultdict(set)
    for root, members in groups.members.items():
        if any(feats[i].persons for i in members):
            for i in members:
                f = feats[i]
                if f.dated:
                    for k in block_keys((), f.countries, True):
                        by_month[(k, f.lo.isoformat()[:7])].add(root)
    lone = [r for r, ms in groups.members.items() if not any(feats[i].persons for i in ms)
            and all(feats[i].dated for i in ms)]
    for root in sorted(lone, key=lambda r: min(feats[i].order for i in groups.members[r])):
        members = groups.members.get(root)
        if not members:
            continue
        targets = set()
        for i in members:
            f = feats[i]
            for k in block_keys((), f.countries, True):
                for y, m in _months(f.lo, f.hi):
                    targets |= {groups.find(t) for t in by_month.get((k, f"{y:04d}-{m:02d}"), ())}
        target = _best_target(feats, groups, compatible, members, _tiers(feats, groups, sorted(targets)),
                              S.UNNAMED_THRESHOLD, alike).target
        if target is not None:
            groups.union(target, root)


def event_id(group: list[Features]) -> str:
    """Named after the earliest report (publication date, then id): the id stays as later reports
    join, and is the same whatever the order of ingestion."""
    first = min(f.order for f in group)
    return "ev-" + hashlib.sha1(first[1].encode()).hexdigest()[:12]
