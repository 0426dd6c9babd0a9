"""Meetings of one article: mentions of one meeting become one `Meeting`, mentions of different ones stay apart.

"Wang met Iwaya in Lima on Saturday" and, further down, "the two ministers also discussed ..." are one meeting;
"Wang met Iwaya on Saturday. Iwaya had met Wang in Tokyo last year" are two (different dates, a meeting told
before); "X met A as well as B" (A and B of one country) and "X met A and B separately" are bilateral meetings;
"two days later" dates a meeting from another; a visit frame ("his trip to Beijing") or a generic mention ("met top
Chinese leaders") lends its date and place to the meetings it sums up; a headline that sums up several meetings
("Modi holds talks with Xi, Pezeshkian") is split into them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..time import Timex, dates_overlap, value_to_date_range
from ..time.resolve import resolve
from .actors import ArticleActors
from .candidate import PartyOut, Statement
from .context import ArticleContext, within
from .cues import (AGAIN, ALSO, ALSO_ACT, AT_ARRIVAL, BILATERAL, COMPANION_DAYS, COPRESENCE, COUNT_WORDS,
                   DAY_RELATION, EARLIER, EARLIER_REACH, ENVOY_RANK, FIRST_CLAIM, GOING_ON, LATER, LATER_ACT, REMOTE,
                   SAME_DAY, SIDELINES, THE_BEFORE, TRIP_NOUNS)
from .lexicon import MOVE_VERBS, PHYSICAL_FORMS, SEPARATE_MEETINGS, SPAN_UNITS
from .places import Place
from .sentence_event import SentenceEvent
from .titles import normalise_title, title_rank


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
    fixed_date: tuple[str, str, str, str] | None = None     # ("rel", days, basis, precision) set by a relation
    base: "Meeting | None" = None                         # the meeting that relation counts from
    leg: bool = False       # a later leg of a journey ("Erdogan later travelled to Erbil"): a frame of what it tells only
    lent: set[int] = field(default_factory=set)     # ids of the mentions a frame or generic lent it (date, place, mode)
    edges: list[SentenceEvent] = field(default_factory=list)    # its first or last day told apart ("The talks began on
                                                                # May 10"): SentenceEvent.span_edge

    def keys(self) -> frozenset[str]:
        return frozenset(p.key or f"{p.kind}:{p.country}:{p.title}" for p in self.parts)

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
        if not any(y.timex is not None and _people(y) >= 2 for y in self.own_mentions()):
            return set()
        return {id(x) for x in self.mentions if x.timex is not None and _people(x) <= 1
                and (journey_verb(x) or x.noun and x.trigger_text.lower() in TRIP_NOUNS)}


class MeetingMerger:
    """The assembly's step that finds the article's meetings (`Assembler.meetings`) in its CONSULT mentions."""
    ctx: ArticleContext
    actors: ArticleActors
    meetings: list[Meeting]
    separate: dict[int, set]        # sentence -> the people it told met one person each, apart
    ordered_ids: set[int]           # mentions told inside another's clause ordered before or after it
    dyad: list[str]                 # the article's two states, most named first (ReferenceResolver)

    def _not_forum(self, parts: list[PartyOut]) -> list[PartyOut]:
        """A meeting's parties without the forums it took place at ("on the sidelines of the G20")."""
        return [p for p in parts if not (p.kind == "org" and (a := self.actors.actor(p.key)) is not None and a.forum)]

    def _add_meeting(self, ev: SentenceEvent) -> None:
        if ev.negated or (ev.mode == "third-party" and not ev.encounter and not ev.recipients):
            return      # (nor the mediators alone: "the negotiations, which Egypt, Qatar and the United States have
                        # been mediating for months", no meeting of theirs)
        actors = self._not_forum(self.parties_of(ev, ev.actors))
        recips = [p for p in self._not_forum(self.parties_of(ev, ev.recipients))
                  if not any(p.key and p.key == a.key for a in actors)]
        if _attendees_only(ev, actors + recips):
            return
        # ("two-nation visit to UAE, Qatar": the states visited are not meeting each other, nor one visitor all of
        # them at once: "Jaishankar, who is on a three-nation visit to Singapore, the Philippines and Malaysia")
        if ev.reference_only or (not actors and not recips) or \
                ((not actors or ev.mode == "visit") and len(recips) >= 2 and all(p.kind == "state" for p in recips)):
            target = self._main_or_last(ev)
            if target and self._compatible(target, Meeting([], [ev], future=ev.future)):
                target.mentions.append(ev)
            elif target and ev.span_edge and ev.timex is not None and ev.timex.precision == "day":
                target.edges.append(ev)         # (a day of its own, the first or last: meeting_dates)
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
        if len(parts) == 1 and parts[0].kind == "person" and self._later_leg(ev):
            self._merge_in(Meeting(parts, [ev], frame=True, future=ev.future, leg=True))
            return
        if len(parts) < 2 and not frame:
            if ev.others:
                return          # "Blinken also met with students at ...": of another meeting, with no party
            target = self._main_or_last(ev)
            if target and (not parts or any(p.key in target.keys() for p in parts)) \
                    and not self._done_beside_ahead(target, ev) and not self._ahead_beside_done(target, ev) \
                    and not (len(target.parts) > 2 and self._told_beside(ev)) \
                    and not (ev.mode == "visit" and self._leaves_after(Meeting(parts, [ev], frame=True), target)) \
                    and self._compatible(target, Meeting(parts, [ev], future=ev.future)):
                target.mentions.append(ev)
            elif parts and parts[0].kind == "person":
                self._merge_in(Meeting(parts, [ev], frame=True, future=ev.future))
            return
        self._merge_in(Meeting(parts, [ev], generic=generic, frame=frame, future=ev.future,
                               leg=frame and self._earlier_leg(ev)))

    def _earlier_leg(self, ev: SentenceEvent) -> bool:
        """Whether a visit is told as done before another act of the journey ("Ishiba visited Malaysia before
        arriving in Indonesia"): a leg of its own, not the trip the article tells."""
        return journey_verb(ev) and any(a > ev.trigger[1] and self.ctx.text[a:b].lower().startswith("before ")
                                         for a, b in ev.ordered)

    def _later_leg(self, ev: SentenceEvent) -> bool:
        """Whether a mention tells of a journey on, after or beside what the article told ("Erdogan later travelled to
        Erbil", "then flew to Cairo", "Lammy will also visit Shanghai"): not a mention of the meeting before it."""
        if not journey_verb(ev):
            return False            # (not "Later in his visit, he is to call on Modi": the visit told)
        window = (max(self.ctx.spans[ev.sentence][0], ev.trigger[0] - 25), ev.trigger[1] + 12)
        return bool(LATER.search(self.ctx.text, *window) or ALSO.search(self.ctx.text, *window))

    def _told_apart(self, ev: SentenceEvent, parts: list[PartyOut]) -> bool:
        """Whether the parties are people its sentence told met another one apart ("A and B held separate talks"), or
        hold two of them ("held separate talks with Boric and Biden, their last meeting before ...": no meeting of the
        three)."""
        apart = self.separate.get(ev.sentence)
        keys = {p.key for p in parts}
        return apart is not None and (keys <= apart or len(keys & apart) >= 2)

    def _add_encounter(self, ev: SentenceEvent) -> None:
        """An implied meeting ("Putin told Xi", "Kim and Putin toured the site") counts where the
        article shows both in one place; elsewhere it only supports a meeting of the same people."""
        if ev.negated:
            return
        parts = self.parties_of(ev, ev.actors)
        parts += [p for p in self.parties_of(ev, ev.recipients) if not any(p.key and p.key == q.key for q in parts)]
        persons = [p for p in parts if p.kind == "person"]
        countries = {p.country for p in parts if p.country}
        if len(parts) < 2 or not persons or len(countries) < 2 or self._told_apart(ev, parts) \
                or _attendees_only(ev, parts):
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
        if REMOTE.search(text):
            return False
        if ev.encounter == "joint" or ev.trigger_text.lower() in PHYSICAL_FORMS or ev.place is not None:
            return True
        if any(p.kind != "country" and p.start not in ev.elsewhere for p in self.ctx.places[ev.sentence]) \
                or COPRESENCE.search(text):
            return True
        # "Trump confronted Ramaphosa with a video ..., in an Oval Office meeting": a meeting the sentence tells of
        # some of them, the act within it
        keys = {p.key for p in parts if p.key}
        if any(x is not ev and x.sentence == ev.sentence and x.category == "CONSULT" and x.noun and not x.encounter
               and not x.future and not x.negated and not x.reference_only
               and {y.actor for y in x.actors + x.recipients if y.actor} <= keys for x in self.ctx.events):
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

    def _days(self, m: Meeting) -> list[str]:
        """The days a meeting's mentions give, as compared; a mention told as going on ("are holding talks") gives
        the day the report was written ("... are holding talks in the Kremlin. On the eve, Putin hosted Modi for
        dinner": two days, two meetings)."""
        # (not a journey's day told beside a mention of the meeting: "Sanchez, who arrived on Tuesday night, was
        # received by Lula"; but a journey told alone keeps its day, "last met in April, when Blinken travelled to
        # Beijing": no mention of July's meeting)
        aside = {id(x) for x in m.mentions if aside_journey(self.ctx, x)}
        out = [_with_second_day(v, x.timex) for x in m.mentions if (v := comparable_value(x.timex))
               and (id(x) not in aside or len(aside) == len(m.mentions))]
        if not out and any(told_going_on(self.ctx, x) for x in m.mentions):
            out = [(self.ctx.anchor or HYPOTHETICAL_ANCHOR).isoformat()]
        return out

    def _compatible(self, a: Meeting, b: Meeting) -> bool:
        da, db = self._days(a), self._days(b)
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
        if any(x.sentence == y.sentence and (within(x.trigger, y.ordered) or within(y.trigger, x.ordered))
               and (self._apart_by(x, y) or not (self._told_before(x) or self._told_before(y) or self._one_occasion(x, y)))
               for x in a.mentions for y in b.mentions):
            return False            # "met on Monday, days after the two spoke by telephone": one before the other
                                    # (but "After the meeting, the two men strolled ...": the meeting told;
                                    # not "weeks after his visit to Moscow")
        wa, wb = self._where(a), self._where(b)
        if wa and wb and not wa & wb:
            return False            # "arrived in Doha on Wednesday night after his visit to the UAE": two places
        if not da or not db:
            return True
        return dates_overlap(da[0], db[0]) is not False

    def _one_occasion(self, x: SentenceEvent, y: SentenceEvent) -> bool:
        """Whether two acts, one told before or after the other with no time of its own and face to face, are of one
        occasion: "received Erdogan at the airport before the two leaders held talks at the palace" (not "met Xi in
        Bali after the two spoke by phone", nor "after the two spoke by telephone last month")."""
        inner = y if within(y.trigger, x.ordered) else x
        outer = x if inner is y else y
        # (an act with no time of its own, told after another's day, is of that day: "signed a loan deal, after the
        # pair met in Downing Street on Saturday afternoon")
        # (nor two acts dated by the very same words, the one told as coming after the other: "signed a treaty following
        # talks in Pyongyang on Wednesday"; not "will meet the king on Sunday, before attending a summit")
        same_words = outer.timex is not None and inner.timex is not None and inner.timex.start == outer.timex.start \
            and any(within(inner.trigger, (span,))
                    and self.ctx.text[span[0]:span[1]].lower().startswith(("after", "following"))
                    for span in outer.ordered)
        return (inner.timex is None or (outer.timex is None and inner.timex.precision == "day") or same_words) \
            and x.mode != "phone" and y.mode != "phone"

    def _apart_by(self, x: SentenceEvent, y: SentenceEvent) -> bool:
        """Whether the phrase that orders one mention after or before the other tells a span of time between them
        ("a day after Blinken's talks with Netanyahu", "weeks after his visit to Moscow")."""
        # (the span may open the phrase, "a day after the two embraced", or come before it, "days after their talks")
        for a, _ in [span for ev in (x, y) for span in ev.ordered if within((x if ev is y else y).trigger, (span,))]:
            window = self.ctx.text[max(self.ctx.spans[x.sentence][0], a - 20):a + 30].lower()
            if any(m.group(1) in SPAN_UNITS for m in re.finditer(r"\b([a-z]+)\s+(?:after|before|following|since)\b",
                                                                 window)):
                return True
        return False

    @staticmethod
    def _where(m: Meeting) -> set[str]:
        """The countries a meeting's mentions place it in: their cities and sites (a country named beside an act may be
        its topic: "urged Xi to bring Russia to its senses over the war in Ukraine"), and the states a visitor's trip
        is to."""
        return {x.place.country for x in m.mentions if x.place is not None and x.place.country
                and x.place.kind != "country"} | (_visited(m) if m.frame else set())

    def _bilateral_beside(self, m: Meeting) -> bool:
        """Whether a meeting is told as a bilateral one ("Kishida and Yoon also held bilateral talks", "... held talks
        on the sidelines of the trilateral meeting"): not part of the larger meeting it is told beside."""
        return any(self._told_beside(x) for x in m.mentions)

    def _told_beside(self, x: SentenceEvent) -> bool:
        """Whether a mention tells a meeting of its own beside another: bilateral, on the sidelines, or after it
        ("Kishida later held talks with Yoon", "then met Yoon")."""
        return bool(BILATERAL.search(self.ctx.text, max(0, x.trigger[0] - 25), x.trigger[1] + 25)
                    or SIDELINES.match(self.ctx.text, x.trigger[1] + 1)
                    or LATER_ACT.search(self._just_before(x, 40)))

    def _just_before(self, x: SentenceEvent, reach: int) -> str:
        """The words of its sentence up to `reach` characters before a mention's trigger."""
        return self.ctx.text[max(self.ctx.spans[x.sentence][0], x.trigger[0] - reach):x.trigger[0]]

    def _one_more(self, new: Meeting) -> bool:
        """Whether a mention of some of a meeting's people, or of them and more, is told as one more meeting ("The two
        sides also paid a courtesy call on President Marcos", after the ministers' talks; "Kamikawa and Blinken will
        also attend a meeting of the Quad"): not that meeting."""
        return any(ALSO_ACT.search(self._just_before(x, 30)) for x in new.mentions)

    def _met_apart(self, a: Meeting, b: Meeting) -> bool:
        """Whether one meeting of both would hold people a sentence of theirs told met apart ("Before the three-way
        talks, Biden held separate meetings with Kishida and Yoon": neither is the trilateral)."""
        keys = a.person_keys() | b.person_keys()
        return any(len(self.separate.get(x.sentence, set()) & keys) >= 2 for x in a.mentions + b.mentions)

    @staticmethod
    def _one_before_other(a: Meeting, b: Meeting) -> bool:
        """Whether a sentence tells the one meeting before or after the other ("Kishida and Biden met at Camp David,
        ahead of the trilateral summit with Yoon"): with people of their own, two meetings, not one."""
        return any(x.sentence == y.sentence and (within(x.trigger, y.ordered) or within(y.trigger, x.ordered))
                   for x in a.mentions for y in b.mentions)

    def _leaves_after(self, frame: Meeting, m: Meeting) -> bool:
        """Whether a journey is told as the one after a meeting, in the meeting's own sentence: "is set to hold talks
        with Mahama before travelling to Port of Spain" (where he goes next is no place of the talks)."""
        def ahead_of(x: SentenceEvent) -> tuple[tuple[int, int], ...]:     # x's phrases of what comes after it
            return tuple((a, b) for a, b in x.ordered if self.ctx.text[a:b].lower().startswith(AHEAD_PHRASES))

        return bool(frame.mentions) and all(any(x.sentence == y.sentence and within(y.trigger, ahead_of(x))
                                                for x in m.mentions) for y in frame.mentions)

    def _again(self, m: Meeting) -> bool:
        """Whether a meeting is told as another one ("they will meet again", "a second meeting")."""
        return any(AGAIN.search(self.ctx.sentence_text(x.sentence)) for x in m.mentions)

    def _earlier(self, m: Meeting, words: re.Pattern = EARLIER) -> bool:
        """Whether every mention of a meeting tells of an earlier one ("had met", "first met",
        "their previous meeting"), by its own words (`_tells_earlier`); with `words` EARLIER_OCCASION,
        by a noun of an earlier occasion only ("his recent talks with Trump", not "had met earlier in the day")."""
        return bool(m.mentions) and all(_tells_earlier(self.ctx.sentence_text(x.sentence),
                                                       x.trigger[0] - self.ctx.spans[x.sentence][0], words)
                                        for x in m.mentions)

    @staticmethod
    def _done_beside_ahead(m: Meeting, ev: SentenceEvent) -> bool:
        """Whether a mention of one person's act done, with no day, would join a meeting told only as ahead: "left
        with an invitation for the president to visit Rome ... Trump told reporters as he sat beside Meloni" (the
        sitting is of the meeting held, not of the visit ahead)."""
        # (nor a journey told done: "Prabowo arrived ... on Sunday night" under "Prabowo arrives for annual consultation
        # with Anwar" is the trip to the consultation ahead, not that consultation)
        return m.future and not ev.future and (comparable_value(ev.timex) is None or journey_verb(ev))

    def _ahead_beside_done(self, m: Meeting, ev: SentenceEvent) -> bool:
        """Whether one person's journey told as ahead, with a day, would join a meeting told as done on no such day, or
        with none, one told as done in another state:
        "The two leaders met at the Casa de Narino ... Lula will travel on Thursday to the Bogota International Book
        Fair" (the next day's stop of the visit, not the meeting; but "will travel to Washington next week to meet
        President Trump" is the meeting's journey)."""
        return self._ahead_elsewhere(m, ev) or (
            not m.future and ev.future and ev.mode == "visit"
            and (day := comparable_value(ev.timex)) is not None and day not in self._days(m))

    @staticmethod
    def _ahead_elsewhere(m: Meeting, ev: SentenceEvent) -> bool:
        """Whether one person's journey told as ahead goes to another state than the one a meeting or trip told as done
        was in: "Xi arrived in Vietnam on Monday ... is set to meet Pham Minh Chinh on Tuesday before travelling to
        Kuala Lumpur"."""
        if m.future or not ev.future or ev.mode != "visit":
            return False
        ahead = {x.country for x in ev.recipients if x.kind == "state" and x.country} | (
            {ev.place.country} if ev.place is not None and ev.place.country else set())
        there = {x.place.country for x in m.mentions if x.place is not None and x.place.country}
        return bool(ahead and there and not ahead & there)

    def _merge_in(self, new: Meeting) -> None:
        for m in self.meetings:
            if m.frame != new.frame or m.generic != new.generic or m.leg != new.leg:
                continue
            pk_a, pk_b = m.person_keys(), new.person_keys()
            apart = _other_states(m, new)
            same = (pk_a and pk_a == pk_b and not apart) or (not pk_a and not pk_b and m.keys() == new.keys())
            if not same and not apart and pk_a and pk_b and len(pk_a & pk_b) >= 2 and (pk_a <= pk_b or pk_b <= pk_a) \
                    and not self._bilateral_beside((m if len(pk_a) < len(pk_b) else new)) \
                    and not self._one_more(new) \
                    and not self._met_apart(m, new) and not self._one_before_other(m, new):
                same = True
            if not same and bool(pk_a) != bool(pk_b):
                states_only = new if not pk_b else m
                other = m if states_only is new else new
                if all(p.kind == "state" for p in states_only.parts) and states_only.countries() <= other.countries() \
                        and len(states_only.countries()) >= 2:
                    same = True
            if same and m.frame and len(new.mentions) == 1 and (self._done_beside_ahead(m, new.mentions[0])
                                                                 or self._ahead_elsewhere(m, new.mentions[0])):
                same = False
            if same and self._compatible(m, new):
                _absorb(m, new)
                return
        self.meetings.append(new)

    def _rejoin_same_day(self) -> None:
        """Two meetings of the same people told on the same one day, that the order of their mentions kept apart, are
        one: "Trump said Friday that he had spoken with Xi ... and that they discussed trade" (the headline's undated
        mention took the one, and the past perfect of the other, undated then, could not join it)."""
        out: list[Meeting] = []
        for m in self.meetings:
            days = set(self._days(m))
            twin = next((o for o in out if o.frame == m.frame and o.generic == m.generic and o.leg == m.leg
                         and m.person_keys() and o.person_keys() == m.person_keys() and len(days) == 1
                         and set(self._days(o)) == days and not self._again(o) and not self._again(m)
                         and not self._met_apart(o, m) and not self._one_before_other(o, m)
                         and self._compatible(o, m)), None)
            if twin is None:
                out.append(m)
            else:
                _absorb(twin, m)
        self.meetings = out

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
            # (not what the journey after it is for: "on Saturday, a day before heading to Washington for his
            # first summit with Trump" dates the journey)
            # (nor a meeting the phrase gives a day of its own: "a day after attending the summit in Buenos Aires,
            # where he had met Fernandez on Monday")
            # (and not one past the phrase "before" or "after" counts from: "visited Kyiv on Thursday, two days after
            # taking office, and met Zelensky" counts from taking office)
            after = [mt for mt in self.meetings if any(x.sentence == i and not x.reference_only and not x.purpose and
                                                       x.trigger[0] > s0 + rel.end()
                                                       and (rel.group("dir").lower() in ("earlier", "later")
                                                            or "," not in text[rel.end():x.trigger[0] - s0])
                                                       and not (x.timex is not None and x.timex.precision == "day"
                                                                and x.timex.start > s0 + rel.end())
                                                       for x in mt.mentions)]
            # "Macron received Zelensky on Friday, two days after Zelensky met Scholz in Berlin"
            before = [mt for mt in self.meetings if mt not in after and any(
                x.sentence == i and not x.reference_only and x.trigger[0] < s0 + rel.start() for x in mt.mentions)]
            back = False
            if after and not (refs or before) and rel.group("dir").lower() in ("earlier", "later") \
                    and not text[:rel.start()].strip(" ,") and not re.match(r"\s*than\b", text[rel.end():]):
                # "A day earlier, Tinubu met Steinmeier": a day counted back from the meeting told just before
                last = self._told_last_before(i, after)
                before, back = [last] if last is not None else [], True
            if not after or not (refs or before):
                continue
            base = before[0] if before and not refs else self._main_or_last(refs[0])
            if base is None:
                continue
            count = COUNT_WORDS.get(rel.group("n").lower()) or int(rel.group("n"))
            unit = rel.group("unit").lower().rstrip("s")
            n = count * {"day": 1, "week": 7, "month": 30}[unit]          # "a week after": seven days
            # (weeks or months told in round numbers give only the month they fall in: "six weeks after his meeting")
            precision = "day" if n <= 7 else "month"
            sign = 1 if rel.group("dir").lower() in ("before", "earlier") else -1
            sign = -sign if back else sign      # (told after the meeting it counts from: "a day earlier" is before it)
            for mt in after:
                what = f"{n} day(s)" if precision == "day" else f"about {count} {unit}(s)"
                mt.fixed_date = ("rel", str(sign * n), f"{what} {'after' if sign > 0 else 'before'} the meeting "
                                                     f"(\"{rel.group(0)}\")", precision)
                mt.base = base
                if refs:
                    mt.date_from = refs[0]
                    base.mentions.append(refs[0])
                else:
                    mt.date_from = next(x for x in mt.mentions if x.sentence == i)

    def _told_last_before(self, sentence: int, besides: list[Meeting], fits=lambda mt, x: True) -> Meeting | None:
        """The meeting (not one of `besides`) whose mention told last before a sentence, of those `fits` lets in."""
        told = [(x.sentence, x.trigger[0], mt) for mt in self.meetings if mt not in besides for x in mt.mentions
                if x.sentence < sentence and not x.reference_only and fits(mt, x)]
        return max(told, key=lambda t: t[:2])[2] if told else None

    def _apply_same_day(self) -> None:
        """"Prabowo, who arrived on Thursday, held talks with Modi on Saturday. Earlier in the day, Murmu welcomed
        Prabowo": a meeting of a sentence that opens on "the same day" with no day of its own is on the day of the
        meeting of two or more parties told last before it (not of a journey told between)."""
        for i in range(len(self.ctx.spans)):
            opening = SAME_DAY.search(self.ctx.sentence_text(i))
            if not opening:
                continue
            here = [mt for mt in self.meetings if not mt.fixed_date and any(
                x.sentence == i and not x.reference_only for x in mt.mentions)
                and not any(x.timex is not None for x in mt.mentions if x.sentence == i)]
            base = self._told_last_before(i, here, lambda mt, x: not mt.frame and len(mt.parts) >= 2
                                          and not journey_verb(x))
            if not here or base is None:
                continue
            for mt in here:
                said = opening.group(0).strip(" .,;")
                mt.fixed_date = ("rel", "0", f"the same day as the meeting told before (\"{said}\")", "day")
                mt.base = base
                mt.date_from = next(x for x in mt.mentions if x.sentence == i)

    def _journey_before(self, frame: Meeting, m: Meeting) -> bool:
        """Whether a visit frame told only by a journey of a day ("Araghchi, who traveled to Moscow on Tuesday") is the
        trip of a meeting a few days later ("met his Russian counterpart on Wednesday"): the journey's day is the
        trip's, and the meeting its end."""
        if not frame.frame or (frame.future and not m.future) or not all(journey_verb(x) for x in frame.mentions
                                                                          if x.timex):
            return False
        a, b = _day_of(frame), _day_of(m)
        unanchored = any(x.timex is not None and not x.timex.value for x in frame.mentions + m.mentions)
        if (a is None or b is None or unanchored) and not frame.future and m.future:
            # "arrived ... on Sunday night for his working visit. He will hold the annual consultation with Anwar
            # tomorrow": a journey told done before a meeting told ahead within days, in a report of no date yet
            return _within_days(m)
        return a is not None and b is not None and 0 < (b - a).days <= COMPANION_DAYS

    def _other_side_countries(self) -> None:
        """A person met by an official of one of the article's two states, whom the text gives no country, is of the
        other ("EAM also met Prime Minister Dinesh Gunawardena", in a report of an Indian minister's visit to Sri
        Lanka)."""
        if len(self.dyad) != 2:
            return
        for m in self.meetings:
            people = [p for p in m.parts if p.kind == "person"]
            if len(people) != 2 or len(m.parts) != 2:
                continue
            known = [p for p in people if p.country]
            other = next((p for p in people if not p.country), None)
            title = normalise_title(other.title) if other is not None and other.title else None
            # (an official of government: not one untitled, nor an envoy, who may be of the visitor's own state)
            if len(known) == 1 and known[0].country in self.dyad and title is not None and title.rank > ENVOY_RANK:
                country = next(c for c in self.dyad if c != known[0].country)
                m.parts = [replace(p, country=country, basis={**p.basis, "country": "the other state of the "
                                                              "article, met by the official of one"})
                           if p is other else p for p in m.parts]

    def _absorb_frames_and_generics(self) -> None:
        specific = [m for m in self.meetings if not m.frame and not m.generic and len(m.parts) >= 2]
        for m in [x for x in self.meetings if x.frame or x.generic]:
            if self._subordinate(m):
                continue                # "arrived in Seoul after a visit to Japan": another time and place
            persons = m.person_keys()
            # (a visit to one state is not the meetings of the trip's other legs: "will visit the UAE on February
            # 13-14 and Qatar on February 14-15 ... In Doha, Modi will call on the Amir")
            visited = _visited(m)
            targets = [s for s in specific if persons and persons <= s.person_keys()
                       and (self._compatible(s, m) or self._journey_before(m, s))
                       and not (m.frame and visited and not (s.countries() | self._where(s)) & visited)
                       and not (m.frame and self._hosts(s, persons))
                       and not all(self._ahead_beside_done(s, x) for x in m.mentions)
                       and not (m.frame and self._leaves_after(m, s))
                       and not (m.generic and _other_office(m, s))
                       and not (m.leg and not {x.sentence for x in s.mentions} & {x.sentence for x in m.mentions})]
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
            if not targets and m.frame and visited:
                # "met her Indonesian counterpart in Jakarta ... It was Ms Wong's first visit to Indonesia": the visit
                # is that of the meeting with the host state's official the article names only by role
                targets = [g for g in self.meetings if g.generic and not g.frame and g is not m and len(g.parts) >= 2
                           and persons <= g.person_keys() and visited <= g.countries() and self._compatible(g, m)][:1]
            if not targets:
                continue
            for t in targets:
                t.lent |= {id(x) for x in m.mentions if x not in t.mentions}
                t.mentions += [x for x in m.mentions if x not in t.mentions]
            m.parts = []                     # absorbed: contributes date, place and mode only


