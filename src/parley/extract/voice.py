"""Who says "I" in an article's own words, outside quotations: the speaker a transcript labels ("PRESIDENT BIDEN:
Earlier today, I met separately with Prime Minister Kishida"), else the official who signs a release ("Today I met my
friend and counterpart ... Senator the Hon Penny Wong, Minister for Foreign Affairs").

A label or a signature names a person the actor rules found; a paragraph under a label is that speaker's until the
next label; a signature speaks for every paragraph without one. Inside quotation marks "I" is the quoted speaker's
(speakers.first_person_speaker), never the article's voice.
"""
from __future__ import annotations

import re

from .names import fold

# "PRESIDENT BIDEN:", "SECRETARY BLINKEN:", "Prime Minister Kishida:", "MR. KIRBY:" at the start of a paragraph
LABEL = re.compile(r"(?m)^(?P<label>(?:[A-Z][A-Za-z.'’-]*\s+){0,3}[A-Z][A-Za-z'’-]+):\s")
SIGNATURE_WORDS = 16            # a signature line is short: a name, an honorific, a title
SIGNATURE_PARAGRAPHS = 2        # and stands among the last paragraphs


def voices(text: str, people: list) -> list[tuple[int, int, str]]:
    """Spans of the text (start, end, actor key) that a labelled or signing person speaks."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    if not paragraphs or not re.search(r"\bI\b", text):
        return []
    by_family = {}
    for a in people:
        for w in (a.family or "").split("|") + a.name.split()[-1:]:
            if w:
                by_family.setdefault(fold(w).lower(), set()).add(a.key)
    labelled: list[tuple[int, str | None]] = []
    for s, e in paragraphs:
        m = LABEL.match(text, s, e)
        if m and len(m.group("label").split()) <= 4:
            keys = {k for w in m.group("label").split() for k in by_family.get(fold(w).lower().strip(".'’"), ())}
            labelled.append((s, keys.pop() if len(keys) == 1 else None))
    if labelled:
        out = []
        for (s, key), nxt in zip(labelled, labelled[1:] + [(len(text), None)]):
            if key:
                out.append((s, nxt[0], key))
        return out
    for s, e in paragraphs[-SIGNATURE_PARAGRAPHS:]:
        line = text[s:e]
        if len(line.split()) > SIGNATURE_WORDS or line.rstrip().endswith((".", "!", "?", '"', "”")):
            continue
        signed = [a for a in people if any(s <= ms and me <= e and ms - s <= 30 for ms, me in a.mentions)]
        if len(signed) == 1:
            return [(0, len(text), signed[0].key)]
    return []


def voice_at(spans: list[tuple[int, int, str]], text: str, pos: int) -> str | None:
    """The person whose own words hold position `pos` (None inside a quotation or outside every span)."""
    key = next((k for s, e, k in spans if s <= pos < e), None)
    if key is None:
        return None
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    if (before.count('"') % 2) or before.count("“") > before.count("”"):
        return None
    return key
