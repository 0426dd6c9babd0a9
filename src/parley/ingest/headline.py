"""A headline run into the first sentence of an article scraped as one line.

"Lammy meets Wang Yi in Beijing in first visit by UK foreign secretary since 2018 British Foreign Secretary David
Lammy met Chinese Foreign Minister Wang Yi in Beijing on Friday, ..." holds no full stop between the headline and the
lede, so the two read as one sentence (here as a since-clause: the meeting told becomes one before another). The
headline is found by what a headline does: the lede that follows names again most of the names it named. A split is
made only where
- the headline would run HEADLINE_WORDS words, ending on no function word ("... in", "... of the") and no stop, and
  holds no dateline's colon, dash or bracket ("New Delhi, Aug 18: In a crucial exchange, external affairs minister
  S. Jaishankar met ..." is one sentence);
- the lede opens with a capital, after a word that is no capitalised word (a run of names goes on: "his wife Madame
  Peng Liyuan"; "... ahead of G20 Chinese President Xi ..." splits);
- at least REPEATED of the headline's capitalised words come back in the lede's first sentence (its first LEDE_WORDS
  words at most), and at least MIN_NAMES of them that are no titles or demonyms (TITLE_WORDS).
The headline opens with a capital. Of several such places, the one whose lede repeats the most of its headline,
then the earliest.
"""
from __future__ import annotations

import re

from .boilerplate import MONTHS
from .datelines import lede

HEADLINE_WORDS = (5, 25)
LEDE_WORDS = 40
REPEATED = 0.6
MIN_NAMES = 3
DATELINE_MARKS = re.compile(r"[:(—–]|\s-\s")
FUNCTION_WORDS = frozenset("""
a an the of in on at to by for from with and or but as into over after before since amid about than that which who
between among against during under through toward towards via near within without across upon
his her their its our my your this these those is are was were be been will would to's
""".split())
# capitalised words that any lede repeats: they show no headline ("Chinese Foreign Minister Wang Yi met Japanese
# Foreign Minister Takeshi Iwaya")
TITLE_WORDS = frozenset("""
President Prime Minister Foreign Secretary State Chancellor Premier King Queen Vice Deputy Defence Defense General
Chinese American British Russian Japanese Indian French German US U.S. UK
""".split())
WORD = re.compile(r"\S+")
# a page's title ("Headline - Outlet") run into a wire dateline in capitals (datelines.lede): "Iranian, Saudi military
# chiefs meet in Tehran - Tehran Times TEHRAN - Major General Mohammad Bagheri ..." (the outlet's name, a few
# capitalised words, is chrome)
TITLE_DASH = re.compile(r"\s+[-–—|]\s+")
OUTLET_WORD = re.compile(r"[A-Z][\w.&'’]*\s+")
OUTLET_WORDS = 5
TITLE_CHARS = (16, 241)
SENTENCE_END = re.compile(r"[.!?]['\"”’)]*$")     # a word that ends a sentence


def _name(word: str) -> str | None:
    """A capitalised word as compared between headline and lede ("Lammy's" -> "Lammy"), or None."""
    w = re.sub(r"['’]s$", "", word.strip("\"“”‘’'(),:;!?.–—-"))
    return w if w[:1].isupper() and w.lower() not in FUNCTION_WORDS else None


def split_glued_headline(text: str) -> tuple[str, str] | None:
    """(headline, rest) where an untitled one-line article opens with its headline run into the lede; else None."""
    if (titled := _title_outlet_dateline(text)) is not None:
        return titled
    words = list(WORD.finditer(text[:4000]))
    if not words or not words[0].group()[:1].isupper():
        return None                     # a headline opens with a capital
    stop = next((i for i, m in enumerate(words) if SENTENCE_END.search(m.group())), len(words))
    best: tuple[float, int] | None = None
    lo, hi = HEADLINE_WORDS
    for k in range(lo, min(hi, stop) + 1):
        if k >= len(words):
            break
        before, first = words[k - 1].group(), words[k].group()
        if not first[:1].isupper() or before.lower().strip("\"“”‘’'") in FUNCTION_WORDS or before[-1:] in ",;:–—-" \
                or (before[:1].isupper() and before.isalpha()) or re.fullmatch(MONTHS, first, re.I):
            continue        # (not inside a run of names: "Xi Jinping and his wife Madame Peng Liyuan")
        if DATELINE_MARKS.search(text, 0, words[k - 1].end()):
            break
        end = next((i + 1 for i in range(k, min(len(words), k + LEDE_WORDS))
                    if SENTENCE_END.search(words[i].group())), k + LEDE_WORDS)
        head = {n for m in words[:k] if (n := _name(m.group()))}
        lede = {n for m in words[k:end] if (n := _name(m.group()))}
        again = head & lede
        if len(again - TITLE_WORDS) < MIN_NAMES or len(again) < REPEATED * len(head):
            continue
        share = len(again) / len(head)
        if best is None or share > best[0]:
            best = (share, k)
    if best is None:
        return None
    at = words[best[1]].start()
    return text[:at].strip(), text[at:].strip()


def _title_outlet_dateline(text: str) -> tuple[str, str] | None:
    """(headline, rest) where a one-line article opens with its page title, "Headline - Outlet", run into a wire
    dateline in capitals; the outlet's name is left out."""
    if not text[:1].isupper():
        return None
    for dash in TITLE_DASH.finditer(text, TITLE_CHARS[0], TITLE_CHARS[1]):
        head = text[:dash.start()]
        if len(head.split()) > HEADLINE_WORDS[1]:
            break
        at = dash.end()
        for _ in range(OUTLET_WORDS):
            word = OUTLET_WORD.match(text, at)
            if word is None:
                break
            at = word.end()
            if (found := lede(text[at:])) is not None and found.place.isupper():
                return head.strip(), text[at:].strip()
    return None