def _other_office(generic: Meeting, m: Meeting) -> bool:
    """Whether a meeting's person of the state of a generic party holds another office than the one that party is told
    to hold: "talks with his Chinese counterpart" (a foreign minister) are no talks with President Xi Jinping."""
    named = {(p.country, p.title) for p in m.parts if p.kind == "person" and p.country and p.title}
    # (a higher office: a deputy prime minister may be the foreign minister named, as Iraq's is; nor a party told by no
    # office: "met with top Chinese leaders" are the premier and the foreign minister named)
    return any(p.kind == "generic" and p.title and p.title not in VAGUE_TITLES and p.country and any(
        c == p.country and t != p.title and title_rank(t) > title_rank(p.title) for c, t in named)
        for p in generic.parts)


VAGUE_TITLES = frozenset({"Leader", "Official"})
AHEAD_PHRASES = ("before", "ahead of", "prior to")      # the words that open a phrase of what comes after an act


def _within_days(m: Meeting) -> bool:
    """Whether a meeting's mentions tell it a few days from the report at most: on a weekday, or a day or two on."""
    return any(x.timex is not None and (x.timex.spec.get("kind") == "weekday" or (
        x.timex.spec.get("kind") == "offset" and x.timex.spec.get("unit") == "day"
        and 0 < (x.timex.spec.get("n") or 0) <= COMPANION_DAYS)) for x in m.mentions)


