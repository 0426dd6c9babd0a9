"""The place of each meeting, chosen from its mentions and the article around them, with the evidence for it.

In order of evidence: the place its own mentions name, a report's wire dateline, a city another sentence or caption
about it names (a city refines a country: "in China" and a caption's "Beijing"), the meeting it was held beside, the city
of arrival, another meeting of the same trip, the lead meeting's dateline; a visit placed only in its host country is in
the capital, so labelled. A place that another act, another time or what lies ahead holds is not the meeting's.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..time import value_to_date_range
from .actors import ArticleActors
from .candidate import Candidate
from .context import ArticleContext, date_of, quoted, within
from .cues import (ALSO, ARRIVAL, COMPANION_DAYS, COMPARED_IN, FURNITURE, HERE, HERE_REACH, JOURNEY_TO, MEETING_ONLY,
                   ONWARD, PARTY_PLACE, PLACE_THEN, SIDELINES, TOLD_AHEAD)
from .journeys import arrival_at_night
from .lexicon import SITUATION_NOUNS
from .meeting import Meeting
from .parse_tree import token_at_offset
from .mention_time import comparable_value
from .places import CAPITAL_GUESS, DATELINE_BASIS, Place, near_city, place_dict


class PlaceChooser:
    """The assembly's step that places each meeting (`_set_place`), and places, once all are placed, those that nothing
    placed by another meeting of the same trip (`_place_by_companions`)."""
    ctx: ArticleContext
    actors: ArticleActors
    meetings: list[Meeting]

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

    def _named_by_office(self, m: Meeting) -> set[str]:
        """The states of the parties named only by office in the mentions of a meeting, in it or in the meetings beside
        it that its mentions tell ("met with the leaders of Egypt, Iran and Palestine": one meeting each)."""
        told = {id(x) for x in m.own_mentions()}
        return {p.country for o in self.meetings if any(id(x) in told for x in o.mentions)
                for p in o.parts if p.kind == "generic" and p.country}

    def _set_place(self, m: Meeting, cand: Candidate) -> None:
        """The meeting's place, in order of evidence:
        1. a place attached to one of its own mentions (a venue or city before a country), or the city told right
           after the name of one of its people in that mention's sentence (`_after_a_party`);
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
        # (and the city of an arrival late the day before: "Xi arrived in Kuala Lumpur yesterday evening", of talks in
        # Putrajaya)
        late = {x.sentence for x in m.mentions if arrival_at_night(self.ctx, x)}
        if late and any(x.sentence not in late for x in m.mentions):
            trips = trips | {id(x) for x in m.mentions if x.sentence in late}
        # "at his residence outside Ankara": somewhere in Turkey, and not in Ankara, whatever else names Ankara
        near = next((c for x in m.mentions if (c := near_city(x.place))), None)
        for x in m.mentions:
            p = self._after_a_party(m, x) or x.place
            if p is not None and id(x) not in trips and p.name.lower() != near \
                    and (best is None or best.kind == "country" and p.kind != "country"
                         or p.venue and not best.venue and p.name == best.name):
                best = p        # (the city with its venue where another mention names one: "at the Great Hall")
        if best is None:
            # "Araghchi, who traveled to Moscow on Tuesday, met Lavrov on Wednesday": where the trip went
            best = next((x.place for x in m.mentions if id(x) in trips and x.place is not None
                         and any(r.start <= x.place.start < r.end for r in x.recipients)), None)
        # "PRETORIA, Aug. 22 (Xinhua) -- Xi held talks with Ramaphosa here on Tuesday": where the dateline is, whatever
        # city the visit arrived in
        if (here := self._told_here(m)) is not None and (best is None or best.name != here.name and not best.venue):
            best = replace(here, basis="dateline (\"here\")")
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
            moved = self._moved_on_before(m)
            for i, (s, e) in enumerate(self.ctx.spans):
                if i < moved or not self._about_meeting(i, keys, m):
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
        # (a state of its parties named beside a meeting told as "also" held is no place of it: "He also met with the
        # leaders of Egypt, Iran and Palestine")
        also = all(ALSO.search(self.ctx.text, max(self.ctx.spans[x.sentence][0], x.trigger[0] - 12), x.trigger[0])
                   for x in m.own_mentions())
        if also and best is not None and best.kind == "country" and best.country in self._named_by_office(m):
            best = None
        if best is None:
            # "On the sidelines, Museveni and Hassan also held bilateral talks": where the meeting was
            # that it was held beside
            # (not one of another time: "on the sidelines of the APEC summit ... since they held talks in Bali"; nor, for
            # a meeting held, one ahead: "their first on the sidelines of the G7 summit in June. Lee will fly to
            # Washington on Sunday for a summit with Trump")
            # (and the ministers who "also held separate talks" beside their leaders' meeting:
            # meeting_dates._held_beside)
            if any(SIDELINES.search(self.ctx.sentence_text(x.sentence)) for x in m.mentions):
                moved = self._moved_on_before(m)
                held = [o for o in self.meetings if o is not m and o.parts and not o.frame
                        and not self._other_time(o, cand) and not (o.future and not m.future)
                        and any(x.sentence >= moved for x in o.mentions)]
            else:
                held = [o for o in [self._held_beside(m)] if o is not None and not self._other_time(o, cand)]
            beside = next((x.place for o in held for x in o.mentions
                           if x.place is not None and x.place.kind != "country"), None)
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

    def _after_a_party(self, m: Meeting, x) -> Place | None:
        """A city told right after the name of one of the meeting's people in a mention's sentence, where the mention
        takes another: "will hold talks with Vietnamese leaders in Hanoi and with Philippine President Marcos in
        Manila" (the talks with Marcos are in Manila)."""
        if x.place is None:
            return None
        s, e = self.ctx.spans[x.sentence]
        keys = {p.key for p in m.parts if p.kind == "person" and p.key}
        for who in self.actors.mentions_in(s, e, ("person",)):
            if who.actor in keys:
                # (a city, not a venue: "with Prime Minister of Poland Mr. Donald Tusk at the Federal Chancellery" is
                # in Warsaw, whatever chancellery the gazetteer knows by that name)
                after = next((p for p in self.ctx.places[x.sentence] if p.kind == "city" and not p.venue
                              and p.start > who.end
                              and PARTY_PLACE.fullmatch(self.ctx.text, who.end, p.start)), None)
                if after is not None and after.name != x.place.name:
                    return after
        return None

    def _told_here(self, m: Meeting) -> Place | None:
        """The dateline's place, where a mention of the meeting's own, not quoted, is told as held "here" ("held talks
        with Ramaphosa here on Tuesday")."""
        dl = self.ctx.dateline()
        if dl is None or dl.kind == "country":
            return None
        for x in m.own_mentions():
            s, e = self.ctx.spans[x.sentence]
            if x.future or quoted(self.ctx.text, s, x.trigger[0]):
                continue
            if (h := HERE.search(self.ctx.text, x.trigger[1], min(e, x.trigger[1] + HERE_REACH))) is not None \
                    and not quoted(self.ctx.text, s, h.start()):
                return dl
        return None

    def _moved_on_before(self, m: Meeting) -> int:
        """The last sentence before a meeting's first mention that tells one of its people (or a pronoun) moving on to
        another stop, or -1: what the article told before it is not where the meeting is ("Xi flew into Nur-Sultan,
        where the two leaders held talks. Xi is due to fly on to Samarkand later on Wednesday. He is scheduled to hold
        talks with Mirziyoyev on Thursday")."""
        keys = {p.key for p in m.parts if p.key} | {None}
        first = min(x.sentence for x in m.mentions)
        return max((i for i in range(first) if ONWARD.search(self.ctx.sentence_text(i))
                    and {x.actor for x in self.actors.mentions_in(*self.ctx.spans[i], ("person", "pronoun"))} & keys),
                   default=-1)

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
                  or COMPARED_IN.search(self.ctx.text, max(s, p.start - 40), p.start)
                  or _in_ordered_phrase(p, i, m.mentions) or self._of_a_situation(p, i)
                  or ((_in_ordered_phrase(p, i, self.ctx.events) or self._dated_otherwise(p, cand))
                      and not self._companions(p, i, keys, others))}
        return owned

    def _of_a_situation(self, p: Place, i: int) -> bool:
        """Whether a place of sentence `i` is where a situation they spoke of is ("called for an immediate ceasefire in
        Gaza", "the war in Ukraine"), read off the sentence's parse where it has one."""
        doc = self.ctx.parses.get(i)
        x = token_at_offset(doc, p.start - self.ctx.start_of(i)) if doc is not None else None
        return x is not None and x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.head.lower_ in SITUATION_NOUNS

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

        def date(o: Meeting) -> dt.date | None:
            return date_of(o.date.value) if o.date is not None and o.date.value else None

        day = date(m)
        # (the nearest in time first: Thursday's talks in Vientiane place Friday's, not Wednesday's in Guangzhou)
        for o in sorted(self.meetings, key=lambda o: abs((day - date(o)).days) if day and date(o) else 0):
            if o is m or o.frame or not o.parts or not keys & o.person_keys() or self._subordinate(o) \
                    or self._earlier(o) or (o.future and not m.future):
                continue            # (not "since they met at the Filoli estate in Woodside": another time; nor, for
                                    # a meeting held, "will meet again in Brasilia on Wednesday": the trip's next stop)
            other = date(o)
            # ("Modi also met Pezeshkian": an undated meeting told as one more of the trip's)
            also = day is None and any(ALSO.search(self.ctx.own_text(x)) for x in m.mentions)
            if ((day is None) != (other is None) and not also) or (day and other and abs((day - other).days) > COMPANION_DAYS):
                continue
            if day is None and other is None and _dated(m) != _dated(o) and not also:
                continue            # (an undated meeting is not on the trip of one told in a month: "Xi meets Blinken"
                                    # and "the meeting between the two heads of state in San Francisco last November")
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
        first = min((x.sentence for x in m.mentions if self.ctx.kinds[x.sentence] not in FURNITURE),
                    default=min(x.sentence for x in m.mentions))
        for i, (s, e) in enumerate(self.ctx.spans):
            # (a journey to a place, where told before the meeting: "will fly to Hanoi on Sunday ... Biden is scheduled to
            # hold talks on Sunday afternoon with Trong"; told after it, it may be where one went next)
            arrival = ARRIVAL.search(self.ctx.text, s, e) or ONWARD.search(self.ctx.text, s, e)
            bound = None
            if arrival is None and i < first and (arrival := JOURNEY_TO.search(self.ctx.text, s, e)):
                bound = arrival.end() + 5       # (the place it goes to: not "fly to South Korea on Wednesday, where he
                                                # will meet Lee in Gyeongju")
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
                          and (bound is None or p.start <= bound) and (best is None or p.country == best.country)), None)
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
        if len(named) != 1 or people - keys:
            return False
        if MEETING_ONLY.search(self.ctx.text[s:e]):
            return True
        # (a headline that names one participant and the states of the others: "In Vientiane, Wang Yi Balances Russia,
        # India and the United States")
        others = {p.country for p in m.parts if p.key not in named} if m is not None else set()
        return self.ctx.kinds[i] == "title" and bool(others) and None not in others \
            and others <= {x.country for x in self.actors.mentions_in(s, e, ("state",))}


def _of_others(actors: set[str], keys: set[str], states: set[str]) -> bool:
    """Whether an act's `actors` hold someone beside a meeting's people (`keys`), its states (`states`) doing it alone
    not counted."""
    rest = actors - keys
    return bool(rest) and not (actors <= states)


def _in_ordered_phrase(p: Place, i: int, mentions) -> bool:
    """Whether a place of sentence `i` lies in a phrase ordered before or after one of these mentions ("since May in
    Asuncion")."""
    return any(x.sentence == i and within((p.start, p.end), x.ordered) for x in mentions)


def _dated(m: Meeting) -> bool:
    """Whether a meeting has a date, of any precision, or a mention that tells one."""
    return m.date is not None and bool(m.date.value) or any(x.timex is not None and x.timex.value for x in m.mentions)
