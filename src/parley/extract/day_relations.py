"""Days of an article's meetings told from another's: "a day before they were expected to hold talks", "Two days
later, ...", "Earlier in the day, Murmu welcomed Prabowo" (`DayRelations`, part of `meetings.MeetingMerger`)."""
from __future__ import annotations

import datetime as dt
import re

from .attachment import date_follows
from .context import ArticleContext
from .cues import (AFTER_ACT, COUNT_WORDS, COUNTED_BEFORE, DAY_RELATION, OPENING_PLACE, PERFECT_AFTER, REPORTED_NOW,
                   SAME_DAY)
from .journeys import journey_verb
from .meeting import Meeting


class DayRelations:
    """The assembly's step that dates a meeting by its relation to another one the article tells."""
    ctx: ArticleContext
    meetings: list[Meeting]

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
                    and OPENING_PLACE.fullmatch(text[:rel.start()]) and not re.match(r"\s*than\b", text[rel.end():]):
                # "A day earlier, Tinubu met Steinmeier": a day counted back from the meeting told just before (or
                # after a place that opens the sentence: "In Dushanbe two days later, Xi and Rahmon signed ...")
                last = self._told_last_before(i, after)
                before, back = [last] if last is not None else [], True
            if not after or date_follows(s0 + rel.end(), self.ctx.timexes):
                continue        # ("the day after Lula's October 30 runoff victory": counted from that date, by the tagger)
            if rel.group("hours"):
                count, unit = 0, "day"          # "hours after his talks": the same day
            else:
                count = 1 if rel.group("the") else COUNT_WORDS.get(rel.group("n").lower()) or int(rel.group("n"))
                unit = (rel.group("one") or rel.group("unit")).lower().rstrip("s")
            n = count * {"day": 1, "week": 7, "month": 30}[unit]          # "a week after": seven days
            # (weeks or months told in round numbers give only the month they fall in: "six weeks after his meeting")
            precision = "day" if n <= 7 else "month"
            sign = 1 if rel.group("dir").lower() in ("before", "earlier") else -1
            if rel.group("dir").lower() == "before" and PERFECT_AFTER.match(text, rel.end()):
                sign = -1       # ("where the day before she had been received": the day before the act told)
            what = "hours" if rel.group("hours") else f"{n} day(s)" if precision == "day" else f"about {count} {unit}(s)"
            if not (refs or before):
                # "China on Wednesday warned the US ..., a day after Blinken held talks with Manalo": a day counted from
                # the day of the act the sentence tells before the phrase, which is no meeting
                day = self._day_of_act_before(i, rel) if rel.group("dir").lower() in ("before", "after") else None
                for mt in after if day is not None else ():
                    when = (day[0] + dt.timedelta(days=sign * n)).isoformat()
                    mt.fixed_date = ("day", when if precision == "day" else when[:7],
                                     f"{_relation(what, n, sign)} {day[1]} (\"{rel.group(0)}\")",
                                     precision)
                    mt.date_from = next(x for x in mt.mentions if x.sentence == i)
                    mt.same_day = n == 0
                continue
            base = before[0] if before and not refs else self._main_or_last(refs[0])
            if base is None:
                continue
            sign = -sign if back else sign      # (told after the meeting it counts from: "a day earlier" is before it)
            for mt in after:
                mt.fixed_date = ("rel", str(sign * n), f"{_relation(what, n, sign)} the meeting (\"{rel.group(0)}\")",
                                 precision)
                mt.base = base
                mt.same_day = n == 0
                if refs:
                    mt.date_from = refs[0]
                    base.mentions.append(refs[0])
                else:
                    mt.date_from = next(x for x in mt.mentions if x.sentence == i)

    def _apply_after_act(self) -> None:
        """"The deal was announced on Friday after the two leaders met in Ottawa": a meeting told in a clause after an act
        its sentence dates to the day, with no time of its own anywhere, is on that day."""
        for mt in self.meetings:
            # (a journey's day is no day of the meeting: "Marcos, who arrived in Beijing on Tuesday evening")
            if mt.fixed_date or len(mt.parts) < 2 or any(x.timex is not None and not journey_verb(x)
                                                         for x in mt.mentions):
                continue
            for x in mt.own_mentions():
                s0 = self.ctx.spans[x.sentence][0]
                after = AFTER_ACT.search(self.ctx.text[s0:x.trigger[0]])
                if after and COUNTED_BEFORE.search(self.ctx.text, s0, s0 + after.start()):
                    continue        # ("days after the two spoke by telephone": some time before, not that day)
                day = self._day_of_act_before(x.sentence, after, report=False) if after else None
                if day is not None:
                    said = after.group(0).strip()
                    mt.fixed_date = ("day", day[0].isoformat(), f"{day[1]}, which followed it (\"{said}\")", "day")
                    mt.date_from, mt.same_day = x, True
                    break

    def _day_of_act_before(self, sentence: int, rel: re.Match, report: bool = True) -> tuple[dt.date, str] | None:
        """The day of the act a sentence tells before a phrase that orders a meeting after or before it, and what gave
        it: a day the sentence names before the phrase ("China on Wednesday warned ..."), else, in a report of known
        day, the day it was written where that act is told as said or as just done ("Baykar has signed a deal ..., the
        company said, the day after Erdogan held talks"), unless `report` is False; else None."""
        s0 = self.ctx.spans[sentence][0]
        told = [t for t in self.ctx.timexes if s0 <= t.start < s0 + rel.start()]
        days = [t for t in told if t.precision == "day" and t.value and t.value[:10].count("-") == 2]
        if days:
            return dt.date.fromisoformat(days[-1].value[:10]), f"the day of the act told before it (\"{days[-1].text}\")"
        anchor = self.ctx.anchor
        if told or not report or anchor is None or self.ctx.article.published.precision != "day" or \
                not REPORTED_NOW.search(self.ctx.sentence_text(sentence)[:rel.start()]):
            return None
        return anchor, "the day of the report"

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


def _relation(what: str, n: int, sign: int) -> str:
    """How a day is told from another: "2 day(s) after", "the same day as" (hours after or before it)."""
    return "the same day as" if n == 0 else f"{what} {'after' if sign > 0 else 'before'}"
