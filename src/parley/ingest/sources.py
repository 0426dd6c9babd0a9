"""Read each input (a file, stdin, an upload) into RawDocument or Problem.

Reading is lazy and bounded: a file's size is checked before it is read, and JSON Lines are read
one line at a time with a line reader that never holds more than `max_bytes` of one line, so a
2 GB file with no newline costs no more memory than a 5 MB one. Every unusable input becomes a
Problem with a one-line reason, and so does any error while reading, decoding or parsing one
input (a URL such as "http://[::1", JSON nested 100,000 deep): nothing raises past this module,
and one bad input or JSON line never costs the others. Which paths to read is decided in
`folders.py`.
"""
from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Iterator
from urllib.parse import urlparse

from ..records import Problem, RawDocument
from .decode import DecodeError, decode_bytes
from .folders import InputFile, kind_of, label_of, list_inputs

__all__ = ["InputFile", "list_inputs", "read_input", "document_from_upload", "DEFAULT_MAX_BYTES"]

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

DEFAULT_MAX_BYTES = 5_000_000
READ_CHUNK = 1 << 20             # how much of an over-long JSON line is skipped at a time


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} bytes"


def sniff_format(head: bytes) -> str:
    start = head.lstrip()[:200].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article", b"<div", b"<p")):
        return "html"
    return "txt"


def _hostname(url: str | None) -> str | None:
    """The site of a URL without "www.", or None (also for a URL that does not parse)."""
    if not url:
        return None
    try:
        host = urlparse(url).hostname
    except ValueError:              # "http://[::1": an unterminated IPv6 address
        return None
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
    """Yield the documents of one input (several for JSON Lines); any failure is a Problem."""
    try:
        yield from _read_input(item, max_bytes)
    except NotRegularFile as exc:
        yield Problem(item.label, "not-a-file", exc.strerror)
    except OSError as exc:
        yield Problem(item.label, "unreadable", f"cannot read: {exc.strerror or exc}")
    except Exception as exc:        # one input's failure is its own: a reason, and the run goes on
        yield Problem(item.label, "internal-error", f"could not read: {type(exc).__name__}: {exc}")


def _read_input(item: InputFile, max_bytes: int) -> Iterator[RawDocument | Problem]:
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
        with _open_regular(item.path) as fh:
            size = os.fstat(fh.fileno()).st_size
            if suffix in JSONL_SUFFIXES:
                yield from _read_jsonl(fh, item.label, max_bytes)
                return
            if size > max_bytes:
                yield Problem(item.label, "too-large",
                              f"file is {human_size(size)}, over the {human_size(max_bytes)} limit (--max-bytes)")
                return
            data = fh.read(max_bytes + 1)
        fmt = format_for(suffix, data[:4096])
        if fmt == "jsonl":
            if len(data) > max_bytes:
                yield Problem(item.label, "too-large", f"input is over the {human_size(max_bytes)} limit (--max-bytes)")
                return
            yield from _read_jsonl(io.BytesIO(data), item.label, max_bytes)
            return
    if len(data) > max_bytes:
        yield Problem(item.label, "too-large", f"input is over the {human_size(max_bytes)} limit (--max-bytes)")
        return
    yield from _document_from_bytes(data, fmt, item)


class NotRegularFile(OSError):
    pass


def _open_regular(path: Path) -> BinaryIO:
    """Open a file for reading without blocking, and only if it is a regular file: a FIFO put in
    place of a file after the folder was listed is refused, not waited on."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(0, f"{kind_of(mode)}, not a regular file; not opened")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def document_from_upload(label: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Problem]:
    """Documents of an in-memory input (a pasted text or an uploaded file); `label` names it."""
    try:
        yield from _document_from_upload(label, data, max_bytes)
    except Exception as exc:
        yield Problem(label, "internal-error", f"could not read: {type(exc).__name__}: {exc}")


def _document_from_upload(label: str, data: bytes, max_bytes: int) -> Iterator[RawDocument | Problem]:
    if len(data) > max_bytes:
        yield Problem(label, "too-large", f"input is {human_size(len(data))}, over the {human_size(max_bytes)} limit")
        return
    fmt = format_for(Path(label).suffix.lower(), data[:4096])
    if fmt == "jsonl":
        yield from _read_jsonl(io.BytesIO(data), label, max_bytes)
        return
    item = InputFile(None, label)
    for doc in _document_from_bytes(data, fmt, item):
        if isinstance(doc, RawDocument):
            doc.group = "<upload>"
        yield doc


def _group_for(item: InputFile) -> str:
    return label_of(item.path.parent) if item.path is not None else "<stdin>"


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


def bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[bytes, int | None]]:
    """(line, None) for each line of at most `max_bytes`; (b"", its length) for a longer one,
    which is skipped in chunks without ever being held whole."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line, None
            continue
        size = len(line)
        while True:                 # the rest of the over-long line, up to its newline
            chunk = stream.readline(READ_CHUNK)
            size += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
        yield b"", size


