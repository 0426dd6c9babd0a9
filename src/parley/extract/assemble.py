"""Article-level assembly: from sentence events to the events an analyst would write.

`Assembler.run` calls the steps in order; each concern lives in its own module:
1. References are resolved (`references.py`): pronouns to the subject going on or the last person, "the pair" /
   "the two ministers" to the people of the sentence or of the last meeting, "his Japanese counterpart" to the
   Japanese person of matching title, "top Chinese diplomats" to China's foreign minister in the text.
2. Mentions become meetings (`meetings.py`; whether two are one: `meeting_sameness.py`; days told from another
   meeting: `day_relations.py`; frames: `meeting_frames.py`): "X met A as well as B" (A and B of one country) and
   "X met A and B separately" are bilateral meetings; mentions of one meeting merge (same people, compatible
   dates); a generic mention ("met top Chinese leaders") or a visit frame ("his trip to Beijing") lends its date
   and place to the specific meetings it summarises.
3. Each meeting gets its fields: its date (`meeting_dates.py`: explicit or relative in its sentences, or that of a
   meeting told beside it; for the article's main meeting the publication date as a fallback, so labelled), and
   (`choice.py`) its place (a city refines a country when a caption or another sentence names it), mode (visit /
   third-party / multilateral / phone) and status (happened / planned / background).
4. Requests, agreements, accusations, rejections ... by a meeting's participants become its statements, with the
   readout that reports them; other events between states stand alone; issues and "first since" claims
   (`statements.py`).
The article's text, parses, people and places are read once into an `ArticleContext` (`context.py`); the word
patterns the steps read are in `cues.py`.
"""
from __future__ import annotations

import datetime as dt

from ..ingest.pubdate import filing_day
from ..records import Article
from .candidate import Candidate
from .choice import FieldChooser
from .context import ArticleContext, within
from .cues import FURNITURE
from .events import needs_parse
from .journeys import aside_holders
from .meeting import Meeting
from .meeting_dates import DateChooser
from .meeting_places import PlaceChooser
from .meetings import MeetingMerger
from .references import ReferenceResolver, delegation_heads
from .sentence_event import SentenceEvent
from .statements import StatementBuilder


def extract_article(article: Article, anchor: dt.date | None = None, anchor_basis: str | None = None,
                    lead_date: dt.date | None = None, lead_people: frozenset[str] = frozenset()) -> list[Candidate]:
    """The per-article event extractor: candidate events with evidence for every field. `anchor`
    replaces the publication date for relative expressions; `lead_date` is the day the lead meeting
    takes when the text gives none (the publication date, unless an undated article's event gave one)."""
    if anchor is None and article.published.value and article.published.precision == "day":
        anchor = filing_day(article.published) or dt.date.fromisoformat(article.published.value)
    # (an undated article read as of a day the corpus chose counts "the previous day" from its lead meeting's day)
    ctx = ArticleContext(article, anchor, lead_date if anchor_basis and lead_date and lead_date != anchor else None)
    ctx.read([i for i, (s, e) in enumerate(ctx.spans) if needs_parse(ctx.text[s:e], ctx.parties_in(i))
              and (ctx.kinds[i] not in FURNITURE or ctx.parties_in(i) >= 2)])
    return Assembler(ctx, anchor_basis, lead_date, lead_people).run()


class Assembler(ReferenceResolver, MeetingMerger, DateChooser, FieldChooser, PlaceChooser, StatementBuilder):
    """One article's assembly: the state the steps share (the context, the meetings found so far, the people told
    apart) and `run`, which calls the steps in order."""

    def __init__(self, ctx: ArticleContext, anchor_basis: str | None, lead_date: dt.date | None = None,
                 lead_people: frozenset[str] = frozenset()):
        self.ctx = ctx
        self.anchor_basis = anchor_basis or "publication date"
        self.lead_date = lead_date or ctx.anchor
        self.lead_people = lead_people      # the people of the event that gave an undated article its lead_date
        self.actors = ctx.actors
        self.meetings: list[Meeting] = []
        self.told_before_their_meeting: list[SentenceEvent] = []     # (meeting_frames._refer_forward)
        self.separate: dict[int, set] = {}     # sentence -> the people it told met one person each, apart
        self.pronoun_of: dict[int, str] = {}
        self.dyad = self._article_dyad()
        self.heads = delegation_heads(self.actors)
        # the mentions told inside another meeting's clause or phrase ordered before or after it ("met on Monday, days
        # after the two spoke"; not an act of another kind's: "Lavrov said after talks with Wang Yi that Moscow would
        # counter ...", "signed a treaty after talks" tell the talks held)
        self.ordered_ids = {id(x) for x in ctx.events if any(
            y.sentence == x.sentence and y.category == "CONSULT" and within(x.trigger, y.ordered) for y in ctx.events)}

    def _order(self, e: SentenceEvent) -> tuple:
        """The order mentions are assembled in: implied meetings last, the others as the text tells them, but a
        journey told done in a clause of another mention's right after it ("Modi, who arrived in Warsaw on Wednesday,
        held talks with Tusk on Thursday": the arrival is of the talks' trip, not a mention of the meeting the headline
        told before them)."""
        holder = next(iter(aside_holders(self.ctx, e)), None)
        return (e.encounter is not None, (holder or e).trigger[0], holder is not None, e.trigger[0])

    def run(self) -> list[Candidate]:
        consults = sorted((e for e in self.ctx.events if e.category == "CONSULT"), key=self._order)
        for ev in consults:
            if ev.encounter:
                self._add_encounter(ev)
            else:
                self._add_meeting(ev)
        self._refer_forward()
        self._rejoin_same_day()
        self._apply_day_relations()
        self._apply_same_day()
        self._apply_after_act()
        self._split_headline_summaries()
        self._other_side_countries()
        self._absorb_frames_and_generics()
        self._drop_told_elsewhere()
        others = [e for e in self.ctx.events if e.category != "CONSULT" and not self.ctx.cut_off(e.sentence)]
        told = [m for m in self.meetings if m.specific()]
        cands = [self._meeting_candidate(m) for m in told]
        self._place_by_companions(told, cands)
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
