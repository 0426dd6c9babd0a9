"""Drives the stages over a corpus: read -> clean -> annotate -> extract per article, then
merge -> timeline over the corpus.

Inputs stream through in chunks, so memory stays flat whatever the corpus size. Each chunk:
1. ids of its documents (content hashes) are checked against the store ("already present");
2. short lines of the new documents are counted per outlet, and with the counts already in the
   store give the lines repeated across that outlet's articles (removed as boilerplate);
3. the per-article stage runs on each new document, locally or on Ray workers;
4. each article is written with its line counts and candidate events in one transaction.
The corpus stage then merges the new candidate events into events.
"""
from __future__ import annotations

import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .budget import BudgetExceeded, extract_budget, time_budget
from .ingest.article import build_article, content_id
from .ingest.boilerplate import line_key
from .ingest.sources import DEFAULT_MAX_BYTES, list_inputs, read_input
from .records import Article, Problem, RawDocument
from .store import Store

CHUNK_DOCS = 256
REPEAT_MIN = 3          # a line in this many articles of one outlet is boilerplate
REPEAT_MAX_CHARS = 200


@dataclass
class IngestReport:
    ingested: int = 0
    already_present: int = 0
    extracted: int = 0
    events: int = 0
    skipped: Counter = field(default_factory=Counter)
    not_extracted: Counter = field(default_factory=Counter)     # stored, but extraction failed
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def readable(self) -> int:
        return self.ingested + self.already_present

    def summary(self) -> str:
        parts = [f"ingested {self.ingested}", f"already present {self.already_present}"]
        if self.skipped:
            reasons = ", ".join(f"{r} {n}" for r, n in sorted(self.skipped.items()))
            parts.append(f"skipped {sum(self.skipped.values())} ({reasons})")
        else:
            parts.append("skipped 0")
        if self.extracted:
            parts.append(f"events extracted from {self.extracted} articles")
        if self.not_extracted:
            reasons = ", ".join(f"{r} {n}" for r, n in sorted(self.not_extracted.items()))
            parts.append(f"stored without events {sum(self.not_extracted.values())} ({reasons})")
        return " · ".join(parts)


@dataclass(slots=True)
class ArticleResult:
    """What the per-article stage returns for one document."""

    article: Article
    candidates: list[dict]
    line_keys: list[str]
    group: str
    extracted: bool
    extract_problem: Problem | None = None     # extraction failed: stored without events


def short_line_keys(text: str) -> list[str]:
    keys = {line_key(s) for s in (l.strip() for l in text.split("\n")) if s and len(s) <= REPEAT_MAX_CHARS}
    return sorted(keys)


def process_document(raw: RawDocument, repeated: frozenset[str], extract: bool) -> ArticleResult | Problem:
    """The per-article stage: pure, shares nothing, returns plain data. A failure to clean the
    document skips it; a failure to extract its events keeps the article, without events."""
    try:
        article = build_article(raw, repeated)
        if isinstance(article, Problem):
            return article
        line_keys = short_line_keys(raw.text)
    except Exception as exc:  # a bug on one article must not stop the corpus
        return Problem(raw.source, "internal-error", f"could not process: {type(exc).__name__}: {exc}")
    candidates, failed = try_extract(article) if extract else ([], None)
    return ArticleResult(article, candidates, line_keys, raw.group or raw.source, extract and failed is None, failed)


def extract_candidates(article: Article, anchor=None, anchor_basis: str | None = None) -> list[dict]:
    """An article's candidate events, within the per-article time budget (budget.py)."""
    from .extract import extract_article

    with time_budget(extract_budget()):
        return [c.to_dict() for c in extract_article(article, anchor, anchor_basis)]


