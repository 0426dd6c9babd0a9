"""The people of a corpus: every spelling of a person in every article linked to one canonical
person, with a country and title by the weight of the evidence.

Mentions are blocked by family name (its romanisation folded: "Lee" = "Yi", "Zelenskyy" =
"Zelensky"); within a family,
- full names are one person when their given names agree (the same key, an initial of it, or a
  rapidfuzz ratio of at least settings.GIVEN_NAME_RATIO: "Emmanuel" / "Emanuel") and their
  countries do not contradict each other (two known, different countries are two people);
- a family name alone ("Putin", "Mr Wang") is the one full-name person of that family, or of
  that family and country; where several are possible it stays its own entry.
A person's country and title are those most of the evidence gives, the text counting twice as
much as the actor file; other values are kept as conflicts with their articles. Pure and
deterministic: the same mentions give the same people, whatever their order.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .settings import GIVEN_NAME_RATIO, INFERRED_COUNTRY


@dataclass(frozen=True, slots=True)
class PersonMention:
    name_key: str               # extract.names.name_key: "lee|jaemyung"; "putin|" for a family name alone
    name: str                   # as displayed in the article
    country: str | None
    title: str | None
    basis: str | None           # where the article's country came from ("actor file" weighs less)
    article_id: str


def person_from_dict(d: dict) -> "Person":
    return Person(d["id"], d["name"], d["family"], d.get("country"), d.get("title"), d.get("keys", []),
                  d.get("variants", []), d.get("articles", []), d.get("conflicts", []))


@dataclass
class Person:
    id: str
    name: str
    family: str
    country: str | None
    title: str | None
    keys: list[str]
    variants: list[str]
    articles: list[str]
    conflicts: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "family": self.family, "country": self.country,
                "title": self.title, "keys": self.keys, "variants": self.variants, "articles": self.articles,
                "conflicts": self.conflicts}


def person_id(key: str) -> str:
    return "P-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def _given_agree(a: str, b: str) -> bool:
    if not a or not b:
        return True
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and (long_.startswith(short) or long_.endswith(short)):
        return True         # one given name of several: "Tayyip Erdogan" is "Recep Tayyip Erdogan", "Ali Sabry"
                            # "M.U.M. Ali Sabry"
    return fuzz.ratio(a, b) >= GIVEN_NAME_RATIO


def _country_votes(ms: list[PersonMention]) -> Counter:
    votes: Counter = Counter()
    for m in ms:
        if m.country:
            votes[m.country] += 1 if (m.basis or "").startswith(INFERRED_COUNTRY) else 2
    return votes


def _top(votes: Counter):
    return max(sorted(votes), key=lambda k: votes[k]) if votes else None


def link(mentions: list[PersonMention]) -> tuple[dict[str, str], dict[str, Person]]:
    """(the person id of each name key, the people by id) for all mentions of some families."""
    by_family: dict[str, list[PersonMention]] = defaultdict(list)
    for m in mentions:
        by_family[m.name_key.split("|", 1)[0]].append(m)
    key_to_id: dict[str, str] = {}
    people: dict[str, Person] = {}
    for family in sorted(by_family):
        ms = by_family[family]
        by_key: dict[str, list[PersonMention]] = defaultdict(list)
        for m in ms:
            by_key[m.name_key].append(m)
        full = sorted(k for k in by_key if k.split("|", 1)[1])
        # full names: one group per person (given names agree, countries do not contradict)
        groups: list[list[str]] = []
        votes: list[Counter] = []           # each group's country votes, kept as it grows
        for k in full:
            given = k.split("|", 1)[1]
            own = _country_votes(by_key[k])
            country = _top(own)
            home = None
            for x, g in enumerate(groups):
                g_country = _top(votes[x])
                if all(_given_agree(given, kk.split("|", 1)[1]) for kk in g) and \
                        (not country or not g_country or country == g_country):
                    home = x
                    break
            if home is None:
                groups.append([k])
                votes.append(own)
            else:
                groups[home].append(k)
                votes[home] += own
        # family names alone: the one full-name person (of that country, where several)
        for k in sorted(k for k in by_key if not k.split("|", 1)[1]):
            own = _country_votes(by_key[k])
            country = _top(own)
            fits = [x for x, v in enumerate(votes) if not country or _top(v) in (country, None)]
            if len(fits) == 1:
                home = fits[0]
            elif fits:
                # several people could be meant: the most reported one
                home = max(fits, key=lambda x: (len({m.article_id for kk in groups[x] for m in by_key[kk]}),
                                                groups[x][0]))
            else:
                groups.append([])
                votes.append(Counter())
                home = len(groups) - 1
            groups[home].append(k)
            votes[home] += own
        for g in groups:
            g.sort()
            pid = person_id(g[0])
            gm = [m for kk in g for m in by_key[kk]]
            names = Counter(m.name for m in gm if len(m.name.split()) > 1) or Counter(m.name for m in gm)
            name = max(sorted(names), key=lambda n: (names[n], len(n)))
            countries = _country_votes(gm)
            titles = Counter(m.title for m in gm if m.title)
            conflicts = []
            if len(countries) > 1:
                conflicts.append({"field": "country", "values": [
                    {"value": c, "articles": sorted({m.article_id for m in gm if m.country == c})} for c in sorted(countries)],
                    "chosen": _top(countries)})
            people[pid] = Person(pid, name, family, _top(countries), _top(titles), list(g),
                                 sorted({m.name for m in gm}), sorted({m.article_id for m in gm}), conflicts)
            for kk in g:
                key_to_id[kk] = pid
    return key_to_id, people
