"""What an article's actors and mentions are, as plain records: an actor (a person, a state or its
organ, an organisation, a group), with the evidence for its country and title, and a mention of
one in the text. Found by actors.py, linked by actor_links.py, read by every later step.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Actor:
    key: str
    kind: str                       # person | state | org | group
    name: str
    country: str | None = None
    title: str | None = None
    sector: str | None = None
    rank: int = 0
    family: str | None = None
    country_basis: str | None = None
    title_basis: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    evidence: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    variants: list[str] = field(default_factory=list)     # the spellings of a person's name in the text
    forum: bool = False             # an organisation that is a gathering (the G20, ASEAN), never a party of a meeting
    heads: str | None = None        # the state whose delegation a person leads
    # the actor file's name of the official a person's name or alias spells ("Claudia Sheinbaum" for
    # "Claudia Sheinbaum Pardo", "Andrés Manuel López Obrador" for "AMLO"): one key in every article
    known: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "title": self.title, "country": self.country, "sector": self.sector,
                "kind": self.kind}

    def cite(self, fieldname: str, span: tuple[int, int]) -> None:
        self.evidence.setdefault(fieldname, [])
        if span not in self.evidence[fieldname]:
            self.evidence[fieldname].append(span)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: str                       # person | state | org | group | counterpart | pronoun | generic
    actor: str | None               # Actor.key when resolved
    country: str | None = None
    title: str | None = None
    text: str = ""
