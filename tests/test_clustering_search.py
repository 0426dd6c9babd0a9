"""The merge's shortcuts give what the plain computation gives: the pruned search for the event an
undated report joins, and a country pair's block that skips pairs of reports both naming people."""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest

from parley.corpus import clustering, settings
from parley.corpus.alike import Compatibility
from parley.corpus.features import Features, cosine, weigh_words
from parley.corpus.scoring import conflict, field_score, score

PEOPLE = {"p:ana": "BRA", "p:bo": "ARG", "p:cruz": "BRA", "p:dias": "ARG", "p:egan": "CHL"}
PLACES = [("Lima", "PER", "city"), ("Santiago", "CHL", "city"), ("Cusco", "PER", "city"), None]
WORDS = "trade lithium border water summit energy visa mining rail tariffs".split()


def random_features(rng: random.Random, n: int) -> list[Features]:
    feats = []
    for i in range(n):
        persons = frozenset(rng.sample(sorted(PEOPLE), rng.choice([0, 1, 2, 2, 2])))
        countries = frozenset(PEOPLE[p] for p in persons) | (frozenset({"BRA", "ARG"}) if not persons else frozenset())
        roll = rng.random()
        day = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randrange(20))
        if roll < 0.35:
            lo = hi = prec = None
        elif roll < 0.5:
            lo, hi, prec = day.replace(day=1), dt.date(2024, 3, 31), "month"
        else:
            lo, hi, prec = day, day, "day"
        families = frozenset(p[2:] for p in persons)
        feats.append(Features(f"c{i:03d}", f"a{i // 2:03d}", "CONSULT", "visit", "happened", True, persons,
                              frozenset(), countries, lo, hi, prec, rng.choice(PLACES),
                              Counter(rng.sample(WORDS, 4)), (f"2024-03-{1 + i % 28:02d}", f"c{i:03d}"),
                              None, families))
    weigh_words(feats)
    return feats


def full_scan(feats, groups, pc, members, targets, threshold):
    """The search as a plain scan of every target (what the pruned one must equal)."""
    options = []
    for t in sorted(targets):
        tm = groups.members.get(t)
        if not tm or t == members[0] or any(conflict(feats[x], feats[y], pc) for x in members for y in tm):
            continue
        options.append((max(score(feats[x], feats[y]) for x in members for y in tm), t))
    daily = [o for o in options if any(feats[i].day for i in groups.members[o[1]])]
    options = sorted(daily or options, reverse=True)
    if not options:
        return None
    best, target = options[0]
    runner_up = options[1][0] if len(options) > 1 else float("-inf")
    return target if best >= threshold and best - runner_up >= settings.UNDATED_MARGIN else None


@pytest.mark.parametrize("seed", range(40))
def test_the_pruned_search_for_a_target_equals_a_full_scan(seed):
    rng = random.Random(seed)
    feats = random_features(rng, 40)
    groups = clustering._Groups(len(feats))
    for _ in range(15):                                   # some dated reports already grouped
        i, j = rng.randrange(len(feats)), rng.randrange(len(feats))
        if feats[i].dated and feats[j].dated:
            groups.union(i, j)
    dated = [r for r, ms in groups.members.items() if any(feats[i].dated for i in ms)]
    for lone in (r for r, ms in groups.members.items() if not any(feats[i].dated for i in ms)):
        guess = sorted(dated, key=lambda t: (rng.random(), t))          # any order: the result must not depend on it
        for threshold in (settings.UNDATED_THRESHOLD, settings.UNNAMED_THRESHOLD):
            members = groups.members[lone]
            pruned = clustering._best_target(feats, groups, Compatibility(feats, PEOPLE), members,
                                             clustering._tiers(feats, groups, guess), threshold)
            assert pruned.target == full_scan(feats, groups, PEOPLE, members, dated, threshold)


def _group_score(feats, groups, members, t):
    tm = groups.members[t]
    if any(conflict(feats[x], feats[y], PEOPLE) for x in members for y in tm):
        return None
    return max(score(feats[x], feats[y]) for x in members for y in tm)


