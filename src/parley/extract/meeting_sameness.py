"""Whether two meetings an article tells are one (`MeetingSameness._compatible`): their days, their places, a preview
and a report, an earlier meeting, one told before or after the other, one told beside the other or as one more."""
from __future__ import annotations

import datetime as dt
import re

from ..time import dates_overlap, tells_day, value_to_date_range
from .context import ArticleContext, within
from .cues import (AGAIN, AGAIN_AFTER, AGAIN_APART, AGAIN_BEFORE, AHEAD_PHRASES, ALSO_ACT, BILATERAL, COMPANION_DAYS,
                   DONE_BEFORE_NOUN, EARLIER, EARLIER_REACH, FINAL_BEFORE, FIRST_CLAIM, FURNITURE, HELD_TOGETHER,
                   LATER_ACT, LATER_OPENING, OCCASION_CLAUSE, RECENT_DAYS, SIDELINES, THE_BEFORE)
from .journeys import aside_journey, arrival_at_night, arrival_before_talks, journey_verb
from .lexicon import SPAN_UNITS
from .meeting import Meeting, visited_states
from .mention_time import HYPOTHETICAL_ANCHOR, comparable_value, told_going_on, with_second_day
from .sentence_event import SentenceEvent



class MeetingSameness:
    """The assembly's tests of whether mentions and meetings are of one meeting (part of `meetings.MeetingMerger`)."""
    ctx: ArticleContext
    meetings: list[Meeting]
    separate: dict[int, set]        # sentence -> the people it told met one person each, apart
    ordered_ids: set[int]           # mentions told inside another's clause ordered before or after it

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
        # (nor an arrival late in its day, "arrived in Mongolia late on Monday": the talks come after it; nor any
        # arrival told beside other mentions of the meeting, "Mr Wang arrived yesterday. The two ministers held talks
        # this morning": the day a visit began, not the day of its talks)
        aside = {id(x) for x in m.mentions if aside_journey(self.ctx, x) or arrival_at_night(self.ctx, x)
                 or arrival_before_talks(self.ctx, x)}
        out = [with_second_day(v, x.timex) for x in m.mentions if (v := comparable_value(x.timex))
               and (id(x) not in aside or len(aside) == len(m.mentions))]
        if not out and any(told_going_on(self.ctx, x) for x in m.mentions):
            out = [(self.ctx.anchor or HYPOTHETICAL_ANCHOR).isoformat()]
        return out

    def _compatible(self, a: Meeting, b: Meeting) -> bool:
        da, db = self._days(a), self._days(b)
        today = self.ctx.anchor.isoformat() if self.ctx.anchor else None
        if a.future != b.future and (past := db if a.future else da) and self._long_before(past):
            return False            # what lies ahead is no meeting of long ago ("Xi and Putin to meet in
                                    # Kazan" over a file photo of their Moscow meeting of last year)
        if bool(da) != bool(db) and self._long_before(da or db) and self._leads(a if db else b) \
                and not self._leads(b if db else a):
            return False            # nor is the meeting the article opens on ("Scholz has met Xi in Beijing as his
                                    # visit came to an end ... He first visited Beijing in November 2022, when he also
                                    # met Xi"; but "Last month's summit between Modi and Putin ... The two leaders met
                                    # in the Kremlin": an article about a meeting past opens on it)
        if a.future != b.future and not (da and db and da[0][:10] == db[0][:10]) \
                and not (today and (da or db) and not (da and db) and (da or db)[0][:10] == today
                         and not self._again(a if not da else b)) \
                and not ((not da or not db) and not self._again(a if not da else b)
                         and not self._done_before_days_ahead(a, b, da, db)):
            return False            # a preview and a report in one article are told apart by tense,
                                    # unless the preview is of the day the article was written, or one
                                    # of them has no date ("they are expected to delve into discussions";
                                    # not "will travel to Rio de Janeiro on Wednesday and to Brasilia on
                                    # Thursday for talks with Lula", told among days ahead; nor a day after
                                    # the article's: "have held an informal meeting ... Official talks will be
                                    # held on Tuesday"; nor one told as another: "invited Kishida and Yoon to
                                    # Washington for a separate trilateral summit")
        if self._earlier(a) != self._earlier(b) and not (da and db):
            return False            # "he had already met Putin in 2019": an earlier meeting, not this one
        if any(x.sentence == y.sentence and (within(x.trigger, y.ordered) or within(y.trigger, x.ordered))
               and (self._apart_by(x, y) or self._before_the_told(x, y)
                    or not (self._told_before(x) or self._told_before(y) or self._one_occasion(x, y)))
               for x in a.mentions for y in b.mentions):
            return False            # "met on Monday, days after the two spoke by telephone": one before the other
                                    # (but "After the meeting, the two men strolled ...": the meeting told, the
                                    # one ordered against; not "weeks after his visit to Moscow", nor "The visit
                                    # came after Blinken met ... in Amman on Saturday": the visit told, an act
                                    # before it)
        wa, wb = self._where(a), self._where(b)
        if wa and wb and not wa & wb:
            return False            # "arrived in Doha on Wednesday night after his visit to the UAE": two places
        if not da or not db:
            return True
        if (said_a := self._said_only(a)) != self._said_only(b):
            # a day told only as the day of the saying is the last the act may have been held on
            said, other = (da[0], db[0]) if said_a else (db[0], da[0])
            s, o = value_to_date_range(said), value_to_date_range(other)
            if s and o and s[0] == s[1]:
                return s[0] - dt.timedelta(days=COMPANION_DAYS) <= o[0] and o[1] <= s[1]
        if (arrived_a := self._arrival_only(a)) != self._arrival_only(b):
            # an arrival's day is the first of a visit, whose talks come that day or in the days after it ("Li
            # arrived in Hanoi on Saturday", beside "held talks with Chinh in Hanoi on Sunday")
            arrival, other = (da[0], db[0]) if arrived_a else (db[0], da[0])
            s, o = value_to_date_range(arrival), value_to_date_range(other)
            if s and o and s[0] == s[1]:
                return s[0] <= o[0] and o[1] <= s[0] + dt.timedelta(days=COMPANION_DAYS)
        return dates_overlap(da[0], db[0]) is not False

    def _arrival_only(self, m: Meeting) -> bool:
        """Whether every day a meeting's mentions give is that of an arrival told done, before the visit's talks."""
        return _every_day_told(m, lambda x: arrival_before_talks(self.ctx, x))

    @staticmethod
    def _said_only(m: Meeting) -> bool:
        """Whether every day a meeting's mentions give is the day of a verb of saying that reports it."""
        return _every_day_told(m, lambda x: x.said_day)

    def _long_before(self, days: list[str]) -> bool:
        """Whether the days of a meeting all end long before the article was written (`cues.RECENT_DAYS`): a meeting
        it tells as background."""
        # (in an article of no known day, against the anchor its relative times were resolved from for comparing:
        # "received Blinken in June last year" is long before "told Blinken on Friday", whichever day that is)
        anchor = self.ctx.anchor or HYPOTHETICAL_ANCHOR
        spans = [value_to_date_range(d) for d in days]
        return bool(spans) and all(s is not None and s[1] < anchor - dt.timedelta(days=RECENT_DAYS) for s in spans)

    def _leads(self, m: Meeting) -> bool:
        """Whether a meeting with no day of its own is the one the article opens on: told done, not as an earlier one,
        in its headline or its first two sentences."""
        lead = self.ctx.opening(2) | {i for i, k in enumerate(self.ctx.kinds) if k == "title"}
        return not m.future and not self._earlier(m) and any(x.sentence in lead and not x.reference_only
                                                              for x in m.mentions)

    def _before_the_told(self, x: SentenceEvent, y: SentenceEvent) -> bool:
        """Whether, of two acts one told before or after the other, the outer is the meeting the article told ("The visit
        came after ...") and the inner one a meeting of its own, not told before, no journey, with a day of its own:
        "The visit came after Blinken met Arab foreign ministers in Amman on Saturday" tells an earlier meeting, not
        the visit's day (but "The exchange took place after a bilateral meeting between the two leaders": one
        occasion)."""
        inner = y if within(y.trigger, x.ordered) else x
        outer = x if inner is y else y
        return self._told_before(outer) and not self._told_before(inner) and not journey_verb(inner) \
            and inner.timex is not None and (outer.timex is None or outer.timex.start != inner.timex.start)

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
        # (a day still waiting for the article's date is a day too: "this morning" of an undated live page)
        inner_day = (v := comparable_value(inner.timex)) is not None and len(v.split("T")[0]) == 10
        return (inner.timex is None or (outer.timex is None and inner_day) or same_words) \
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
        is to, or arrives in: "was due to arrive in South Africa on Sunday at the start of a three-nation tour" is no
        part of the talks in Kinshasa)."""
        return {x.place.country for x in m.mentions if x.place is not None and x.place.country
                and (x.place.kind != "country" or m.frame and x.place.basis == "locative phrase")} | (
            visited_states(m) if m.frame else set())

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

    def _joint_apart(self, small: Meeting, large: Meeting) -> bool:
        """Whether the larger of two meetings, one of whose people are all in the other, is told as held together (a
        word of a joint meeting, "together with Nauseda", "the three-way summit") in a sentence of its own that tells
        nothing of the smaller one, where either has what sets it apart: the smaller told as "bilateral", or the larger
        told at a time long before the article's (`_long_before`: "in January, when he met Zelensky in Lviv together
        with Nauseda"), or told as later ("Later in the day, Yoon joined Kishida and Biden for a short trilateral
        meeting"). Not a headline, which may sum up several meetings (`_split_headline_summaries`), nor a meeting
        merely told after a joint one ("Later in the day, Yoon met Xi")."""
        told = {x.sentence for x in small.mentions}
        if any(HELD_TOGETHER.search(self.ctx.sentence_text(i)) for i in told):
            return False        # (the smaller told as the joint one, its third party unread: "a trilateral meeting
                                # with Biden and Ishiba")
        bilateral = any(BILATERAL.search(self.ctx.sentence_text(x.sentence)) for x in small.mentions)
        return any(x.sentence not in told and self.ctx.kinds[x.sentence] not in FURNITURE
                   and HELD_TOGETHER.search(self.ctx.sentence_text(x.sentence))
                   and (bilateral or x.timex is not None and bool(x.timex.value) and self._long_before([x.timex.value])
                        or bool(LATER_OPENING.match(self.ctx.sentence_text(x.sentence))))
                   for x in large.mentions)

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

    def _done_before_days_ahead(self, a: Meeting, b: Meeting, da: list[str], db: list[str]) -> bool:
        """Whether, of two meetings told one ahead and one not, the other is told done by a verb ("met", "have held an
        informal meeting") in a sentence of its own (not "laying the groundwork for a trip to China by Putin, who is expected to visit in May", nor a headline's
        "fourth China trip") and the one ahead lies among days after the article was written: by its own days, or by
        those its sentences name."""
        ahead, other, days = (a, b, da) if a.future else (b, a, db)
        told_ahead = {x.sentence for x in ahead.mentions}
        # (a gerund tells nothing done: "Milei to be received by Pope Francis on Monday; meeting with Meloni also on
        # Rome agenda")
        return any(not x.future and x.sentence not in told_ahead and (
            not x.noun and not x.trigger_text.lower().endswith("ing") or DONE_BEFORE_NOUN.search(
                self.ctx.text, self.ctx.spans[x.sentence][0], x.trigger[0])) for x in other.mentions) and (
            self._after_the_writing(days) or self._among_days_ahead(ahead) or self._days_told_ahead(ahead))

    def _after_the_writing(self, days: list[str]) -> bool:
        """Whether the days of a meeting all begin after the day the article was written."""
        spans = [value_to_date_range(d) for d in days] if self.ctx.anchor else []
        return bool(spans) and all(s is not None and s[0] > self.ctx.anchor for s in spans)

    def _days_told_ahead(self, m: Meeting) -> bool:
        """Whether, in an article of no known day, the days a meeting's mentions tell are all told ahead ("Wang will
        meet Jaishankar on Monday evening"): days after the writing, whichever they are."""
        told = [x.timex for x in m.mentions if x.timex is not None]
        return self.ctx.anchor is None and bool(told) and all(
            t.value is None and t.direction == "future" and tells_day(t.spec) for t in told)

    def _among_days_ahead(self, m: Meeting) -> bool:
        """Whether a meeting with no day of its own is told only in sentences that name days after the article was
        written (a trip's plan, its days given to its journeys)."""
        anchor = self.ctx.anchor.isoformat() if self.ctx.anchor else None
        if anchor is None or self._days(m) or not m.mentions:
            return False
        return all(any(s <= t.start < e and t.precision == "day" and (t.value or "")[:10] > anchor
                       for t in self.ctx.timexes)
                   for s, e in (self.ctx.spans[x.sentence] for x in m.mentions))

    def _again(self, m: Meeting) -> bool:
        """Whether a meeting is told as another one ("they will meet again", "a second meeting", "another round of
        talks"), by words before a mention or "again" after it (not "negotiations on a second phase of the deal")."""
        def before(x: SentenceEvent) -> bool:
            start = max(self.ctx.spans[x.sentence][0], x.trigger[0] - AGAIN_BEFORE)
            # (of the trigger's own phrase: not "the second foreign leader to hold talks with Trump")
            return any(not AGAIN_APART.search(self.ctx.text, a.end(), x.trigger[0])
                       for a in AGAIN.finditer(self.ctx.text, start, x.trigger[1]))

        return any(before(x) or AGAIN_AFTER.match(self.ctx.text, x.trigger[1], self.ctx.spans[x.sentence][1])
                   for x in m.mentions)

    def _earlier(self, m: Meeting, words: re.Pattern = EARLIER) -> bool:
        """Whether every mention of a meeting tells of an earlier one ("had met", "first met",
        "their previous meeting"), by its own words (`tells_earlier`); with `words` EARLIER_OCCASION,
        by a noun of an earlier occasion only ("his recent talks with Trump", not "had met earlier in the day")."""
        return bool(m.mentions) and all(tells_earlier(self.ctx.sentence_text(x.sentence),
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
        """Whether one person's journey or act told as ahead, with a day, would join a meeting told as done on no such
        day ("also met Vice President Han Zheng. On Saturday he will travel to Shanghai to meet British businesses"), or
        a journey with none, one told as done in another state:
        "The two leaders met at the Casa de Narino ... Lula will travel on Thursday to the Bogota International Book
        Fair" (the next day's stop of the visit, not the meeting; but "will travel to Washington next week to meet
        President Trump" is the meeting's journey)."""
        return self._ahead_elsewhere(m, ev) or (
            not m.future and ev.future
            and (day := comparable_value(ev.timex)) is not None and day not in self._days(m)) or (
            # (or an act ahead in a state of none of a meeting's parties, which nothing places: "was greeted by
            # Netanyahu and Herzog ... is set to address the Knesset before flying to Egypt for a summit in Sharm
            # el-Sheikh")
            not m.future and ev.future and ev.place is not None and ev.place.kind != "country"
            and bool(ev.place.country) and ev.place.country not in m.countries() and not self._where(m))

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

def _every_day_told(m: Meeting, test) -> bool:
    """Whether a meeting's mentions give a day, and `test` holds of every mention that gives one."""
    dated = [x for x in m.mentions if x.timex is not None]
    return bool(dated) and all(test(x) for x in dated)


def tells_earlier(sentence: str, at: int, words: re.Pattern = EARLIER) -> bool:
    """Whether the words of a mention at `at` in its sentence tell of an earlier meeting ("had met", "had held talks",
    "their previous meeting"): not another verb's ("met Lacalle Pou ..., a day after the summit in Buenos Aires, where
    he had met Fernandez"), nor the claim that this one is the first since ("the first time the two leaders had met in
    person since ... in Bali"); but what that claim is the first since is ("the first since Albanese's visit")."""
    claims = [c for c in FIRST_CLAIM.finditer(sentence) if c.group("since") or c.group("dur")]
    if any(c.group("since") and c.start("since") <= at < c.end("since") for c in claims):
        return True     # what bounds the claim is before it ("their first since Albanese's visit to Beijing")
    claims = [c.span() for c in claims]
    # (and what a clause of that occasion tells: "The previous summit took place in Ankara, during which Erdoğan hosted
    # then Italian Prime Minister Mario Draghi")
    return any((e.start() <= at <= e.end() + EARLIER_REACH and "," not in sentence[e.end():at]
                or e.end() <= at and OCCASION_CLAUSE.fullmatch(sentence, e.end(), at))
               and not any(a <= e.start() < b for a, b in claims)
               and not (e.group(0).lower().startswith("last") and FINAL_BEFORE.search(sentence, 0, e.start()))
               for e in words.finditer(sentence))
