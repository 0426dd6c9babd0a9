"""A backlog merged in batches: each waiting candidate is resolved with its own batch, never earlier;
what the timeline's overview caches is invalidated once per write, not by a trigger per row."""
from __future__ import annotations

import json
import sys

from conftest import ROOT
from parley import corpus_stage
from parley.store import Store

sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_merge  # noqa: E402


def _backlog(tmp_path, n: int, name: str = "backlog") -> Store:
    store = Store(tmp_path / f"{name}.db")
    bench_merge.store_candidates(store, list(bench_merge.candidates(n, seed=3)))
    return store


def test_a_waiting_candidate_is_resolved_with_its_own_batch_not_an_earlier_one(tmp_path, monkeypatch):
    store = _backlog(tmp_path, 600)
    monkeypatch.setattr(corpus_stage, "BATCH", 100)
    batches, early = [], []
    merge, resolve = corpus_stage._merge, corpus_stage.resolve

    def spy_merge(store_, pending, *a, **k):
        batches.append(set(pending))
        return merge(store_, pending, *a, **k)

    def spy_resolve(cands, *a, **k):
        waiting = {r[0] for r in store.query("SELECT candidate_id FROM candidate_events WHERE event_id IS NULL")}
        early.extend(c["id"] for c in cands if c["id"] in waiting and c["id"] not in batches[-1])
        return resolve(cands, *a, **k)

    monkeypatch.setattr(corpus_stage, "_merge", spy_merge)
    monkeypatch.setattr(corpus_stage, "resolve", spy_resolve)
    corpus_stage.merge_pending(store)
    assert len(batches) == 6 and not early
    # every candidate is merged, into as many events as one batch of them all gives, within a few
    assert store.query("SELECT COUNT(*) FROM candidate_events WHERE event_id IS NULL")[0][0] == 0
    batched = store.count("events")
    single = _backlog(tmp_path, 600, "single")
    monkeypatch.setattr(corpus_stage, "BATCH", 10_000)
    corpus_stage.merge_pending(single)
    assert abs(single.count("events") - batched) <= 0.02 * batched
    store.close()
    single.close()


def test_the_events_generation_changes_once_per_write_without_triggers(tmp_path):
    store = _backlog(tmp_path, 40)
    triggers = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert not {t for t in triggers if "generation" in t}
    g0 = store.events_generation()
    corpus_stage.merge_pending(store)
    g1 = store.events_generation()
    assert g1 > g0 and store.count("events") > 0
    corpus_stage.merge_pending(store)                     # nothing waits: nothing written, nothing counted
    assert store.events_generation() == g1
    article = store.query("SELECT c.article_id FROM candidates c JOIN candidate_events m ON m.candidate_id = c.id "
                          "WHERE m.event_id IS NOT NULL LIMIT 1")[0][0]
    with store.transaction():                             # read again: its events are dropped until merged
        store.replace_candidates(article, [], "test")
    assert store.events_generation() == g1 + 1
    store.close()


def test_families_linked_anew_are_read_a_few_at_a_time_with_the_same_people(tmp_path, monkeypatch):
    whole = _backlog(tmp_path, 300, "whole")
    corpus_stage.merge_pending(whole)
    monkeypatch.setattr(corpus_stage, "FAMILIES_AT_ONCE", 3)
    asked = []
    read = Store.person_mentions
    monkeypatch.setattr(Store, "person_mentions", lambda self, fams: asked.append(len(set(fams))) or read(self, fams))
    parts = _backlog(tmp_path, 300, "parts")
    corpus_stage.merge_pending(parts)
    assert asked and max(asked) <= 3 and sum(asked) > 3
    query = "SELECT id, data FROM people ORDER BY id"
    assert [tuple(r) for r in parts.query(query)] == [tuple(r) for r in whole.query(query)]
    assert [tuple(r) for r in parts.query("SELECT id, data FROM events ORDER BY id")] == \
        [tuple(r) for r in whole.query("SELECT id, data FROM events ORDER BY id")]
    whole.close()
    parts.close()


