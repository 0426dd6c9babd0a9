"""Article-level assembly: from sentence events to the events an analyst would write.

1. References are resolved: pronouns to the subject going on or the last person, "the pair" / "the two ministers" to the
   people of the sentence or of the last meeting, "his Japanese counterpart" to the Japanese
   person of matching title, "top Chinese diplomats" to China's foreign minister in the text.
2. "X met A as well as B" (A and B of one country) and "X met A and B separately" become bilateral meetings.
3. Mentions of one meeting merge (same people, compatible dates); a generic mention ("met top
   Chinese leaders") or a visit frame ("his trip to Beijing") lends its date and place to the
   specific meetings it summarises.
4. Each meeting gets its date (explicit or relative in its sentences; for the article's main
   meeting the publication date as a fallback, so labelled), place (a city refines a country
   when a caption or another sentence names it), mode (visit / third-party / multilateral /
   phone), status (happened / planned / background) and issues.
5. Requests, agreements, accusations, rejections ... by a meeting's participants become its
   statements, with the readout that reports them; other events between states stand alone.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..budget import check
from ..ingest.datelines import byline_date_spans
from ..records import Article
from ..time import Timex, dates_overlap, tag, value_to_date_range
from ..time.resolve import resolve
from .actors import HONORIFIC, STATE_LIST, ArticleActors, Mention
from .attribution import sources_in
from .candidate import Candidate, PartyOut, Statement
from .events import SentenceEvent, analyse_sentence, needs_parse
from .lexicon import CALL_FORMS, PHYSICAL_FORMS, SEPARATE_MEETINGS
from .names import key_in_country, name_key
from .issues import issues_in, phrases_in
from .places import Place, PlaceSenses, dateline_place, places_in
from .titles import normalise_title
from .unread import has_unread_name

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"}
COUNTRY_GROUP = re.compile(r"countries|nations|neighbou?rs|governments", re.I)
LEADER_GROUP = re.compile(r"leaders|heads", re.I)
SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins|fringes)\b", re.I)
BILATERAL = re.compile(r"\bbilateral(?:ly)?\b|\bone[- ]on[- ]one\b", re.I)
THE_BEFORE = re.compile(r"\b(?:the|this|that|their|his|her)\s+(?:[\w-]+\s+)?$", re.I)     # "the meeting", "their talks"
ALSO = re.compile(r"\balso\b", re.I)
COMPANION_DAYS = 3      # a trip's meetings: "a two-day visit", "a three-day state visit"
# who "the leaders" are: heads of government, and heads of state (titles.tsv rank 100: presidents, kings,
# emirs, a supreme leader); a premier where a president leads (China) is not "the leader"
LEADER_TITLES = ("Prime Minister", "Chancellor", "Leader")
HEAD_OF_STATE_RANK = 100
DAY_RELATION = re.compile(r"\b(?P<n>a|one|two|three|four|five|\d+)\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|after|earlier|later)\b",
                          re.I)
FIRST_CLAIM = re.compile(
    r"\b(?:the\s+)?first\s+(?P<what>(?:[\w-]+\s+){0,10}?)(?:(?:in|for)\s+(?P<dur>(?:more\s+than\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:years?|months?|weeks?|decades?))|since\s+(?P<since>[^,.;–—]+))",
    re.I)
MEETING_WORDS = re.compile(r"\b(?:me[te]t?s?|meeting|talks|summit|visit\w*|arriv\w+|hosted|hosts|received|welcomed|"
                           r"greeted|trip|held\s+talks|sat\s+down)\b", re.I)
COPRESENCE = re.compile(
    r"\b(?:face[- ]to[- ]face|in person|in-person|side by side|across the table|opening remarks|in front of "
    r"(?:the )?cameras|during (?:the|their|his|her|a) (?:talks|meeting|visit|trip|summit|encounter|dinner|exchange)|"
    r"at the (?:start|end|opening|outset|beginning) of (?:the|their) (?:talks|meeting|summit)|welcoming ceremony)\b",
    re.I)
AGAIN = re.compile(r"\b(?:again|next|another|second|follow-up|return\s+visit|future)\b", re.I)
EARLIER = re.compile(r"\bhad\s+(?:already\s+|previously\s+|first\s+|last\s+)?(?:met|held|visited|spoken|talked)\b|"
                     r"\b(?:first|last|previously)\s+met\b|\bprevious\s+(?:meeting|trip|visit|summit|talks)\b|"
                     r"\b(?:earlier|last)\s+(?:meeting|summit|talks)\b", re.I)
MEETING_ONLY = re.compile(r"\b(?:me[te]t?s?|meeting|talks|summit|hosted|hosts|received|welcomed|greeted|held\s+talks|"
                          r"sat\s+down)\b", re.I)
ARRIVAL = re.compile(r"\b(?:arrived|arrives|arriving|landed|lands|touched\s+down)\s+(?:in|at)\b", re.I)
FURNITURE = ("caption", "title")       # paragraphs that hold no statements: photo captions, the headline
HEADLINE_FUTURE = re.compile(r"\b(?:to|will|set\s+to|plans?\s+to|expected\s+to|due\s+to)\s+(?:\w+\s+){0,2}?"
                             r"(?:meet|visit|hold|host|travel|attend|sit|talk|discuss|receive)\b|\bahead\s+of\b|\bpreview\b", re.I)
PLAIN_SPEECH = re.compile(r"\b(?:said|says|told|added|stressed|noted|emphasized|emphasised|urged|warned)\b")


GROUP_OF = re.compile(rf"\s+(?:of|from)\s+(?:the\s+)?(?:(?P<states>{STATE_LIST})"
                      r"|(?:both|the\s+two)\s+(?:countries|nations|sides))")
# an honorific just before a person's name tells which pronoun stands for them
HONORIFIC_BEFORE_NAME = re.compile(rf"\b({HONORIFIC})\s+$", re.I)
GENDER_OF_HONORIFIC = {"mr": "male", "sir": "male", "ms": "female", "mrs": "female", "miss": "female",
                       "madam": "female", "mme": "female", "dame": "female", "sheikh": "male", "shaikh": "male",
                       "sheikha": "female", "prince": "male", "princess": "female"}


@dataclass
class Meeting:
    parts: list[PartyOut]
    mentions: list[SentenceEvent] = field(default_factory=list)
    generic: bool = False
    frame: bool = False              # a visit frame: one person and a host state
    date: Timex | None = None
    date_from: SentenceEvent | None = None
    place: Place | None = None
    place_span: tuple[int, int] | None = None
    future: bool = False
    statements: list[Statement] = field(default_factory=list)
    fixed_date: tuple[str, str, str] | None = None      # (value, precision, basis) set by a relation
    base: "Meeting | None" = None                         # the meeting that relation counts from

    def keys(self) -> frozenset[str]:
        return frozenset(p.key or f"{p.kind}:{p.country}:{p.title}" for p in self.parts)

    def person_keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.parts if p.kind == "person" and p.key)

    def countries(self) -> set[str]:
        return {p.country for p in self.parts if p.country}


class ArticleContext:
    def __init__(self, article: Article, anchor: dt.date | None):
        self.article = article
        self.text = article.text
        self.anchor = anchor
        self.actors = ArticleActors(self.text, anchor)
        self.spans = [(s.start, s.end) for s in article.sentences]
        self.kinds = [article.paragraphs[s.paragraph].kind for s in article.sentences]
        self.timexes = tag(self.text, anchor, self.spans)
        # a wire dateline's date is the report's, not an event's ("NAIROBI, June 3 (Reuters) - ... on Saturday"),
        # and so is a byline's inside the text ("By Jane Doe March 5, 2024 NAIROBI — ... on Monday")
        reports = self.actors.ledes + byline_date_spans(self.text)
        self.event_timexes = [t for t in self.timexes if not any(a <= t.start < b for a, b in reports)]
        self.senses = PlaceSenses(self.text, self.actors.places, self.actors.gaz)
        self._read_places()
        self.sources = [sources_in(self.text[s:e], s) for s, e in self.spans]
        self.events: list[SentenceEvent] = []

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
                if ent.label_ == "PERSON":
                    self.actors.add_person(ent.text, off + ent.start_char, off + ent.end_char)
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
                    e.future = ahead
            self.events += found
        return dict(zip(chosen, docs))

    def dateline(self) -> Place | None:
        """The place of the article's wire dateline (at the start of its first body paragraph that has one)."""
        for a, _ in self.actors.ledes:
            return dateline_place(self.text, self.actors.gaz, a)
        return None

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

    def sentence_text(self, i: int) -> str:
        s, e = self.spans[i]
        return self.text[s:e]

    def own_text(self, ev: SentenceEvent) -> str:
        """The sentence of a mention without its clauses and phrases of another act (SentenceEvent.asides:
        "who spoke by phone last week", "days after the two spoke by telephone", "after a visit to China")."""
        s, e = self.spans[ev.sentence]
        parts, at = [], s
        for a, b in sorted(ev.asides):
            if a >= at:
                parts.append(self.text[at:a])
                at = b
        return " ".join(parts + [self.text[at:e]])


