"""Flat, indexed tables beside `events.data` (schema version 8), for SQL, Datasette and paging.

Each merged event is also written as the event table contract (parley.contract): flat columns on
`events` (date_start, date_end, date_precision, mode, place, ...), one row per participant in
`event_participants`, one per source in `event_sources`, and its searchable text in `event_fts`
(FTS5, trigram: the `text` filter matches parts of words as it always did). Article text is in
`article_fts` (FTS5, words), kept in sync by triggers. Views present rows flat with ISO 8601
timestamps: `event_list`, `article_list`. Deleting an event removes its flat rows (trigger), however
it is deleted. Nothing here imports the store (store.py imports this).
"""
from __future__ import annotations

import sqlite3
from typing import Iterable

from . import codec
from .contract import event_row, search_text

MIGRATION_8 = """
-- the event table contract as columns, tables and full-text indexes (parley.store_flat)
ALTER TABLE events ADD COLUMN date_start TEXT;
ALTER TABLE events ADD COLUMN date_end TEXT;
ALTER TABLE events ADD COLUMN date_precision TEXT;
ALTER TABLE events ADD COLUMN date_basis TEXT;
ALTER TABLE events ADD COLUMN mode TEXT;
ALTER TABLE events ADD COLUMN score REAL;
ALTER TABLE events ADD COLUMN summary TEXT;
ALTER TABLE events ADD COLUMN place TEXT;
ALTER TABLE events ADD COLUMN place_country TEXT;
ALTER TABLE events ADD COLUMN place_lat REAL;
ALTER TABLE events ADD COLUMN place_lon REAL;
ALTER TABLE events ADD COLUMN issues TEXT;
CREATE INDEX events_date_start ON events(date_start, date_end);
CREATE INDEX events_date_end ON events(date_end);
CREATE INDEX events_type ON events(type, date_start);
CREATE INDEX events_status ON events(status);
CREATE TABLE event_participants (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    name TEXT,
    title TEXT,
    country TEXT,
    sector TEXT,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_participants_country ON event_participants(country, event_id);
CREATE INDEX event_participants_name ON event_participants(name COLLATE NOCASE);
CREATE TABLE event_sources (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    article_id TEXT REFERENCES articles(id),
    url TEXT,
    outlet TEXT,
    published TEXT,
    evidence TEXT,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_sources_article ON event_sources(article_id);
CREATE VIRTUAL TABLE event_fts USING fts5(event_id UNINDEXED, text, tokenize = 'trigram');
CREATE VIRTUAL TABLE article_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER events_flat_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_fts WHERE rowid = old.rowid;
    DELETE FROM event_participants WHERE event_id = old.id;
    DELETE FROM event_sources WHERE event_id = old.id;
END;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_fts (rowid, title, text) VALUES (new.rowid, new.title, json_extract(new.data, '$.text'));
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF data, title ON articles BEGIN
    DELETE FROM article_fts WHERE rowid = old.rowid;
    INSERT INTO article_fts (rowid, title, text) VALUES (new.rowid, new.title, json_extract(new.data, '$.text'));
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_fts WHERE rowid = old.rowid;
END;
INSERT INTO article_fts (rowid, title, text) SELECT rowid, title, json_extract(data, '$.text') FROM articles;
CREATE VIEW event_list AS
SELECT e.id, e.date, e.date_start, e.date_end, e.date_precision, e.date_basis, e.type, e.mode, e.status, e.score,
       e.dyad,
       (SELECT group_concat(country, ';') FROM (SELECT DISTINCT country FROM event_participants p
            WHERE p.event_id = e.id AND country IS NOT NULL ORDER BY country)) AS countries,
       (SELECT group_concat(COALESCE(name || COALESCE(' (' || country || ')', ''), country, '?'), '; ')
            FROM (SELECT * FROM event_participants p WHERE p.event_id = e.id ORDER BY position)) AS participants,
       e.place, e.place_country, e.place_lat, e.place_lon, e.issues, e.summary,
       (SELECT COUNT(*) FROM event_sources s WHERE s.event_id = e.id) AS n_sources,
       (SELECT url FROM event_sources s WHERE s.event_id = e.id AND url IS NOT NULL ORDER BY position LIMIT 1)
            AS first_url,
       strftime('%Y-%m-%dT%H:%M:%SZ', e.updated_at, 'unixepoch') AS updated
FROM events e;
CREATE VIEW article_list AS
SELECT id, source, url, outlet, title, published, published_precision, language, words,
       strftime('%Y-%m-%dT%H:%M:%SZ', ingested_at, 'unixepoch') AS ingested,
       strftime('%Y-%m-%dT%H:%M:%SZ', extracted_at, 'unixepoch') AS extracted, extractor
FROM articles;
"""


COLUMNS = ("date_start", "date_end", "date_precision", "date_basis", "mode", "score", "summary", "place",
           "place_country", "place_lat", "place_lon", "issues")


def _columns(r) -> tuple:
    """The flat columns of an event row (contract.EventRow), in the order of COLUMNS."""
    pl = r.place
    return (r.date_start and r.date_start.isoformat(), r.date_end and r.date_end.isoformat(), r.date_precision,
            r.date_basis, r.mode, r.score, r.summary, pl and pl.name, pl and pl.country, pl and pl.lat, pl and pl.lon,
            ";".join(r.issues) or None)


