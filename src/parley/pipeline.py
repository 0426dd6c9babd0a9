"""Drives the stages over a corpus: read -> clean -> annotate -> extract per article, then
merge -> timeline over the corpus.

Inputs stream through in chunks, so memory stays flat whatever the corpus size. Each chunk:
1. ids of its documents (content hashes) are checked against the store ("already present");
2. each new document is cleaned of the chrome its outlet is known to repeat (lines in
   `versions.REPEAT_MIN` different reports of the outlet, counting the store and this chunk);
3. the per-article stage runs on each new document, locally or on Ray workers;
4. each article is written with its candidate events, its chrome candidates and its report
   fingerprint (which links it to its other versions) in one transaction.
After the last chunk the chrome of every outlet touched is settled again on the whole store,
and articles whose chrome changed are cleaned again from the document as read, so the result does
not depend on the order of the input. The corpus stage then merges the new candidate events.
"""
from __future__ import annotations

import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .budget import BudgetExceeded, extract_budget, time_budget
from .ingest.article import build_article, content_id
from .ingest.folders import InputFile, iter_inputs
from .ingest.sources import DEFAULT_MAX_BYTES, read_input
from .ingest.versions import REPEAT_MIN, chrome_candidates, chrome_digest, fingerprint
from .records import Article, Problem, RawDocument
from .store import Store

CHUNK_DOCS = 256
KEPT_IDS = 10_000


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
    # stored now or already present, in order: the first KEPT_IDS (a face shows a few; a run over
    # a million articles keeps no list of them all)
    article_ids: list[str] = field(default_factory=list)

    def note_id(self, article_id: str) -> None:
        if len(self.article_ids) < KEPT_IDS:
            self.article_ids.append(article_id)

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
    line_keys: list[str]        # its lines that could be chrome
    fingerprint: list[str]      # its long sentences, hashed (versions of one report share them)
    group: str
    chrome: str                 # chrome_digest of the repeated lines it was cleaned of
    raw: RawDocument
    extracted: bool
    extract_problem: Problem | None = None     # extraction failed: stored without events


def process_document(raw: RawDocument, repeated: frozenset[str], extract: bool) -> ArticleResult | Problem:
    """The per-article stage: pure, shares nothing, returns plain data. A failure to clean the
    document skips it; a failure to extract its events keeps the article, without events."""
    try:
        keys = chrome_candidates(raw.text)
        applied = frozenset(repeated) & frozenset(keys)
        article = build_article(raw, applied)
        if isinstance(article, Problem):
            return article
        prints = fingerprint(raw.text)
    except Exception as exc:  # a bug on one article must not stop the corpus
        return Problem(raw.source, "internal-error", f"could not process: {type(exc).__name__}: {exc}")
    candidates, failed = try_extract(article) if extract else ([], None)
    return ArticleResult(article, candidates, keys, prints, raw.group or raw.source, chrome_digest(applied), raw,
                         extract and failed is None, failed)


def extract_candidates(article: Article, anchor=None, anchor_basis: str | None = None, **lead) -> list[dict]:
    """An article's candidate events, within the per-article time budget (budget.py)."""
    from .extract import extract_article

    with time_budget(extract_budget()):
        return [c.to_dict() for c in extract_article(article, anchor, anchor_basis, **lead)]


def try_extract(article: Article, anchor=None, anchor_basis: str | None = None,
                **lead) -> tuple[list[dict], Problem | None]:
    """(candidates, None), or ([], the reason) when extraction crashed or ran out of time."""
    try:
        return extract_candidates(article, anchor, anchor_basis, **lead), None
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