def try_extract(article: Article, anchor=None, anchor_basis: str | None = None) -> tuple[list[dict], Problem | None]:
    """(candidates, None), or ([], the reason) when extraction crashed or ran out of time."""
    try:
        return extract_candidates(article, anchor, anchor_basis), None
    except BudgetExceeded as exc:
        return [], Problem(article.source, "extract-timeout", f"stored without events: {exc}", stored=True)
    except Exception as exc:
        return [], Problem(article.source, "extract-error",
                           f"stored without events: extraction failed ({type(exc).__name__}: {exc})", stored=True)


class Runner:
    """Runs the per-article stage over a list of work items; local by default."""

    def map(self, fn: Callable, items: list) -> Iterator:
        for item in items:
            yield fn(*item)

    def close(self) -> None:
        pass


def make_runner(use_ray: bool, address: str | None = None) -> Runner:
    if not use_ray:
        return Runner()
    from .distributed import RayRunner

    return RayRunner(address)


def _chunks(docs: Iterable, size: int) -> Iterator[list]:
    buf: list = []
    for d in docs:
        buf.append(d)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def ingest(paths: list[str], store: Store, *, max_bytes: int = DEFAULT_MAX_BYTES, extract: bool = True,
           merge: bool = True, runner: Runner | None = None,
           on_problem: Callable[[Problem], None] | None = None,
           on_progress: Callable[[int, int], None] | None = None) -> IngestReport:
    """Read PATHs into the store; extract and merge events unless told not to."""
    files, problems = list_inputs(paths)
    done_files = 0

    def documents() -> Iterator[RawDocument | Problem]:
        nonlocal done_files
        for item in files:
            yield from read_input(item, max_bytes)
            done_files += 1
            if on_progress:
                on_progress(done_files, len(files))

    return ingest_documents(documents(), store, problems=problems, extract=extract, merge=merge, runner=runner,
                            on_problem=on_problem)


def ingest_uploads(uploads: list[tuple[str, bytes]], store: Store, *, max_bytes: int = DEFAULT_MAX_BYTES,
                   runner: Runner | None = None) -> IngestReport:
    """Ingest in-memory inputs (pasted text, uploaded files) given as (label, bytes); the label
    only names the source, nothing is read from or written to the file system."""
    from .ingest.sources import document_from_upload

    def documents() -> Iterator[RawDocument | Problem]:
        for label, data in uploads:
            yield from document_from_upload(label, data, max_bytes)

    return ingest_documents(documents(), store, runner=runner)


def ingest_documents(docs: Iterable[RawDocument | Problem], store: Store, *, problems: list[Problem] = (),
                     extract: bool = True, merge: bool = True, runner: Runner | None = None,
                     on_problem: Callable[[Problem], None] | None = None) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    runner = runner or Runner()

    def problem(p: Problem) -> None:
        report.problems.append(p)
        if p.stored:                # the article is stored; its extraction problem was written with it
            report.not_extracted[p.reason] += 1
        else:
            report.skipped[p.reason] += 1
            with store.transaction():
                store.record_problem(p)
        if on_problem:
            on_problem(p)

    for p in problems:
        problem(p)

    for chunk in _chunks(docs, CHUNK_DOCS):
        raws: list[RawDocument] = []
        for doc in chunk:
            if isinstance(doc, Problem):
                problem(doc)
            else:
                raws.append(doc)
        _ingest_chunk(raws, store, report, runner, extract, problem)

    if extract:
        report.extracted += extract_pending(store, runner, problem)
    if merge and extract:
        from .corpus.merge import merge_pending

        report.events = merge_pending(store)
    report.seconds = time.perf_counter() - started
    return report


