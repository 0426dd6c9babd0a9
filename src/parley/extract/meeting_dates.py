"""The day of each meeting, chosen from its mentions and the meetings told beside it, with its evidence.

An explicit or relative date in its own sentences ("on Saturday", "September 16-17"), the best-ranked by precision;
else a day counted from another meeting ("two days later"); else the day of the meeting it was held beside ("Kishida
and Yoon also held talks on the sidelines of the trilateral meeting"); else, for a meeting of the lead, the day of a
meeting the lead dates that shares its people ("... received Biden on Friday. Earlier, King Salman received the US
president"), then the publication date (so labelled); never the publication date for a meeting told as before or
after another act or lying ahead.
"""
from __future__ import annotations

import datetime as dt

from ..time import Timex
from ..time.resolve import weekday_near
from .actors import ArticleActors
from .candidate import Candidate
from .context import ArticleContext, within
from .cues import (AHEAD_PHRASES, ALSO_ACT, COMPANION_DAYS, DEPARTURE, EARLIER_OCCASION, MANY_TIMES, SIDELINES,
                   SIDELINES_OF, SIDELINES_OF_MANY, going_word)
from .journeys import aside_journey, arrival_at_night, journey_verb
from .lexicon import JOURNEY_NOUNS
from .meeting import Meeting
from .mention_time import comparable_value, span_end, told_going_on
from .tense import reaches_ahead


