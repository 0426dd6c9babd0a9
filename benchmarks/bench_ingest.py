"""Ingest benchmark: articles/s and peak memory of `parley ingest` on generated corpora.

    .venv/bin/python benchmarks/bench_ingest.py                 # 2,000 and 10,000 articles
    .venv/bin/python benchmarks/bench_ingest.py --sizes 10000 50000 --extract
    .venv/bin/python benchmarks/bench_ingest.py --sizes 300 --extract --baseline
    .venv/bin/python benchmarks/bench_ingest.py --sizes 10000 100000 --short

Each size runs in a fresh process (so peak RSS is that run's own) on a generated corpus of
~600-word articles (--short: ~150 words). Without --extract it measures the read/clean/store
stage; with it, what a user waits for: read, clean, extract, merge, store. Memory should not grow
with the corpus size, nor the CPU time per article (printed in ms). --baseline also runs spaCy's
parse-everything baseline (every component of the shipped model over each whole article, as in
bench_extract.py) on the same texts in a fresh process and prints the ratio of CPU seconds.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(corpus: str, db: str, extract: bool) -> None:
    sys.path.insert(0, str(HERE.parent / "src"))
    from parley import api

    t, c = time.perf_counter(), time.process_time()
    report = api.ingest([corpus], db, extract=extract)
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": report.ingested, "seconds": seconds, "cpu": cpu, "peak_mb": peak_mb,
                      "skipped": sum(report.skipped.values())}))


def baseline_child(corpus: str) -> None:
    """CPU seconds of spaCy's parse-everything baseline over the corpus's texts (model load excluded)."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parent / "src"))
    from bench_extract import baseline

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(corpus).rglob("*.txt"))]
    print(json.dumps({"cpu": baseline(texts)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    ap.add_argument("--extract", action="store_true", help="also run the extract and merge stages")
    ap.add_argument("--short", action="store_true", help="~150-word articles")
    ap.add_argument("--baseline", action="store_true", help="also spaCy's parse-everything baseline, and the ratio")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--baseline-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.extract)
        return
    if args.baseline_child:
        baseline_child(args.baseline_child)
        return
    sys.path.insert(0, str(HERE))
    import synthetic

    stage = "read+clean+extract+merge" if args.extract else "read+clean+store"
    print(f"parley ingest benchmark ({stage}), one process per size")
    print(f"{'articles':>9} {'seconds':>9} {'CPU-s':>8} {'articles/s':>11} {'ms/article':>11} {'peak MB':>9}")
    per = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"corpus{n}"
            synthetic.write_corpus(corpus, n, short=args.short)
            db = Path(tmp) / f"bench{n}.db"
            cmd = [sys.executable, __file__, "--child", str(corpus), str(db)] + (["--extract"] if args.extract else [])
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            per.append(r["cpu"] / max(r["articles"], 1))
            print(f"{r['articles']:>9} {r['seconds']:>9.1f} {r['cpu']:>8.1f} {r['articles'] / r['seconds']:>11.1f} "
                  f"{1000 * per[-1]:>11.1f} {r['peak_mb']:>9.0f}", flush=True)
            if args.baseline:
                out = subprocess.run([sys.executable, __file__, "--baseline-child", str(corpus)], capture_output=True,
                                     text=True, check=True).stdout
                base = json.loads(out.strip().splitlines()[-1])["cpu"]
                print(f"{'':>9} baseline (spaCy, every component, whole articles): {base:.1f} CPU-s; "
                      f"ratio ingest / baseline: {base / r['cpu']:.2f}x", flush=True)
            shutil.rmtree(corpus)
    if len(per) > 1:
        print(f"CPU per article, {args.sizes[-1]:,} vs {args.sizes[0]:,}: {per[-1] / per[0]:.2f}x (1.00 = flat)")


if __name__ == "__main__":
    main()
