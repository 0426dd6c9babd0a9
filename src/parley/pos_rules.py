"""Coarse parts of speech from the tagger's fine tags, without spaCy's attribute ruler.

en_core_web_sm sets `pos_` with an AttributeRuler: 179 Matcher patterns (the Penn tag map and
word exceptions such as "that"/IN → SCONJ, "'s"/VBZ → AUX, aux/auxpass → AUX). Run through the
Matcher they cost a third of all parsing time, though Parley reads only `pos_` of them (not the
morphology or lemmas they also set). The rules here are the model's own POS patterns, read from
the ruler when the model loads (so they stay the model's data, not a copy), compiled into
per-token predicates and applied in the ruler's order — later patterns win, as in the ruler.
`tests/test_extract.py` checks that the result equals the ruler's on news-like text.
"""
from __future__ import annotations

from typing import Any, Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG
from spacy.tokens import Doc

Predicate = Callable[[Any], bool]
ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
ARRAY_NAMES = ["TAG", "LOWER", "DEP", "IS_SPACE"]
MEMO_LIMIT = 200_000           # distinct windows remembered before the memo starts again
MISSING = object()
ATTRS = {"TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
         "IS_SPACE": lambda t: t.is_space}


def _value_test(value) -> Callable[[Any], bool]:
    if isinstance(value, dict):
        if set(value) == {"IN"}:
            allowed = frozenset(value["IN"])
            return lambda v: v in allowed
        if set(value) == {"NOT_IN"}:
            banned = frozenset(value["NOT_IN"])
            return lambda v: v not in banned
        raise ValueError(f"unsupported attribute-ruler operator {value}")
    return lambda v: v == value


def _token_test(spec: dict) -> Predicate:
    tests = []
    for attr, value in spec.items():
        if attr not in ATTRS:
            raise ValueError(f"unsupported attribute-ruler attribute {attr}")
        get, ok = ATTRS[attr], _value_test(value)
        tests.append(lambda t, get=get, ok=ok: ok(get(t)))
    return lambda t: all(test(t) for test in tests)


class PosRules:
    """The POS-setting patterns of an AttributeRuler, applied token by token. A pattern of one
    token whose TAG is a plain string is looked up by tag; the others are tried on every token."""

    def __init__(self, patterns: list[dict]):
        self.rules: list[tuple[int, tuple[Predicate, ...], int, str]] = []   # (order, tests, index, pos)
        for order, p in enumerate(patterns):
            pos = p.get("attrs", {}).get("POS")
            if pos is None:
                continue
            for pattern in p["patterns"]:
                self.rules.append((order, tuple(_token_test(s) for s in pattern), p.get("index", 0), pos))
        self.by_tag: dict[str, list] = {}
        self.general: list = []
        for rule in self.rules:
            order, tests, index, pos = rule
            first = patterns[order]["patterns"][0]
            if len(tests) == 1 and isinstance(first[0].get("TAG"), str):
                self.by_tag.setdefault(first[0]["TAG"], []).append(rule)
            else:
                self.general.append(rule)

        # the attributes each neighbour's test reads, by offset from the token being decided
        reads: dict[int, set[str]] = {0: {"TAG"}}
        for p in patterns:
            if "POS" in p.get("attrs", {}):
                for pattern in p["patterns"]:
                    for k, spec in enumerate(pattern):
                        reads.setdefault(k - p.get("index", 0), set()).update(spec)
        self.offsets = sorted(reads)
        self.columns = [[ARRAY_NAMES.index(a) for a in sorted(reads[o])] for o in self.offsets]
        self.reads = [sorted(reads[o]) for o in self.offsets]
        self.memo: dict[tuple, str | None] = {}

    def __call__(self, doc):
        """Sets `pos_` of every token the rules cover. A token's POS depends only on the tag, form,
        dependency and spacing of itself and the neighbours the patterns span, so it is looked up
        by those (read in one `to_array`) and computed once per distinct window."""
        if not isinstance(doc, Doc):
            return self.apply(doc)
        rows = doc.to_array(ARRAY_ATTRS).tolist()
        n = len(rows)
        memo, where = self.memo, list(zip(self.offsets, self.columns))
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        out = doc.to_array([POS])
        strings = doc.vocab.strings
        for i in range(n):
            key = tuple(tuple(rows[i + o][c] for c in cols) if 0 <= i + o < n else None for o, cols in where)
            pos = memo.get(key, MISSING)
            if pos is MISSING:
                pos = memo[key] = self._decide(key, strings)
            if pos is not None:
                out[i] = strings.add(pos)
        doc.from_array([POS], out)
        return doc

    def _decide(self, key: tuple, strings) -> str | None:
        window = {o: (None if row is None else _Token(names, row, strings))
                  for o, names, row in zip(self.offsets, self.reads, key)}
        return self._pos_at(window.get)

    def apply(self, tokens):
        """The rules on any sequence of token-like objects (tag_, lower_, dep_, is_space, pos_)."""
        for i, tok in enumerate(tokens):
            pos = self._pos_at(lambda k: tokens[i + k] if 0 <= i + k < len(tokens) else None)
            if pos is not None:
                tok.pos_ = pos
        return tokens

    def _pos_at(self, at: Callable[[int], Any]) -> str | None:
        tok = at(0)
        best: tuple[int, str] | None = None      # (pattern order, pos) of the winning rule: later wins
        for order, tests, index, pos in self.by_tag.get(tok.tag_, ()):
            if (best is None or order > best[0]) and tests[0](tok):
                best = (order, pos)
        for order, tests, index, pos in self.general:
            if best is not None and order < best[0]:
                continue
            toks = [at(k - index) for k in range(len(tests))]
            if all(t is not None and test(t) for t, test in zip(toks, tests)):
                best = (order, pos)
        return best[1] if best else None


class _Token:
    """The attributes a window's test reads, from its ids in `Doc.to_array(ARRAY_ATTRS)`; the
    attributes not read by any test at that offset are left out of the memo's key and absent."""

    def __init__(self, names: list[str], row: tuple, strings):
        for name, value in zip(names, row):
            if name == "IS_SPACE":
                self.is_space = bool(value)
            else:
                setattr(self, name.lower() + "_", strings[value])
