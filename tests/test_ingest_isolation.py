"""Nothing stops, hangs or loses an ingest: one bad input is skipped with a one-line reason and
the run goes on; entries that are not regular files are never opened; nothing is left out in
silence; reading is bounded."""
from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from conftest import ROOT, run_parley
from parley import api
from parley.ingest.sources import InputFile, read_input
from parley.store import Store

def article(n: int) -> str:
    """A distinct article for each n: every line differs, so none is taken for a line that the
    outlet repeats (boilerplate)."""
    return (f"Japan and China hold talks in Beijing, round {n}\n\nPublished 2024-12-26\n\n"
            f"Japanese Foreign Minister Takeshi Iwaya met Chinese Foreign Minister Wang Yi in Beijing on Wednesday "
            f"for {n} hours, the ministry said on Thursday. The two discussed seafood imports and detained nationals.\n\n"
            f"Iwaya said the talks, the {n}th this year, were candid and that both sides agreed to keep talking.\n")


def ingest(paths, db, **kw):
    problems = []
    report = api.ingest([str(p) for p in paths], db, on_problem=problems.append, **kw)
    return report, problems


def by_name(problems) -> dict:
    return {p.source.rsplit("/", 1)[-1]: p for p in problems}


def test_bad_json_lines_cost_only_themselves(tmp_path, db):
    lines = [json.dumps({"text": article(1)}),
             json.dumps({"text": article(2), "url": "http://[::1"}),             # urlparse raises ValueError
             '{"text": "\\ud800 ' + article(3).replace("\n", "\\n") + '"}',     # a lone surrogate
             '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",                   # RecursionError in json
             "[" * 100_000,
             json.dumps({"text": article(4)})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(article(5), encoding="utf-8")            # a later input
    report, problems = ingest([tmp_path], db)
    assert report.ingested == 5 and report.events >= 1, report.summary()
    skipped = by_name(problems)
    assert set(skipped) == {"a.jsonl:4", "a.jsonl:5"}
    assert all(p.reason == "bad-json" and "line" in p.detail and "\n" not in p.detail for p in skipped.values())
    with Store(db) as store:
        sources = {r["source"].rsplit("/", 1)[-1]: r["id"] for r in store.article_rows()}
        surrogate = store.get_article(sources["a.jsonl:3"])
        assert "\ufffd Japan and China hold talks" in surrogate.title
        assert store.get_article(sources["a.jsonl:2"]).url == "http://[::1"
    assert set(sources) == {"a.jsonl:1", "a.jsonl:2", "a.jsonl:3", "a.jsonl:6", "b.txt"}


def test_a_file_name_that_is_not_utf8_is_stored_with_escapes(tmp_path, db):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"x\xff.txt"), "wb") as fh:
        fh.write(article(1).encode())
    with open(os.path.join(folder, b"empty\xfe.txt"), "wb") as fh:
        fh.write(b"")
    report, problems = ingest([tmp_path], db)
    assert report.ingested == 1
    assert [p.source.rsplit("/", 1)[-1] for p in problems] == ["empty\\xfe.txt"]
    assert [r["source"].rsplit("/", 1)[-1] for r in api.list_articles(db)] == ["x\\xff.txt"]
    assert [r["source"].rsplit("/", 1)[-1] for r in api.skipped_inputs(db)] == ["empty\\xfe.txt"]


def test_fifos_devices_and_sockets_are_skipped_without_being_opened(tmp_path, db):
    os.mkfifo(tmp_path / "pipe.txt")                          # opening it would wait for a writer forever
    (tmp_path / "zero.txt").symlink_to("/dev/zero")           # reading it would never end
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock.txt"))
    (tmp_path / "ok.txt").write_text(article(1), encoding="utf-8")
    try:
        result = run_parley("ingest", tmp_path, tmp_path / "pipe.txt", "--db", db, "--no-extract", timeout=120)
    finally:
        sock.close()
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert err.count("pipe.txt: a FIFO (named pipe), not a regular file; not opened") == 2
    assert "zero.txt: a character device, not a regular file; not opened" in err
    assert "sock.txt: a socket, not a regular file; not opened" in err
    assert "ingested 1" in err


def test_a_fifo_put_in_place_of_a_listed_file_is_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "late.txt")
    [problem] = list(read_input(InputFile(tmp_path / "late.txt", "late.txt")))
    assert problem.reason == "not-a-file" and "FIFO" in problem.detail