def _ingest_chunk(raws: list[RawDocument], store: Store, report: IngestReport, runner: Runner,
                  extract: bool, problem: Callable[[Problem], None]) -> None:
    new: list[RawDocument] = []
    seen: set[str] = set()
    for raw in raws:
        try:
            cid = content_id(raw.text)
        except Exception as exc:    # one input's failure is its own: a reason, and the run goes on
            problem(Problem(raw.source, "internal-error", f"could not process: {type(exc).__name__}: {exc}"))
            continue
        if cid in seen or store.has_article(cid):
            report.already_present += 1
            continue
        seen.add(cid)
        new.append(raw)
    # lines repeated across this outlet's articles: counts already stored + this chunk's
    chunk_counts: dict[str, Counter] = {}
    for raw in new:
        chunk_counts.setdefault(raw.group or raw.source, Counter()).update(short_line_keys(raw.text))
    repeated: dict[str, frozenset[str]] = {}
    for group, counts in chunk_counts.items():
        stored = {r[0]: r[1] for r in store.query(
            "SELECT line_key, n FROM line_counts WHERE grp = ? AND n >= 1", (group,))} if counts else {}
        repeated[group] = frozenset(k for k in set(counts) | set(stored)
                                    if counts.get(k, 0) + stored.get(k, 0) >= REPEAT_MIN)
    work = [(raw, repeated.get(raw.group or raw.source, frozenset()), extract) for raw in new]
    for result in runner.map(process_document, work):
        if isinstance(result, Problem):
            problem(result)
            continue
        try:
            added = _store_result(store, result)
        except (sqlite3.InterfaceError, sqlite3.DataError, sqlite3.IntegrityError, ValueError, UnicodeError) as exc:
            problem(Problem(result.article.source, "internal-error", f"could not store: {type(exc).__name__}: {exc}"))
            continue
        if not added:
            report.already_present += 1
            continue
        report.ingested += 1
        if result.extracted:
            report.extracted += 1
        if result.extract_problem is not None:
            problem(result.extract_problem)


def _store_result(store: Store, result: ArticleResult) -> bool:
    """Write one article with its line counts and candidates (or its extraction problem) in one
    transaction; False when the same content is already stored."""
    with store.transaction():
        if not store.add_article(result.article):
            return False
        store.add_line_counts(result.group, result.line_keys)
        if result.extracted:
            save_candidates(store, result.article.id, result.candidates)
        elif result.extract_problem is not None:
            store.record_extraction_problem(result.article.id, result.extract_problem, extractor_version())
    return True


def save_candidates(store: Store, article_id: str, candidates: list[dict]) -> None:
    """Replace an article's candidate events (call inside a transaction)."""
    import json

    store.conn.execute("DELETE FROM candidates WHERE article_id = ?", (article_id,))
    store.conn.executemany(
        "INSERT INTO candidates (id, article_id, kind, date, dyad, data, event_id) VALUES (?,?,?,?,?,?,NULL)",
        [(c["id"], article_id, c["kind"], c.get("date"), c.get("dyad"), json.dumps(c, ensure_ascii=False))
         for c in candidates],
    )
    store.conn.execute("UPDATE articles SET extracted_at = ?, extractor = ? WHERE id = ?",
                       (time.time(), extractor_version(), article_id))
    store.clear_extraction_problem(article_id)


def extractor_version() -> str:
    from . import __version__

    return __version__


def _extract_stored(article: Article) -> tuple[str, list[dict], Problem | None]:
    return (article.id, *try_extract(article))


def extract_pending(store: Store, runner: Runner | None = None,
                    on_problem: Callable[[Problem], None] | None = None) -> int:
    """Run the extract stage on stored articles that have not been through it (an earlier
    run stopped with --no-extract or was killed). An article whose extraction failed under this
    version of Parley is not tried again until the version changes."""
    runner = runner or Runner()
    ids = store.pending_article_ids(extractor_version())
    n = 0
    for chunk in _chunks(ids, CHUNK_DOCS):
        articles = [a for a in (store.get_article(i) for i in chunk) if a is not None]
        for article_id, candidates, failed in runner.map(_extract_stored, [(a,) for a in articles]):
            with store.transaction():
                if failed is None:
                    save_candidates(store, article_id, candidates)
                else:
                    store.record_extraction_problem(article_id, failed, extractor_version())
            if failed is None:
                n += 1
            elif on_problem:
                on_problem(failed)
    return n