def test_a_person_s_articles_are_counted_as_articles_arrive_and_listed_from_their_mentions(tmp_path):
    import copy
    import json

    from parley import api

    store = _backlog(tmp_path, 200, "people")
    corpus_stage.merge_pending(store)
    pid, before = store.query("SELECT id, articles FROM people ORDER BY articles DESC, id LIMIT 1")[0]
    key = store.query("SELECT name_key FROM person_keys WHERE person_id = ? ORDER BY name_key LIMIT 1", (pid,))[0][0]
    c = json.loads(store.query("SELECT c.data FROM candidates c, person_mentions m WHERE m.name_key = ? AND "
                               "m.article_id = c.article_id ORDER BY c.id LIMIT 1", (key,))[0][0])
    later = copy.deepcopy(c) | {"id": "later:0", "article_id": "later"}     # one more report naming them the same way
    bench_merge.store_candidates(store, [later])
    corpus_stage.merge_pending(store)
    assert store.query("SELECT articles FROM people WHERE id = ?", (pid,))[0][0] == before + 1
    # the record does not hold the list (a merge of a new article would read and rewrite it); the API gives it
    assert "articles" not in json.loads(store.query("SELECT data FROM people WHERE id = ?", (pid,))[0][0])
    store.close()
    listed = {p["id"]: p for p in api.list_people(tmp_path / "people.db")}
    assert len(listed[pid]["articles"]) == before + 1 and "later" in listed[pid]["articles"]
    assert listed[pid]["articles"] == sorted(listed[pid]["articles"])


def _report(article: str, date: str | None, city: str, country: str, words: str,
            guest: tuple[str, str] = ("Alberto Klaveren", "CHL")) -> dict:
    """A report of a meeting of Norway's foreign minister and `guest` (Chile's), as the per-article stage writes it."""
    from parley.extract.names import name_key

    def minister(name, state):
        return {"name": name, "title": "Foreign Minister", "country": state, "sector": "GOV", "kind": "person",
                "family": name.split()[-1].lower(), "name_key": name_key(name), "variants": [name],
                "basis": {"country": "in text"}}

    text = f"Espen Eide met {guest[0]} in {city} {words}."
    return {"id": f"{article}:0", "article_id": article, "kind": "event", "type": "CONSULT", "mode": "visit",
            "contexts": [], "status": "happened", "main": True, "date": date, "date_precision": "day" if date else None,
            "date_basis": "explicit", "actors": [minister("Espen Eide", "NOR")],
            "recipients": [minister(*guest)], "dyad": "-".join(sorted(("NOR", guest[1]))),
            "location": {"name": city, "country": country, "kind": "city"}, "issues": [], "statements": [],
            "claims": [], "score": 4.0, "summary": text, "evidence": {"event": [[0, len(text)]]},
            "quotes": {"event": [text]}, "sentences": [[0, len(text), text]]}


def _spy_on_reads(monkeypatch) -> list[set[str]]:
    """The candidates each later merge reads (Store.affected_candidates), merge by merge."""
    read = []
    affected = Store.affected_candidates

    def spy(self, *a, **k):
        out = affected(self, *a, **k)
        read.append(out[0])
        return out

    monkeypatch.setattr(Store, "affected_candidates", spy)
    return read


def _merged_at_once(tmp_path, store: Store) -> set[frozenset]:
    """The events of a store's candidates merged all at once in a new store."""
    whole = Store(tmp_path / "whole.db")
    bench_merge.store_candidates(whole, [json.loads(d) for d, in store.query("SELECT data FROM candidates")])
    corpus_stage.merge_pending(whole)
    groups = _groups(whole)
    whole.close()
    return groups


def _groups(store: Store) -> set[frozenset]:
    return {frozenset(c for c, in store.query("SELECT candidate_id FROM candidate_events WHERE event_id = ?", (e,)))
            for e, in store.query("SELECT id FROM events")}


def test_a_merged_undated_report_is_read_again_only_by_a_report_that_could_move_it(tmp_path, monkeypatch):
    """An undated report of the ministers' talks in Oslo on salmon joined them. Their later meeting in Santiago on
    copper cannot move it: merging it reads neither the report nor its event, nor their meeting in Valparaiso (an
    event in another country is none of an Oslo report's options). A later meeting in Oslo on salmon can: the
    report is read again and, unable to tell the two apart, no longer joins either, as a merge of all gives."""
    store = Store(tmp_path / "inc.db")
    talks = "to discuss salmon farming quotas and Arctic fisheries research"
    bench_merge.store_candidates(store, [
        _report("oslo", "2024-03-05", "Oslo", "NOR", talks),
        _report("valparaiso", "2024-04-11", "Valparaiso", "CHL", "to discuss ports and shipping lanes"),
        _report("undated", None, "Oslo", "NOR", talks)])
    corpus_stage.merge_pending(store)
    assert frozenset({"oslo:0", "undated:0"}) in _groups(store)
    read = _spy_on_reads(monkeypatch)
    bench_merge.store_candidates(store, [_report("santiago", "2024-06-02", "Santiago", "CHL",
                                                 "to discuss copper exports and lithium")])
    corpus_stage.merge_pending(store)
    assert read[-1] == {"santiago:0"}
    assert frozenset({"oslo:0", "undated:0"}) in _groups(store)
    bench_merge.store_candidates(store, [_report("oslo-again", "2024-09-09", "Oslo", "NOR", talks)])
    corpus_stage.merge_pending(store)
    assert {"undated:0", "oslo:0"} <= read[-1] and "valparaiso:0" not in read[-1]
    assert frozenset({"undated:0"}) in _groups(store)
    assert _merged_at_once(tmp_path, store) == _groups(store)
    store.close()