def make_runner(use_ray: bool, address: str | None = None, workers: int | None = None) -> Runner:
    """The local runner, or a pool of Ray actors (`workers` of them; by default one per CPU of
    the Ray cluster)."""
    if not use_ray:
        return Runner()
    from .distributed import RayRunner

    return RayRunner(address, workers=workers)


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
           on_progress: Callable[[int, int], None] | None = None,
           on_phase: Callable[[str, int, int | None], None] | None = None) -> IngestReport:
    """Read PATHs into the store; extract and merge events unless told not to. `on_progress(files
    read, files)` follows the reading of files; `on_phase(phase, done, total)` follows the work
    itself (see ingest_documents), with the documents expected as total (a JSON Lines file counts
    its lines; None when reading stdin)."""
    # the inputs are walked as they are read (a folder of a million files is never listed in
    # memory); a progress display gets its totals from a first walk that only counts
    total_files, expected = _count_inputs(paths) if (on_progress or on_phase) else (0, None)
    done_files = 0

    def documents() -> Iterator[RawDocument | Problem]:
        nonlocal done_files
        for item in iter_inputs(paths):
            if isinstance(item, Problem):
                yield item
                continue
            yield from read_input(item, max_bytes)
            done_files += 1
            if on_progress:
                on_progress(done_files, max(total_files, done_files))

    def phase(name: str, done: int, total: int | None) -> None:
        if on_phase:
            on_phase(name, done, max(expected, done) if name == "articles" and expected is not None else total)

    return ingest_documents(documents(), store, extract=extract, merge=merge, runner=runner,
                            on_problem=on_problem, on_phase=phase if on_phase else None)


def _count_inputs(paths: list[str]) -> tuple[int, int | None]:
    """(files, documents expected) of the inputs, walked without holding them: one document per
    file, a JSON Lines file's non-blank lines; None documents when stdin is read."""
    files, expected = 0, 0
    for item in iter_inputs(paths):
        if isinstance(item, Problem):
            continue
        files += 1
        if expected is not None:
            expected = None if item.path is None else expected + _documents_in(item)
    return files, expected


