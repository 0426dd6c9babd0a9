"""Corpus-stage speed and memory: merge N synthetic candidate events into events.

    .venv/bin/python benchmarks/bench_merge.py [--n 10000 100000] [--pair]

Each real event (a meeting of two named officials of a dyad, on a day, in a city) is reported
by 1-5 articles; reports disagree as real ones do: some give only the month, some a date one
day off, some are previews, 30% are undated, and people are named under variant spellings or by
family name alone. Candidates are written to a fresh SQLite store as the per-article stage would
write them; the benchmark times `corpus_stage.merge_pending` (people, blocking, clustering,
fusing, claims, writing events) and prints candidates per CPU-second and peak memory for each N,
the growth ratio, and the time to merge a batch of new candidates into the largest store.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import sys
import tempfile
import time
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

COUNTRIES = ["CHN", "JPN", "KOR", "USA", "IND", "RUS", "UKR", "FRA", "DEU", "GBR", "BRA", "ZAF", "AUS", "IDN", "TUR",
             "IRN", "SAU", "EGY", "NGA", "MEX"]
CITIES = [("Beijing", "CHN"), ("Tokyo", "JPN"), ("Busan", "KOR"), ("Geneva", "CHE"), ("Vientiane", "LAO"),
          ("New York", "USA"), ("Lima", "PER"), ("Istanbul", "TUR")]
SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve", "zu", "ba", "do", "fe", "gi", "ho", "ju"]
# letters only: a name's folded key keeps letters, so "Name0012" and "Name0013" would be one family
FAMILIES = [(a + b + c).capitalize() for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES][:2000]


GIVEN = [(b + a + "n").capitalize() for a in SYLLABLES for b in SYLLABLES][:256]


def person(rng: random.Random, country: str, k: int) -> dict:
    """One of three officials of a country, under one of the spellings reports use: the full name,
    a misspelt given name, the family name alone (then without country or title, as reports do)."""
    from parley.extract.names import name_key

    fam = FAMILIES[(zlib.crc32(country.encode()) + k) % len(FAMILIES)]
    given = GIVEN[(zlib.crc32(country.encode()) * 7 + k) % len(GIVEN)]
    form = rng.random()
    if form < 0.7:
        name = f"{given} {fam}"
    elif form < 0.85:
        name = f"{given[:-1]}x {fam}"
    else:
        name = fam
    full = form < 0.85
    return {"name": name, "title": "Foreign Minister" if full else None, "country": country if full else None,
            "sector": "GOV", "kind": "person", "family": fam.lower(), "name_key": name_key(name),
            "variants": [name], "basis": {"country": "in text"} if full else {}}


def candidates(n: int, seed: int = 7, start: int = 0, countries: list[str] | None = None,
               reports: float | None = None):
    """Reports of meetings: 1-5 per meeting (or, with `reports`, as many as news gives a meeting:
    exponentially distributed with that mean, a few meetings covered by hundreds of outlets);
    15% give only the month, 5% are a day off, 10% are previews, 30% come from undated articles."""
    rng = random.Random(seed)
    produced, ev = 0, start
    while produced < n:
        a, b = rng.sample(countries or COUNTRIES, 2)
        y, m, d = rng.randrange(2000, 2026), rng.randrange(1, 13), rng.randrange(1, 28)
        term = 3 * ((y - 2000) // 4)            # three offices a country, new holders every four years
        ka, kb = term + rng.randrange(3), term + rng.randrange(3)
        city, cc = rng.choice(CITIES)
        for r in range(rng.randint(1, 5) if reports is None else max(1, int(rng.expovariate(1 / reports)))):
            if produced >= n:
                break
            day = d + (1 if rng.random() < 0.05 else 0)
            roll = rng.random()
            if roll < 0.30:
                date, prec = None, None
            elif roll < 0.45:
                date, prec = f"{y:04d}-{m:02d}", "month"
            else:
                date, prec = f"{y:04d}-{m:02d}-{day:02d}", "day"
            art = f"a{ev:07d}{r}" if r < 10 else f"a{ev:07d}-{r}"
            pa, pb = person(rng, a, ka), person(rng, b, kb)
            c = {"id": f"{art}:0", "article_id": art, "kind": "event", "type": "CONSULT", "mode": "visit",
                 "contexts": [], "status": "planned" if rng.random() < 0.1 else "happened", "main": True,
                 "date": date, "date_precision": prec, "date_basis": "relative to the publication date: \"Monday\"",
                 "actors": [pa], "recipients": [pb], "dyad": "-".join(sorted((a, b))),
                 "location": {"name": city, "country": cc, "kind": "city"}, "issues": [{"id": "trade", "label": "Trade"}],
                 "statements": [], "claims": [], "score": 4.0, "summary": "x",
                 "evidence": {"event": [[0, 40]]}, "quotes": {"event": [f"{pa['name']} met {pb['name']} on Monday."]},
                 "sentences": [[0, 40, f"{pa['name']} met {pb['name']} in {city} on Monday to discuss trade."]]}
            produced += 1
            yield c
        ev += 1


def store_candidates(store, cands: list[dict]) -> None:
    """Write candidates as the per-article stage does (with their block keys and person mentions)."""
    with store.transaction():
        store.conn.executemany(
            "INSERT OR IGNORE INTO articles (id, source, format, outlet, published, published_precision, language, "
            "words, data, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(c["article_id"], f"synthetic/{c['article_id']}.txt", "txt", "Outlet", c["date"] if c["date"] and
              len(c["date"]) == 10 else None, "day" if c["date"] and len(c["date"]) == 10 else None, "en", 600,
              '{"published": {"candidates": []}}', 0.0) for c in cands])
        for c in cands:
            store.replace_candidates(c["article_id"], [c], "bench")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int, incremental: int, countries: list[str] | None = None, reports: float | None = None) -> float:
    from parley.corpus_stage import merge_pending
    from parley.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        stream = candidates(n, countries=countries, reports=reports)
        while chunk := list(itertools.islice(stream, 10_000)):    # (not all held at once: peak memory is the merge's)
            store_candidates(store, chunk)
        c0, t0 = time.process_time(), time.perf_counter()
        merge_pending(store)
        cpu, secs = time.process_time() - c0, time.perf_counter() - t0
        events = store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        print(f"{n:>9,} candidates -> {events:>8,} events in {secs:6.1f} s wall, {cpu:6.1f} s CPU "
              f"({n / cpu:>7,.0f} candidates per CPU-second), peak memory {peak_mb():.0f} MB", flush=True)
        if incremental:
            store_candidates(store, list(candidates(incremental, seed=11, start=10_000_000, countries=countries,
                                                    reports=reports)))
            c0, t0 = time.process_time(), time.perf_counter()
            merge_pending(store)
            print(f"{'':>9}   + {incremental:,} new candidates merged incrementally in "
                  f"{time.perf_counter() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU", flush=True)
        store.close()
    return cpu / n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--incremental", type=int, default=1000, help="new candidates merged into the largest store")
    ap.add_argument("--pair", action="store_true", help="one country pair only (CHN-JPN): a corpus about one "
                    "relationship, the main use case and the worst case for blocking")
    ap.add_argument("--reports", type=float, help="mean reports per meeting, exponentially distributed (default: "
                    "1-5 each): many outlets reporting one meeting")
    args = ap.parse_args()
    countries = ["CHN", "JPN"] if args.pair else None
    print(f"corpus: {'one country pair (CHN-JPN)' if args.pair else f'{len(COUNTRIES)} countries'}, 30% undated, "
          f"{'1-5' if args.reports is None else f'on average {args.reports:g}'} reports per meeting")
    per = [run(n, args.incremental if n == max(args.n) else 0, countries, args.reports) for n in args.n]
    if len(per) > 1:
        print(f"CPU per candidate, {args.n[-1]:,} vs {args.n[0]:,}: {per[-1] / per[0]:.2f}x (1.00 = linear)")


if __name__ == "__main__":
    main()
