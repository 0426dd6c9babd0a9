"""What the merge compares of a candidate event: its people (canonical ids), unnamed parties and
countries, the interval its date covers, its place, mode, status, and the words of its sentences.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..extract.gazetteer import gazetteer
from ..extract.names import fold
from ..extract.places import CAPITAL_GUESS
from ..time import value_to_date_range
from .keys import LEADER_TITLES, from_dateline, month_day_of
from .settings import FALLBACK_REACH_DAYS

STOPWORDS = set("""
a an the of to in on at for with by from and or but as is was were are be been has have had will would could
should that this these those it its their his her they he she we our you your not no than then there which who
whom whose what when where while after before during over under into about also said says say told more most
new one two first last year years month week day days time president minister prime foreign leader leaders
""".split())
WORD = re.compile(r"[a-z][a-z'-]{3,}")


@dataclass
class Features:
    id: str
    article_id: str
    type: str
    mode: str | None
    status: str
    main: bool
    persons: frozenset[str]                  # canonical person ids
    unnamed: frozenset[tuple[str, str]]      # (country, title) of parties named only by role
    countries: frozenset[str]
    lo: dt.date | None                       # the interval the date covers (of a meeting of days, all its days)
    hi: dt.date | None
    precision: str | None
    place: tuple[str, str, str] | None       # (name folded, country, kind)
    words: Counter = field(default_factory=Counter)
    order: tuple = ()                        # (publication date, id): the earliest report names the event
    spec: dict | None = None                 # an unresolved date as the text gives it
    families: frozenset[str] = frozenset()
    vector: dict[str, float] | None = None   # its TF-IDF vector, computed when first compared (`vector_of`)
    weights: tuple | None = None             # what `vector` is weighed by: (document frequencies, n, idf cache)
    told_on: tuple[int, int] | None = None   # (month, day) of an undated article's dateline ("NEW DELHI, Mar 10 (PTI)")
    other_days: tuple[dt.date, ...] = ()     # the other readings of an ambiguous date ("10/09/2024")
    # set from the date at construction (read millions of times by the merge's comparisons)
    dated: bool = field(init=False)
    day: bool = field(init=False)           # known to the day
    weekday: int | None = field(init=False)     # the weekday an undated report tells ("met on Monday")

    def __post_init__(self) -> None:
        self.dated = self.lo is not None
        self.day = self.precision == "day" and self.lo is not None
        spec = self.spec or {}
        # (and the weekday of a day of the month written with it: "Tuesday (26)")
        self.weekday = spec.get("wd") if not self.dated and spec.get("kind") in ("weekday", "day_of_month") \
            and "week" not in spec else None


@lru_cache(maxsize=1 << 14)
def city_names(name: str, country: str | None) -> frozenset[str]:
    """The folded names of the cities (of `country`) that a folded name of a place is a name of: "delhi" names Delhi
    and New Delhi, "new delhi" New Delhi alone."""
    return frozenset(fold(e.name) for e in gazetteer().entries_of(name)
                     if e.kind in ("city", "capital") and (country is None or e.code == country)) | {name}


DATELINE = "dateline"         # the kind of a place where the report was filed (Features.place)


def placed_in(place: tuple[str, str, str] | None) -> str | None:
    """The country a place of Features puts its meeting in: none for a dateline's (where the report was filed)."""
    return place[1] if place and place[2] != DATELINE else None


def same_city(a: str | None, b: str | None, country: str | None) -> bool:
    """Whether two folded names of places are one city: the same, or one a name the gazetteer gives the other in that
    country ("Delhi" is a name of New Delhi; Dar es Salaam is no name of Dodoma, nor Tel Aviv of Jerusalem)."""
    if (a or "") == (b or ""):
        return True
    return bool(a and b) and (b in city_names(a, country) or a in city_names(b, country))


def participants(c: dict) -> list[dict]:
    return (c.get("actors") or []) + (c.get("recipients") or [])