def _documents_in(item: InputFile) -> int:
    if item.path.suffix.lower() != ".jsonl":
        return 1
    try:
        with open(item.path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1


def ingest_uploads(uploads: list[tuple[str, bytes]], store: Store, *, max_bytes: int = DEFAULT_MAX_BYTES,
                   runner: Runner | None = None) -> IngestReport:
    """Ingest in-memory inputs (pasted text, uploaded files) given as (label, bytes); the label
    only names the source, nothing is read from or written to the file system."""
    from .ingest.sources import document_from_upload

    def documents() -> Iterator[RawDocument | Problem]:
        for label, data in uploads:
            yield from document_from_upload(label, data, max_bytes)

    return ingest_documents(documents(), store, runner=runner)


def ingest_documents(docs: Iterable[RawDocument | Problem], store: Store, *,
                     extract: bool = True, merge: bool = True, runner: Runner | None = None,
                     on_problem: Callable[[Problem], None] | None = None,
                     on_phase: Callable[[str, int, int | None], None] | None = None) -> IngestReport:
    """Store, extract and merge documents. `on_phase(phase, done, total)` is called as the work
    goes: "articles" after every document handled (stored, already present or refused), then once
    at the start of each later phase ("settle": outlets' boilerplate decided again, "extract":
    articles waiting for extraction, "merge": the corpus stage), with done 0 and total None."""
    started = time.perf_counter()
    handled = 0

    def tick() -> None:
        nonlocal handled
        handled += 1
        if on_phase:
            on_phase("articles", handled, None)

    def phase(name: str) -> None:
        if on_phase:
            on_phase(name, 0, None)

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

    touched: set[str] = set()          # the outlet groups of the articles stored
    for chunk in _chunks(docs, CHUNK_DOCS):
        raws: list[RawDocument] = []
        for doc in chunk:
            if isinstance(doc, Problem):
                problem(doc)
                tick()
            else:
                raws.append(doc)
        touched |= _ingest_chunk(raws, store, report, runner, extract, problem, tick)

    phase("settle")
    settle_chrome(store, touched)
    if extract:
        phase("extract")
        report.extracted += extract_pending(store, runner, problem)
    if merge and extract:
        from .corpus_stage import merge_pending

        phase("merge")

        report.events = merge_pending(store, reextract_with_anchor(store))
    report.seconds = time.perf_counter() - started
    return report


def _ingest_chunk(raws: list[RawDocument], store: Store, report: IngestReport, runner: Runner,
                  extract: bool, problem: Callable[[Problem], None],
                  tick: Callable[[], None] = lambda: None) -> set[str]:
    """Run one chunk through the per-article stage and store it; returns the outlet groups of the
    articles stored."""
    stored: set[str] = set()
    new: list[RawDocument] = []
    seen: set[str] = set()
    for raw in raws:
        try:
            cid = content_id(raw.text)
        except Exception as exc:    # one input's failure is its own: a reason, and the run goes on
            problem(Problem(raw.source, "internal-error", f"could not process: {type(exc).__name__}: {exc}"))
            tick()
            continue
        if cid in seen or store.has_article(cid):
            report.already_present += 1
            report.note_id(cid)
            tick()
            continue
        seen.add(cid)
        new.append(raw)
    # chrome as far as it is known: the outlet's lines in REPEAT_MIN reports of the store, or of the
    # store and this chunk (settle_chrome decides on the whole store afterwards)
    chunk_counts: dict[str, Counter] = {}
    for raw in new:
        chunk_counts.setdefault(raw.group or raw.source, Counter()).update(chrome_candidates(raw.text))
    repeated: dict[str, frozenset[str]] = {}
    for group, counts in chunk_counts.items():
        known = store.chrome_lines(group, 1)
        repeated[group] = frozenset(store.chrome_lines(group, REPEAT_MIN) |
                                    {k for k, n in counts.items() if n + (k in known) >= REPEAT_MIN})
    work = [(raw, repeated.get(raw.group or raw.source, frozenset()), extract) for raw in new]
    for result in runner.map(process_document, work):
        tick()
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
            report.note_id(result.article.id)
            continue
        stored.add(result.group)
        report.note_id(result.article.id)
        report.ingested += 1
        if result.extracted:
            report.extracted += 1
        if result.extract_problem is not None:
            problem(result.extract_problem)
    return stored


def _store_result(store: Store, result: ArticleResult) -> bool:
    """Write one article with its line counts and candidates (or its extraction problem) in one
    transaction; False when the same content is already stored."""
    with store.transaction():
        if not store.add_article(result.article):
            return False
        store.add_versions_data(result.article.id, result.raw, result.group, result.chrome,
                                result.line_keys, result.fingerprint)
        if result.extracted:
            save_candidates(store, result.article.id, result.candidates)
        elif result.extract_problem is not None:
            store.record_extraction_problem(result.article.id, result.extract_problem, extractor_version())
    return True


def save_candidates(store: Store, article_id: str, candidates: list[dict]) -> None:
    """Replace an article's candidate events (call inside a transaction)."""
    store.replace_candidates(article_id, candidates, extractor_version())
    store.clear_extraction_problem(article_id)


def settle_chrome(store: Store, touched: Iterable[str]) -> int:
    """Decide the chrome of each outlet group on the whole store, and clean again, from the document
    as read, every article whose chrome changed (its events are then extracted again): the articles
    not yet settled (this run's, or a killed run's), and those holding a line that became or stopped
    being chrome. The result is the same whatever the order in which articles arrived. Returns how
    many articles were cleaned again."""
    n = 0
    for group in sorted(set(touched) | store.unsettled_groups()):
        chrome = store.chrome_lines(group, REPEAT_MIN)
        changed = store.settle_group_chrome(group, chrome)
        for aid in sorted(store.articles_with_lines(group, changed) | store.unsettled_articles(group)):
            applied = chrome & store.article_line_keys(aid)
            row = store.query("SELECT chrome FROM articles WHERE id = ?", (aid,))
            if not row:
                continue
            digest = chrome_digest(applied)
            if digest == (row[0]["chrome"] or "").lstrip("~"):
                with store.transaction():
                    store.conn.execute("UPDATE articles SET chrome = ? WHERE id = ?", (digest, aid))
                continue
            raw = store.raw_document(aid)
            article = build_article(raw, frozenset(applied)) if raw is not None else None
            if article is None or isinstance(article, Problem):
                continue
            with store.transaction():
                store.replace_article_text(article, digest)
            n += 1
    return n


def reextract_with_anchor(store: Store) -> Callable:
    """How the corpus stage reads an undated article again against the date its event gave it, within
    the per-article budget (a failure keeps the candidates of its first reading)."""
    def run(article_id: str, anchor, reason: str, lead_day, lead_people=frozenset()) -> list[dict] | None:
        article = store.get_article(article_id)
        if article is None:
            return None
        cands, failed = try_extract(article, anchor, f"date {reason}", lead_date=lead_day, lead_people=lead_people)
        return None if failed is not None else cands
    return run


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
