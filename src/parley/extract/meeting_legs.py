"""What a mention tells of a trip or a forum, for the assembly of meetings (`meetings.MeetingMerger`): a leg of the
journey before or after the meeting told ("Ishiba visited Malaysia before arriving in Indonesia", "Erdogan later
travelled to Erbil"), an arrival that starts the visit told, a journey made to attend a forum's gathering, and a
meeting noun named by a forum ("the G20 summit") or told in the "where" clause of one."""
from __future__ import annotations

from .actors import ArticleActors
from .context import ArticleContext
from .cues import ALSO, GATHERING_AFTER, LATER, ONWARD, ONWARD_FROM, SIDELINES, TO_ATTEND, WHERE_CLAUSE
from .journeys import arrival_done, journey_verb
from .meeting import Meeting
from .names import fold
from .sentence_event import SentenceEvent


class LegsAndForums:
    """Tests of a mention's trip and forum (part of `meetings.MeetingMerger`, whose `_main_or_last` they use)."""
    ctx: ArticleContext
    actors: ArticleActors
    meetings: list[Meeting]

    def _to_a_forum(self, ev: SentenceEvent) -> bool:
        """Whether a journey's sentence tells it is made to attend a forum's gathering after it ("to attend the G20
        summit", "for the SCO summit"), not on its sidelines."""
        _, e = self.ctx.spans[ev.sentence]
        text = self.ctx.text
        return any(GATHERING_AFTER.match(text, m.end) and TO_ATTEND.search(text, ev.trigger[1], m.start)
                   and not SIDELINES.search(text, ev.trigger[1], m.start)
                   for m in self.actors.forums_in(ev.trigger[1], e))

    def _forum_named(self, ev: SentenceEvent) -> bool:
        """Whether a meeting noun is named by a forum right before it ("the Group of 20 summit", "the APEC summit")."""
        return any(m.end >= ev.trigger[0] - 2
                   for m in self.actors.forums_in(max(0, ev.trigger[0] - 40), ev.trigger[0]))

    def _in_forum_clause(self, ev: SentenceEvent) -> bool:
        """Whether a mention lies in a clause of "where" after a forum named earlier in its sentence ("the Group of
        Seven summit in Hiroshima, where leaders are expected to discuss China")."""
        start = self.ctx.spans[ev.sentence][0]
        return any(WHERE_CLAUSE.match(self.ctx.text, m.end, ev.trigger[0])
                   for m in self.actors.forums_in(start, ev.trigger[0]))

    def _earlier_leg(self, ev: SentenceEvent) -> bool:
        """Whether a visit is told as done before another act of the journey ("Ishiba visited Malaysia before
        arriving in Indonesia"): a leg of its own, not the trip the article tells."""
        return journey_verb(ev) and any(a > ev.trigger[1] and self.ctx.text[a:b].lower().startswith("before ")
                                         for a, b in ev.ordered)

    def _later_leg(self, ev: SentenceEvent) -> bool:
        """Whether a mention tells of a journey on, after or beside what the article told ("Erdogan later travelled to
        Erbil", "then flew to Cairo", "travels on to Israel", "Lammy will also visit Shanghai", "From Cairo, he will
        travel to ..."): not a mention of the meeting before it."""
        if not journey_verb(ev):
            return False            # (not "Later in his visit, he is to call on Modi": the visit told)
        window = (max(self.ctx.spans[ev.sentence][0], ev.trigger[0] - 25), ev.trigger[1] + 12)
        # (or one from the place of what was told: "From Cairo, he will travel to the Republic of the Congo"; or one
        # told after another act: "Putin travelled on Friday to Harbin, a day after holding talks with Xi in Beijing",
        # "After the summit, Trump and Takaichi will travel to Yokosuka")
        return bool(LATER.search(self.ctx.text, *window) or ALSO.search(self.ctx.text, *window)
                    or ONWARD.search(self.ctx.text, *window) or ONWARD_FROM.match(self.ctx.sentence_text(ev.sentence))
                    or any(self.ctx.text[a:b].lower().startswith("after ") for a, b in ev.ordered))

    def _arrival_where_told(self, ev: SentenceEvent) -> bool:
        """Whether a mention is an arrival told done in the city of the meeting the article told before it ("Li arrived
        in Hanoi on Saturday ... after attending the leaders' meetings in Laos", after "held talks with Chinh in
        Hanoi"): the start of that visit, not a leg of the journey after it."""
        target = self._main_or_last(ev)
        return arrival_done(ev) and ev.place is not None and ev.place.kind != "country" and target is not None \
            and any(x.place is not None and fold(x.place.name) == fold(ev.place.name) for x in target.mentions)
