"""The embedded store: one SQLite file, schema created and migrated by the program.

The schema version lives in PRAGMA user_version; each migration runs in its own transaction.
All writes go through `transaction()`, so a process killed mid-ingest leaves whole articles
(with their candidate events) or nothing, and the next run completes the rest.
"""
from __future__ import annotations

import json
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from .records import Article, Problem

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT,
        published_precision TEXT,
        published_basis TEXT,
        language TEXT NOT NULL,
        words INTEGER NOT NULL,
        data TEXT NOT NULL,
        ingested_at REAL NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE TABLE skipped (
        source TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL,
        seen_at REAL NOT NULL
    );
    CREATE TABLE line_counts (
        grp TEXT NOT NULL,
        line_key TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (grp, line_key)
    ) WITHOUT ROWID;
    """),
    (2, """
    -- per-article stage output: candidate events, one row each, written with the article's
    -- extraction in one transaction
    ALTER TABLE articles ADD COLUMN extracted_at REAL;
    ALTER TABLE articles ADD COLUMN extractor TEXT;
    CREATE TABLE candidates (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        date TEXT,
        dyad TEXT,
        data TEXT NOT NULL,
        event_id TEXT
    );
    CREATE INDEX candidates_article ON candidates(article_id);
    CREATE INDEX candidates_event ON candidates(event_id);
    CREATE INDEX candidates_pending ON candidates(event_id) WHERE event_id IS NULL;
    """),
    (3, """
    -- corpus stage output: merged events
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        date TEXT,
        dyad TEXT,
        status TEXT,
        data TEXT NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_dyad ON events(dyad);
    CREATE TABLE inferred_dates (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        value TEXT NOT NULL,
        precision TEXT NOT NULL,
        reason TEXT NOT NULL
    );
    """),
    (4, """
    -- the corpus stage looks candidates up by dyad and by date
    CREATE INDEX candidates_dyad ON candidates(dyad);
    CREATE INDEX candidates_date ON candidates(date);
    """),
    (5, """
    -- articles stored without events: extraction crashed or ran out of its time budget under
    -- this extractor version (a later version tries again)
    CREATE TABLE extraction_problems (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL,
        extractor TEXT NOT NULL,
        seen_at REAL NOT NULL
    );
    """),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


class StoreError(Exception):
    """The database cannot be used; the message is one line for the user."""


def explain(path: str, exc: sqlite3.Error) -> str:
    """One line on why the database at `path` cannot be used."""
    msg = str(exc)
    if "not a database" in msg or "malformed" in msg:
        return f"{path} is not a Parley database (not an SQLite file, or damaged): {msg}"
    if "readonly" in msg or "read-only" in msg:
        return f"cannot write to the database {path}: it is read-only ({msg})"
    if "unable to open" in msg and path != ":memory:" and not Path(path).parent.is_dir():
        return f"cannot create the database {path}: no folder {Path(path).parent}"
    return f"cannot use the database {path}: {msg}"


class Store:
    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(explain(self.path, exc)) from exc
        try:
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except (sqlite3.Error, StoreError) as exc:
            self.conn.close()
            raise exc if isinstance(exc, StoreError) else StoreError(explain(self.path, exc)) from exc

    # -- schema -------------------------------------------------------------------------
    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        current = self.version
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {current}, newer than this Parley ({SCHEMA_VERSION})")
        for version, sql in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- articles -----------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add_article(self, article: Article) -> bool:
        """Insert an article; False when the same content is already stored."""
        cur = self.conn.execute(
            """INSERT OR IGNORE INTO articles
               (id, source, format, url, outlet, title, published, published_precision, published_basis,
                language, words, data, ingested_at)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (article.id, article.source, article.format, article.url, article.outlet, article.title,
             article.published.value, article.published.precision, article.published.basis,
             article.language, len(article.text.split()), json.dumps(article.to_dict(), ensure_ascii=False),
             time.time()),
        )
        if cur.rowcount:
            self.conn.execute("DELETE FROM skipped WHERE source = ?", (article.source,))
        return cur.rowcount == 1

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.from_dict(json.loads(row["data"])) if row else None

    def find_article_ids(self, prefix: str) -> list[str]:
        like = prefix.replace("%", "").replace("_", "") + "%"
        return [r[0] for r in self.conn.execute("SELECT id FROM articles WHERE id LIKE ? LIMIT 5", (like,))]

    def article_rows(self, limit: int | None = None) -> list[sqlite3.Row]:
        sql = ("SELECT id, source, outlet, title, published, published_precision, published_basis, language, words,"
               " extracted_at FROM articles ORDER BY COALESCE(published, '9999'), source")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self.conn.execute(sql).fetchall()

    def count(self, table: str) -> int:
        assert table in {"articles", "skipped", "candidates", "events", "extraction_problems"}
        return self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def pending_article_ids(self, extractor: str | None = None) -> list[str]:
        """Articles not extracted yet, less those whose extraction failed under `extractor`."""
        return [r[0] for r in self.conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN extraction_problems p ON p.article_id = a.id "
            "WHERE a.extracted_at IS NULL AND (p.extractor IS NULL OR p.extractor != ?) ORDER BY a.rowid",
            (extractor or "",))]

    # -- articles stored without events ------------------------------------------------------
    def record_extraction_problem(self, article_id: str, problem: Problem, extractor: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO extraction_problems (article_id, reason, detail, extractor, seen_at) "
            "VALUES (?,?,?,?,?)", (article_id, problem.reason, problem.detail, extractor, time.time()))

    def clear_extraction_problem(self, article_id: str) -> None:
        self.conn.execute("DELETE FROM extraction_problems WHERE article_id = ?", (article_id,))

    def extraction_problem_rows(self) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT a.source, p.reason, p.detail FROM extraction_problems p "
                                 "JOIN articles a ON a.id = p.article_id ORDER BY a.source").fetchall()

    # -- skipped inputs ---------------------------------------------------------------------
    def record_problem(self, problem: Problem) -> None:
        self.conn.execute(
            "INSERT INTO skipped (source, reason, detail, seen_at) VALUES (?,?,?,?) "
            "ON CONFLICT(source) DO UPDATE SET reason = excluded.reason, detail = excluded.detail, seen_at = excluded.seen_at",
            (problem.source, problem.reason, problem.detail, time.time()),
        )

    def skipped_rows(self) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT source, reason, detail FROM skipped ORDER BY source").fetchall()

    # -- repeated lines per outlet ------------------------------------------------------------
    def add_line_counts(self, group: str, keys: Iterable[str]) -> None:
        self.conn.executemany(
            "INSERT INTO line_counts (grp, line_key, n) VALUES (?,?,1) "
            "ON CONFLICT(grp, line_key) DO UPDATE SET n = n + 1",
            [(group, k) for k in keys],
        )

    def repeated_lines(self, group: str, min_count: int) -> set[str]:
        return {r[0] for r in self.conn.execute(
            "SELECT line_key FROM line_counts WHERE grp = ? AND n >= ?", (group, min_count))}

    # -- generic ----------------------------------------------------------------------------
    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()


def _statements(sql: str) -> list[str]:
    out, buf = [], []
    for line in sql.splitlines():
        if line.strip().startswith("--"):
            continue
        buf.append(line)
        if line.rstrip().endswith(";"):
            stmt = "\n".join(buf).strip()
            if stmt:
                out.append(stmt)
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        out.append(rest)
    return out