def _other_states(a: Meeting, b: Meeting) -> bool:
    """Whether one of two meetings of the same named people has an unnamed party of a state the other has none of:
    "The leaders of Japan, the United States, Australia and India pledged ..." is not Kishida's talks with Biden."""
    return any(p.kind == "generic" and p.country and p.country not in y.countries()
               for x, y in ((a, b), (b, a)) for p in x.parts)


def _people(ev: SentenceEvent) -> int:
    """How many parties a mention names that are no state or place."""
    return sum(1 for p in ev.actors + ev.recipients if p.kind != "state")


def _day_of(m: Meeting) -> dt.date | None:
    """The first day a meeting's mentions give, where one does."""
    for x in m.mentions:
        span = value_to_date_range(v) if (v := comparable_value(x.timex)) else None
        if span is not None and span[0] == span[1]:
            return span[0]
    return None


def _attendees_only(ev: SentenceEvent, parts: list[PartyOut]) -> bool:
    """Whether a mention's people only attend: "Cai Qi and Wang Yi attended the meeting", "was accompanied by
    Agriculture Minister John Steenhuisen", "Wong joined Albanese on his tour" (the people of one side, at a meeting
    the article tells or on a tour of their own), "Foreign Minister al-Shaibani and Secretary of State Rubio attended
    the meeting" (of both sides, at the meeting the article tells): in no meeting of theirs. Not a meeting noun with
    its partner: "participating in the dialogue on the boundary issue with Ajit Doval"."""
    # ("Foreign Ministers Fidan and Shoukry accompanied the presidents": of both sides, at their leaders' meeting)
    return ev.attendance and not (ev.noun and ev.recipients) and (
        ev.attended_told or len({p.country for p in parts if p.country}) <= 1
        or bool(ev.recipients) and all(m.kind == "group" for m in ev.recipients))