@pytest.mark.parametrize("seed", range(60))
def test_a_new_report_scoring_below_the_floor_of_a_choice_leaves_it_as_it_is(seed):
    """The floor of an undated report's choice of event: a new dated report that scores no more than it
    against the report leaves the choice as a full scan makes it; and a local choice made again from its own
    event and the new report alone is the one a full scan of every event makes."""
    rng = random.Random(seed)
    feats = random_features(rng, 50)             # the last ten are the new reports (weighed with the rest)
    groups = clustering._Groups(len(feats))
    for _ in range(12):
        i, j = rng.randrange(40), rng.randrange(40)
        if feats[i].dated and feats[j].dated:
            groups.union(i, j)
    dated = [r for r, ms in groups.members.items() if r < 40 and any(feats[i].dated for i in ms)]
    new = [i for i in range(40, 50) if feats[i].dated]
    compatible = Compatibility(feats, PEOPLE)
    seen = Counter()
    for lone in (r for r, ms in groups.members.items() if r < 40 and not any(feats[i].dated for i in ms)):
        members = groups.members[lone]
        choice = clustering._best_target(feats, groups, compatible, members,
                                         clustering._tiers(feats, groups, dated), settings.UNDATED_THRESHOLD)
        assert choice.target == full_scan(feats, groups, PEOPLE, members, dated, settings.UNDATED_THRESHOLD)
        for x in new:
            after = full_scan(feats, groups, PEOPLE, members, dated + [x], settings.UNDATED_THRESHOLD)
            s = _group_score(feats, groups, members, x)
            if s is None or s <= choice.floor:
                assert after == choice.target
                seen["below"] += 1
            else:
                seen["above"] += after != choice.target
            if choice.local:
                own = [choice.target] if choice.target is not None else []
                assert after == full_scan(feats, groups, PEOPLE, members, own + [x], settings.UNDATED_THRESHOLD)
                seen["local"] += 1
    assert seen["below"] and seen["local"]


def _report(fid, day, place, words, persons=("p:ana", "p:bo")):
    return Features(fid, "a-" + fid, "CONSULT", "visit", "happened", True, frozenset(persons), frozenset(),
                    frozenset({"BRA", "ARG"}), day, day, "day" if day else None, place, Counter(words),
                    (str(day or "9999"), fid), None, frozenset(p[2:] for p in persons))


def test_the_floor_of_a_choice_tells_which_later_meeting_could_move_an_undated_report():
    """An undated report of the talks in Lima joined them (a local choice); a later meeting of the same
    ministers in Santiago on other matters scores below the floor of that choice and leaves it where it is; a
    later meeting in Lima on the same matters scores above it and takes it away (which of the two is it?)."""
    def fresh():
        return [_report("lima", dt.date(2024, 3, 5), ("Lima", "PER", "city"), {"lithium": 2, "mining": 1, "border": 1}),
                _report("santiago", dt.date(2024, 3, 20), ("Santiago", "CHL", "city"), {"water": 1, "rail": 2}),
                _report("undated", None, ("Lima", "PER", "city"), {"lithium": 2, "mining": 1, "border": 1})]

    floors = {}
    groups = {tuple(sorted(f.id for f in g)) for g in clustering.cluster(fresh(), PEOPLE, floors=floors)}
    assert ("lima", "undated") in groups and floors["undated"][1]          # joined, a local choice
    floor = floors["undated"][0]
    far = _report("later", dt.date(2024, 6, 2), ("Santiago", "CHL", "city"), {"water": 1, "visa": 2})
    close = _report("later", dt.date(2024, 6, 9), ("Lima", "PER", "city"), {"lithium": 2, "mining": 1, "border": 1})
    for later, moved in ((far, False), (close, True)):
        feats = fresh() + [later]
        weigh_words(feats)
        assert (score(feats[2], later) > floor) == moved
        after = {tuple(sorted(f.id for f in g)) for g in clustering.cluster(feats, PEOPLE)}
        assert (("undated",) in after) == moved and (("lima", "undated") in after) != moved


