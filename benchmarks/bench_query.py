"""Query speed on a large store: the timeline page, the API and the CLI over N generated events.

    .venv/bin/python benchmarks/bench_query.py [--events 100000] [--keep DB]

Builds a store of N merged events (20 states, 30 years, three participants, a source with its
evidence each; written as the corpus stage writes them, flat tables and full-text index included),
then times the first call and the median of 5 further calls of: the web page `/` (first page, charts,
counts, filter lists), `/api/events?limit=100` (first and a deep page), and `parley timeline
--limit 100` in-process under several filters (a country pair, an actor, a date range, a text
word, an issue). Targets: `/` < 150 ms, the API < 50 ms, a filtered timeline < 300 ms.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

STATES = ["CHN", "JPN", "KOR", "USA", "IND", "RUS", "UKR", "FRA", "DEU", "GBR", "BRA", "ZAF", "AUS", "IDN", "TUR",
          "IRN", "SAU", "EGY", "NGA", "MEX"]
ISSUES = [("trade", "Trade"), ("fisheries", "Fisheries"), ("security", "Security"), ("climate", "Climate")]
WORDS = ["tariffs", "fishing", "ceasefire", "pipeline", "visas", "grain", "satellites", "vaccines", "rare", "ports"]


def event(i: int, rng: random.Random) -> dict:
    a, b = rng.sample(STATES, 2)
    y, m, d = rng.randrange(1995, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    roll = rng.random()
    date, prec = ((f"{y}-{m:02d}-{d:02d}", "day") if roll < 0.8 else (f"{y}-{m:02d}", "month") if roll < 0.9
                  else (str(y), "year") if roll < 0.97 else (None, None))
    word = rng.choice(WORDS)
    iss = rng.sample(ISSUES, rng.randint(0, 2))
    src = {"article_id": f"a{i:07d}", "url": f"https://news.example/{i}", "outlet": f"Outlet {i % 300}",
           "published": date if prec == "day" else None,
           "evidence": [{"field": "event", "text": f"The ministers of {a} and {b} discussed {word} on Monday.",
                         "start": 0, "end": 60}]}
    return {"id": f"ev-{i:07d}", "candidate_ids": [], "type": rng.choice(["CONSULT"] * 6 + ["AGREE", "REJECT", "ACCUSE"]),
            "mode": "visit", "date": date, "date_precision": prec, "status": "happened" if rng.random() < 0.9 else "planned",
            "dyad": "-".join(sorted((a, b))), "score": float(rng.randint(-8, 8)),
            "summary": f"Minister {a}{i % 50} met Minister {b}{i % 70} to discuss {word}",
            "issues": [{"id": k, "label": v} for k, v in iss], "sources": [src], "conflicts": [], "statements": [],
            "location": {"name": "Geneva", "country": "CHE", "kind": "city"},
            "actors": [{"name": f"Minister {a}{i % 50}", "country": a, "title": "Foreign Minister", "kind": "person"}],
            "recipients": [{"name": f"Minister {b}{i % 70}", "country": b, "title": "Foreign Minister", "kind": "person"}]}


def build(db: Path, n: int) -> float:
    from parley.store import Store

    rng = random.Random(5)
    t = time.perf_counter()
    with Store(db) as store:
        for start in range(0, n, 5000):
            evs = [event(i, rng) for i in range(start, min(n, start + 5000))]
            with store.transaction():           # the articles the sources cite (as the per-article stage stores them)
                store.conn.executemany(
                    "INSERT INTO articles (id, source, format, url, outlet, published, language, words, data, "
                    "ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [(s["article_id"], f"bench/{s['article_id']}.txt", "txt", s["url"], s["outlet"], s["published"],
                      "en", 600, '{"text": ""}', 0.0) for e in evs for s in e["sources"]])
            store.write_resolution([], evs)
    return time.perf_counter() - t


def timed(fn, runs: int = 5) -> tuple[float, float]:
    """(ms of the first call, median ms of the next `runs`)."""
    t = time.perf_counter()
    fn()
    first = (time.perf_counter() - t) * 1000
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return first, statistics.median(out) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, help="Build (or reuse) the store at this path.")
    args = ap.parse_args()
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from parley.cli import app as cli
    from parley.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "q.db"
        if not db.exists():
            print(f"store of {args.events:,} events built in {build(db, args.events):.0f} s")
        client = TestClient(create_app(db), base_url="http://127.0.0.1")
        deep = client.get("/api/events", params={"limit": 100})
        for _ in range(20):
            deep = client.get("/api/events", params={"limit": 100, "cursor": deep.headers["X-Next-Cursor"]})
        cursor = deep.headers["X-Next-Cursor"]
        rows = [("GET /", lambda: client.get("/"), 150),
                ("GET / (a country pair)", lambda: client.get("/", params={"between": ["CHN", "JPN"]}), 150),
                ("GET /api/events?limit=100", lambda: client.get("/api/events", params={"limit": 100}), 50),
                ("GET /api/events (page 22)", lambda: client.get("/api/events", params={"limit": 100, "cursor": cursor}), 50)]
        runner = CliRunner()
        for label, extra in (("--between CHN --between JPN", ["--between", "CHN", "--between", "JPN"]),
                             ("--actor CHN7", ["--actor", "CHN7"]), ("--from 2020-03 --to 2020-04", ["--from", "2020-03", "--to", "2020-04"]),
                             ("--text pipeline", ["--text", "pipeline"]), ("--issue fisheries", ["--issue", "fisheries"]),
                             ("--type AGREE --country Brazil", ["--type", "AGREE", "--country", "Brazil"])):
            cmd = ["timeline", "--db", str(db), "--limit", "100", "-f", "jsonl", *extra]
            rows.append((f"parley timeline --limit 100 {label}", lambda cmd=cmd: runner.invoke(cli, cmd), 300))
        print(f"{'query':<58} {'first ms':>9} {'median ms':>10} {'target':>8}")
        for label, fn, target in rows:
            first, ms = timed(fn)
            print(f"{label:<58} {first:>9.1f} {ms:>10.1f} {'<' + str(target):>8} {'ok' if ms < target else 'MISSED'}")
        print("first: the first call after the store changed (the page's charts and filter lists are then "
              "computed and kept until the events change); median: of 5 calls after it")


if __name__ == "__main__":
    main()