def _tells_earlier(sentence: str, at: int, words: re.Pattern = EARLIER) -> bool:
    """Whether the words of a mention at `at` in its sentence tell of an earlier meeting ("had met", "had held talks",
    "their previous meeting"): not another verb's ("met Lacalle Pou ..., a day after the summit in Buenos Aires, where
    he had met Fernandez"), nor the claim that this one is the first since ("the first time the two leaders had met in
    person since ... in Bali")."""
    claims = [c.span() for c in FIRST_CLAIM.finditer(sentence) if c.group("since") or c.group("dur")]
    return any(e.start() <= at <= e.end() + EARLIER_REACH and "," not in sentence[e.end():at]
               and not any(a <= e.start() < b for a, b in claims) for e in words.finditer(sentence))


def _visited(m: Meeting) -> set[str]:
    """The states a meeting names that are not its people's own: where a visitor's trip is to."""
    return {p.country for p in m.parts if p.kind == "state"} - {p.country for p in m.parts if p.kind == "person"}


def _absorb(m: Meeting, new: Meeting) -> None:
    """Make `new` part of the meeting `m`: its mentions, its parties not there yet (a state whose person is there is),
    and ahead only if both are."""
    m.mentions += new.mentions
    for p in new.parts:
        person_countries = {q.country for q in m.parts if q.kind == "person"}
        if p.key not in {q.key for q in m.parts} and not (p.kind == "state" and p.country in person_countries):
            m.parts.append(p)
    m.future = m.future and new.future


