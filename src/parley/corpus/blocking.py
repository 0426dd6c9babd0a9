"""Block keys: which candidate events are ever compared.

- A dated candidate is keyed by each family name of its named people ("f:putin") and each pair of
  its countries ("c:CHN-JPN"); it is compared only with candidates of a shared key whose dates lie
  within settings.DAY_WINDOW days (a month or a year reaching over its span).
- A candidate with no date cannot be placed in time, so it is keyed narrowly: by each pair of
  family names of its people ("pp:putin|trump"), or, naming fewer than two people, by its pairs of
  countries. It is compared with the other undated candidates of its keys, and attached to the
  dated events of its keys: those placed in its country or not placed, where it is placed (an
  event in another country scores below the threshold for it, and too low to contest another:
  `elsewhere_cannot_matter`).
- Of the dated candidates near a new one, a merge reads only those it may pair with: one naming
  other people beside one of its own, each giving two countries or more, cannot (`cannot_pair`).
"""
from __future__ import annotations

import bisect
import datetime as dt

from . import settings as S
from .keys import from_dateline

UNDATED_BLOCK_CAP = 200     # undated candidates of one key compared pairwise (the earliest reported)


def _family_pairs(families) -> set[str]:
    fams = sorted(set(families))
    return {f"pp:{x}|{y}" for i, x in enumerate(fams) for y in fams[i + 1:]}


def _country_pairs(countries) -> set[str]:
    cs = sorted(set(countries))
    return {f"c:{x}-{y}" for i, x in enumerate(cs) for y in cs[i + 1:]}


def block_keys(families, countries, dated: bool) -> set[str]:
    if dated:
        return {"f:" + f for f in set(families)} | _country_pairs(countries)
    return _family_pairs(families) or _country_pairs(countries)


def undated_keys(families, countries) -> set[str]:
    """The keys by which an undated candidate finds dated events (those events' narrow keys)."""
    return block_keys(families, countries, dated=False)


def target_keys(families, countries) -> set[str]:
    """The keys by which undated candidates find a dated one: its pairs of family names, and its
    pairs of countries, for a report naming one side only ("Peters hosted his Australian counterpart")."""
    return _family_pairs(families) | _country_pairs(countries)


def reaching_keys(families, countries, dated: bool) -> set[str]:
    """The keys by which a report finds the undated reports that it may join or be joined by: those of a dated
    one's targets (`target_keys`), an undated one's own (`undated_keys`)."""
    return (target_keys if dated else undated_keys)(families, countries)


def key_parties(keys) -> tuple[frozenset[str], frozenset[str]]:
    """The family names and countries a dated candidate's block keys tell ("f:" keys, "c:" pairs): those of
    `parties_of`, read back from the store's keys."""
    fams = frozenset(k[2:] for k in keys if k.startswith("f:"))
    countries = frozenset(c for k in keys if k.startswith("c:") for c in k[2:].split("-"))
    return fams, countries


