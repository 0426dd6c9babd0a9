"""Meetings of one article: mentions of one meeting become one `Meeting`, mentions of different ones stay apart.

"Wang met Iwaya in Lima on Saturday" and, further down, "the two ministers also discussed ..." are one meeting;
"Wang met Iwaya on Saturday. Iwaya had met Wang in Tokyo last year" are two (different dates, a meeting told
before); "X met A as well as B" (A and B of one country) and "X met A and B separately" are bilateral meetings;
"two days later" dates a meeting from another; a visit frame ("his trip to Beijing") or a generic mention ("met top
Chinese leaders") lends its date and place to the meetings it sums up; a headline that sums up several meetings
("Modi holds talks with Xi, Pezeshkian") is split into them.
"""
from __future__ import annotations

from dataclasses import replace

from .actors import ArticleActors
from .candidate import PartyOut
from .context import ArticleContext
from .cues import (COPRESENCE, DETERMINED, GATHERING_BY, GATHERING_NOUNS, GATHERING_OF, GENERIC_PLURALS, IN_PERSON,
                   LAST_MET, OCCASIONS_BEFORE, ONWARD_FROM, PHONE_WORDS, PRACTICE_BEFORE, REMOTE, TITLE_AFTER_BODY,
                   TITLE_BODY_AFTER)
from .day_relations import DayRelations
from .group_references import named_spouse, of_unnamed_states
from .journeys import journey_verb
from .lexicon import JOINT_MEETING, MEET_FORMS, PHYSICAL_FORMS, SEPARATE_MEETINGS
from .meeting import Meeting, absorb, calls_only, in_person, other_states
from .meeting_frames import FrameAbsorber
from .meeting_legs import LegsAndForums
from .meeting_sameness import MeetingSameness
from .met_one_by_one import in_own_state, in_places_told, own_days
from .sentence_event import SentenceEvent


