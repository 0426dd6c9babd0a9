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
           on_problem: Callable[[Problem], None] | None = None,
           on_progress: Callable[[int, int], None] | None = None) -> IngestReport:
    """Ingest files, folders or "-" (stdin) into the SQLite file `db`; extract and merge events."""
    runner = make_runner(use_ray, ray_address)
    try:
        with open_store(db) as store:
            return _ingest(paths, store, max_bytes=max_bytes, extract=extract, runner=runner,
                           on_problem=on_problem, on_progress=on_progress)
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


def read_articles(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article | Problem]:
    """Read and clean the articles of one file (or "-"), without storing them."""
    from .ingest.article import build_article
    from .ingest.sources import list_inputs, read_input

    items, problems = list_inputs([path])
    out: list[Article | Problem] = list(problems)
    for item in items:
        for raw in read_input(item, max_bytes):
            out.append(raw if isinstance(raw, Problem) else build_article(raw))
    return out


def extract_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[tuple[Article, list[dict]] | Problem]:
    """One file's articles with their candidate events (the per-article stage), nothing stored."""
    from .extract import extract_article

    out: list[tuple[Article, list[dict]] | Problem] = []
    for a in read_articles(path, max_bytes):
        out.append(a if isinstance(a, Problem) else (a, [c.to_dict() for c in extract_article(a)]))
    return out


def skipped_inputs(db: str | Path = DEFAULT_DB) -> list[dict]:
    with open_store(db) as store:
        return [dict(r) for r in store.skipped_rows()]


# -- events and the timeline -----------------------------------------------------------------------
def list_events(db: str | Path = DEFAULT_DB, flt=None, **filters) -> list[dict]:
    """Merged events in date order (undated last), filtered as the timeline is: an
    export.query.EventFilter, or its fields as keywords."""
    from .export.query import EventFilter, select_events

    with open_store(db) as store:
        return select_events(store, flt or EventFilter(**filters))


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
        rows = store.query("SELECT DISTINCT e.data FROM events e JOIN candidates c ON c.event_id = e.id "
                           "WHERE c.article_id = ? ORDER BY e.date", (article_id,))
        return [json.loads(r["data"]) for r in rows]


def remerge(db: str | Path = DEFAULT_DB) -> int:
    """Recompute all events from the stored candidates."""
    from .corpus.merge import merge_all

    with open_store(db) as store:
        return merge_all(store)


def ingest_uploads(uploads: list[tuple[str, bytes]], db: str | Path = DEFAULT_DB,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> IngestReport:
    """Ingest pasted texts or uploaded files held in memory: (label, bytes) pairs."""
    from .pipeline import ingest_uploads as _ingest_uploads

    with open_store(db) as store:
        return _ingest_uploads(uploads, store, max_bytes=max_bytes)
