"""Language identification (py3langid: a pure-Python, offline model shipped in its package)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


SAMPLE_CHARS = 1500     # a prefix of this many characters tells the language as well as the whole text


def detect_language(text: str, min_words: int = 3) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language, read from its first SAMPLE_CHARS
    characters."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < min_words:
        return "und", 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)
