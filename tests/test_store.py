"""The SQLite store: versioned migrations, idempotent re-ingest, and a killed ingest."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import ROOT, SEEDS
from parley import api
from parley.store import Store
from parley.store_schema import MIGRATIONS, SCHEMA_VERSION, statements

sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic  # noqa: E402


def snapshot(db):
    conn = sqlite3.connect(db)
    out = {}
    for table in ("articles", "candidates", "candidate_events", "events", "skipped", "article_lines", "inferred_dates"):
        cols = {"articles": "id, source, data, extracted_at IS NOT NULL",
                "candidates": "id, article_id, data", "candidate_events": "candidate_id, event_id",
                "events": "id, data", "skipped": "source, reason, detail",
                "article_lines": "article_id, grp, line_key", "inferred_dates": "article_id, value"}[table]
        out[table] = sorted(conn.execute(f"SELECT {cols} FROM {table}").fetchall())
    conn.close()
    return out


def test_new_database_has_the_latest_schema(db):
    with Store(db) as store:
        assert store.version == SCHEMA_VERSION
        tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "skipped", "candidates", "events", "article_lines"} <= tables


def test_migrates_an_old_database_and_keeps_its_data(db, seeds_dir):
    conn = sqlite3.connect(db)
    for stmt in statements(MIGRATIONS[0][1]):
        conn.execute(stmt)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO skipped VALUES ('old.txt', 'empty', 'empty file', 0)")
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.version == SCHEMA_VERSION
        assert [tuple(r) for r in store.skipped_rows()] == [("old.txt", "empty", "empty file")]
    report = api.ingest([str(seeds_dir)], db, extract=False)
    assert report.ingested == 5


def _store_of_version(db, last: int) -> sqlite3.Connection:
    """A connection to a new store built by the migrations up to `last`, as that version of Parley left it."""
    conn = sqlite3.connect(db)
    for version, sql in MIGRATIONS:
        if version > last:
            break
        for stmt in statements(sql):
            conn.execute(stmt)
    conn.execute(f"PRAGMA user_version = {last}")
    return conn


def test_a_store_of_version_12_keeps_its_merged_candidates_and_their_choices(db):
    """Version 13 moves what the merge keeps of a candidate out of its row (candidate_events): every link to an
    event and every choice's floor survives, and only the candidates that waited still wait."""
    conn = _store_of_version(db, 12)
    conn.execute("INSERT INTO articles (id, source, format, language, words, data, ingested_at) "
                 "VALUES ('a1', 'a1.txt', 'txt', 'en', 3, '{}', 0)")
    for cid, date, event, floor, local in [("a1:0", "2024-05-02", "ev1", None, None),
                                          ("a1:1", None, "ev1", 3.25, 1), ("a1:2", "2024-05-09", None, None, None)]:
        conn.execute("INSERT INTO candidates (id, article_id, kind, date, dyad, data, event_id, choice_floor, "
                     "choice_local) VALUES (?, 'a1', 'event', ?, 'IND-JPN', '{}', ?, ?, ?)",
                     (cid, date, event, floor, local))
    conn.execute("INSERT INTO events (id, type, date, dyad, status, data, updated_at) "
                 "VALUES ('ev1', 'CONSULT', '2024-05-02', 'IND-JPN', 'happened', '{}', 0)")
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.version == SCHEMA_VERSION
        assert [tuple(r) for r in store.query("SELECT candidate_id, event_id, choice_floor, choice_local "
                                              "FROM candidate_events ORDER BY candidate_id")] == [
            ("a1:0", "ev1", None, None), ("a1:1", "ev1", 3.25, 1), ("a1:2", None, None, None)]
        assert store.pending_candidate_ids() == ["a1:2"]
        assert store.event_ids_of(["a1:0", "a1:1", "a1:2"]) == {"a1:0": "ev1", "a1:1": "ev1"}
        columns = {r[1] for r in store.query("PRAGMA table_info(candidates)")}
        assert not columns & {"event_id", "choice_floor", "choice_local"}
        with store.transaction():                        # a candidate deleted takes its merge state with it
            store.conn.execute("DELETE FROM candidates WHERE id = 'a1:2'")
        assert store.query("SELECT COUNT(*) FROM candidate_events")[0][0] == 2


