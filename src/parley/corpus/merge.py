"""The corpus stage: candidate events from many articles -> one event per real-world event.

Blocking: candidates are grouped by country dyad (the sorted ISO codes of their parties) and,
within a block, by event type and participant signature (family names of named people, or
country + title for unnamed officials). Only candidates sharing a block and a signature are
compared, and only when their dates are compatible, so the work grows with the corpus, not with
its square.

- A preview ("will meet on Thursday") and its report are one event; a background mention
  ("met last month in Peru", month precision) joins the day-precise event it names.
- Different participants on the same day and place (minister vs premier, bilateral vs
  trilateral) never merge: signatures differ.
- An article with no publication date is dated through the reports it matches: its main
  meeting is matched by signature to dated events; the date they agree on becomes the article's
  anchor (kept in `inferred_dates`), and the article is extracted again against it.
- The merged event takes the most precise, best-supported date; day-precise dates that disagree
  across sources are kept as `conflicts`, never averaged. Places likewise.
- Event ids are stable: the id of an event is derived from its earliest-ingested candidate, so
  ingesting more articles later keeps the ids of the events they join. Merging is incremental:
  only blocks that received new candidates are recomputed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections import Counter, defaultdict
from typing import Iterable

from ..time import dates_overlap
from .claims import check_claims
from .fuse import fuse
from .keys import LEADER_TITLES, PRECISION_RANK, person_key, signature

def compatible_dates(a: str | None, b: str | None) -> bool:
    """Dates that can name one event: overlapping (time.dates_overlap), or either unknown;
    values that are not dates must share their year."""
    if not a or not b:
        return True
    overlap = dates_overlap(a, b)
    return a[:4] == b[:4] if overlap is None else overlap


class Cluster:
    __slots__ = ("members", "sig", "dates", "first")

    def __init__(self, cand: dict, sig: frozenset[str]):
        self.members = [cand]
        self.sig = sig
        self.dates = [cand.get("date")]
        self.first = cand

    def best_date(self) -> str | None:
        dated = [d for d in self.dates if d]
        if not dated:
            return None
        return max(dated, key=lambda d: (PRECISION_RANK.get(_precision(d), 0), self.dates.count(d)))

    def accepts(self, cand: dict) -> bool:
        d = cand.get("date")
        mine = self.best_date()
        if not compatible_dates(mine, d):
            # two day-precise readings a day apart from different articles: one event, a conflict
            if not (mine and d and len(mine) == 10 and len(d) == 10 and abs(
                    (dt.date.fromisoformat(mine) - dt.date.fromisoformat(d)).days) <= 1 and _same_place(self, cand)):
                return False
        # same article: its own assembly already told its meetings apart
        if any(m["article_id"] == cand["article_id"] for m in self.members):
            return False
        return True

    def add(self, cand: dict) -> None:
        self.members.append(cand)
        self.dates.append(cand.get("date"))


def _same_place(cl: Cluster, cand: dict) -> bool:
    loc = cand.get("location")
    if not loc:
        return True
    names = {(m.get("location") or {}).get("name") for m in cl.members if m.get("location")}
    return not names or loc["name"] in names


def _precision(value: str) -> str:
    if len(value) == 10:
        return "day"
    if "W" in value:
        return "week"
    if len(value) == 7 and value[5:7].isdigit():
        return "month"
    if len(value) == 7:
        return "season"
    return "year"


def _date_keys(value: str | None) -> list[str]:
    """Buckets a date can match in: its month and the neighbouring months (a day off at a
    month's edge), and its year (for year-only dates)."""
    if not value:
        return ["?"]
    y = int(value[:4])
    if len(value) >= 7 and value[5:7].isdigit():
        m = int(value[5:7])
        prev = f"{y - 1:04d}-12" if m == 1 else f"{y:04d}-{m - 1:02d}"
        nxt = f"{y + 1:04d}-01" if m == 12 else f"{y:04d}-{m + 1:02d}"
        return [value[:7], prev, nxt, value[:4]]
    return [value[:4]] + [f"{y:04d}-{m:02d}" for m in range(1, 13)]


def _home_key(value: str | None) -> str:
    if not value:
        return "?"
    return value[:7] if len(value) >= 7 and value[5:7].isdigit() else value[:4]


def cluster_block(cands: list[dict]) -> list[Cluster]:
    """Cluster one dyad block. Candidates are visited in ingestion order (stable ids). Within a
    signature, clusters are indexed by month, so a candidate is compared only with the clusters
    of its own and the neighbouring months, never with the pair's whole history."""
    index: dict[tuple[str, frozenset[str]], dict[str, list[Cluster]]] = defaultdict(lambda: defaultdict(list))
    clusters: list[Cluster] = []
    for c in cands:
        sig = signature(c)
        buckets = index[(c["type"], sig)]
        d = c.get("date")
        if d:
            seen, options = set(), []
            for k in _date_keys(d):
                for cl in buckets.get(k, ()):
                    if id(cl) not in seen:
                        seen.add(id(cl))
                        options.append(cl)
            options += [cl for cl in buckets.get("?", ()) if id(cl) not in seen]
        else:
            # an undated report joins its signature's only event, if there is exactly one
            everything = {id(cl): cl for lst in buckets.values() for cl in lst}
            options = list(everything.values()) if len(everything) == 1 else []
        target = None
        for cl in sorted(options, key=lambda cl: -PRECISION_RANK.get(_precision(cl.best_date()) if cl.best_date() else None, 0)):
            if cl.accepts(c):
                target = cl
                break
        if target is None:
            target = Cluster(c, sig)
            clusters.append(target)
        else:
            target.add(c)
        home = buckets[_home_key(d)]
        if target not in home:
            home.append(target)
    order = {c["id"]: i for i, c in enumerate(cands)}
    _join_generic(clusters, order)
    return [cl for cl in clusters if cl.members]


def _countries(cl: Cluster) -> set[str]:
    return {p.get("country") for p in cl.first["actors"] + cl.first["recipients"] if p.get("country")}


def _title_fits(gkey: str, people: list[dict]) -> bool:
    """Whether the named people of a country can be the unnamed party "g:CTRY:title"."""
    _, country, title = gkey.split(":", 2)
    mine = [p for p in people if p.get("country") == country and p.get("kind") == "person"]
    if not mine:
        return False
    if title == "Leader":
        return all(p.get("title") in LEADER_TITLES for p in mine)
    if title in ("state", "org", "generic", "None", ""):
        return True
    return any(p.get("title") == title for p in mine)


def _join_generic(clusters: list[Cluster], order: dict[str, int]) -> None:
    """A report with unnamed parties ("the heads of the two countries met in Peru", "Wang Yi met
    Japan's foreign minister", "China and Japan held talks") joins the meeting that names them:
    same type and countries, the named people of the report among the meeting's, each unnamed
    party fitting a named one (a leader for "the leaders"), a compatible date and place, and
    exactly one such meeting. Candidates are looked up by month, never against the whole block."""
    by_month: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
    for cl in clusters:
        if any(k.startswith("p:") for k in cl.sig):
            by_month[(cl.first["type"], _home_key(cl.best_date()))].append(cl)
    for g in clusters:
        gkeys = [k for k in g.sig if k.startswith("g:")]
        if not g.members or not gkeys:
            continue
        pkeys = {k for k in g.sig if k.startswith("p:")}
        countries = _countries(g)
        gdate = g.best_date()
        gloc = {(m.get("location") or {}).get("name") for m in g.members} - {None}
        seen, options = set(), []
        for key in _date_keys(gdate) if gdate else ["?"]:
            for named in by_month.get((g.first["type"], key), ()):
                if named is g or not named.members or id(named) in seen:
                    continue
                seen.add(id(named))
                nkeys = {k for k in named.sig if k.startswith("p:")}
                if not pkeys <= nkeys or len(nkeys) <= len(pkeys) or _countries(named) != countries:
                    continue
                people = [p for p in named.first["actors"] + named.first["recipients"]]
                if not all(_title_fits(k, people) for k in gkeys):
                    continue
                if not compatible_dates(gdate, named.best_date()):
                    continue
                nloc = {(m.get("location") or {}).get("name") for m in named.members} - {None}
                if gloc and nloc and not gloc & nloc:
                    continue
                if any(m["article_id"] == x["article_id"] for m in g.members for x in named.members):
                    continue
                options.append(named)
        if len(options) == 1:
            for m in g.members:
                options[0].add(m)
            if order.get(g.first["id"], 0) < order.get(options[0].first["id"], 0):
                options[0].first = g.first          # the id stays that of the earliest report
            g.members = []


def event_id(first_candidate_id: str) -> str:
    return "ev-" + hashlib.sha1(first_candidate_id.encode()).hexdigest()[:12]


# -- the store side ------------------------------------------------------------------------------
def _article_meta(store, ids: Iterable[str]) -> dict[str, dict]:
    out = {}
    ids = list(set(ids))
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        marks = ",".join("?" * len(part))
        for r in store.query(f"SELECT rowid AS seq, id, source, url, outlet, title, published, published_precision "
                             f"FROM articles WHERE id IN ({marks})", tuple(part)):
            out[r["id"]] = dict(r)
        for r in store.query(f"SELECT article_id, value, precision, reason FROM inferred_dates "
                             f"WHERE article_id IN ({marks})", tuple(part)):
            out[r["article_id"]]["inferred"] = dict(r)
    return out


def infer_undated(store) -> int:
    """Date articles without a publication date through the reports they match; re-extract
    them against that anchor. Returns how many were dated."""
    from ..pipeline import save_candidates, try_extract

    rows = store.query("SELECT a.id FROM articles a LEFT JOIN inferred_dates i ON i.article_id = a.id "
                       "WHERE a.published IS NULL AND i.article_id IS NULL AND a.extracted_at IS NOT NULL")
    n = 0
    for r in rows:
        aid = r["id"]
        mine = [json.loads(x["data"]) for x in store.query("SELECT data FROM candidates WHERE article_id = ?", (aid,))]
        mains = [c for c in mine if c.get("main") and c["type"] == "CONSULT"]
        votes: Counter = Counter()
        for c in mains:
            sig = signature(c)
            if not c.get("dyad"):
                continue
            for x in store.query("SELECT data FROM candidates WHERE dyad = ? AND article_id != ? AND date IS NOT NULL "
                                 "AND length(date) = 10", (c["dyad"], aid)):
                other = json.loads(x["data"])
                if other["type"] == "CONSULT" and other.get("status") == "happened" and signature(other) == sig:
                    loc_a, loc_b = (c.get("location") or {}).get("name"), (other.get("location") or {}).get("name")
                    if loc_a and loc_b and loc_a != loc_b:
                        continue
                    votes[other["date"]] += 1
        if not votes:
            continue
        value, support = votes.most_common(1)[0]
        reason = f"inferred from {support} matching report(s) of its main meeting in other articles"
        article = store.get_article(aid)
        if article is None:
            continue
        cands, failed = try_extract(article, dt.date.fromisoformat(value), "date inferred from matching reports")
        if failed is not None:
            continue                    # it keeps the candidates of its first extraction
        with store.transaction():
            store.conn.execute("INSERT OR REPLACE INTO inferred_dates (article_id, value, precision, reason) VALUES (?,?,?,?)",
                               (aid, value, "day", reason))
            save_candidates(store, aid, cands)
        n += 1
    return n


def adopt_dyads(store) -> int:
    """A report that names the people but not their countries ("Lloyd Austin and Dong Jun met in
    Vientiane") has no dyad to be blocked by. It takes the dyad, and the people's countries and
    titles, of the reports of the same people in the same or neighbouring month that do have them."""
    rows = store.query("SELECT id, data FROM candidates WHERE dyad IS NULL AND date IS NOT NULL")
    changed = []
    for r in rows:
        c = json.loads(r["data"])
        people = [p for p in c["actors"] + c["recipients"] if p.get("kind") == "person" and p.get("name")]
        if len(people) < 2 or len(people) != len(c["actors"] + c["recipients"]):
            continue
        sig = signature(c)
        found: dict[str, dict] = {}
        for key in _date_keys(c["date"])[:3]:
            for x in store.query("SELECT data, dyad FROM candidates WHERE date >= ? AND date < ? AND dyad IS NOT NULL "
                                 "AND article_id != ?", (key, key + "~", c["article_id"])):
                other = json.loads(x["data"])
                if other["type"] == c["type"] and signature(other) == sig and compatible_dates(c["date"], other["date"]):
                    found.setdefault(x["dyad"], other)
        if len(found) != 1:
            continue
        dyad, other = next(iter(found.items()))
        known = {person_key(p): p for p in other["actors"] + other["recipients"]}
        for p in c["actors"] + c["recipients"]:
            k = known.get(person_key(p))
            if k:
                for f in ("country", "title", "sector"):
                    if not p.get(f) and k.get(f):
                        p[f] = k[f]
        c["dyad"] = dyad
        changed.append((dyad, json.dumps(c, ensure_ascii=False), r["id"]))
    if changed:
        with store.transaction():
            # the adopted candidates are merged again in their new block; their old block is rebuilt
            store.conn.executemany("UPDATE candidates SET dyad = ?, data = ?, event_id = NULL WHERE id = ?", changed)
    return len(changed)


def merge_pending(store) -> int:
    """Merge new candidates into events, block by block. Returns the number of events written."""
    while infer_undated(store):         # an article dated (and re-read) may date another: to a fixed point,
        pass                            # so that a second run has nothing left to do
    adopted = adopt_dyads(store)
    pending = store.query("SELECT DISTINCT COALESCE(dyad, '') AS d FROM candidates WHERE event_id IS NULL")
    blocks = [r["d"] for r in pending]
    if adopted and "" not in blocks:
        blocks.append("")
    written = 0
    for block in blocks:
        try:
            written += merge_block(store, block)
        except Exception as exc:        # one bad block must not cost the others their events
            import sys

            print(f"parley: could not merge the events of {block or 'no dyad'}: {type(exc).__name__}: {exc}",
                  file=sys.stderr)
    if blocks or _unchecked_claims(store):     # also when a killed run merged blocks but stopped before this
        refresh_claims(store)
    return written


def _unchecked_claims(store) -> bool:
    return bool(store.query("SELECT 1 FROM events e, json_each(e.data, '$.claims') j "
                            "WHERE json_extract(j.value, '$.verdict') IS NULL LIMIT 1"))


def merge_block(store, block: str) -> int:
    rows = store.query("SELECT c.id, c.data, a.rowid AS seq FROM candidates c JOIN articles a ON a.id = c.article_id "
                       "WHERE COALESCE(c.dyad, '') = ? ORDER BY a.rowid, c.id", (block,))
    cands = [json.loads(r["data"]) for r in rows]
    meta = _article_meta(store, {c["article_id"] for c in cands})
    events = [fuse(cl.members, meta, event_id(cl.first["id"])) for cl in cluster_block(cands)]
    with store.transaction():
        store.conn.execute("DELETE FROM events WHERE COALESCE(dyad, '') = ?", (block,))
        store.conn.executemany(
            "INSERT OR REPLACE INTO events (id, type, date, dyad, status, data, updated_at) VALUES (?,?,?,?,?,?,?)",
            [(e["id"], e["type"], e["date"], block or None, e["status"], json.dumps(e, ensure_ascii=False), time.time())
             for e in events])
        store.conn.executemany("UPDATE candidates SET event_id = ? WHERE id = ?",
                               [(e["id"], cid) for e in events for cid in e["candidate_ids"]])
    return len(events)


def refresh_claims(store) -> None:
    """Check every event's claims ("first visit since April 2023") against the events held."""
    rows = store.query("SELECT id, data FROM events WHERE json_array_length(data, '$.claims') > 0")
    if not rows:
        return
    index = defaultdict(list)
    for r in store.query("SELECT id, type, date, dyad, status, json_extract(data, '$.mode') AS mode FROM events "
                         "WHERE type = 'CONSULT'"):
        index[r["dyad"]].append(dict(r))
    updates = []
    for r in rows:
        ev = json.loads(r["data"])
        ev["claims"] = check_claims(ev, index.get(ev.get("dyad"), []))
        updates.append((json.dumps(ev, ensure_ascii=False), r["id"]))
    with store.transaction():
        store.conn.executemany("UPDATE events SET data = ? WHERE id = ?", updates)


def merge_all(store) -> int:
    """Recompute every block (after a change of the merge rules)."""
    with store.transaction():
        store.conn.execute("UPDATE candidates SET event_id = NULL")
    return merge_pending(store)
