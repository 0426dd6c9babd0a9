"""Paragraphs and sentences with character offsets into the cleaned text.

A small rule-based splitter: news prose is regular, and this runs on every article at
ingest time, where loading a parser would cost more than it buys. It knows titles (Mr, Ms,
Dr, Gen.), month and other abbreviations, initials (J. Smith), dotted acronyms (U.S.) and
closing quotes after the full stop.
"""
from __future__ import annotations

import re

from ..records import Paragraph, Sentence

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "gov",
    "sen", "rep", "rev", "hon", "pres", "amb", "st", "jr", "sr", "messrs", "mt", "ft", "no", "nos",
    "vs", "v", "etc", "inc", "corp", "co", "ltd", "plc", "dept", "univ", "assn", "bros", "approx",
    "est", "fig", "al", "ed", "eds", "vol", "pp", "op", "cf",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "a.m", "p.m", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a",
}
# Words after which "U.S." and friends most often end a sentence.
SENTENCE_STARTERS = {
    "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A", "An", "This", "That", "These",
    "Those", "His", "Her", "Their", "Its", "There", "On", "At", "As", "After", "Before", "While", "When",
    "However", "Meanwhile", "Earlier", "Later", "Last", "Next", "Both", "Some", "Many", "Officials",
}

# (and a run of three spaces or a tab before a capital: blocks that a scraper flattened into one line, "... at
# Novo-Ogaryovo   Prime Minister Narendra Modi arrived ...", a headline glued to its text)
# (and a time stamp's zone: "... MercoPress, March 9th 2024 - 09:21 UTC Argentine Foreign Minister ...", a one-line
# scrape's header run into its lede)
# a wire dateline with its agency in parentheses, its place in capitals, then its region and date or not: "BEIJING,
# Sept. 4 (Xinhua) --", "SANTA CRUZ, Bolivia (Reuters) -"
WIRE_DATELINE = (r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
                 r"(?:,\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2},?(?:\s+\d{4})?)?\s*\([A-Za-z]+\)\s*[-–—_]")
BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])"
                      r"|(?<=\S)(?=(?: {3,}|\t)[\"“‘'(\[]?[A-Z0-9])"
                      # (and a bar between spaces: "Tokayev receives Blinken at Akorda | Tengrinews.kz Politics
                      # Kazakhstan President ...", a one-line scrape's headline, site and section)
                      r"|(?<=\S)\s+\|(?=\s+[\"“‘'(\[]?[A-Z0-9])"
                      r"|(?<=\d:\d\d)\s*(?:UTC|GMT|IST|WIB|MYT|SGT|JST|KST|CET|CEST|MSK|EST|EDT|PST|PDT|BST)"
                      r"(?:[+-]\d{1,2}(?::?\d\d)?)?(?=\s+[\"“‘'(\[]?[A-Z])"
                      # (and a byline's year run into a wire dateline: "... By Staff Writer July 8, 2024 MANILA — ...")
                      r"|(?<=\b(?:19|20)\d\d)(?=\s+[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*,?\s+[—–-]\s)"
                      # (and a page's labels of its source and editor, and a wire dateline with its agency, run into
                      # its headline: "Xi holds talks with Kim Jong Un Source: Xinhua Editor: Huaxia 2025-09-04
                      # 21:33:10 BEIJING, Sept. 4 (Xinhua) -- Chinese President ...")
                      r"|(?<=\S)(?=\s+(?:Source|Editor|Web\s+Editor|Reporter|Writer|Author|Photo|Credit)s?:\s)"
                      # (with or without its region and date: "(repost of Reuters wire) SANTA CRUZ, Bolivia (Reuters) -")
                      r"|(?<=\S)(?=\s+" + WIRE_DATELINE + ")")


def _is_abbreviation(text: str, dot: int) -> tuple[bool, bool]:
    """(is an abbreviation, is a dotted acronym like U.S.) for the word ending at text[dot]."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "\"“(‘'[":
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False, False
    if re.fullmatch(r"(?:[a-z]\.){1,3}[a-z]", word):          # u.s / e.g / a.m
        return True, word in {"u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c"}
    if len(word) == 1 and word.isalpha():                     # an initial: J. Smith
        return True, False
    return word in ABBREVIATIONS, False


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end] (absolute offsets, whitespace trimmed)."""
    spans: list[tuple[int, int]] = []
    chunk = text[start:end]
    cur = 0
    for m in BOUNDARY.finditer(chunk):
        dot = m.start()
        if chunk[dot] == ".":
            abbr, acronym = _is_abbreviation(chunk, dot)
            if abbr:
                nxt = re.match(r"\s+[\"“‘'(\[]?(\w+)", chunk[m.end():])
                following = nxt.group(1) if nxt else ""
                if not (acronym and following in SENTENCE_STARTERS):
                    continue
            # "No. 1", "3.5" cannot reach here (no space); a lone number like "1." in lists stays
        cut = m.end()
        piece = chunk[cur:cut]
        if piece.strip():
            spans.append(_trim(text, start + cur, start + cut))
        cur = cut
    if chunk[cur:].strip():
        spans.append(_trim(text, start + cur, end))
    return spans


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def build_layout(paragraphs: list[tuple[str, str]]) -> tuple[str, list[Paragraph], list[Sentence]]:
    """Join paragraphs with blank lines and return the text with paragraph and sentence offsets."""
    parts: list[str] = []
    paras: list[Paragraph] = []
    sents: list[Sentence] = []
    pos = 0
    for i, (ptext, kind) in enumerate(paragraphs):
        if i:
            parts.append("\n\n")
            pos += 2
        parts.append(ptext)
        paras.append(Paragraph(pos, pos + len(ptext), kind))
        pos += len(ptext)
    text = "".join(parts)
    for pi, p in enumerate(paras):
        for s, e in split_sentences(text, p.start, p.end):
            sents.append(Sentence(s, e, pi))
    return text, paras, sents
