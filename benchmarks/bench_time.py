"""Date-engine speed: articles per second for tagging and normalising alone, on one core.

    .venv/bin/python benchmarks/bench_time.py [--n 2000]

Uses generated ~600-word articles (benchmarks/synthetic.py), each tagged against its own
publication date. Prints articles/s, expressions/s and words/s.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    args = ap.parse_args()
    import synthetic
    from parley.time import tag

    texts = [synthetic.article(i) for i in range(args.n)]
    words = sum(len(t.split()) for t in texts)
    tag(texts[0], dt.date(2024, 1, 1))          # compile patterns outside the timing
    start = time.perf_counter()
    found = 0
    for i, text in enumerate(texts):
        found += len(tag(text, dt.date(2020, 1, 1) + dt.timedelta(days=i % 1500)))
    secs = time.perf_counter() - start
    print(f"date engine: {args.n} articles ({words / args.n:.0f} words each) in {secs:.2f}s on one core")
    print(f"  {args.n / secs:.0f} articles/s, {found / secs:.0f} expressions/s, {words / secs:.0f} words/s")


if __name__ == "__main__":
    main()
