"""Scoring events against a hand-checked gold timeline (the shape of `news-dev`: articles/,
sources.jsonl, gold.json).

Two views of one ingest:
- **per article**: for each (article, gold event it reports) pair, whether the article's own
  candidate events hold the gold participants (family names), the gold date (exact, at day
  precision) and the gold city and country; an undated article counts with the date the corpus
  stage gave it, since it is scored after the whole ingest;
- **merged events**: the figures `score_events.py` prints: gold events found with their exact
  date, the place right among them, the share of a gold event's articles merged into its event,
  duplicates (same people, same month) and events of the gold people on a wrong date.

Pure: functions here take gold, events and candidates as plain dicts and return figures; running
the ingest is the library API's job (`api.eval_events`).
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE_NUMBER = re.compile(r"(?<![0-9])([0-9]{3})_[A-Za-z0-9-]")


@dataclass
class GoldCorpus:
    """A corpus folder: gold.json, sources.jsonl and articles/."""

    root: Path
    gold: dict
    sources: list[dict]

    @classmethod
    def load(cls, root: str | Path) -> "GoldCorpus":
        root = Path(root)
        gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
        sources = [json.loads(line) for line in (root / "sources.jsonl").read_text(encoding="utf-8").splitlines()
                   if line.strip()]
        return cls(root, gold, sources)

    @property
    def family(self) -> dict[str, str]:
        return self.gold["family_names"]

    def number_of_file(self, path: str) -> str | None:
        m = ARTICLE_NUMBER.search(Path(path).name)
        return m.group(1) if m else None

    def articles_of(self, gid: str) -> set[str]:
        return {a for a, evs in self.gold["articles"].items() if gid in evs}


def _tokens(name: str | None) -> set[str]:
    return {t for t in re.split(r"[\s\-.,']+", (name or "").lower()) if t}


def names_of(ev: dict) -> list[str]:
    out = []
    for key in ("actors", "recipients", "participants"):
        for p in ev.get(key) or []:
            out.append((p.get("name") if isinstance(p, dict) else p) or "")
    return out


def has_person(family: str, names: list[str]) -> bool:
    variants = set(family.lower().split("|"))
    return any(variants & _tokens(n) for n in names)


def covers(corpus: GoldCorpus, people: list[str], names: list[str]) -> bool:
    need = len(people) if len(people) > 2 else 2
    return sum(1 for p in people if has_person(corpus.family[p], names)) >= need


def family_set(corpus: GoldCorpus, names: list[str]) -> frozenset[str]:
    return frozenset(f for f in corpus.family.values() if has_person(f, names))


def place_right(g: dict, loc: dict | None) -> bool:
    loc = loc or {}
    cities = {g["city"].lower(), *(c.lower() for c in g.get("city_aliases", []))}
    return (loc.get("name") or "").lower() in cities and (loc.get("country") or "").upper() == g["country"]


@dataclass
class ArticleScore:
    pairs: int = 0
    participants: int = 0
    date: int = 0
    place: int = 0
    all: int = 0
    misses: list[str] = field(default_factory=list)

    def share(self, n: int) -> float:
        return n / self.pairs if self.pairs else 0.0

    def line(self) -> str:
        return (f"per article: pairs={self.pairs} participants={self.share(self.participants):.2f} "
                f"date={self.share(self.date):.2f} place={self.share(self.place):.2f} "
                f"all={self.share(self.all):.2f}")


def score_articles(corpus: GoldCorpus, candidates: dict[str, list[dict]]) -> ArticleScore:
    """candidates: article number ("001") -> that article's candidate events (after the ingest)."""
    out = ArticleScore()
    for art, gids in sorted(corpus.gold["articles"].items()):
        for gid in gids:
            g = corpus.gold["events"][gid]
            out.pairs += 1
            mine = [c for c in candidates.get(art, []) if covers(corpus, g["participants"], names_of(c))]
            p = bool(mine)
            d = any(c.get("date") == g["date"] for c in mine)
            pl = any(place_right(g, c.get("location")) for c in mine)
            a = any(c.get("date") == g["date"] and place_right(g, c.get("location")) for c in mine)
            out.participants += p
            out.date += d
            out.place += pl
            out.all += a
            if not a:
                if art not in candidates:
                    why = "article not stored (skipped?)"
                else:
                    shown = mine or candidates.get(art, [])
                    why = "; ".join(f"{'+' if c in mine else '-'}[{c.get('status')}] {c.get('date')} "
                                    f"{'/'.join(n for n in names_of(c) if n) or '?'} @ "
                                    f"{(c.get('location') or {}).get('name')},{(c.get('location') or {}).get('country')}"
                                    for c in shown[:4]) or "no candidates"
                out.misses.append(f"{art} {gid} gold={g['date']} {g['city']},{g['country']}: "
                                  f"{'P' if p else 'p'}{'D' if d else 'd'}{'L' if pl else 'l'}  {why}")
    return out


