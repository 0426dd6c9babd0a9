"""What the assembly reads of one article, read once: its text and sentences, the time expressions (those of a
wire dateline or byline set apart: "NAIROBI, June 3 (Reuters) - ..." dates the report, not an event), the people and
places named in each sentence, who is quoted, and the events of the sentences chosen for parsing ("Wang met Iwaya on
Saturday" -> a CONSULT with its parties, trigger, date and place words).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cached_property

from ..budget import check
from ..ingest.datelines import byline_date_spans, lede, stamped
from ..records import Article
from ..time import tag, value_to_date_range
from .actors import ArticleActors
from .attribution import sources_in
from .cues import CLOSED_SENTENCE, FURNITURE, HEADLINE_FUTURE
from .events import analyse_sentence
from .lexicon import COMPASS, MOVE_VERBS, VISIT_FORMS
from .places import Place, PlaceSenses, places_in
from .sentence_event import SentenceEvent
from .unread import has_unread_name


QUOTE_MARKS = re.compile(r'[“”"]')
DECADE_OR_CENTURY = re.compile(r"\d{2,3}")        # TimeML's value of "the 1990s" (199), "the next decade" (203)


class ArticleContext:
    """One article as the assembly reads it (see the module docstring); `read` parses the chosen sentences."""

    def __init__(self, article: Article, anchor: dt.date | None, reference: dt.date | None = None):
        """`reference`: the day anaphoric times count from before the text names one (the day of the lead meeting of an
        undated article the corpus read as of another day: "It followed talks with Qin Gang the previous day")."""
        self.article = article
        self.text = article.text
        self.anchor = anchor
        self.actors = ArticleActors(self.text, anchor)
        self.spans = [(s.start, s.end) for s in article.sentences]
        self.kinds = [article.paragraphs[s.paragraph].kind for s in article.sentences]
        self.timexes = tag(self.text, anchor, self.spans, reference=reference)
        # a wire dateline's date is the report's, not an event's ("NAIROBI, June 3 (Reuters) - ... on Saturday"),
        # and so is a byline's inside the text ("By Jane Doe March 5, 2024 NAIROBI — ... on Monday")
        reports = self.actors.ledes + byline_date_spans(self.text)
        # (and a decade or a century dates no act of a day: "an agreement for the export of power over the next decade")
        # (nor a page's stamp run into its text: "Published: 17 November  Updated: 18 November [Chancellor Olaf
        # Scholz welcomes Turkish President Erdogan ...]")
        self.event_timexes = [t for t in self.timexes if not any(a <= t.start < b for a, b in reports)
                              and not DECADE_OR_CENTURY.fullmatch(t.value or "") and not stamped(self.text, t.start)]
        self.senses = PlaceSenses(self.text, self.actors.places, self.actors.gaz)
        self._read_places()
        self.sources = [sources_in(self.text[s:e], s) for s, e in self.spans]
        self.events: list[SentenceEvent] = []
        self.parses: dict[int, object] = {}     # sentence -> its parse (spaCy Doc), once parsed
        self._own: dict[int, str] = {}          # own_text of each event, once read

    def read(self, chosen: list[int], ner_everywhere: bool = False) -> dict[int, object]:
        """Parse the chosen sentences, find the people the rules missed (the entity recogniser on
        the chosen sentences, and alone on other sentences with an unread name: "Wang Yi told
        Takeshi Iwaya that ..."), then read each chosen sentence's events into self.events.
        Returns the parses by sentence index."""
        from ..nlp import entities, parse

        docs = parse([self.text[self.start_of(i):self.spans[i][1]] for i in chosen],
                     None if ner_everywhere else [self.has_unknown_name(i) for i in chosen])
        taken = set(chosen)
        rest = [i for i in range(len(self.spans)) if i not in taken and self.kinds[i] not in FURNITURE
                and self.has_unknown_name(i)]
        rest_docs = entities([self.text[self.start_of(i):self.spans[i][1]] for i in rest])
        for i, doc in list(zip(chosen, docs)) + list(zip(rest, rest_docs)):
            off = self.start_of(i)
            for ent in doc.ents:
                if ent.label_ == "PERSON" and not _destination(ent):
                    self.actors.add_person(ent.text, off + ent.start_char, off + ent.end_char)
        for i, doc in zip(chosen, docs):
            off = self.start_of(i)
            for tok in doc:
                if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON" or tok.dep_ == "compound" \
                        or any(c.dep_ == "compound" for c in tok.children):
                    continue
                # "Blinken and Wang met": coordinated with a person; "When Wang met Lavrov": the other party of a verb
                # whose subject or object is a person
                others = [tok.head] if tok.dep_ == "conj" else [c for c in tok.children if c.dep_ == "conj"]
                if tok.dep_ in ("nsubj", "dobj") and tok.head.pos_ == "VERB":
                    others += [c for c in tok.head.children if c != tok and c.dep_ in ("nsubj", "dobj")]
                for other in others:
                    if self.actors.add_family_beside(tok.text, off + tok.idx, off + other.idx) is not None:
                        break
        self.actors.link_new_people()
        self._read_places()
        for i, doc in zip(chosen, docs):
            check()
            found = analyse_sentence(doc, self.start_of(i), i, self.actors, self.event_timexes, self.places[i],
                                     self.sources[i])
            if self.kinds[i] == "title":
                # a headline tells of meetings only, in its own tense: "Xi, Lula meet in Beijing" has
                # happened, "Erdogan, Putin to meet in Russia" lies ahead
                ahead = bool(HEADLINE_FUTURE.search(self.sentence_text(i)))
                found = [e for e in found if e.category == "CONSULT"]
                for e in found:
                    e.future = ahead or e.future
            self.events += found
        self._own.clear()
        self.parses.update(zip(chosen, docs))
        return dict(zip(chosen, docs))

    def parse_of(self, i: int):
        """A sentence's parse (tagged and parsed, from where its words begin: `start_of`), parsed now if `read` did
        not choose it (without the entity recogniser: `read` has found the people of every sentence)."""
        if i not in self.parses:
            from ..nlp import parse

            self.parses[i] = parse([self.text[self.start_of(i):self.spans[i][1]]], [False])[0]
        return self.parses[i]

    def dateline(self) -> Place | None:
        """The place of the article's wire dateline (at the start of the first paragraph that has one that names a
        place: "Petro y Boric: Colombia and Chile ..." is a headline, not the dateline below it)."""
        return next(iter(self.actors.dateline_places), None)

    def start_of(self, i: int) -> int:
        """Where a sentence's words begin: after a wire dateline that opens it ("Osaka, Japan, May 7
        (Kyodo)--Japanese ..." is parsed from "Japanese")."""
        s, e = self.spans[i]
        for a, b in self.actors.ledes:
            if a <= s < b < e:
                return b
        return s

    def parties_in(self, i: int) -> int:
        """How many parties a sentence names (a group such as "the two leaders" counts two)."""
        s, e = self.spans[i]
        found = self.actors.mentions_in(s, e)
        return len({m.actor or m.text for m in found}) + sum(1 for m in found if m.kind == "group")

    def _read_places(self) -> None:
        """Each sentence's places, outside people's names ("Vladimir Putin" is no city)."""
        people = [(m.start, m.end) for m in self.actors.mentions if m.kind == "person"] + list(self.actors.ledes)
        self.places = [places_in(self.text, s, e, hits=self.actors.places, senses=self.senses, mask=people)
                       for s, e in self.spans]

    def has_unknown_name(self, i: int) -> bool:
        """Whether a sentence has a capitalised word that no rule or word list has read (a person
        the rules missed, for the parser's entity recogniser to find): parley.extract.unread."""
        s, e = self.spans[i]
        known = [(m.start, m.end) for m in self.actors.mentions_in(s, e)] + \
                [(h.start, h.end) for h in self.actors.places if s <= h.start < e] + \
                [(t.start, t.end) for t in self.timexes if s <= t.start < e]
        return has_unread_name(self.text, s, e, known, self.actors.gaz)

    def sentence_of(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.spans):
            if s <= pos < e + 1:
                return i
        return max(0, len(self.spans) - 1)

    def cut_off(self, i: int) -> bool:
        """Whether a sentence is the article's last and stops mid-way ("But the prime minister insisted the
        relationship"): a scraped article cut off, whose last words tell no whole statement."""
        return i == len(self.spans) - 1 and not CLOSED_SENTENCE.search(self.sentence_text(i))

    def opening(self, n: int) -> set[int]:
        """The first `n` sentences of the article's body and standfirst: where it tells what it reports (a wire's
        dateline split off as a sentence of its own, "MOSCOW, August 6. /TASS/.", is none of them)."""
        return set([i for i, k in enumerate(self.kinds) if k in ("body", "standfirst")
                    and i not in self._datelines_alone][:n])

    @cached_property
    def _datelines_alone(self) -> frozenset[int]:
        """The sentences that are a wire's dateline and nothing more (read once per article)."""
        out = set()
        for i in range(len(self.spans)):
            text = self.sentence_text(i)
            found = lede(text)
            if found is not None and not text[found.end:].strip(" \t\n.-–—:"):
                out.add(i)
        return frozenset(out)

    def sentence_text(self, i: int) -> str:
        s, e = self.spans[i]
        return self.text[s:e]

    def own_text(self, ev: SentenceEvent) -> str:
        """The sentence of a mention without its clauses and phrases of another act (SentenceEvent.asides:
        "who spoke by phone last week", "days after the two spoke by telephone", "after a visit to China"); of a
        mention told inside such a clause of another's, that clause ("Tuesday's call was their first since they met
        in Woodside": "since they met in Woodside")."""
        if (known := self._own.get(id(ev))) is not None:
            return known
        s, e = self.spans[ev.sentence]
        inside = [(a, b) for y in self.events if y is not ev and y.sentence == ev.sentence
                  for a, b in y.ordered if a <= ev.trigger[0] and ev.trigger[1] <= b]
        if inside:
            s, e = min(inside, key=lambda span: span[1] - span[0])
        parts, at = [], s
        for a, b in sorted(ev.asides):
            if s <= a and b <= e and a >= at:
                parts.append(self.text[at:a])
                at = b
        self._own[id(ev)] = own = " ".join(parts + [self.text[at:e]])
        return own


def within(span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def quoted(text: str, sent_start: int, pos: int) -> bool:
    """Whether a position lies inside a quotation opened earlier in its sentence ("“" opens, "”" closes, a straight
    quote does either: scraped text mixes them, "“As partners, we share interests," Xi said")."""
    inside = False
    for ch in QUOTE_MARKS.findall(text, sent_start, pos):
        inside = ch == "“" or (ch == '"' and not inside)
    return inside


def date_of(value: str | None) -> dt.date | None:
    r = value_to_date_range(value)
    return r[0] if r else None


def _destination(ent) -> bool:
    """A one-word name the recogniser read as a person where a journey goes, or a part of a country: "On Saturday he
    will visit Goa", "flew on to Goa", "in eastern Ladakh" (places the gazetteer does not know; a person visited is
    named in full or known)."""
    root = ent.root
    if len(ent) != 1:
        return False
    if root.dep_ == "dobj":
        return root.head.lower_ in VISIT_FORMS
    if root.dep_ == "pobj" and any(c.dep_ == "amod" and c.lower_ in COMPASS for c in root.children):
        return True         # "along the Line of Actual Control in eastern Ladakh"
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "in") and root.head.head.lower_ in MOVE_VERBS

