"""The library API. The CLI, the web app and the exports are thin layers over these functions."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from .ingest.sources import DEFAULT_MAX_BYTES
from .pipeline import IngestReport, ingest as _ingest, make_runner
from .records import Article, Problem
from .store import Store

DEFAULT_DB = "parley.db"


def open_store(db: str | Path = DEFAULT_DB) -> Store:
    return Store(db)


def ingest(paths: list[str], db: str | Path = DEFAULT_DB, *, max_bytes: int = DEFAULT_MAX_BYTES,
           extract: bool = True, use_ray: bool = False, ray_address: str | None = None,
           ray_workers: int | None = None,
           on_problem: Callable[[Problem], None] | None = None,
           on_progress: Callable[[int, int], None] | None = None,
           on_phase: Callable[[str, int, int | None], None] | None = None) -> IngestReport:
    """Ingest files, folders or "-" (stdin) into the SQLite file `db`; extract and merge events.
    `on_progress(files read, files)`; `on_phase(phase, done, total)`: see pipeline.ingest_documents.
    With `use_ray`, the per-article stage runs on `ray_workers` Ray actors (one per CPU by default)."""
    runner = make_runner(use_ray, ray_address, ray_workers)
    try:
        with open_store(db) as store:
            return _ingest(paths, store, max_bytes=max_bytes, extract=extract, runner=runner,
                           on_problem=on_problem, on_progress=on_progress, on_phase=on_phase)
    finally:
        runner.close()


def list_articles(db: str | Path = DEFAULT_DB, limit: int | None = None) -> list[dict]:
    with open_store(db) as store:
        return [dict(r) for r in store.article_rows(limit)]


class NotFound(LookupError):
    pass


def get_article(db: str | Path, article_id: str) -> Article:
    """An article by id or unique id prefix."""
    with open_store(db) as store:
        ids = store.find_article_ids(article_id)
        if not ids:
            raise NotFound(f"no article with id {article_id!r}")
        if len(ids) > 1 and article_id not in ids:
            raise NotFound(f"id prefix {article_id!r} is ambiguous: {', '.join(ids)}")
        found = store.get_article(article_id if article_id in ids else ids[0])
        assert found is not None
        return found


def article_versions(db: str | Path, article_id: str) -> list[dict]:
    """The other versions of an article's report (updates, re-downloads, syndicated copies)."""
    with open_store(db) as store:
        return [dict(r) for r in store.versions_of(get_article(db, article_id).id)]


def list_people(db: str | Path = DEFAULT_DB, name: str | None = None, limit: int | None = None) -> list[dict]:
    """The people of the corpus (canonical name, country, title, the spellings they were found
    under, their articles and conflicting evidence), most reported first; `name` filters by any
    part of a name or spelling."""
    import json

    with open_store(db) as store:
        people = [json.loads(r["data"]) for r in store.people_rows(name, limit)]
        articles = store.person_articles(p["id"] for p in people)
    for p in people:
        p["articles"] = articles[p["id"]]
    return people


def read_articles(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article | Problem]:
    """Read and clean the articles of one file (or "-"), without storing them."""
    from .ingest.article import build_article
    from .ingest.sources import list_inputs, read_input

    items, problems = list_inputs([path])
    out: list[Article | Problem] = list(problems)
    for item in items:
        for raw in read_input(item, max_bytes):
            try:
                out.append(raw if isinstance(raw, Problem) else build_article(raw))
            except Exception as exc:        # one input's failure is its own
                out.append(Problem(raw.source, "internal-error", f"could not process: {type(exc).__name__}: {exc}"))
    return out


def extract_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[tuple[Article, list[dict]] | Problem]:
    """One file's articles with their candidate events (the per-article stage), nothing stored;
    an article whose extraction fails or runs out of time is its Problem."""
    from .pipeline import try_extract

    out: list[tuple[Article, list[dict]] | Problem] = []
    for a in read_articles(path, max_bytes):
        if isinstance(a, Problem):
            out.append(a)
            continue
        cands, failed = try_extract(a)
        out.append(failed or (a, cands))
    return out


def skipped_inputs(db: str | Path = DEFAULT_DB) -> list[dict]:
    """Inputs that were skipped, and articles stored without events (extraction failed), with why."""
    with open_store(db) as store:
        rows = [dict(r) for r in store.skipped_rows()] + [dict(r) for r in store.extraction_problem_rows()]
    return sorted(rows, key=lambda r: r["source"])


