"""Random inputs for ingest -> extract -> merge, and the properties every run must keep.

Shared by the property-based tests (tests/test_ingest_properties.py, a few dozen examples) and
the long fuzz run (scripts/fuzz_ingest.py, tens of thousands of cases). Inputs are made here:
- article texts: one of a few news articles written for this module, mutated (text inserted,
  cut or repeated, sentences joined into one long sentence, odd dates, control characters,
  markup), then encoded (UTF-8/16/32 with or without BOM, Latin-1, stray bytes);
- JSON Lines: records with random JSON values in the known fields and others, and raw lines
  (invalid JSON, deep nesting, lone surrogates, not an object);
- folders of files with random names (also bytes that are not UTF-8) and kinds (regular
  files, empty files, FIFOs, sockets, links to a device, to a file, broken links, subfolders).
The properties: no exception escapes; every input is stored, already present or skipped with a
one-line reason; a second run over the same inputs changes nothing.
"""
from __future__ import annotations

import json
import os
import socket
import sqlite3
import string
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

ARTICLES = [
    "Japan, China agree to keep talking on seafood ban\n\nPublished 2024-12-26\n\n"
    "BEIJING (Wire) - Japanese Foreign Minister Takeshi Iwaya met Chinese Foreign Minister Wang Yi in Beijing on "
    "Wednesday, the ministry said on Thursday. The two discussed seafood imports and detained nationals.\n\n"
    "Iwaya urged China to lift its ban on Japanese seafood. Wang said both sides should handle their "
    "differences properly, according to a readout.\n\n"
    "It was the first visit by a Japanese foreign minister to China since April 2023.\n",

    "Seoul and Tokyo to resume shuttle diplomacy\n\nMarch 4, 2024\n\n"
    "South Korean Foreign Minister Cho Tae-yul will meet his Japanese counterpart Yoko Kamikawa in Tokyo next "
    "week, officials said on Monday. The two ministers last spoke by phone in January.\n\n"
    "Cho is expected to raise the issue of wartime labour, a day after he meets Prime Minister Fumio Kishida.\n",

    "US, India hold talks in New Delhi\n\n"
    "US Secretary of State Antony Blinken held talks with Indian External Affairs Minister Subrahmanyam "
    "Jaishankar in New Delhi on 12/04/2024. Blinken said the United States would support India's bid.\n\n"
    "The meeting took place two days before Jaishankar met Russian Foreign Minister Sergei Lavrov in Moscow. "
    "India has refused to condemn Russia over the war in Ukraine.\n",
]
ODD_DATES = ["31/02/2024", "on February 31, 2024", "0/0/0000", "9999-12-31", "the next day", "a day before",
             "two days after the meeting", "last year", "Q5 2024", "1 January 0001", "in the 1990s", "on 29/02/2023",
             "Wednesday's", "until Tuesday", "12/13/14", "yesterday"]
ODD_URLS = ["http://[::1", "http://[::1]/2024/02/31/x", "https://example.org:99999/a", "javascript:alert(1)",
            "//no-scheme", "http://www.example.com/2024/12/25/story", "", "http://x y", "\ud800", "ftp://[fe80::1%25"]
ODD_TEXT = ["\x00", "\x1b[31m", "\r", "\u2028", "\ufeff", "<script>alert(1)</script>", "=HYPERLINK(\"x\")",
            "[red]", "[/]", "\\", "{", "}", "中国外交部", "Ω", "\U0001F600", "\u200b", "—", " " * 50, "\n" * 5]
FORMATS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1"]
SUFFIXES = [".txt", ".html", ".jsonl", "", ".md", ".TXT", ".ndjson"]
KINDS = ["file"] * 6 + ["empty", "fifo", "socket", "device-link", "file-link", "broken-link", "folder"]
MAX_BYTES = 200_000             # the --max-bytes of fuzz runs: small, so size limits are hit too


# -- texts ------------------------------------------------------------------------------------
def _mutate(text: str, ops: list[tuple[str, int, int, str]]) -> str:
    for op, a, b, piece in ops:
        n = len(text)
        i, j = (a % (n + 1)), (b % (n + 1))
        i, j = min(i, j), max(i, j)
        if op == "insert":
            text = text[:i] + piece + text[i:]
        elif op == "cut":
            text = text[:i] + text[j:]
        elif op == "repeat":
            text = text[:j] + text[i:j] * (1 + len(piece) % 8) + text[j:]
        elif op == "join":                            # sentences into one long sentence of clauses
            text = text[:i] + text[i:j].replace(". ", ", ").replace(".\n", ",\n") + text[j:]
        elif op == "clauses":
            clause = "Wang Yi met Takeshi Iwaya in Tokyo on Monday and urged Japan to lift the ban"
            text = text[:i] + ", ".join([clause] * (5 + len(piece) % 60)) + text[i:]
        elif op == "date":
            text = text[:i] + " " + ODD_DATES[a % len(ODD_DATES)] + " " + text[i:]
    return text


