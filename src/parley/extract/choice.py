"""The place, mode and status of each meeting, chosen from its mentions, with the evidence for each (its day:
meeting_dates.py).

Place: the place its own mentions name, a report's wire dateline, a city another sentence or caption about it names
(a city refines a country: "in China" and a caption's "Beijing"), the meeting it was held beside, the city of
arrival, another meeting of the same trip, the lead meeting's dateline; a visit placed only in its host country is in
the capital, so labelled. Mode: visit, third-party, multilateral or phone. Status: happened, planned ("will meet") or
background ("had met in 2019").
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..time import value_to_date_range
from .actors import ArticleActors
from .candidate import Candidate
from .context import ArticleContext, date_of, quoted, within
from .cues import (ALSO, ARRIVAL, COMPANION_DAYS, EARLIER_OCCASION, EARLIER_TIME, FURNITURE, LAST_MET, MEETING_ONLY,
                   PAST_PERFECT, PHONE_WORDS, PLACE_THEN, RECENT_DAYS, REPORTED_BEFORE, SIDELINES, TOLD_AHEAD)
from .lexicon import CALL_FORMS, CONVERSE_FORMS, SPEAK_FORMS
from .meeting import Meeting
from .mention_time import comparable_value
from .places import CAPITAL_GUESS, DATELINE_BASIS, Place, near_city, place_dict


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
        self._heads_of_delegation(m)
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

    def _place_by_companions(self, meetings: list[Meeting], cands: list[Candidate | None]) -> None:
        """A meeting that nothing placed (not even a dateline or the host's capital) is where another meeting of its
        people on the same trip is (`_companion_place`), once every meeting is placed: "Erdogan signed a declaration
        with Mitsotakis at the Maximos Mansion ... Erdogan also met with President Sakellaropoulou", whichever of the
        two the article told first. Its mode and roles follow its new place."""
        for m, cand in zip(meetings, cands):
            if cand is None or cand.mode == "phone" or m.place is not None:
                continue
            found = self._companion_place(m)
            if found is None:
                continue
            m.place = found
            cand.location = place_dict(found)
            cand.cite("location", (found.start, found.end))
            self._set_mode_roles(m, cand)

    def _heads_of_delegation(self, m: Meeting) -> None:
        """"Armenia and Azerbaijan held talks ... Armenia's delegation, led by Ararat Mirzoyan, ...":
        talks told at state level are between the heads of the delegations the article names."""
        heads = {}
        for a in self.actors.people():
            if a.heads:
                heads.setdefault(a.heads, []).append(a)
        if not heads:
            return
        for i, p in enumerate(m.parts):
            if p.kind == "state" and len(heads.get(p.country, [])) == 1:
                m.parts[i] = self.party(heads[p.country][0].key)

    @staticmethod
    def _parties_of_meeting(m: Meeting) -> bool:
        """Keep a meeting's parties to the officials where two or more of them are named: the G20
        at which they met, the host state or the European Union beside them are not parties. A
        meeting needs two countries (or a country and an organisation). False when none is left."""
        persons = [p for p in m.parts if p.kind == "person"]
        if len(persons) >= 2 and len({p.country for p in persons if p.country} | {None}) >= 2:
            covered = {p.country for p in persons}
            m.parts = persons + [p for p in m.parts if p.kind == "generic" and p.country not in covered]
        countries = {p.country for p in m.parts if p.country and p.kind != "org"}
        orgs = [p for p in m.parts if p.kind == "org"]
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
        return _past_perfect(self.ctx.sentence_text(x.sentence))

    def _is_lead(self, m: Meeting) -> bool:
        lead = self.ctx.opening(4)
        return any(x.sentence in lead for x in m.mentions) or (m in self.meetings[:1])

    def _set_place(self, m: Meeting, cand: Candidate) -> None:
        """The meeting's place, in order of evidence:
        1. a place attached to one of its own mentions (a venue or city before a country);
        2. the wire dateline of a sentence that reports it ("BEIJING (AP) - Macron appealed to Xi");
        3. a city or venue that another sentence or caption about the meeting names (two
           participants, or one with a meeting word), unless it is not the meeting's to take (`_owned_places`);
        4. the place of the meeting of that trip it was held beside ("On the sidelines, ..."), the city its people
           arrived in that day, the place of another meeting of the same trip (`_companion_place`);
        5. the dateline of the article's lead meeting;
        6. a visit placed only in the host country: its capital, so labelled (places.CAPITAL_GUESS).
        A dateline (2, 5) places no meeting told as before or after another act, nor one dated before the days the
        article was written in (`_of_its_time`): the reporter's city is where the article was filed."""
        best: Place | None = None
        trips = m.trip_mentions()       # ("will begin his trip in Chongqing on Sunday": the trip's place)
        # "at his residence outside Ankara": somewhere in Turkey, and not in Ankara, whatever else names Ankara
        near = next((c for x in m.mentions if (c := near_city(x.place))), None)
        for x in m.mentions:
            p = x.place
            if p is not None and id(x) not in trips and p.name.lower() != near \
                    and (best is None or best.kind == "country" and p.kind != "country"
                         or p.venue and not best.venue and p.name == best.name):
                best = p        # (the city with its venue where another mention names one: "at the Great Hall")
        if best is None:
            # "Araghchi, who traveled to Moscow on Tuesday, met Lavrov on Wednesday": where the trip went
            best = next((x.place for x in m.mentions if id(x) in trips and x.place is not None
                         and any(r.start <= x.place.start < r.end for r in x.recipients)), None)
        if best is None or best.kind == "country":
            dl = self.ctx.dateline()
            if dl is not None and dl.kind != "country" and (best is None or dl.country == best.country) \
                    and dl.name.lower() != near \
                    and not self._subordinate(m) and self._of_its_time(cand) \
                    and any(self.ctx.spans[x.sentence][0] <= dl.start < self.ctx.spans[x.sentence][1] for x in m.mentions):
                best = dl
        if best is None or best.kind == "country":
            keys = {p.key for p in m.parts if p.key}
            own = {x.sentence for x in m.mentions}
            held = any(not x.future for x in m.own_mentions())
            for i, (s, e) in enumerate(self.ctx.spans):
                if not self._about_meeting(i, keys, m):
                    continue
                if held and i not in own and TOLD_AHEAD.search(self.ctx.text, s, e):
                    continue    # (what lies ahead is not where a meeting told done was held)
                if self.ctx.kinds[i] in FURNITURE and not self._of_its_time(cand):
                    continue    # (a headline tells the news: "Modi, Xi meet in Kazan" is not where they met in 2019)
                owned = self._owned_places(m, cand, i, keys)
                found = next((p for p in self.ctx.places[i] if p.kind != "country" and (p.start, p.end) not in owned
                              and (best is None or p.country == best.country) and p.name.lower() != near), None)
                if found is not None:
                    cand.cite("location", (s, e))
                    best = Place(found.name, found.country, found.kind, found.start, found.end,
                                 self.ctx.kinds[i] if self.ctx.kinds[i] in FURNITURE else "another sentence", found.venue)
                    break
        if best is None and any(SIDELINES.search(self.ctx.sentence_text(x.sentence)) for x in m.mentions):
            # "On the sidelines, Museveni and Hassan also held bilateral talks": where the meeting was
            # that it was held beside
            # (not one of another time: "on the sidelines of the APEC summit ... since they held talks in Bali"; nor, for
            # a meeting held, one ahead: "their first on the sidelines of the G7 summit in June. Lee will fly to
            # Washington on Sunday for a summit with Trump")
            beside = next((x.place for o in self.meetings if o is not m and o.parts and not o.frame
                           and not self._other_time(o, cand) and not (o.future and not m.future)
                           for x in o.mentions if x.place is not None and x.place.kind != "country"), None)
            if beside is not None:
                best = replace(beside, basis="the place of the meeting it was held beside")
        if (best is None or best.kind == "country") and cand.date:
            arrived = self._arrival_place(m, cand, best)
            best = arrived if arrived is not None and arrived.name.lower() != near else best
        if best is None:
            best = self._companion_place(m)
        if best is None and self._is_lead(m) and not self._subordinate(m) and self._of_its_time(cand):
            best = self.ctx.dateline()      # (the reporter's city is no place of what the lead tells as before its act)
        if best is not None and best.kind == "country" and best.country in m.countries() and near is None \
                and self.actors.gaz.capital_of.get(best.country) \
                and not any(p.country == best.country and p.kind != "country" for ps in self.ctx.places for p in ps):
            best = Place(self.actors.gaz.capital_of[best.country], best.country, "city", best.start, best.end,
                         f"{CAPITAL_GUESS} (no city named; {best.name} is)")
        if best is not None:
            m.place = best
            cand.location = place_dict(best)
            cand.cite("location", (best.start, best.end))

    def _owned_places(self, m: Meeting, cand: Candidate, i: int, keys: set) -> set[tuple[int, int]]:
        """The spans of the places of sentence `i` that are not the meeting's to take: another meeting's place, or an
        event's of other people ("Wang is to visit Moscow for talks with Lavrov", "meetings between Sullivan and Wang
        in May in Vienna", "also met with students at ..."), or one of the same people at another time ("since they held talks in Bali last
        November"); a place in direct speech ("Putin smiled: “Next time in Moscow.”"), or of a time before or after
        ("the first time they met since May in Hiroshima"), or told with a day of its own. But a meeting of some of
        its own people on the same trip places it: "Wang and Kamikawa ahead of their talks in Busan" places their
        trilateral meeting with Park, told with no place of its own."""
        s = self.ctx.spans[i][0]
        others = [mt for mt in self.meetings if mt is not m and mt.parts]
        # (an act of its people's states alone is theirs: "India and the UK signed a trade deal in the presence of Modi
        # and Starmer at Chequers"; not "Modi's planned trip to China for the SCO summit in Tianjin")
        states = {f"state:{p.country}" for p in m.parts if p is not None and p.country}
        owned = {(x.place.start, x.place.end) for x in self.ctx.events
                 if x.sentence == i and x.place is not None and x not in m.mentions
                 and (x.others or _of_others({y.actor for y in x.actors + x.recipients if y.actor}, keys, states)
                      or any(x in mt.mentions and (not mt.person_keys() <= keys or (
                          len(mt.person_keys()) >= 2 and self._other_time(mt, cand))) for mt in others))}
        # (a place in a phrase of another time, "the first time the two leaders met since May in Asuncion", is no place
        # of this meeting, whichever meeting tells it; but one where its people meet on the same trip is, unless the
        # phrase is of this meeting's own mention)
        owned |= {(p.start, p.end) for p in self.ctx.places[i] if quoted(self.ctx.text, s, p.start)
                  or _in_ordered_phrase(p, i, m.mentions)
                  or ((_in_ordered_phrase(p, i, self.ctx.events) or self._dated_otherwise(p, cand))
                      and not self._companions(p, i, keys, others))}
        return owned

    def _companions(self, p: Place, i: int, keys: set, others: list[Meeting]) -> bool:
        """Whether a place of sentence `i` is where two or more of these people met on the same trip: "Wang and
        Kamikawa ahead of their talks in Busan on Saturday" places their trilateral with Park on Sunday."""
        return any(x.sentence == i and x.place is not None and (x.place.start, x.place.end) == (p.start, p.end)
                   and any(x in mt.mentions and len(mt.person_keys()) >= 2 and mt.person_keys() <= keys
                           for mt in others)
                   for x in self.ctx.events)

    def _of_its_time(self, cand: Candidate) -> bool:
        """Whether a candidate may be of the days the article was written in (where its dateline is): not one told as
        of last month ("citing the meeting between Xi and Biden in California last month")."""
        span = value_to_date_range(cand.date) if cand.date else None
        return span is None or self.ctx.anchor is None or span[1] >= self.ctx.anchor - dt.timedelta(days=COMPANION_DAYS)

    @staticmethod
    def _other_time(mt: Meeting, cand: Candidate) -> bool:
        """Whether another meeting of the article is told at a time that cannot be of the candidate's trip ("since they
        held talks in Bali last November": not where they met on Wednesday; but Saturday's talks in Busan, on the trip
        of Sunday's meeting, are)."""
        told = [v for x in mt.mentions if (v := comparable_value(x.timex))]
        a, b = (value_to_date_range(told[0]), value_to_date_range(cand.date)) if told and cand.date else (None, None)
        return a is not None and b is not None and max((a[0] - b[1]).days, (b[0] - a[1]).days) > COMPANION_DAYS

    def _dated_otherwise(self, p: Place, cand: Candidate) -> bool:
        """Whether a place is told with a day of its own, not the meeting's: "Xi, who had attended the summit in
        Rio de Janeiro on Monday and Tuesday, said ..." is no place of Wednesday's talks in Brasilia."""
        if not cand.date or len(cand.date) != 10 or ARRIVAL.search(self.ctx.text, max(0, p.start - 24), p.start):
            return False        # (the city one arrived in on Wednesday is where Thursday's talks are)
        after = next((t for t in self.ctx.event_timexes if t.start >= p.end), None)
        return after is not None and after.precision == "day" and bool(after.value) and after.value[:10] != cand.date \
            and bool(PLACE_THEN.fullmatch(self.ctx.text[p.end:after.start]))

    def _companion_place(self, m: Meeting) -> Place | None:
        """"Cho met Iwaya in Tokyo on Monday. He is also to call on Prime Minister Ishiba on Tuesday":
        a meeting the article places nowhere is where another meeting of one of its people is, on the
        same trip (within COMPANION_DAYS, or both undated), if that city is in a country of its parties
        (not the wire dateline's city: the reporter's)."""
        keys = m.person_keys()
        day = date_of(m.date.value) if m.date is not None and m.date.value else None
        for o in self.meetings:
            if o is m or o.frame or not o.parts or not keys & o.person_keys() or self._subordinate(o) \
                    or self._earlier(o) or (o.future and not m.future):
                continue            # (not "since they met at the Filoli estate in Woodside": another time; nor, for
                                    # a meeting held, "will meet again in Brasilia on Wednesday": the trip's next stop)
            other = date_of(o.date.value) if o.date is not None and o.date.value else None
            # ("Modi also met Pezeshkian": an undated meeting told as one more of the trip's)
            also = day is None and any(ALSO.search(self.ctx.own_text(x)) for x in m.mentions)
            if ((day is None) != (other is None) and not also) or (day and other and abs((day - other).days) > COMPANION_DAYS):
                continue
            # its mentions' place, or the one the article gave it (not the reporter's dateline, not another companion's)
            p = next((x.place for x in o.mentions if x.place is not None and x.place.kind != "country"), None) or (
                o.place if o.place is not None and o.place.kind != "country"
                and not o.place.basis.startswith((DATELINE_BASIS, "where another meeting")) else None)
            if p is not None and (p.country in m.countries() or also):
                # (the trip's city, not the other meeting's building)
                return replace(p, basis="where another meeting of its people on the same trip was", venue=None)
        return None

    def _arrival_place(self, m: Meeting, cand: Candidate, best: Place | None) -> Place | None:
        """"Albanese arrived in the Chinese capital on Sunday evening": where a participant arrived on
        the meeting's day or the day before (a stop two days earlier is on the way, not the meeting)."""
        rng = value_to_date_range(cand.date)
        keys = {p.key for p in m.parts if p.key}
        if rng is None or rng[0] != rng[1]:
            return None
        for i, (s, e) in enumerate(self.ctx.spans):
            arrival = ARRIVAL.search(self.ctx.text, s, e)
            if arrival is None or not {x.actor for x in self.actors.mentions_in(s, e, ("person",))} & keys:
                continue
            # (the arrival's own day: "arrived in Doha on Wednesday night after his visit to the UAE, where he held
            # talks on Tuesday" is no arrival for Tuesday's talks)
            told = [t for t in self.ctx.timexes if s <= t.start < e and t.value]
            own = [t for t in told if t.start >= arrival.end()][:1]
            days = [value_to_date_range(t.value) for t in own or told]
            if not any(d is not None and d[0] == d[1] and 0 <= (rng[0] - d[0]).days <= 1 for d in days):
                continue
            found = next((p for p in self.ctx.places[i] if p.kind != "country" and p.start >= arrival.start()
                          and (best is None or p.country == best.country)), None)
            if found is not None:
                cand.cite("location", (s, e))
                return Place(found.name, found.country, found.kind, found.start, found.end,
                             "where a participant arrived for it", found.venue)
        return None

    def _about_meeting(self, i: int, keys: set[str], m: Meeting | None = None) -> bool:
        """Whether a sentence speaks of a meeting's participants meeting: two of them, or one with a
        word of meeting, visiting or arriving; or it refers to the meeting ("The meeting will be in Bali")."""
        if m is not None and any(x.sentence == i and x.reference_only for x in m.mentions):
            return True
        s, e = self.ctx.spans[i]
        people = {x.actor for x in self.actors.mentions_in(s, e, ("person",))}
        named = people & keys
        if len(named) >= 2:
            return True
        # "Wang is to visit Moscow for talks with Lavrov": one participant meeting someone else;
        # "Albanese arrived in Shanghai": a stop on the way, not the meeting
        return len(named) == 1 and not people - keys and bool(MEETING_ONLY.search(self.ctx.text[s:e]))

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
        elif anchor and rng and rng[0] > anchor and not (m.date is not None and (m.date.spec.get("kind") in (
                "date", "month_day") or m.date.rule == "weekday" and m.date.direction == "past")
                and self.ctx.article.published.precision != "day"):
            # (but a day the text names, told done, in a report the corpus dated by a guess of its day: "Kishida
            # returned the visit in May, travelling to Seoul for talks with Yoon on May 7", in an undated retrospective
            # read as of the day after its first meeting, on March 16; or the weekday of a trip's later leg: "met bin
            # Salman in Jeddah on Monday, ... and bin Zayed in Abu Dhabi on Wednesday", read as of that Tuesday)
            cand.status = "planned"
        if anchor and rng and rng[1] < anchor - dt.timedelta(days=RECENT_DAYS):
            cand.status = "background"
        elif anchor is None and m.date is not None and m.date.spec.get("kind") == "offset" and m.date.spec.get("n", 0) < 0 \
                and m.date.spec.get("unit") in ("month", "year", "week"):
            cand.status = "background"
        if cand.status == "happened" and start is None and self._in_past_perfect(m, all if self._is_lead(m) else any):
            cand.status = "background"      # "Ramaphosa had spoken by phone with Putin days earlier"
        if cand.status == "happened" and self._subordinate(m):
            cand.status = "background"      # "met on Monday, days after the two spoke by telephone": the call
        if cand.status == "happened" and self._earlier(m, LAST_MET):
            cand.status = "background"      # "The two ministers last met in July in Vientiane", in an undated report
        if cand.status == "happened" and start is None and self._earlier(m, EARLIER_OCCASION):
            cand.status = "background"      # "the 50th anniversary of Whitlam's visit to China", "their previous talks"

    def _mark_main(self, cands: list[Candidate]) -> None:
        for c in cands:
            c.main = c.status == "happened" and c.type == "CONSULT" and (
                c.date is None or c.date_precision == "day" and self.ctx.anchor is not None and date_of(c.date)
                and abs((date_of(c.date) - self.ctx.anchor).days) <= 3 or self.ctx.anchor is None)
        mains = [c for c in cands if c.main and c.date_precision == "day" and c.date]
        for c in cands:
            # "Xi and Kishida met in San Francisco in mid-November": a past meeting told at month
            # precision beside the article's own meeting is background to it
            if not c.main and c.status == "happened" and mains and c.date_precision in ("month", "year", "season") \
                    and c.date and c.date <= mains[0].date[:len(c.date)] and not (set(c.evidence.get("event", [])) &
                                                                                  set(mains[0].evidence.get("event", []))):
                c.status = "background"


def _of_others(actors: set[str], keys: set[str], states: set[str]) -> bool:
    """Whether an act's `actors` hold someone beside a meeting's people (`keys`), its states (`states`) doing it alone
    not counted."""
    rest = actors - keys
    return bool(rest) and not (actors <= states)


def _in_ordered_phrase(p: Place, i: int, mentions) -> bool:
    """Whether a place of sentence `i` lies in a phrase ordered before or after one of these mentions ("since May in
    Asuncion")."""
    return any(x.sentence == i and within((p.start, p.end), x.ordered) for x in mentions)


def _only_talked(m: Meeting, forms: frozenset[str]) -> bool:
    """Whether every mention of a meeting tells only of talking (`forms`, or "discussed"), not of where they met."""
    return all(x.trigger_text.lower() in forms or x.trigger_text.lower().startswith("discuss") for x in m.mentions)


def _past_perfect(text: str) -> bool:
    """Whether a sentence tells something in the past perfect of a time before the article's ("had spoken by phone
    days earlier"), not only as the past perfect of reported speech ("said that Lula had met Xi": cues.REPORTED_BEFORE)."""
    return any(not REPORTED_BEFORE.search(text, 0, m.start()) or EARLIER_TIME.search(text, m.start())
               for m in PAST_PERFECT.finditer(text))
