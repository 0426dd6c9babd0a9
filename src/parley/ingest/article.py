"""Clean stage of the per-article pipeline: RawDocument -> Article (or Problem).

Pure: it reads only its arguments and returns plain data.
"""
from __future__ import annotations

import hashlib
import re

from ..records import Article, Problem, RawDocument
from .boilerplate import clean_text
from .headline import split_glued_headline
from .language import detect_language
from .pubdate import find_publication_date
from .segment import build_layout

MIN_WORDS = 8
MIN_FOREIGN_LETTERS = 40        # letters in a text with too few words that can still show its language
OUTLET_BASIS_RANK = {"metadata": 0, "date header line": 1, "site notice": 2, "wire prefix": 3,
                     "source credit line": 4, "agency credit": 5}


def content_id(text: str) -> str:
    """Stable id: a hash of the article's source text with white space folded."""
    norm = re.sub(r"\s+", " ", text).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def _foreign_language(text: str) -> str | None:
    """The reason to skip a text in another language, read from its source text: a language
    written without spaces between words (Chinese, Japanese) has no "words" for the cleaner to
    count, and must be reported as not English rather than as having no text."""
    letters = [ch for ch in text[:4000] if ch.isalpha()]
    if len(letters) < MIN_FOREIGN_LETTERS:
        return None
    latin = sum(1 for ch in letters if ch.isascii()) / len(letters)
    lang, prob = detect_language(text, min_words=1)
    if lang not in ("en", "und") and (prob >= 0.9 or latin < 0.2):     # mostly another script
        return f"not English (detected '{lang}', p={prob:.2f}); recorded and skipped"
    return None


def build_article(raw: RawDocument, repeated: frozenset[str] | set[str] = frozenset()) -> Article | Problem:
    if not raw.text.strip():
        return Problem(raw.source, "empty", "empty file" if raw.format != "jsonl" else "empty text")
    cleaned = clean_text(raw.text, title=raw.title, repeated=repeated, outlet=raw.outlet)
    title = (raw.title or cleaned.title or "").strip()
    if not title and cleaned.paragraphs and cleaned.paragraphs[0][1] == "body" \
            and (glued := split_glued_headline(cleaned.paragraphs[0][0])) is not None:
        # an untitled article on one line that opens with its headline run into its lede
        title = glued[0]
        cleaned.paragraphs[0] = (glued[1], "body")
    # the headline leads the text (its own paragraph): it names the meeting, its people and place
    text, paragraphs, sentences = build_layout(([(title, "title")] if title else []) + cleaned.paragraphs)
    body_words = sum(len(text[p.start:p.end].split()) for p in paragraphs if p.kind not in ("caption", "title"))
    if body_words < MIN_WORDS:
        foreign = _foreign_language(raw.text)
        if foreign:
            return Problem(raw.source, "non-english", foreign)
        if raw.format == "html" or raw.html_date is not None:
            detail = f"HTML page yields only {body_words} words of article text (malformed, or not an article)"
        else:
            detail = f"no article text left after removing boilerplate ({body_words} words)"
        return Problem(raw.source, "no-text", detail)
    lang, prob = detect_language(" ".join([cleaned.title or "", text]))
    if lang != "en" and prob >= 0.9 and body_words >= 12:
        return Problem(raw.source, "non-english", f"not English (detected '{lang}', p={prob:.2f}); recorded and skipped")
    first_body = next((text[p.start:p.end] for p in paragraphs if p.kind == "body"), None)
    published = find_publication_date(
        metadata=raw.published,
        metadata_source=raw.published_source,
        header_lines=[t for t, where in cleaned.date_lines if where == "header"],
        caption_lines=[t for t, where in cleaned.date_lines if where == "caption"],
        first_paragraph=first_body,
        url=raw.url,
        text=text,
    )
    outlet, basis = raw.outlet, "metadata" if raw.outlet else None
    if not outlet and cleaned.outlet_hints:
        outlet, basis = min(cleaned.outlet_hints, key=lambda h: OUTLET_BASIS_RANK.get(h[1], 9))
    return Article(
        id=content_id(raw.text),
        source=raw.source,
        format=raw.format,
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        removed=cleaned.removed,
        published=published,
        language=lang if lang != "und" else "en",
        language_score=prob,
        url=raw.url,
        title=raw.title or cleaned.title,
        outlet=outlet,
        outlet_basis=basis,
        encoding=raw.encoding,
    )
