"""Capitalised words that no rule has read: where the entity recogniser is worth running.

The recogniser (spaCy's NER, with its own token encoder) costs more per sentence than tagging and
parsing it together, and Parley reads only the people it finds. So a sentence goes to it only
when a capitalised word there may be a person the rules missed: a word is *read* when a rule's
span covers it (a person, a place, a date), or when Parley's own word lists already say what it
is — a place, a state or its demonym, an organisation (the gazetteer), a word of a title
("Vice President", "Special Representatives"), an English function word ("There's": spaCy's
stop words), a news agency (the cleaner's list) — in any of the
forms news writes around it: the possessive ("Russia's"), a hyphenated compound or prefix
("China-Japan"; "Sino-", "Indo-": a combining form in -o cut off before a capital), a trailing stop. A lone initial ("U.", "S.") and a contraction
("You're", "There's") name no one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..ingest.boilerplate import AGENCIES
from .name_shapes import LOWER, NOT_NAME, UPPER
from .gazetteer import Gazetteer
from .titles import titles

CAPITALISED = re.compile(rf"(?<![\w-])[{UPPER}][{LOWER}'’.-]+(?:\s+[{UPPER}][{LOWER}'’.-]+)*")
NOT_NAME_WORDS = frozenset(NOT_NAME.split("|"))
WORD = re.compile(r"\S+")
POSSESSIVE_OR_TRAIL = re.compile(r"['’]s$|[-.,:;]+$")
COMBINING_FORM = re.compile(r"[A-Z][a-z]+o-")
CONTRACTION = re.compile(r"[A-Z][a-z]*['’](?:re|m|ll|ve|d|t)")
TITLE_PREFIXES = ("deputy", "vice", "acting", "former", "then", "outgoing", "incoming", "new", "senior", "chief", "top")


@lru_cache(maxsize=1)
def _listed_words() -> frozenset[str]:
    """Lower-case words of every title (and their prefixes), of agencies' names, and English function
    words (imported here: spaCy's package is heavy to import, and only extraction needs this)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    _, table = titles()
    words = {w for key in table for w in re.findall(r"[a-z]+", key)} | set(TITLE_PREFIXES)
    words |= {w.lower() for w in re.findall(r"[A-Za-z]+", AGENCIES)}
    return frozenset(words | STOP_WORDS)


def word_is_read(word: str, gaz: Gazetteer) -> bool:
    """Whether Parley's word lists already say what a capitalised word is (see the module's doc)."""
    if COMBINING_FORM.fullmatch(word):
        return True
    w = POSSESSIVE_OR_TRAIL.sub("", word)
    if len(w) <= 1 or w in NOT_NAME_WORDS or CONTRACTION.fullmatch(w):
        return True
    if "-" in w:
        return all(word_is_read(p, gaz) for p in w.split("-") if p)
    low = w.lower()
    listed = _listed_words()
    if low in listed or (low.endswith("s") and low[:-1] in listed):
        return True
    return bool(gaz.entries_of(w))


def has_unread_name(text: str, s: int, e: int, known: list[tuple[int, int]], gaz: Gazetteer) -> bool:
    """Whether text[s:e] holds a capitalised word that neither a span in `known` covers nor the word
    lists read. A sentence's first word alone is not a name ("Officials said ...")."""
    for m in CAPITALISED.finditer(text, s, e):
        run = m.group(0)
        if run in NOT_NAME_WORDS or (m.start() == s and " " not in run):
            continue
        # every word of the run must be read: "Vladimir Putin" is not the city of Vladimir
        for w in WORD.finditer(run):
            pos = m.start() + w.start()
            if not any(a <= pos < b for a, b in known) and not word_is_read(w.group(0), gaz):
                return True
    return False