def test_an_undated_report_among_look_alike_meetings_stays_apart_and_a_distinct_one_joins():
    """Thirty meetings of the same two ministers in the same city: an undated report of them cannot
    tell which it is (it stays its own event); one naming the only meeting in another city joins it."""
    feats = []
    for d in range(30):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=7 * d)
        feats.append(Features(f"d{d:02d}", f"a{d:02d}", "CONSULT", "visit", "happened", True,
                              frozenset({"p:ana", "p:bo"}), frozenset(), frozenset({"BRA", "ARG"}), day, day, "day",
                              ("Lima", "PER", "city"), Counter({"talks": 1, "trade": 1}), ("2023", f"d{d:02d}"),
                              None, frozenset({"ana", "bo"})))
    feats[7].place = ("Cusco", "PER", "city")
    feats[7].words = Counter({"talks": 1, "railway": 2})
    for k, (place, words) in enumerate([(("Lima", "PER", "city"), {"talks": 1, "trade": 1}),
                                        (("Cusco", "PER", "city"), {"talks": 1, "railway": 2})]):
        feats.append(Features(f"u{k}", f"b{k}", "CONSULT", "visit", "happened", True, frozenset({"p:ana", "p:bo"}),
                              frozenset(), frozenset({"BRA", "ARG"}), None, None, None, place, Counter(words),
                              ("9999", f"u{k}"), None, frozenset({"ana", "bo"})))
    groups = {tuple(sorted(f.id for f in g)) for g in clustering.cluster(feats, PEOPLE)}
    assert ("u0",) in groups                       # which of 29 meetings in Lima? none is chosen
    assert ("d07", "u1") in groups                 # the only one in Cusco


@pytest.mark.parametrize("seed", range(10))
def test_a_country_pair_block_pairs_what_can_be_one_event(seed):
    """Skipping pairs that both name people in a country pair's block loses no pair that could
    merge: those that share a person meet in that person's block, the others conflict."""
    feats = random_features(random.Random(seed), 60)
    pairs = set(clustering.candidate_pairs(feats))
    for i in range(len(feats)):
        for j in range(i + 1, len(feats)):
            a, b = feats[i], feats[j]
            if not (a.dated and b.dated) or (i, j) in pairs:
                continue
            shared = clustering.keys_of(a) & clustering.keys_of(b)
            near = a.lo <= b.hi + dt.timedelta(days=settings.DAY_WINDOW) and \
                b.lo <= a.hi + dt.timedelta(days=settings.DAY_WINDOW)
            if shared and near:                      # left out: only a country pair's block, both named
                assert all(k.startswith("c:") for k in shared) and a.persons and b.persons
                assert conflict(a, b, PEOPLE) is not None


@pytest.mark.parametrize("seed", range(10))
def test_events_kept_as_they_stand_are_not_compared_within_or_between(seed):
    """A merge that reaches stored events only as targets of undated reports keeps their dated
    reports together: no pair of two such reports is scored, every other pair still is, and
    each kept event comes out whole (with whatever joins it)."""
    rng = random.Random(seed)
    feats = random_features(rng, 60)
    whole = clustering.cluster(feats, PEOPLE)
    index = {f.id: i for i, f in enumerate(feats)}
    dated_groups = [[index[f.id] for f in g if f.dated] for g in whole]
    fixed = [g for g in dated_groups if len(g) >= 2 and rng.random() < 0.5]
    frozen = {i for g in fixed for i in g}
    assert frozen
    all_pairs = set(clustering.candidate_pairs(feats))
    pairs = set(clustering.candidate_pairs(feats, frozenset(frozen)))
    assert pairs == {(i, j) for i, j in all_pairs
                     if not (i in frozen and j in frozen and feats[i].dated and feats[j].dated)}
    kept = clustering.cluster(feats, PEOPLE, fixed)
    for g in fixed:
        ids = {feats[i].id for i in g}
        assert any(ids <= {f.id for f in group} for group in kept)
    # what the full clustering put together stays together when its dated part is kept as it stands
    assert sorted(sorted(f.id for f in g) for g in kept) == sorted(sorted(f.id for f in g) for g in whole)


