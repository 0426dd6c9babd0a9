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

from collections import defaultdict
from dataclasses import dataclass, field

from ..extract.names import fold
from ..time import coarse_spec, tells_day, value_to_date_range
from . import settings as S
from .blocking import elsewhere_cannot_matter, parties_of, reaching_keys, undated_keys
from .clustering import cluster, event_id
from .dating import (DATELINE_ANCHOR, OTHER_READING_NOTE, OWN_DATELINE, article_anchor, dateline_in_corpus_year,
                     dateline_in_event_month, event_day_from_text)
from .features import Features, cosine, features, participants, weigh_words
from .fuse import fuse
from .keys import from_dateline, month_day_of
from .people import Person
from .scoring import place_relation


@dataclass
class Resolution:
    events: list[dict]                       # events fused anew (new, or their reports changed)
    people: dict[str, Person]
    # article id -> (anchor, reason, the day of its lead meeting, the name keys of that meeting's people)
    anchors: dict[str, tuple[str, str, str, frozenset]] = field(default_factory=dict)
    kept: set[str] = field(default_factory=set)     # stored events that came out with the same reports
    # undated report -> the floor of its choice of event, and whether that choice is local (clustering.Choice)
    floors: dict[str, tuple[float, bool]] = field(default_factory=dict)


@dataclass
class Stored:
    """Events as stored, that a merge may keep instead of fusing them again: by id, the reports of
    each one whose reports are all unchanged since it was fused (none new or read again, no person
    of theirs linked anew), and its date and precision (to date its undated articles); and those
    whose dated reports stay together as they stand (clustering.cluster `fixed`)."""
    members: dict[str, frozenset[str]]
    dates: dict[str, tuple[str | None, str | None]]
    fixed: list[frozenset[str]] = field(default_factory=list)


# what the reason of an anchor says when it comes from a meeting the article tells beside its lead
COMPANION_NOTE = " (of another meeting of its lead's people that it tells)"
PASSING_NOTE = " (of a meeting it tells in passing)"
BESIDE_NOTE = " (of a meeting it tells beside its lead)"
WEAK_NOTES = (PASSING_NOTE, BESIDE_NOTE)       # readings that a claim through the article's lead replaces


def published_of(meta: dict[str, dict], article_id: str) -> str | None:
    a = meta.get(article_id) or {}
    return a.get("published") or (a.get("inferred") or {}).get("value")


def resolve(cands: list[dict], meta: dict[str, dict], person_of: dict[str, str], people: dict[str, Person],
            stored: Stored | None = None) -> Resolution:
    """Events of a set of candidates (every candidate of the blocks concerned), given the person
    each name key is (corpus/people.py `link`). A group that is a `stored` event with the same
    reports, all unchanged, is that event: kept, not fused again (fusing depends only on them)."""
    person_country = {pid: p.country for pid, p in people.items()}
    by_id = {c["id"]: c for c in cands}
    feats = [features(c, person_of, published_of(meta, c["article_id"]),
                      (meta.get(c["article_id"]) or {}).get("partial")) for c in cands]
    events: list[dict] = []
    claims: dict[str, tuple] = {}     # article -> (rank, anchor, reason, lead day, lead people)
    lead = _lead_candidates(cands)
    led = frozenset(c["article_id"] for c in cands if c["id"] in lead)     # the articles that tell a meeting held
    own_day = frozenset(c["article_id"] for c in cands if lead.get(c["id"]) and _day_told(c))
    kept: set[str] = set()
    floors: dict[str, tuple[float, bool]] = {}
    index = {f.id: i for i, f in enumerate(feats)}
    fixed = [[index[c] for c in sorted(ms) if feats[index[c]].dated] for ms in (stored.fixed if stored else [])]
    years = _dyad_years(cands)
    for group in cluster(feats, person_country, fixed, floors):
        members = [by_id[f.id] for f in group]
        eid = event_id(group)
        if stored is not None and stored.members.get(eid) == frozenset(f.id for f in group):
            kept.add(eid)
            date, precision = stored.dates[eid]
            _anchors({"date": date, "date_precision": precision}, members, meta, claims, lead, years, led, own_day)
            continue
        ev = fuse(members, meta, eid, person_of, people)
        events.append(ev)
        _anchors(ev, members, meta, claims, lead, years, led, own_day)
    return Resolution(events, people, {a: c[1:] for a, c in claims.items()}, kept, floors)