class DateChooser:
    """The assembly's step that gives each meeting's candidate its date."""
    ctx: ArticleContext
    actors: ArticleActors
    meetings: list[Meeting]
    anchor_basis: str               # what relative dates were resolved against ("publication date", ...)
    lead_date: dt.date | None       # the day the lead meeting takes when the text gives none
    lead_people: frozenset[str]     # the people of the event that gave an undated article its lead_date

    def _departure(self, x) -> bool:
        """Whether a mention's sentence tells a departure before its trigger ("departs Thursday on his fourth trip"):
        the day the journey begins, no day of a meeting it leads to."""
        return bool(DEPARTURE.search(self.ctx.text, self.ctx.spans[x.sentence][0], x.trigger[0]))

    def _set_date(self, m: Meeting, cand: Candidate, _counting: frozenset[int] = frozenset()) -> None:
        if m.fixed_date and m.fixed_date[0] == "rel":
            base_c = self._date_of(m.base or self._main_or_last(m.date_from), m, _counting)
            if base_c and base_c.date and base_c.date_precision == "day":
                d = dt.date.fromisoformat(base_c.date) + dt.timedelta(days=int(m.fixed_date[1]))
                precision = m.fixed_date[3]
                cand.date = d.isoformat() if precision == "day" else d.isoformat()[:7]
                cand.date_precision, cand.date_basis = precision, f"relative to another event: {m.fixed_date[2]}"
                s, e = self.ctx.spans[m.date_from.sentence]
                cand.cite("date", (s, e))
                return
        if m.fixed_date and m.fixed_date[0] == "day":         # counted from another act's day
            cand.date, cand.date_basis, cand.date_precision = m.fixed_date[1], m.fixed_date[2], m.fixed_date[3]
            cand.cite("date", self.ctx.spans[m.date_from.sentence])
            return
        ranked = []
        # "left for Tokyo on Monday on a tour, during which he will hold talks with Kishida": a day of a trip told as
        # begun is not the day of a meeting told only as ahead within it (but "arrives in Berlin on Friday", a day the
        # tense puts ahead, is no trip begun); nor is a departure's day, told ahead or not ("departs Thursday on his
        # fourth trip to the Middle East ... In Turkey, Blinken is expected to meet Erdogan")
        # (a trip named with no time of its own, "The trip comes amid heightened tensions", tells nothing of when)
        own = m.own_mentions()
        told = [y for y in own if not (y.noun and y.timex is None and y.trigger_text.lower() in JOURNEY_NOUNS)] or own
        ahead = bool(told) and all(y.future for y in told)
        # "Lavrov and Wang Yi are holding talks in Moscow ... Wang Yi arrived in Moscow on February 21": a meeting told
        # as going on is of the day the report was written, not of a day its trip lends it
        now = any(told_going_on(self.ctx, y) for y in own)
        # "will meet Xi during a visit next week ... will begin his trip in Chongqing on Sunday": where the meeting's own
        # words date it, a day of the trip told of its traveller alone is the trip's
        trip_days = m.trip_mentions()
        # "Blinken had begun his visit in Shanghai on Wednesday. He later met President Xi": a leg of the trip told in
        # the past perfect came before the time the article tells, and its day is no day of a meeting told after it
        before = self._in_past_perfect(m, any)
        for x in m.mentions:
            t = x.timex
            if t is None or (ahead and id(x) in m.lent and _tells_a_day(t)
                             and (not x.future and t.direction != "future" or self._departure(x))) or \
                    (now and (id(x) in m.lent or journey_verb(x))) or id(x) in trip_days or aside_journey(self.ctx, x) \
                    or (arrival_at_night(self.ctx, x) and len(m.mentions) > 1) or self._ordered_before(m, x) \
                    or (id(x) in m.lent and not before and self._told_before_time(x)) \
                    or (not ahead and x.encounter and x.future and reaches_ahead(t, self.ctx.anchor)):
                continue        # (nor, for a meeting told held, a time ahead of its report that an act told ahead
                                # gives: "by inviting Albanese to India for the World Cup later this year")
            prec_rank = {"day": 0, "week": 2, "month": 3, "season": 4, "quarter": 4, "year": 5}.get(t.precision or "", 6)
            if id(x) in m.lent and _trip_end(t):
                prec_rank = 3       # (the days of a trip it is part of tell only its month)
            explicit = 0 if t.basis == "explicit" else 1
            # (a day of its own before the day of the saying that reports it: "said on Saturday"; and that before the
            # day of a journey done, which came before the meeting: "Trump said on Tuesday ... as he hosts Netanyahu
            # ... Netanyahu arrived in Washington on Sunday")
            ranked.append((prec_rank, journey_verb(x) and not x.future, x.said_day, explicit, x.trigger[0], t, x))
        if ranked:
            ranked.sort(key=lambda r: r[:5])
            t, x = ranked[0][-2:]
            m.date = t
            trip = _trip_end(t) if id(x) in m.lent else None
            if t.value:
                cand.date, cand.date_precision, cand.date_mod = t.value.split("T")[0], t.precision, t.mod
                if ahead and x.future and (later := _weekday_ahead(t, self.ctx.anchor)) is not None:
                    cand.date = later       # "Scholz was due to travel on to Cairo on Wednesday", in Tuesday's report
                basis = t.basis if t.basis != "relative to publication date" else f"relative to the {self.anchor_basis}"
                cand.date_basis = f"{'explicit date' if t.basis.startswith('explicit') else basis}: \"{t.text}\""
                if t.spec.get("alternatives"):
                    cand.date_alternatives = list(t.spec["alternatives"])
                if trip and t.value[:7] == trip[:7]:
                    # "a state visit to Brazil from Nov. 13 to 21 ... During the state visit, Xi will hold talks with
                    # Lula": the trip's days tell only the month of a meeting on one of them
                    cand.date, cand.date_precision, cand.date_mod = t.value[:7], "month", None
                    cand.date_basis = (f"the month of the trip it is part of: from \"{t.text}\" to day "
                                       f"{t.spec['second_day'][2]}")
                elif t.precision == "day" and (end := span_end(t, cand.date)) is not None:
                    # "September 16-17": a meeting of two days, dated by the first, ending on the second
                    cand.date_end = end
            else:
                cand.date_basis = f"relative expression \"{t.text}\" with no anchor (the article has no publication date)"
                cand.date_precision = t.precision
                # what the text says of the day, for the corpus stage to complete ("September 17", "Sunday")
                cand.date_spec = {k: v for k, v in t.spec.items() if k in ("kind", "m", "d", "wd", "y", "direction",
                                                                              "unit", "n", "year_n", "second_day")}
                if "second_day" in cand.date_spec:
                    cand.date_spec["second_day"] = cand.date_spec["second_day"][2]
            cand.date_text = t.text
            cand.cite("date", (t.start, t.end))
            self._span_edges(m, cand)
            return
        # (not a meeting told as an earlier one: "Meloni's last face-to-face meeting with the Chinese leader was on the
        # sidelines of the G20 in Bali")
        if not (self._earlier(m) or self._earlier(m, EARLIER_OCCASION)) and self._date_of_other(
                m, cand, self._held_beside(m), "the date of the meeting it was held beside", _counting):
            return
        # (a journey's other leg, "visited Malaysia before arriving in Indonesia", is no day of the lead's)
        # (nor is a meeting told as an earlier one: "briefed Modi on his recent talks with Trump in Alaska")
        # (nor one told as done many times: "he had visited the White House many times as prime minister"; nor one of
        # a person in an office of the past: "met then Italian Prime Minister Paolo Gentiloni at Palazzo Chigi")
        lead = self._is_lead(m) and not self._subordinate(m) and not m.future and not m.leg \
            and not self._earlier(m, EARLIER_OCCASION) and not all(x.apart_in_time for x in m.mentions) \
            and not all(MANY_TIMES.search(self.ctx.sentence_text(x.sentence)) for x in m.mentions) \
            and not self._of_the_late(m)
        # "Crown Prince Mohammed bin Salman received Biden on Friday. Earlier, King Salman received the US president":
        # a meeting of the lead with no date of its own is on the day of the one the lead dates
        if lead and self._date_of_other(m, cand, self._dated_companion(m), "the day of the meeting told beside it",
                                        _counting):
            return
        if lead and self._in_past_perfect(m):
            cand.date_basis = "unknown: told in the past perfect, before the time the article tells"
            return
        if self.lead_date is not None and lead and (not self.lead_people or len(
                {p.name_key for p in m.parts if p.kind == "person" and p.name_key} & self.lead_people) >= 2):
            cand.date, cand.date_precision = self.lead_date.isoformat(), "day"
            cand.date_basis = f"{self.anchor_basis} used as a fallback (no date in the text)"
            alts = [c.value for c in self.ctx.article.published.candidates[1:] if c.precision == "day"]
            cand.date_alternatives = [a for a in alts if a != cand.date]
        else:
            cand.date_basis = "unknown"

    def _ordered_before(self, m: Meeting, x) -> bool:
        """Whether a mention of a journey is told as done before another mention of the meeting ("arrived in Turkey on
        Thursday and visited the region struck by the earthquakes before the talks"): its day is its own, not the
        meeting's (not an act of their occasion: "shake hands before their talks on Thursday")."""
        if x.noun or not going_word(x.trigger_text):
            return False
        return any(self.ctx.text[a:b].lower().startswith(AHEAD_PHRASES) and any(
            y is not x and y.sentence == x.sentence and within(y.trigger, ((a, b),)) for y in m.mentions)
            for a, b in x.ordered)

    def _span_edges(self, m: Meeting, cand: Candidate) -> None:
        """A meeting's first or last day told apart ("concluded their negotiations on May 11 ... The talks began on May
        10"): a meeting of days, dated by its first, ending on its last (a few days apart at most)."""
        if cand.date_precision != "day" or not cand.date or len(cand.date) != 10:
            return
        day = dt.date.fromisoformat(cand.date)
        for x in m.edges:
            value = (x.timex.value or "").split("T")[0]
            if len(value) != 10:
                continue
            edge = dt.date.fromisoformat(value)
            gap = (day - edge).days if x.span_edge == "start" else (edge - day).days
            if not 0 < gap <= COMPANION_DAYS:
                continue
            if x.span_edge == "start":
                cand.date_end = cand.date_end or cand.date
                cand.date = value
                cand.date_basis += f"; began \"{x.timex.text}\""
            else:
                cand.date_end = value
                cand.date_basis += f"; ended \"{x.timex.text}\""
            cand.cite("date", (x.timex.start, x.timex.end))
            day = dt.date.fromisoformat(cand.date)

    def _date_of_other(self, m: Meeting, cand: Candidate, other: Meeting | None, basis: str,
                       _counting: frozenset[int]) -> bool:
        """Give a meeting the date of another meeting of the article (held beside it, or told beside it in the lead),
        so labelled; whether it had one."""
        tmp = self._date_of(other, m, _counting)
        if tmp is None or not (tmp.date or tmp.date_spec):
            return False
        for name in DATE_FIELDS:
            setattr(cand, name, getattr(tmp, name))
        cand.date_basis = f"{basis} ({tmp.date_basis})"
        for span in tmp.evidence.get("date", []) + [self.ctx.spans[x.sentence] for x in m.mentions]:
            cand.cite("date", span)
        return True

    def _date_of(self, other: Meeting | None, m: Meeting, _counting: frozenset[int]) -> Candidate | None:
        """A scratch candidate holding another meeting's date, as `_set_date` gives it; None where that date would
        be counted from this meeting itself."""
        if other is None or id(other) in _counting | {id(m)}:
            return None
        tmp = Candidate("", 0, "CONSULT", None, "happened", [], [])
        self._set_date(other, tmp, _counting | {id(m)})
        return tmp

    def _with_its_people(self, m: Meeting) -> list[Meeting]:
        """The article's other meetings, of two parties or more, that share a person with this one and are not told
        only as before or after another act."""
        return [o for o in self.meetings if o is not m and len(o.parts) >= 2 and not o.frame and not o.generic
                and o.person_keys() & m.person_keys() and not self._subordinate(o)]

    def _dated_companion(self, m: Meeting) -> Meeting | None:
        """A meeting of the lead that shares a person with this one and that its own words date to the day."""
        # (told before it, as the day it goes back to: not "Starmer and Macron agreed ..., after talks at Downing Street
        # on the final day of the visit. ... On Tuesday, Macron was hosted by King Charles")
        first = min(x.sentence for x in m.own_mentions() or m.mentions)
        # (nor a meeting a photo's caption dates: "FILE - Putin and Xi shake hands ... in Beijing, May 16, 2024")
        # (by its own mentions: a frame lent to both, "the meeting" of a live blog's headline, tells no order; and the
        # one told nearest before it: "Later on Sept 5, Modi called on Tharman ... Lee hosted Modi to lunch", not the
        # dinner of Sept 4 told first)
        told = [(max(x.sentence for x in own if x.sentence <= first), o) for o in self._with_its_people(m)
                if not o.future and self._is_lead(o) and o.base is not m     # (not one dated from this one)
                and any(_tells_a_day(x.timex) and self.ctx.kinds[x.sentence] != "caption" for x in o.mentions)
                and (own := o.own_mentions() or o.mentions) and min(x.sentence for x in own) <= first]
        return max(told, key=lambda t: t[0])[1] if told else None

    def _held_beside(self, m: Meeting) -> Meeting | None:
        """The meeting of the article that a meeting told "on the sidelines" was held beside: one of its people's
        ("Kishida and Yoon also held talks on the sidelines of the trilateral meeting"), else the lead meeting of its
        states ("Foreign Ministers Baerbock and Sikorski held separate talks on the sidelines" of the chancellor's
        consultations with the prime minister)."""
        aside = [t for x in m.mentions if SIDELINES.search(t := self.ctx.sentence_text(x.sentence))]
        if aside and all(SIDELINES_OF_MANY.search(t) for t in aside):
            return None         # "have met on the margins of summits": beside no meeting told
        if not aside:
            # (or told as held "also", by other people of the same states: "Greek Foreign Minister Gerapetritis and his
            # Turkish counterpart Fidan also held separate talks", beside their leaders' meeting; one that shares a
            # person with another, "Iwaya also met Li Qiang", is another meeting of that person's day)
            if not m.own_mentions() or not all(ALSO_ACT.search(self.ctx.text, self.ctx.spans[x.sentence][0], x.trigger[0])
                                               for x in m.own_mentions()) or next(iter(self._with_its_people(m)), None):
                return None
        elif beside := next((o for o in self._with_its_people(m) if o.person_keys() != m.person_keys()
                             and not self._earlier(o)), None):
            return beside       # (another meeting of the same people is none it was held beside: "held talks on the
                                # sidelines of ASEAN events ... Lavrov and Rubio previously met in Riyadh on February 18")
        # (the lead of its states only for the sidelines of no occasion named: not "the October 2024 meeting between
        # Modi and Xi on the sidelines of the BRICS Summit in Kazan", which a visit of their ministers comes after)
        if any(SIDELINES_OF.search(self.ctx.sentence_text(x.sentence)) for x in m.mentions):
            return None
        states = {p.country for p in m.parts if p.country}
        return next(
            (o for o in self.meetings if o is not m and len(o.parts) >= 2 and not o.frame and not o.generic
             and not o.future and self._is_lead(o) and not self._subordinate(o)
             and len(states) >= 2 and states <= {p.country for p in o.parts if p.country}), None)



def _weekday_ahead(t: Timex, anchor: dt.date | None) -> str | None:
    """The next such weekday, for a weekday the tense read as past that names the day of a meeting told only as ahead."""
    if anchor is None or t.rule != "weekday" or t.direction != "past" or t.precision != "day" or "wd" not in t.spec:
        return None
    if (t.value or "")[:10] >= anchor.isoformat():
        return None
    return weekday_near(anchor, t.spec["wd"], "future").isoformat()


def _trip_end(t: Timex) -> str | None:
    """The last day of a span of days that a time expression gives (`mention_time.span_end`) where it is resolved to the
    day: a trip (the caller asks of a frame's mention), whose meetings fall on one of its days."""
    return span_end(t) if t.precision == "day" and t.value else None


def _tells_a_day(t: Timex | None) -> bool:
    """Whether a time expression names a day, resolved or not yet ("Monday" of an undated article)."""
    return (v := comparable_value(t)) is not None and len(v.split("T")[0]) == 10


# the date fields a meeting takes from the meeting it was held beside
DATE_FIELDS = ("date", "date_precision", "date_mod", "date_text", "date_alternatives", "date_spec", "date_end")