@dataclass
class EventScore:
    events: int
    found: int
    loc: int
    merge: float
    dup: int
    wrongdate: int
    n: int
    rows: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"score: found={self.found}/{self.n} loc={self.loc} merge={self.merge:.2f} "
                f"dup={self.dup} wrongdate={self.wrongdate}")


def score_events(corpus: GoldCorpus, events: list[dict], articles_of_event) -> EventScore:
    """The merged-event figures of score_events.py; `articles_of_event(ev)` gives the gold article
    numbers among an event's sources."""
    gold = corpus.gold
    fam = corpus.family
    found = loc = dup = 0
    recall: list[float] = []
    rows: list[str] = []
    for gid, g in gold["events"].items():
        cands = [ev for ev in events if covers(corpus, g["participants"], names_of(ev))]
        exact = [ev for ev in cands if (ev.get("date") or "") == g["date"]]
        gfams = frozenset(fam[p] for p in g["participants"])
        other_days = {k["date"] for k in gold.get("known_secondary", [])
                      if len(k["date"]) == 10 and k["date"] != g["date"]
                      and frozenset(fam[p] for p in k["participants"]) == gfams}
        same_month = [ev for ev in cands if (ev.get("date") or "")[:7] == g["date"][:7]
                      and family_set(corpus, names_of(ev)) == gfams and (ev.get("date") or "") not in other_days]
        d = max(0, len(same_month) - 1)
        dup += d
        want = corpus.articles_of(gid)
        best = None
        if exact:
            best = max(exact, key=lambda ev: len(articles_of_event(ev) & want))
            found += 1
            loc += place_right(g, best.get("location"))
            recall.append(len(articles_of_event(best) & want) / len(want))
        else:
            recall.append(0.0)
        got = sorted(articles_of_event(best)) if best else []
        rows.append(f"{gid:<4}gold={g['date']} found={bool(exact)} dates={[ev.get('date') for ev in cands][:6]} "
                    f"dup={d} loc={(best or {}).get('location')} arts={got} gold_arts={sorted(want)}")
    allowed: dict[frozenset, set] = defaultdict(set)
    for g in list(gold["events"].values()) + gold.get("known_secondary", []):
        allowed[frozenset(fam[p] for p in g["participants"])].add(g["date"])
    wrong = 0
    for ev in events:
        fams = family_set(corpus, names_of(ev))
        keys = [k for k in allowed if k == fams] or [k for k in allowed if k <= fams and len(k) >= 2]
        if not keys:
            continue
        dates = set().union(*(allowed[k] for k in keys))
        d = ev.get("date") or ""
        if d not in dates and not any(x.startswith(d) or d.startswith(x) for x in dates if len(x) < 10 or len(d) < 10):
            wrong += 1
            rows.append(f"wrong-date event: {sorted(fams)} {d!r} {ev.get('id')}")
    n = len(gold["events"])
    return EventScore(len(events), found, loc, sum(recall) / n if n else 0.0, dup, wrong, n, rows)


NON_PERSON = re.compile(r"^(?:reuters|afp|ap|kyodo|xinhua|yonhap|tass|ria|bloomberg|dpa|ani|pti|ians|bernama|"
                        r"associated press|agence france-presse)$", re.I)


def bad_participants(candidates: dict[str, list[dict]], is_place_or_org) -> list[str]:
    """Participants of meetings between people that are not people or states: agencies, cities,
    forums and organisations named as a party of a meeting between states' officials."""
    out = []
    for art, cands in sorted(candidates.items()):
        for c in cands:
            if c.get("type") != "CONSULT":
                continue
            parts = (c.get("actors") or []) + (c.get("recipients") or [])
            if not any(p.get("kind") == "person" for p in parts):
                continue
            for p in parts:
                name = p.get("name") or ""
                if p.get("kind") == "org" or NON_PERSON.match(name) or (p.get("kind") == "person" and is_place_or_org(name)):
                    out.append(f"{art}: {name!r} ({p.get('kind')}) in {c.get('summary') or c.get('id')}")
    return out


def score_pubdates(corpus: GoldCorpus, published: dict[str, str | None]) -> tuple[int, int, list[str]]:
    """Of the articles whose gold has a publication date, how many got exactly that date."""
    right, total, misses = 0, 0, []
    for s in corpus.sources:
        want = s.get("publication_date")
        num = corpus.number_of_file(s["file"])
        if not want or num is None:
            continue
        total += 1
        got = published.get(num)
        if got == want:
            right += 1
        else:
            misses.append(f"{num}: gold {want}, got {got}")
    return right, total, misses