pieces = st.one_of(st.sampled_from(ODD_TEXT), st.sampled_from(ODD_DATES),
                   st.text(max_size=40), st.text(alphabet=string.printable, max_size=80))
mutations = st.lists(st.tuples(st.sampled_from(["insert", "cut", "repeat", "join", "clauses", "date"]),
                               st.integers(0, 10_000), st.integers(0, 10_000), pieces), max_size=6)
article_texts = st.builds(_mutate, st.sampled_from(ARTICLES), mutations)


def _encode(text: str, encoding: str, junk: bytes) -> bytes:
    data = text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf-8") else "replace")
    return data + junk


article_bytes = st.builds(_encode, article_texts, st.sampled_from(FORMATS),
                          st.one_of(st.just(b""), st.binary(max_size=20)))
html_bytes = st.builds(lambda t, tag: f"<html><head><title>x</title></head><body><{tag}>{t}</{tag}></body></html>"
                       .encode("utf-8", "surrogatepass"), article_texts, st.sampled_from(["p", "div", "article", "b"]))

# -- JSON Lines -------------------------------------------------------------------------------
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                        max_size=4), max_leaves=12)
field_values = {
    "text": st.one_of(article_texts, json_values),
    "html": st.one_of(st.builds(lambda t: f"<html><body><p>{t}</p></body></html>", article_texts), json_values),
    "url": st.one_of(st.sampled_from(ODD_URLS), json_values),
    "published": st.one_of(st.sampled_from(ODD_DATES + ["2024-12-25", "2024-02-31", "x"]), json_values),
    "title": st.one_of(st.text(max_size=60), json_values),
    "outlet": st.one_of(st.text(max_size=30), json_values),
}
records = st.one_of(st.fixed_dictionaries({"text": article_texts}, optional={k: field_values[k] for k in (
                        "url", "published", "title", "outlet")}),
                    st.fixed_dictionaries({}, optional={**field_values, "other": json_values}))
raw_lines = st.sampled_from([b'{"text": "unterminated', b"[1, 2, 3]", b"null", b"\xff\xfe{", b"{" * 3000,
                             b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", b'{"text": "\\ud800 lone"}',
                             b'{"text": "\\udc00\\ud800"}', b"   ", b"\x00" * 10, b'{"text": 1e400}'])


def _line(record) -> bytes:
    if isinstance(record, bytes):
        return record
    return json.dumps(record, ensure_ascii=bool(len(record) % 2)).encode("utf-8", "surrogatepass")


jsonl_bytes = st.builds(lambda lines: b"\n".join(_line(x) for x in lines) + b"\n",
                        st.lists(st.one_of(records, records, records, raw_lines), max_size=5))

# -- folders ----------------------------------------------------------------------------------
name_chars = st.text(alphabet=string.ascii_letters + string.digits + "-_ ()'é中", min_size=1, max_size=12)
names = st.tuples(name_chars, st.one_of(st.just(b""), st.binary(min_size=1, max_size=3).filter(
    lambda b: b"/" not in b and b"\0" not in b)), st.sampled_from(SUFFIXES))


@dataclass
class Entry:
    name: bytes
    kind: str
    data: bytes = b""
    children: list["Entry"] = field(default_factory=list)


def _entry(name: tuple[str, bytes, str], kind: str, data: bytes, children: list) -> Entry:
    stem, junk, suffix = name
    return Entry(b"f" + stem.encode() + junk + suffix.encode(), kind, data if kind != "empty" else b"", children)


contents = st.one_of(article_bytes, article_bytes, article_bytes, html_bytes, jsonl_bytes, st.binary(max_size=200))
leaf_entries = st.builds(_entry, names, st.sampled_from([k for k in KINDS if k != "folder"]), contents, st.just([]))
entries = st.lists(st.one_of(leaf_entries, st.builds(_entry, names, st.just("folder"), st.just(b""),
                                                     st.lists(leaf_entries, max_size=3))),
                   min_size=1, max_size=5, unique_by=lambda e: e.name)