# -- events and the timeline -----------------------------------------------------------------------
def list_events(db: str | Path = DEFAULT_DB, flt=None, **filters) -> list[dict]:
    """Merged events in date order (undated last), filtered as the timeline is: an
    export.query.EventFilter, or its fields as keywords. The values are checked and normalised
    (parley.filters): a mistake raises filters.FilterError (a ValueError) with a one-line message."""
    from .export.query import EventFilter, select_events
    from .filters import check_filter

    flt = check_filter(flt or EventFilter(**filters))
    with open_store(db) as store:
        return select_events(store, flt)


def events_page(db: str | Path = DEFAULT_DB, flt=None, *, limit: int = 50, after: str | None = None,
                before: str | None = None, **filters):
    """A page of the timeline (export.query.Page: events, `next`/`prev` cursors, total): at most
    `limit` events after the cursor `after` or before `before`, filtered as `list_events`. A
    cursor that this timeline did not give raises export.query.BadCursor (a ValueError)."""
    from .export.query import EventFilter, select_page
    from .filters import check_filter

    flt = check_filter(flt or EventFilter(**filters))
    with open_store(db) as store:
        return select_page(store, flt, limit, after, before)


_OVERVIEWS: dict = {}          # (database, filter, events generation) -> overview; a few kept
OVERVIEWS_KEPT = 64


def timeline_overview(db: str | Path = DEFAULT_DB, flt=None) -> dict:
    """What the timeline page shows beside a page of events, from SQL aggregates only: the chart
    counts of the filtered events, the number of events held, and the states and issues to
    filter by. Computed once per change of the events (the store's events generation) and filter,
    then reused."""
    from .export.query import EventFilter
    from .filters import check_filter

    flt = check_filter(flt or EventFilter())
    with open_store(db) as store:
        key = (str(Path(db).resolve()), repr(flt), store.events_generation())
        if key not in _OVERVIEWS:
            if len(_OVERVIEWS) >= OVERVIEWS_KEPT:
                _OVERVIEWS.pop(next(iter(_OVERVIEWS)))
            _OVERVIEWS[key] = _overview(store, flt)
        return _OVERVIEWS[key]


def _overview(store, flt) -> dict:
    from .export import chart_data
    from .export.query import EventFilter, select_events, sql_filter
    from .extract.issues import issue_labels
    from .filters import is_state

    where, params, rest = sql_filter(flt)
    charts = chart_data.from_store(store, where, params) if rest == EventFilter() \
        else chart_data.from_events(select_events(store, flt))
    total = store.query("SELECT COUNT(*) AS n FROM events")[0]["n"]
    countries = sorted(r["country"] for r in store.query(
        "SELECT DISTINCT country FROM event_participants WHERE country IS NOT NULL") if is_state(r["country"]))
    ids = {i for r in store.query("SELECT DISTINCT issues FROM events WHERE issues IS NOT NULL")
           for i in r["issues"].split(";") if i}
    labels = issue_labels()
    issues = sorted(((i, labels.get(i, i)) for i in ids), key=lambda x: x[1])
    return {"charts": charts, "total": total, "countries": countries, "issues": issues}


def to_dataframe(db: str | Path = DEFAULT_DB, flt=None, **filters):
    """The timeline as a pandas DataFrame (the event table contract, one row per event): dates as
    datetime64 (`date_start`, `date_end`), categories for precision, type, mode and status; the
    same filters as `list_events`. Needs the optional extra: pip install 'parley[pandas]'."""
    from .export.tabular import dataframe

    return dataframe(list_events(db, flt, **filters))


def get_event(db: str | Path, event_id: str) -> dict:
    import json

    with open_store(db) as store:
        rows = store.query("SELECT data FROM events WHERE id = ? OR id LIKE ?", (event_id, event_id + "%"))
        if not rows:
            raise NotFound(f"no event with id {event_id!r}")
        if len(rows) > 1:
            raise NotFound(f"event id prefix {event_id!r} is ambiguous")
        return json.loads(rows[0]["data"])


def article_events(db: str | Path, article_id: str) -> list[dict]:
    """The merged events an article contributes to."""
    import json

    with open_store(db) as store:
        rows = store.query("SELECT DISTINCT e.data FROM candidates c JOIN candidate_events m ON m.candidate_id = c.id "
                           "JOIN events e ON e.id = m.event_id WHERE c.article_id = ? ORDER BY e.date", (article_id,))
        return [json.loads(r["data"]) for r in rows]


def remerge(db: str | Path = DEFAULT_DB) -> int:
    """Recompute all events from the stored candidates."""
    from .corpus_stage import merge_all
    from .pipeline import reextract_with_anchor

    with open_store(db) as store:
        return merge_all(store, reextract_with_anchor(store))


