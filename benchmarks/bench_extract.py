"""Per-article stage speed and memory: read -> clean -> annotate -> extract, on one core.

    .venv/bin/python benchmarks/bench_extract.py [--n 500] [--seeds]

Generated ~600-word articles (benchmarks/synthetic.py) go through exactly what `parley ingest`
runs per article (pipeline.process_document: cleaning, publication date, language, sentences,
date engine, actors, parsing of the sentences that can hold an event, assembly). Prints
articles per CPU-second and per wall-second, the share of sentences parsed, and peak memory (RSS)
of the process, then the baseline in the same run: the shipped spaCy model with every component
parsing each whole article, and the ratio of the two (CPU seconds, so a busy machine does not
skew it). The baseline runs twice: as spaCy ships (thinc's `blis` matrix product), and with
Parley's matrix product (parley.nlp.MatmulOps, one BLAS thread), so that the ratio to the second
shows what reading less gains and the ratio between the two what the matrix product gains.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--no-baseline", action="store_true", help="Skip the spaCy parse-everything baseline.")
    args = ap.parse_args()
    import synthetic
    from parley.extract.events import needs_parse
    from parley.nlp import nlp
    from parley.pipeline import process_document
    from parley.records import RawDocument

    docs = [RawDocument(f"synthetic/{i:06d}.txt", synthetic.article(i), "txt", group="synthetic") for i in range(args.n)]
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    nlp()                                           # the model loads once per process
    load = time.perf_counter() - t0
    process_document(docs[0], frozenset(), True)    # warm up
    t0, c0 = time.perf_counter(), time.process_time()
    events = sentences = parsed = 0
    for d in docs:
        r = process_document(d, frozenset(), True)
        events += len(getattr(r, "candidates", []))
        art = getattr(r, "article", None)
        if art is not None:
            sentences += len(art.sentences)
            parsed += sum(1 for i in range(len(art.sentences)) if needs_parse(art.sentence_text(i)))
    dt_, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = peak_mb()
    print(f"model load: {load:.2f} s (once per process)")
    print(f"articles: {args.n} ({words / args.n:.0f} words each), events: {events}")
    print(f"per-article stage: {args.n / cpu:.1f} articles per CPU-s ({args.n / dt_:.1f} per wall-s), "
          f"{words / cpu:,.0f} words per CPU-s, one core")
    print(f"sentences parsed: {parsed}/{sentences} ({100 * parsed / max(sentences, 1):.0f}%)")
    print(f"peak memory (RSS): {peak:.0f} MB")
    if not args.no_baseline:
        texts = [d.text for d in docs]
        base = baseline(texts, False)
        print(f"baseline (spaCy as shipped, every component, whole articles): {args.n / base:.1f} articles per CPU-s")
        print(f"ratio per-article stage / baseline: {base / cpu:.2f}x")
        same = baseline(texts, True)
        print(f"baseline with Parley's matrix product: {args.n / same:.1f} articles per CPU-s "
              f"({base / same:.2f}x the shipped one)")
        print(f"ratio per-article stage / that baseline: {same / cpu:.2f}x")


def baseline(texts: list[str], matmul: bool = False) -> float:
    """CPU seconds of the shipped model, all components, over the whole text of each article;
    with `matmul`, on Parley's matrix product and one BLAS thread."""
    import contextlib
    import importlib

    from parley.nlp import MODEL_PACKAGE, one_blas_thread, use_matmul

    model = importlib.import_module(MODEL_PACKAGE).load()
    if matmul:
        use_matmul(model)
    with one_blas_thread() if matmul else contextlib.nullcontext():
        list(model.pipe(texts[:2]))
        c0 = time.process_time()
        for _ in model.pipe(texts, batch_size=16):
            pass
        return time.process_time() - c0


if __name__ == "__main__":
    main()