def _read_jsonl(stream: BinaryIO, label: str, max_bytes: int) -> Iterator[RawDocument | Problem]:
    found = False
    for lineno, (raw, too_long) in enumerate(bounded_lines(stream, max_bytes), start=1):
        where = f"{label}:{lineno}"
        if too_long is not None:
            found = True
            yield Problem(where, "too-large", f"line {lineno} is {human_size(too_long)}, over the "
                                              f"{human_size(max_bytes)} limit")
            continue
        if not raw.strip():
            continue
        found = True
        try:
            yield _jsonl_line(raw.rstrip(b"\r\n"), lineno, where, label)
        except Exception as exc:    # one line's failure is its own
            yield Problem(where, "internal-error", f"line {lineno}: could not read: {type(exc).__name__}: {exc}")
    if not found:
        yield Problem(label, "empty", "no JSON lines (an empty .jsonl file)")


# The names a JSON Lines field goes by in crawlers' output (news-please, NewsAPI, GDELT GKG
# exports, scrapers): Parley's own name first, then the others, tried in this order.
JSONL_FIELDS = {
    "text": ("text", "content", "body", "maintext", "article", "full_text", "article_text"),
    "html": ("html", "raw_html", "content_html"),
    "url": ("url", "link", "source_url", "article_url"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site_name", "source_domain", "domain"),
    "published": ("published", "publication_date", "date_publish", "published_at", "publishedAt", "pubDate",
                  "datePublished", "publish_date", "date"),
}


def _jsonl_line(raw: bytes, lineno: int, where: str, label: str) -> RawDocument | Problem:
    try:
        decoded = decode_bytes(raw)
        obj = json.loads(decoded.text)
    except DecodeError as exc:
        return Problem(where, exc.reason, f"line {lineno}: {exc.detail}")
    except json.JSONDecodeError as exc:
        return Problem(where, "bad-json", f"line {lineno}: invalid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return Problem(where, "bad-json", f"line {lineno}: JSON nested too deeply to read")
    if not isinstance(obj, dict):
        return Problem(where, "bad-json", f"line {lineno}: expected a JSON object, got {type(obj).__name__}")

    def field(name: str) -> str | None:
        """The first of the field's names (JSONL_FIELDS) that holds a value."""
        for key in JSONL_FIELDS[name]:
            value = obj.get(key)
            if isinstance(value, dict):             # NewsAPI's "source": {"id": ..., "name": "Reuters"}
                value = value.get("name")
            if isinstance(value, bool) or value is None:
                continue
            if isinstance(value, (int, float)):
                value = str(value)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None

    url, title, outlet, published = field("url"), field("title"), field("outlet"), field("published")
    group = outlet or _hostname(url) or label
    text, html = field("text"), field("html")
    if text:
        return RawDocument(source=where, text=_normalise_json_text(text), format="jsonl",
                           url=url, title=title, outlet=outlet, published=published,
                           published_source="metadata" if published else None, group=group,
                           encoding=decoded.encoding)
    if html:
        return html_document(html, where, group=group, url=url, title=title, outlet=outlet,
                             published=published, encoding=decoded.encoding, fmt="jsonl")
    return Problem(where, "no-text", f"line {lineno}: no 'text' or 'html' field with content "
                                     f"(nor {', '.join(JSONL_FIELDS['text'][1:] + JSONL_FIELDS['html'][1:])})")


def _normalise_json_text(text: str) -> str:
    from .decode import normalize_text, repair_mojibake

    return normalize_text(repair_mojibake(text))