def random_undated(rng: random.Random, n: int) -> list[Features]:
    """Reports with no date of a few people, places and modes: many share all their fields."""
    feats = []
    for i in range(n):
        persons = frozenset(rng.sample(sorted(PEOPLE), rng.choice([1, 2, 2, 2])))
        feats.append(Features(f"u{i:03d}", f"a{i // 3:03d}", "CONSULT", rng.choice(["visit", "phone", None]),
                              "happened", True, persons, frozenset(), frozenset(PEOPLE[p] for p in persons),
                              None, None, None, rng.choice(PLACES), Counter(rng.sample(WORDS, 3)),
                              ("9999", f"u{i:03d}"), None, frozenset(p[2:] for p in persons)))
    weigh_words(feats)
    return feats


@pytest.mark.parametrize("seed", range(10))
def test_undated_reports_are_paired_kind_by_kind_leaving_out_only_pairs_that_cannot_merge(seed):
    """Undated reports of a block are paired by their kinds (the fields the scores read): a pair of
    kinds that conflict, or whose fields score too little for any text to lift them to the
    threshold, is left out whole; every pair that could merge is still scored."""
    rng = random.Random(seed)
    feats = random_undated(rng, 80) + random_features(rng, 40)
    weigh_words(feats)
    compatible = Compatibility(feats, PEOPLE)
    reach = settings.THRESHOLD - settings.W_TEXT - 1e-9

    def may_pair(i, j):
        base = compatible.fields(i, j)
        return base is not None and base >= reach

    every = set(clustering.candidate_pairs(feats))
    kept = set(clustering.candidate_pairs(feats, kinds=(compatible.kind, may_pair)))
    assert kept <= every and len(kept) < len(every)
    for i, j in every - kept:
        a, b = feats[i], feats[j]
        assert not a.dated and not b.dated
        assert conflict(a, b, PEOPLE) is not None or score(a, b) < settings.THRESHOLD
    for i, j in kept:                      # what `fields` says of a pair is what the plain scores say
        base = compatible.fields(i, j)
        if conflict(feats[i], feats[j], PEOPLE) and feats[i].article_id != feats[j].article_id:
            assert base is None
        elif base is not None:
            assert score(feats[i], feats[j]) == base + settings.W_TEXT * cosine(feats[i], feats[j])


@pytest.mark.parametrize("seed", range(5))
def test_a_score_that_cannot_reach_the_threshold_is_not_read_further(seed):
    feats = random_features(random.Random(seed), 50)
    for a in feats:
        for b in feats:
            full = score(a, b)
            assert full == field_score(a, b) + settings.W_TEXT * cosine(a, b)
            # (the clustering weighs no text where the fields alone cannot reach the threshold)
            if field_score(a, b) + settings.W_TEXT + 1e-9 < settings.THRESHOLD:
                assert full < settings.THRESHOLD


def test_an_event_in_another_country_is_none_of_an_undated_report_s_options():
    """An undated report of the ministers' talks in Lima: their meeting of a known day in Santiago cannot be it, so
    it does not keep the report from their meeting in Lima known only to the month (events known to the day
    come first only among those that could be chosen)."""
    month = Features("lima-month", "a-lima", "CONSULT", "visit", "happened", True, frozenset({"p:ana", "p:bo"}),
                     frozenset(), frozenset({"BRA", "ARG"}), dt.date(2024, 5, 1), dt.date(2024, 5, 31), "month",
                     ("Lima", "PER", "city"), Counter({"lithium": 2, "mining": 1}), ("2024-05-31", "lima-month"),
                     None, frozenset({"ana", "bo"}))
    feats = [_report("santiago", dt.date(2024, 5, 14), ("Santiago", "CHL", "city"), {"lithium": 1, "rail": 2}),
             month, _report("undated", None, ("Lima", "PER", "city"), {"lithium": 2, "mining": 1})]
    groups = {tuple(sorted(f.id for f in g)) for g in clustering.cluster(feats, PEOPLE)}
    assert ("lima-month", "undated") in groups


