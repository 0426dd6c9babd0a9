"""One meeting of an article (`Meeting`): its parties and the mentions that tell it, with what an assembly step
sets on it (a date from a relation, the mentions a frame lent it), and the small facts read off it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..time import Timex, value_to_date_range
from .candidate import PartyOut, Statement
from .cues import COMPANION_DAYS, TRIP_NOUNS
from .journeys import journey_verb
from .mention_time import comparable_value
from .places import Place
from .sentence_event import SentenceEvent


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
    # set by a relation: ("rel", days, basis, precision) from another meeting's day, ("day", date, basis, precision)
    fixed_date: tuple[str, str, str, str] | None = None
    base: "Meeting | None" = None                         # the meeting that relation counts from
    same_day: bool = False  # that relation puts it on the day of the act it counts from ("hours after his talks")
    leg: bool = False       # a later leg of a journey ("Erdogan later travelled to Erbil"): a frame of what it
                            # tells only
    lent: set[int] = field(default_factory=set)     # ids of the mentions a frame or generic lent it (date, place, mode)
    edges: list[SentenceEvent] = field(default_factory=list)    # its first or last day told apart ("The talks began on
                                                                # May 10"): SentenceEvent.span_edge

    def keys(self) -> frozenset[str]:
        return frozenset(p.key or f"{p.kind}:{p.country}:{p.title}" for p in self.parts)

    def specific(self) -> bool:
        """Whether it is a meeting of its own parties, two or more: not a visit frame nor a generic mention."""
        return not self.frame and not self.generic and len(self.parts) >= 2

    def person_keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.parts if p.kind == "person" and p.key)

    def countries(self) -> set[str]:
        return {p.country for p in self.parts if p.country}

    def own_mentions(self) -> list[SentenceEvent]:
        """Its mentions but those a frame or generic mention lent it."""
        return [y for y in self.mentions if id(y) not in self.lent]

    def trip_mentions(self) -> set[int]:
        """The ids of its mentions of a journey told of the traveller alone, with a day of their own ("will begin his
        trip in Chongqing on Sunday"), where its own words of the meeting date it ("will meet Xi ... next week"):
        their day and place are the trip's, not the meeting's."""
        # (the state or city a traveller goes to is no party: "Araghchi, who traveled to Moscow on Tuesday")
        if not any(y.timex is not None and people_named(y) >= 2 for y in self.own_mentions()):
            return set()
        return {id(x) for x in self.mentions if x.timex is not None and people_named(x) <= 1
                and (journey_verb(x) or x.noun and x.trigger_text.lower() in TRIP_NOUNS)}

def within_days(m: Meeting) -> bool:
    """Whether a meeting's mentions tell it a few days from the report at most: on a weekday, or a day or two on."""
    return any(x.timex is not None and (x.timex.spec.get("kind") == "weekday" or (
        x.timex.spec.get("kind") == "offset" and x.timex.spec.get("unit") == "day"
        and 0 < (x.timex.spec.get("n") or 0) <= COMPANION_DAYS)) for x in m.mentions)


def other_states(a: Meeting, b: Meeting) -> bool:
    """Whether one of two meetings of the same named people has an unnamed party of a state the other has none of:
    "The leaders of Japan, the United States, Australia and India pledged ..." is not Kishida's talks with Biden."""
    return any(p.kind == "generic" and p.country and p.country not in y.countries()
               for x, y in ((a, b), (b, a)) for p in x.parts)


def people_named(ev: SentenceEvent) -> int:
    """How many parties a mention names that are no state or place (a description beside a person of its state, "China's
    premier, Li Qiang", is that person)."""
    people = [p for p in ev.actors + ev.recipients if p.kind == "person"]
    return len({p.actor or p.text for p in people}) + sum(
        1 for p in ev.actors + ev.recipients if p.kind not in ("state", "person")
        and not any(0 <= q.start - p.end <= 3 or 0 <= p.start - q.end <= 3 for q in people))


def first_day(m: Meeting) -> dt.date | None:
    """The first day a meeting's mentions give, where one does."""
    for x in m.mentions:
        span = value_to_date_range(v) if (v := comparable_value(x.timex)) else None
        if span is not None and span[0] == span[1]:
            return span[0]
    return None

def visited_states(m: Meeting) -> set[str]:
    """The states a meeting names that are not its people's own: where a visitor's trip is to."""
    return {p.country for p in m.parts if p.kind == "state"} - {p.country for p in m.parts if p.kind == "person"}


def absorb(m: Meeting, new: Meeting) -> None:
    """Make `new` part of the meeting `m`: its mentions, its parties not there yet (a state whose person is there is),
    and ahead only if both are."""
    m.mentions += new.mentions
    for p in new.parts:
        person_countries = {q.country for q in m.parts if q.kind == "person"}
        if p.key not in {q.key for q in m.parts} and not (p.kind == "state" and p.country in person_countries):
            m.parts.append(p)
    m.future = m.future and new.future


def calls_only(m: Meeting) -> bool:
    """Whether a meeting is told only as calls (by phone or video)."""
    return bool(m.mentions) and all(x.mode == "phone" for x in m.mentions)


def in_person(m: Meeting) -> bool:
    """Whether a mention of a meeting tells it held in person: as a visit, in a third state, or somewhere."""
    return any(x.mode in ("visit", "third-party") or x.place is not None for x in m.mentions)
