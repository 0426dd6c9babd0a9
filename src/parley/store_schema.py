"""The store's schema: the migrations that create and change it, in order, each run once in its own
transaction (store.Store.migrate); the version reached lives in PRAGMA user_version. What a
migration computes in Python after its SQL is in BACKFILLS."""
from __future__ import annotations

import sqlite3

from .store_flat import MIGRATION_8, backfill

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
    (14, """
    -- a dateline's city is where the report was filed, not where its meeting was (corpus.blocking.place_country): a
    -- candidate placed only by its dateline is placed in no country for the lookup of the events it may join
    UPDATE candidate_keys SET place = NULL WHERE place IS NOT NULL AND candidate_id IN (
        SELECT id FROM candidates WHERE json_extract(data, '$.location.basis') = 'dateline');
    """),
]
# what a migration computes in Python after its SQL, in the same transaction
BACKFILLS = {8: backfill}
SCHEMA_VERSION = MIGRATIONS[-1][0]


def statements(sql: str) -> list[str]:
    """The statements of a migration's SQL, its comments left out (a trigger's body is one statement)."""
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
