"""The embedded store: one SQLite file, schema created and migrated by the program.

The schema version lives in PRAGMA user_version; each migration runs in its own transaction.
All writes go through `transaction()`, so a process killed mid-ingest leaves whole articles
(with their candidate events) or nothing, and the next run completes the rest.
"""
from __future__ import annotations

import sqlite3
import time
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import codec
from .corpus.blocking import candidate_block_keys, elsewhere_cannot_matter, pairable, place_country
from .ingest.versions import same_report_counts
from .records import Article, Problem, RawDocument, raw_from_dict, raw_to_dict
from .store_flat import MIGRATION_8, backfill, bump_generation, write_events

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
    -- versions and chrome: the document as read (to clean again when the corpus's chrome changes),
    -- its outlet group, its version family and the chrome it was cleaned of
    ALTER TABLE articles ADD COLUMN raw BLOB;
    ALTER TABLE articles ADD COLUMN grp TEXT;
    ALTER TABLE articles ADD COLUMN family TEXT;
    ALTER TABLE articles ADD COLUMN chrome TEXT;
    CREATE INDEX articles_family ON articles(family);
    CREATE INDEX articles_grp ON articles(grp);
    CREATE INDEX articles_unsettled ON articles(chrome) WHERE chrome LIKE '~%';
    CREATE TABLE article_lines (
        article_id TEXT NOT NULL,
        grp TEXT NOT NULL,
        line_key TEXT NOT NULL,
        PRIMARY KEY (article_id, grp, line_key)
    ) WITHOUT ROWID;
    CREATE INDEX article_lines_key ON article_lines(grp, line_key);
    CREATE TABLE article_shingles (
        hash TEXT NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (hash, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE group_chrome (
        grp TEXT NOT NULL,
        line_key TEXT NOT NULL,
        PRIMARY KEY (grp, line_key)
    ) WITHOUT ROWID;
    DROP TABLE line_counts;
    """),
    (6, """
    -- the corpus stage: candidates by block key and date (blocking without decoding), the people of
    -- the corpus and the mentions they are linked from, ids that events had before a merge renamed them
    CREATE TABLE candidate_keys (
        key TEXT NOT NULL,
        lo TEXT,
        hi TEXT,
        candidate_id TEXT NOT NULL,
        PRIMARY KEY (key, candidate_id)
    ) WITHOUT ROWID;
    CREATE INDEX candidate_keys_lo ON candidate_keys(key, lo);
    CREATE INDEX candidate_keys_candidate ON candidate_keys(candidate_id);
    CREATE TABLE person_mentions (
        article_id TEXT NOT NULL,
        name_key TEXT NOT NULL,
        family TEXT,
        name TEXT,
        country TEXT,
        title TEXT,
        basis TEXT,
        PRIMARY KEY (article_id, name_key)
    ) WITHOUT ROWID;
    CREATE INDEX person_mentions_family ON person_mentions(family);
    CREATE TABLE people (
        id TEXT PRIMARY KEY,
        family TEXT NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        title TEXT,
        articles INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX people_family ON people(family);
    CREATE INDEX people_name ON people(name);
    CREATE TABLE event_aliases (
        old_id TEXT PRIMARY KEY,
        new_id TEXT NOT NULL
    );
    CREATE TABLE person_keys (
        name_key TEXT PRIMARY KEY,
        family TEXT NOT NULL,
        person_id TEXT NOT NULL
    );
    CREATE INDEX person_keys_family ON person_keys(family);
    -- candidates of earlier extractors lack what the new merge reads: extract them again
    DELETE FROM candidates;
    DELETE FROM events;
    DELETE FROM inferred_dates;
    UPDATE articles SET extracted_at = NULL;
    """),
    (7, """
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
    (8, MIGRATION_8),
    (9, """
    -- the timeline's order as one sortable text (export.query): dated first, by date, a meeting
    -- first on its date, then by id; the parts are joined by a space, which sorts before every
    -- character of a date or an id ("2024" before "2024-01", as a tuple would have them). Pages
    -- are read along this index from a cursor, never sorted and never skipped through.
    ALTER TABLE events ADD COLUMN timeline_key TEXT GENERATED ALWAYS AS (
        (date IS NULL) || ' ' || COALESCE(date, '') || ' ' || (type != 'CONSULT') || ' ' || id) VIRTUAL;
    CREATE INDEX events_timeline ON events(timeline_key);
    -- the month a chart places an event in (export.chart_data): its own, or the first month of a
    -- longer interval (then chart_placed = 1); indexed with what the charts count, so that they
    -- are drawn from the index alone
    ALTER TABLE events ADD COLUMN chart_placed INTEGER GENERATED ALWAYS AS (
        CASE WHEN length(date) >= 7 AND substr(date, 6, 2) GLOB '[0-9][0-9]' THEN 0 ELSE 1 END) VIRTUAL;
    ALTER TABLE events ADD COLUMN chart_month TEXT GENERATED ALWAYS AS (
        CASE WHEN date IS NULL OR date_start IS NULL THEN NULL
             WHEN length(date) >= 7 AND substr(date, 6, 2) GLOB '[0-9][0-9]' THEN substr(date, 1, 7)
             ELSE substr(date_start, 1, 7) END) VIRTUAL;
    CREATE INDEX events_chart ON events(chart_month, chart_placed, dyad, status, score, issues);
    -- a report's fingerprint by article (versions: the size of another report's fingerprint)
    CREATE INDEX article_shingles_article ON article_shingles(article_id);
    -- a counter of changes to what the timeline's overview shows (charts, filter lists), so that a
    -- face may reuse its aggregates until the events change
    CREATE TABLE store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO store_meta VALUES ('events_generation', 0);
    CREATE TRIGGER events_generation_insert AFTER INSERT ON events BEGIN
        UPDATE store_meta SET value = value + 1 WHERE key = 'events_generation';
    END;
    CREATE TRIGGER events_generation_delete AFTER DELETE ON events BEGIN
        UPDATE store_meta SET value = value + 1 WHERE key = 'events_generation';
    END;
    CREATE TRIGGER events_generation_update AFTER UPDATE OF date, date_start, dyad, status, score, issues, type
        ON events BEGIN
        UPDATE store_meta SET value = value + 1 WHERE key = 'events_generation';
    END;
    CREATE TRIGGER participants_generation_insert AFTER INSERT ON event_participants BEGIN
        UPDATE store_meta SET value = value + 1 WHERE key = 'events_generation';
    END;
    """),
    (10, """
    -- the size of each report's fingerprint, so that the versions of a new report are decided in one
    -- grouped query (not one count per report sharing a sentence with it)
    ALTER TABLE articles ADD COLUMN shingles INTEGER;
    UPDATE articles SET shingles = (SELECT COUNT(*) FROM article_shingles s WHERE s.article_id = articles.id);
    CREATE INDEX articles_versions ON articles(id, shingles, family);
    -- (schema 9's index of fingerprints by article served the per-report counts; nothing reads it now)
    DROP INDEX article_shingles_article;
    """),
    (11, """
    -- the events generation is counted once per transaction that writes events (store_flat.bump_generation),
    -- not by a trigger per row: those ran an UPDATE for every event and participant written, a tenth of a
    -- large merge's writing
    DROP TRIGGER events_generation_insert;
    DROP TRIGGER events_generation_delete;
    DROP TRIGGER events_generation_update;
    DROP TRIGGER participants_generation_insert;
    -- a person's articles are those of the mentions of their spellings (store.person_articles), counted in SQL as
    -- articles arrive, not a list in the person's record that every merge of a new article would read and rewrite
    CREATE INDEX person_mentions_key ON person_mentions(name_key, article_id);
    CREATE INDEX person_keys_person ON person_keys(person_id);
    """),
    (12, """
    -- an undated report's choice of event, kept so that a merge reads it again only when a new report could change
    -- it (corpus.clustering.Choice): the score a new report must pass, and whether the choice is remade from its own
    -- event and the new reports alone (1) or needs every dated report of its people (0; NULL: not known, as before)
    ALTER TABLE candidates ADD COLUMN choice_floor REAL;
    ALTER TABLE candidates ADD COLUMN choice_local INTEGER;
    -- the country of each candidate's place (corpus.blocking.place_country), beside its keys: an undated report placed
    -- in one country looks up the events of its people placed there or nowhere (those placed elsewhere cannot be its)
    ALTER TABLE candidate_keys ADD COLUMN place TEXT;
    UPDATE candidate_keys SET place = (SELECT CASE WHEN json_extract(c.data, '$.location.name') IS NOT NULL
        THEN json_extract(c.data, '$.location.country') END FROM candidates c WHERE c.id = candidate_keys.candidate_id);
    -- the events that make claims, by dyad: a merge checks again the claims of the dyads it changed, not every
    -- event's (corpus_stage.refresh_claims)
    CREATE INDEX events_claims ON events(dyad) WHERE json_array_length(data, '$.claims') > 0;
    """),
    (13, """
    -- what the merge keeps of each candidate (the event it is in, the floor of its choice), in a narrow table of its
    -- own: a merge rewrites these rows, not the candidates' (a candidate is written once, by its extraction). Updating
    -- a column of a candidate rewrote its whole row, and a merge of a backlog in date order touched nearly every page
    -- of the candidates: two thirds of what a merge wrote to disk
    CREATE TABLE candidate_events (
        candidate_id TEXT PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        event_id TEXT,
        choice_floor REAL,
        choice_local INTEGER
    ) WITHOUT ROWID;
    INSERT INTO candidate_events (candidate_id, event_id, choice_floor, choice_local)
        SELECT id, event_id, choice_floor, choice_local FROM candidates;
    CREATE INDEX candidate_events_event ON candidate_events(event_id);
    CREATE INDEX candidate_events_pending ON candidate_events(candidate_id) WHERE event_id IS NULL;
    DROP INDEX candidates_event;
    DROP INDEX candidates_pending;
    ALTER TABLE candidates DROP COLUMN event_id;
    ALTER TABLE candidates DROP COLUMN choice_floor;
    ALTER TABLE candidates DROP COLUMN choice_local;
    """),
]
# what a migration computes in Python after its SQL, in the same transaction
BACKFILLS = {8: backfill}
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
                if version in BACKFILLS:
                    BACKFILLS[version](self.conn)
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
             article.language, len(article.text.split()), codec.dumps(article.to_dict()),
             time.time()),
        )
        if cur.rowcount:
            self.conn.execute("DELETE FROM skipped WHERE source = ?", (article.source,))
        return cur.rowcount == 1

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.from_dict(codec.loads(row["data"])) if row else None

    def find_article_ids(self, prefix: str) -> list[str]:
        like = prefix.replace("%", "").replace("_", "") + "%"
        return [r[0] for r in self.conn.execute("SELECT id FROM articles WHERE id LIKE ? LIMIT 5", (like,))]

    def article_rows(self, limit: int | None = None) -> list[sqlite3.Row]:
        sql = ("SELECT id, source, outlet, title, published, published_precision, published_basis, language, words,"
               " extracted_at FROM articles ORDER BY COALESCE(published, '9999'), source")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self.conn.execute(sql).fetchall()

    def events_generation(self) -> int:
        """A number that changes whenever the events (or what the timeline's overview shows of
        them) change."""
        return self.conn.execute("SELECT value FROM store_meta WHERE key = 'events_generation'").fetchone()[0]

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

    # -- versions and chrome --------------------------------------------------------------------
    def add_versions_data(self, article_id: str, raw: RawDocument, group: str, chrome: str,
                          line_keys: Iterable[str], fingerprint: list[str]) -> str:
        """Store what versions and chrome are decided from (call inside the article's transaction);
        links the article into the family of the reports it is a version of. Returns its family."""
        # "~": cleaned of the chrome known so far, to be settled after the run (pipeline.settle_chrome)
        self.conn.execute("UPDATE articles SET raw = ?, grp = ?, chrome = ?, shingles = ? WHERE id = ?",
                          (zlib.compress(codec.dump_bytes(raw_to_dict(raw))), group,
                           "~" + chrome, len(set(fingerprint)), article_id))
        self.conn.executemany("INSERT OR IGNORE INTO article_lines (article_id, grp, line_key) VALUES (?,?,?)",
                              [(article_id, group, k) for k in line_keys])
        self.conn.executemany("INSERT OR IGNORE INTO article_shingles (hash, article_id) VALUES (?,?)",
                              [(h, article_id) for h in fingerprint])
        families = {article_id}
        if fingerprint:
            # the reports sharing a long sentence with this one, with how many they share and the size
            # of their fingerprints, in one grouped query
            n_a = len(set(fingerprint))
            marks = ",".join("?" * len(fingerprint))
            shared_with = self.conn.execute(
                f"SELECT g.article_id, g.shared, a.shingles, a.family FROM (SELECT article_id, COUNT(*) AS shared "
                f"FROM article_shingles WHERE hash IN ({marks}) AND article_id != ? GROUP BY article_id) g "
                "JOIN articles a INDEXED BY articles_versions ON a.id = g.article_id", (*fingerprint, article_id)).fetchall()
            for other, shared, n_b, fam in sorted(tuple(r) for r in shared_with):
                if same_report_counts(shared, n_a, n_b or 0):
                    families.add(fam or other)
        family = min(families)
        old = sorted(families - {family})
        if old:
            marks = ",".join("?" * len(old))
            self.conn.execute(f"UPDATE articles SET family = ? WHERE family IN ({marks}) OR id IN ({marks})",
                              (family, *old, *old))
        self.conn.execute("UPDATE articles SET family = ? WHERE id = ?", (family, article_id))
        return family

    def raw_document(self, article_id: str) -> RawDocument | None:
        row = self.conn.execute("SELECT raw FROM articles WHERE id = ?", (article_id,)).fetchone()
        if not row or row[0] is None:
            return None
        return raw_from_dict(codec.loads(zlib.decompress(row[0])))

    def replace_article_text(self, article: Article, chrome: str) -> None:
        """An article cleaned again (its outlet's chrome changed): new text and layout, its events
        to be extracted again (call inside a transaction)."""
        self.conn.execute("UPDATE articles SET data = ?, words = ?, title = ?, published = ?, published_precision = ?, "
                          "published_basis = ?, chrome = ?, extracted_at = NULL WHERE id = ?",
                          (codec.dumps(article.to_dict()), len(article.text.split()), article.title,
                           article.published.value, article.published.precision, article.published.basis, chrome,
                           article.id))
        self.conn.execute("DELETE FROM candidates WHERE article_id = ?", (article.id,))

    def chrome_lines(self, group: str, min_families: int) -> set[str]:
        """Lines of a group that appear in `min_families` different reports."""
        return {r[0] for r in self.conn.execute(
            "SELECT l.line_key FROM article_lines l JOIN articles a ON a.id = l.article_id WHERE l.grp = ? "
            "GROUP BY l.line_key HAVING COUNT(DISTINCT COALESCE(a.family, a.id)) >= ?", (group, min_families))}

    def settle_group_chrome(self, group: str, chrome: set[str]) -> set[str]:
        """Record a group's chrome; returns the lines that became or stopped being chrome."""
        before = {r[0] for r in self.conn.execute("SELECT line_key FROM group_chrome WHERE grp = ?", (group,))}
        with self.transaction():
            self.conn.executemany("DELETE FROM group_chrome WHERE grp = ? AND line_key = ?",
                                  [(group, k) for k in before - chrome])
            self.conn.executemany("INSERT OR IGNORE INTO group_chrome (grp, line_key) VALUES (?,?)",
                                  [(group, k) for k in chrome - before])
        return before ^ chrome

    def unsettled_groups(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT DISTINCT grp FROM articles WHERE chrome LIKE '~%'")}

    def unsettled_articles(self, group: str) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM articles WHERE grp = ? AND chrome LIKE '~%'", (group,))}

    def articles_with_lines(self, group: str, keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        out: set[str] = set()
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            out |= {r[0] for r in self.conn.execute(
                f"SELECT DISTINCT article_id FROM article_lines WHERE grp = ? AND line_key IN ({','.join('?' * len(part))})",
                (group, *part))}
        return out

    def article_line_keys(self, article_id: str) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT line_key FROM article_lines WHERE article_id = ?", (article_id,))}

    def groups_of(self, article_ids: Iterable[str]) -> set[str]:
        ids = list(article_ids)
        out: set[str] = set()
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            out |= {r[0] for r in self.conn.execute(
                f"SELECT DISTINCT grp FROM articles WHERE grp IS NOT NULL AND id IN ({','.join('?' * len(part))})", part)}
        return out

    def versions_of(self, article_id: str) -> list[sqlite3.Row]:
        """The other versions of an article's report (same family)."""
        return self.conn.execute(
            "SELECT b.id, b.source, b.outlet, b.published FROM articles a JOIN articles b ON b.family = a.family "
            "WHERE a.id = ? AND b.id != a.id ORDER BY b.id", (article_id,)).fetchall()

    # -- candidate events (the per-article stage's output) ----------------------------------------
    def replace_candidates(self, article_id: str, candidates: list[dict], extractor: str) -> None:
        """Replace an article's candidate events, their block keys and its person mentions (call
        inside a transaction). The new candidates wait for the merge (in no event: candidate_events)."""
        old = [r[0] for r in self.conn.execute("SELECT id FROM candidates WHERE article_id = ?", (article_id,))]
        self.conn.executemany("DELETE FROM candidate_keys WHERE candidate_id = ?", [(i,) for i in old])
        # the events they were part of are merged again with the new candidates
        stale = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT m.event_id FROM candidates c JOIN candidate_events m ON m.candidate_id = c.id "
            "WHERE c.article_id = ? AND m.event_id IS NOT NULL", (article_id,))]
        for eid in stale:
            self.conn.execute("UPDATE candidate_events SET event_id = NULL WHERE event_id = ?", (eid,))
            self.conn.execute("DELETE FROM events WHERE id = ?", (eid,))
        if stale:
            bump_generation(self.conn)
        self.conn.execute("DELETE FROM candidates WHERE article_id = ?", (article_id,))
        self.conn.execute("DELETE FROM person_mentions WHERE article_id = ?", (article_id,))
        self.conn.executemany(
            "INSERT INTO candidates (id, article_id, kind, date, dyad, data) VALUES (?,?,?,?,?,?)",
            [(c["id"], article_id, c["kind"], c.get("date"), c.get("dyad"), codec.dumps(c))
             for c in candidates])
        self.conn.executemany("INSERT INTO candidate_events (candidate_id) VALUES (?)", [(c["id"],) for c in candidates])
        self.conn.executemany(
            "INSERT OR IGNORE INTO candidate_keys (key, lo, hi, candidate_id, place) VALUES (?,?,?,?,?)",
            [(k, lo, hi, c["id"], place_country(c)) for c in candidates for k, lo, hi in candidate_block_keys(c)])
        mentions = {}
        for c in candidates:
            for p in (c.get("actors") or []) + (c.get("recipients") or []):
                if p.get("kind") == "person" and p.get("name_key"):
                    mentions.setdefault(p["name_key"], p)
        self.conn.executemany(
            "INSERT OR REPLACE INTO person_mentions (article_id, name_key, family, name, country, title, basis) "
            "VALUES (?,?,?,?,?,?,?)",
            [(article_id, k, k.split("|", 1)[0], p.get("name") or "", p.get("country"), p.get("title"),
              (p.get("basis") or {}).get("country")) for k, p in mentions.items()])
        self.conn.execute("UPDATE articles SET extracted_at = ?, extractor = ? WHERE id = ?",
                          (time.time(), extractor, article_id))

    def pending_candidate_ids(self) -> list[str]:
        """Candidates waiting for the merge, in date order. An undated one goes where the latest
        dated candidate of its narrow keys lies, after the meetings it may join: a batch merges it
        once, with all of them. (Placed at the earliest, it was merged before most of them, and every
        later batch with a meeting of its people read it again, to see whether it should move.) One
        with no such candidate goes last, by block key (a batch of them needs few keys)."""
        return [r[0] for r in self.conn.execute(
            # (the latest day of each key is one seek in the index of keys and days)
            "SELECT c.id, COALESCE(c.date, (SELECT MAX((SELECT t.lo FROM candidate_keys t WHERE t.key = k.key "
            "AND t.lo IS NOT NULL ORDER BY t.lo DESC LIMIT 1)) FROM candidate_keys k WHERE k.candidate_id = c.id)) "
            "AS place_in_time "
            "FROM candidate_events m JOIN candidates c ON c.id = m.candidate_id WHERE m.event_id IS NULL "
            "ORDER BY place_in_time IS NULL, place_in_time, c.date IS NULL, "
            "(SELECT MIN(key) FROM candidate_keys WHERE candidate_id = c.id), c.id")]

    def affected_candidates(self, pending: list[str], window_days: int, rounds: int = 4,
                            waiting: set[str] | frozenset[str] = frozenset(),
                            stirred: Callable[[dict[str, float | None]], set[str]] | None = None
                            ) -> tuple[set[str], set[str]]:
        """The candidates a merge of `pending` must consider, a neighbourhood that stays local:
        1. those sharing a block key with a waiting candidate whose dates come within `window_days`
           of its dates (a month or a year over its span), unless their keys tell that it cannot pair
           with them (`_may_pair`): all it may pair with; and the merged undated ones of its narrow
           keys, which may now prefer it;
        2. every candidate of the events these belong to (an event is fused from all its reports);
        3. for each undated candidate so far, every dated candidate of its narrow keys (placed in
           its country or not placed, where it is placed: corpus.blocking) with their events'
           reports: all it may join (a few rounds, as these bring further undated ones).
        What is only reached by 2 and 3 is not widened by its own dates: nothing new reaches them,
        so their events stand as they were unless something in the set joins them (widening them
        too would chain month by month through a pair that met for ten years, to the whole store).
        Candidates of `waiting` (merged by a later batch) are left out.

        With `stirred` (merged undated candidates, with the floor of their choice of event ->
        those that the waiting ones may move: corpus_stage), merged undated candidates come in by
        1 and 3 only if it keeps them, and one whose choice was local (it joined an event that led
        every other by the margin) does not bring the dated candidates of its keys: its own event
        and the new ones are all its choice is made from again. Without it, all come, as before.
        Returns (the whole set, the events reached only through undated reports: whole events,
        whose dated reports the merge keeps together as they stand)."""
        frontier = sorted(set(pending))
        near, joiners, _ = self._block_neighbours(frontier, window_days)
        near = (near - waiting) | set(frontier)
        out = near | self._event_members(near)
        if stirred is not None:
            joiners = stirred(self._choice_floors(joiners - out))
        reached = (joiners | self._event_members(joiners)) - out
        out |= reached
        undated = self._undated(out, all_choices=stirred is None)
        done: set[str] = set()
        for _ in range(rounds):
            todo = sorted(undated - done)
            if not todo:
                break
            done.update(todo)
            _, more, targets = self._block_neighbours(todo, window_days, dated=False)
            more = more - out - waiting
            if stirred is not None:
                more = stirred(self._choice_floors(more))
            reach = (more | targets) - out - waiting
            reach |= self._event_members(reach) - out
            out |= reach
            reached |= reach
            undated = self._undated(reach, all_choices=stirred is None) | undated
        return out, reached

    def _choice_floors(self, ids: Iterable[str]) -> dict[str, float | None]:
        """The floor of each merged undated candidate's choice of event (None: not known)."""
        out: dict[str, float | None] = {}
        for part in chunks(sorted(ids)):
            out.update(self.conn.execute(
                f"SELECT candidate_id, choice_floor FROM candidate_events "
                f"WHERE candidate_id IN ({','.join('?' * len(part))})", part).fetchall())
        return out

    def _block_neighbours(self, ids: list[str], window_days: int,
                          dated: bool = True) -> tuple[set[str], set[str], set[str]]:
        """(dated candidates that may pair with `ids`, merged undated candidates that may join one
        of them, dated candidates an undated one of `ids` may join). With dated=False no first."""
        found: set[str] = set()
        joiners: set[str] = set()
        targets: set[str] = set()
        keys: dict[str, list[tuple[str | None, str | None]]] = {}
        places: dict[str, set[str | None]] = {}      # narrow key -> the countries its undated candidates are placed in
        dated_keys: dict[str, tuple[str, str, list[str]]] = {}      # dated candidate -> (its first day, last, keys)
        by_place = elsewhere_cannot_matter()
        for part in chunks(ids):
            for cid, k, lo, hi, place in self.conn.execute(
                    f"SELECT candidate_id, key, lo, hi, place FROM candidate_keys "
                    f"WHERE candidate_id IN ({','.join('?' * len(part))})", part):
                keys.setdefault(k, []).append((lo, hi))
                if lo is None:
                    places.setdefault(k, set()).add(place if by_place else None)
                else:
                    dated_keys.setdefault(cid, (lo, hi or lo, []))[2].append(k)
        # (each kind of lookup is one query over all the keys, passed as JSON: one seek per key)
        narrow = sorted(places)
        windows, wide = [], []
        if dated:
            for k in sorted(keys):
                spans = [(lo, hi or lo) for lo, hi in keys[k] if lo]
                if spans:
                    windows += [[k, a, b, a_year] for a, b, a_year in _windows(spans, window_days)]
                    if not k.startswith("f:"):      # the merged undated candidates that may join these
                        wide.append(k)
        # an undated candidate's narrow key: all it may join, and the merged undated ones of that key (one still
        # waiting comes with its own batch)
        # (the dated ones placed where an undated one of the key is, or not placed: corpus.blocking)
        targets.update(r[0] for r in self.conn.execute(
            "SELECT k.candidate_id FROM json_each(?) u JOIN candidate_keys k ON k.key = u.value ->> 0 AND k.lo IS NOT NULL "
            "WHERE u.value ->> 1 IS NULL OR k.place IS NULL OR k.place IN (SELECT value FROM json_each(u.value -> 1))",
            (codec.dumps([[k, None if None in places[k] else sorted(places[k])] for k in narrow]),)))
        spans = {r[0]: (r[1], r[2]) for r in self.conn.execute(
            "SELECT k.candidate_id, k.lo, k.hi FROM json_each(?) w JOIN candidate_keys k ON k.key = w.value ->> 0 "
            "AND k.lo BETWEEN w.value ->> 3 AND w.value ->> 2 AND k.hi >= w.value ->> 1", (codec.dumps(windows),))}
        if spans:
            found = self._may_pair(spans, dated_keys, window_days)
        joiners.update(r[0] for r in self.conn.execute(
            "SELECT k.candidate_id FROM json_each(?) u JOIN candidate_keys k ON k.key = u.value AND k.lo IS NULL "
            "JOIN candidate_events m ON m.candidate_id = k.candidate_id WHERE m.event_id IS NOT NULL",
            (codec.dumps(sorted(set(wide) | set(narrow))),)))
        return found, joiners, targets

    def _may_pair(self, found: dict[str, tuple[str, str]], own: dict[str, tuple[str, str, list[str]]],
                  window_days: int) -> set[str]:
        """Of the dated candidates `found` (id -> first day, last) near the dated candidates `own` (id -> first day,
        last, keys), those that one of these may pair with (corpus.blocking.pairable), read with their keys."""
        theirs: dict[str, tuple[str, str, list[str]]] = {}
        for part in chunks(sorted(found.keys() - own.keys())):
            for cid, k in self.conn.execute(      # (from the index of keys by candidate alone)
                    f"SELECT candidate_id, key FROM candidate_keys WHERE candidate_id IN ({','.join('?' * len(part))})",
                    part):
                if cid not in theirs:
                    lo, hi = found[cid]
                    theirs[cid] = (lo, hi or lo, [])
                theirs[cid][2].append(k)
        return (found.keys() & own.keys()) | pairable(own, theirs, window_days)

    def _undated(self, ids: Iterable[str], all_choices: bool = True) -> set[str]:
        """The undated candidates of `ids`; unless `all_choices`, only those whose choice of event is not local
        (waiting, or made among all the dated candidates of their keys)."""
        out: set[str] = set()
        local = "" if all_choices else "AND (m.event_id IS NULL OR m.choice_local IS NOT 1) "
        for part in chunks(sorted(ids)):
            out.update(r[0] for r in self.conn.execute(
                # (+date: by the id alone; SQLite would otherwise scan the index of dates for every id)
                f"SELECT c.id FROM candidates c JOIN candidate_events m ON m.candidate_id = c.id "
                f"WHERE +c.date IS NULL {local}AND c.id IN ({','.join('?' * len(part))})", part))
        return out

    def _event_members(self, ids: Iterable[str]) -> set[str]:
        """Every candidate of the events that `ids` belong to."""
        events: set[str] = set()
        for part in chunks(sorted(ids)):
            events.update(r[0] for r in self.conn.execute(
                f"SELECT DISTINCT event_id FROM candidate_events WHERE event_id IS NOT NULL "
                f"AND candidate_id IN ({','.join('?' * len(part))})", part))
        members: set[str] = set()
        for part in chunks(sorted(events)):
            members.update(r[0] for r in self.conn.execute(
                f"SELECT candidate_id FROM candidate_events WHERE event_id IN ({','.join('?' * len(part))})", part))
        return members

    def event_ids_of(self, candidate_ids: Iterable[str]) -> dict[str, str]:
        """The event of each of these candidates that has one."""
        out: dict[str, str] = {}
        for part in chunks(sorted(candidate_ids)):
            out.update(self.conn.execute(
                f"SELECT candidate_id, event_id FROM candidate_events WHERE event_id IS NOT NULL "
                f"AND candidate_id IN ({','.join('?' * len(part))})",
                part).fetchall())
        return out

    def event_dyads(self, event_ids: Iterable[str]) -> set[str | None]:
        out: set[str | None] = set()
        for part in chunks(sorted(event_ids)):
            out.update(r[0] for r in self.conn.execute(
                f"SELECT DISTINCT dyad FROM events WHERE id IN ({','.join('?' * len(part))})", part))
        return out

    def events_with_claims(self, dyads: set[str | None] | None = None) -> list[sqlite3.Row]:
        """(id, dyad, data) of the events that make claims: all, or those of `dyads` (through their index,
        migration 12)."""
        return self._of_dyads("SELECT id, dyad, data FROM events WHERE json_array_length(data, '$.claims') > 0", dyads)

    def meetings_of(self, dyads: set[str | None] | None = None) -> list[sqlite3.Row]:
        """(id, type, date, dyad, status, mode) of the meetings (CONSULT events): all, or those of `dyads`."""
        # ("+type" keeps SQLite from scanning every meeting through the index of types instead of that of dyads)
        return self._of_dyads("SELECT id, type, date, dyad, status, mode FROM events WHERE +type = 'CONSULT'", dyads)

    def _of_dyads(self, sql: str, dyads: set[str | None] | None) -> list[sqlite3.Row]:
        """The rows of `sql` (which ends in a WHERE clause), all of them or those of `dyads`."""
        if dyads is None:
            return self.query(sql)
        named = sorted(d for d in dyads if d is not None)
        rows = [r for part in chunks(named)
                for r in self.query(f"{sql} AND dyad IN ({','.join('?' * len(part))})", tuple(part))]
        return rows + (self.query(f"{sql} AND dyad IS NULL") if None in dyads else [])

    def event_sizes_and_dates(self, event_ids: list[str]) -> dict[str, tuple[int, str | None, str | None]]:
        """How many candidates each stored event was fused from, its date and the date's precision."""
        out: dict[str, tuple[int, str | None, str | None]] = {}
        for part in chunks(event_ids):
            out.update((r[0], tuple(r[1:])) for r in self.conn.execute(
                f"SELECT id, json_array_length(data, '$.candidate_ids'), date, date_precision FROM events "
                f"WHERE id IN ({','.join('?' * len(part))})", part))
        return out

    def candidates_by_ids(self, ids: Iterable[str]) -> list[dict]:
        ids = sorted(ids)
        out = []
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            out += [codec.loads(r[0]) for r in self.conn.execute(
                f"SELECT data FROM candidates WHERE id IN ({','.join('?' * len(part))})", part)]
        return out

    def person_mentions(self, families: Iterable[str]) -> list[tuple]:
        fams = sorted(set(families))
        out = []
        for i in range(0, len(fams), 500):
            part = fams[i:i + 500]
            out += [tuple(r) for r in self.conn.execute(
                "SELECT name_key, name, country, title, basis, article_id FROM person_mentions "
                f"WHERE family IN ({','.join('?' * len(part))}) ORDER BY article_id, name_key", part)]
        return out

    def article_meta(self, ids: Iterable[str]) -> dict[str, dict]:
        """What events show of their sources, with inferred dates and a dateline's day and month."""
        out: dict[str, dict] = {}
        ids = sorted(set(ids))
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            marks = ",".join("?" * len(part))
            for r in self.conn.execute(f"SELECT rowid AS seq, id, source, url, outlet, title, published, "
                                       f"published_precision, json_extract(data, '$.published.candidates') AS pc "
                                       f"FROM articles WHERE id IN ({marks})", part):
                d = dict(r)
                cands = codec.loads(d.pop("pc") or "[]")
                d["partial"] = next((c["value"] for c in cands if c.get("precision") == "month-day"), None)
                if d["published_precision"] != "day":
                    d["published"] = None if not d["published"] or len(d["published"]) < 10 else d["published"]
                out[d["id"]] = d
            for r in self.conn.execute(f"SELECT article_id, value, precision, reason FROM inferred_dates "
                                       f"WHERE article_id IN ({marks})", part):
                out[r["article_id"]]["inferred"] = dict(r)
        return out

    def person_links(self, keys: Iterable[str]) -> dict[str, str]:
        """The person id of each name key already linked."""
        keys = sorted(set(keys))
        out: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            out.update((r[0], r[1]) for r in self.conn.execute(
                f"SELECT name_key, person_id FROM person_keys WHERE name_key IN ({','.join('?' * len(part))})", part))
        return out

    def people_by_ids(self, ids: Iterable[str]) -> dict[str, dict]:
        ids = sorted(set(ids))
        out: dict[str, dict] = {}
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            out.update((r[0], codec.loads(r[1])) for r in self.conn.execute(
                f"SELECT id, data FROM people WHERE id IN ({','.join('?' * len(part))})", part))
        return out

    def replace_people(self, families: Iterable[str], people: list[dict], links: dict[str, str]) -> None:
        """The people of some families, linked again (one transaction)."""
        fams = sorted(set(families))
        with self.transaction():
            self.conn.executemany("DELETE FROM people WHERE family = ?", [(f,) for f in fams])
            self.conn.executemany("DELETE FROM person_keys WHERE family = ?", [(f,) for f in fams])
            self.conn.executemany(
                "INSERT OR REPLACE INTO people (id, family, name, country, title, articles, data) VALUES (?,?,?,?,?,?,?)",
                [(p["id"], p["family"], p["name"], p["country"], p["title"], len(p["articles"]),
                  codec.dumps(_record(p))) for p in people])
            self.conn.executemany("INSERT OR REPLACE INTO person_keys (name_key, family, person_id) VALUES (?,?,?)",
                                  [(k, k.split("|", 1)[0], pid) for k, pid in links.items()])

    def update_people(self, people: list[dict], recount: Iterable[str] = ()) -> None:
        """Store the records of some people (new spellings), and count again the articles of others (new articles)."""
        with self.transaction():
            self.conn.executemany("UPDATE people SET data = ? WHERE id = ?",
                                  [(codec.dumps(_record(p)), p["id"]) for p in people])
            self.conn.executemany(
                "UPDATE people SET articles = (SELECT COUNT(DISTINCT m.article_id) FROM person_keys k "
                "JOIN person_mentions m ON m.name_key = k.name_key WHERE k.person_id = people.id) WHERE id = ?",
                [(pid,) for pid in sorted(set(recount))])

    def person_articles(self, ids: Iterable[str]) -> dict[str, list[str]]:
        """The articles of each of these people: those that mention them under any of their spellings."""
        out: dict[str, list[str]] = {pid: [] for pid in ids}
        for part in chunks(sorted(out)):
            for pid, aid in self.conn.execute(
                    f"SELECT DISTINCT k.person_id, m.article_id FROM person_keys k JOIN person_mentions m "
                    f"ON m.name_key = k.name_key WHERE k.person_id IN ({','.join('?' * len(part))}) "
                    f"ORDER BY k.person_id, m.article_id", part):
                out[pid].append(aid)
        return out

    def write_resolution(self, candidate_ids: Iterable[str], events: list[dict], kept: Iterable[str] = (),
                         old: dict[str, str] | None = None,
                         floors: dict[str, tuple[float, bool]] | None = None) -> None:
        """Replace the events of a set of candidates (one transaction): `events` fused anew, `kept`
        the ids of stored events that stand as they are with the same candidates; `old`, the
        events the candidates are in (`event_ids_of`), when the caller has read them. An event that
        comes out as it was stored (same id, same fields) is left as it is, with its flat rows
        and its full-text entry: a merge rewrites only what changed. Old event ids that a merge
        renamed are kept as aliases of the new ones. `floors`: the choice of each undated report
        (corpus.merge.Resolution.floors)."""
        new_of = {cid: e["id"] for e in events for cid in e["candidate_ids"]}
        encoded = {e["id"]: codec.dumps(e) for e in events}
        with self.transaction():
            old = self.event_ids_of(candidate_ids) if old is None else old
            stored: dict[str, str] = {}
            for part in chunks(sorted(encoded)):
                stored.update(self.conn.execute(
                    f"SELECT id, data FROM events WHERE id IN ({','.join('?' * len(part))})", part).fetchall())
            changed = [e for e in events if stored.get(e["id"]) != encoded[e["id"]]]
            gone = set(old.values()) - set(encoded) - set(kept)     # (a DELETE clears their flat rows)
            self.conn.executemany("DELETE FROM events WHERE id = ?", [(e,) for e in sorted(gone)])
            # (an event that keeps its id is updated in place, its rowid too; its old flat rows are replaced)
            write_events(self.conn, changed, encoded, set(stored), time.time())
            if changed or gone:
                bump_generation(self.conn)
            self.conn.executemany("UPDATE candidate_events SET event_id = ? WHERE candidate_id = ?",
                                  [(eid, cid) for cid, eid in sorted(new_of.items()) if old.get(cid) != eid])
            renamed = {(o, new_of[c]) for c, o in old.items() if c in new_of and new_of[c] != o}
            live = set(encoded) | set(kept)
            self.conn.executemany("INSERT OR REPLACE INTO event_aliases (old_id, new_id) VALUES (?,?)",
                                  sorted((o, n) for o, n in renamed if o not in live))
            self.conn.executemany("DELETE FROM event_aliases WHERE old_id = ?", [(e,) for e in sorted(live)])
            self.conn.executemany("UPDATE candidate_events SET choice_floor = ?, choice_local = ? WHERE candidate_id = ?",
                                  [(f, int(local), cid) for cid, (f, local) in sorted((floors or {}).items())])

    def set_inferred_date(self, article_id: str, value: str, reason: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO inferred_dates (article_id, value, precision, reason) VALUES (?,?,?,?)",
                          (article_id, value, "day", reason))

    def inferred(self, article_id: str) -> tuple[str | None, str | None]:
        """(date, reason) an undated article was read as of, or (None, None)."""
        row = self.conn.execute("SELECT value, reason FROM inferred_dates WHERE article_id = ?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def resolve_event_id(self, event_id: str) -> str:
        row = self.conn.execute("SELECT new_id FROM event_aliases WHERE old_id = ?", (event_id,)).fetchone()
        return row[0] if row else event_id

    def people_rows(self, name: str | None = None, limit: int | None = None) -> list[sqlite3.Row]:
        sql = "SELECT id, name, country, title, articles, data FROM people"
        params: tuple = ()
        if name:
            sql += " WHERE name LIKE ? OR data LIKE ?"
            params = (f"%{name}%", f"%{name}%")
        sql += " ORDER BY articles DESC, name"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self.conn.execute(sql, params).fetchall()

    # -- generic ----------------------------------------------------------------------------
    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()


def _record(person: dict) -> dict:
    """A person as stored: all but their articles (store.person_articles; counted in the `articles` column)."""
    return {k: v for k, v in person.items() if k != "articles"}


def _windows(spans: list[tuple[str, str]], days: int) -> list[tuple[str, str, str]]:
    """Date windows of `days` around ISO intervals, overlapping ones joined: (from, to, from less a
    year), the last bound for a query on interval starts (no interval is longer than a year)."""
    import datetime as dt

    out: list[list[dt.date]] = []
    for lo, hi in sorted(spans):
        a = dt.date.fromisoformat(lo[:10]) - dt.timedelta(days=days)
        b = dt.date.fromisoformat(hi[:10]) + dt.timedelta(days=days)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a.isoformat(), b.isoformat(), (a - dt.timedelta(days=366)).isoformat()) for a, b in out]


def _statements(sql: str) -> list[str]:
    out, buf = [], []
    for line in sql.splitlines():
        if line.strip().startswith("--"):
            continue
        buf.append(line)
        if line.rstrip().endswith(";") and sqlite3.complete_statement("\n".join(buf)):   # (a trigger's body)
            stmt = "\n".join(buf).strip()
            if stmt:
                out.append(stmt)
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        out.append(rest)
    return out


def chunks(ids: list, size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]