def test_a_store_of_version_13_no_longer_places_a_candidate_by_its_dateline(db):
    """Version 14: a candidate placed only by its dateline (where the report was filed) is placed in no country for the
    lookup of the events it may join; one placed by its text keeps its country."""
    conn = _store_of_version(db, 13)
    conn.execute("INSERT INTO articles (id, source, format, language, words, data, ingested_at) "
                 "VALUES ('a1', 'a1.txt', 'txt', 'en', 3, '{}', 0)")
    for cid, basis, country in [("a1:0", "dateline", "MEX"), ("a1:1", "locative phrase", "USA")]:
        data = json.dumps({"location": {"name": "Somewhere", "country": country, "basis": basis}})
        conn.execute("INSERT INTO candidates (id, article_id, kind, date, dyad, data) "
                     "VALUES (?, 'a1', 'event', NULL, 'MEX-USA', ?)", (cid, data))
        conn.execute("INSERT INTO candidate_keys (key, lo, hi, candidate_id, place) VALUES ('f:x|y', NULL, NULL, ?, ?)",
                     (cid, country))
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.version == SCHEMA_VERSION
        assert [tuple(r) for r in store.query("SELECT candidate_id, place FROM candidate_keys ORDER BY candidate_id")] \
            == [("a1:0", None), ("a1:1", "USA")]


def test_refuses_a_database_from_a_newer_parley(db):
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    try:
        Store(db)
    except Exception as exc:
        assert "newer" in str(exc)
    else:
        raise AssertionError("opened a database from the future")


def test_reingesting_the_same_content_changes_nothing(db, seeds_dir, tmp_path):
    first = api.ingest([str(seeds_dir)], db)
    assert first.ingested == 5
    before = snapshot(db)
    again = api.ingest([str(seeds_dir)], db)
    assert (again.ingested, again.already_present) == (0, 5)
    # the same content under another name is the same article
    copy = tmp_path / "copy.txt"
    copy.write_bytes((seeds_dir / "001_a6aa9637240d1d29.txt").read_bytes())
    third = api.ingest([str(copy)], db)
    assert (third.ingested, third.already_present) == (0, 1)
    assert snapshot(db) == before


