"""Full-text search speed: the timeline's `text` filter (web `q`, CLI `--text`) on a store of
20,000 articles, one event each, through the FTS5 indexes of schema 8.

    .venv/bin/python benchmarks/bench_fts.py [--n 20000] [--db /tmp/bench_fts.db]

Articles and events are generated (no extraction: this measures the store, not the pipeline) and
written through Store.add_article and Store.write_resolution, as an ingest writes them. Prints
build time and the median of several runs of: the FTS query alone, `select_events(text=...)` for a
rare evidence word (a few events) and for a common one (thousands), and an article search.
Target: a rare word under 50 ms.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from parley.export.query import EventFilter, select_events  # noqa: E402
from parley.records import Article, PublicationDate  # noqa: E402
from parley.store import Store  # noqa: E402
from parley.store_flat import search_articles  # noqa: E402

WORDS = ("talks ministers border trade summit envoy security fishing quota tariffs alliance navy drills "
         "sanctions embassy statement delegation agreement visit ceasefire energy grain port minerals").split()
STATES = [("China", "CHN"), ("Japan", "JPN"), ("India", "IND"), ("Brazil", "BRA"), ("Norway", "NOR"),
          ("Vietnam", "VNM"), ("Kenya", "KEN"), ("Chile", "CHL"), ("Turkey", "TUR"), ("Canada", "CAN")]


def build(path: Path, n: int, rare_every: int) -> float:
    rnd = random.Random(14)
    t0 = time.perf_counter()
    with Store(path) as store:
        for lo in range(0, n, 1000):
            arts, evs = [], []
            for i in range(lo, min(n, lo + 1000)):
                (an, ac), (bn, bc) = rnd.sample(STATES, 2)
                rare = " quinquereme" if i % rare_every == 0 else ""
                sentence = f"{an} and {bn} held {rnd.choice(WORDS)} talks on {rnd.choice(WORDS)}{rare}."
                text = " ".join([sentence] + [" ".join(rnd.choices(WORDS, k=12)) + "." for _ in range(40)])
                aid = f"a{i:06d}"
                arts.append(Article(id=aid, source=f"{aid}.txt", format="text", text=text, paragraphs=[],
                                    sentences=[], removed=[], published=PublicationDate("2024-01-01", "day", "bench",
                                                                                        None, []),
                                    language="en", language_score=1.0, url=f"https://news.example/{aid}",
                                    outlet="Bench", title=sentence[:40]))
                day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
                evs.append({"id": f"ev-{i:06d}", "type": "CONSULT", "mode": None, "date": day, "date_precision": "day",
                            "date_basis": "bench", "status": "happened", "score": 1.0,
                            "dyad": "-".join(sorted((ac, bc))), "summary": f"{an} met {bn}",
                            "actors": [{"name": None, "country": ac}], "recipients": [{"name": None, "country": bc}],
                            "location": None, "issues": [], "statements": [], "claims": [], "conflicts": [],
                            "candidate_ids": [],
                            "sources": [{"article_id": aid, "url": f"https://news.example/{aid}", "outlet": "Bench",
                                         "published": "2024-01-01",
                                         "evidence": [{"field": "event", "text": sentence, "start": 0,
                                                       "end": len(sentence)}]}]})
            with store.transaction():
                for a in arts:
                    store.add_article(a)
            store.write_resolution([], evs)
    return time.perf_counter() - t0


def timed(fn, runs: int = 7) -> tuple[float, int]:
    out, n = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = len(fn())
        out.append((time.perf_counter() - t0) * 1000)
    return statistics.median(out), n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--db", default="/tmp/bench_fts.db")
    args = ap.parse_args()
    path = Path(args.db)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    secs = build(path, args.n, rare_every=2000)
    print(f"built {args.n} articles and events in {secs:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
    with Store(path) as store:
        checks = [
            ("FTS5 query alone, rare word", lambda: store.query(
                "SELECT rowid FROM event_fts WHERE event_fts MATCH ?", ('"quinquereme"',))),
            ("select_events(text=rare word)", lambda: select_events(store, EventFilter(text="quinquereme"))),
            ("select_events(text=rare, country=CHN)", lambda: select_events(store, EventFilter(text="quinquereme",
                                                                                                country="CHN"))),
            ("select_events(text=common word)", lambda: select_events(store, EventFilter(text="fishing"))),
            ("article search, two words", lambda: search_articles(store.conn, "ceasefire minerals")),
        ]
        for label, fn in checks:
            ms, n = timed(fn)
            print(f"{label:42s} {ms:8.1f} ms  ({n} rows)")


if __name__ == "__main__":
    main()
