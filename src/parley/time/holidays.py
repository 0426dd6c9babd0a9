"""Holidays on a fixed day of the year (data/holidays.tsv) and whose holiday a name written in a text is:
"Independence Day" is the fourth of July in Washington and the 24th of August in Kyiv. A name that several
states' holidays share is read as the holiday of the state written with it ("Ukraine's Independence Day",
"Ukrainian Independence Day", "the Independence Day of Ukraine"); else of the one state among them that its
sentence names (by name, demonym, capital or seat of government); else of the one the text names most; else
of the state its row marks as the default; else it is no day told."""
from __future__ import annotations

import re
from functools import lru_cache

from ..data_files import rows

SENTENCE_END = re.compile(r"[.!?]\s|\n")
SENTENCE_REACH = 400        # how far from the name its sentence is looked for, each way


@lru_cache(maxsize=None)
def holidays() -> dict[str, list[tuple[str | None, int, int, bool]]]:
    """name -> (state or None for everyone's, month, day, whether the default) of each holiday of that name."""
    out: dict[str, list[tuple[str | None, int, int, bool]]] = {}
    for row in rows("holidays.tsv"):
        name, state, month, day = row[:4]
        out.setdefault(name, []).append((state or None, int(month), int(day), len(row) > 4 and row[4] == "default"))
    return out


@lru_cache(maxsize=None)
def _state_words() -> dict[str, re.Pattern]:
    """state -> one pattern of its names, demonyms, capitals and seats of government, for the states of a holiday
    that several states share."""
    shared = {s for rows in holidays().values() if len(rows) > 1 for s, *_ in rows if s}
    out = {}
    for row in rows("countries.tsv"):
        if row[0] in shared:
            words = sorted({w for col in row[1:5] for w in col.split("|") if w}, key=len, reverse=True)
            out[row[0]] = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
    return out


def _counts(text: str, states: list[str]) -> dict[str, int]:
    words = _state_words()
    return {s: n for s in states if s in words and (n := len(words[s].findall(text)))}


def _only_most(counts: dict[str, int]) -> str | None:
    if not counts:
        return None
    top = max(counts.values())
    best = [s for s, n in counts.items() if n == top]
    return best[0] if len(best) == 1 else None


def fixed_day(name: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """(month, day) of the holiday `name` written at text[start:end], or None: no holiday of that name, or one of
    several states' that the text does not tell."""
    rows = holidays().get(name)
    if not rows:
        return None
    if len(rows) == 1:
        return rows[0][1], rows[0][2]
    states = [s for s, *_ in rows if s]
    words = _state_words()
    before, after = text[max(0, start - 40):start], text[end:end + 60]
    own = next((s for s in states if s in words and (re.search(words[s].pattern + r"(?:['’]s)?\s+$", before)
                                                     or re.match(r"\s+of\s+(?:the\s+)?" + words[s].pattern, after))),
               None)
    if own is None:
        lo = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - SENTENCE_REACH), start)), default=0)
        hi = SENTENCE_END.search(text, end, end + SENTENCE_REACH)
        own = _only_most(_counts(text[lo:hi.start() if hi else end + SENTENCE_REACH], states))
    if own is None:
        counts = _counts(text, states)
        own = _only_most(counts) if counts else next((s for s, *_, default in rows if default), None)
    return next(((m, d) for s, m, d, _ in rows if s == own), None)