def stirred(new: list[dict], merged: list[dict], floors: dict[str, float | None]) -> set[str]:
    """The merged undated reports (`merged`, with the floor of their choice of event) whose event the `new`
    reports may change: a new dated report of their keys that could score above the floor of their choice
    (within settings.STIR_SLACK), or a new undated one that could pair with them (settings.THRESHOLD). Could:
    their people are taken to agree (the score's most), their place and words as they are. A merged report whose
    floor is not known is stirred by any new report of its keys."""
    mine = [features(c, {}, None) for c in merged]
    wanted = set().union(*(undated_keys(u.families, u.countries) for u in mine))
    near_new = []
    for c in new:                   # (only the new reports of their keys are weighed)
        fams, countries = parties_of(c)
        dated = bool(c.get("date") and value_to_date_range(c["date"]))
        if reaching_keys(fams, countries, dated) & wanted:
            near_new.append(features(c, {}, None))
    weigh_words(near_new + mine)
    by_key: dict[str, list[Features]] = defaultdict(list)
    for f in near_new:
        for k in reaching_keys(f.families, f.countries, f.dated):
            by_key[k].append(f)
    out = set()
    elsewhere = elsewhere_cannot_matter()
    for u in mine:
        floor = floors.get(u.id)
        near = {f.id: f for k in undated_keys(u.families, u.countries) for f in by_key.get(k, ())}
        for f in near.values():
            need = (floor if f.dated else S.THRESHOLD)
            if need is None:
                out.add(u.id)
                break
            place = place_relation(u, f)
            if f.dated and elsewhere and place == S.W_PLACE_OTHER_COUNTRY:
                continue                # (an event in another country is none of its options: clustering)
            most = S.W_PEOPLE_SAME + place + S.STIR_SLACK      # (the words weighed only if they count)
            if most + S.W_TEXT > need and most + S.W_TEXT * cosine(u, f) > need:
                out.add(u.id)
                break
    return out


def _own_dateline(article: dict) -> bool:
    """Whether an undated article was read as of its own dateline's day, in the one year the corpus or its people's
    terms give (dating.dateline_in_corpus_year), not as of another report's event."""
    return bool(OWN_DATELINE.match(((article.get("inferred") or {}).get("reason")) or ""))


def _reads_as(c: dict, day: str) -> bool:
    """Whether a report is dated `day`, by its date or by the other reading of an ambiguous one."""
    return c.get("date") == day or day in (c.get("date_alternatives") or ())


def _lead_candidates(cands: list[dict]) -> dict[str, bool]:
    """Each article's lead meeting: its main meeting told first (the others are told in passing), and (False) its other
    main meetings that share a person with the lead: the same trip ("Starmer met Xi on Monday ... Starmer also met
    Modi"), which date an undated article where its lead's event has no day. A meeting ahead, told with its day, that
    the article opens on before any main one leads a preview whose main meetings tell no time of their own ("Trump says
    he will speak to Putin on Tuesday", over "Witkoff has held talks with Putin" below): it dates the article, as of
    the day before its event."""
    lead: dict[str, tuple[tuple[int, int], dict]] = {}
    mains = [c for c in cands if c.get("main") and c.get("type") == "CONSULT"]
    for c in mains:
        key = (first_told(c), _index(c))
        if c["article_id"] not in lead or key < lead[c["article_id"]][0]:
            lead[c["article_id"]] = (key, c)
    for c in cands:
        if c.get("status") != "planned" or c.get("type") != "CONSULT" or not _day_told(c):
            continue
        key = (first_told(c), _index(c))
        lead_key, held = lead.get(c["article_id"], ((1 << 30, 0), None))
        if key[0] < S.PREVIEW_OPENING_CHARS and key < lead_key and not (held and (held.get("date_spec")
                                                                                  or held.get("date_text"))):
            lead[c["article_id"]] = (key, c)
    out = {c["id"]: True for _, c in lead.values()}
    for c in mains:
        first = lead[c["article_id"]][1]
        if c["id"] not in out and _person_keys(c) & _person_keys(first):
            out[c["id"]] = False
    return out


def _index(c: dict) -> int:
    """A candidate's place among its article's ("...:3")."""
    tail = str(c["id"]).rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def _day_told(c: dict) -> bool:
    """Whether a candidate's text tells a day of its meeting ("on Tuesday", "on March 16"), resolved or not."""
    return tells_day(c.get("date_spec")) or bool(c.get("date_precision") == "day" and c.get("date_text"))


def _day_and_month(spec: dict | None) -> bool:
    """Whether a date the text gives is a day and month ("on October 11"), not a weekday."""
    return tells_day(spec) and spec.get("kind") == "month_day"


def _dateline_days(members: list[dict], meta: dict[str, dict]) -> list[dict]:
    """The reports of an event, each dated "today" by a report whose dateline gives only its day and month taking that
    day and month ("PUTRAJAYA, July 25 (Bernama) -- ... held a bilateral meeting here today"), as its text would."""
    out = []
    for c in members:
        partial = (meta.get(c["article_id"]) or {}).get("partial")
        if partial and (c.get("date_spec") or {}).get("kind") == "anchor_day" and not c.get("date"):
            m, d = month_day_of(partial)
            c = {**c, "date_spec": {"kind": "month_day", "m": m, "d": d}}
        out.append(c)
    return out


