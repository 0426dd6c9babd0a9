"""The corpus stage as one recipe over plain data: candidate events of many articles in, events
out (with the people of the corpus, and the anchors that undated articles should be read against).

    people   -> corpus/people.py      one canonical person for every spelling, by family block
                                      (linked beforehand by the driver, family by family)
    features -> corpus/features.py    what is compared of a candidate
    cluster  -> corpus/clustering.py  blocks, pair scores (corpus/scoring.py), constraints
    fuse     -> corpus/fuse.py        one event's fields from its reports, conflicts kept
    dates    -> corpus/dating.py      undated articles dated through their event; events dated
                                      from the day and month their reports give

No SQL and no extraction here: `parley.corpus_stage` reads the store, calls `resolve`, writes the
events and reads again the articles that received an anchor.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .clustering import cluster, event_id
from .dating import article_anchor, event_day_from_text
from .features import features
from .fuse import fuse
from .people import Person


@dataclass
class Resolution:
    events: list[dict]
    people: dict[str, Person]
    # article id -> (anchor, reason, the day of its lead meeting, the name keys of that meeting's people)
    anchors: dict[str, tuple[str, str, str, frozenset]] = field(default_factory=dict)


def published_of(meta: dict[str, dict], article_id: str) -> str | None:
    a = meta.get(article_id) or {}
    return a.get("published") or (a.get("inferred") or {}).get("value")


def resolve(cands: list[dict], meta: dict[str, dict], person_of: dict[str, str], people: dict[str, Person]) -> Resolution:
    """Events of a set of candidates (every candidate of the blocks concerned), given the person
    each name key is (corpus/people.py `link`)."""
    person_country = {pid: p.country for pid, p in people.items()}
    by_id = {c["id"]: c for c in cands}
    feats = [features(c, person_of, published_of(meta, c["article_id"])) for c in cands]
    events: list[dict] = []
    claims: dict[str, tuple] = {}     # article -> (rank, anchor, reason, lead day, lead people)
    lead = _lead_candidates(cands)
    for group in cluster(feats, person_country):
        members = [by_id[f.id] for f in group]
        ev = fuse(members, meta, event_id(group), person_of, people)
        events.append(ev)
        _anchors(ev, members, meta, claims, lead)
    return Resolution(events, people, {a: c[1:] for a, c in claims.items()})


def _lead_candidates(cands: list[dict]) -> set[str]:
    """Each article's lead meeting: its first main meeting (the others are told in passing)."""
    lead: dict[str, tuple[int, str]] = {}
    for c in cands:
        if c.get("main") and c.get("type") == "CONSULT":
            idx = int(str(c["id"]).rsplit(":", 1)[-1]) if str(c["id"]).rsplit(":", 1)[-1].isdigit() else 0
            if c["article_id"] not in lead or idx < lead[c["article_id"]][0]:
                lead[c["article_id"]] = (idx, c["id"])
    return {cid for _, cid in lead.values()}


def _anchors(ev: dict, members: list[dict], meta: dict[str, dict], claims: dict, lead: set[str]) -> None:
    undated = [c for c in members if not (meta.get(c["article_id"]) or {}).get("published")]
    if not undated:
        return
    keys = frozenset(p["name_key"] for c in members for p in (c.get("actors") or []) + (c.get("recipients") or [])
                     if p.get("kind") == "person" and p.get("name_key"))
    if ev.get("date_precision") == "day":
        support = len({c["article_id"] for c in members if c.get("date") == ev["date"]
                       and (meta.get(c["article_id"]) or {}).get("published")})
        if not support:
            return
        for c in undated:
            if c["id"] not in lead:
                continue
            partial = (meta.get(c["article_id"]) or {}).get("partial")
            anchor, why = article_anchor(ev["date"], support, partial, c.get("status") == "planned")
            if support > claims.get(c["article_id"], (-1,))[0]:
                claims[c["article_id"]] = (support, anchor, why, ev["date"], keys)
    elif not ev.get("date"):
        found = event_day_from_text(members)
        if found is None:
            ev["date_basis"] = "unknown: no report dates it, and its day and month give no single year"
            return
        ev["date_basis"] = f"from the text of its reports: {found[1]}"
        for c in undated:
            if c["id"] in lead and 0 > claims.get(c["article_id"], (-1,))[0]:
                anchor, _ = article_anchor(found[0], 0, None, c.get("status") == "planned")
                claims[c["article_id"]] = (0, anchor, f"read as of {anchor}: its event is {found[0]}, {found[1]}",
                                           found[0], keys)
