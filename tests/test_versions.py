"""Versions of one report are kept whole; chrome is what an outlet repeats around different
reports; the result does not depend on the order of the input."""
from __future__ import annotations

import json
import re
import sqlite3

from parley import api
from parley.ingest.versions import fingerprint, same_report

REPORT = """Ministers agree to reopen border crossings

Posted: 12 May 2024

Kenya's top diplomat, Musalia Mudavadi, met Ethiopian Foreign Minister Taye Atske Selassie in Addis Ababa on Saturday.
The two ministers agreed to reopen three border crossings that have been closed since the drought of last year.
Mudavadi said the crossings would open to traders within a month, according to a statement from his ministry.
Selassie said Ethiopia wanted closer cooperation on grazing rights along the shared frontier.
The talks were the first between the two ministers since Selassie took office.

Planet Desk | World Edition
"""

OTHER_REPORTS = [
    """Chile and Peru sign fisheries accord

Chile's foreign minister Alberto van Klaveren signed a fisheries accord with Peru's Javier Gonzalez-Olaechea in Lima on Monday.
The accord sets joint quotas for anchovy catches along the maritime border for the next five years.
Officials from both countries said inspectors would board each other's vessels from next season.

Planet Desk | World Edition
""",
    """Norway hosts Arctic council ministers

Norwegian Foreign Minister Espen Barth Eide hosted his Finnish counterpart Elina Valtonen in Tromso on Tuesday.
The ministers discussed search and rescue coordination in the Barents Sea and new shipping routes.
Valtonen said Finland would send two icebreakers to a joint exercise planned for the autumn.

Planet Desk | World Edition
""",
]


def _texts(db) -> dict[str, str]:
    conn = sqlite3.connect(db)
    out = {r[0]: json.loads(r[1])["text"] for r in conn.execute("SELECT source, data FROM articles")}
    conn.close()
    return out


def _sentences(text: str) -> list[str]:
    return [l.strip() for l in text.split("\n") if l.strip().endswith(".") and len(l.split()) >= 6]


def _write_jsonl(path, docs):
    path.write_text("".join(json.dumps({"text": t, "outlet": "The Daily Planet", "url": f"https://planet.example/{i}"})
                            + "\n" for i, t in docs), encoding="utf-8")


def test_versions_of_one_report_are_linked_and_keep_every_sentence(tmp_path, db):
    update = REPORT.replace("Posted: 12 May 2024", "Posted: 12 May 2024 Updated: 13 May 2024") + \
        "Traders welcomed the decision on Sunday.\n"
    edited = REPORT.replace("within a month", "within four weeks")
    wire = "By Planet Staff\n" + REPORT
    docs = [(0, REPORT), (1, update), (2, edited), (3, wire)]
    _write_jsonl(tmp_path / "planet.jsonl", docs)
    api.ingest([str(tmp_path / "planet.jsonl")], db, extract=False)
    texts = _texts(db)
    assert len(texts) == 4
    for text in texts.values():
        for sentence in _sentences(REPORT)[:2]:
            assert sentence in text, "a body sentence of a version was removed as chrome"
        assert "Planet Desk | World Edition" in text        # three versions of one report are one report
    conn = sqlite3.connect(db)
    families = {r[0] for r in conn.execute("SELECT family FROM articles")}
    conn.close()
    assert len(families) == 1
    first = next(r["id"] for r in api.list_articles(db) if r["source"].endswith(":1"))
    assert len(api.article_versions(db, first)) == 3


def test_chrome_is_a_line_repeated_around_different_reports(tmp_path, db):
    _write_jsonl(tmp_path / "planet.jsonl", [(0, REPORT)] + list(enumerate(OTHER_REPORTS, start=1)))
    api.ingest([str(tmp_path / "planet.jsonl")], db, extract=False)
    for source, text in _texts(db).items():
        assert "Planet Desk" not in text, source
        removed = api.get_article(db, source_id(db, source)).removed
        assert any(r.text == "Planet Desk | World Edition" and "repeated" in r.reason for r in removed)


def source_id(db, source: str) -> str:
    return next(r["id"] for r in api.list_articles(db) if r["source"] == source)


def test_the_cleaned_corpus_does_not_depend_on_the_order_of_the_input(tmp_path):
    docs = [(0, REPORT)] + list(enumerate(OTHER_REPORTS, start=1))
    results = []
    for order in (docs, list(reversed(docs)), docs[1:] + docs[:1]):
        folder = tmp_path / f"run{len(results)}"
        folder.mkdir()
        # one article per run of the CLI's chunking: each file a separate input, fed one at a time
        db = folder / "x.db"
        for i, text in order:
            (folder / f"{i}.jsonl").write_text(json.dumps({"text": text, "outlet": "The Daily Planet"}) + "\n",
                                               encoding="utf-8")
            api.ingest([str(folder / f"{i}.jsonl")], db, extract=False)
        results.append(sorted(_texts(db).values()))
    assert results[0] == results[1] == results[2]
    assert all("Planet Desk" not in t for t in results[0])


def test_an_article_on_one_long_line_keeps_its_text_and_date(tmp_path, db):
    line = " date 2024-05-12 " + " ".join(l for l in REPORT.split("\n")[4:-2] if l)
    (tmp_path / "oneline.txt").write_text(line, encoding="utf-8")
    report = api.ingest([str(tmp_path / "oneline.txt")], db, extract=False)
    assert report.ingested == 1
    art = api.get_article(db, api.list_articles(db)[0]["id"])
    assert art.published.value == "2024-05-12"
    assert "Musalia Mudavadi, met Ethiopian Foreign Minister" in art.text
    assert "traders within a month" in art.text


def test_fingerprints_tell_versions_from_other_reports():
    a, b = fingerprint(REPORT), fingerprint(REPORT.replace("within a month", "within four weeks"))
    assert same_report(a, b)
    assert not same_report(a, fingerprint(OTHER_REPORTS[0]))
    assert not same_report([], a)
