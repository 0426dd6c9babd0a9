"""Visit frames ("his trip to Beijing") and generic mentions ("met top Chinese leaders") lend their date, place and
mode to the meetings of the article they sum up (`FrameAbsorber`, part of `meetings.MeetingMerger`); a mention naming
no one, told before the meeting it is of, joins that meeting (`_refer_forward`); a person met by an official of one of
the article's two states is of the other."""
from __future__ import annotations

from .candidate import PartyOut
from .context import ArticleContext
from .cues import COMPANION_DAYS, ENVOY_RANK, GOVERNMENT_HEAD_RANK, HEADS_TITLE
from .journeys import journey_verb
from .meeting import Meeting, calls_only, first_day, in_person, visited_states, within_days
from .sentence_event import SentenceEvent
from .titles import normalise_title, title_rank


class FrameAbsorber:
    """The assembly's step that absorbs visit frames and generic mentions into the meetings they sum up."""
    ctx: ArticleContext
    meetings: list[Meeting]
    dyad: list[str]                 # the article's two states, most named first (ReferenceResolver)

    def _refer_forward(self) -> None:
        """A mention naming no one, with a time of its own, that no meeting told before it can be (`_add_meeting`) is
        of the meeting the next sentence tells, in its tense: "all eyes will be on a planned meeting between Trump
        and Xi. For Australia, the shadow of last Monday's White House meeting still hangs over the week. Albanese's
        talks with Trump produced the critical minerals framework"."""
        for ev in self.told_before_their_meeting:
            nxt = [m for m in self.meetings if m.specific() and not m.frame and not m.generic
                   and m.future == ev.future and not self._subordinate(m)
                   and any(ev.sentence < x.sentence <= ev.sentence + 1 for x in m.own_mentions())
                   and not any(x.sentence < ev.sentence for x in m.own_mentions())]
            alone = Meeting([], [ev], future=ev.future)
            if len(nxt) == 1 and self._compatible(nxt[0], alone):
                nxt[0].mentions.append(ev)

    def _journey_before(self, frame: Meeting, m: Meeting) -> bool:
        """Whether a visit frame told only by a journey of a day ("Araghchi, who traveled to Moscow on Tuesday") is the
        trip of a meeting a few days later ("met his Russian counterpart on Wednesday"): the journey's day is the
        trip's, and the meeting its end."""
        if not frame.frame or (frame.future and not m.future) or not all(journey_verb(x) for x in frame.mentions
                                                                          if x.timex):
            return False
        if self._long_before(self._days(frame)):
            return False        # ("Shoukry traveled to Washington in November 2021": no trip of the talks ahead)
        a, b = first_day(frame), first_day(m)
        unanchored = any(x.timex is not None and not x.timex.value for x in frame.mentions + m.mentions)
        if (a is None or b is None or unanchored) and not frame.future and m.future:
            # "arrived ... on Sunday night for his working visit. He will hold the annual consultation with Anwar
            # tomorrow": a journey told done before a meeting told ahead within days, in a report of no date yet
            return within_days(m)
        return a is not None and b is not None and 0 < (b - a).days <= COMPANION_DAYS

    def _journey_to_another(self, ev: SentenceEvent, parts: list[PartyOut], target: Meeting) -> bool:
        """Whether a journey done, with a day, is told with a meeting of its traveller and someone the target meeting does
        not hold, on a day of its own: "Netanyahu arrived in Washington on Sunday and met Trump's Middle East envoy Steve
        Witkoff on Monday" is the journey to that meeting, not the day of his talks with Trump."""
        if not journey_verb(ev) or ev.future or ev.timex is None or len(parts) != 1:
            return False
        for y in self.ctx.events:
            if y is ev or y.sentence != ev.sentence or y.category != "CONSULT" or journey_verb(y) or y.timex is None \
                    or y.timex.start == ev.timex.start:
                continue
            keys = {p.key for p in self.parties_of(y, y.actors) + self.parties_of(y, y.recipients) if p.key}
            if parts[0].key in keys and keys - target.keys() - {parts[0].key}:
                return True
        return False

    def _other_side_countries(self) -> None:
        """A person met by an official of one of the article's two states, whom the text gives no country, is of the
        other ("EAM also met Prime Minister Dinesh Gunawardena", in a report of an Indian minister's visit to Sri
        Lanka)."""
        if len(self.dyad) != 2:
            return
        lead = next((m for m in self.meetings if m.specific()), None)
        for m in self.meetings:
            # (not where the meeting, or the article's first, is held in a third state, whose official it may be:
            # "Foreign Minister Parnpree met Mr Wang earlier on Friday", in a report of US-China talks in Bangkok)
            held = self._where(m) or (self._where(lead) if lead is not None else set())
            if held - set(self.dyad):
                continue
            people = [p for p in m.parts if p.kind == "person"]
            if len(people) != 2 or len(m.parts) != 2:
                continue
            known = [p for p in people if p.country]
            other = next((p for p in people if not p.country), None)
            title = normalise_title(other.title) if other is not None and other.title else None
            # (an official of government: not one untitled, nor an envoy, who may be of the visitor's own state)
            if len(known) == 1 and known[0].country in self.dyad and title is not None and title.rank > ENVOY_RANK:
                country = next(c for c in self.dyad if c != known[0].country)
                m.parts = [p.of_country(country, "the other state of the article, met by the official of one")
                           if p is other else p for p in m.parts]

    def _absorb_frames_and_generics(self) -> None:
        specific = [m for m in self.meetings if m.specific()]
        for m in [x for x in self.meetings if x.frame or x.generic]:
            if self._subordinate(m):
                continue                # "arrived in Seoul after a visit to Japan": another time and place
            persons = m.person_keys()
            # (a visit to one state is not the meetings of the trip's other legs: "will visit the UAE on February
            # 13-14 and Qatar on February 14-15 ... In Doha, Modi will call on the Amir"; nor a meeting placed in
            # another state: "During Scholz's trip to Brasilia, Lula refused ...", beside talks in Berlin)
            visited = visited_states(m)
            targets = [s for s in specific if persons and persons <= s.person_keys()
                       and (self._compatible(s, m) or self._journey_before(m, s))
                       and not (m.frame and visited and not (self._where(s) or s.countries()) & visited)
                       and not (m.frame and self._hosts(s, persons))
                       and not all(self._ahead_beside_done(s, x) for x in m.mentions)
                       and not (m.frame and self._leaves_after(m, s))
                       and not (m.generic and (_other_office(m, s) or _third_state(m, s)))
                       and not (m.leg and not {x.sentence for x in s.mentions} & {x.sentence for x in m.mentions})
                       and not (m.frame and any(self._journey_to_another(x, m.parts, s) for x in m.mentions))
                       and not (calls_only(s) and in_person(m))]       # (talks held in Manila lend nothing to a call)
            # (not a meeting told only as before or after another, where there is that other)
            targets = [s for s in targets if not self._subordinate(s)] or targets
            # (the meeting whose sentence tells the frame, where one does: "had also spoken with Putin about the war
            # during his July visit", in a report of his visit to Kyiv)
            told = {x.sentence for x in m.mentions}
            targets = [s for s in targets if told & {x.sentence for x in s.own_mentions()}] or targets
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
                # (a day the frame was told from another act, "hours after his talks with Trong", is the day of a
                # meeting that its own mentions do not date)
                if m.fixed_date and not t.fixed_date and all(x.timex is None for x in t.mentions):
                    t.fixed_date, t.base, t.date_from, t.same_day = m.fixed_date, m.base, m.date_from, m.same_day
                t.lent |= {id(x) for x in m.mentions if x not in t.mentions}
                t.mentions += [x for x in m.mentions if x not in t.mentions]
            m.parts = []                     # absorbed: contributes date, place and mode only


