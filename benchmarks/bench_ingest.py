"""Ingest benchmark: articles/s and peak memory of `parley ingest` on generated corpora.

    .venv/bin/python benchmarks/bench_ingest.py                 # 2,000 and 10,000 articles
    .venv/bin/python benchmarks/bench_ingest.py --sizes 10000 50000 --extract

Each size runs in a fresh process (so peak RSS is that run's own) on a generated corpus of
~600-word articles. Without --extract it measures the read/clean/store stage; with it, the
whole per-article stage plus merging. Memory should not grow with the corpus size.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(corpus: str, db: str, extract: bool) -> None:
    sys.path.insert(0, str(HERE.parent / "src"))
    from parley import api

    t = time.perf_counter()
    report = api.ingest([corpus], db, extract=extract)
    seconds = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": report.ingested, "seconds": seconds, "peak_mb": peak_mb,
                      "skipped": sum(report.skipped.values())}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    ap.add_argument("--extract", action="store_true", help="also run the extract and merge stages")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.extract)
        return
    sys.path.insert(0, str(HERE))
    import synthetic

    stage = "read+clean+extract+merge" if args.extract else "read+clean+store"
    print(f"parley ingest benchmark ({stage}), one process per size")
    print(f"{'articles':>9} {'seconds':>9} {'articles/s':>11} {'peak MB':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"corpus{n}"
            synthetic.write_corpus(corpus, n)
            db = Path(tmp) / f"bench{n}.db"
            cmd = [sys.executable, __file__, "--child", str(corpus), str(db)] + (["--extract"] if args.extract else [])
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"{r['articles']:>9} {r['seconds']:>9.1f} {r['articles'] / r['seconds']:>11.1f} {r['peak_mb']:>9.0f}")


if __name__ == "__main__":
    main()
