"""One merged event from its candidates: the event contract of `parley events --json`.

Each field takes the best-supported, most precise value among the sources; disagreements
between sources are kept in `conflicts` (date, place, mode), never averaged away; their values
are listed in sorted order, so the same sources give the same event whatever order they came in.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from ..extract.gazetteer import gazetteer
from ..extract.lexicon import SUMMARY_VERBS, score
from ..extract.names import fold, same_name
from . import settings as S
from .features import city_names, same_city
from .keys import PRECISION_RANK, from_dateline, month_day_of, person_key
STATUS_ORDER = {"happened": 3, "background": 2, "planned": 1}


def _basis_rank(basis: str | None) -> int:
    b = (basis or "").lower()
    if b.startswith("explicit"):
        return 3
    if b.startswith("relative"):
        return 2
    if "fallback" in b or "inferred" in b:
        return 1
    return 0


def _source(c: dict, meta: dict[str, dict]) -> dict[str, Any]:
    a = meta.get(c["article_id"], {})
    evidence, seen = [], set()
    for fieldname, quotes in (c.get("quotes") or {}).items():
        spans = c["evidence"].get(fieldname, [])
        for (s, e), q in zip(spans, quotes):
            if (fieldname, s, e) in seen or (fieldname, q) in seen:
                continue                # one phrase cited twice (two mentions of one person) is shown once
            seen.update({(fieldname, s, e), (fieldname, q)})
            evidence.append({"field": fieldname, "text": q, "start": s, "end": e})
    sentences = [{"start": s, "end": e, "text": t} for s, e, t in c.get("sentences", [])]
    published = a.get("published")
    return {
        "article_id": c["article_id"],
        "path": a.get("source"),
        "url": a.get("url"),
        "outlet": a.get("outlet"),
        "title": a.get("title"),
        "published": published,
        "published_inferred": (a.get("inferred") or {}).get("value") if not published else None,
        "status": c["status"],
        "date": c.get("date"),
        "date_basis": c.get("date_basis"),
        "location": c.get("location"),
        "summary": c.get("summary"),
        "sentences": sentences,
        "evidence": evidence,
    }


def _read_other_way(members: list[dict], meta: dict[str, dict]) -> list[dict]:
    """The members, those dated by an ambiguous numeric date ("10/09/2024", read month first) read the other way
    where only that reading is near the day and month another report of the event gives in its dateline ("BAGHDAD,
    Sept 10 (KUNA)", an article of no year): a day read month first in an Iraqi outlet is no day of Sept 10's
    meeting."""
    told = {month_day_of(p) for c in members if (p := (meta.get(c["article_id"]) or {}).get("partial"))
            and not (meta.get(c["article_id"]) or {}).get("published")}
    if not told:
        return members

    def near(day: str) -> bool:
        try:
            d = dt.date.fromisoformat(day[:10])
        except ValueError:
            return False
        return any(abs((d - dt.date(d.year, m, dd)).days) <= S.FALLBACK_REACH_DAYS for m, dd in told
                   if (m, dd) != (2, 29))

    out = []
    for c in members:
        alts = [a for a in c.get("date_alternatives") or [] if len(a) == 10 and near(a)]
        if c.get("date") and len(c["date"]) == 10 and not near(c["date"]) and len(alts) == 1:
            c = {**c, "date": alts[0], "date_basis": f"{c.get('date_basis')}; read the other way ({alts[0]}), as "
                                                     f"the dateline of another report of the event gives its day"}
        out.append(c)
    return out


# a date basis quoting words with a number: a day told by its date ("March 19", "19/03"), not by a weekday
DAY_TOLD_BY_DATE = re.compile(r'"[^"]*\d[^"]*"')


def _best_date(members: list[dict], meta: dict[str, dict] | None = None
               ) -> tuple[str | None, str | None, str | None, list[dict]]:
    members = _read_other_way(members, meta or {})
    dated = [m for m in members if m.get("date")]
    if not dated:
        return None, None, None, []
    top = max(PRECISION_RANK.get(m.get("date_precision"), 0) for m in dated)
    precise = [m for m in dated if PRECISION_RANK.get(m.get("date_precision"), 0) == top]
    votes: Counter = Counter()
    # (a preview's days, "will meet ... on February 14-15", are not the meeting's where a report tells its day)
    told = any(m["status"] == "happened" for m in precise)
    spans = [(m["date"], m["date_end"]) for m in precise
             if m.get("date_end") and (m["status"] == "happened" or not told)]
    told_days = sorted({m["date"] for m in precise if _basis_rank(m.get("date_basis")) >= 2 and len(m["date"]) == 10})
    for m in precise:
        # a day within a meeting another report gives as several days ("September 16-17") is that meeting
        day = next((a for a, b in spans if a <= m["date"] <= b), m["date"])
        if _basis_rank(m.get("date_basis")) == 1 and day not in told_days:
            day = _told_before(day, told_days)
        votes[day] += 1 + 0.1 * _basis_rank(m.get("date_basis")) + (0.5 if m["status"] == "happened" else 0) \
            + (S.TOLD_BY_DATE if DAY_TOLD_BY_DATE.search(m.get("date_basis") or "") else 0)
    value = max(sorted(votes), key=lambda v: votes[v])
    chosen = next(m for m in precise if m["date"] == value)
    conflicts = []
    if len(votes) > 1:
        conflicts.append({"field": "date", "values": [
            {"value": v, "sources": sorted({m["article_id"] for m in precise if m["date"] == v})} for v in sorted(votes)],
            "chosen": value, "reason": "most sources, then the most explicit basis"})
    return value, chosen.get("date_precision"), chosen.get("date_basis"), conflicts


def _told_before(day: str, told: list[str]) -> str:
    """The latest of the `told` days (ISO, sorted) within settings.FALLBACK_REACH_DAYS before a day that only a
    publication date gives, else that day."""
    try:
        d = dt.date.fromisoformat(day)
    except ValueError:
        return day
    near = [t for t in told if 0 <= (d - dt.date.fromisoformat(t)).days <= S.FALLBACK_REACH_DAYS]
    return near[-1] if near else day


def _parties(members: list[dict], person_of: dict[str, str] | None = None,
             registry: dict | None = None) -> tuple[list[dict], list[dict]]:
    """Actors and recipients: the roles most sources give; each person once, under the corpus's
    canonical name (corpus/people.py), with the most frequent title."""
    person_of, registry = person_of or {}, registry or {}
    roles: Counter = Counter()
    people: dict[str, list[dict]] = {}
    for m in members:
        for role in ("actors", "recipients"):
            for p in m[role]:
                pid = person_of.get(p.get("name_key") or "") if p.get("kind") == "person" else None
                k = f"p:{pid}" if pid else person_key(p)
                people.setdefault(k, []).append(p)
                roles[(k, role)] += 2 if m["status"] == "happened" else 1

    def most(ps: list[dict], f: str):
        values = [p[f] for p in ps if p.get(f)]
        if not values:
            return None
        if values.count(values[0]) == len(values):      # (most often one value: no count needed)
            return values[0]
        return Counter(values).most_common(1)[0][0]

    best = {}
    for k, ps in people.items():
        known = registry.get(k[2:]) if k.startswith("p:") else None
        best[k] = {"name": known.name if known else max((p["name"] for p in ps if p.get("name")), key=len, default=None),
                   "title": most(ps, "title") or (known.title if known else None),
                   "country": most(ps, "country") or (known.country if known else None),
                   "sector": most(ps, "sector"), "kind": ps[0].get("kind")}
        if known:
            best[k]["person_id"] = known.id
    # a person named by one word only ("Prince Mohammed") is the event's one fuller name that holds it
    # ("Mohammed bin Salman"), unless their countries differ
    for k in [k for k, b in best.items() if b["kind"] == "person" and b["name"] and len(b["name"].split()) == 1]:
        fuller = [k2 for k2, b2 in best.items() if k2 != k and b2["kind"] == "person" and b2["name"]
                  and len(b2["name"].split()) > 1 and same_name(b2["name"], best[k]["name"])
                  and (not best[k]["country"] or not b2["country"] or best[k]["country"] == b2["country"])]
        if len(fuller) == 1:
            for role in ("actors", "recipients"):
                roles[(fuller[0], role)] += roles.pop((k, role), 0)
            del best[k]
    named_countries = {b["country"] for k, b in best.items() if k.startswith("p:")}
    actors, recipients = [], []
    for k, b in best.items():
        if k.startswith("g:") and b["country"] in named_countries and (not b["name"] or b["kind"] == "state"):
            continue            # "the heads of the two countries", "the United States", once the heads are named
        (recipients if roles[(k, "recipients")] > roles[(k, "actors")] else actors).append(b)
    if not actors and recipients:
        actors, recipients = recipients, []
    return actors, recipients


PLACE_BASIS_WEIGHT = {"capital": 0.3, "another sentence": 0.8, "caption": 0.8, "title": 0.8, "dateline": 0.8}


def _place_weight(loc: dict) -> float:
    basis = loc.get("basis") or ""
    return next((w for k, w in PLACE_BASIS_WEIGHT.items() if basis.startswith(k)), 1.0)


def _one_city_names(locs: list[tuple[dict, str]]) -> dict[tuple[str, str | None], str]:
    """Of the cities reports name, those that are one city under two names ("Delhi", "New Delhi": features.same_city),
    each (folded name, country) -> the name of both, the more precise (the one that names fewer cities)."""
    names = sorted({(fold(loc["name"]), loc["country"]) for loc, _ in locs if loc.get("kind") != "country"})
    out: dict[tuple[str, str | None], str] = {}
    for n, c in names:
        same = [m for m, d in names if d == c and same_city(n, m, c)]
        out[(n, c)] = min(same, key=lambda m: (len(city_names(m, c)), m))
    return out


def _location(members: list[dict], call: bool = False) -> tuple[dict | None, list[dict]]:
    """The place most reports give, a city or venue before a country; a place a report only
    inferred (the host's capital) weighs less than one the text names. Spellings of one place that
    differ only in diacritics ("Belém", "Belem") are one place, shown as most reports write it (with
    its diacritics where as many write it so). A `call` is not where its reports were filed (their datelines)."""
    locs = [(m["location"], m["article_id"]) for m in members if m.get("location")
            and not (call and from_dateline(m["location"]))]
    if not locs:
        return None, []
    votes: Counter = Counter()
    spellings: dict[tuple, Counter] = {}
    one_city = _one_city_names(locs)

    def city(loc: dict) -> str:
        return one_city.get((fold(loc["name"]), loc["country"]), fold(loc["name"]))

    for loc, _ in locs:
        key = (city(loc), loc["country"], loc.get("kind") != "country")
        votes[key] += _place_weight(loc)
        spellings.setdefault(key, Counter())[loc["name"]] += 1
    fine = {k: v for k, v in votes.items() if k[2]}
    pool = fine or votes
    by_country: Counter = Counter()
    for (n, c, _), v in votes.items():
        by_country[c] += v
    key = max(sorted(pool), key=lambda k: (pool[k] + 0.5 * by_country[k[1]], -len(k[0])))
    shown = {k: max(sorted(w), key=lambda n: (fold(n) == k[0], w[n], not n.isascii())) for k, w in spellings.items()}
    name, country = shown[key], key[1]
    out = {"name": name, "country": country}
    venues = Counter(loc.get("venue") for loc, _ in locs if loc.get("venue") and city(loc) == key[0])
    if venues:
        out["venue"] = max(sorted(venues), key=lambda v: venues[v])
    conflicts = []
    cities = sorted({(k[0], k[1]) for k in spellings if k[2]})
    if len(cities) > 1:
        conflicts.append({"field": "location", "values": [
            {"value": f"{shown[(n, c, True)]}, {c}", "sources": sorted(
                {a for loc, a in locs if (city(loc), loc["country"]) == (n, c) and loc.get("kind") != "country"})}
            for n, c in cities], "chosen": name})
    return out, conflicts


def fuse(members: list[dict], meta: dict[str, dict], eid: str, person_of: dict[str, str] | None = None,
         registry: dict | None = None) -> dict[str, Any]:
    first = members[0]
    date, precision, basis, conflicts = _best_date(members, meta)
    modes = Counter(m["mode"] for m in members if m.get("mode"))
    mode = modes.most_common(1)[0][0] if modes else None
    location, loc_conflicts = _location(members, call=mode == "phone")
    conflicts += loc_conflicts
    if len(modes) > 1 and first["type"] == "CONSULT":
        conflicts.append({"field": "mode", "values": [{"value": k, "sources": sorted(
            {m["article_id"] for m in members if m.get("mode") == k})} for k in sorted(modes)], "chosen": mode})
    status = max((m["status"] for m in members), key=lambda s: STATUS_ORDER.get(s, 0))
    actors, recipients = _parties(members, person_of, registry)
    issues: dict[str, dict] = {}
    contexts: list[str] = []
    statements, seen_st = [], set()
    claims, seen_cl = [], set()
    for m in members:
        for i in m.get("issues", []):
            issues.setdefault(i["id"], {"id": i["id"], "label": i["label"], "sources": []})
            if m["article_id"] not in issues[i["id"]]["sources"]:
                issues[i["id"]]["sources"].append(m["article_id"])
        contexts += [x for x in m.get("contexts", []) if x not in contexts]
        for st in m.get("statements", []):
            key = (st["text"], st.get("category"))
            if key not in seen_st:
                seen_st.add(key)
                statements.append(dict(st, article_id=m["article_id"]))
        for cl in m.get("claims", []):
            if cl["text"] not in seen_cl:
                seen_cl.add(cl["text"])
                claims.append(dict(cl, article_id=m["article_id"]))
    # a dyad is of states only: an organisation (UNO, EUR, IGO...) stays a participant, not a side
    states = gazetteer().country_name
    dyad = "-".join(sorted({p["country"] for p in actors + recipients if p.get("country") in states})) or None
    # sources in the order of their reports (publication date, then id), whatever the order of ingestion
    sources = [_source(m, meta) for m in sorted(members, key=lambda m: (
        (meta.get(m["article_id"]) or {}).get("published") or ((meta.get(m["article_id"]) or {}).get("inferred") or {})
        .get("value") or "9999", m["article_id"], m["id"]))]
    ev = {
        "id": eid,
        "type": first["type"],
        "mode": mode,
        "contexts": contexts,
        "date": date,
        "date_precision": precision,
        "date_basis": basis,
        "status": status,
        "actors": [{k: p.get(k) for k in ("name", "title", "country", "sector", "person_id") if k in p} for p in actors],
        "recipients": [{k: p.get(k) for k in ("name", "title", "country", "sector", "person_id") if k in p}
                       for p in recipients],
        "location": location,
        "issues": list(issues.values()),
        "summary": "",
        "score": score(first["type"], mode),
        "dyad": dyad,
        "statements": statements,
        "claims": claims,
        "sources": sources,
        "conflicts": conflicts,
        "candidate_ids": [m["id"] for m in members],
    }
    ev["summary"] = summarise(ev)
    return ev


def summarise(ev: dict) -> str:
    def who(p: dict) -> str:
        role = " ".join(x for x in (p.get("country"), p.get("title")) if x)
        return f"{p['name']} ({role})" if p.get("name") else (role or "unnamed party")

    verb = SUMMARY_VERBS.get(ev["type"], ev["type"].lower())
    if ev["status"] == "planned":
        verb = "will meet" if ev["type"] == "CONSULT" else f"plans: {verb}"
    left = ", ".join(who(p) for p in ev["actors"]) or "?"
    right = ", ".join(who(p) for p in ev["recipients"])
    if right:
        s = f"{left} {verb} {right}"
    else:
        s = f"{left} {'met' if ev['type'] == 'CONSULT' and ev['status'] != 'planned' else verb}".strip()
    if ev.get("location"):
        s += f" in {ev['location']['name']}"
        if ev["location"]["name"] != ev["location"].get("country"):
            s += f" ({ev['location']['country']})"
    if ev.get("mode"):
        s += f" [{ev['mode']}]"
    return s