def ingest_uploads(uploads: list[tuple[str, bytes]], db: str | Path = DEFAULT_DB,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> IngestReport:
    """Ingest pasted texts or uploaded files held in memory: (label, bytes) pairs."""
    from .pipeline import ingest_uploads as _ingest_uploads

    with open_store(db) as store:
        return _ingest_uploads(uploads, store, max_bytes=max_bytes)


# -- evaluation ------------------------------------------------------------------------------------
def pubdates_from_text_and_url(corpus) -> tuple[int, int, list[str]]:
    """Publication dates found from each article's text and URL alone (no date metadata), scored
    against the gold's dates (given only where the page or its URL shows one)."""
    from .evaluation.gold_events import score_pubdates
    from .ingest.article import build_article
    from .records import RawDocument

    found: dict[str, str | None] = {}
    for s in corpus.sources:
        text = (corpus.root / s["file"]).read_text(encoding="utf-8")
        art = build_article(RawDocument(source=s["file"], text=text, format="jsonl", url=s.get("url"),
                                        title=s.get("title"), outlet=s.get("outlet")))
        num = corpus.number_of_file(s["file"])
        found[num] = None if isinstance(art, Problem) else art.published.value
    return score_pubdates(corpus, found)


EVAL_WAYS = ("jsonl", "files")


def eval_events(corpus_dir: str | Path, ways: tuple[str, ...] = EVAL_WAYS, workdir: str | Path | None = None,
                use_ray: bool = False) -> dict[str, dict]:
    """Ingest a gold corpus folder (articles/, sources.jsonl, gold.json) each way — as JSON Lines
    with the metadata of sources.jsonl, and as the plain files alone — into a fresh database, and
    score it: per article, merged events, publication dates, participants that are not people.
    Returns {way: {"articles": ArticleScore, "events": EventScore, "pubdates": (right, total, misses),
    "bad_participants": [...], "db": path}}."""
    import json
    import re
    import tempfile

    from .evaluation.gold_events import GoldCorpus, bad_participants, score_articles, score_events, score_pubdates
    from .extract.gazetteer import gazetteer

    corpus = GoldCorpus.load(corpus_dir)
    work = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="parley-eval-"))
    work.mkdir(parents=True, exist_ok=True)
    gaz = gazetteer()

    def place_or_org(name: str) -> bool:
        hits = gaz.scan(name)
        return len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(name) and \
            hits[0].best.kind in ("city", "capital", "country", "org")

    results: dict[str, dict] = {"pubdates_text_url": pubdates_from_text_and_url(corpus)}
    for way in ways:
        db = work / f"{way}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        if way == "jsonl":
            feed = work / "corpus.jsonl"
            with feed.open("w", encoding="utf-8") as fh:
                for s in corpus.sources:
                    text = (corpus.root / s["file"]).read_text(encoding="utf-8")
                    fh.write(json.dumps({"text": text, "url": s.get("url"), "outlet": s.get("outlet"),
                                         "title": s.get("title"), "published": s.get("publication_date")},
                                        ensure_ascii=False) + "\n")
            report = ingest([str(feed)], db, use_ray=use_ray)

            def number(source: str) -> str | None:
                m = re.search(r":(\d+)$", source)
                return corpus.number_of_file(corpus.sources[int(m.group(1)) - 1]["file"]) if m else None
        else:
            report = ingest([str(corpus.root / "articles")], db, use_ray=use_ray)
            number = corpus.number_of_file
        with open_store(db) as store:
            num_of = {r["id"]: number(r["source"]) for r in store.query("SELECT id, source FROM articles")}
            published = {}
            for r in store.query("SELECT a.id, a.published, i.value AS inferred FROM articles a "
                                 "LEFT JOIN inferred_dates i ON i.article_id = a.id"):
                published[num_of[r["id"]]] = r["published"]
            cands: dict[str, list[dict]] = {n: [] for n in num_of.values() if n}
            for r in store.query("SELECT article_id, data FROM candidates ORDER BY id"):
                n = num_of.get(r["article_id"])
                if n:
                    cands[n].append(json.loads(r["data"]))
            events = [json.loads(r["data"]) for r in store.query("SELECT data FROM events")]

        def articles_of_event(ev: dict) -> set[str]:
            return {num_of.get(s.get("article_id")) for s in ev.get("sources") or []} - {None}

        results[way] = {
            "articles": score_articles(corpus, cands),
            "events": score_events(corpus, events, articles_of_event),
            "pubdates": score_pubdates(corpus, published),
            "bad_participants": bad_participants(cands, place_or_org),
            "skipped": [p.message() for p in report.problems],
            "db": str(db),
        }
    return results
