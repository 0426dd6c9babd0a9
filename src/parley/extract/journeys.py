"""Mentions of a journey ("travelled", "visited", "who arrived in Tehran on Sunday"): told as a verb of going, and
told done in a clause beside a meeting of its sentence (then its day is the journey's, not the meeting's)."""
from __future__ import annotations

from .context import ArticleContext
from .cues import ARRIVED, AT_ARRIVAL, LATE_IN_DAY, STRAIGHT_ON
from .lexicon import JOURNEY_NOUNS, MOVE_VERBS
from .sentence_event import SentenceEvent


def journey_verb(ev: SentenceEvent) -> bool:
    """Whether a mention is a verb of going or visiting ("travelled", "visited"), not a noun ("his visit")."""
    low = ev.trigger_text.lower()
    return not ev.noun and (low in MOVE_VERBS or low.startswith("visit"))


def arrival_done(ev: SentenceEvent) -> bool:
    """Whether a mention is an arrival told done ("arrived yesterday", "landed in Hanoi on Sunday"): the day a visit
    began, which its talks come on or after."""
    return journey_verb(ev) and not ev.future and bool(ARRIVED.fullmatch(ev.trigger_text))


def arrival_before_talks(ctx: ArticleContext, ev: SentenceEvent) -> bool:
    """Whether a mention is an arrival told done whose sentence tells no meeting at the arrival: the first day of a
    visit, whose talks come that day or after it (not "Eide, who arrived late Thursday, was received by Ruto at the
    airport": that night's meeting)."""
    return arrival_done(ev) and not AT_ARRIVAL.search(ctx.sentence_text(ev.sentence))


def aside_holders(ctx: ArticleContext, x: SentenceEvent) -> list[SentenceEvent]:
    """The mentions of its sentence in a clause of which a mention tells a journey done ("Fidan, who arrived in Tehran
    on Sunday evening, met Pezeshkian": the meeting); none where it is no such journey."""
    if x.future or not (journey_verb(x) or _arrived_on(ctx, x)):
        return []
    return [y for y in ctx.events if y is not x and y.category == "CONSULT" and y.sentence == x.sentence
            and any(a <= x.trigger[0] < b for a, b in y.asides)]


def _arrived_on(ctx: ArticleContext, x: SentenceEvent) -> bool:
    """Whether a mention is the visit an arrival of its sentence came on, told with the arrival's day ("who arrived in
    India on Wednesday on his first visit as prime minister"): that arrival's (not a journey's that holds its meetings:
    "who travelled to Paris and then Warsaw on Wednesday in his first foreign trip")."""
    t = x.timex
    return x.noun and t is not None and x.trigger_text.lower() in ARRIVED_ON and any(
        y.sentence == x.sentence and y is not x and journey_verb(y) and ARRIVED.fullmatch(y.trigger_text)
        and y.timex is not None
        and (y.timex.start, y.timex.end) == (t.start, t.end) for y in ctx.events)


def aside_journey(ctx: ArticleContext, x: SentenceEvent) -> bool:
    """Whether a mention is a journey told done in a clause beside another mention of its sentence (`aside_holders`):
    it came before that meeting, and its day is the journey's, in whatever meeting it is told with; not where that
    mention is of a meeting at the arrival ("Blinken, who arrived late Thursday, was received by Erdogan at Esenboga
    Airport")."""
    return any(not AT_ARRIVAL.search(ctx.own_text(y)) for y in aside_holders(ctx, x))


# the nouns of what one arrives on: "arrived in Mongolia on an official visit late on Monday"
ARRIVED_ON = JOURNEY_NOUNS | {"visit"}


def arrival_at_night(ctx: ArticleContext, x: SentenceEvent) -> bool:
    """Whether a mention is an arrival told late in its day ("The Russian leader arrived in Mongolia on an official visit
    late on Monday", "landed in Hanoi on Sunday night"; the visit it arrived on too): the day before the talks of the
    visit, not theirs."""
    t = x.timex
    if t is None or x.future or not (journey_verb(x) or x.noun and x.trigger_text.lower() in ARRIVED_ON):
        return False
    s, e = ctx.spans[x.sentence]
    # (the cheap tests first: this is asked of every mention whenever two meetings are compared)
    if not LATE_IN_DAY.search(ctx.text, max(s, t.start - 10), min(t.end + 12, e)) or not ARRIVED.search(ctx.text, s, e):
        return False
    if STRAIGHT_ON.search(ctx.text, t.end, e):
        return False    # "arrived in India's capital on Friday evening and headed straight for a bilateral meeting":
                        # that evening
    # ("Eide, who arrived late Thursday, was received by Ruto at the airport": that night)
    return not any(AT_ARRIVAL.search(ctx.own_text(y)) for y in aside_holders(ctx, x))