def _within(span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _date_of(value: str | None) -> dt.date | None:
    r = value_to_date_range(value)
    return r[0] if r else None


def extract_article(article: Article, anchor: dt.date | None = None, anchor_basis: str | None = None,
                    lead_date: dt.date | None = None, lead_people: frozenset[str] = frozenset()) -> list[Candidate]:
    """The per-article event extractor: candidate events with evidence for every field. `anchor`
    replaces the publication date for relative expressions; `lead_date` is the day the lead meeting
    takes when the text gives none (the publication date, unless an undated article's event gave one)."""
    if anchor is None and article.published.value and article.published.precision == "day":
        anchor = dt.date.fromisoformat(article.published.value)
    ctx = ArticleContext(article, anchor)
    ctx.read([i for i, (s, e) in enumerate(ctx.spans) if needs_parse(ctx.text[s:e], ctx.parties_in(i))
              and (ctx.kinds[i] not in FURNITURE or ctx.parties_in(i) >= 2)])
    return Assembler(ctx, anchor_basis, lead_date, lead_people).run()


class Assembler:
    def __init__(self, ctx: ArticleContext, anchor_basis: str | None, lead_date: dt.date | None = None,
                 lead_people: frozenset[str] = frozenset()):
        self.ctx = ctx
        self.anchor_basis = anchor_basis or "publication date"
        self.lead_date = lead_date or ctx.anchor
        self.lead_people = lead_people      # the people of the event that gave an undated article its lead_date
        self.actors = ctx.actors
        self.meetings: list[Meeting] = []
        self.separate: dict[int, set] = {}     # sentence -> the people it told met one person each, apart
        self.dyad = self._article_dyad()
        # the mentions told inside another's clause or phrase ordered before or after it ("days after the two spoke")
        self.ordered_ids = {id(x) for x in ctx.events if any(
            y.sentence == x.sentence and _within(x.trigger, y.ordered) for y in ctx.events)}

    # -- references --------------------------------------------------------------------------
    def party(self, key: str | None) -> PartyOut | None:
        a = self.actors.actor(key)
        if a is None:
            return None
        kind = a.kind if a.kind in ("person", "state", "org") else "generic"
        if kind != "person":
            return PartyOut(a.name, a.title, a.country, a.sector or "GOV", kind, a.family, a.key)
        basis = {k: v for k, v in (("country", a.country_basis), ("title", a.title_basis)) if v}
        # a known official's aliases share the key of the file's name; a name of two family names is keyed
        # without the mother's
        key = name_key(a.known) if a.known else key_in_country(a.name, a.country)
        family = key.split("|", 1)[0] if key != name_key(a.name) else a.family
        return PartyOut(a.name, a.title, a.country, a.sector or "GOV", kind, family, a.key, list(a.variants or [a.name]),
                        key, basis)

    def _article_dyad(self) -> list[str]:
        counts: Counter = Counter()
        for a in self.actors.actors.values():
            if a.country and a.country not in ("IGO", "UNO", "EUR", "NGO") and a.kind in ("person", "state", "org"):
                counts[a.country] += len(a.mentions) * (3 if a.kind == "person" else 1)
        return [c for c, _ in counts.most_common(2)]

    def _gender(self, key: str) -> str | None:
        """"female" or "male" where the text gives a person an honorific ("Ms Kamikawa", "Mr Wang")."""
        a = self.actors.actor(key)
        if a is None or a.kind != "person":
            return None
        found = set()
        for s, _ in a.mentions:
            h = HONORIFIC_BEFORE_NAME.search(self.ctx.text[max(0, s - 8):s])
            gender = GENDER_OF_HONORIFIC.get(h.group(1).lower().rstrip(".")) if h else None
            if gender:
                found.add(gender)
        return found.pop() if len(found) == 1 else None

    def _last_subject(self, pos: int, sentence: int) -> str | None:
        """The person who did the last act told before `pos` in its sentence."""
        # the subject comes before its verb, whether the act makes it the actor or, as a host, the recipient
        acts = [e for e in self.ctx.events if e.trigger[1] <= pos and e.sentence == sentence
                and any(x.kind == "person" and x.actor and x.end <= e.trigger[0] for x in e.actors + e.recipients)]
        if not acts:
            return None
        last = max(acts, key=lambda e: e.trigger[0])
        return next(x.actor for x in sorted(last.actors + last.recipients, key=lambda x: x.start)
                    if x.kind == "person" and x.actor and x.end <= last.trigger[0])

    def _subject_going_on(self, m: Mention, sentence: int) -> str | None:
        """The subject of the previous sentence's last act, for a pronoun that is its own sentence's
        first party: "Modi met Putin on Monday. On Tuesday, he held talks with Tokayev" (Modi).
        Only within a paragraph, and only where no person is named between that act and the pronoun."""
        s, _ = self.ctx.spans[sentence]
        if sentence == 0 or self.actors.mentions_in(s, m.start) or \
                self.ctx.article.sentences[sentence].paragraph != self.ctx.article.sentences[sentence - 1].paragraph:
            return None
        pe = self.ctx.spans[sentence - 1][1]
        subject = self._last_subject(pe, sentence - 1)
        if subject is None:
            return None
        last = max((e for e in self.ctx.events if e.sentence == sentence - 1), key=lambda e: e.trigger[0])
        named_after = [x for x in self.actors.mentions_in(last.trigger[1], pe, ("person",))
                       if x.actor not in {y.actor for y in last.actors + last.recipients}]
        return None if named_after else subject

    def _persons_before(self, pos: int) -> list[str]:
        seen = []
        for m in reversed([m for m in self.actors.mentions if m.kind == "person" and m.end <= pos]):
            if m.actor not in seen:
                seen.append(m.actor)
        return seen

    def resolve(self, m: Mention, ev: SentenceEvent, others: list[Mention]) -> list[PartyOut]:
        if m.kind in ("person", "state", "org") and m.actor:
            p = self.party(m.actor)
            return [p] if p else []
        if m.kind == "pronoun":
            low = m.text.lower()
            if low in ("he", "she", "him", "her"):
                before = self._persons_before(m.start)
                other = "female" if low in ("he", "him") else "male"
                before = [k for k in before if self._gender(k) != other]     # "Ms Kamikawa" is no "he"
                if low in ("him", "her"):       # "Putin showed him around": not the one doing it
                    doers = {x.actor for x in ev.actors if x.actor}
                    before = [k for k in before if k not in doers]
                    return [self.party(before[0])] if before else []
                subject = self._last_subject(m.start, ev.sentence) or self._subject_going_on(m, ev.sentence)
                # "Blinken met the crown prince, then flew to Cairo, where he met Sisi": the subject
                # of the last act told goes on, unless a person named since is the only one it can be
                if subject in before[:3]:
                    return [self.party(subject)]
                return [self.party(before[0])] if before else []
            if low == "it":                  # "It also said ...": a ministry or a state, never people
                prior = [x for x in self.actors.mentions if x.kind in ("org", "state") and x.end <= m.start and x.actor]
                return [self.party(prior[-1].actor)] if prior else []
            s, _ = self.ctx.spans[ev.sentence]
            same = []
            for x in self.actors.mentions_in(s, m.start, ("person",)):
                if x.actor not in same:
                    same.append(x.actor)
            if len(same) >= 2:
                return [self.party(k) for k in same]
            last = self._last_meeting_before(m.start)
            return [p for p in last.parts] if last else []
        if m.kind == "counterpart":
            return [self._counterpart(m, ev, others)]
        if m.kind == "group":
            return self._group(m, ev, others)
        if m.kind == "generic":
            return self._generic(m)
        return []

    def _counterpart(self, m: Mention, ev: SentenceEvent, others: list[Mention]) -> PartyOut:
        if m.actor:
            return self.party(m.actor)
        owner_title = None
        owner_country = None
        for o in others:
            a = self.actors.actor(o.actor)
            if a and a.kind == "person":
                owner_title, owner_country = a.title, a.country
                break
        country = m.country or next((c for c in self.dyad if c != owner_country), None)
        people = [a for a in self.actors.people() if a.country == country]
        if owner_title:
            same = [a for a in people if a.title == owner_title]
            people = same or people
        if people:
            best = max(people, key=lambda a: len(a.mentions))
            return self.party(best.key)
        return PartyOut(None, owner_title, country, "GOV", "generic")

    def _group(self, m: Mention, ev: SentenceEvent, others: list[Mention]) -> list[PartyOut]:
        text = m.text
        of = GROUP_OF.match(self.ctx.text, m.end, m.end + 120)
        named = re.search(STATE_LIST, re.sub(r"^the\s+", "", text, flags=re.I))     # "the Russian and Chinese foreign ministers"
        if (of or named) and re.search(r"ministers|diplomats|leaders|heads|presidents|premiers", text, re.I):
            # "the foreign ministers of China and Japan", "... of China, Japan and South Korea"
            states = of.group("states") if of else named.group(0)
            codes = [self.actors.gaz.country_of_word(w) for w in re.split(r",\s*(?:and\s+)?|\s+and\s+", states)] \
                if states else list(self.dyad)
            title = "Foreign Minister" if re.search(r"foreign|diplomat", text, re.I) else \
                "President" if re.search(r"presidents", text, re.I) else \
                "Prime Minister" if re.search(r"prime\s+ministers|premiers", text, re.I) else None
            out = []
            for c in [c for c in codes if c]:
                people = [a for a in self.actors.people() if a.country == c and (title is None or a.title == title)]
                if len(people) >= 1:
                    out.append(self.party(max(people, key=lambda a: len(a.mentions)).key))
                else:
                    out.append(PartyOut(None, title or "Leader", c, "GOV", "generic"))
            if out:
                return out
        if re.search(r"foreign\s+ministers|diplomats", text, re.I) and len(self.dyad) == 2 and not of:
            out = []
            for c in self.dyad:
                people = [a for a in self.actors.people() if a.country == c and a.title == "Foreign Minister"]
                if people:
                    out.append(self.party(max(people, key=lambda a: len(a.mentions)).key))
            if len(out) == 2:
                return out
        if LEADER_GROUP.search(text):
            # heads of state or government; a premier where a president leads (China) is not "the leader"
            leaders = [a for a in self.actors.people() if a.title in LEADER_TITLES or (
                a.title and (t := normalise_title(a.title)) is not None and t.rank >= HEAD_OF_STATE_RANK)]
            out = []
            for c in self.dyad:
                named = [a for a in leaders if a.country == c]
                if not named:       # the only person of that country, untitled ("his French counterpart Macron")
                    named = [a for a in self.actors.people() if a.country == c and not a.title]
                out.append(self.party(named[0].key) if len(named) == 1 else PartyOut(None, "Leader", c, "GOV", "generic"))
            return out
        if COUNTRY_GROUP.search(text):
            return [PartyOut(self.actors.gaz.name_of(c), None, c, "GOV", "state", key=f"state:{c}") for c in self.dyad]
        s, e = self.ctx.spans[ev.sentence]
        in_sentence = []
        for x in self.actors.mentions_in(s, e, ("person",)):
            if x.actor not in in_sentence:
                in_sentence.append(x.actor)
        counterparts = [x for x in self.actors.mentions_in(s, e, ("counterpart",)) if x.start < m.start]
        if len(in_sentence) + len(counterparts) >= 2:
            parts = [self.party(k) for k in in_sentence]
            for c in counterparts:
                p = self._counterpart(c, ev, [x for x in self.actors.mentions_in(s, e, ("person",))])
                if p and all(p.key != q.key for q in parts if p.key):
                    parts.append(p)
            return [p for p in parts if p][:4]
        last = self._last_meeting_before(m.start)
        if last:
            return list(last.parts)
        people = sorted(self.actors.people(), key=lambda a: -len(a.mentions))
        pick, seen = [], set()
        for a in people:
            if a.country not in seen:
                pick.append(self.party(a.key))
                seen.add(a.country)
            if len(pick) == 2:
                break
        return pick

    def _generic(self, m: Mention) -> list[PartyOut]:
        codes = [m.country] if m.country else [c for c in self.dyad]
        if m.country is None:
            found = [self.actors.gaz.country_of_word(w) for w in re.findall(r"[A-Z][a-z]+", m.text)]
            codes = [c for c in found if c] or codes
        out = []
        for c in codes:
            people = [a for a in self.actors.people() if a.country == c and a.title == m.title]
            if len(people) == 1:
                out.append(self.party(people[0].key))
            else:
                out.append(PartyOut(None, m.title, c, "GOV", "generic"))
        return out

    def _last_meeting_before(self, pos: int) -> Meeting | None:
        best = None
        for mt in self.meetings:
            starts = [self.ctx.spans[x.sentence][0] for x in mt.mentions]
            if starts and min(starts) < pos and not mt.frame and len(mt.parts) >= 2:
                if best is None or max(starts) > max(self.ctx.spans[x.sentence][0] for x in best.mentions):
                    best = mt
        return best

    def parties_of(self, ev: SentenceEvent, mentions: list[Mention]) -> list[PartyOut]:
        out: list[PartyOut] = []
        for m in mentions:
            for p in self.resolve(m, ev, mentions):
                if p is None:
                    continue
                if p.key and any(q.key == p.key for q in out):
                    continue
                if not p.key and any(not q.key and q.country == p.country and q.title == p.title for q in out):
                    continue
                out.append(p)
        # a state next to its own official is the official's country, not another party
        people_countries = {p.country for p in out if p.kind == "person"}
        return [p for p in out if not (p.kind in ("state", "org") and p.country in people_countries)]

    # -- the pipeline ---------------------------------------------------------------------------
    def run(self) -> list[Candidate]:
        consults = sorted((e for e in self.ctx.events if e.category == "CONSULT"),
                          key=lambda e: (e.encounter is not None, e.trigger[0]))
        for ev in consults:
            if ev.encounter:
                self._add_encounter(ev)
            else:
                self._add_meeting(ev)
        self._apply_day_relations()
        self._split_headline_summaries()
        self._absorb_frames_and_generics()
        others = [e for e in self.ctx.events if e.category != "CONSULT"]
        cands = [self._meeting_candidate(m) for m in self.meetings if not m.frame and not m.generic and len(m.parts) >= 2]
        # (a visit told only as before or after another act, "arrived ... after a visit to China", is no report of it)
        cands += [self._frame_candidate(m) for m in self.meetings if (m.frame or m.generic) and m.parts
                  and not (m.frame and self._subordinate(m))]
        cands = [c for c in cands if c is not None]
        self._mark_main(cands)
        standalone = self._statements(others, cands)
        self._plain_statements(cands)
        for c in cands:
            self._issues_and_claims(c)
        out = cands + standalone
        for i, c in enumerate(out):
            c.index = i
            c.quotes = {f: [self.ctx.text[a:b] for a, b in spans] for f, spans in c.evidence.items()}
        return out

    def _not_forum(self, parts: list[PartyOut]) -> list[PartyOut]:
        """A meeting's parties without the forums it took place at ("on the sidelines of the G20")."""
        return [p for p in parts if not (p.kind == "org" and (a := self.actors.actor(p.key)) is not None and a.forum)]

    def _add_meeting(self, ev: SentenceEvent) -> None:
        if ev.negated:
            return
        actors = self._not_forum(self.parties_of(ev, ev.actors))
        recips = [p for p in self._not_forum(self.parties_of(ev, ev.recipients))
                  if not any(p.key and p.key == a.key for a in actors)]
        if ev.reference_only or (not actors and not recips):
            target = self._main_or_last(ev)
            if target and self._compatible(target, Meeting([], [ev], future=ev.future)):
                target.mentions.append(ev)
            return
        # "Iwaya met China's premier, Li Qiang, as well as Wang Yi": one bilateral meeting each
        people_r = [p for p in recips if p.kind == "person"]
        if len(actors) == 1 and actors[0].kind == "person" and len(people_r) >= 2 \
                and len({p.country for p in people_r}) == 1 and people_r[0].country != actors[0].country:
            for r in people_r:
                self._merge_in(Meeting([actors[0], r], [ev], future=ev.future))
            return
        # "Xi met separately with Ishiba, Yoon and Boric", "Ishiba and Yoon each held separate talks with
        # Xi": one bilateral meeting with each
        one, many = (actors, recips) if len(actors) == 1 else (recips, actors)
        if len(one) == 1 and len(many) >= 2 and all(p.kind == "person" for p in one + many) \
                and SEPARATE_MEETINGS.search(self.ctx.sentence_text(ev.sentence)):
            apart = self.separate.setdefault(ev.sentence, set())
            apart.update(p.key for p in many)
            # what the sentence told of them together ("A and B held separate talks": "held") is no meeting
            self.meetings = [m for m in self.meetings if not (
                m.person_keys() <= apart and all(x.sentence == ev.sentence for x in m.mentions))]
            for r in many:
                self._merge_in(Meeting([one[0], r] if one is actors else [r, one[0]], [ev], future=ev.future))
            return
        if self._told_apart(ev, actors + recips):
            return
        parts = actors + recips
        persons = [p for p in parts if p.kind == "person"]
        states = [p for p in parts if p.kind == "state"]
        generic = any(p.kind == "generic" for p in parts)
        frame = len(persons) == 1 and bool(states) and not generic and len(parts) == 2
        if len(parts) < 2 and not frame:
            target = self._main_or_last(ev)
            if target and (not parts or any(p.key in target.keys() for p in parts)) \
                    and self._compatible(target, Meeting(parts, [ev], future=ev.future)):
                target.mentions.append(ev)
            elif parts and parts[0].kind == "person":
                self._merge_in(Meeting(parts, [ev], frame=True, future=ev.future))
            return
        self._merge_in(Meeting(parts, [ev], generic=generic, frame=frame, future=ev.future))

    def _told_apart(self, ev: SentenceEvent, parts: list[PartyOut]) -> bool:
        """Whether the parties are people its sentence told met another one apart ("A and B held separate talks")."""
        return ev.sentence in self.separate and {p.key for p in parts} <= self.separate[ev.sentence]

    def _add_encounter(self, ev: SentenceEvent) -> None:
        """An implied meeting ("Putin told Xi", "Kim and Putin toured the site") counts where the
        article shows both in one place; elsewhere it only supports a meeting of the same people."""
        if ev.negated:
            return
        parts = self.parties_of(ev, ev.actors)
        parts += [p for p in self.parties_of(ev, ev.recipients) if not any(p.key and p.key == q.key for q in parts)]
        persons = [p for p in parts if p.kind == "person"]
        countries = {p.country for p in parts if p.country}
        if len(parts) < 2 or not persons or len(countries) < 2 or self._told_apart(ev, parts):
            return
        new = Meeting(parts, [ev], future=ev.future)
        if self._copresent(ev, parts):
            self._merge_in(new)
            return
        keys = new.person_keys()
        for m in self.meetings:
            if not m.frame and not m.generic and keys and keys <= m.person_keys() and self._compatible(m, new):
                m.mentions.append(ev)
                return

    def _copresent(self, ev: SentenceEvent, parts: list[PartyOut]) -> bool:
        """Whether the article shows the parties of an encounter in one place: a physical act
        (greeted, shook hands, received), a place or a face-to-face phrase in the sentence, a
        joint act, or one of them visiting the other's country."""
        text = self.ctx.own_text(ev)
        if re.search(r"\b(?:phone|telephone|video|virtual\w*|letter|message|online|tweet\w*|post(?:ed)?\s+on)\b", text, re.I):
            return False
        if ev.encounter == "joint" or ev.trigger_text.lower() in PHYSICAL_FORMS or ev.place is not None:
            return True
        if any(p.kind != "country" and p.start not in ev.elsewhere for p in self.ctx.places[ev.sentence]) \
                or COPRESENCE.search(text):
            return True
        countries = {p.country for p in parts if p.country}
        for m in self.meetings:
            if m.frame and self._compatible(m, Meeting(parts, [ev], future=ev.future)):
                guest = m.person_keys()
                host = {p.country for p in m.parts if p.kind == "state"}
                if guest & {p.key for p in parts if p.key} and host & countries:
                    return True
        return False

    def _main_or_last(self, ev: SentenceEvent) -> Meeting | None:
        """The meeting a mention naming no one refers to ("The meeting came amid ..."): the article's
        first, passing over one told only as before or after another ("days after the two spoke by
        telephone") and, unless the mention is of a call, a call."""
        real = [m for m in self.meetings if not m.frame and len(m.parts) >= 2 and not m.generic]
        told = [m for m in real if not self._subordinate(m)]
        fit = [m for m in told if ev.mode == "phone" or not all(x.mode == "phone" for x in m.mentions)]
        return (fit or told or [None])[0]

    def _told_before(self, x: SentenceEvent) -> bool:
        """Whether a mention refers to a meeting the article has told ("the meeting", "the tour")."""
        return x.reference_only or (x.noun and bool(THE_BEFORE.search(self.ctx.text, max(0, x.trigger[0] - 30),
                                                                        x.trigger[0])))

    def _subordinate(self, m: Meeting) -> bool:
        """Whether a meeting is told only as before or after another ("days after the two spoke")."""
        return bool(m.mentions) and all(id(x) in self.ordered_ids and not self._told_before(x) for x in m.mentions)

    def _compatible(self, a: Meeting, b: Meeting) -> bool:
        da = [v for x in a.mentions if (v := comparable_value(x.timex))]
        db = [v for x in b.mentions if (v := comparable_value(x.timex))]
        today = self.ctx.anchor.isoformat() if self.ctx.anchor else None
        if a.future != b.future and self.ctx.anchor and (past := db if a.future else da) \
                and (span := value_to_date_range(past[0])) and span[1] < self.ctx.anchor - dt.timedelta(days=10):
            return False            # what lies ahead is no meeting of long ago ("Xi and Putin to meet in
                                    # Kazan" over a file photo of their Moscow meeting of last year)
        if a.future != b.future and not (da and db and da[0] == db[0]) \
                and not (today and (da or db) and not (da and db) and (da or db)[0] == today) \
                and not ((not da or not db) and not self._again(a if not da else b)):
            return False            # a preview and a report in one article are told apart by tense,
                                    # unless the preview is of the day the article was written, or one
                                    # of them has no date ("they are expected to delve into discussions")
        if self._earlier(a) != self._earlier(b) and not (da and db):
            return False            # "he had already met Putin in 2019": an earlier meeting, not this one
        if any(x.sentence == y.sentence and not (self._told_before(x) or self._told_before(y))
               and (_within(x.trigger, y.ordered) or _within(y.trigger, x.ordered))
               for x in a.mentions for y in b.mentions):
            return False            # "met on Monday, days after the two spoke by telephone": one before the other
                                    # (but "After the meeting, the two men strolled ...": the meeting told)
        if not da or not db:
            return True
        return dates_overlap(da[0], db[0]) is not False

    def _bilateral_beside(self, m: Meeting) -> bool:
        """Whether a meeting is told as a bilateral one ("Kishida and Yoon also held bilateral talks"):
        not part of the larger meeting it is told beside."""
        return any(BILATERAL.search(self.ctx.text, max(0, x.trigger[0] - 25), x.trigger[1] + 25) for x in m.mentions)

    def _again(self, m: Meeting) -> bool:
        """Whether a meeting is told as another one ("they will meet again", "a second meeting")."""
        return any(AGAIN.search(self.ctx.sentence_text(x.sentence)) for x in m.mentions)

    def _earlier(self, m: Meeting) -> bool:
        """Whether every mention of a meeting tells of an earlier one ("had met", "first met",
        "their previous meeting")."""
        return bool(m.mentions) and all(EARLIER.search(self.ctx.sentence_text(x.sentence)) for x in m.mentions)

    def _merge_in(self, new: Meeting) -> None:
        for m in self.meetings:
            if m.frame != new.frame or m.generic != new.generic:
                continue
            pk_a, pk_b = m.person_keys(), new.person_keys()
            same = (pk_a and pk_a == pk_b) or (not pk_a and not pk_b and m.keys() == new.keys())
            if not same and pk_a and pk_b and len(pk_a & pk_b) >= 2 and (pk_a <= pk_b or pk_b <= pk_a) \
                    and not self._bilateral_beside((m if len(pk_a) < len(pk_b) else new)):
                same = True
            if not same and bool(pk_a) != bool(pk_b):
                states_only = new if not pk_b else m
                other = m if states_only is new else new
                if all(p.kind == "state" for p in states_only.parts) and states_only.countries() <= other.countries() \
                        and len(states_only.countries()) >= 2:
                    same = True
            if same and self._compatible(m, new):
                m.mentions += new.mentions
                for p in new.parts:
                    person_countries = {q.country for q in m.parts if q.kind == "person"}
                    if p.key not in {q.key for q in m.parts} and not (p.kind == "state" and p.country in person_countries):
                        m.parts.append(p)
                m.future = m.future and new.future
                return
        self.meetings.append(new)

    def _split_headline_summaries(self) -> None:
        """"Modi holds talks with Xi, Pezeshkian on BRICS sidelines" over a body that tells a meeting
        with each and none of the three together: the headline sums up several meetings, it is not a
        meeting of three. Its body mentions go to the meetings of the people they name."""
        for m in list(self.meetings):
            keys = m.person_keys()
            if m.frame or m.generic or len(keys) < 3:
                continue
            body = [(x, {p.key for p in self.parties_of(x, x.actors + x.recipients) if p.kind == "person"} & keys)
                    for x in m.mentions if not x.reference_only and self.ctx.kinds[x.sentence] != "title"]
            if any(len(ks) >= 3 for _, ks in body):
                continue
            told = [ks for _, ks in body if len(ks) == 2] + [
                o.person_keys() for o in self.meetings if o is not m and not o.frame and not o.generic
                and 2 <= len(o.person_keys()) < len(keys) and o.person_keys() <= keys]
            if len(told) < 2 or set().union(*told) != keys:
                continue
            self.meetings.remove(m)
            for x, ks in body:
                if len(ks) >= 2:
                    self._merge_in(Meeting([p for p in m.parts if p.key in ks], [x], future=x.future))

    def _apply_day_relations(self) -> None:
        """"The meeting took place a day before they were expected to hold talks with Park Jin"."""
        for i in range(len(self.ctx.spans)):
            text = self.ctx.sentence_text(i)
            rel = DAY_RELATION.search(text)
            if not rel:
                continue
            s0 = self.ctx.spans[i][0]
            refs = [e for e in self.ctx.events if e.sentence == i and e.reference_only]
            after = [mt for mt in self.meetings if any(x.sentence == i and not x.reference_only and
                                                       x.trigger[0] > s0 + rel.end() for x in mt.mentions)]
            # "Macron received Zelensky on Friday, two days after Zelensky met Scholz in Berlin"
            before = [mt for mt in self.meetings if mt not in after and any(
                x.sentence == i and not x.reference_only and x.trigger[0] < s0 + rel.start() for x in mt.mentions)]
            if not after or not (refs or before):
                continue
            base = before[0] if before and not refs else self._main_or_last(refs[0])
            if base is None:
                continue
            n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(rel.group("n").lower()) or int(rel.group("n"))
            n *= 7 if rel.group("unit").lower().startswith("week") else 1          # "a week after": seven days
            sign = 1 if rel.group("dir").lower() in ("before", "earlier") else -1
            for mt in after:
                mt.fixed_date = ("rel", str(sign * n), f"{n} day(s) {'after' if sign > 0 else 'before'} the meeting "
                                                     f"(\"{rel.group(0)}\")")
                mt.base = base
                if refs:
                    mt.date_from = refs[0]
                    base.mentions.append(refs[0])
                else:
                    mt.date_from = next(x for x in mt.mentions if x.sentence == i)

    def _absorb_frames_and_generics(self) -> None:
        specific = [m for m in self.meetings if not m.frame and not m.generic and len(m.parts) >= 2]
        for m in [x for x in self.meetings if x.frame or x.generic]:
            if self._subordinate(m):
                continue                # "arrived in Seoul after a visit to Japan": another time and place
            persons = m.person_keys()
            targets = [s for s in specific if persons and persons <= s.person_keys() and self._compatible(s, m)
                       and not (m.frame and self._hosts(s, persons))]
            # (not a meeting told only as before or after another, where there is that other)
            targets = [s for s in targets if not self._subordinate(s)] or targets
            if not targets and m.frame:
                # "US and Ukrainian officials meet" and "Rubio and Ukrainian officials held talks": the
                # meeting the states held is the one their named official held
                person = next((p for p in m.parts if p.kind == "person" and p.country), None)
                countries = {p.country for p in m.parts}
                states = [s for s in specific if not s.person_keys() and all(p.kind == "state" for p in s.parts)
                          and s.countries() == countries and self._compatible(s, m)]
                if person and len(countries) == 2 and len(states) == 1:
                    states[0].parts = [person if p.country == person.country else p for p in states[0].parts]
                    targets = states
            if not targets:
                continue
            for t in targets:
                t.mentions += [x for x in m.mentions if x not in t.mentions]
            m.parts = []                     # absorbed: contributes date, place and mode only

    def _hosts(self, m: Meeting, persons: frozenset[str]) -> bool:
        """Whether a meeting's mentions show these persons receiving a visitor ("Wang will call on Prime
        Minister Modi"): their own trip abroad ("Modi's planned trip to China") is another meeting."""
        return any(x.trigger_text.lower() in CALL_FORMS and any(r.actor in persons for r in x.recipients)
                   for x in m.mentions)

    # -- meeting fields -------------------------------------------------------------------------
    def _meeting_candidate(self, m: Meeting) -> Candidate | None:
        self._heads_of_delegation(m)
        if not self._parties_of_meeting(m):
            return None
        art = self.ctx.article
        cand = Candidate(art.id, 0, "CONSULT", None, "happened", [], [])
        for x in m.mentions:
            s, e = self.ctx.spans[x.sentence]
            cand.sentences[x.sentence] = (s, e, self.ctx.text[s:e])
            cand.cite("event", (s, e))
        for p in m.parts:
            a = self.actors.actor(p.key)
            if a:
                for fieldname in ("country", "title"):
                    for span in a.evidence.get(fieldname, [])[:2]:
                        cand.cite(f"participants.{fieldname}", span)
        self._set_date(m, cand)
        self._set_place(m, cand)
        self._set_mode_roles(m, cand)
        if cand.mode == "phone":          # a call has no meeting place: "spoke by phone ... about the war in Gaza"
            cand.location = None
            cand.evidence.pop("location", None)
        self._set_status(m, cand)
        cand.contexts = ["diplomatic"] + (["future"] if cand.status == "planned" else [])
        return cand

    def _heads_of_delegation(self, m: Meeting) -> None:
        """"Armenia and Azerbaijan held talks ... Armenia's delegation, led by Ararat Mirzoyan, ...":
        talks told at state level are between the heads of the delegations the article names."""
        heads = {}
        for a in self.actors.people():
            if a.heads:
                heads.setdefault(a.heads, []).append(a)
        if not heads:
            return
        for i, p in enumerate(m.parts):
            if p.kind == "state" and len(heads.get(p.country, [])) == 1:
                m.parts[i] = self.party(heads[p.country][0].key)

    @staticmethod
    def _parties_of_meeting(m: Meeting) -> bool:
        """Keep a meeting's parties to the officials where two or more of them are named: the G20
        at which they met, the host state or the European Union beside them are not parties. A
        meeting needs two countries (or a country and an organisation). False when none is left."""
        persons = [p for p in m.parts if p.kind == "person"]
        if len(persons) >= 2 and len({p.country for p in persons if p.country} | {None}) >= 2:
            covered = {p.country for p in persons}
            m.parts = persons + [p for p in m.parts if p.kind == "generic" and p.country not in covered]
        countries = {p.country for p in m.parts if p.country and p.kind != "org"}
        orgs = [p for p in m.parts if p.kind == "org"]
        unknown = [p for p in m.parts if not p.country]
        return len(countries) >= 2 or (countries and orgs) or bool(unknown) and len(m.parts) >= 2

    def _frame_candidate(self, m: Meeting) -> Candidate | None:
        """A visit or a meeting with unnamed officials that no specific meeting covers."""
        if len(m.parts) < 2:
            return None
        return self._meeting_candidate(m)

    def _set_date(self, m: Meeting, cand: Candidate, _counting: frozenset[int] = frozenset()) -> None:
        if m.fixed_date and m.fixed_date[0] == "rel":
            base = m.base or self._main_or_last(m.date_from)
            base_c = None
            if base is not None and id(base) not in _counting | {id(m)}:   # never a date counted from itself
                tmp = Candidate("", 0, "CONSULT", None, "happened", [], [])
                self._set_date(base, tmp, _counting | {id(m)})
                base_c = tmp
            if base_c and base_c.date and base_c.date_precision == "day":
                d = dt.date.fromisoformat(base_c.date) + dt.timedelta(days=int(m.fixed_date[1]))
                cand.date, cand.date_precision, cand.date_basis = d.isoformat(), "day", f"relative to another event: {m.fixed_date[2]}"
                s, e = self.ctx.spans[m.date_from.sentence]
                cand.cite("date", (s, e))
                return
        ranked = []
        for x in m.mentions:
            t = x.timex
            if t is None:
                continue
            prec_rank = {"day": 0, "week": 2, "month": 3, "season": 4, "quarter": 4, "year": 5}.get(t.precision or "", 6)
            explicit = 0 if t.basis == "explicit" else 1
            ranked.append((prec_rank, explicit, x.trigger[0], t, x))
        if ranked:
            ranked.sort(key=lambda r: r[:3])
            _, _, _, t, x = ranked[0]
            m.date = t
            if t.value:
                cand.date, cand.date_precision, cand.date_mod = t.value.split("T")[0], t.precision, t.mod
                basis = t.basis if t.basis != "relative to publication date" else f"relative to the {self.anchor_basis}"
                cand.date_basis = f"{'explicit date' if t.basis.startswith('explicit') else basis}: \"{t.text}\""
                if t.spec.get("alternatives"):
                    cand.date_alternatives = list(t.spec["alternatives"])
                if t.spec.get("second_day") and t.precision == "day":
                    # "September 16-17": a meeting of two days, dated by the first, ending on the second
                    try:
                        cand.date_end = dt.date.fromisoformat(cand.date).replace(day=t.spec["second_day"][2]).isoformat()
                    except (ValueError, TypeError, IndexError):
                        pass
            else:
                cand.date_basis = f"relative expression \"{t.text}\" with no anchor (the article has no publication date)"
                cand.date_precision = t.precision
                # what the text says of the day, for the corpus stage to complete ("September 17", "Sunday")
                cand.date_spec = {k: v for k, v in t.spec.items() if k in ("kind", "m", "d", "wd", "y", "direction",
                                                                              "unit", "n", "second_day")}
                if "second_day" in cand.date_spec:
                    cand.date_spec["second_day"] = cand.date_spec["second_day"][2]
            cand.date_text = t.text
            cand.cite("date", (t.start, t.end))
            return
        if self.lead_date is not None and self._is_lead(m) and not self._subordinate(m) and not m.future and (not self.lead_people or len(
                {p.name_key for p in m.parts if p.kind == "person" and p.name_key} & self.lead_people) >= 2):
            cand.date, cand.date_precision = self.lead_date.isoformat(), "day"
            cand.date_basis = f"{self.anchor_basis} used as a fallback (no date in the text)"
            alts = [c.value for c in self.ctx.article.published.candidates[1:] if c.precision == "day"]
            cand.date_alternatives = [a for a in alts if a != cand.date]
        else:
            cand.date_basis = "unknown"

    def _is_lead(self, m: Meeting) -> bool:
        body = [i for i, k in enumerate(self.ctx.kinds) if k in ("body", "standfirst")]
        lead = set(body[:4])
        return any(x.sentence in lead for x in m.mentions) or (m in self.meetings[:1])

    def _set_place(self, m: Meeting, cand: Candidate) -> None:
        """The meeting's place, in order of evidence:
        1. a place attached to one of its own mentions (a venue or city before a country);
        2. the wire dateline of a sentence that reports it ("BEIJING (AP) - Macron appealed to Xi");
        3. a city or venue that another sentence or caption about the meeting names (two
           participants, or one with a meeting word), unless another event of that sentence owns it;
        4. the dateline of the article's lead meeting;
        5. a visit placed only in the host country: its capital, so labelled."""
        best: Place | None = None
        for x in m.mentions:
            p = x.place
            if p is not None and (best is None or (best.kind == "country" and p.kind != "country")):
                best = p
        if best is None or best.kind == "country":
            dl = self.ctx.dateline()
            if dl is not None and dl.kind != "country" and (best is None or dl.country == best.country) \
                    and any(self.ctx.spans[x.sentence][0] <= dl.start < self.ctx.spans[x.sentence][1] for x in m.mentions):
                best = dl
        if best is None or best.kind == "country":
            keys = {p.key for p in m.parts if p.key}
            for i, (s, e) in enumerate(self.ctx.spans):
                if not self._about_meeting(i, keys, m):
                    continue
                # another event's place, of other people ("Wang is to visit Moscow for talks with Lavrov")
                # another meeting's place, or an event's of other people ("Wang is to visit Moscow for
                # talks with Lavrov", "meetings between Sullivan and Wang in May in Vienna")
                others = [mt for mt in self.meetings if mt is not m and mt.parts]
                owned = {(x.place.start, x.place.end) for x in self.ctx.events
                         if x.sentence == i and x.place is not None and x not in m.mentions
                         and ({y.actor for y in x.actors + x.recipients if y.actor} - keys
                              or any(x in mt.mentions for mt in others))}
                # "Putin smiled: “Next time in Moscow.”": a place in direct speech is no report of where
                owned |= {(p.start, p.end) for p in self.ctx.places[i] if _quoted(self.ctx.text, s, p.start)}
                found = next((p for p in self.ctx.places[i] if p.kind != "country" and (p.start, p.end) not in owned
                              and (best is None or p.country == best.country)), None)
                if found is not None:
                    cand.cite("location", (s, e))
                    best = Place(found.name, found.country, found.kind, found.start, found.end,
                                 self.ctx.kinds[i] if self.ctx.kinds[i] in FURNITURE else "another sentence", found.venue)
                    break
        if best is None and any(SIDELINES.search(self.ctx.sentence_text(x.sentence)) for x in m.mentions):
            # "On the sidelines, Museveni and Hassan also held bilateral talks": where the meeting was
            # that it was held beside
            beside = next((x.place for o in self.meetings if o is not m and o.parts and not o.frame
                           for x in o.mentions if x.place is not None and x.place.kind != "country"), None)
            if beside is not None:
                best = replace(beside, basis="the place of the meeting it was held beside")
        if (best is None or best.kind == "country") and cand.date:
            best = self._arrival_place(m, cand, best) or best
        if best is None:
            best = self._companion_place(m)
        if best is None and self._is_lead(m):
            best = self.ctx.dateline()
        if best is not None and best.kind == "country" and best.country in m.countries() \
                and self.actors.gaz.capital_of.get(best.country) \
                and not any(p.country == best.country and p.kind != "country" for ps in self.ctx.places for p in ps):
            best = Place(self.actors.gaz.capital_of[best.country], best.country, "city", best.start, best.end,
                         f"capital of the host country (no city named; {best.name} is)")
        if best is not None:
            m.place = best
            cand.location = place_dict(best)
            cand.cite("location", (best.start, best.end))

    def _companion_place(self, m: Meeting) -> Place | None:
        """"Cho met Iwaya in Tokyo on Monday. He is also to call on Prime Minister Ishiba on Tuesday":
        a meeting the article places nowhere is where another meeting of one of its people is, on the
        same trip (within COMPANION_DAYS, or both undated), if that city is in a country of its parties
        (not the wire dateline's city: the reporter's)."""
        keys = m.person_keys()
        day = _date_of(m.date.value) if m.date is not None and m.date.value else None
        for o in self.meetings:
            if o is m or o.frame or not o.parts or not keys & o.person_keys():
                continue
            other = _date_of(o.date.value) if o.date is not None and o.date.value else None
            # ("Modi also met Pezeshkian": an undated meeting told as one more of the trip's)
            also = day is None and any(ALSO.search(self.ctx.own_text(x)) for x in m.mentions)
            if ((day is None) != (other is None) and not also) or (day and other and abs((day - other).days) > COMPANION_DAYS):
                continue
            # its mentions' place, or the one the article gave it (not the reporter's dateline, not another companion's)
            p = next((x.place for x in o.mentions if x.place is not None and x.place.kind != "country"), None) or (
                o.place if o.place is not None and o.place.kind != "country"
                and not o.place.basis.startswith(("dateline", "where another meeting")) else None)
            if p is not None and (p.country in m.countries() or also):
                return replace(p, basis="where another meeting of its people on the same trip was")
        return None

    def _arrival_place(self, m: Meeting, cand: Candidate, best: Place | None) -> Place | None:
        """"Albanese arrived in the Chinese capital on Sunday evening": where a participant arrived on
        the meeting's day or the day before (a stop two days earlier is on the way, not the meeting)."""
        rng = value_to_date_range(cand.date)
        keys = {p.key for p in m.parts if p.key}
        if rng is None or rng[0] != rng[1]:
            return None
        for i, (s, e) in enumerate(self.ctx.spans):
            arrival = ARRIVAL.search(self.ctx.text, s, e)
            if arrival is None or not {x.actor for x in self.actors.mentions_in(s, e, ("person",))} & keys:
                continue
            days = [value_to_date_range(t.value) for t in self.ctx.timexes if s <= t.start < e and t.value]
            if not any(d is not None and d[0] == d[1] and 0 <= (rng[0] - d[0]).days <= 1 for d in days):
                continue
            found = next((p for p in self.ctx.places[i] if p.kind != "country" and p.start >= arrival.start()
                          and (best is None or p.country == best.country)), None)
            if found is not None:
                cand.cite("location", (s, e))
                return Place(found.name, found.country, found.kind, found.start, found.end,
                             "where a participant arrived for it", found.venue)
        return None

    def _about_meeting(self, i: int, keys: set[str], m: Meeting | None = None) -> bool:
        """Whether a sentence speaks of a meeting's participants meeting: two of them, or one with a
        word of meeting, visiting or arriving; or it refers to the meeting ("The meeting will be in Bali")."""
        if m is not None and any(x.sentence == i and x.reference_only for x in m.mentions):
            return True
        s, e = self.ctx.spans[i]
        people = {x.actor for x in self.actors.mentions_in(s, e, ("person",))}
        named = people & keys
        if len(named) >= 2:
            return True
        # "Wang is to visit Moscow for talks with Lavrov": one participant meeting someone else;
        # "Albanese arrived in Shanghai": a stop on the way, not the meeting
        return len(named) == 1 and not people - keys and bool(MEETING_ONLY.search(self.ctx.text[s:e]))

    def _set_mode_roles(self, m: Meeting, cand: Candidate) -> None:
        parts = [p for p in m.parts if p is not None]
        countries = [c for c in dict.fromkeys(p.country for p in parts if p.country)]
        modes = {x.mode for x in m.mentions if x.mode and (x.timex is None or not x.timex.value or not cand.date
                                                           or x.timex.value.split("T")[0] == cand.date)}
        # a mention dated otherwise ("they last spoke by video call in March") says nothing of this one's mode
        sentence_texts = " ".join(self.ctx.own_text(x) for x in m.mentions
                                  if x.timex is None or not x.timex.value or not cand.date
                                  or x.timex.value.split("T")[0] == cand.date)
        loc = m.place.country if m.place else None
        mode = None
        if "phone" in modes or re.search(r"\b(?:by|over the) (?:tele)?phone|video (?:call|link|conference)|virtual(?:ly)?\b", sentence_texts, re.I):
            mode = "phone"
        elif len(countries) >= 3:
            mode = "multilateral"
        elif loc and countries and loc not in countries and all(p.country for p in parts):
            mode = "third-party"        # (not where a party's country is unknown: the place may be theirs)
        elif loc and loc in countries and len(countries) >= 2:
            mode = "visit"
        elif "visit" in modes:
            mode = "visit"
        cand.mode = mode
        for x in m.mentions:
            if x.mode and x.mode == mode:
                cand.cite("mode", (x.trigger[0], x.trigger[1]))
        if mode == "visit" and loc:
            guests = [p for p in parts if p.country != loc]
            hosts = [p for p in parts if p.country == loc]
            if guests and hosts:
                cand.actors, cand.recipients = guests, hosts
                return
        cand.actors, cand.recipients = parts, []

    def _set_status(self, m: Meeting, cand: Candidate) -> None:
        anchor = self.ctx.anchor
        start = _date_of(cand.date)
        rng = value_to_date_range(cand.date) if cand.date else None
        if m.future and not any(not x.future for x in m.mentions):
            cand.status = "planned"
        elif anchor and rng and rng[0] > anchor:
            cand.status = "planned"
        if anchor and rng and rng[1] < anchor - dt.timedelta(days=10):
            cand.status = "background"
        elif anchor is None and m.date is not None and m.date.spec.get("kind") == "offset" and m.date.spec.get("n", 0) < 0 \
                and m.date.spec.get("unit") in ("month", "year", "week"):
            cand.status = "background"
        if cand.status == "happened" and start is None and not self._is_lead(m):
            cand.status = "background" if any(_past_perfect(self.ctx.sentence_text(x.sentence)) for x in m.mentions) else "happened"
        if cand.status == "happened" and self._subordinate(m):
            cand.status = "background"      # "met on Monday, days after the two spoke by telephone": the call

    def _mark_main(self, cands: list[Candidate]) -> None:
        for c in cands:
            c.main = c.status == "happened" and c.type == "CONSULT" and (
                c.date is None or c.date_precision == "day" and self.ctx.anchor is not None and _date_of(c.date)
                and abs((_date_of(c.date) - self.ctx.anchor).days) <= 3 or self.ctx.anchor is None)
        mains = [c for c in cands if c.main and c.date_precision == "day" and c.date]
        for c in cands:
            # "Xi and Kishida met in San Francisco in mid-November": a past meeting told at month
            # precision beside the article's own meeting is background to it
            if not c.main and c.status == "happened" and mains and c.date_precision in ("month", "year", "season") \
                    and c.date and c.date <= mains[0].date[:len(c.date)] and not (set(c.evidence.get("event", [])) &
                                                                                  set(mains[0].evidence.get("event", []))):
                c.status = "background"

    # -- statements ---------------------------------------------------------------------------
    def _source_for(self, i: int) -> dict | None:
        srcs = self.ctx.sources[i]
        if not srcs:
            return None
        src = srcs[-1]
        if src.kind == "backref":
            for j in range(i - 1, -1, -1):
                named = [s for s in self.ctx.sources[j] if s.kind != "backref"]
                if named:
                    src = named[-1]
                    break
            else:
                return None
        return src.to_dict()

    def _statements(self, events: list[SentenceEvent], cands: list[Candidate]) -> list[Candidate]:
        standalone: list[Candidate] = []
        mains = [c for c in cands if c.main] or cands[:1]
        for ev in sorted(events, key=lambda e: e.trigger[0]):
            actors = self.parties_of(ev, ev.actors)
            recips = self.parties_of(ev, ev.recipients)
            speaker = None
            if ev.speaker is not None:
                sp = self.resolve(ev.speaker, ev, ev.actors)
                speaker = sp[0] if sp else None
            who = speaker or (actors[0] if actors else None)
            if speaker is not None and speaker.kind != "person" and \
                    any(p.kind == "person" for p in actors):
                # "Jaishankar urged Canada to act, the Indian foreign ministry said": the urging is
                # Jaishankar's; the ministry reports it (the statement's source)
                who = next(p for p in actors if p.kind == "person")
            if speaker is None and len({p.country for p in actors if p.country}) >= 2:
                # "the two sides agreed", "Kamikawa and Cho agreed": a joint act, said by both
                who = PartyOut(" and ".join(p.name or p.country or "?" for p in actors), None, None, None, "group",
                               key=None)
            category = ev.category
            if ev.future and category in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
                category = "AGREE"          # PLOVER: cooperative acts in the future tense are AGREE
            if ev.negated and category in COOPERATIVE:
                category, ev.mode = "REJECT", "meet" if ev.category in ("CONSULT", "AGREE") else None
            elif ev.negated:
                continue
            if category == "ACCUSE" and ev.trigger_text.lower().startswith("protest") and who and who.kind == "generic":
                category, ev.mode = "PROTEST", "demo"
            target = recips[0] if recips else None
            s, e = self.ctx.spans[ev.sentence]
            st = Statement(who, category, ev.mode, ev.trigger_text, target, self.ctx.text[s:e],
                           self._source_for(ev.sentence), (s, e))
            home = self._home_meeting(ev, who, actors, cands, mains)
            if home is not None and st.target is None and who is not None:
                others = [p for p in home.participants if p.country and p.country != who.country]
                if len({p.country for p in others}) == 1:
                    st.target = others[0]
            if home is not None:
                if not any(x.span == st.span and x.category == st.category for x in home.statements):
                    home.statements.append(st)
                    home.cite("statements", (s, e))
                    home.sentences[ev.sentence] = (s, e, self.ctx.text[s:e])
                continue
            c = self._standalone(ev, category, actors, recips)
            if c is not None:
                c.statements.append(st)
                standalone.append(c)
        return standalone

    def _home_meeting(self, ev: SentenceEvent, who: PartyOut | None, actors: list[PartyOut],
                      cands: list[Candidate], mains: list[Candidate]) -> Candidate | None:
        """The meeting at which something was said or done: a participant says it, or a participant's
        government says it in a sentence about the meeting; never when it has a date of its own
        that is not the meeting's."""
        persons = {p.key for p in ([who] if who else []) + actors if p and p.key and p.kind == "person"}
        countries = {p.country for p in ([who] if who else []) + actors if p and p.country}
        s, e = self.ctx.spans[ev.sentence]
        sentence = self.ctx.text[s:e]
        t = ev.timex
        for c in sorted(cands, key=lambda c: not c.main):
            pkeys = {p.key for p in c.participants if p.key}
            pcountries = {p.country for p in c.participants if p.country}
            named = {m.actor for m in self.actors.mentions_in(s, e, ("person",))}
            near_main = c.main and any(0 < ev.sentence - j <= 3 for j in c.sentences)
            about_meeting = near_main or bool(named & pkeys) or bool(re.search(
                r"\b(?:the\s+talks|the\s+meeting|during\s+the|both\s+sides|the\s+two\s+(?:sides|ministers|foreign\s+ministers)|"
                r"the\s+statement|readout)\b", sentence, re.I)) or ev.sentence in c.sentences
            if not (persons & pkeys or (countries and countries <= pcountries and about_meeting)):
                continue
            if persons and not persons & pkeys:
                continue                # named people who were not at the meeting ("the leaders reached a consensus")
            if t is not None and t.value and c.date:
                same = t.value.split("T")[0] == c.date or (t.precision == "day" and t.value[:10] == c.date[:10])
                if not same and persons & pkeys and t.precision == "day" and c.date_precision == "day":
                    # "Kamikawa said on Sunday ...": a participant's words a day or two after the meeting
                    gap = (dt.date.fromisoformat(t.value[:10]) - dt.date.fromisoformat(c.date[:10])).days
                    same = 0 <= gap <= 2 and c.main
                if not same:
                    continue
            if c.status == "background" and ev.sentence not in c.sentences:
                continue
            if ev.sentence in c.sentences or c.main or persons & pkeys:
                return c
        return None

    def _standalone(self, ev: SentenceEvent, category: str, actors: list[PartyOut],
                    recips: list[PartyOut]) -> Candidate | None:
        """An event outside any meeting: kept when a state-level actor and a date are known."""
        actors = [p for p in actors if p.country]
        if not actors or ev.timex is None or not ev.timex.value or ev.timex.precision not in ("day", "month", "year", "week", "season"):
            return None
        if not recips:
            # "Japan protested when a Chinese military plane flew into Japan's airspace"
            s, e = self.ctx.spans[ev.sentence]
            for m in self.actors.mentions_in(ev.trigger[1], e):
                if m.country and m.country not in {a.country for a in actors} and m.kind in ("state", "org", "person"):
                    p = self.party(m.actor)
                    if p:
                        recips = [p]
                        break
            if not recips:
                for h in self.actors.gaz.scan(self.ctx.text, ev.trigger[1], e):
                    e_ = h.of_kind("demonym", "country")
                    if e_ and e_.code not in {a.country for a in actors}:
                        recips = [PartyOut(self.actors.gaz.name_of(e_.code), None, e_.code, "GOV", "state", key=f"state:{e_.code}")]
                        break
        art = self.ctx.article
        c = Candidate(art.id, 0, category, ev.mode, "planned" if ev.future else "happened", actors, recips)
        t = ev.timex
        c.date, c.date_precision, c.date_mod, c.date_text = t.value.split("T")[0], t.precision, t.mod, t.text
        c.date_basis = f"{'explicit date' if t.basis.startswith('explicit') else 'relative to the ' + self.anchor_basis}: \"{t.text}\""
        s, e = self.ctx.spans[ev.sentence]
        c.sentences[ev.sentence] = (s, e, self.ctx.text[s:e])
        c.cite("event", (s, e))
        c.cite("date", (t.start, t.end))
        # (a party is no place: "China protested to the Philippines")
        if ev.place and not any(m.start <= ev.place.start < m.end for m in ev.actors + ev.recipients):
            c.location = place_dict(ev.place)
            c.cite("location", (ev.place.start, ev.place.end))
        rng = value_to_date_range(c.date)
        if self.ctx.anchor and rng and rng[1] < self.ctx.anchor - dt.timedelta(days=10):
            c.status = "background"
        c.contexts = ["diplomatic"] if category in ("AGREE", "SUPPORT", "REJECT", "REQUEST", "ACCUSE") else []
        return c

    def _plain_statements(self, cands: list[Candidate]) -> None:
        """Quotes and "said" sentences by a meeting's participants (no PLOVER trigger)."""
        for c in cands:
            if not c.main:
                continue
            keys = {p.key for p in c.participants if p.key}
            for i, (s, e) in enumerate(self.ctx.spans):
                if any(st.span == (s, e) for st in c.statements) or self.ctx.kinds[i] in FURNITURE:
                    continue
                text = self.ctx.text[s:e]
                verb = PLAIN_SPEECH.search(text)
                if not verb:
                    continue
                speakers = [m for m in self.actors.mentions_in(s, e, ("person",)) if m.actor in keys]
                if not speakers:
                    continue
                who = self.party(speakers[0].actor)
                c.statements.append(Statement(who, None, None, verb.group(0), None, text, self._source_for(i), (s, e)))
                c.cite("statements", (s, e))
                c.sentences[i] = (s, e, text)

    # -- issues and claims ------------------------------------------------------------------------
    def _issues_and_claims(self, c: Candidate) -> None:
        linked = set(c.sentences)
        keys = {p.key for p in c.participants if p.key}
        if c.main:
            for i, (s, e) in enumerate(self.ctx.spans):
                if self.ctx.kinds[i] in FURNITURE:
                    continue
                if any(m.actor in keys for m in self.actors.mentions_in(s, e, ("person",))):
                    linked.add(i)
        seen: dict[str, dict] = {}
        phrases: list[str] = []
        for i in sorted(linked):
            s, e = self.ctx.spans[i]
            text = self.ctx.text[s:e]
            for issue, a, b in issues_in(text):
                if issue.id not in seen:
                    seen[issue.id] = {"id": issue.id, "label": issue.label}
                    c.contexts += [x for x in issue.contexts if x not in c.contexts]
                c.cite(f"issues.{issue.id}", (s + a, s + b))
            phrases += phrases_in(text)
            for m in FIRST_CLAIM.finditer(text):
                claim = {"text": m.group(0).strip(), "what": (m.group("what") or "").strip(),
                         "within": m.group("dur"), "since": m.group("since").strip() if m.group("since") else None,
                         "since_value": None, "evidence": [[s + m.start(), s + m.end()]]}
                if claim["since"]:
                    tx = [t for t in self.ctx.timexes if s + m.start("since") <= t.start < s + m.end("since") and t.value]
                    if tx:
                        claim["since_value"] = tx[0].value
                if claim["text"] not in {x["text"] for x in c.claims}:
                    c.claims.append(claim)
        c.issues = list(seen.values())
        c.phrases = list(dict.fromkeys(phrases))[:12]


# An undated article's relative dates are compared as if it had been published on this day: "a
# year ago" and "on Monday" cannot be one day, whatever the real date.
HYPOTHETICAL_ANCHOR = dt.date(2000, 6, 14)


def comparable_value(t: Timex | None) -> str | None:
    """A time expression's value, or for one that waits for an anchor, its value against one
    shared hypothetical anchor (so that two of them can still be told apart)."""
    if t is None:
        return None
    if t.value or not t.spec or t.type not in ("DATE", "TIME"):
        return t.value
    try:
        return resolve(t.spec, HYPOTHETICAL_ANCHOR, t.direction or "past")[0]
    except Exception:
        return None


def _quoted(text: str, sent_start: int, pos: int) -> bool:
    """Whether a position lies inside a quotation opened earlier in its sentence."""
    before = text[sent_start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def place_dict(p: Place) -> dict:
    out = {"name": p.name, "country": p.country, "kind": p.kind, "basis": p.basis}
    if p.venue:
        out["venue"] = p.venue
    return out


def _past_perfect(text: str) -> bool:
    return bool(re.search(r"\bhad\s+\w+ed\b|\bhad\s+(?:met|held|been)\b", text))
