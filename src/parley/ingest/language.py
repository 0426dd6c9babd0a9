"""Language identification (py3langid: a pure-Python, offline model shipped in its package)."""
from __future__ import annotations

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


def detect_language(text: str, min_words: int = 3) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language, read from its first SAMPLE_CHARS
    characters."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < min_words:
        return "und", 0.0
    ranked = _identifier().rank(sample)
    english = sum(p for lang, p in ranked if lang == "en" or lang in READ_AS_ENGLISH)
    lang, prob = ranked[0]
    if lang == "en" or lang in READ_AS_ENGLISH:
        return "en", float(english)
    return lang, float(prob)