def features(c: dict, person_of: dict[str, str], published: str | None, partial: str | None = None) -> Features:
    """The fields of a candidate the corpus stage compares; `partial`, the day and month of its article's dateline
    where the article has no date ("--03-10")."""
    persons, unnamed, countries, families = set(), set(), set(), set()
    for p in participants(c):
        if p.get("country") and p.get("kind") != "org":
            countries.add(p["country"])
        if p.get("kind") == "person" and p.get("name_key"):
            pid = person_of.get(p["name_key"])
            if pid:
                persons.add(pid)
            families.add(p["name_key"].split("|", 1)[0])
        elif p.get("kind") in ("generic", "person") and p.get("country"):
            title = p.get("title") or ""
            unnamed.add((p["country"], "Leader" if title in LEADER_TITLES else title))
    rng = value_to_date_range(c.get("date")) if c.get("date") else None
    if rng and c.get("date_end") and c.get("date_precision") == "day" and c["date_end"] > c["date"]:
        # "on February 14-15": the days a meeting of several days covers
        rng = (rng[0], dt.date.fromisoformat(c["date_end"]))
    if rng and c.get("date_precision") == "day" and "fallback" in (c.get("date_basis") or ""):
        # a report dated only by its publication ("has met", no day in the text) tells a meeting held by then: on one
        # of the days settings.FALLBACK_REACH_DAYS before (as fuse reads it too)
        rng = (rng[0] - dt.timedelta(days=FALLBACK_REACH_DAYS), rng[1])
    loc = c.get("location") or None
    # (a place's name as compared: "Belém" and "Belem" are one city)
    # (a capital guessed for a visit that no report placed in a city: extract/choice.py; scoring.place_relation)
    # (and the city of a wire dateline, where the reporter filed: "SAO PAULO, Nov 18 (Reuters)" over a meeting at the
    # G20 in Rio de Janeiro; it agrees with the city another report names there, and contradicts no other, in no
    # country: "MEXICO CITY, Nov 27 (Reuters)" and "WEST PALM BEACH, Fla. (AP)" over one conversation)
    basis = (loc or {}).get("basis") or ""
    kind = "guess" if basis.startswith(CAPITAL_GUESS) else DATELINE if from_dateline(loc) else \
        (loc or {}).get("kind") or "city"
    place = (fold(loc["name"]), loc.get("country"), kind) if loc and loc.get("name") else None
    words: Counter = Counter()
    for _, _, text in c.get("sentences") or []:
        words.update(w for w in WORD.findall(text.lower()) if w not in STOPWORDS)
    return Features(c["id"], c["article_id"], c["type"], c.get("mode"), c.get("status") or "happened",
                    bool(c.get("main")), frozenset(persons), frozenset(unnamed), frozenset(countries),
                    rng[0] if rng else None, rng[1] if rng else None, c.get("date_precision") if rng else None,
                    place, words, (published or "9999", c["id"]), c.get("date_spec"), frozenset(families),
                    told_on=month_day_of(partial) if partial and not published else None,
                    other_days=tuple(d for a in c.get("date_alternatives") or () if (d := _day_of(a))))


def weigh_words(feats: list[Features]) -> tuple[Counter, int]:
    """TF-IDF vectors of the candidates' sentences, document frequencies taken over `feats`
    (returned, with their number, to weigh other bags of the same words)."""
    df: Counter = Counter()
    for f in feats:
        df.update(f.words.keys())
    n = len(feats) or 1
    weights = (df, n, {})       # (each word's weight computed once: the words recur across reports)
    for f in feats:
        f.vector, f.weights = None, weights     # (weighed when first compared: many never are)
    return df, n


def vector_of(f: Features) -> dict[str, float]:
    if f.vector is None:
        f.vector = tfidf(f.words, *f.weights) if f.weights else {}     # (never weighed: compares as no text)
    return f.vector


def tfidf(words: Counter, df: Counter, n: int, idf: dict[str, float] | None = None) -> dict[str, float]:
    """A bag of words as a unit TF-IDF vector (`idf`: the weights of words met so far, filled in)."""
    idf = {} if idf is None else idf
    vec = {}
    for w, c in words.items():
        weight = idf.get(w)
        if weight is None:
            weight = idf[w] = math.log(1 + n / df[w])
        vec[w] = weight if c == 1 else (1 + math.log(c)) * weight      # (1 + log 1 = 1: the same value)
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {w: v / norm for w, v in vec.items()}


def cosine(a: Features, b: Features) -> float:
    va, vb = vector_of(a), vector_of(b)
    if len(va) > len(vb):
        va, vb = vb, va
    return sum(v * vb[w] for w, v in va.items() if w in vb)      # in insertion order: the same sum every run


def _day_of(value: str) -> dt.date | None:
    """The day an ISO date of day precision names, else None."""
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None
