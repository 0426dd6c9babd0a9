"""Several people a mention tells were met one by one ("will travel to Paris and Berlin on Monday for talks with
Macron and Scholz", "will meet Chinese Premier Li Qiang on Sunday and President Xi on Monday"): each met where the
sentence names a city in that person's state, on the day told right after that person's name (from
extract.meetings)."""
from __future__ import annotations

import re
from dataclasses import replace

from .candidate import PartyOut
from .context import ArticleContext
from .journeys import journey_verb
from .sentence_event import SentenceEvent

DAY_AFTER_NAME = 12         # characters from a person's name to the day told as theirs (" on Sunday")
DAYS_JOINED = re.compile(r"\s*(?:,|,?\s+and|,?\s+then)\s+(?:on\s+)?", re.I)   # "last Tuesday and Wednesday"


def in_places_told(ctx: ArticleContext, ev: SentenceEvent, states: list[str | None]) -> bool:
    """Whether the sentence of a mention names a city in each of these states: talks with their people are held
    one by one, where the journey goes ("will travel to Paris and Berlin on Monday for talks with French President
    Emmanuel Macron and German Chancellor Olaf Scholz")."""
    return set(states) <= {pl.country for pl in ctx.places[ev.sentence] if pl.kind != "country"}


def in_own_state(ctx: ArticleContext, ev: SentenceEvent, person: PartyOut) -> SentenceEvent:
    """The mention of one of several people met one by one, placed in the city its sentence names in that person's
    state where its place is in another ("will travel to Paris and Berlin on Monday for talks with Macron and
    Scholz": Paris for Macron), and a noun of talks with no day of its own on its journey's."""
    if ev.noun and ev.timex is None:
        # (on the day of the journey its sentence tells it for: "will travel ... on Monday for talks with")
        journey = next((x for x in ctx.events if x.sentence == ev.sentence and x.trigger[1] <= ev.trigger[0]
                        and journey_verb(x) and x.timex is not None), None)
        ev = replace(ev, timex=journey.timex) if journey is not None else ev
    if ev.place is None or ev.place.country == person.country:
        return ev
    there = next((pl for pl in ctx.places[ev.sentence] if pl.country == person.country
                  and pl.kind != "country"), None)
    return replace(ev, place=there) if there is not None else ev


def own_days(ctx: ArticleContext, ev: SentenceEvent, people: list[PartyOut]) -> list[SentenceEvent]:
    """The mention of each of several people met one by one, with the day told right after that person where each
    has one ("will meet Chinese Premier Li Qiang on Sunday and President Xi on Monday"), else the mention itself."""
    spans = [min(((m.start, m.end) for m in ev.actors + ev.recipients if m.actor == p.key), default=None)
             for p in people]
    if None in spans or len({s for s, _ in spans}) < len(spans):
        return [ev] * len(people)
    starts = [s for s, _ in spans]
    bound = ctx.spans[ev.sentence][1]
    days = []
    for s, e in spans:
        upto = min((o for o in starts if o > s), default=bound)
        days.append(next((t for t in ctx.event_timexes if e <= t.start < upto and t.start - e <= DAY_AFTER_NAME
                          and t.type == "DATE"), None))
    if None in days or len({t.start for t in days}) < len(days):
        days = _days_in_turn(ctx, ev, max(e for _, e in spans), bound, len(people))
        if days is None:
            return [ev] * len(people)
    return [replace(ev, timex=t) for t in days]


def _days_in_turn(ctx: ArticleContext, ev: SentenceEvent, after: int, bound: int, n: int) -> list | None:
    """As many days as people, listed together after the last of them, one each in turn: "separate phone calls with
    Putin and Zelensky last Tuesday and Wednesday"; None where the sentence lists no such days."""
    told = [t for t in ctx.event_timexes if after <= t.start < bound and t.type == "DATE" and t.precision == "day"]
    if len(told) != n or told[0].start - after > DAY_AFTER_NAME:
        return None
    if not all(DAYS_JOINED.fullmatch(ctx.text, a.end, b.start) for a, b in zip(told, told[1:])):
        return None
    return told
