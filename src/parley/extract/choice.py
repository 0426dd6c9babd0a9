"""Each meeting as a candidate event: its parties, mode and status, chosen from its mentions, with the evidence for
each (its day: meeting_dates.py; its place: meeting_places.py).

Mode: visit, third-party, multilateral or phone. Status: happened, planned ("will meet") or background ("had met in
2019").
"""
from __future__ import annotations

import datetime as dt

from ..time import coarse_spec, value_to_date_range
from .actors import ArticleActors
from .candidate import Candidate
from .context import ArticleContext, date_of
from .cues import (COPRESENCE, EARLIER_OCCASION, EARLIER_TIME, LAST_MET, PAST_PERFECT, PHONE_WORDS, RECENT_DAYS,
                   RELATIVE_BEFORE, REPORTED_BEFORE, THE_LATE, THEN_TITLE)
from .lexicon import CALL_FORMS, CONVERSE_FORMS, SPEAK_FORMS
from .meeting import Meeting
from .meeting_sameness import tells_earlier
from .places import DATELINE_BASIS


class FieldChooser:
    """The assembly's step that turns each meeting into a `Candidate` with its place, mode and status (and, through
    DateChooser, its date)."""
    ctx: ArticleContext
    actors: ArticleActors
    meetings: list[Meeting]

    def _hosts(self, m: Meeting, persons: frozenset[str]) -> bool:
        """Whether a meeting's mentions show these persons receiving a visitor ("Wang will call on Prime
        Minister Modi"): their own trip abroad ("Modi's planned trip to China") is another meeting."""
        return any(x.trigger_text.lower() in CALL_FORMS and any(r.actor in persons for r in x.recipients)
                   for x in m.mentions)

    def _meeting_candidate(self, m: Meeting) -> Candidate | None:
        # ("Armenia and Azerbaijan held talks ... Armenia's delegation, led by Ararat Mirzoyan": talks told at state
        # level are between the heads of the delegations the article names)
        m.parts = self.headed(m.parts)
        if not self._parties_of_meeting(m):
            return None
        art = self.ctx.article
        cand = Candidate(art.id, 0, "CONSULT", None, "happened", [], [])
        for x in m.mentions:
            s, e = self.ctx.spans[x.sentence]
            cand.sentences[x.sentence] = (s, e, self.ctx.text[s:e])
            cand.cite("event", (s, e))
        for p in m.parts:
            a = self.actors.actor(p.key)
            if a:
                for fieldname in ("country", "title"):
                    for span in a.evidence.get(fieldname, [])[:2]:
                        cand.cite(f"participants.{fieldname}", span)
        self._set_date(m, cand)
        self._set_place(m, cand)
        self._set_mode_roles(m, cand)
        if cand.mode == "phone":          # a call has no meeting place: "spoke by phone ... about the war in Gaza"
            cand.location = None
            cand.evidence.pop("location", None)
        self._set_status(m, cand)
        cand.contexts = ["diplomatic"] + (["future"] if cand.status == "planned" else [])
        return cand

    @staticmethod
    def _parties_of_meeting(m: Meeting) -> bool:
        """Keep a meeting's parties to the officials where two or more of them are named: the G20
        at which they met, the host state or the European Union beside them are not parties. A
        meeting needs two countries (or a country and an organisation). False when none is left."""
        # (a person of no title and no state who shares a titled party's family name is of that party's family, no
        # party of the meeting: "The two leaders and their wives, first lady Kim Keon Hee and Yuko Kishida, laid
        # flowers")
        m.parts = [p for p in m.parts if not _relative_of(p, m.parts)]
        persons = [p for p in m.parts if p.kind == "person"]
        # (not where they are all of one state: "Lavrov and Kremlin aide Yuri Ushakov will hold talks with U.S.
        # officials" is a meeting with the United States)
        known = {p.country for p in persons if p.country}
        if len(persons) >= 2 and (len(known) >= 2 or known and any(not p.country for p in persons)):
            covered = {p.country for p in persons}
            m.parts = persons + [p for p in m.parts if p.kind == "generic" and p.country not in covered]
        countries = {p.country for p in m.parts if p.country and p.kind != "org"}
        # (a body of the one state the meeting has is that state's own: "Trump is scheduled to meet American troops")
        orgs = [p for p in m.parts if p.kind == "org" and not (p.country and p.country in countries)]
        unknown = [p for p in m.parts if not p.country]
        return len(countries) >= 2 or (countries and orgs) or bool(unknown) and len(m.parts) >= 2

    def _frame_candidate(self, m: Meeting) -> Candidate | None:
        """A visit or a meeting with unnamed officials that no specific meeting covers."""
        if len(m.parts) < 2:
            return None
        return self._meeting_candidate(m)

    def _in_past_perfect(self, m: Meeting, quantifier=all) -> bool:
        """Whether all (or any) of the sentences that tell a meeting are in the past perfect ("had met")."""
        told = [self._told_before_time(x) for x in m.own_mentions()]
        return bool(told) and quantifier(told)

    def _told_before_time(self, x) -> bool:
        """Whether a mention's sentence is in the past perfect, of a time before the article's."""
        return _past_perfect(self.ctx.sentence_text(x.sentence), x.trigger[0] - self.ctx.spans[x.sentence][0])

    def _is_lead(self, m: Meeting) -> bool:
        lead = self.ctx.opening(4)
        return any(x.sentence in lead for x in m.mentions) or (m in self.meetings[:1])

    def _set_mode_roles(self, m: Meeting, cand: Candidate) -> None:
        parts = [p for p in m.parts if p is not None]
        countries = [c for c in dict.fromkeys(p.country for p in parts if p.country)]
        modes = {x.mode for x in m.mentions if x.mode and (x.timex is None or not x.timex.value or not cand.date
                                                           or x.timex.value.split("T")[0] == cand.date)}
        # a mention dated otherwise ("they last spoke by video call in March") says nothing of this one's mode
        sentence_texts = " ".join(self.ctx.own_text(x) for x in m.mentions
                                  if x.timex is None or not x.timex.value or not cand.date
                                  or x.timex.value.split("T")[0] == cand.date)
        loc = m.place.country if m.place else None
        # ("WEST PALM BEACH, Fla. (AP) — Trump said Wednesday he had a 'wonderful conversation'": no visit there)
        if m.place and m.place.basis == DATELINE_BASIS and _only_talked(m, CONVERSE_FORMS):
            loc = None
        mode = None
        # (a phone word beside a meeting told in a city of its own is another's: "met Trump in Riyadh ..., while
        # Erdogan joined the meeting by telephone")
        placed = any(x.place is not None and x.place.kind != "country" and x.mode != "phone" for x in m.mentions)
        # (nor beside a mention of its own told as held face to face: "has held his first face-to-face talks with
        # Albanese ... had already established a good rapport over the phone")
        placed = placed or any(x.mode != "phone" and COPRESENCE.search(self.ctx.own_text(x)) for x in m.own_mentions())
        if "phone" in modes or (PHONE_WORDS.search(sentence_texts) and not placed):
            mode = "phone"
        elif not placed and _only_talked(m, SPEAK_FORMS) and any(
                PHONE_WORDS.search(self.ctx.sentence_text(i)) for i, k in enumerate(self.ctx.kinds) if k == "body"):
            # "Trump said Friday that he had spoken with Xi ... 'The call was a very good one'": what they spoke in
            # is the call the article names
            mode = "phone"
        elif len(countries) >= 3:
            mode = "multilateral"
        elif loc and countries and loc not in countries and all(p.country for p in parts):
            mode = "third-party"        # (not where a party's country is unknown: the place may be theirs)
        elif loc and loc in countries and len(countries) >= 2:
            mode = "visit"
        elif "visit" in modes:
            mode = "visit"
        cand.mode = mode
        for x in m.mentions:
            if x.mode and x.mode == mode:
                cand.cite("mode", (x.trigger[0], x.trigger[1]))
        if mode == "visit" and loc:
            guests = [p for p in parts if p.country != loc]
            hosts = [p for p in parts if p.country == loc]
            if guests and hosts:
                cand.actors, cand.recipients = guests, hosts
                return
        cand.actors, cand.recipients = parts, []

    def _set_status(self, m: Meeting, cand: Candidate) -> None:
        anchor = self.ctx.anchor
        start = date_of(cand.date)
        rng = value_to_date_range(cand.date) if cand.date else None
        # (a frame's mentions tell of the trip: "Wang arrived in New Delhi on Monday" does not make "Wang is also
        # expected to meet Doval" happen)
        # (nor does a mention that names no one, of the trip the meeting is part of: "The trip is Meloni's first to
        # China" beside "Meloni will meet Li Qiang on Sunday")
        own = m.own_mentions()
        if m.future and not any(not x.future for x in ([x for x in own if x.actors or x.recipients] or own)):
            cand.status = "planned"
        elif anchor and rng and rng[0] > anchor and not self._told_done_after_guess(m) \
                and not (m.date is not None and m.date.spec.get("zone_ahead")):
            cand.status = "planned"
        if anchor and rng and rng[1] < anchor - dt.timedelta(days=RECENT_DAYS):
            cand.status = "background"
        elif anchor is None and m.date is not None and (
                m.date.spec.get("kind") == "offset" and m.date.spec.get("n", 0) < 0
                and m.date.spec.get("unit") in ("month", "year", "week")
                or (m.date.spec.get("year_n") or 0) < 0):
            cand.status = "background"      # ("a week ago", "last month", "in June last year": long before any day)
        if cand.status == "happened" and start is None and self._in_past_perfect(m, all if self._is_lead(m) else any):
            cand.status = "background"      # "Ramaphosa had spoken by phone with Putin days earlier"
        if cand.status == "happened" and self._subordinate(m) and not m.same_day:
            cand.status = "background"      # "met on Monday, days after the two spoke by telephone": the call (not
                                            # "hours after holding talks with his counterpart": news of the same day)
        if cand.status == "happened" and (self._earlier(m, LAST_MET) or self._dated_as_last(m)):
            cand.status = "background"      # "The two ministers last met in July in Vientiane", in an undated report
        if cand.status == "happened" and start is None and self._earlier(m, EARLIER_OCCASION):
            cand.status = "background"      # "the 50th anniversary of Whitlam's visit to China", "their previous talks"
        if cand.status in ("happened", "planned") and self._of_the_late(m):
            cand.status = "background"      # "the late Prime Minister Shinzo Abe ... Abe famously visited Trump", "met
                                            # then-president Joko Widodo at the Bogor Palace"

    def _of_the_late(self, m: Meeting) -> bool:
        """Whether a person of the meeting is told as dead ("the late Prime Minister Shinzo Abe") or, in its sentences, in
        an office of the past ("then-president Joko Widodo"): a meeting of theirs is one before the news."""
        told = [self.ctx.spans[x.sentence] for x in m.mentions]
        for p in m.parts:
            a = self.actors.actor(p.key) if p.kind == "person" else None
            if a is not None and any(THE_LATE.search(self.ctx.text, max(0, s - 40), s) or (
                    any(a0 <= s < b0 for a0, b0 in told) and THEN_TITLE.search(self.ctx.text, max(0, s - 40), s))
                    for s, _ in a.mentions):
                return True
        return False

    def _dated_as_last(self, m: Meeting) -> bool:
        """Whether a meeting's day is told by a mention of the meeting before the news: "Macron, who last hosted
        Netanyahu at the Elysee palace for dinner in February" (its other mentions, "dinner", a press conference told
        with no day, do not make it the news)."""
        t = m.date
        return t is not None and any(
            x.timex is not None and x.timex.start == t.start and tells_earlier(
                self.ctx.sentence_text(x.sentence), x.trigger[0] - self.ctx.spans[x.sentence][0], LAST_MET)
            for x in m.mentions)

    def _told_done_after_guess(self, m: Meeting) -> bool:
        """Whether a meeting's day, after the day its report is read as of, is one the text names as done, in a report
        the corpus dated by a guess of its day: "Kishida returned the visit in May, travelling to Seoul for talks with
        Yoon on May 7", in an undated retrospective read as of the day after its first meeting, on March 16; or the
        weekday of a trip's later leg, "met bin Salman in Jeddah on Monday, ... and bin Zayed in Abu Dhabi on
        Wednesday", read as of that Tuesday."""
        t = m.date
        return t is not None and self.ctx.article.published.precision != "day" and (
            t.spec.get("kind") in ("date", "month_day") or t.rule == "weekday" and t.direction == "past")

    def _mark_main(self, cands: list[Candidate]) -> None:
        for c in cands:
            # (in a report of no date too, not a meeting told a month or more before: "The two leaders held talks in
            # New York last September", beside the summit ahead it is about)
            c.main = c.status == "happened" and c.type == "CONSULT" and (
                c.date is None and not coarse_spec(c.date_spec)
                or c.date_precision == "day" and self.ctx.anchor is not None and date_of(c.date)
                and abs((date_of(c.date) - self.ctx.anchor).days) <= 3
                or self.ctx.anchor is None and not coarse_spec(c.date_spec))
        mains = [c for c in cands if c.main and c.date_precision == "day" and c.date]
        for c in cands:
            # "Xi and Kishida met in San Francisco in mid-November": a past meeting told at month
            # precision beside the article's own meeting is background to it
            if not c.main and c.status == "happened" and mains and c.date_precision in ("month", "year", "season") \
                    and c.date and c.date <= mains[0].date[:len(c.date)] and not (set(c.evidence.get("event", [])) &
                                                                                  set(mains[0].evidence.get("event", []))):
                c.status = "background"