# people as reports name them: full names with their country, a family name alone (no country), one family of two
# countries, and parties named by role only
NAMED = [("Espen Barth Eide", "NOR"), ("Eide", None), ("Alberto van Klaveren", "CHL"), ("Klaveren", None),
         ("Sergei Lavrov", "RUS"), ("Kim Hong-kyun", "KOR"), ("Kim Son-gyong", "PRK"), ("Kim", None),
         ("Mauro Vieira", "BRA")]
ROLES = [("NOR", "Foreign Minister"), ("CHL", "President"), ("RUS", "Foreign Minister")]


def _party(rng: random.Random) -> dict:
    from parley.extract.names import name_key

    if rng.random() < 0.15:
        country, title = rng.choice(ROLES)
        return {"name": None, "title": title, "country": country, "kind": "generic"}
    name, country = rng.choice(NAMED)
    return {"name": name, "title": None, "country": country, "kind": "person", "name_key": name_key(name)}


@pytest.mark.parametrize("seed", range(30))
def test_reports_whose_keys_cannot_pair_are_ruled_out_by_the_scoring(seed):
    """A merge leaves out a new report's neighbours whose keys tell it cannot pair with them (blocking.cannot_pair):
    whatever the corpus links their people to, the scoring finds a conflict between every such pair."""
    from parley.corpus.blocking import candidate_block_keys, cannot_pair, key_parties
    from parley.corpus.features import features
    from parley.corpus.people import PersonMention, link
    from parley.corpus.scoring import field_conflict

    rng = random.Random(seed)
    cands = []
    for i in range(40):
        parties = [_party(rng) for _ in range(rng.choice([1, 2, 2, 2, 3]))]
        cands.append({"id": f"c{i}:0", "article_id": f"c{i}", "type": "CONSULT", "mode": rng.choice([None, "visit"]),
                      "status": "happened", "date": "2024-03-05", "date_precision": "day",
                      "actors": parties[:1], "recipients": parties[1:], "sentences": []})
    mentions = [PersonMention(p["name_key"], p["name"], p["country"], None, "in text", c["article_id"])
                for c in cands for p in c["actors"] + c["recipients"] if p["kind"] == "person"]
    person_of, people = link(mentions)
    person_country = {pid: p.country for pid, p in people.items()}
    feats = [features(c, person_of, None) for c in cands]
    keyed = [key_parties(k for k, _, _ in candidate_block_keys(c)) for c in cands]
    ruled_out = 0
    for i in range(len(cands)):
        for j in range(i + 1, len(cands)):
            if cannot_pair(keyed[i], keyed[j]):
                ruled_out += 1
                assert field_conflict(feats[i], feats[j], person_country) is not None, (cands[i], cands[j])
    assert ruled_out > 0


def test_a_neighbour_is_read_only_for_a_new_report_near_it_that_may_pair_with_it():
    """Eide-Lavrov on 5 March and a report naming Eide alone on 1 June are new. Eide-Klaveren on 5 March cannot be
    the first (a minister of another country beside Eide, two countries each) and is months from the second: it is
    not read. Eide-Klaveren on 2 June is within a day of the second, which may be it: it is read."""
    from parley.corpus.blocking import block_keys, pairable

    def report(day, fams, countries):
        return (day, day, sorted(block_keys(fams, countries, dated=True) | block_keys(fams, countries, dated=False)))

    own = {"lavrov": report("2024-03-05", {"eide", "lavrov"}, {"NOR", "RUS"}),
           "alone": report("2024-06-01", {"eide"}, {"NOR"})}
    theirs = {"march": report("2024-03-05", {"eide", "klaveren"}, {"NOR", "CHL"}),
              "june": report("2024-06-02", {"eide", "klaveren"}, {"NOR", "CHL"}),
              "later": report("2024-06-09", {"eide", "klaveren"}, {"NOR", "CHL"})}
    assert pairable(own, theirs, 2) == {"june"}
    # a report naming only Eide on 5 March could be Eide-Klaveren's: then it is read
    own["alone-march"] = report("2024-03-04", {"eide"}, {"NOR"})
    assert pairable(own, theirs, 2) == {"june", "march"}
