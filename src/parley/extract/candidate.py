"""The per-article stage's output: candidate events as plain, JSON-ready dicts.

A candidate is one article's account of one event. The corpus stage merges candidates from
many articles into events. Every field that the text supports carries evidence: character
spans of the article's cleaned text, plus the sentences themselves so that merged events can
show their evidence without reopening articles.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .lexicon import SUMMARY_VERBS, score
from .names import key_in_country, name_key


@dataclass
class PartyOut:
    name: str | None
    title: str | None
    country: str | None
    sector: str | None
    kind: str                      # person | state | org | generic
    family: str | None = None
    key: str | None = None         # article-local actor key
    variants: list[str] = field(default_factory=list)   # the spellings of a person's name in the article
    name_key: str | None = None    # names.name_key: links spellings across articles ("lee|jaemyung")
    basis: dict[str, str] = field(default_factory=dict)  # where the country and title came from

    def to_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "title": self.title, "country": self.country, "sector": self.sector,
               "kind": self.kind, "family": self.family}
        if self.kind == "person":
            out.update(name_key=self.name_key, variants=self.variants, basis=self.basis)
        return out

    def of_country(self, country: str, why: str) -> "PartyOut":
        """The party given a country the text did not name, and the key its name then takes across articles: a name
        of two family names is keyed without the mother's ("Alvaro Leyva Durán" of Colombia as "Alvaro Leyva",
        names.key_in_country)."""
        key, family = self.name_key, self.family
        if self.kind == "person" and self.name and key == name_key(self.name):      # (not a known official's alias)
            key = key_in_country(self.name, country)
            family = key.split("|", 1)[0] if key != self.name_key else family
        return replace(self, country=country, basis={**self.basis, "country": why}, name_key=key, family=family)


@dataclass
class Statement:
    speaker: PartyOut | None
    category: str | None           # PLOVER category of what was said, None for plain statements
    mode: str | None
    verb: str
    target: PartyOut | None
    text: str
    reported_by: dict | None
    span: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker.to_dict() if self.speaker else None, "category": self.category,
                "mode": self.mode, "verb": self.verb, "target": self.target.to_dict() if self.target else None,
                "text": self.text, "reported_by": self.reported_by, "evidence": [list(self.span)]}


@dataclass
class Candidate:
    article_id: str
    index: int
    type: str
    mode: str | None
    status: str                     # happened | planned | background
    actors: list[PartyOut]
    recipients: list[PartyOut]
    date: str | None = None
    date_precision: str | None = None
    date_basis: str = "unknown"
    date_mod: str | None = None
    date_text: str | None = None
    date_alternatives: list[str] = field(default_factory=list)
    date_spec: dict | None = None   # an unresolved date as the text gives it ({"kind": "month_day", "m": 9, "d": 17})
    date_end: str | None = None     # the last day of a meeting told over several ("September 16-17")
    location: dict | None = None
    issues: list[dict] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    evidence: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    sentences: dict[int, tuple[int, int, str]] = field(default_factory=dict)
    quotes: dict[str, list[str]] = field(default_factory=dict)     # the text of each evidence span
    main: bool = False

    def cite(self, fieldname: str, span: tuple[int, int] | None) -> None:
        if span is None:
            return
        lst = self.evidence.setdefault(fieldname, [])
        if span not in lst:
            lst.append(span)

    @property
    def participants(self) -> list[PartyOut]:
        return self.actors + self.recipients

    def dyad(self) -> str | None:
        codes = sorted({p.country for p in self.participants if p.country})
        return "-".join(codes) if codes else None

    def summary(self) -> str:
        def who(p: PartyOut) -> str:
            role = " ".join(x for x in (p.country, p.title) if x)
            if p.name:
                return f"{p.name} ({role})" if role else p.name
            return role or "unnamed party"
        verb = SUMMARY_VERBS.get(self.type, self.type.lower())
        if self.status == "planned":
            verb = {"CONSULT": "will meet"}.get(self.type, f"plans: {verb}")
        left = ", ".join(who(p) for p in self.actors) or "?"
        right = ", ".join(who(p) for p in self.recipients)
        s = f"{left} {verb} {right}".strip() if right else (f"{left} met" if self.type == "CONSULT" else f"{left} {verb}")
        if self.location:
            s += f" in {self.location['name']}" + (f", {self.location['country']}" if self.location.get("kind") == "city" else "")
        if self.mode:
            s += f" ({self.mode})"
        return s

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": f"{self.article_id}:{self.index}",
            "kind": "event",
            "article_id": self.article_id,
            "type": self.type,
            "mode": self.mode,
            "contexts": self.contexts,
            "status": self.status,
            "main": self.main,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_basis": self.date_basis,
            "date_mod": self.date_mod,
            "date_text": self.date_text,
            "date_alternatives": self.date_alternatives,
            "date_spec": self.date_spec,
            "date_end": self.date_end,
            "actors": [p.to_dict() for p in self.actors],
            "recipients": [p.to_dict() for p in self.recipients],
            "dyad": self.dyad(),
            "location": self.location,
            "issues": self.issues,
            "phrases": self.phrases,
            "statements": [s.to_dict() for s in self.statements],
            "claims": self.claims,
            "score": score(self.type, self.mode),
            "summary": self.summary(),
            "evidence": {k: [list(s) for s in v] for k, v in self.evidence.items()},
            "quotes": self.quotes,
            "sentences": [[s, e, t] for _, (s, e, t) in sorted(self.sentences.items())],
        }