def first_told(c: dict) -> int:
    """Where an article first tells a candidate's meeting: the start of its first sentence of evidence (an
    encounter in the headline, "Vucic, Xi sign joint statement", comes before a meeting the body tells in passing,
    whichever the assembly found first)."""
    return min((span[0] for span in (c.get("evidence") or {}).get("event") or []), default=1 << 30)


def _dates_article(c: dict, lead: dict[str, bool], led: frozenset[str]) -> bool:
    """Whether a candidate dates its article as its lead: the lead meeting, or in a report that tells none held, a
    meeting ahead (`_preview_only`)."""
    return bool(lead.get(c["id"])) or _preview_only(c, led)


def _preview_only(c: dict, led: frozenset[str]) -> bool:
    """Whether a candidate is a meeting ahead in an article that tells no meeting held (not among `led`, the articles
    with a lead meeting: a preview, "HANOI, April 14 (Reuters) - ... Xi is set to meet Vietnamese Prime Minister Pham
    Minh Chinh on Tuesday"), whose dateline then dates it as a lead meeting's would."""
    return c.get("status") == "planned" and c["article_id"] not in led


def _person_keys(c: dict) -> set[str]:
    return {p["name_key"] for p in participants(c) if p.get("kind") == "person" and p.get("name_key")}


def _pairs(dyad: str | None) -> list[str]:
    """The pairs of states of a dyad ("CHN-JPN-KOR": "CHN-JPN", "CHN-KOR", "JPN-KOR")."""
    cs = sorted(set((dyad or "").split("-")) - {""})
    return [f"{a}-{b}" for i, a in enumerate(cs) for b in cs[i + 1:]]


def _dyad_years(cands: list[dict]) -> dict[str, frozenset[int]]:
    """The years in which candidates of each pair of states are dated to the day (a trilateral's, each pair's): the
    corpus's evidence of when its states met, for an event that no report dates (dating.event_day_from_text)."""
    out: dict[str, set[int]] = defaultdict(set)
    for c in cands:
        if c.get("date_precision") == "day" and c.get("date"):
            for pair in _pairs(c.get("dyad")):
                out[pair].add(int(c["date"][:4]))
    return {d: frozenset(ys) for d, ys in out.items()}


