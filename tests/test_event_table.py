"""The event table contract (parley.contract) in every export, each read by its consumer: pandas
for CSV, JSON and Parquet, the TimelineJS slide shape, and the flat SQLite tables of schema 8."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from parley.contract import date_interval, event_row
from parley.export import formats, tabular
from parley.records import Article, PublicationDate
from parley.store import Store
from parley.store_schema import MIGRATIONS, SCHEMA_VERSION, statements

EVIDENCE = "The two ministers met in Hanoi on Tuesday and agreed to reopen talks on the fishing quota."


def source(article: str, url: str | None, outlet: str, published: str | None, sentence: str) -> dict:
    return {"article_id": article, "url": url, "outlet": outlet, "published": published, "path": f"/in/{article}.txt",
            "evidence": [{"field": "date", "text": "on Tuesday", "start": 5, "end": 15},
                         {"field": "event", "text": sentence, "start": 0, "end": len(sentence)}],
            "sentences": [{"start": 0, "end": len(sentence), "text": sentence}]}


def make_event(eid: str, date: str | None, precision: str | None, **over) -> dict:
    ev = {"id": eid, "type": "CONSULT", "mode": "visit", "contexts": [], "date": date, "date_precision": precision,
          "date_basis": "explicit date", "status": "happened", "score": 4.0, "dyad": "NOR-VNM",
          "actors": [{"name": "Ingrid Berg", "title": "Foreign Minister", "country": "NOR", "sector": "GOV"}],
          "recipients": [{"name": None, "title": None, "country": "VNM", "sector": "GOV"}],
          "location": {"name": "Hanoi", "country": "VNM"},
          "issues": [{"id": "fishing", "label": "Fishing quota"}],
          "summary": f"Ingrid Berg (NOR) met Vietnam (VNM) in Hanoi ({eid})",
          "statements": [{"speaker": {"name": "Ingrid Berg", "country": "NOR"}, "category": "CONSULT",
                          "text": "Berg said the talks were frank.", "article_id": "a1"}],
          "claims": [], "conflicts": [], "candidate_ids": [],
          "sources": [source("a1", "https://news.example/hanoi?id=1&x=(2)", "Example News", "2024-03-06", EVIDENCE),
                      source("a2", "javascript:alert(1)", "Other Wire", None, "Berg and her host spoke of fish.")]}
    ev.update(over)
    return ev


EVENTS = [make_event("ev-day", "2024-03-05", "day"),
          make_event("ev-month", "2024-02", "month", type="ACCUSE", mode="disapprove", status="background"),
          make_event("ev-year", "2023", "year", location={"name": "Norway", "country": "NOR"}),
          make_event("ev-week", "2024-W10", "week"),
          make_event("ev-undated", None, None, summary="An undated meeting in Hanoi")]


def article(aid: str, text: str, url: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", format="text", text=text, paragraphs=[], sentences=[], removed=[],
                   published=PublicationDate("2024-03-06", "day", "test", None, []), language="en",
                   language_score=1.0, url=url, title=f"Title {aid}", outlet="Example News")


@pytest.fixture
def store_db(tmp_path):
    path = tmp_path / "parley.db"
    with Store(path) as store:
        with store.transaction():
            store.add_article(article("a1", EVIDENCE + " The quota ends in May.", "https://news.example/hanoi"))
            store.add_article(article("a2", "Berg and her host spoke of fish. Nothing else was said."))
        store.write_resolution([], EVENTS)
    return path


# -- the contract -------------------------------------------------------------------------------
@pytest.mark.parametrize("value,start,end", [
    ("2024-03-05", "2024-03-05", "2024-03-05"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("2023", "2023-01-01", "2023-12-31"), ("2024-W10", "2024-03-04", "2024-03-10"),
    ("2024-W10-WE", "2024-03-09", "2024-03-10"), ("2024-Q4", "2024-10-01", "2024-12-31"),
    ("2024-H1", "2024-01-01", "2024-06-30"), ("2024-SU", "2024-06-01", "2024-08-31"),
    ("2024-WI", "2024-12-01", "2025-02-28"), ("202", "2020-01-01", "2029-12-31"), ("20", "2000-01-01", "2099-12-31"),
])
def test_a_date_covers_the_interval_of_its_precision(value, start, end):
    assert date_interval(value) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_no_date_and_nonsense_have_no_interval():
    assert date_interval(None) is None and date_interval("soon") is None and date_interval("2024-13") is None


def test_participants_places_and_sources_of_an_event():
    r = event_row(EVENTS[0])
    assert [(p.position, p.role, p.country) for p in r.participants] == [(1, "actor", "NOR"), (2, "recipient", "VNM")]
    assert r.participants[1].name is None and r.participants[1].label == "Vietnam"
    assert r.place.name == "Hanoi" and abs(r.place.lat - 21.0) < 0.1 and abs(r.place.lon - 105.8) < 0.1
    assert event_row(EVENTS[2]).place.lat is None                    # a country has no coordinates
    assert [s.evidence for s in r.sources] == [EVIDENCE, "Berg and her host spoke of fish."]
    assert r.first_url == "https://news.example/hanoi?id=1&x=(2)"


def test_an_unnamed_actor_is_named_by_its_country_never_blank():
    row = tabular.flat_rows([EVENTS[0]])[0]
    assert row["recipients"] == "Vietnam" and row["actors"] == "Ingrid Berg"


# -- each export read by its consumer -------------------------------------------------------------
def test_pandas_reads_the_csv_and_its_side_tables_with_typed_dates(tmp_path):
    pd = pytest.importorskip("pandas")
    main, parts, srcs = tabular.write_csv(EVENTS, tmp_path / "t.csv")
    df = pd.read_csv(main, parse_dates=["date_start", "date_end"])
    assert str(df["date_start"].dtype).startswith("datetime64") and len(df) == 5
    dated = df[df["id"] != "ev-undated"]
    assert not dated["date_start"].isna().any() and not dated["date_end"].isna().any()
    assert df.set_index("id").loc["ev-month", "date_end"] == pd.Timestamp("2024-02-29")
    p = pd.read_csv(parts)
    assert len(p) == 10 and set(p["role"]) == {"actor", "recipient"}
    s = pd.read_csv(srcs)
    assert len(s) == 10 and EVIDENCE in set(s["evidence"]) and "https://news.example/hanoi?id=1&x=(2)" in set(s["url"])


def test_pandas_reads_the_json_array_and_json_lines(tmp_path):
    pd = pytest.importorskip("pandas")
    (tmp_path / "t.json").write_text(formats.to_json(EVENTS), encoding="utf-8")
    (tmp_path / "t.jsonl").write_text(formats.to_jsonl(EVENTS), encoding="utf-8")
    assert isinstance(json.loads((tmp_path / "t.json").read_text()), list)
    for df in (pd.read_json(tmp_path / "t.json"), pd.read_json(tmp_path / "t.jsonl", lines=True)):
        df["date_start"] = pd.to_datetime(df["date_start"], format="%Y-%m-%d")
        assert len(df) == 5 and str(df["date_start"].dtype).startswith("datetime64")
        assert df["date_start"].isna().sum() == 1                     # only the undated event
        first = df.set_index("id").loc["ev-day"]
        assert first["sources"][0]["evidence"] == EVIDENCE and first["place"]["lat"] > 20


def test_parquet_keeps_dates_lists_and_structs(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pd = pytest.importorskip("pandas")
    import pyarrow.parquet as pq

    path = tmp_path / "t.parquet"
    formats.to_parquet(EVENTS, str(path))
    table = pq.read_table(path)
    assert table.schema.field("date_start").type == pa.date32()
    assert pa.types.is_list(table.schema.field("participants").type)
    assert table.schema.field("sources").type.value_type.field("published").type == pa.date32()
    df = pd.read_parquet(path)
    assert df["date_start"].isna().sum() == 1
    day = df.set_index("id").loc["ev-day"]
    assert day["date_end"] == dt.date(2024, 3, 5) and list(day["countries"]) == ["NOR", "VNM"]
    assert day["sources"][0]["evidence"] == EVIDENCE and day["place"]["name"] == "Hanoi"


def test_timelinejs_slides_have_the_documented_shape_evidence_and_links():
    doc = json.loads(formats.timelinejs(EVENTS))
    assert set(doc["title"]["text"]) == {"headline", "text"}
    assert len(doc["events"]) == 4 and [u["unique_id"] for u in doc["undated"]] == ["ev-undated"]
    for s in doc["events"]:
        assert set(s["start_date"]) <= {"year", "month", "day"} and s["start_date"]["year"].isdigit()
        assert all(v.isdigit() for v in s["start_date"].values())
        assert set(s["text"]) == {"headline", "text"} and s["unique_id"]
    by_id = {s["unique_id"]: s for s in doc["events"]}
    assert by_id["ev-year"]["start_date"] == {"year": "2023"}
    assert by_id["ev-month"]["start_date"] == {"year": "2024", "month": "2"}
    assert by_id["ev-week"]["start_date"] == {"year": "2024", "month": "3", "day": "4"}
    assert by_id["ev-week"]["end_date"] == {"year": "2024", "month": "3", "day": "10"}
    text = by_id["ev-day"]["text"]["text"]
    assert "fishing quota" in text and 'href="https://news.example/hanoi?id=1&amp;x=%282%29"' in text
    assert "javascript:" not in text                                  # only http(s) becomes a link


def test_markdown_and_html_show_web_addresses_as_links_and_nothing_else():
    from parley.export.html import timeline_html

    md = formats.markdown(EVENTS[:1])
    assert "](https://news.example/hanoi?id=1&x=%282%29)" in md
    assert "](javascript" not in md and "javascript:alert(1)" in md
    page = timeline_html(EVENTS[:1])
    assert 'href="https://news.example/hanoi?id=1&amp;x=(2)"' in page and 'href="javascript' not in page


# -- the store --------------------------------------------------------------------------------------
def test_write_resolution_fills_the_flat_tables_and_a_rewrite_replaces_them(store_db):
    conn = sqlite3.connect(store_db)
    row = conn.execute("SELECT date_start, date_end, place_lat, mode FROM events WHERE id = 'ev-month'").fetchone()
    assert row[:2] == ("2024-02-01", "2024-02-29") and row[2] > 20 and row[3] == "disapprove"
    assert conn.execute("SELECT COUNT(*) FROM event_participants").fetchone()[0] == 10
    assert conn.execute("SELECT evidence FROM event_sources WHERE event_id = 'ev-day' AND position = 1"
                        ).fetchone()[0] == EVIDENCE
    lst = dict(zip(("countries", "participants", "n_sources", "first_url", "updated"), conn.execute(
        "SELECT countries, participants, n_sources, first_url, updated FROM event_list WHERE id = 'ev-day'").fetchone()))
    assert lst["countries"] == "NOR;VNM" and lst["participants"] == "Ingrid Berg (NOR); VNM"
    assert lst["n_sources"] == 2 and lst["first_url"].startswith("https://")
    assert dt.datetime.strptime(lst["updated"], "%Y-%m-%dT%H:%M:%SZ")
    fks = {(r[2], r[3]) for t in ("event_participants", "event_sources")
           for r in conn.execute(f"PRAGMA foreign_key_list({t})")}
    assert fks == {("events", "event_id"), ("articles", "article_id")}
    conn.close()
    with Store(store_db) as store:                # the event merged again, into a new one
        store.write_resolution([], [make_event("ev-day", "2024-03-06", "day", actors=[], summary="again")])
        assert store.query("SELECT COUNT(*) FROM event_participants WHERE event_id = 'ev-day'")[0][0] == 1
        assert store.query("SELECT COUNT(*) FROM event_fts WHERE event_fts MATCH '\"again\"'")[0][0] == 1
        assert store.query("SELECT COUNT(*) FROM event_fts")[0][0] == 5
        store.conn.execute("DELETE FROM events WHERE id = 'ev-day'")
        assert store.query("SELECT COUNT(*) FROM event_sources WHERE event_id = 'ev-day'")[0][0] == 0
        assert store.query("SELECT COUNT(*) FROM event_fts")[0][0] == 4


def test_a_sentence_cited_by_several_fields_and_outlets_is_indexed_once_and_still_found(tmp_path):
    from parley import api
    from parley.contract import search_text

    wire = "Berg met her Vietnamese counterpart in Hanoi on Tuesday to discuss the fishing quota."
    twice = source("a1", None, "Example News", "2024-03-06", wire)
    twice["evidence"].append({"field": "place", "text": wire, "start": 0, "end": len(wire)})
    ev = make_event("ev-wire", "2024-03-05", "day", sources=[twice, source("a2", None, "Other Wire", None, wire)])
    text = search_text(ev)
    assert text == " ".join([ev["summary"], "Berg said the talks were frank.", "on Tuesday", wire])
    with Store(tmp_path / "parley.db") as store:
        with store.transaction():
            store.add_article(article("a1", wire))
            store.add_article(article("a2", wire))
        store.write_resolution([], [ev])
        assert store.query("SELECT text FROM event_fts")[0][0] == text
    assert [e["id"] for e in api.list_events(tmp_path / "parley.db", text="Vietnamese quota")] == ["ev-wire"]


def test_article_text_is_searchable_and_kept_in_sync(store_db):
    from parley.store_flat import search_articles

    with Store(store_db) as store:
        assert [a for a, _ in search_articles(store.conn, "quota May")] == ["a1"]
        store.conn.execute("UPDATE articles SET data = json_set(data, '$.text', 'salmon') WHERE id = 'a1'")
        assert search_articles(store.conn, "quota") == [] and search_articles(store.conn, "salmon")[0][0] == "a1"


def test_a_version_7_database_is_migrated_and_back_filled(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for _, sql in MIGRATIONS[:7]:
        for stmt in statements(sql):
            conn.execute(stmt)
    conn.execute("PRAGMA user_version = 7")
    a = article("a1", EVIDENCE)
    conn.execute("INSERT INTO articles (id, source, format, language, words, data, ingested_at, title) "
                 "VALUES (?,?,?,?,?,?,?,?)", (a.id, a.source, "text", "en", 10, json.dumps(a.to_dict()), 0.0, a.title))
    conn.execute("INSERT INTO articles (id, source, format, language, words, data, ingested_at) "
                 "VALUES ('a2', 'a2.txt', 'text', 'en', 1, '{\"text\": \"x\"}', 0.0)")
    for ev in EVENTS:
        conn.execute("INSERT INTO events (id, type, date, dyad, status, data, updated_at) VALUES (?,?,?,?,?,?,?)",
                     (ev["id"], ev["type"], ev["date"], ev["dyad"], ev["status"], json.dumps(ev), 1.7e9))
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION >= 8
        assert store.query("SELECT COUNT(*) FROM event_participants")[0][0] == 10
        assert store.query("SELECT COUNT(*) FROM event_sources WHERE evidence IS NOT NULL")[0][0] == 10
        assert store.query("SELECT date_end FROM events WHERE id = 'ev-week'")[0][0] == "2024-03-10"
        assert store.query("SELECT updated FROM event_list WHERE id = 'ev-year'")[0][0] == "2023-11-14T22:13:20Z"
        assert store.query("SELECT rowid FROM article_fts WHERE article_fts MATCH 'fishing'")
        assert store.query("SELECT ingested FROM article_list WHERE id = 'a1'")[0][0] == "1970-01-01T00:00:00Z"


@pytest.mark.parametrize("flt", [
    {}, {"type": "accuse"}, {"status": "background"}, {"country": "Norway"}, {"between": ("NOR", "VNM")},
    {"between": ("NOR", "JPN")}, {"actor": "berg"}, {"date_from": "2024-03"}, {"date_to": "2024-02-15"},
    {"date_from": "2024-03-05", "date_to": "2024-03-05"}, {"date_from": "2023-06", "date_to": "2024-02-10"},
    {"text": "fishing QUOTA"}, {"text": "frank"}, {"text": "of fish"}, {"text": "ish"}, {"text": "nowhere"},
    {"issue": "fishing"},
])
def test_sql_filters_select_what_matches_selects(store_db, flt):
    from parley import api
    from parley.export.query import EventFilter, matches

    got = [e["id"] for e in api.list_events(store_db, **flt)]
    want = [e["id"] for e in EVENTS if matches(e, EventFilter(**flt))]
    assert sorted(got) == sorted(want)


def test_a_bound_that_is_not_a_date_is_refused_before_any_query(store_db):
    from parley import api
    from parley.filters import FilterError

    with pytest.raises(FilterError, match="not a date"):
        api.list_events(store_db, date_from="yesterday")


def test_date_ranges_meet_the_interval_of_each_date(store_db):
    from parley import api

    ids = lambda **f: {e["id"] for e in api.list_events(store_db, **f)}   # noqa: E731
    assert ids(date_from="2024-03-06") == {"ev-week"}                 # week 10 runs to Sunday 10 March
    assert ids(date_from="2023-12", date_to="2024-01") == {"ev-year"}
    assert ids(date_to="2023") == {"ev-year"} and ids(date_from="2025") == set()
    assert "ev-undated" not in ids(date_from="1900")


def test_to_dataframe_gives_typed_columns(store_db):
    pytest.importorskip("pandas")
    import parley

    df = parley.to_dataframe(store_db, country="VNM")
    assert len(df) == 5 and str(df["date_start"].dtype).startswith("datetime64")
    assert str(df["type"].dtype) == "category" and df["n_sources"].dtype.kind == "i"
    assert df["date_start"].notna().sum() == 4
    assert df.set_index("id").loc["ev-year", "date_end"].year == 2023


def test_datasette_reads_the_views_and_searches_the_evidence(store_db):
    pytest.importorskip("datasette")
    import asyncio
    from importlib import resources

    from datasette.app import Datasette

    meta = json.loads(resources.files("parley.data").joinpath("datasette.json").read_text(encoding="utf-8"))

    async def go():
        ds = Datasette([str(store_db)], metadata=meta)
        rows = (await ds.client.get("/parley/event_list.json?_shape=array")).json()
        assert {r["id"] for r in rows} == {e["id"] for e in EVENTS}
        srcs = (await ds.client.get("/parley/event_sources.json?_shape=array&event_id=ev-day")).json()
        assert srcs[0]["evidence"] == EVIDENCE
        hits = (await ds.client.get("/parley/events.json?_shape=array&_search=quota")).json()
        assert {r["id"] for r in hits} == {e["id"] for e in EVENTS}
        arts = (await ds.client.get("/parley/articles.json?_shape=array&_search=quota")).json()
        assert [r["id"] for r in arts] == ["a1"]
        sql = (await ds.client.get("/parley.json?_shape=array&sql=select+count(*)+as+n+from+event_participants"
                                   "+where+country+%3D+'VNM'")).json()
        assert sql[0]["n"] == 5

    asyncio.run(go())


def test_the_cli_counts_undated_events_and_writes_the_side_tables(store_db, tmp_path):
    from conftest import run_parley

    out = tmp_path / "t.json"
    r = run_parley("timeline", "--db", store_db, "-f", "timelinejs", "-o", out)
    assert r.returncode == 0, r.stderr
    assert "4 events written" in r.stderr.decode() and "1 undated" in r.stderr.decode()
    assert len(json.loads(out.read_text())["events"]) == 4
    r = run_parley("timeline", "--db", store_db, "-f", "csv", "-o", tmp_path / "e.csv")
    assert r.returncode == 0 and "5 events written" in r.stderr.decode()
    assert (tmp_path / "e.participants.csv").read_text().count("\n") == 11
    assert EVIDENCE in (tmp_path / "e.sources.csv").read_text()
    r = run_parley("timeline", "--db", store_db, "-f", "jsonl", "--country", "NOR")
    assert [json.loads(x)["id"] for x in r.stdout.decode().splitlines()] == [
        "ev-year", "ev-month", "ev-day", "ev-week", "ev-undated"]