def cannot_pair(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether two reports of these (named families, countries) are ruled out as one event whoever the corpus
    takes their people to be (scoring.people_conflict: every named person is of one family, so people of
    different families differ): both name people and none of one family, or neither set of families holds
    the other and each report gives two countries or more, neither set holding the other (Kishida-Biden
    and Kishida-Yoon). A new report's dated neighbours that it cannot pair with are not read by a merge
    (store.Store.affected_candidates)."""
    (fa, ca), (fb, cb) = a, b
    if not fa or not fb:
        return False
    if not fa & fb:
        return True
    if fa <= fb or fb <= fa:
        return False
    return len(ca) >= 2 and len(cb) >= 2 and not (ca <= cb or cb <= ca)


def window(lo: str, hi: str, days: int) -> tuple[dt.date, dt.date]:
    """The days within `days` of an ISO interval (a month or a year over its span): where its neighbours lie."""
    reach = dt.timedelta(days=days)
    return dt.date.fromisoformat(lo[:10]) - reach, dt.date.fromisoformat(hi[:10]) + reach


def pairable(own: dict[str, tuple[str, str, list[str]]], theirs: dict[str, tuple[str, str, list[str]]],
             window_days: int) -> set[str]:
    """Of the dated candidates `theirs`, those that a dated candidate of `own` near it may pair with: one sharing
    a key with it, whose dates come within `window_days` of its own (as the store finds neighbours), and whose
    parties do not rule it out (`cannot_pair`). Each candidate is given as id -> (first day, last day, block keys).
    The others cannot join the events of `own`, and theirs stand as they are unless a report that may pair with
    one of them brings them."""
    if not theirs:
        return set()
    wanted = {k for _, _, ks in theirs.values() for k in ks}
    mine: dict[str, list[tuple[str, str, tuple]]] = {}     # key -> (window from, to, parties) of `own` under it
    longest: dict[str, dt.timedelta] = {}                 # key -> the longest of those windows
    for lo, hi, ks in own.values():
        shared = [k for k in ks if k in wanted]
        if not shared:
            continue
        a, b = window(lo, hi, window_days)
        span, parties = (a.isoformat(), b.isoformat()), key_parties(ks)
        for k in shared:
            mine.setdefault(k, []).append(span + (parties,))
            longest[k] = max(longest.get(k, b - a), b - a)
    starts = {}
    for k, ws in mine.items():
        ws.sort()
        starts[k] = [w[0] for w in ws]
    verdict: dict[tuple, bool] = {}     # (two reports' parties -> whether they may pair)
    told: dict[tuple, tuple] = {}       # (keys -> the parties they tell)

    def may(p: tuple, parties: tuple) -> bool:
        if (p, parties) not in verdict:
            verdict[(p, parties)] = not cannot_pair(p, parties)
        return verdict[(p, parties)]

    def near(k: str, lo: str, hi: str, start: dt.date):
        """The parties of the windows of `own` under k that hold a day of lo..hi (those that start no later than
        its end, back to the longest window before its start)."""
        ws, first = mine[k], (start - longest[k]).isoformat()
        j = bisect.bisect_right(starts[k], hi)
        while j > 0 and ws[j - 1][0] >= first:
            j -= 1
            if ws[j][1] >= lo:
                yield ws[j][2]

    out: set[str] = set()
    for cid, (lo, hi, ks) in theirs.items():
        ks = tuple(ks)
        parties = told.get(ks) or told.setdefault(ks, key_parties(ks))
        start = dt.date.fromisoformat(lo[:10])
        if any(may(p, parties) for k in ks if k in mine for p in near(k, lo, hi, start)):
            out.add(cid)
    return out


def place_country(c: dict) -> str | None:
    """The country of a candidate's place, as the merge compares places (features.placed_in: none for a dateline's)."""
    loc = c.get("location") or {}
    return loc.get("country") if loc.get("name") and not from_dateline(loc) else None


def elsewhere_cannot_matter() -> bool:
    """Whether an event placed in another country than an undated report can never change the event that the report
    joins: its score for the report (every term at its best, the place's at its worst) is below the threshold,
    and so low that any event it trails by less than the margin is below the threshold too."""
    most = max(S.W_PEOPLE_SAME, S.W_PEOPLE_SUBSET, S.W_PEOPLE_ONE, S.W_STATES) + S.W_PLACE_OTHER_COUNTRY + S.W_TEXT
    return most + S.UNDATED_MARGIN <= S.UNDATED_THRESHOLD


def parties_of(c: dict) -> tuple[set[str], set[str]]:
    """The family names of a candidate dict's named people and the countries of its parties (as
    features.Features holds them)."""
    parts = (c.get("actors") or []) + (c.get("recipients") or [])
    fams = {p["name_key"].split("|", 1)[0] for p in parts if p.get("kind") == "person" and p.get("name_key")}
    return fams, {p["country"] for p in parts if p.get("country") and p.get("kind") != "org"}


def candidate_block_keys(c: dict) -> list[tuple[str, str | None, str | None]]:
    """A candidate dict's block keys with the first and last day its date covers (None when undated)."""
    from ..time import value_to_date_range

    rng = value_to_date_range(c.get("date")) if c.get("date") else None
    lo = rng[0].isoformat() if rng else None
    hi = rng[1].isoformat() if rng else None
    fams, cs = parties_of(c)
    keys = block_keys(fams, cs, dated=lo is not None)
    if lo is not None:
        keys |= undated_keys(fams, cs)          # so that undated reports find this one
    return [(k, lo, hi) for k in sorted(keys)]