def _anchors(ev: dict, members: list[dict], meta: dict[str, dict], claims: dict, lead: dict[str, bool],
             years: dict[str, frozenset[int]] | None = None, led: frozenset[str] = frozenset(),
             own_day: frozenset[str] = frozenset()) -> None:
    """Claims of the undated articles among an event's reports to be read as of its day (a claim through a
    companion of the lead counts below any through the lead); `own_day`, the articles whose lead tells its day."""
    if ev.get("date_precision") == "day":
        # an article dated only by an ambiguous date that its event reads the other way (fuse._read_other_way) is read
        # again as of that reading: "10/09/2024" is September 10 where another report's dateline says so
        for c in members:
            if (meta.get(c["article_id"]) or {}).get("published") and c.get("date") != ev["date"] \
                    and _reads_as(c, ev["date"]) and lead.get(c["id"]) \
                    and 0 > claims.get(c["article_id"], (-S.COMPANION_CLAIM - 1,))[0]:
                claims[c["article_id"]] = (0, ev["date"], OTHER_READING_NOTE, ev["date"], frozenset())
    undated = [c for c in members if not (meta.get(c["article_id"]) or {}).get("published")]
    if not undated:
        return
    keys = frozenset(k for c in members for k in _person_keys(c))
    if ev.get("date_precision") == "day":
        # (a report dated by an ambiguous date read the other way supports the day it was read as, and so does one
        # dated by its own dateline in the year the corpus or its people's terms give: "MOSCOW, January 17. /TASS/.")
        support = len({c["article_id"] for c in members if _reads_as(c, ev["date"]) and (
            (meta.get(c["article_id"]) or {}).get("published") or _own_dateline(meta.get(c["article_id"]) or {}))})
        if not support:
            return
        for c in undated:
            partial = (meta.get(c["article_id"]) or {}).get("partial")
            anchor, why = article_anchor(ev["date"], support, partial, c.get("status") == "planned",
                                         in_passing=not lead.get(c["id"]))
            if c["id"] not in lead:
                # any meeting it tells gives a dateline's day and month their year, where its event falls within
                # days of them ("TEL AVIV, Aug 19 (Reuters) - ... travels to Egypt on Tuesday for talks with Sisi"):
                # read as of the dateline's day, its lead meeting keeping its own date
                weight = support - 2 * S.COMPANION_CLAIM
                # (not a meeting told as of another time: "since they met at a California estate a year ago")
                if why.startswith(DATELINE_ANCHOR) and c.get("status") != "background" \
                        and weight > claims.get(c["article_id"], (weight - 1,))[0]:
                    claims[c["article_id"]] = (weight, anchor, why + BESIDE_NOTE, anchor, frozenset())
                # a meeting told in passing, its day relative ("where he held talks with Sheikh Mohamed on Tuesday"),
                # dates the article only where a reading puts it on its event's day (corpus_stage._read_again)
                weight -= S.COMPANION_CLAIM
                if not c.get("date") and c.get("status") != "planned" and (c.get("date_spec") or {}).get("kind") \
                        and weight > claims.get(c["article_id"], (weight - 1,))[0]:
                    claims[c["article_id"]] = (weight, anchor, why + PASSING_NOTE, ev["date"], keys)
                continue
            if not lead[c["id"]] and (coarse_spec(c.get("date_spec")) or _day_and_month(c.get("date_spec"))
                                      and c["article_id"] in own_day):
                continue        # (a meeting of the lead's people told with a month only, "when Modi made a state visit
                                # to Washington in June", was before the article, by days or months; so may one told
                                # by its day and month beside a lead told by its own day, "held talks in Kazan on
                                # Wednesday ... They held their first talks in Ashgabat on October 11")
            weight = support if lead[c["id"]] else support - S.COMPANION_CLAIM
            # (a companion that gives its dateline's day only a year dates the article, not its lead meeting)
            told = (anchor, frozenset()) if not lead[c["id"]] and why.startswith(DATELINE_ANCHOR) else \
                (ev["date"], keys)
            if not lead[c["id"]]:
                why += COMPANION_NOTE
            if weight > claims.get(c["article_id"], (-S.COMPANION_CLAIM - 1,))[0]:
                claims[c["article_id"]] = (weight, anchor, why, *told)
    elif ev.get("date_precision") == "month":
        # (an event told only "in March" by its dated reports: an undated report whose dateline's day falls in that month,
        # on the weekday it tells, is read as of that day, "New Delhi, Mar 10 (PTI) ... on Friday")
        for c in undated:
            partial = (meta.get(c["article_id"]) or {}).get("partial")
            spec = c.get("date_spec") or {}
            told_before = spec.get("kind") == "weekday" and spec.get("direction") != "future"
            got = dateline_in_event_month(partial, ev["date"], spec.get("wd") if told_before else None) \
                if partial and _dates_article(c, lead, led) else None
            if got and -S.COMPANION_CLAIM > claims.get(c["article_id"], (-S.COMPANION_CLAIM - 1,))[0]:
                claims[c["article_id"]] = (-S.COMPANION_CLAIM, got[0], got[1], got[0], keys)
    elif not ev.get("date"):
        pairs = {p for c in members for p in _pairs(c.get("dyad"))}
        corpus = frozenset().union(*((years or {}).get(p, ()) for p in pairs))
        found = event_day_from_text(_dateline_days(members, meta), corpus)
        if found is None:
            ev["date_basis"] = "unknown: no report dates it, and its day and month give no single year"
            for c in undated:   # (an article's own day and month, "CAIRO, Feb 14 (Reuters)", in the corpus's year)
                partial = (meta.get(c["article_id"]) or {}).get("partial")
                spec = c.get("date_spec") or {}
                # (a weekday told ahead, "Xi is set to meet Pham Minh Chinh on Tuesday", falls on any dateline's day)
                told_before = spec.get("kind") == "weekday" and spec.get("direction") != "future"
                got = dateline_in_corpus_year(partial, members, corpus, spec.get("wd") if told_before else None,
                                              _filed_there(c, meta)) \
                    if _dates_article(c, lead, led) and partial else None
                if got and -S.COMPANION_CLAIM > claims.get(c["article_id"], (-S.COMPANION_CLAIM - 1,))[0]:
                    claims[c["article_id"]] = (-S.COMPANION_CLAIM, got[0], got[1], got[0], keys)
            return
        ev["date_basis"] = f"from the text of its reports: {found[1]}"
        for c in undated:
            if _dates_article(c, lead, led) and 0 > claims.get(c["article_id"], (-S.COMPANION_CLAIM - 1,))[0]:
                anchor, _ = article_anchor(found[0], 0, None, c.get("status") == "planned")
                claims[c["article_id"]] = (0, anchor, f"read as of {anchor}: its event is {found[0]}, {found[1]}",
                                           found[0], keys)


def _filed_there(c: dict, meta: dict[str, dict]) -> bool:
    """Whether a report was filed where its meeting was: placed by its dateline, or in the city its dateline names
    ("PRETORIA, January 23. /TASS/. ... held talks in Pretoria on Monday")."""
    loc = c.get("location") or {}
    filed = (meta.get(c["article_id"]) or {}).get("dateline_place")
    return from_dateline(loc) or bool(filed and loc.get("name") and fold(filed) == fold(loc["name"]))
