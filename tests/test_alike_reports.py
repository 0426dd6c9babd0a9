"""Many outlets reporting one meeting alike: one class, compared once (parley.corpus.alike)."""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest

from parley.corpus import clustering
from parley.corpus.alike import Classes, Compatibility, alike_classes
from parley.corpus.features import Features, weigh_words
from parley.corpus.scoring import conflict
from test_clustering_search import PEOPLE, random_features

DAY = dt.date(2024, 9, 17)


def report(i: int, article: str, persons=("p:ana", "p:bo"), day=DAY, place=("Lima", "PER", "city"),
           words=("lithium", "trade"), precision="day") -> Features:
    lo, hi = (day, day) if precision == "day" else (day.replace(day=1), day.replace(day=30))
    return Features(f"c{i:04d}", article, "CONSULT", "visit", "happened", True, frozenset(persons), frozenset(),
                    frozenset(PEOPLE[p] for p in persons), lo, hi, precision, place, Counter(words),
                    (f"2024-09-{17 + i % 3:02d}", f"c{i:04d}"), None, frozenset(p[2:] for p in persons))


def test_alike_reports_of_different_articles_are_one_class_and_two_of_one_article_are_not():
    feats = [report(0, "a0"), report(1, "a1"), report(2, "a1"), report(3, "a2", place=("Cusco", "PER", "city")),
             report(4, "a3", words=("water",)), report(5, "a4", precision="month"), report(6, "a0")]
    feats.append(Features("u", "a5", "CONSULT", "visit", "happened", True, frozenset({"p:ana", "p:bo"}), frozenset(),
                          frozenset({"BRA", "ARG"}), None, None, None, ("Lima", "PER", "city"), Counter()))
    # the words do not count; another place, another precision or no date make another signature;
    # the second alike reports of articles a1 and a0 make a second class (each article told its apart)
    classes = {feats[c[0]].id: [feats[i].id for i in c] for c in alike_classes(feats)}
    assert classes == {"c0000": ["c0000", "c0001", "c0004"], "c0006": ["c0006", "c0002"]}     # in report order


@pytest.mark.parametrize("seed", range(20))
def test_compatibility_of_groups_is_that_of_every_pair_of_their_reports(seed):
    rng = random.Random(seed)
    feats = random_features(rng, 50)
    compatible = Compatibility(feats, PEOPLE)
    groups = clustering._Groups(len(feats))
    for _ in range(60):
        i, j = rng.randrange(len(feats)), rng.randrange(len(feats))
        ri, rj = groups.find(i), groups.find(j)
        if ri == rj:
            continue
        ga, gb = groups.members[ri], groups.members[rj]
        every_pair = not any(conflict(feats[x], feats[y], PEOPLE) for x in ga for y in gb)
        assert compatible(ga, gb) == every_pair
        if every_pair or rng.random() < 0.3:         # groups grow (also past a conflict): the kept summaries follow
            groups.union(ri, rj)


def test_a_meeting_every_outlet_reports_is_one_event_for_a_few_hundred_scores():
    feats = [report(i, f"a{i}", words=("lithium", "trade", f"w{i % 7}")) for i in range(300)]
    feats += [report(300 + i, f"b{i}", precision="month") for i in range(40)]
    feats += [report(400 + i, f"c{i}", persons=("p:ana",)) for i in range(30)]      # naming one side only
    feats += [report(500, "d0", day=DAY + dt.timedelta(days=20))]                    # another meeting
    df, n = weigh_words(feats)
    alike = Classes(feats, df, n)
    pairs = list(clustering.candidate_pairs(feats, skip=alike.tail))
    assert len(pairs) < 20                                 # not the 60,000 pairs of 371 reports
    groups = {frozenset(f.id for f in g) for g in clustering.cluster(feats, PEOPLE)}
    assert len(groups) == 2
    assert frozenset(f.id for f in feats[:-1]) in groups
