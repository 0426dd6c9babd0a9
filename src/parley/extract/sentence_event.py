"""What one sentence tells of one act: its category and mode, trigger, parties as mentions, negation and tense, the
time expression and place attached to it, and the clauses around it that tell of other acts. Plain data, filled by
`events` and read by the article's assembly."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..time.tagger import Timex
from .actor_records import Mention
from .attribution import Source
from .places import Place


@dataclass
class Party:
    mention: Mention
    role: str = "actor"             # actor | recipient

    @property
    def key(self) -> str | None:
        return self.mention.actor


@dataclass
class SentenceEvent:
    category: str
    mode: str | None
    sentence: int                   # index in article.sentences
    trigger: tuple[int, int]        # absolute span of the trigger word(s)
    trigger_text: str
    actors: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    negated: bool = False
    future: bool = False
    noun: bool = False
    speaker: Mention | None = None  # for statements inside a verb of saying
    timex: Timex | None = None
    place: Place | None = None
    content: str = ""               # what was requested / agreed ... (the complement)
    sources: list[Source] = field(default_factory=list)
    quote: bool = False
    purpose: bool = False           # what a journey is for ("heading to Washington for a summit with Trump")
    reference_only: bool = False    # "The meeting took place a day before ..." (refers to a known event)
    span_edge: str | None = None    # "start" or "end" of a meeting of days its verb tells ("The talks began on May 10")
    attendance: bool = False        # its people attended or accompanied (lexicon.ATTENDANCE_FORMS)
    attended_told: bool = False     # ... a meeting named as one told ("attended the meeting", "present at the talks")
    encounter: str | None = None    # "joint" (two people act together) or "act" (one acts on the other):
                                    # a meeting only where the article shows them in one place
    elsewhere: frozenset[int] = frozenset()     # starts of the sentence's places that another act holds
    # absolute spans of the sentence's relative clauses, clauses of their own time (own_time_clause),
    # phrases ordered before or after (ordering_phrase) and bounds ("since May in Hiroshima", bound_phrase)
    # that do not hold the trigger: what they tell
    # ("Rubio and Sheinbaum, who spoke by phone last week, discussed ...", "..., days after the two spoke
    # by telephone", "after a visit to China") is not of this act
    asides: tuple[tuple[int, int], ...] = ()
    # of these, the clauses that tell of an event before or after this one ("days after the two spoke", "since May")
    ordered: tuple[tuple[int, int], ...] = ()
    others: bool = False            # met people of no state's party ("also met with students"): no told meeting's
    # told in a clause a span of time before or after what its sentence tells ("said he wanted stable ties, a month
    # after Wong hosted Wang"): of another time than the report's, whatever the sentence's other acts
    apart_in_time: bool = False
    # its day is the day of the verb of saying that reports it ("X and Y held talks over two days, the White House said
    # on Saturday"): the act was held that day or before
    said_day: bool = False