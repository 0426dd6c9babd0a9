"""Bad input gets a clear one-line reason and is skipped; everything else goes on."""
from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, SEEDS, run_parley
from parley import api
from parley.ingest.decode import DecodeError, decode_bytes
from parley.store import Store

SEED_TEXT = (SEEDS / "002_17134629949613e8.txt").read_text(encoding="utf-8")
GERMAN = (
    "Die Außenminister Japans und Chinas haben sich zum ersten Mal seit drei Jahren zu Gesprächen getroffen. "
    "Um konkrete Beschlüsse ging es nicht. Man wolle Schwierigkeiten überwinden, hieß es nach den Treffen in Peking. "
    "Japan und China wollen ihre Zusammenarbeit wieder verbessern. Beim ersten Treffen der Außenminister beider "
    "Länder seit drei Jahren äußerten Yoshimasa Hayashi und sein neuer chinesischer Amtskollege Qin Gang die "
    "Hoffnung, Schwierigkeiten überwinden und stabile Beziehungen aufbauen zu können."
)


def ingest(paths, db, **kw):
    problems = []
    report = api.ingest([str(p) for p in paths], db, extract=False, on_problem=problems.append, **kw)
    return report, {p.source.split("/")[-1]: p for p in problems}


def test_binary_files_are_refused_with_their_kind(tmp_path, db):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "blob.txt").write_bytes(bytes([0, 159, 146, 150, 0, 7, 200]) * 300)
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    report, problems = ingest([tmp_path], db)
    assert report.ingested == 0
    assert problems["photo.txt"].reason == "binary" and "PNG" in problems["photo.txt"].detail
    assert problems["blob.txt"].reason == "binary"
    assert "PDF" in problems["doc.pdf"].detail


def test_empty_and_whitespace_files(tmp_path, db):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"   \n\n\t  \n")
    (tmp_path / "chrome.txt").write_text("Sign up now: Get our newsletters delivered to your inbox\n\nLeave a Comment\n")
    report, problems = ingest([tmp_path], db)
    assert problems["empty.txt"].reason == "empty"
    assert problems["blank.txt"].reason == "empty"
    assert problems["chrome.txt"].reason == "no-text"
    assert "boilerplate" in problems["chrome.txt"].detail


def test_files_over_the_size_limit(tmp_path, db):
    (tmp_path / "big.txt").write_text(SEED_TEXT * 3, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(SEED_TEXT, encoding="utf-8")
    report, problems = ingest([tmp_path], db, max_bytes=len(SEED_TEXT.encode()) + 100)
    assert problems["big.txt"].reason == "too-large"
    assert "limit" in problems["big.txt"].detail
    assert report.ingested == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_unicode_encodings_with_and_without_bom(tmp_path, db, encoding):
    (tmp_path / "a.txt").write_bytes(SEED_TEXT.encode(encoding))
    report, problems = ingest([tmp_path], db)
    assert report.ingested == 1, problems
    with Store(db) as store:
        article = store.get_article(store.article_rows()[0]["id"])
    assert "Yoshimasa Hayashi and his new Chinese counterpart Qin Gang" in article.text
    assert "“correct understanding of China”" in article.text


def test_latin1_and_cp1252_text(tmp_path, db):
    text = SEED_TEXT.replace("“", '"').replace("”", '"').replace("’", "'") + "\nMinister José Pérez visited Zürich.\n"
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))
    report, _ = ingest([tmp_path], db)
    assert report.ingested == 1
    with Store(db) as store:
        article = store.get_article(store.article_rows()[0]["id"])
    assert "José Pérez visited Zürich" in article.text


def test_misdeclared_html_charset_and_mojibake(tmp_path, db):
    html = (FIXTURES / "scmp-busan.html").read_text(encoding="utf-8")
    lying = html.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    (tmp_path / "lying.html").write_bytes(lying.encode("utf-8"))
    # what a browser shows for UTF-8 read as windows-1252 (undefined bytes become C1 controls)
    mojibake = "".join(bytes([b]).decode("cp1252", errors="strict") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                       else chr(b) for b in SEED_TEXT.encode("utf-8"))
    (tmp_path / "mojibake.txt").write_text(mojibake, encoding="utf-8")
    report, problems = ingest([tmp_path], db)
    assert report.ingested == 2, problems
    with Store(db) as store:
        texts = [store.get_article(r["id"]).text for r in store.article_rows()]
    assert all("â€" not in t for t in texts)
    assert any("Tokyo’s position on Taiwan remained unchanged" in t for t in texts)
    assert any("“correct understanding of China”" in t for t in texts)