class MeetingMerger(MeetingSameness, DayRelations, FrameAbsorber, LegsAndForums):
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
        if ev.noun and ev.mode == "visit" and not ev.future and self._departure(ev):
            # "On Wednesday departed Abuja for Paris on a state visit at the invitation of Macron": the visit begins,
            # its meetings lie ahead, and the day is the departure's
            ev = replace(ev, future=True, timex=None)
        if ev.negated or (ev.mode == "third-party" and not ev.encounter and not ev.recipients):
            return      # (nor the mediators alone: "the negotiations, which Egypt, Qatar and the United States have
                        # been mediating for months", no meeting of theirs)
        if any(of_unnamed_states(self.ctx.text, x) for x in ev.recipients) \
                and not any(x.kind in ("person", "state") for x in ev.recipients):
            return      # "a meeting with the foreign ministers of all five Central Asian states": a gathering of its own
        if ev.noun and (GATHERING_OF.match(self.ctx.text, ev.trigger[1])
                        or ev.trigger_text.lower() in GATHERING_NOUNS
                        and GATHERING_BY.search(self.ctx.text, max(0, ev.trigger[0] - 40), ev.trigger[0])):
            return      # "is in Brasilia for a meeting of South American presidents": a gathering, no meeting of his
                        # (and "touring member countries ahead of the leaders' summit in Puglia")
        if ev.noun and ev.attendance and not ev.recipients and ev.trigger_text.lower() in GENERIC_PLURALS:
            return      # "after attending the leaders' meetings on East Asia cooperation in Laos": gatherings attended
        if ev.noun and ev.trigger_text.lower() in GENERIC_PLURALS and (
                not ev.actors and not ev.recipients
                and not DETERMINED.search(self.ctx.text, max(0, ev.trigger[0] - 30), ev.trigger[0])
                or PRACTICE_BEFORE.search(self.ctx.text, max(0, ev.trigger[0] - 20), ev.trigger[0])
                or OCCASIONS_BEFORE.search(self.ctx.text, max(0, ev.trigger[0] - 30), ev.trigger[0])):
            return      # "allowing Australians to travel to China for short visits": visits in general, none told (and
                        # "the shuttle diplomacy of mutual visits by the leaders": a practice; "have met on the margins
                        # of summits": occasions of theirs, none told)
        actors = self._not_forum(self.parties_of(ev, self._no_bystanders(ev.actors)))
        recips = [p for p in self._not_forum(self.parties_of(ev, self._no_bystanders(ev.recipients)))
                  if not any(p.key and p.key == a.key for a in actors)]
        # (a state beside its own official is that official's: "Lula received Maduro in Brasilia")
        everyone = actors + recips
        actors = _without_own_states(actors, everyone) or actors
        recips = _without_own_states(recips, everyone) or recips
        if _attendees_only(ev, actors + recips):
            return
        # ("two-nation visit to UAE, Qatar": the states visited are not meeting each other, nor one visitor all of
        # them at once: "Jaishankar, who is on a three-nation visit to Singapore, the Philippines and Malaysia")
        if ev.reference_only or (not actors and not recips) or \
                ((not actors or ev.mode == "visit") and len(recips) >= 2 and all(p.kind == "state" for p in recips)):
            if len(actors) == 1 and actors[0].kind == "person" and recips and self._later_leg(ev):
                # ("Blinken travels on to Israel and the occupied West Bank, where he is due to meet ...")
                self._merge_in(Meeting(actors, [ev], frame=True, future=ev.future, leg=True))
                return
            target = self._main_or_last(ev)
            if not actors and not recips and self._in_forum_clause(ev):
                return          # "coincides with the Group of Seven summit in Hiroshima, Japan, where leaders are
                                # expected to discuss China": of the forum's gathering, no mention of the meeting told
            alone = Meeting([], [ev], future=ev.future)
            # (not a visit to states of none of its parties: "Raisi flew to Moscow a day after Putin made a whirlwind
            # visit to the United Arab Emirates and Saudi Arabia")
            visited = {p.country for p in recips if p.kind == "state" and p.country}
            if target and ev.mode == "visit" and visited and not visited & target.countries():
                target = None
            if target and self._compatible(target, alone) and not (ev.noun and self._again(alone)) \
                    and not (ev.timex is not None and ev.future != target.future):
                target.mentions.append(ev)      # (not "the next meeting should be held in Moscow": another one; nor
                                                # a day ahead beside a meeting told done: "comes as Hungary holds up the
                                                # aid, which EU leaders will try to approve at a summit on February 1";
                                                # nor a day told done beside a meeting ahead: "all eyes will be on a
                                                # planned meeting between Trump and Xi. ... the shadow of last Monday's
                                                # White House meeting")
            elif target and ev.span_edge and ev.timex is not None and ev.timex.precision == "day":
                target.edges.append(ev)         # (a day of its own, the first or last: meeting_dates)
            elif ev.timex is not None and ev.timex.precision == "day" and not ev.span_edge \
                    and not any(a <= ev.timex.start < b for a, b in ev.ordered) and not (ev.noun and self._again(alone)):
                self.told_before_their_meeting.append(ev)    # (it may tell the meeting the next sentence names: meeting_frames)
            return
        # "Iwaya met China's premier, Li Qiang, as well as Wang Yi": one bilateral meeting each (but the heads of an
        # organisation's institutions meet together: "met European Commission President Ursula von der Leyen and
        # European Council President António Costa")
        # (one of whose state the article does not say is of the others': "will also meet Senior Minister Lee Hsien
        # Loong and Emeritus Senior Minister Goh Chok Tong")
        people_r = [p for p in recips if p.kind == "person"]
        states = [p.country for p in people_r]
        their = set(states) - {None} or {None}
        # "Lula to meet Biden and Zelenskiy in New York": a verb of meeting told of one person and people of several
        # other states, none of the words of a joint meeting beside it, is one meeting with each
        apart = len(people_r) == len(recips) and (
            not ev.noun and ev.trigger_text.lower() in MEET_FORMS or ev.noun and in_places_told(self.ctx, ev, states)) \
            and None not in states and len(set(states)) == len(states) \
            and not JOINT_MEETING.search(self.ctx.sentence_text(ev.sentence))
        if len(actors) == 1 and actors[0].kind == "person" and len(people_r) >= 2 and actors[0].country not in their \
                and (apart or len(their) == 1 and (their == {None} or self.actors.gaz.is_state(next(iter(their))))):
            for r, x in zip(people_r, own_days(self.ctx, ev, people_r)):
                self._merge_in(Meeting([actors[0], r], [in_own_state(self.ctx, x, r)], future=ev.future))
            return
        # "Xi met separately with Ishiba, Yoon and Boric", "Ishiba and Yoon each held separate talks with
        # Xi": one bilateral meeting with each
        # (or officials it names by office: "He also met with the leaders of Egypt, Iran and Palestine")
        one, many = (actors, recips) if len(actors) == 1 else (recips, actors)
        if any(p.kind == "person" for p in many):
            many = [p for p in many if p.kind != "org"]     # (a person's body: "NATO Secretary General Mark Rutte")
        if len(one) == 1 and len(many) >= 2 and one[0].kind == "person" \
                and all(p.kind == "person" or p.kind == "generic" and p.country for p in many) \
                and (any(p.kind == "person" for p in many) or one is actors) \
                and SEPARATE_MEETINGS.search(self.ctx.sentence_text(ev.sentence)):
            apart = self.separate.setdefault(ev.sentence, set())
            apart.update(p.key for p in many if p.key)
            # what the sentence told of them together ("A and B held separate talks": "held") is no meeting
            self.meetings = [m for m in self.meetings if not (
                m.person_keys() <= apart and all(x.sentence == ev.sentence for x in m.mentions))]
            for r, x in zip(many, own_days(self.ctx, ev, many)):
                self._merge_in(Meeting([one[0], r] if one is actors else [r, one[0]], [x], future=ev.future,
                                       generic=r.kind == "generic"))
            return
        if self._told_apart(ev, actors + recips):
            return
        if ev.noun and self._forum_named(ev):
            return      # "as the two leaders met ahead of a Group of 20 summit in New Delhi", "will go to Vietnam
                        # straight from the Group of 20 summit in New Delhi": the forum's gathering
        # (a state whose delegation the article says one person led is that person: "Talks between the Russian and US
        # delegations ... The Russian side was represented by Foreign Minister Sergey Lavrov", no meeting of the states
        # that a meeting of their presidents, told ahead, may join)
        parts = self.headed(actors + recips)
        persons = [p for p in parts if p.kind == "person"]
        states = [p for p in parts if p.kind == "state"]
        generic = any(p.kind == "generic" for p in parts)
        frame = len(persons) == 1 and bool(states) and not generic and len(parts) == 2
        if frame and journey_verb(ev) and self._to_a_forum(ev):
            return      # "Modi will travel to Brazil on Monday to attend the G20 summit in Rio de Janeiro": the forum's
                        # gathering, no meeting with its host
        if len(parts) == 1 and parts[0].kind == "person" and self._later_leg(ev) and not self._arrival_where_told(ev):
            self._merge_in(Meeting(parts, [ev], frame=True, future=ev.future, leg=True))
            return
        if len(parts) < 2 and not frame:
            if ev.others or ev.mode == "multilateral":
                return          # "Blinken also met with students at ...": of another meeting, with no party (nor a
                                # gathering one party convened: "a meeting of presidents convened by Lula on Tuesday")
            target = self._main_or_last(ev)
            if target and (not parts or any(p.key in target.keys() for p in parts)) \
                    and not self._done_beside_ahead(target, ev) and not self._ahead_beside_done(target, ev) \
                    and not (len(target.parts) > 2 and self._told_beside(ev)) \
                    and not (ev.mode == "visit" and self._leaves_after(Meeting(parts, [ev], frame=True), target)) \
                    and not ONWARD_FROM.match(self.ctx.sentence_text(ev.sentence)) \
                    and not self._journey_to_another(ev, parts, target) \
                    and self._compatible(target, Meeting(parts, [ev], future=ev.future)):
                target.mentions.append(ev)
            elif parts and parts[0].kind == "person":
                self._merge_in(Meeting(parts, [ev], frame=True, future=ev.future))
            return
        self._merge_in(Meeting(parts, [ev], generic=generic, frame=frame, future=ev.future,
                               leg=frame and self._earlier_leg(ev)))

    def _no_bystanders(self, mentions: list) -> list:
        """Mentions but those of people or bodies named beside the parties: a spouse named as such ("Macron welcomed
        him and his wife Remi Tinubu"), and a body that is only a person's title ("accompanied by Finance Minister Jens
        Stoltenberg, the former NATO Secretary General")."""
        text = self.ctx.text
        people = [m for m in mentions if m.kind == "person"]
        return [m for m in mentions if not named_spouse(text, m) and not (m.kind == "org" and any(
            TITLE_BODY_AFTER.fullmatch(text, p.end, m.start) and TITLE_AFTER_BODY.match(text, m.end)
            for p in people if p.end <= m.start))]

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
        parts = self.parties_of(ev, self._no_bystanders(ev.actors))
        parts += [p for p in self.parties_of(ev, self._no_bystanders(ev.recipients))
                  if not any(p.key and p.key == q.key for q in parts)]
        parts = _without_own_states(parts)
        persons = [p for p in parts if p.kind == "person"]
        countries = {p.country for p in parts if p.country}
        if len(parts) < 2 or not persons or self._told_apart(ev, parts) or _attendees_only(ev, parts):
            return
        new = Meeting(parts, [ev], future=ev.future)
        # (of people whose states the article does not tell apart, an act only supports their meeting: "Acting Prime
        # Minister Phumtham and Cambodian Prime Minister Hun Manet agreed to a ceasefire on Monday after talks")
        if len(countries) >= 2 and self._copresent(ev, parts):
            # (where its words tell of a meeting in person, "agree to develop ties in 1st talks on sidelines of G7",
            # not a call told elsewhere, "Ishiba and Lee spoke by phone on June 9"; but "The two presidents agreed"
            # after the call is of it)
            text = self.ctx.sentence_text(ev.sentence)
            told_in_person = (ev.place is not None or bool(COPRESENCE.search(text) or IN_PERSON.search(text))) \
                and not PHONE_WORDS.search(text)
            self._merge_in(new, calls=not told_in_person)
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
        countries = {p.country for p in parts if p.country}
        # (a state of theirs is no other party: "Kallas told Wang Yi that Beijing must end its support ..., during four
        # hours of talks in Brussels", the talks hung from Beijing's act)
        if any(x is not ev and x.sentence == ev.sentence and x.category == "CONSULT" and x.noun and not x.encounter
               and not x.future and not x.negated and not x.reference_only
               and {y.actor for y in x.actors + x.recipients if y.actor and not (y.kind == "state" and y.country in
                                                                                  countries)} <= keys
               for x in self.ctx.events):
            return True
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
        told = [m for m in self.meetings if m.specific() and not self._subordinate(m)]
        fit = [m for m in told if ev.mode == "phone" or not calls_only(m)]
        return (fit or told or [None])[0]


    def _merge_in(self, new: Meeting, calls: bool = True) -> None:
        """Make `new` part of a meeting told already that is the same, or a meeting of its own; with `calls` False,
        never part of a meeting told only as calls."""
        for m in self.meetings:
            if m.frame != new.frame or m.generic != new.generic or m.leg != new.leg:
                continue
            if not calls and calls_only(m):
                continue
            if calls_only(new) and in_person(m) or calls_only(m) and in_person(new):
                continue        # ("will meet his Saudi counterpart in Beijing on Thursday ... It was the third phone
                                # call between the two ministers": a call is no meeting told in person)
            if calls_only(new) != calls_only(m) and any(
                    LAST_MET.search(self.ctx.text, max(self.ctx.spans[x.sentence][0], x.trigger[0] - 20), x.trigger[1])
                    for x in (new if calls_only(new) else m).mentions):
                continue        # ("held talks with Tleuberdi ... Blinken and Tleuberdi last spoke by phone in January
                                # 2022": the call before, not the talks)
            pk_a, pk_b = m.person_keys(), new.person_keys()
            apart = other_states(m, new)
            same = (pk_a and pk_a == pk_b and not apart) or (not pk_a and not pk_b and m.keys() == new.keys())
            # (not a meeting told together with one more person in a sentence of its own: "before holding talks with
            # Duda ... most recently in January, when he met Zelensky in Lviv together with Nauseda")
            if not same and not apart and pk_a and pk_b and len(pk_a & pk_b) >= 2 and (pk_a <= pk_b or pk_b <= pk_a) \
                    and not self._bilateral_beside((m if len(pk_a) < len(pk_b) else new)) \
                    and not self._joint_apart(*((m, new) if len(pk_a) < len(pk_b) else (new, m))) \
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
            if same and len(new.mentions) == 1 and journey_verb(new.mentions[0]) \
                    and self._ahead_beside_done(m, new.mentions[0]):
                same = False        # ("held private talks with President Ruto ... They will travel to Mombasa later
                                    # in the week": the next leg, not the talks)
            if same and self._compatible(m, new):
                absorb(m, new)
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
                absorb(twin, m)
        self.meetings = out

    def _drop_told_elsewhere(self) -> None:
        """The mentions of a sentence that name none of its meeting's people, placed in a state where the meeting's
        mentions in other sentences do not place it while those all place it in one, are of another meeting: "Several
        ambassadors are expected to raise the trip at a meeting in Brussels on Wednesday", beside Orban's arrival in
        Beijing to meet Xi."""
        for m in self.meetings:
            if not m.specific():
                continue
            keys = m.person_keys()
            placed = [x for x in m.mentions if x.place is not None and x.place.kind != "country" and x.place.country]
            for i in sorted({x.sentence for x in placed}):
                here = [x for x in m.mentions if x.sentence == i]
                rest = {y.place.country for y in placed if y.sentence != i}
                if len(rest) != 1 or rest & {x.place.country for x in placed if x.sentence == i} \
                        or self.ctx.kinds[i] == "title":
                    continue
                if not any({p.key for p in self.parties_of(x, x.actors + x.recipients) if p.kind == "person"} & keys
                           for x in here):
                    m.mentions = [x for x in m.mentions if x.sentence != i]

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

def _without_own_states(parts: list[PartyOut], among: list[PartyOut] | None = None) -> list[PartyOut]:
    """Parties without a state of which a person among them (or among `among`) is an official ("Lula welcomed Maduro to
    Brasilia": Brazil is Lula's)."""
    own = {p.country for p in (parts if among is None else among) if p.kind == "person" and p.country}
    return [p for p in parts if not (p.kind == "state" and p.country in own)]


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

