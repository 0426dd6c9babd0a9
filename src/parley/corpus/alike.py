"""Reports alike in every field the merge compares: one meeting told the same way by many outlets.

A wire story syndicated to two hundred sites, or a summit every outlet covers, gives hundreds of
candidates with the same people, date, place, type and mode. Compared pair by pair they cost the
square of their number, for an answer known in advance: every such pair scores above
settings.THRESHOLD (the same people, day and place), and whatever rules one of them out of an
event (scoring.conflict) rules out all of them. So the merge takes them as one class:
- a class starts as one group (two reports of one article never share a class: its own assembly
  told them apart);
- it is compared with other candidates once, through its first report carrying the words of all
  its reports (one TF-IDF vector of their sentences), both when groups form and when a report
  with no date or no names looks for its event;
- two groups are compatible when no two of their distinct kinds of report conflict and they share
  no article: what `conflict` reads of a report is its class's fields and its article.
"""
from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict

from .features import Features
from .scoring import conflict, field_conflict, field_score


def signature(f: Features) -> tuple:
    """What `scoring.conflict` and `scoring.score` read of a report, but its article and its words."""
    return f.type, f.mode, f.persons, f.unnamed, f.countries, f.lo, f.hi, f.precision, f.place, f.weekday


def alike_classes(feats: list[Features]) -> list[list[int]]:
    """Classes of two or more dated reports of different articles with one signature, each in
    report order (the k-th alike report of an article goes to the k-th class of its signature)."""
    by_sig: dict[tuple, list[tuple[list[int], set[str]]]] = defaultdict(list)
    for i in sorted((i for i, f in enumerate(feats) if f.dated), key=lambda i: feats[i].order):
        article = feats[i].article_id
        classes = by_sig[signature(feats[i])]
        for members, articles in classes:
            if article not in articles:
                members.append(i)
                articles.add(article)
                break
        else:
            classes.append(([i], {article}))
    return [members for classes in by_sig.values() for members, _ in classes if len(members) >= 2]


class Classes:
    """The classes of alike reports of a set (`alike_classes`), each seen through its first report
    with the words of the whole class (`views`); `reps` of a group: one report per class."""

    def __init__(self, feats: list[Features], df: Counter, n: int):
        self.feats = feats
        self.classes = alike_classes(feats)
        self.tail = frozenset(i for cls in self.classes for i in cls[1:])
        self.views: dict[int, Features] = {}
        for cls in self.classes:
            words: Counter = Counter()
            for i in cls:
                words.update(feats[i].words)
            # (weighed when compared, by the weights of the set: `features.weigh_words`)
            view = dataclasses.replace(feats[cls[0]], words=words, vector=None,
                                       weights=feats[cls[0]].weights or (df, n, {}))
            self.views[cls[0]] = view

    def reps(self, members: list[int]) -> list[Features]:
        return [self.views.get(i) or self.feats[i] for i in members if i not in self.tail]


class Compatibility:
    """Whether two groups may be one event: `conflict` on each pair of their distinct signatures,
    and no article in both (exactly what every pair of their reports would say). A group's
    articles and signatures are kept as it grows (a group's list of members only grows)."""

    def __init__(self, feats: list[Features], person_country: dict):
        self.feats = feats
        self.pc = person_country
        self.sig = [signature(f) for f in feats]
        self._seen: dict[int, list] = {}     # id(members) -> [members, how many read, articles, {signature: report}]
        kinds: dict[tuple, int] = {}
        self.kind = [kinds.setdefault(s, len(kinds)) for s in self.sig]      # each signature's number
        self._fields: dict[tuple[int, int], float | None] = {}

    def fields(self, i: int, j: int) -> float | None:
        """`scoring.field_score` of reports i and j, or None when their fields conflict
        (`scoring.field_conflict`); read once per pair of signatures where both are undated (few
        signatures, compared pairwise in their blocks), else computed."""
        a, b = self.feats[i], self.feats[j]
        if a.dated or b.dated:
            return None if field_conflict(a, b, self.pc) else field_score(a, b)
        key = (self.kind[i], self.kind[j])
        if key not in self._fields:
            self._fields[key] = None if field_conflict(a, b, self.pc) else field_score(a, b)
        return self._fields[key]

    def _summary(self, members: list[int]) -> tuple[set[str], dict[tuple, int]]:
        entry = self._seen.get(id(members))
        if entry is None or entry[0] is not members:       # (the list is held, so its id is not reused)
            entry = self._seen[id(members)] = [members, 0, set(), {}]
        if entry[1] < len(members):
            for i in members[entry[1]:]:
                entry[2].add(self.feats[i].article_id)
                entry[3].setdefault(self.sig[i], i)
            entry[1] = len(members)
        return entry[2], entry[3]

    def __call__(self, ga: list[int], gb: list[int]) -> bool:
        arts_a, reps_a = self._summary(ga)
        arts_b, reps_b = self._summary(gb)
        if not arts_a.isdisjoint(arts_b):
            return False
        feats = self.feats
        return not any(conflict(feats[x], feats[y], self.pc) for x in reps_a.values() for y in reps_b.values())
