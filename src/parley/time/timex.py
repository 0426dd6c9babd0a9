"""A time expression as the tagger gives it: its span, TIMEX3 type, value and precision, how it was
anchored, and the spec it was resolved from (time/resolve.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .resolve import Spec


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str                      # DATE | TIME | DURATION | SET
    value: str | None              # TIMEX3 value; None when it needs an anchor that is missing
    precision: str | None          # day | week | month | quarter | season | half | year | decade | century | ...
    mod: str | None = None         # START | MID | END | APPROX | LESS_THAN | MORE_THAN | EQUAL_OR_LESS ...
    basis: str = "explicit"        # explicit | relative to publication date | relative to text | none
    direction: str | None = None   # past | future, where the tense decided
    spec: Spec = field(default_factory=dict)
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value,
                "precision": self.precision, "mod": self.mod, "basis": self.basis, "direction": self.direction,
                "spec": self.spec, "rule": self.rule}
