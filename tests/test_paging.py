"""Queries answered in SQL, a page at a time: keyset pages in timeline order, counts, charts from
aggregates, the API's cursor and the CLI's --limit."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from parley import api
from parley.export import chart_data
from parley.export.query import BadCursor, EventFilter, select_events, select_page, sql_filter

LOCAL = "http://127.0.0.1"
PAIRS = [("NOR", "JPN"), ("KEN", "ETH"), ("BRA", "ARG")]


def event(i: int) -> dict:
    a, b = PAIRS[i % 3]
    date = [None, f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}", f"2024-{1 + i % 12:02d}", "2022"][i % 4]
    issues = [{"id": "fisheries", "label": "Fisheries"}] if i % 2 else [{"id": "trade", "label": "Trade"}]
    return {"id": f"ev-{i:04d}", "candidate_ids": [], "type": "CONSULT" if i % 5 else "AGREE", "mode": None,
            "date": date, "date_precision": {None: None, 10: "day", 7: "month", 4: "year"}[len(date) if date else None],
            "status": "planned" if i % 7 == 0 else "happened", "dyad": "-".join(sorted((a, b))), "score": float(i % 9 - 4),
            "summary": f"Envoys of {a} and {b} met (meeting {i})", "issues": issues, "sources": [], "conflicts": [],
            "actors": [{"name": f"Envoy {a} {i % 4}", "country": a}], "recipients": [{"name": f"Envoy {b}", "country": b}]}


@pytest.fixture(scope="module")
def store_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("paging") / "p.db"
    with api.open_store(db) as store:
        store.write_resolution([], [event(i) for i in range(47)])
    return db


def pages(store, f=None, limit=5):
    out, cur, seen = [], None, 0
    while True:
        p = select_page(store, f, limit, after=cur)
        assert len(p.events) <= limit
        out += [e["id"] for e in p.events]
        seen += 1
        if not p.next:
            return out, seen
        cur = p.next


def test_pages_read_in_turn_give_the_whole_timeline_in_its_order(store_db):
    with api.open_store(store_db) as store:
        whole = [e["id"] for e in select_events(store)]
        got, n = pages(store)
        assert got == whole and len(whole) == 47 and n == 10
        # dated first, by date; undated last
        dates = [e["date"] for e in select_events(store)]
        assert dates.index(None) == len([d for d in dates if d]) and sorted(d for d in dates if d) == [d for d in dates if d]
        assert select_page(store, None, 5).total == 47


def test_a_page_before_a_cursor_is_the_page_that_came_before(store_db):
    with api.open_store(store_db) as store:
        first = select_page(store, None, 5)
        second = select_page(store, None, 5, after=first.next)
        back = select_page(store, None, 5, before=second.prev)
        assert [e["id"] for e in back.events] == [e["id"] for e in first.events]
        assert first.prev is None and back.prev is None and back.next is not None


def test_a_filter_checked_partly_in_python_still_pages_right(store_db):
    with api.open_store(store_db) as store:
        f = EventFilter(issue="fisheries", status="happened")
        assert sql_filter(f)[2] != EventFilter()          # the issue is checked in Python
        want = [e["id"] for e in select_events(store, f)]
        got, _ = pages(store, f, limit=4)
        assert got == want and 0 < len(want) < 47
        assert select_page(store, f, 4).total is None       # not counted by reading everything


def test_a_cursor_the_timeline_did_not_give_is_refused(store_db):
    with api.open_store(store_db) as store:
        with pytest.raises(BadCursor):
            select_page(store, None, 5, after="not-a-cursor")


def test_chart_counts_from_sql_equal_those_from_the_events(store_db):
    with api.open_store(store_db) as store:
        for f in (EventFilter(), EventFilter(between=("NOR", "JPN")), EventFilter(type="CONSULT")):
            where, params, _ = sql_filter(f)
            sql, py = chart_data.from_store(store, where, params), chart_data.from_events(select_events(store, f))
            assert sql.per_month == py.per_month and sql.issues == py.issues and sql.months() == py.months()
            assert {k: (round(v[0], 6), v[1], v[2]) for k, v in sql.scores.items()} == \
                   {k: (round(v[0], 6), v[1], v[2]) for k, v in py.scores.items()}
            assert sql.per_month and any(placed for _, placed in sql.per_month.values())   # year-precision events


def test_the_api_answers_a_page_and_the_cursor_of_the_next(store_db):
    from parley.web import create_app

    client = TestClient(create_app(store_db), base_url=LOCAL)
    r = client.get("/api/events", params={"limit": 20})
    assert r.status_code == 200 and len(r.json()) == 20 and r.headers["X-Total-Count"] == "47"
    ids = [e["id"] for e in r.json()]
    while "X-Next-Cursor" in r.headers:
        assert 'rel="next"' in r.headers["Link"]
        r = client.get("/api/events", params={"limit": 20, "cursor": r.headers["X-Next-Cursor"]})
        ids += [e["id"] for e in r.json()]
    assert ids == [e["id"] for e in api.list_events(store_db)]
    r = client.get("/api/events", params={"between": ["NOR", "JPN"], "limit": 3})
    assert len(r.json()) == 3 and r.headers["X-Total-Count"] == "16"
    assert client.get("/api/events", params={"cursor": "xyz"}).status_code == 400


def test_the_timeline_page_shows_a_page_with_counts_and_links(store_db):
    from parley.web import create_app

    client = TestClient(create_app(store_db), base_url=LOCAL)
    page = client.get("/", params={"limit": 10, "between": ["NOR", "JPN"]}).text
    assert "10 shown of 16 matching; 47 events held" in page and 'id="next"' in page and 'id="prev"' not in page
    nxt = page.split('id="next"')[0].rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    second = client.get("/" + nxt).text
    assert "6 shown of 16 matching" in second and 'id="prev"' in second and 'id="next"' not in second
    assert "between=NOR" in nxt


def test_the_cli_reads_only_the_first_events_it_is_asked_for(store_db):
    from parley.cli import app

    r = CliRunner().invoke(app, ["timeline", "--db", str(store_db), "--limit", "7", "-f", "jsonl"])
    assert r.exit_code == 0 and len(r.stdout.strip().splitlines()) == 7


def test_the_overview_is_computed_again_when_the_events_change(tmp_path):
    db = tmp_path / "g.db"
    with api.open_store(db) as store:
        store.write_resolution([], [event(1), event(2)])
        g = store.events_generation()
    first = api.timeline_overview(db)
    assert api.timeline_overview(db) is first                  # reused while nothing changes
    with api.open_store(db) as store:
        store.write_resolution([], [event(5)])
        assert store.events_generation() > g
    again = api.timeline_overview(db)
    assert again is not first and sum(n for n, _ in again["charts"].per_month.values()) == 3
    assert "KEN" in again["countries"] and "KEN" in first["countries"] and "BRA" in again["countries"]


@pytest.mark.parametrize("text", ["00\x00", "\x00", "meeting\x00 envoys", '"\x00"'])
def test_a_search_with_a_nul_character_answers_rather_than_failing(store_db, text):
    """A NUL ends an SQLite string (FTS5 said "unterminated string"): the search still answers,
    and a word holding one matches nothing, as no event's text holds it."""
    from parley.web import create_app

    client = TestClient(create_app(store_db), base_url=LOCAL)
    assert client.get("/", params={"q": text}).status_code == 200
    r = client.get("/api/events", params={"q": text})
    assert r.status_code == 200
    with api.open_store(store_db) as store:
        assert select_page(store, EventFilter(text=text), 50).events == r.json() == []
