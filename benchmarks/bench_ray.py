"""The per-article stage on Ray: one actor against two (and the plain local run), same articles.

    .venv/bin/python benchmarks/bench_ray.py [--n 240] [--workers 1 2]

Runs `pipeline.process_document` over generated ~600-word articles (benchmarks/synthetic.py)
through the local runner and through `RayRunner` pools of each size, and prints wall seconds,
articles/s and the speed-up against one Ray worker, all in one run. The model load of each pool
happens before the clock starts (actors load spaCy once, when they start). Checks that every
runner gives the same candidates. On a machine with C cores, a pool of up to C workers should
approach that many times one worker; the driver (here: collecting results) shares the cores.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))


def fingerprint(results) -> list[str]:
    return sorted(json.dumps([r.article.id, r.candidates], sort_keys=True, default=str) for r in results)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=240)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    import ray

    import synthetic
    from parley.distributed import RayRunner
    from parley.nlp import nlp
    from parley.pipeline import Runner, process_document
    from parley.records import RawDocument

    docs = [RawDocument(f"synthetic/{i:06d}.txt", synthetic.article(i), "txt", group="synthetic") for i in range(args.n)]
    work = [(d, frozenset(), True) for d in docs]
    nlp()
    process_document(*work[0])
    rows, prints = [], {}
    t = time.perf_counter()
    prints["local"] = fingerprint(Runner().map(process_document, work))
    rows.append(("local (no Ray)", time.perf_counter() - t))
    ray.init(num_cpus=max(args.workers), include_dashboard=False, log_to_driver=False, configure_logging=False)
    for w in args.workers:
        runner = RayRunner(workers=w)
        list(runner.map(process_document, work[:2 * w]))       # actors started, model loaded
        t = time.perf_counter()
        prints[w] = fingerprint(runner.map(process_document, work))
        rows.append((f"ray, {w} worker{'s' if w > 1 else ''}", time.perf_counter() - t))
        runner.close()
    ray.shutdown()
    one = dict(rows).get("ray, 1 worker")
    print(f"per-article stage on {args.n} articles")
    print(f"{'runner':<16} {'wall s':>8} {'art/s':>7} {'vs 1 worker':>12}")
    for name, s in rows:
        ratio = f"{one / s:.2f}x" if one else "-"
        print(f"{name:<16} {s:8.1f} {args.n / s:7.1f} {ratio:>12}")
    same = all(p == prints["local"] for p in prints.values())
    print(f"same candidates from every runner: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