def test_a_new_report_does_not_read_the_meetings_of_that_day_it_cannot_pair_with(tmp_path, monkeypatch):
    """Norway's minister met Chile's in Oslo, and Russia's the same day. A new report of the first meeting reads
    that meeting's report, not the other's (two ministers of other countries beside the same one: never one
    event), and the events come out as a merge of all the reports gives."""
    store = Store(tmp_path / "day.db")
    bench_merge.store_candidates(store, [
        _report("chile", "2024-03-05", "Oslo", "NOR", "to discuss salmon farming"),
        _report("russia", "2024-03-05", "Oslo", "NOR", "to discuss the Barents Sea", ("Sergei Lavrov", "RUS"))])
    corpus_stage.merge_pending(store)
    read = _spy_on_reads(monkeypatch)
    bench_merge.store_candidates(store, [_report("chile-2", "2024-03-05", "Oslo", "NOR", "on salmon farming")])
    corpus_stage.merge_pending(store)
    assert read[-1] == {"chile-2:0", "chile:0"}
    assert {frozenset({"chile:0", "chile-2:0"}), frozenset({"russia:0"})} == _groups(store)
    assert _merged_at_once(tmp_path, store) == _groups(store)
    store.close()


def test_an_undated_report_in_a_backlog_is_merged_once_after_the_meetings_it_may_join(tmp_path, monkeypatch):
    """A backlog merged one report at a time: the ministers' talks in Oslo on salmon (March), in Santiago (June), in
    Oslo on salmon again (September), and an undated report of talks in Oslo on salmon. The undated report waits
    for every meeting of its people and is read by one merge only (merged first, each later meeting that could move
    it read it again); unable to tell the two Oslo meetings apart it joins neither, as a merge of all gives."""
    store = Store(tmp_path / "backlog.db")
    talks = "to discuss salmon farming quotas and Arctic fisheries research"
    bench_merge.store_candidates(store, [
        _report("undated", None, "Oslo", "NOR", talks),
        _report("oslo", "2024-03-05", "Oslo", "NOR", talks),
        _report("santiago", "2024-06-02", "Santiago", "CHL", "to discuss copper exports and lithium"),
        _report("oslo-again", "2024-09-09", "Oslo", "NOR", talks)])
    assert store.pending_candidate_ids() == ["oslo:0", "santiago:0", "oslo-again:0", "undated:0"]
    monkeypatch.setattr(corpus_stage, "BATCH", 1)
    read = _spy_on_reads(monkeypatch)
    corpus_stage.merge_pending(store)
    assert len(read) == 4 and sum("undated:0" in r for r in read) == 1
    assert frozenset({"undated:0"}) in _groups(store)
    assert _merged_at_once(tmp_path, store) == _groups(store)
    store.close()


def test_a_merge_writes_its_state_beside_the_candidates_not_in_them(tmp_path):
    """What a merge decides of a candidate (its event, the floor of its choice) is written to candidate_events: a
    merge rewrites no candidate's row, which extraction wrote (rewriting a row rewrote its page of candidates)."""
    store = _backlog(tmp_path, 300)
    written: list[str] = []
    store.conn.set_trace_callback(written.append)
    corpus_stage.merge_pending(store)
    store.conn.set_trace_callback(None)
    assert any(s.startswith("UPDATE candidate_events SET event_id") for s in written)
    assert not [s for s in written if s.lstrip().upper().startswith(("UPDATE CANDIDATES", "INSERT INTO CANDIDATES",
                                                                     "DELETE FROM CANDIDATES"))]
    assert store.query("SELECT COUNT(*) FROM candidate_events WHERE event_id IS NULL")[0][0] == 0
    assert store.query("SELECT COUNT(*) FROM candidates")[0][0] == store.query(
        "SELECT COUNT(*) FROM candidate_events")[0][0] == 300
    store.close()
