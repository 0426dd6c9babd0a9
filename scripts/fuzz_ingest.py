"""Fuzz ingest -> extract -> merge with random inputs and print cases, crashes and hangs.

The long version of tests/test_ingest_properties.py: the same inputs (tests/fuzz_inputs.py:
mutated articles in many encodings, JSON Lines with random JSON values, folders of files with
random names and kinds) and the same properties, over many more cases. Each case is one folder
ingested twice into a fresh database (extraction and merge included):
- crash: an exception escaped `parley.api.ingest`;
- property: an input not accounted for (stored, already present or skipped with a reason), a
  reason on more than one line, or a second run that changed the database;
- caught: a bug that isolation turned into a reason (internal-error, extract-error);
- hang: a case that ran longer than --hang seconds (the per-article budget is --budget).
Workers run in parallel, each with its own seed; a worker silent for --hang seconds is stopped
and counted as a hang. Failing inputs are kept under --keep for reproduction.

    .venv/bin/python scripts/fuzz_ingest.py                    # 20,000 cases on 2 workers
    .venv/bin/python scripts/fuzz_ingest.py --cases 500 --workers 1 --seed 7
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import pickle
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def worker(index: int, cases: int, seed: int, keep: str, queue) -> None:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    import fuzz_inputs as fz

    count = 0

    @hypothesis_seed(seed)
    @settings(max_examples=cases, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(fz.one_case)
    def case(entries):
        nonlocal count
        count += 1
        started = time.perf_counter()
        result: dict = {"worker": index, "case": count}
        with tempfile.TemporaryDirectory(prefix="fuzz") as tmp:
            try:
                outcome = fz.run_entries(entries, Path(tmp))
            except Exception as exc:                  # an exception escaped the ingest: a crash
                result["crash"] = f"{type(exc).__name__}: {exc}"[:300]
                result["trace"] = traceback.format_exc(limit=-6)
            else:
                result["inputs"] = outcome.inputs
                result["stored"] = outcome.stored
                result["caught"] = [p.detail[:200] for p in outcome.problems
                                    if p.reason in ("internal-error", "extract-error")]
                result["timeouts"] = sum(p.reason == "extract-timeout" for p in outcome.problems)
                try:
                    fz.check(outcome)
                except AssertionError as exc:
                    result["property"] = str(exc)[:300]
        result["seconds"] = time.perf_counter() - started
        if any(k in result for k in ("crash", "property")) or result.get("caught"):
            path = Path(keep) / f"case-w{index}-{count}.pkl"
            path.write_bytes(pickle.dumps(entries))
            result["kept"] = str(path)
        queue.put(result)

    case()
    queue.put({"worker": index, "done": True})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=20_000, help="cases in all (default 20,000)")
    ap.add_argument("--workers", type=int, default=max(1, min(2, os.cpu_count() or 1)))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--budget", type=float, default=10.0, help="per-article extraction budget, seconds")
    ap.add_argument("--hang", type=float, default=120.0, help="a case longer than this is a hang, seconds")
    ap.add_argument("--keep", default=str(ROOT / "fuzz-failures"), help="folder for failing inputs")
    args = ap.parse_args()
    os.environ["PARLEY_EXTRACT_BUDGET"] = str(args.budget)
    Path(args.keep).mkdir(parents=True, exist_ok=True)

    queue = mp.get_context("fork").Queue()
    share = [args.cases // args.workers + (i < args.cases % args.workers) for i in range(args.workers)]
    procs = {i: mp.get_context("fork").Process(target=worker, args=(i, n, args.seed + i, args.keep, queue))
             for i, n in enumerate(share)}
    for p in procs.values():
        p.start()
    started = time.time()
    last_seen = {i: time.time() for i in procs}
    totals: Counter = Counter()
    slowest = 0.0
    failures: list[dict] = []
    running = set(procs)
    while running:
        try:
            r = queue.get(timeout=5)
        except Exception:
            r = None
        now = time.time()
        if r is not None:
            last_seen[r["worker"]] = now
            if r.get("done"):
                running.discard(r["worker"])
                continue
            totals["cases"] += 1
            totals["inputs"] += r.get("inputs", 0)
            totals["stored"] += r.get("stored", 0)
            totals["extract-timeouts"] += r.get("timeouts", 0)
            slowest = max(slowest, r["seconds"])
            if r["seconds"] > args.hang:
                totals["hangs"] += 1
                failures.append(r)
            for key in ("crash", "property"):
                if key in r:
                    totals[key + ("es" if key == "crash" else " failures")] += 1
                    failures.append(r)
            if r.get("caught"):
                totals["caught errors"] += len(r["caught"])
                failures.append(r)
            if totals["cases"] % 1000 == 0:
                print(f"{totals['cases']} cases, {time.time() - started:.0f} s", file=sys.stderr, flush=True)
        for i in list(running):
            if now - last_seen[i] > args.hang:        # a worker stuck in one case: a hang
                procs[i].kill()
                running.discard(i)
                totals["hangs"] += 1
                failures.append({"worker": i, "hang": f"no case finished for {args.hang:.0f} s"})
    for p in procs.values():
        p.join(timeout=5)
    elapsed = time.time() - started
    print(f"cases {totals['cases']} · inputs {totals['inputs']} · stored {totals['stored']} · "
          f"crashes {totals['crashes']} · property failures {totals['property failures']} · "
          f"hangs {totals['hangs']} (over {args.hang:.0f} s) · caught errors {totals['caught errors']} · "
          f"extraction timeouts {totals['extract-timeouts']} (budget {args.budget:g} s) · "
          f"slowest case {slowest:.1f} s · {elapsed:.0f} s on {args.workers} workers")
    for f in failures[:20]:
        print({k: v for k, v in f.items() if k != "trace"})
        if "trace" in f:
            print(f["trace"])
    sys.exit(1 if totals["crashes"] or totals["property failures"] or totals["hangs"] else 0)


if __name__ == "__main__":
    main()
