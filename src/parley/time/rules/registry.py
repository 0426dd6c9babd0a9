"""The registry of the tagger's rules: `@rule` gives a builder its regular expression, priority, the
trigger kinds a match must hold (`needs`, time.lexicon.RULE_TRIGGERS) and how far before its trigger a match can
start (`lead`). Rules are tried in the order they are registered (time/rules/__init__.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..resolve import Spec

I = re.IGNORECASE | re.VERBOSE


@dataclass(slots=True)
class Match:
    start: int
    end: int
    type: str
    spec: Spec
    mod: str | None
    anaphoric: bool
    rule: str
    priority: int


Builder = Callable[[re.Match], tuple[str, Spec, str | None] | tuple[str, Spec, str | None, bool] | None]
RULES: list[tuple[str, re.Pattern, Builder, int]] = []
RULE_NEEDS: dict[str, tuple[str, ...]] = {}
RULE_LEAD: dict[str, int] = {}      # how far before its trigger a rule's match can start


def rule(name: str, pattern: str, priority: int = 5, flags: int = I, needs: str | None = None,
         lead: int = 48):
    def deco(fn: Builder) -> Builder:
        RULES.append((name, re.compile(pattern, flags), fn, priority))
        RULE_LEAD[name] = lead
        if needs:
            RULE_NEEDS[name] = tuple(needs.split())
        return fn
    return deco