def _other_office(generic: Meeting, m: Meeting) -> bool:
    """Whether a meeting's person of the state of a generic party holds another office than the one that party is told
    to hold: "talks with his Chinese counterpart" (a foreign minister) are no talks with President Xi Jinping."""
    named = {(p.country, p.title) for p in m.parts if p.kind == "person" and p.country and p.title}
    # (a higher office: a deputy prime minister may be the foreign minister named, as Iraq's is; nor a party told by no
    # office: "met with top Chinese leaders" are the premier and the foreign minister named)
    # (nor a lower one for a head: "the meeting between the two heads of state in San Francisco" is not the foreign
    # minister's, nor the Secretary of State's)
    return any(p.kind == "generic" and p.title and p.title not in VAGUE_TITLES and p.country and any(
        c == p.country and t != p.title and title_rank(t) > title_rank(p.title) for c, t in named)
        for p in generic.parts) or any(p.kind == "generic" and p.title == HEADS_TITLE and any(
            c == p.country and -1 < title_rank(t) < GOVERNMENT_HEAD_RANK for c, t in named) for p in generic.parts)

def _third_state(generic: Meeting, m: Meeting) -> bool:
    """Whether a generic mention names an official of a state that has no part in a meeting of its people, all of whose
    parties have a state: "Later, a trilateral meeting of the Prime Minister of Armenia, the President of the United
    States and the President of Azerbaijan took place" is no part of the Armenian-US meeting told before it."""
    held = {p.country for p in m.parts}
    return None not in held and any(p.kind == "generic" and p.country and p.country not in held for p in generic.parts)


VAGUE_TITLES = frozenset({"Leader", "Official"})