def build(root: Path, items: list[Entry], outside: Path, sockets: list) -> None:
    """Lay the entries out under `root` (links to files point into `outside`)."""
    base = os.fsencode(root)
    for e in items:
        path = os.path.join(base, e.name)
        if e.kind in ("file", "empty"):
            with open(path, "wb") as fh:
                fh.write(e.data)
        elif e.kind == "fifo":
            os.mkfifo(path)
        elif e.kind == "socket":
            s = socket.socket(socket.AF_UNIX)
            try:
                s.bind(path)
                sockets.append(s)
            except OSError:             # a path too long for a socket: a FIFO instead
                s.close()
                e.kind = "fifo"
                os.mkfifo(path)
        elif e.kind == "device-link":
            os.symlink(b"/dev/zero", path)
        elif e.kind == "broken-link":
            os.symlink(os.path.join(os.fsencode(outside), b"gone-" + e.name), path)
        elif e.kind == "file-link":
            target = os.path.join(os.fsencode(outside), e.name)
            with open(target, "wb") as fh:
                fh.write(e.data)
            os.symlink(target, path)
        elif e.kind == "folder":
            os.mkdir(path)
            build(Path(os.fsdecode(path)), e.children, outside, sockets)


def expected_inputs(items: list[Entry], max_bytes: int = MAX_BYTES) -> int:
    """How many inputs the entries hold: one per file, one per non-blank JSON line, one per
    entry that is not a regular file (skipped with its reason)."""
    from parley.ingest.sources import JSONL_SUFFIXES, format_for

    n = 0
    for e in items:
        if e.kind == "folder":
            n += expected_inputs(e.children, max_bytes)
            continue
        if e.kind not in ("file", "empty", "file-link"):
            n += 1
            continue
        suffix = os.path.splitext(os.fsdecode(e.name))[1].lower()
        is_jsonl = suffix in JSONL_SUFFIXES or (len(e.data) <= max_bytes and format_for(suffix, e.data[:4096]) == "jsonl")
        n += max(1, sum(1 for line in e.data.split(b"\n") if line.strip())) if is_jsonl else 1
    return n


def snapshot(db: Path) -> dict[str, list]:
    """What a run leaves in the database, without the times it was written."""
    conn = sqlite3.connect(db)
    cols = {"articles": "id, source, data, extracted_at IS NOT NULL", "candidates": "id, article_id, data",
            "candidate_events": "candidate_id, event_id", "events": "id, data", "skipped": "source, reason, detail", "article_lines": "article_id, grp, line_key",
            "inferred_dates": "article_id, value", "extraction_problems": "article_id, reason, detail"}
    out = {t: sorted(conn.execute(f"SELECT {c} FROM {t}").fetchall()) for t, c in cols.items()}
    conn.close()
    return out


@dataclass
class Outcome:
    inputs: int
    stored: int
    present: int
    skipped: int
    problems: list
    rerun_changed: bool


def run_entries(items: list[Entry], tmp: Path) -> Outcome:
    """Lay out the entries in a fresh folder under `tmp` and run them twice (run_twice)."""
    sockets: list = []
    root, outside = tmp / "in", tmp / "out"
    root.mkdir()
    outside.mkdir()
    build(root, items, outside, sockets)
    try:
        return run_twice([str(root)], tmp / "t.db", expected_inputs(items))
    finally:
        for s in sockets:
            s.close()


one_case = st.one_of(entries, st.builds(lambda d: [Entry(b"article.txt", "file", d)], article_bytes),
                     st.builds(lambda d: [Entry(b"batch.jsonl", "file", d)], jsonl_bytes))


def run_twice(paths: list[str], db: Path, inputs: int, max_bytes: int = MAX_BYTES) -> Outcome:
    """Ingest `paths` (extract and merge), check the properties, ingest again and compare."""
    from parley import api

    problems: list = []
    report = api.ingest(paths, db, max_bytes=max_bytes, on_problem=problems.append)
    before = snapshot(db)
    again = api.ingest(paths, db, max_bytes=max_bytes)
    after = snapshot(db)
    return Outcome(inputs, report.ingested, report.already_present, sum(report.skipped.values()), problems,
                   rerun_changed=before != after or again.ingested != 0)


def check(outcome: Outcome) -> None:
    """The properties: each input accounted for, each reason one line, a re-run a no-op."""
    assert outcome.stored + outcome.present + outcome.skipped == outcome.inputs, outcome
    for p in outcome.problems:
        assert p.reason and p.detail, p
        assert not any(c in p.detail + p.source for c in "\n\r\x00"), p
    assert not outcome.rerun_changed, "a second run over the same inputs changed the database"
