"""Plain records passed between the stages.

The per-article stage (read -> clean -> annotate -> extract) returns these dataclasses and
nothing else; they convert to and from JSON-ready dicts so that they can cross process
boundaries (Ray workers) and be stored in SQLite without any shared state.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
DETAIL_MAX_CHARS = 300


def valid_text(s: str | None) -> str | None:
    """`s` with lone surrogates (a JSON "\\ud800", a str made from undecodable bytes) replaced by
    U+FFFD, so that hashing, UTF-8 and SQLite accept it. Surrogate pairs never reach a Python str
    (JSON joins them), so every surrogate left is a lone one."""
    if s is None or not LONE_SURROGATE.search(s):
        return s
    return LONE_SURROGATE.sub("\ufffd", s)


def one_line(s: str, limit: int = DETAIL_MAX_CHARS) -> str:
    """A message on one line (line breaks folded) of at most `limit` characters."""
    s = " ".join(s.split()) if ("\n" in s or "\r" in s) else s
    return s if len(s) <= limit else s[:limit - 1] + "…"


def _from_dict(cls, data: dict[str, Any]):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class RawDocument:
    """One article as read from its source, before any cleaning."""

    source: str                  # path, "<stdin>" or "file.jsonl:7"
    text: str                    # decoded text (for HTML: the main text trafilatura found)
    format: str                  # "txt" | "html" | "jsonl"
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None          # a date string given by metadata (JSONL field, HTML meta)
    published_source: str | None = None   # where that string came from
    group: str | None = None              # key for "same outlet" statistics (repeated lines)
    encoding: str | None = None
    html_date: str | None = None          # htmldate's reading of the page, when HTML

    def __post_init__(self) -> None:
        for name in ("source", "text", "url", "title", "outlet", "published", "group"):
            setattr(self, name, valid_text(getattr(self, name)))


def raw_to_dict(raw: "RawDocument") -> dict[str, Any]:
    return asdict(raw)


def raw_from_dict(data: dict[str, Any]) -> "RawDocument":
    return _from_dict(RawDocument, data)


@dataclass(slots=True)
class Problem:
    """An input that could not be used, with a one-line reason. With `stored`, the article itself
    was stored and only its events could not be extracted (reason "extract-error" or
    "extract-timeout"); it is extracted again by a later version of Parley."""

    source: str
    reason: str      # short, stable key: "binary", "empty", "too-large", "non-english", ...
    detail: str      # the one-line message shown to the user
    stored: bool = False

    def __post_init__(self) -> None:
        self.source = valid_text(self.source)
        self.detail = one_line(valid_text(self.detail))

    def message(self) -> str:
        return f"{'no events from' if self.stored else 'skipped'} {self.source}: {self.detail}"


@dataclass(slots=True)
class DateCandidate:
    value: str                 # ISO 8601 at its precision: 2024-12-25, 2024-12, 2024
    precision: str             # "day" | "month" | "year"
    source: str                # "metadata" | "header" | "dateline" | "caption" | "text" | "inferred"
    text: str                  # the string it was read from
    reason: str                # why this reading
    score: float = 0.0         # higher is more trusted
    place: str | None = None   # a dateline's city ("PRETORIA, January 23. /TASS/."): where the report was filed

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if out["place"] is None:
            del out["place"]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DateCandidate":
        return _from_dict(cls, data)


@dataclass(slots=True)
class PublicationDate:
    value: str | None          # chosen reading, or None when nothing was found
    precision: str | None
    basis: str | None          # how it was found (source of the chosen candidate)
    reason: str | None
    candidates: list[DateCandidate] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "precision": self.precision,
            "basis": self.basis,
            "reason": self.reason,
            "candidates": [c.to_dict() for c in self.candidates],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "PublicationDate":
        if not data:
            return cls(None, None, None, None, [])
        return cls(
            data.get("value"), data.get("precision"), data.get("basis"), data.get("reason"),
            [DateCandidate.from_dict(c) for c in data.get("candidates") or []],
        )


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    kind: str = "body"         # "body" | "heading" | "caption" | "standfirst"


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class RemovedLine:
    line: int                  # 1-based line number in the source text
    text: str
    reason: str


@dataclass(slots=True)
class Article:
    id: str
    source: str
    format: str
    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    removed: list[RemovedLine]
    published: PublicationDate
    language: str
    language_score: float
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    outlet_basis: str | None = None
    encoding: str | None = None

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start:s.end]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "format": self.format,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "outlet_basis": self.outlet_basis,
            "encoding": self.encoding,
            "language": self.language,
            "language_score": self.language_score,
            "published": self.published.to_dict(),
            "text": self.text,
            "paragraphs": [[p.start, p.end, p.kind] for p in self.paragraphs],
            "sentences": [[s.start, s.end, s.paragraph] for s in self.sentences],
            "removed": [[r.line, r.text, r.reason] for r in self.removed],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        return cls(
            id=d["id"], source=d["source"], format=d["format"], text=d["text"],
            paragraphs=[Paragraph(*p) for p in d["paragraphs"]],
            sentences=[Sentence(*s) for s in d["sentences"]],
            removed=[RemovedLine(*r) for r in d["removed"]],
            published=PublicationDate.from_dict(d.get("published")),
            language=d["language"], language_score=d.get("language_score", 0.0),
            url=d.get("url"), title=d.get("title"), outlet=d.get("outlet"),
            outlet_basis=d.get("outlet_basis"), encoding=d.get("encoding"),
        )