def write_events(conn: sqlite3.Connection, events: list[dict], encoded: dict[str, str], stored: set[str],
                 now: float) -> None:
    """Write events with their flat columns (updated in place where `stored` holds their id, so their
    rowid stays; inserted otherwise), then their flat rows. Call inside the transaction."""
    # (in the order of their ids: each B-tree of ids is written page after page, not at random)
    rows = [(ev, event_row(ev)) for ev in sorted(events, key=lambda e: e["id"])]
    head = (lambda e: (e["type"], e["date"], e.get("dyad"), e["status"], encoded[e["id"]], now))
    conn.executemany(
        f"UPDATE events SET type = ?, date = ?, dyad = ?, status = ?, data = ?, updated_at = ?, "
        f"{', '.join(c + ' = ?' for c in COLUMNS)} WHERE id = ?",
        [head(e) + _columns(r) + (e["id"],) for e, r in rows if e["id"] in stored])
    conn.executemany(
        f"INSERT OR REPLACE INTO events (type, date, dyad, status, data, updated_at, {', '.join(COLUMNS)}, id) "
        f"VALUES ({','.join('?' * (len(COLUMNS) + 7))})",
        [head(e) + _columns(r) + (e["id"],) for e, r in rows if e["id"] not in stored])
    _write_rows(conn, rows)


def bump_generation(conn: sqlite3.Connection) -> None:
    """Count a change of the events (store.events_generation): once in each transaction that writes,
    deletes or rewrites events or their flat rows."""
    conn.execute("UPDATE store_meta SET value = value + 1 WHERE key = 'events_generation'")


def write_flat(conn: sqlite3.Connection, events: Iterable[dict]) -> None:
    """Write the flat columns and rows of events already in `events` (call inside the transaction
    that wrote them; their old flat rows went with the DELETE trigger or are replaced here)."""
    rows = [(ev, event_row(ev)) for ev in events]
    conn.executemany(f"UPDATE events SET {', '.join(c + ' = ?' for c in COLUMNS)} WHERE id = ?",
                     [_columns(r) + (r.id,) for _, r in rows])
    _write_rows(conn, rows)


def _write_rows(conn: sqlite3.Connection, rows: list[tuple[dict, object]]) -> None:
    """Participants, sources and the full-text entry of events (with their contract rows)."""
    if not rows:
        return
    ids = [r.id for _, r in rows]
    rowid = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        marks = ",".join("?" * len(part))
        rowid.update(conn.execute(f"SELECT id, rowid FROM events WHERE id IN ({marks})", part).fetchall())
        conn.execute(f"DELETE FROM event_participants WHERE event_id IN ({marks})", part)
        conn.execute(f"DELETE FROM event_sources WHERE event_id IN ({marks})", part)
    conn.executemany("DELETE FROM event_fts WHERE rowid = ?", [(rowid[i],) for i in ids if i in rowid])
    parts, srcs, fts = [], [], []
    for ev, r in rows:
        if r.id not in rowid:
            continue
        parts += [(r.id, p.position, p.role, p.name, p.title, p.country, p.sector) for p in r.participants]
        srcs += [(r.id, s.position, s.article_id, s.url, s.outlet, s.published, s.evidence) for s in r.sources]
        fts.append((rowid[r.id], r.id, search_text(ev)))
    conn.executemany("INSERT INTO event_participants (event_id, position, role, name, title, country, sector) "
                     "VALUES (?,?,?,?,?,?,?)", parts)
    conn.executemany("INSERT INTO event_sources (event_id, position, article_id, url, outlet, published, evidence) "
                     "VALUES (?,?,?,?,?,?,?)", srcs)
    conn.executemany("INSERT INTO event_fts (rowid, event_id, text) VALUES (?,?,?)", fts)


def backfill(conn: sqlite3.Connection, batch: int = 1000) -> int:
    """Fill the flat tables from every stored event (migration 8); returns how many."""
    n, last = 0, ""
    while True:
        rows = conn.execute("SELECT id, data FROM events WHERE id > ? ORDER BY id LIMIT ?", (last, batch)).fetchall()
        if not rows:
            return n
        write_flat(conn, [codec.loads(r[1]) for r in rows])
        n += len(rows)
        last = rows[-1][0]


def fts_phrase_query(words: Iterable[str], min_len: int = 3) -> str | None:
    """An FTS5 query that every word must match (as a part of a word: trigram), words shorter than
    the trigram left out (the caller checks them); None when nothing is left. A NUL character
    ends an SQLite string, so it is left out (the caller's check of the words still sees it)."""
    words = [w.replace("\x00", "") for w in words]
    quoted = ['"' + w.replace('"', '""') + '"' for w in words if len(w) >= min_len]
    return " ".join(quoted) or None


def search_articles(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[tuple[str, str]]:
    """(article id, snippet) of the articles whose title or text hold every word of `query`, best first."""
    q = " ".join('"' + w.replace('"', '""') + '"' for w in query.replace("\x00", " ").split())
    if not q:
        return []
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT a.id, snippet(article_fts, 1, '[', ']', '…', 12) FROM article_fts JOIN articles a ON a.rowid = "
        "article_fts.rowid WHERE article_fts MATCH ? ORDER BY rank LIMIT ?", (q, int(limit)))]