def test_html_page_main_text_and_metadata(tmp_path, db):
    report, problems = ingest([FIXTURES / "scmp-busan.html"], db)
    assert report.ingested == 1, problems
    with Store(db) as store:
        a = store.get_article(store.article_rows()[0]["id"])
    assert a.outlet == "South China Morning Post"
    assert a.published.value == "2023-11-26" and a.published.basis == "html metadata"
    assert a.title.startswith("China, Japan agree to reopen strategic dialogue")
    assert "In a meeting in the South Korean city of Busan on Saturday" in a.text
    assert "Copyright" not in a.text and "newsletter" not in a.text


def test_malformed_html(tmp_path, db):
    (tmp_path / "broken.html").write_text("<html><body><div><p>unclosed <b>bold <div></span></table>")
    body = "".join(f"<p>{l}" for l in SEED_TEXT.split("\n") if l.strip())  # no closing tags at all
    (tmp_path / "sloppy.html").write_text(f"<html><head><title>x</title><body><div>{body}</span></table>")
    report, problems = ingest([tmp_path], db)
    assert problems["broken.html"].reason == "no-text"
    assert "HTML" in problems["broken.html"].detail
    assert report.ingested == 1


def test_malformed_jsonl_lines_report_their_line_number(tmp_path, db):
    good = {"text": SEED_TEXT, "url": "https://example.org/2023/04/02/japan-china", "outlet": "Example"}
    lines = [
        json.dumps(good),
        '{"text": "unterminated',
        json.dumps({"title": "no body"}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"html": (FIXTURES / "scmp-busan.html").read_text(encoding="utf-8"), "outlet": "SCMP"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report, problems = ingest([tmp_path / "batch.jsonl"], db)
    assert report.ingested == 2
    assert problems["batch.jsonl:2"].reason == "bad-json" and "line 2" in problems["batch.jsonl:2"].detail
    assert problems["batch.jsonl:3"].reason == "no-text" and "line 3" in problems["batch.jsonl:3"].detail
    assert problems["batch.jsonl:4"].reason == "bad-json"
    with Store(db) as store:
        rows = {r["outlet"]: r for r in store.article_rows()}
    assert rows["Example"]["published"] == "2023-04-02"   # from the URL when no other date exists


def test_non_english_text_is_detected_recorded_and_skipped(tmp_path, db):
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text(SEED_TEXT, encoding="utf-8")
    report, problems = ingest([tmp_path], db)
    assert report.ingested == 1
    assert problems["de.txt"].reason == "non-english" and "'de'" in problems["de.txt"].detail
    assert [r["reason"] for r in api.skipped_inputs(db)] == ["non-english"]


def test_cli_reports_each_problem_and_a_summary(tmp_path, db):
    (tmp_path / "ok.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    result = run_parley("ingest", tmp_path, "--db", db, "--no-extract")
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "empty.txt: empty file" in err
    assert "bin.txt: binary file" in err
    assert "ingested 1 · already present 0 · skipped 3 (binary 1, empty 1, non-english 1)" in err


def test_exit_status_nonzero_only_when_nothing_could_be_read(tmp_path, db):
    (tmp_path / "empty.txt").write_text("")
    assert run_parley("ingest", tmp_path, "--db", db, "--no-extract").returncode == 1
    assert run_parley("ingest", tmp_path / "missing-folder", "--db", db).returncode == 1
    (tmp_path / "ok.txt").write_text(SEED_TEXT, encoding="utf-8")
    assert run_parley("ingest", tmp_path, "--db", db, "--no-extract").returncode == 0
    # everything already present still counts as read
    assert run_parley("ingest", tmp_path / "ok.txt", "--db", db, "--no-extract").returncode == 0


def test_stdin(db):
    result = run_parley("ingest", "-", "--db", db, "--no-extract", stdin=SEED_TEXT.encode("utf-16"))
    assert result.returncode == 0, result.stderr.decode()
    rows = api.list_articles(db)
    assert rows[0]["source"] == "<stdin>" and rows[0]["published"] == "2023-04-02"


def test_stdin_jsonl(db):
    payload = (json.dumps({"text": SEED_TEXT, "outlet": "tagesschau"}) + "\n{bad\n").encode()
    result = run_parley("ingest", "-", "--db", db, "--no-extract", stdin=payload)
    assert result.returncode == 0
    assert "<stdin>:2: line 2: invalid JSON" in result.stderr.decode()


def test_decode_never_raises_anything_but_decode_error():
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.binary(max_size=3000))
    def check(data):
        try:
            decoded = decode_bytes(data)
        except DecodeError as exc:
            assert exc.reason in {"empty", "binary", "bad-encoding"} and exc.detail
        else:
            assert "\r" not in decoded.text and decoded.encoding

    check()
