"""Exports write article text as data, never as markup or formulas; merged events do not depend
on the order their candidates arrive in."""
from __future__ import annotations

import csv
import io
import json
import re

from parley.corpus.fuse import fuse
from parley.export.formats import markdown, rich_table, timelinejs, to_csv

EVIL_OUTLET = '<img src=x onerror="alert(1)">'


def event(**over) -> dict:
    ev = {"id": "ev-1", "type": "CONSULT", "mode": "visit", "date": "2024-12-25", "date_precision": "day",
          "date_basis": "explicit date: \"Dec 25\"", "status": "happened", "score": 4.0,
          "actors": [{"name": "=HYPERLINK(\"http://evil.example\",\"click\")", "country": "JPN"}],
          "recipients": [{"name": "@SUM(A1:A9)", "country": "CHN"}],
          "location": {"name": "+Beijing", "country": "CHN"},
          "issues": [{"id": "seafood", "label": "Seafood <b>ban</b>"}],
          "summary": "-1+1 met [red]markup[/] <script>alert(1)</script>",
          "sources": [{"outlet": EVIL_OUTLET, "published": "2024-12-26", "url": "http://x/`a`"}],
          "statements": [{"speaker": {"name": "Wang Yi"}, "category": "REQUEST", "text": "urged *all* to [act](js:x)"}],
          "conflicts": [], "claims": []}
    ev.update(over)
    return ev


def test_csv_cells_that_start_a_formula_are_neutralised():
    rows = list(csv.DictReader(io.StringIO(to_csv([event()]))))
    row = rows[0]
    assert row["actors"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    assert row["recipients"] == "'@SUM(A1:A9)" and row["location"] == "'+Beijing"
    assert row["summary"].startswith("'-1+1")
    assert row["date"] == "2024-12-25" and row["score"] == "4.0"       # plain values stay as they are
    for start in ("\tx", "\rx"):
        assert list(csv.DictReader(io.StringIO(to_csv([event(summary=start)]))))[0]["summary"].startswith("'")


def test_markdown_escapes_the_outlet_and_every_other_text():
    md = markdown([event()], title="T")
    assert re.search(r"(?<!\\)[<>]", md) is None                 # no angle bracket unescaped: no HTML
    assert "\\<img src=x onerror=\"alert(1)\"\\>" in md
    assert "urged \\*all\\* to \\[act\\](js:x)" in md
    assert "http://x/\\`a\\`" in md


def test_timelinejs_text_is_escaped_html():
    doc = json.loads(timelinejs([event()]))
    body = doc["events"][0]["text"]
    assert "<img" not in body["text"] and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in body["text"]
    assert "<script>" not in body["headline"] and "&lt;script&gt;" in body["headline"]


def test_the_terminal_table_takes_article_text_as_text():
    from rich.console import Console

    console = Console(record=True, width=300)
    console.print(rich_table([event()]))          # "[/]" in a summary used to be read as markup
    assert "[red]markup[/]" in console.export_text()


def candidate(article: str, date: str, city: str, mode: str) -> dict:
    return {"id": f"{article}:0", "article_id": article, "type": "CONSULT", "mode": mode, "status": "happened",
            "date": date, "date_precision": "day", "date_basis": "explicit date", "location":
            {"name": city, "country": "X", "kind": "city"}, "actors": [], "recipients": [], "issues": [],
            "evidence": {}, "quotes": {}, "sentences": []}


def test_conflict_values_are_listed_in_one_order_whatever_order_the_sources_came_in():
    members = [candidate("a", "2024-12-26", "Tokyo", "visit"), candidate("b", "2024-12-25", "Beijing", "phone"),
               candidate("c", "2024-12-27", "Busan", "third-party")]
    forward = fuse(members, {}, "ev-1")["conflicts"]
    backward = fuse(members[::-1], {}, "ev-1")["conflicts"]
    assert {c["field"] for c in forward} == {"date", "location", "mode"}
    values = lambda conflicts: [(c["field"], [v["value"] for v in c["values"]]) for c in conflicts]
    assert values(forward) == values(backward)
    dates = next(v for f, v in values(forward) if f == "date")
    assert dates == sorted(dates)
