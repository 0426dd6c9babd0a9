"""Corpus-stage speed and memory: merge N synthetic candidate events into events.

    .venv/bin/python benchmarks/bench_merge.py [--n 10000 100000]

Each real event (a meeting of two named officials of a dyad, on a day, in a city) is reported
by 1-5 articles; reports disagree as real ones do: some give only the month, some a date one
day off, some are previews. Candidates are written to a fresh SQLite store as the per-article
stage would write them; the benchmark times `merge_pending` (blocking, clustering, fusing,
claims, writing events) and prints events/s and peak memory for each N, so growth with N can
be read off (near-linear when blocking works).
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

COUNTRIES = ["CHN", "JPN", "KOR", "USA", "IND", "RUS", "UKR", "FRA", "DEU", "GBR", "BRA", "ZAF", "AUS", "IDN", "TUR",
             "IRN", "SAU", "EGY", "NGA", "MEX"]
CITIES = [("Beijing", "CHN"), ("Tokyo", "JPN"), ("Busan", "KOR"), ("Geneva", "CHE"), ("Vientiane", "LAO"),
          ("New York", "USA"), ("Lima", "PER"), ("Istanbul", "TUR")]
FAMILIES = [f"Name{i:04d}" for i in range(2000)]


def person(rng: random.Random, country: str, k: int) -> dict:
    fam = FAMILIES[(hash(country) + k) % len(FAMILIES)]
    return {"name": f"Given {fam}", "title": "Foreign Minister", "country": country, "sector": "GOV",
            "kind": "person", "family": fam.lower()}


def candidates(n: int, seed: int = 7):
    rng = random.Random(seed)
    produced, ev = 0, 0
    while produced < n:
        a, b = rng.sample(COUNTRIES, 2)
        pa, pb = person(rng, a, rng.randrange(3)), person(rng, b, rng.randrange(3))
        y, m, d = rng.randrange(2000, 2026), rng.randrange(1, 13), rng.randrange(1, 28)
        city, cc = rng.choice(CITIES)
        for r in range(rng.randint(1, 5)):
            if produced >= n:
                break
            day = d + (1 if rng.random() < 0.05 else 0)
            date, prec = (f"{y:04d}-{m:02d}-{day:02d}", "day") if rng.random() > 0.15 else (f"{y:04d}-{m:02d}", "month")
            art = f"a{ev:07d}{r}"
            c = {"id": f"{art}:0", "article_id": art, "kind": "event", "type": "CONSULT", "mode": "visit",
                 "contexts": [], "status": "planned" if rng.random() < 0.1 else "happened", "main": True,
                 "date": date, "date_precision": prec, "date_basis": "relative to the publication date: \"Monday\"",
                 "actors": [pa], "recipients": [pb], "dyad": "-".join(sorted((a, b))),
                 "location": {"name": city, "country": cc, "kind": "city"}, "issues": [{"id": "trade", "label": "Trade"}],
                 "statements": [], "claims": [], "score": 4.0, "summary": "x",
                 "evidence": {"event": [[0, 40]]}, "quotes": {"event": ["Minister A met minister B on Monday."]},
                 "sentences": [[0, 40, "Minister A met minister B on Monday."]]}
            produced += 1
            yield c
        ev += 1


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int) -> None:
    from parley.corpus.merge import merge_pending
    from parley.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        cands = list(candidates(n))
        with store.transaction():
            store.conn.executemany(
                "INSERT OR IGNORE INTO articles (id, source, format, outlet, published, language, words, data, ingested_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                [(c["article_id"], f"synthetic/{c['article_id']}.txt", "txt", "Outlet", c["date"][:10], "en", 600, "{}", 0.0)
                 for c in cands])
            store.conn.executemany(
                "INSERT INTO candidates (id, article_id, kind, date, dyad, data, event_id) VALUES (?,?,?,?,?,?,NULL)",
                [(c["id"], c["article_id"], c["kind"], c["date"], c["dyad"], json.dumps(c)) for c in cands])
        del cands
        t0 = time.perf_counter()
        events = merge_pending(store)
        secs = time.perf_counter() - t0
        store.close()
    print(f"{n:>8,} candidates -> {events:>8,} events in {secs:6.1f} s "
          f"({n / secs:>8,.0f} candidates/s), peak memory {peak_mb():.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000])
    for n in ap.parse_args().n:
        run(n)


if __name__ == "__main__":
    main()
