"""Evaluation against PLOVER gold-standard records (the JSON Lines of the PLOVER GSR).

Each record holds one short text, its event category, and source/target actors with country codes.
Parley codes the text with the same sentence-level extractor as articles and compares:

- category accuracy: the category of the text's main event (the trigger closest to the root of
  the parse; PLOVER's rule that cooperative acts in the future tense are AGREE applies);
- actor and recipient country F1, micro-averaged over records (sets of codes per record).

Old PLOVER names are mapped as the manual's CAMEO table says: DEMAND -> REQUEST, DISAPPROVE and
INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT; CAMEO country codes -> ISO 3166-1 alpha-3.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..records import Article, PublicationDate
from ..ingest.segment import build_layout
from .assemble import Assembler
from .context import ArticleContext
from .events import needs_parse
from .sentence_event import SentenceEvent

OLD_CATEGORIES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
OLD_MODES = {"DISAPPROVE": "disapprove", "INVESTIGATE": "investigate"}
# CAMEO country codes that differ from ISO 3166-1 alpha-3
CAMEO_CODES = {"JAP": "JPN", "ITL": "ITA", "GMY": "DEU", "UKG": "GBR", "SAF": "ZAF", "SPN": "ESP",
               "VAT": "VAT", "ROM": "ROU", "BUL": "BGR", "KOS": "KOS", "PAL": "PSE", "TAW": "TWN",
               "MON": "MNG", "CHL": "CHL", "GRG": "GEO", "KZK": "KAZ", "HOL": "NLD", "SWZ": "CHE"}
COOPERATIVE_FUTURE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}


def gold_category(name: str) -> str:
    return OLD_CATEGORIES.get(name.upper(), name.upper())


def gold_code(code: str | None) -> str | None:
    if not code:
        return None
    code = code.upper()
    return CAMEO_CODES.get(code, code)


def _parties(value) -> list[dict]:
    if isinstance(value, list):
        return [p for p in value if isinstance(p, dict)]
    if isinstance(value, dict):
        return [value]
    return []


def article_from_text(text: str, published: str | None = None, source: str = "<text>") -> Article:
    """A minimal article around a short text (one paragraph), for sentence-level coding."""
    body, paragraphs, sentences = build_layout([(text.strip(), "body")])
    pub = PublicationDate(published, "day", "record", None, []) if published else PublicationDate(None, None, None, None, [])
    return Article(id=source, source=source, format="txt", text=body, paragraphs=paragraphs, sentences=sentences,
                   removed=[], published=pub, language="en", language_score=1.0)


@dataclass
class CodedEvent:
    category: str
    mode: str | None
    trigger: str
    actor_countries: list[str]
    recipient_countries: list[str]
    depth: int


def code_text(text: str, date: str | None = None) -> list[CodedEvent]:
    """All events Parley reads in a short text, main event first."""
    article = article_from_text(text, date)
    anchor = dt.date.fromisoformat(date) if date else None
    ctx = ArticleContext(article, anchor)
    docs = ctx.read([i for i, (s, e) in enumerate(ctx.spans) if needs_parse(ctx.text[s:e])], ner_everywhere=True)
    asm = Assembler(ctx, None)
    out: list[CodedEvent] = []
    for ev in ctx.events:
        i, doc = ev.sentence, docs[ev.sentence]
        off = ctx.spans[i][0]
        if ev.reference_only and not ev.actors:
            continue
        tok = next((t for t in doc if off + t.idx == ev.trigger[0]), None)
        depth = 0
        while tok is not None and tok.head != tok and depth < 30:
            tok, depth = tok.head, depth + 1
        s, e = ctx.spans[i]
        actors = _countries(asm, ev, ev.actors) or _named_countries(ctx, s, ev.trigger[0], [])
        recips = _countries(asm, ev, ev.recipients) or _named_countries(ctx, ev.trigger[1], e, actors)
        out.append(CodedEvent(_category(ev, ctx.text[s:e], s), ev.mode, ev.trigger_text,
                              actors, recips, depth + 10 * i))
    out.sort(key=lambda c: c.depth)
    return out


INTENT = re.compile(r"\b(?:will|would|shall|willing\s+to|prepared\s+to|ready\s+to|plans?\s+to|intends?\s+to|"
                    r"promised\s+to|pledged\s+to|offered\s+to|agreed\s+to|may|might|could|threaten(?:ed|s)?\s+to)\s+(?:\w+\s+){0,2}$", re.I)


def _category(ev: SentenceEvent, sentence: str, start: int) -> str:
    """PLOVER's coding of tense and negation: a negated cooperative act is REJECT; a promised
    cooperative or yielding act is AGREE; a conflictual act held out as a possibility is THREATEN."""
    if ev.negated and ev.category in ("CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE"):
        return "REJECT"
    intent = ev.future or bool(INTENT.search(sentence[:max(0, ev.trigger[0] - start)]))
    if intent and ev.category in COOPERATIVE_FUTURE | {"CONCEDE", "RETREAT"}:
        return "AGREE"
    if intent and ev.category in ("SANCTION", "COERCE", "ASSAULT", "MOBILIZE"):
        return "THREATEN"
    return ev.category


def _named_countries(ctx: ArticleContext, start: int, end: int, exclude: list[str]) -> list[str]:
    """Fallback when the parse gives no party: the first country, capital or demonym on that side
    of the trigger ("ordered the Palestinian refugees out" -> PSE)."""
    for h in ctx.actors.gaz.scan(ctx.text, start, end):
        e = h.of_kind("country", "demonym", "capital", "metonym")
        if e and e.code not in exclude:
            return [e.code]
    return []


def _countries(asm: Assembler, ev: SentenceEvent, mentions) -> list[str]:
    codes = []
    for p in asm.parties_of(ev, mentions):
        if p.country and p.country not in codes:
            codes.append(p.country)
    return codes


@dataclass
class PloverReport:
    records: int = 0
    correct: int = 0
    no_event: int = 0
    confusion: Counter = field(default_factory=Counter)
    actor: Counter = field(default_factory=Counter)        # tp / fp / fn
    recipient: Counter = field(default_factory=Counter)
    per_category: Counter = field(default_factory=Counter)
    per_category_correct: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.records if self.records else 0.0

    @staticmethod
    def f1(c: Counter) -> tuple[float, float, float]:
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _score_sets(counter: Counter, gold: set[str], got: set[str]) -> None:
    counter["tp"] += len(gold & got)
    counter["fp"] += len(got - gold)
    counter["fn"] += len(gold - got)


def evaluate(path: str | Path) -> PloverReport:
    """Score Parley's coding of every record in a PLOVER GSR JSON Lines file."""
    rep = PloverReport()
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = rec.get("text") or ""
            if not text.strip() or not rec.get("event"):
                continue
            text = text.strip().strip("{}")
            gold = gold_category(rec["event"])
            date = rec.get("date") if isinstance(rec.get("date"), str) and len(rec.get("date", "")) == 10 else None
            coded = code_text(text, date)
            got = coded[0] if coded else None
            rep.records += 1
            rep.per_category[gold] += 1
            pred = got.category if got else "NONE"
            rep.confusion[(gold, pred)] += 1
            if got is None:
                rep.no_event += 1
            if pred == gold:
                rep.correct += 1
                rep.per_category_correct[gold] += 1
            g_src = {c for c in (gold_code(p.get("code")) for p in _parties(rec.get("source"))) if c}
            g_tar = {c for c in (gold_code(p.get("code")) for p in _parties(rec.get("target"))) if c}
            _score_sets(rep.actor, g_src, set(got.actor_countries) if got else set())
            _score_sets(rep.recipient, g_tar, set(got.recipient_countries) if got else set())
            if pred != gold:
                rep.errors.append({"id": rec.get("id"), "gold": gold, "got": pred,
                                   "trigger": got.trigger if got else None, "text": text[:200]})
    return rep
