"""Issues raised in an article's sentences: an extensible taxonomy (data/issues.json, or the
user's PARLEY_ISSUES file) plus open-ended phrases ("discussed thorny issues including ...")."""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Issue:
    id: str
    label: str
    contexts: tuple[str, ...]
    pattern: re.Pattern


@lru_cache(maxsize=2)
def taxonomy(extra: str | None = None) -> tuple[Issue, ...]:
    data = json.loads(resources.files("parley.data").joinpath("issues.json").read_text(encoding="utf-8"))["issues"]
    path = extra or os.environ.get("PARLEY_ISSUES")
    if path and Path(path).is_file():
        user = json.loads(Path(path).read_text(encoding="utf-8"))
        user = user.get("issues", user) if isinstance(user, dict) else user
        ids = {u["id"] for u in user}
        data = [d for d in data if d["id"] not in ids] + user
    return tuple(Issue(d["id"], d["label"], tuple(d.get("contexts", ())),
                       re.compile("|".join(f"(?:{p})" for p in d["patterns"]), re.I)) for d in data)


def issue_labels() -> dict[str, str]:
    """The taxonomy's label of each issue id."""
    return {i.id: i.label for i in taxonomy()}


def issues_in(text: str) -> list[tuple[Issue, int, int]]:
    """(issue, start, end) for each taxonomy issue mentioned in the text (first mention)."""
    found = []
    for issue in taxonomy():
        m = issue.pattern.search(text)
        if m:
            found.append((issue, m.start(), m.end()))
    return found


PHRASE = re.compile(
    r"\b(?:discuss(?:ed|ing)?|rais(?:ed|ing)|exchanged views on|touched on|talked about|focus(?:ed)? on|"
    r"issues (?:including|such as)|concerns? (?:over|about|regarding|with)|(?:agenda|topics?) (?:include[sd]?|was|is))\s+"
    r"(?:(?:the|thorny|several|a range of|a number of|key|bilateral) )*(?:issues? (?:including|such as|of) )?(?P<p>[^.;:!?]+)",
    re.I)


def phrases_in(text: str) -> list[str]:
    """Open-ended issue phrases: the objects of "discussed", "raised", "concerns over"..."""
    out: list[str] = []
    for m in PHRASE.finditer(text):
        chunk = re.split(r"\b(?:while|but|as|when|which|after|before|according)\b|,\s+(?:and\s+)?(?:the|a|he|she|they|it)\b", m.group("p"))[0]
        for item in re.split(r",\s*|\s+and\s+|\s+as well as\s+", chunk):
            item = item.strip(" \"“”'’")
            words = item.split()
            if 1 <= len(words) <= 8 and not re.match(r"(?:with|to|that|the situation)$", item, re.I):
                out.append(item)
    return list(dict.fromkeys(out))
