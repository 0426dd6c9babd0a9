"""Enumerate inputs (files, folders, stdin) and read each into RawDocument or Problem.

Reading is lazy and streams JSON Lines one line at a time, so memory does not grow with the
size of the corpus. Every unusable input becomes a Problem with a one-line reason; nothing
raises past this module.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator
from urllib.parse import urlparse

from ..records import Problem, RawDocument
from .decode import DecodeError, decode_bytes

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

DEFAULT_MAX_BYTES = 5_000_000


@dataclass(slots=True)
class InputFile:
    """One thing to read: a path, or stdin when path is None."""

    path: Path | None
    label: str

    @property
    def is_stdin(self) -> bool:
        return self.path is None


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} bytes"


def list_inputs(paths: list[str]) -> tuple[list[InputFile], list[Problem]]:
    """Expand folders recursively (sorted, hidden files left out) and check that paths exist."""
    files: list[InputFile] = []
    problems: list[Problem] = []
    for p in paths:
        if p == "-":
            files.append(InputFile(None, "<stdin>"))
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    files.append(InputFile(Path(root) / name, str(Path(root) / name)))
        elif path.is_file():
            files.append(InputFile(path, str(path)))
        elif path.exists():
            problems.append(Problem(str(path), "unreadable", "not a regular file"))
        else:
            problems.append(Problem(str(path), "missing", "no such file or folder"))
    return files, problems


def sniff_format(head: bytes) -> str:
    start = head.lstrip()[:200].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article", b"<div", b"<p")):
        return "html"
    return "txt"


def _hostname(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname
    if host and host.startswith("www."):
        host = host[4:]
    return host


def format_for(suffix: str, head: bytes) -> str:
    """jsonl | html | txt: by the file's suffix, else by its first bytes."""
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    return sniff_format(head)