def test_directory_links_are_followed_once_and_loops_reported(tmp_path, db):
    corpus, elsewhere = tmp_path / "corpus", tmp_path / "elsewhere"
    (corpus / "sub").mkdir(parents=True)
    elsewhere.mkdir()
    (corpus / "a.txt").write_text(article(1), encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text(article(2), encoding="utf-8")
    (elsewhere / "c.txt").write_text(article(3), encoding="utf-8")
    (corpus / "linked").symlink_to(elsewhere, target_is_directory=True)        # followed
    (corpus / "sub" / "loop").symlink_to(corpus, target_is_directory=True)     # back to the top: a loop
    (corpus / "sub2").symlink_to(corpus / "sub", target_is_directory=True)     # a folder read already
    (corpus / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    report, problems = ingest([corpus], db, extract=False)
    assert report.ingested == 3
    reasons = {p.source.rsplit("/", 1)[-1]: (p.reason, p.detail) for p in problems}
    assert reasons["loop"][0] == "duplicate-folder" and "loop" in reasons["loop"][1]
    assert reasons["sub2"][0] == "duplicate-folder"
    assert reasons["dangling.txt"] == ("missing", "broken symbolic link")
    assert {r["source"].rsplit("/", 1)[-1] for r in api.list_articles(db)} == {"a.txt", "b.txt", "c.txt"}


def unprivileged(*args) -> list[str]:
    """The parley command as a user bound by file modes: root reads and writes whatever the mode,
    so as root it runs without the capabilities that override them (util-linux setpriv)."""
    cmd = [sys.executable, "-m", "parley", *map(str, args)]
    if os.getuid() != 0:
        return cmd
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: file modes cannot be tested")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *cmd]


def run_unprivileged(*args) -> subprocess.CompletedProcess:
    return subprocess.run(unprivileged(*args), capture_output=True, timeout=120, cwd=ROOT,
                          env=dict(os.environ, COLUMNS="200", NO_COLOR="1"))


def test_an_unreadable_subfolder_is_reported(tmp_path, db):
    corpus = tmp_path / "corpus"
    (corpus / "closed").mkdir(parents=True)
    (corpus / "open.txt").write_text(article(1), encoding="utf-8")
    (corpus / "closed" / "hidden.txt").write_text(article(2), encoding="utf-8")
    (corpus / "closed").chmod(0)
    try:
        result = run_unprivileged("ingest", corpus, "--db", db, "--no-extract")
    finally:
        (corpus / "closed").chmod(0o755)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "closed: cannot list this folder: Permission denied; its files were not read" in err
    assert "ingested 1" in err


def test_a_large_jsonl_without_newlines_is_not_read_whole(tmp_path):
    big = tmp_path / "big.jsonl"
    with big.open("wb") as fh:
        fh.write(b'{"text": "' + b"x" * 40_000_000 + b'"}\n' + json.dumps({"text": article(1)}).encode() + b"\n")
    tracemalloc.start()
    try:
        docs = list(read_input(InputFile(big, "big.jsonl"), max_bytes=1_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [type(d).__name__ for d in docs] == ["Problem", "RawDocument"]
    assert docs[0].reason == "too-large" and docs[0].source == "big.jsonl:1" and "40.0 MB" in docs[0].detail
    assert peak < 8_000_000, peak


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_without_bom_is_read(tmp_path, db, encoding):
    text = article(1).replace("Beijing", "Beijing (北京)")
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    report, problems = ingest([tmp_path], db, extract=False)
    assert report.ingested == 1, problems
    with Store(db) as store:
        assert "Beijing (北京) on Wednesday" in store.get_article(store.article_rows()[0]["id"]).text


def test_chinese_text_is_reported_as_not_english(tmp_path, db):
    (tmp_path / "zh.txt").write_text(
        "中国外交部长王毅周三在北京会见了日本外务大臣岩屋毅。双方就海产品进口禁令和被拘留的日本公民问题交换了意见。"
        "王毅表示，中方愿与日方共同努力，推动两国关系改善发展。岩屋毅说，日方高度重视对华关系。\n", encoding="utf-8")
    report, problems = ingest([tmp_path], db, extract=False)
    assert [(p.reason, p.detail.split(" (")[0]) for p in problems] == [("non-english", "not English")]
    assert "'zh'" in problems[0].detail


def test_reasons_stay_on_one_line_when_stderr_is_not_a_terminal(tmp_path, db):
    name = "a-very-long-file-name-" + "x" * 150 + ".txt"
    (tmp_path / name).write_bytes(b"")
    (tmp_path / "ok.txt").write_text(article(1), encoding="utf-8")
    env_columns = {"COLUMNS": "40"}
    result = subprocess.run([sys.executable, "-m", "parley", "ingest", str(tmp_path), "--db", str(db), "--no-extract"],
                            capture_output=True, timeout=120, env=dict(os.environ, **env_columns))
    lines = result.stderr.decode().splitlines()
    assert any(line.startswith("skipped ") and line.endswith(f"{name}: empty file") for line in lines), lines
    assert any(line.startswith("ingested 1 · already present 0 · skipped 1 (empty 1)") for line in lines), lines


def test_database_errors_are_one_line_without_a_traceback(tmp_path):
    (tmp_path / "ok.txt").write_text(article(1), encoding="utf-8")
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database\n" * 100)
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    cases = {tmp_path / "missing" / "x.db": "no folder",
             text_file: "is not a Parley database",
             newer: "newer than this Parley"}
    for db, words in cases.items():
        for args in (("ingest", tmp_path / "ok.txt", "--db", db, "--no-extract"), ("articles", "--db", db)):
            result = run_parley(*args)
            err = result.stderr.decode()
            if args[0] == "articles" and not Path(db).exists():
                assert "no database" in err
                continue
            assert result.returncode == 2, err
            assert "Traceback" not in err and words in err and len(err.strip().splitlines()) == 1, err


def test_a_read_only_database_is_one_line_too(tmp_path, db):
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article(2), encoding="utf-8")
    api.ingest([str(tmp_path / "a.txt")], db, extract=False)
    Path(db).chmod(0o444)
    try:
        result = run_unprivileged("ingest", tmp_path / "b.txt", "--db", db, "--no-extract")
        listed = run_unprivileged("articles", "--db", db)
    finally:
        Path(db).chmod(0o644)
    err = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in err
    assert err.strip() == f"error: cannot write to the database {db}: it is read-only (attempt to write a readonly database)"
    assert listed.returncode == 0 and "1 articles" in listed.stdout.decode()     # reading still works


def test_folders_are_walked_as_they_are_read(tmp_path):
    """A folder is not listed whole before reading begins (a million files are never held in
    memory): a subfolder removed after the first file was handed out is reported, in order."""
    from parley.ingest.folders import iter_inputs, list_inputs

    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text("Text.", encoding="utf-8")
    files, problems = list_inputs([str(tmp_path)])
    assert [f.path.parent.name for f in files] == ["a", "b"] and not problems
    stream = iter_inputs([str(tmp_path)])
    first = next(stream)
    assert first.path.parent.name == "a"
    (tmp_path / "b" / "x.txt").unlink()
    (tmp_path / "b").rmdir()
    rest = list(stream)
    assert len(rest) == 1 and rest[0].reason == "unreadable" and rest[0].source.endswith("b")


def test_json_lines_from_crawlers_are_read_under_their_own_field_names(tmp_path, db):
    lines = [
        # news-please
        {"maintext": article(1), "date_publish": "2024-12-26 09:10:00", "url": "https://example.com/a1",
         "title": "Japan and China hold talks", "source_domain": "example.com"},
        # NewsAPI
        {"content": article(2), "publishedAt": "2024-12-26T09:10:00Z", "source": {"id": None, "name": "Wire"},
         "url": "https://wire.example/a2", "title": "Talks in Beijing"},
        {"body": article(3), "date": "2024-12-26"},
        {"headline": "No text here", "date": "2024-12-26"},
    ]
    (tmp_path / "crawl.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    report, problems = ingest([tmp_path / "crawl.jsonl"], db)
    assert report.ingested == 3
    assert [p.source.rsplit("/", 1)[-1] for p in problems] == ["crawl.jsonl:4"] and problems[0].reason == "no-text"
    with Store(db) as store:
        rows = {r["source"].rsplit("/", 1)[-1]: r for r in store.article_rows()}
        assert rows["crawl.jsonl:1"]["outlet"] == "example.com" and rows["crawl.jsonl:2"]["outlet"] == "Wire"
        assert {rows[k]["published"] for k in ("crawl.jsonl:1", "crawl.jsonl:2", "crawl.jsonl:3")} == {"2024-12-26"}