def _only_talked(m: Meeting, forms: frozenset[str]) -> bool:
    """Whether every mention of a meeting tells only of talking (`forms`, or "discussed"), not of where they met."""
    return all(x.trigger_text.lower() in forms or x.trigger_text.lower().startswith("discuss") for x in m.mentions)


def _relative_of(p, parts) -> bool:
    """Whether a party is a person of no title or state whose family name is that of a titled person among `parts`."""
    return p.kind == "person" and not p.title and not p.country and bool(p.family) and any(
        q is not p and q.kind == "person" and q.title and q.family == p.family for q in parts)


def _past_perfect(text: str, trigger_at: int | None = None) -> bool:
    """Whether a sentence tells something in the past perfect of a time before the article's ("had spoken by phone
    days earlier"), not only as the past perfect of reported speech ("said that Lula had met Xi": cues.REPORTED_BEFORE),
    nor only in a relative clause after the trigger (at `trigger_at` in the sentence), of another thing: "Albanese's
    talks with Trump produced the line on AUKUS that Canberra had been chasing since January"."""
    return any((not REPORTED_BEFORE.search(text, 0, m.start()) or EARLIER_TIME.search(text, m.start()))
               and not ((rel := RELATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())) is not None
                        and trigger_at is not None and trigger_at < rel.start())
               for m in PAST_PERFECT.finditer(text))