def read_input(item: InputFile, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Problem]:
    """Yield the documents of one input (several for JSON Lines)."""
    try:
        if item.is_stdin:
            stream: BinaryIO = sys.stdin.buffer
            head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
            fmt = sniff_format(head) if head else "txt"
            if fmt == "jsonl":
                yield from _read_jsonl(stream, item.label, max_bytes)
                return
            data = stream.read(max_bytes + 1)
        else:
            assert item.path is not None
            suffix = item.path.suffix.lower()
            size = item.path.stat().st_size
            if suffix in JSONL_SUFFIXES:
                with item.path.open("rb") as fh:
                    yield from _read_jsonl(fh, item.label, max_bytes)
                return
            if size > max_bytes:
                yield Problem(item.label, "too-large",
                              f"file is {human_size(size)}, over the {human_size(max_bytes)} limit (--max-bytes)")
                return
            with item.path.open("rb") as fh:
                data = fh.read(max_bytes + 1)
            fmt = format_for(suffix, data[:4096])
            if fmt == "jsonl":
                yield from _read_jsonl_bytes(data, item.label, max_bytes)
                return
    except OSError as exc:
        yield Problem(item.label, "unreadable", f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > max_bytes:
        yield Problem(item.label, "too-large", f"input is over the {human_size(max_bytes)} limit (--max-bytes)")
        return
    yield from _document_from_bytes(data, fmt, item)


def document_from_upload(label: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Problem]:
    """Documents of an in-memory input (a pasted text or an uploaded file); `label` names it."""
    if len(data) > max_bytes:
        yield Problem(label, "too-large", f"input is {human_size(len(data))}, over the {human_size(max_bytes)} limit")
        return
    fmt = format_for(Path(label).suffix.lower(), data[:4096])
    if fmt == "jsonl":
        yield from _read_jsonl_bytes(data, label, max_bytes)
        return
    item = InputFile(None, label)
    for doc in _document_from_bytes(data, fmt, item):
        if isinstance(doc, RawDocument):
            doc.group = "<upload>"
        yield doc


def _group_for(item: InputFile) -> str:
    return str(item.path.parent) if item.path is not None else "<stdin>"


def _document_from_bytes(data: bytes, fmt: str, item: InputFile) -> Iterator[RawDocument | Problem]:
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        yield Problem(item.label, exc.reason, exc.detail)
        return
    if fmt == "html":
        yield html_document(decoded.text, item.label, group=_group_for(item), encoding=decoded.encoding)
    else:
        yield RawDocument(source=item.label, text=decoded.text, format="txt",
                          group=_group_for(item), encoding=decoded.encoding)


def html_document(html: str, label: str, *, group: str | None = None, url: str | None = None,
                  title: str | None = None, outlet: str | None = None, published: str | None = None,
                  encoding: str | None = None, fmt: str = "html") -> RawDocument | Problem:
    """Main text and metadata of an HTML page, through trafilatura (and htmldate inside it)."""
    from .html import extract_html

    found = extract_html(html, url=url)
    if found is None:
        return Problem(label, "no-text", "HTML page has no article text that trafilatura could find (malformed or empty page)")
    host = _hostname(found.url or url)
    return RawDocument(
        source=label,
        text=found.text,
        format=fmt,
        url=url or found.url,
        title=title or found.title,
        outlet=outlet or found.sitename or host,
        published=published or found.date,
        published_source=("metadata" if published else "html metadata") if (published or found.date) else None,
        group=outlet or found.sitename or host or group,
        encoding=encoding,
        html_date=found.date,
    )


def _read_jsonl(stream: BinaryIO, label: str, max_bytes: int) -> Iterator[RawDocument | Problem]:
    for lineno, raw in enumerate(stream, start=1):
        yield from _jsonl_line(raw, lineno, label, max_bytes)


def _read_jsonl_bytes(data: bytes, label: str, max_bytes: int) -> Iterator[RawDocument | Problem]:
    for lineno, raw in enumerate(data.splitlines(), start=1):
        yield from _jsonl_line(raw, lineno, label, max_bytes)


def _jsonl_line(raw: bytes, lineno: int, label: str, max_bytes: int) -> Iterator[RawDocument | Problem]:
    where = f"{label}:{lineno}"
    if not raw.strip():
        return
    if len(raw) > max_bytes:
        yield Problem(where, "too-large", f"line {lineno} is {human_size(len(raw))}, over the {human_size(max_bytes)} limit")
        return
    try:
        decoded = decode_bytes(raw)
        obj = json.loads(decoded.text)
    except DecodeError as exc:
        yield Problem(where, exc.reason, f"line {lineno}: {exc.detail}")
        return
    except json.JSONDecodeError as exc:
        yield Problem(where, "bad-json", f"line {lineno}: invalid JSON ({exc.msg} at column {exc.colno})")
        return
    if not isinstance(obj, dict):
        yield Problem(where, "bad-json", f"line {lineno}: expected a JSON object, got {type(obj).__name__}")
        return

    def field(name: str) -> str | None:
        value = obj.get(name)
        if value is None:
            return None
        if isinstance(value, (int, float)):
            value = str(value)
        return value.strip() or None if isinstance(value, str) else None

    url, title, outlet, published = field("url"), field("title"), field("outlet"), field("published")
    group = outlet or _hostname(url) or label
    text, html = field("text"), field("html")
    if text:
        yield RawDocument(source=where, text=_normalise_json_text(text), format="jsonl",
                          url=url, title=title, outlet=outlet, published=published,
                          published_source="metadata" if published else None, group=group,
                          encoding=decoded.encoding)
    elif html:
        yield html_document(html, where, group=group, url=url, title=title, outlet=outlet,
                            published=published, encoding=decoded.encoding, fmt="jsonl")
    else:
        yield Problem(where, "no-text", f"line {lineno}: no 'text' or 'html' field with content")


def _normalise_json_text(text: str) -> str:
    from .decode import normalize_text, repair_mojibake

    return normalize_text(repair_mojibake(text))