def test_killed_ingest_leaves_a_consistent_database_that_the_next_run_completes(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    synthetic.write_corpus(corpus, 400, per_folder=100, short=True)      # ~150 words each
    reference = tmp_path_factory.mktemp("ref") / "ref.db"
    api.ingest([str(corpus)], reference)

    db = tmp_path_factory.mktemp("killed") / "killed.db"
    proc = subprocess.Popen([sys.executable, "-m", "parley", "ingest", str(corpus), "--db", str(db), "-q"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        try:
            conn = sqlite3.connect(db, timeout=1)
            stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            stored = 0
        if stored >= 20:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "ingest finished before it could be interrupted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    partial = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    # every stored article that was extracted has all its candidates (one transaction each)
    orphans = conn.execute("SELECT COUNT(*) FROM candidates c LEFT JOIN articles a ON a.id = c.article_id "
                           "WHERE a.id IS NULL").fetchone()[0]
    conn.close()
    assert 0 < partial < 400 and orphans == 0

    rerun = api.ingest([str(corpus)], db)
    assert rerun.ingested + rerun.already_present == 400
    assert snapshot(db)["articles"] == snapshot(reference)["articles"]
    ref, got = snapshot(reference), snapshot(db)
    assert [c[:3] for c in got["candidates"]] == [c[:3] for c in ref["candidates"]]
    assert len(got["events"]) == len(ref["events"])


def _events(db) -> list[tuple]:
    conn = sqlite3.connect(db)
    rows = sorted(conn.execute("SELECT id, type, date, dyad, status, data FROM events").fetchall())
    conn.close()
    return rows


def test_killed_merge_leaves_a_consistent_database_that_the_next_run_completes(tmp_path_factory):
    import shutil

    from parley.pipeline import ingest as pipeline_ingest

    corpus = tmp_path_factory.mktemp("corpus")
    synthetic.write_corpus(corpus, 200, per_folder=100)
    unmerged = tmp_path_factory.mktemp("unmerged") / "unmerged.db"
    with Store(unmerged) as store:                       # articles and candidates, not merged yet
        pipeline_ingest([str(corpus)], store, merge=False)
    reference = tmp_path_factory.mktemp("ref") / "ref.db"
    shutil.copy(unmerged, reference)
    api.ingest([str(corpus)], reference)                 # the merge stage, uninterrupted
    assert len(_events(reference)) > 20

    killed_mid_merge = 0
    for attempt in range(3):
        db = tmp_path_factory.mktemp(f"killed{attempt}") / "killed.db"
        shutil.copy(unmerged, db)
        # small merge batches: many transactions, so that the kill falls between two of them
        proc = subprocess.Popen([sys.executable, "-m", "parley", "ingest", str(corpus), "--db", str(db), "-q"],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=dict(os.environ, PARLEY_MERGE_BATCH="10"))
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None:
            try:
                conn = sqlite3.connect(db, timeout=1)
                merged = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
                conn.close()
            except sqlite3.Error:
                merged = 0
            if merged:                                   # the merge stage has written its first blocks
                break
            time.sleep(0.002)
        if proc.poll() is not None:
            continue                                     # finished before it could be killed: try again
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()

        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        dangling = conn.execute("SELECT COUNT(*) FROM candidate_events c LEFT JOIN events e ON e.id = c.event_id "
                                "WHERE c.event_id IS NOT NULL AND e.id IS NULL").fetchone()[0]
        pending = conn.execute("SELECT COUNT(*) FROM candidate_events WHERE event_id IS NULL").fetchone()[0]
        conn.close()
        # each block's events and its candidates' links are written in one transaction
        assert dangling == 0 and 0 < events
        killed_mid_merge += pending > 0

        rerun = api.ingest([str(corpus)], db)
        assert (rerun.ingested, rerun.already_present) == (0, 200)
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT COUNT(*) FROM candidate_events WHERE event_id IS NULL").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM candidates c LEFT JOIN candidate_events m ON m.candidate_id = c.id "
                            "LEFT JOIN events e ON e.id = m.event_id WHERE e.id IS NULL").fetchone()[0] == 0
        conn.close()
        # every event of the completed run is one of the uninterrupted run's, or differs in how an
        # undated report was dated (batches of the merge date undated articles at other moments)
        got, ref = {e[0] for e in _events(db)}, {e[0] for e in _events(reference)}
        assert len(got ^ ref) <= 0.05 * len(ref), (len(got), len(ref), len(got ^ ref))
        before = snapshot(db)
        api.ingest([str(corpus)], db)                      # and it is complete: a further run changes nothing
        assert snapshot(db) == before
    assert killed_mid_merge, "the merge stage finished before it could be killed, every time"


def test_the_same_articles_in_any_order_and_chunking_give_the_same_database(tmp_path_factory, monkeypatch):
    """Ingestion order and chunk size change nothing: articles, cleaned texts, candidates, events."""
    from parley import pipeline

    corpus = tmp_path_factory.mktemp("ordered")
    synthetic.write_corpus(corpus, 300, per_folder=100, short=True)     # 300 articles of ~150 words
    files = sorted(str(p) for p in corpus.rglob("*.txt"))
    orders = [(files, 256), (list(reversed(files)), 7), (files[1::2] + files[0::2], 32)]
    results = []
    for i, (order, chunk) in enumerate(orders):
        monkeypatch.setattr(pipeline, "CHUNK_DOCS", chunk)
        db = tmp_path_factory.mktemp(f"order{i}") / "o.db"
        api.ingest(order, db)
        snap = snapshot(db)
        snap["articles"] = [(a[0], json.loads(a[2])["text"], a[3]) for a in snap["articles"]]   # not the source path
        results.append(snap)
    for other in results[1:]:
        assert other["articles"] == results[0]["articles"]
        assert [c[:3] for c in other["candidates"]] == [c[:3] for c in results[0]["candidates"]]
        assert other["events"] == results[0]["events"]


def test_a_merge_runs_without_automatic_cycle_collection_and_gives_it_back(tmp_path, monkeypatch):
    import gc
    import threading

    from parley import corpus_stage

    seen = []
    store = Store(tmp_path / "gc.db")
    monkeypatch.setattr(Store, "pending_candidate_ids", lambda self: seen.append(gc.isenabled()) or [])
    assert gc.isenabled()
    corpus_stage.merge_pending(store)
    assert seen == [False] and gc.isenabled()
    # two merges at once (the web app's worker and a CLI call): collection comes back after the last
    inside, release = threading.Event(), threading.Event()

    def slow_merge():
        with corpus_stage.fewer_collections():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=slow_merge)
    t.start()
    inside.wait(5)
    corpus_stage.merge_pending(store)
    assert not gc.isenabled()       # the other merge still runs
    release.set()
    t.join()
    assert gc.isenabled()
    # where the caller had turned it off, a merge leaves it off
    gc.disable()
    try:
        corpus_stage.merge_pending(store)
        assert not gc.isenabled()
    finally:
        gc.enable()
    store.close()


def test_a_merge_frees_the_cycles_a_batch_leaves(tmp_path, monkeypatch):
    """Automatic collection is off while a merge runs: cycles that a batch makes (and drops) are
    collected after the batch, not left for the end of the merge."""
    import gc
    import weakref

    from parley import corpus_stage

    class Node:
        pass

    refs = []

    def merge_a_batch(store, batch, *args):
        a, b = Node(), Node()
        a.other, b.other = b, a             # a cycle that reference counting cannot free
        refs.append(weakref.ref(a))
        return 0

    store = Store(tmp_path / "cycles.db")
    batches = iter([["c1", "c2"], ["c3"], []])
    monkeypatch.setattr(Store, "pending_candidate_ids", lambda self: next(batches))
    monkeypatch.setattr(corpus_stage, "BATCH", 1)
    alive = []
    monkeypatch.setattr(corpus_stage, "_merge", lambda *a: alive.append([r() is not None for r in refs]) or
                        merge_a_batch(*a))
    corpus_stage.merge_pending(store)
    # before each batch, the cycles of the batches before it are gone
    assert alive == [[], [False], [False, False]]
    store.close()