def told_going_on(ctx: ArticleContext, ev: SentenceEvent) -> bool:
    """Whether a mention is told as going on as the report is written ("Lavrov and Wang Yi are holding talks")."""
    return bool(GOING_ON.search(ctx.text, ctx.spans[ev.sentence][0], ev.trigger[0]))


def journey_verb(ev: SentenceEvent) -> bool:
    """Whether a mention is a verb of going or visiting ("travelled", "visited"), not a noun ("his visit")."""
    low = ev.trigger_text.lower()
    return not ev.noun and (low in MOVE_VERBS or low.startswith("visit"))


def aside_holders(ctx: ArticleContext, x: SentenceEvent) -> list[SentenceEvent]:
    """The mentions of its sentence in a clause of which a mention tells a journey done ("Fidan, who arrived in Tehran
    on Sunday evening, met Pezeshkian": the meeting); none where it is no such journey."""
    if not journey_verb(x) or x.future:
        return []
    return [y for y in ctx.events if y is not x and y.category == "CONSULT" and y.sentence == x.sentence
            and any(a <= x.trigger[0] < b for a, b in y.asides)]


def aside_journey(ctx: ArticleContext, x: SentenceEvent) -> bool:
    """Whether a mention is a journey told done in a clause beside another mention of its sentence (`aside_holders`):
    it came before that meeting, and its day is the journey's, in whatever meeting it is told with; not where that
    mention is of a meeting at the arrival ("Blinken, who arrived late Thursday, was received by Erdogan at Esenboga
    Airport")."""
    return any(not AT_ARRIVAL.search(ctx.own_text(y)) for y in aside_holders(ctx, x))


# An undated article's relative dates are compared as if it had been published on this day: "a
# year ago" and "on Monday" cannot be one day, whatever the real date.
HYPOTHETICAL_ANCHOR = dt.date(2000, 6, 14)


def span_end(t: Timex, value: str | None = None) -> str | None:
    """The last day of a span of days that a time expression gives ("from Nov. 13 to 21", "on 26-27 January"), its
    first day `value` (else its own), if it does."""
    second = t.spec.get("second_day")
    value = value or t.value
    if not second or not value or len(value.split("T")[0]) != 10:
        return None
    try:
        first = dt.date.fromisoformat(value[:10])
        end = first.replace(day=second[2]) if second[2] >= first.day else None
    except (ValueError, TypeError, IndexError):
        return None
    return end.isoformat() if end is not None and (end - first).days >= 1 else None


def _with_second_day(value: str, t: Timex) -> str:
    """A day's value, or where its expression names a span of days ("from 24 to 26 October"), the span's (an ISO
    8601 interval: a visit of those days holds a meeting on any of them)."""
    end = span_end(t, value) if len(value) == 10 else None
    return f"{value}/{end}" if end else value


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
