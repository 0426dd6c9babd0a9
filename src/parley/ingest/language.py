"""Language identification (py3langid: a pure-Python, offline model shipped in its package)."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


SAMPLE_CHARS = 1500     # a prefix of this many characters tells the language as well as the whole text
# Languages the model tells apart from English by little more than the names in a text: Nigerian
# Pidgin ('pcm') takes standard English news about Nigeria or Ghana ("President Bola Tinubu welcomed
# President Nana Akufo-Addo to Abuja") at p=0.97. Their probability counts as English's.
READ_AS_ENGLISH = frozenset({"pcm"})
# English's own function words (none of them a word of another Latin-script language: no "a", "in",
# "on", "die", "to"): names cannot make them, and a text in another language has none. An English
# news text has 14-50% of its words among them; French, Spanish, German, Indonesian or Swahili 0%.
ENGLISH_WORDS = frozenset("""
the of and for with from was were is are has have had said that this will would his her their which
who after before between during also been its they he she it at by
""".split())
ENGLISH_SHARE = 0.08
WORD = re.compile(r"[A-Za-z]+")


def detect_language(text: str, min_words: int = 3) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language, read from its first SAMPLE_CHARS
    characters."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < min_words:
        return "und", 0.0
    ranked = _identifier().rank(sample)
    english = sum(p for lang, p in ranked if lang == "en" or lang in READ_AS_ENGLISH)
    lang, prob = ranked[0]
    if lang == "en" or lang in READ_AS_ENGLISH or english_share(sample) >= ENGLISH_SHARE:
        return "en", float(english)
    return lang, float(prob)


def english_share(text: str) -> float:
    """The share of a text's words that are English function words (0 when it has fewer than 12)."""
    words = WORD.findall(text.lower())
    return sum(1 for w in words if w in ENGLISH_WORDS) / len(words) if len(words) >= 12 else 0.0
