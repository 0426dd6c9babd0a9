"""The embedded store: one SQLite file, schema created and migrated by the program.

The schema and its migrations are in store_schema; the reads that find a merge's neighbourhood in
store_neighbours (a mixin of Store).
All writes go through `transaction()`, so a process killed mid-ingest leaves whole articles
(with their candidate events) or nothing, and the next run completes the rest.
"""
from __future__ import annotations

import sqlite3
import time
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import codec
from .corpus.blocking import candidate_block_keys, place_country
from .corpus.dating import OTHER_READING_NOTE
from .ingest.versions import same_report_counts
from .records import Article, Problem, RawDocument, raw_from_dict, raw_to_dict
from .store_flat import bump_generation, write_events
from .store_neighbours import NeighbourhoodReads, chunks
from .store_schema import BACKFILLS, MIGRATIONS, SCHEMA_VERSION, statements


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


class Store(NeighbourhoodReads):
    """The store of one SQLite file (the merge's neighbourhood reads: store_neighbours)."""

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
                for statement in statements(sql):
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
        for part in chunks(keys):
            out |= {r[0] for r in self.conn.execute(
                f"SELECT DISTINCT article_id FROM article_lines WHERE grp = ? AND line_key IN ({','.join('?' * len(part))})",
                (group, *part))}
        return out

    def article_line_keys(self, article_id: str) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT line_key FROM article_lines WHERE article_id = ?", (article_id,))}

    def groups_of(self, article_ids: Iterable[str]) -> set[str]:
        ids = list(article_ids)
        out: set[str] = set()
        for part in chunks(ids):
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
        for part in chunks(ids):
            out += [codec.loads(r[0]) for r in self.conn.execute(
                f"SELECT data FROM candidates WHERE id IN ({','.join('?' * len(part))})", part)]
        return out

    def person_mentions(self, families: Iterable[str]) -> list[tuple]:
        fams = sorted(set(families))
        out = []
        for part in chunks(fams):
            out += [tuple(r) for r in self.conn.execute(
                "SELECT name_key, name, country, title, basis, article_id FROM person_mentions "
                f"WHERE family IN ({','.join('?' * len(part))}) ORDER BY article_id, name_key", part)]
        return out

    def article_meta(self, ids: Iterable[str]) -> dict[str, dict]:
        """What events show of their sources, with inferred dates and a dateline's day and month."""
        out: dict[str, dict] = {}
        ids = sorted(set(ids))
        for part in chunks(ids):
            marks = ",".join("?" * len(part))
            for r in self.conn.execute(f"SELECT rowid AS seq, id, source, url, outlet, title, published, "
                                       f"published_precision, json_extract(data, '$.published.candidates') AS pc "
                                       f"FROM articles WHERE id IN ({marks})", part):
                d = dict(r)
                cands = codec.loads(d.pop("pc") or "[]")
                partial = next((c for c in cands if c.get("precision") == "month-day"), {})
                d["partial"], d["dateline_place"] = partial.get("value"), partial.get("place")
                if d["published_precision"] != "day":
                    d["published"] = None if not d["published"] or len(d["published"]) < 10 else d["published"]
                out[d["id"]] = d
            for r in self.conn.execute(f"SELECT article_id, value, precision, reason FROM inferred_dates "
                                       f"WHERE article_id IN ({marks})", part):
                out[r["article_id"]]["inferred"] = dict(r)
                if (r["reason"] or "").startswith(OTHER_READING_NOTE):
                    out[r["article_id"]]["published"] = r["value"]      # (its ambiguous date, read the other way)
        return out

    def person_links(self, keys: Iterable[str]) -> dict[str, str]:
        """The person id of each name key already linked."""
        keys = sorted(set(keys))
        out: dict[str, str] = {}
        for part in chunks(keys):
            out.update((r[0], r[1]) for r in self.conn.execute(
                f"SELECT name_key, person_id FROM person_keys WHERE name_key IN ({','.join('?' * len(part))})", part))
        return out

    def people_by_ids(self, ids: Iterable[str]) -> dict[str, dict]:
        ids = sorted(set(ids))
        out: dict[str, dict] = {}
        for part in chunks(ids):
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
