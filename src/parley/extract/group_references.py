"""Who a group or a generic official stands for: "the two ministers", "the pair", "the two sides", "the leaders of the
two countries" are the people of their sentence, of the meeting told in the place of their act or of the last meeting,
or the heads of government or state of the article's states; "the Indian leader" is the one the article names.
A mixin of references.ReferenceResolver."""
from __future__ import annotations

import re

from .actor_patterns import STATE_LIST
from .actor_records import Mention
from .actors import ArticleActors
from .candidate import PartyOut
from .context import ArticleContext
from .cues import (COUNTRY_GROUP, COUNTRY_GROUP_AFTER, DEPICTED_BEFORE, GOVERNMENT_HEAD_RANK, GROUP_KIND, GROUP_OF,
                   GROUP_OF_ONE_STATE, GROUP_TITLES, HEAD_OF_STATE_RANK, HEADS_GROUP, HEADS_TITLE, LEADER_GROUP,
                   LEADER_TITLES, PAIR_GROUP, PORTFOLIO_AFTER, PORTFOLIO_BEFORE, SPOUSE_BEFORE, UNNAMED_STATES)
from .known_officials import known_offices
from .meeting import Meeting
from .sentence_event import SentenceEvent
from .titles import holds, normalise_title, office_of, title_rank

EACH = re.compile(r"each\b", re.I)
STATE_SEPARATOR = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")     # "China, Japan and the Republic of Korea"


def depicted(text: str, m: Mention) -> bool:
    """Whether a person's mention is of someone an object shows or honours ("a bust of Ho Chi Minh")."""
    return bool(DEPICTED_BEFORE.search(text, max(0, m.start - 40), m.start))


def named_spouse(text: str, m: Mention) -> bool:
    """Whether a person is named as a spouse ("welcomed him and his wife Remi Tinubu"): no party of the meeting (nor
    one whose name the reader took the "Lady" of "First Lady" into: "a state banquet for Yoon and First Lady Kim Keon
    Hee")."""
    end = m.start + (len(head.group(0)) if (head := re.match(r"(?:Lady|Gentleman)\s+", m.text or "")) else 0)
    return bool(SPOUSE_BEFORE.search(text, max(0, end - 30), end))


def of_unnamed_states(text: str, m: Mention) -> bool:
    """Whether a group mention names the officials of states it does not name ("the foreign ministers of all five
    Central Asian states"): of no party the article names."""
    return m.kind == "group" and bool(UNNAMED_STATES.match(text, m.end))


class GroupResolver:
    """The parties a group mention ("the two ministers") or a generic one ("the Chinese leader") stands for."""
    ctx: ArticleContext
    actors: ArticleActors
    meetings: list[Meeting]
    dyad: list[str]                 # the article's two main countries

    def _group(self, m: Mention, ev: SentenceEvent, others: list[Mention]) -> list[PartyOut]:
        text = m.text
        if EACH.match(text):
            # "Pashinyan and Aliyev shook hands in front of Trump. ... Trump held separate meetings with each leader":
            # the people named last together, but for the act's own doer
            doers = {x.actor for x in ev.actors if x.actor}
            for i in range(ev.sentence, -1, -1):
                s, e = self.ctx.spans[i]
                named = list(dict.fromkeys(x.actor for x in self.actors.mentions_in(s, min(e, m.start), ("person",))
                                           if x.actor not in doers))
                if len(named) >= 2:
                    return [self.party(k) for k in named]
        if of_unnamed_states(self.ctx.text, m):
            return []           # "the foreign ministers of all five Central Asian states": of no state the article names
        one = GROUP_OF_ONE_STATE.match(self.ctx.text, m.end, m.end + 60) if PAIR_GROUP.fullmatch(
            text.split()[-1]) else None
        if one and (state := self.actors.gaz.country_of_word(one.group("dem"))):
            # "The two Japanese ministers": that state's people of the meeting just told, else of the article
            last = self._last_meeting_before(m.start)
            people = _of_state(last.parts if last else [], state) or [
                self.party(a.key) for a in sorted(self.actors.people(), key=lambda a: -len(a.mentions))
                if a.country == state][:2]
            if people:
                return people
        of = GROUP_OF.match(self.ctx.text, m.end, m.end + 120)
        named = re.search(STATE_LIST, re.sub(r"^the\s+", "", text, flags=re.I))     # "the Russian and Chinese foreign ministers"
        if (of or named) and re.search(r"ministers|diplomats|leaders|heads|presidents|premiers", text, re.I):
            # "the foreign ministers of China and Japan", "... of China, Japan and South Korea"
            states = of.group("states") if of else named.group(0)
            codes = [self.actors.gaz.country_of_word(w.rstrip(".,;:")) for w in STATE_SEPARATOR.split(states)] \
                if states else list(self.dyad)
            title = "Foreign Minister" if re.search(r"foreign|diplomat", text, re.I) else \
                "President" if re.search(r"presidents", text, re.I) else \
                "Prime Minister" if re.search(r"prime\s+ministers|premiers", text, re.I) else None
            out = []
            for c in [c for c in codes if c]:
                people = [a for a in self.actors.people() if a.country == c and (title is None or a.title == title)]
                if len(people) >= 1:
                    out.append(self.party(max(people, key=lambda a: len(a.mentions)).key))
                else:
                    out.append(PartyOut(None, title or "Leader", c, "GOV", "generic"))
            if out:
                return out
        if re.search(r"foreign\s+ministers|diplomats", text, re.I) and len(self.dyad) == 2 and not of:
            out = []
            for c in self.dyad:
                people = [a for a in self.actors.people() if a.country == c and a.title == "Foreign Minister"]
                if people:
                    out.append(self.party(max(people, key=lambda a: len(a.mentions)).key))
            if len(out) == 2:
                return out
        if LEADER_GROUP.search(text):
            leaders = self._leaders()
            # "Albanese and Premier Li Qiang held talks in Canberra ... The two leaders last met in Jakarta": the two
            # leaders of the meeting just told, where it is of two of the article's leaders
            # ("The two leaders last met in June on the sidelines of the G7 summit, where Modi told Zelensky ...": the
            # two its own sentence names, where they are the parties of a meeting the article tells)
            s, e = self.ctx.spans[ev.sentence]
            # (no spouse named as such: "Macron welcomed him and his wife Remi Tinubu ..., where the two presidents held
            # talks")
            named = list(dict.fromkeys(x.actor for x in self.actors.mentions_in(s, e, ("person",)) if x.actor
                                       and not named_spouse(self.ctx.text, x)))
            pair = [mt for mt in self.meetings if len(named) == 2 and {p.key for p in mt.parts} == set(named)]
            if pair and len({p.country for p in pair[0].parts}) == 2:
                return list(pair[0].parts)
            last = self._last_meeting_before(m.start)
            if last is not None and len(last.parts) == 2 and len({p.country for p in last.parts}) == 2 and all(
                    p.kind == "person" and _title_rank(p) >= GOVERNMENT_HEAD_RANK for p in last.parts):
                return list(last.parts)
            out = []
            for c in self.dyad:
                named = [a for a in leaders if a.country == c]
                if len(named) > 1:  # the one named before ("... Starmer at Chequers. The two leaders held talks",
                    # the king named later)
                    named = [a for a in named if a.mentions and min(a.mentions)[0] < m.start] or named
                if not named:       # the only person of that country, untitled ("his French counterpart Macron")
                    named = [a for a in self.actors.people() if a.country == c and not a.title]
                # ("the two heads of state": no minister of theirs, meeting_frames._other_office)
                out.append(self.party(named[0].key) if len(named) == 1 else PartyOut(
                    None, HEADS_TITLE if HEADS_GROUP.search(text) else "Leader", c, "GOV", "generic"))
            # "Nguyen Phu Trong held talks with Putin ... The two leaders agreed": where a leader's country is not
            # read, the people of the meeting just told
            # (not people titled below a head of government: "Wang Yi met Rubio ... the consensus the two heads of state
            # reached during their phone call" is no call of the ministers')
            if any(p.kind == "generic" for p in out) and last is not None and \
                    len([p for p in last.parts if p.kind == "person"]) >= 2 and not all(
                        -1 < _title_rank(p) < GOVERNMENT_HEAD_RANK for p in last.parts if p.kind == "person"):
                return list(last.parts)
            # (a wire's "the two leaders" of the two ministers it just told, where it names no leader of either state:
            # "Jaishankar held talks with his Australian counterpart Penny Wong ... The two leaders also discussed")
            if out and all(p.kind == "generic" for p in out) and re.search(r"leaders", text, re.I) and last is not None:
                people = [p for p in last.parts if p.kind == "person"]
                if len(people) == 2 and {p.country for p in people} == {p.country for p in out}:
                    return people
            return out
        if COUNTRY_GROUP.search(text) or (PAIR_GROUP.fullmatch(text.split()[-1])
                                          and COUNTRY_GROUP_AFTER.match(self.ctx.text, m.end)):
            # "Rubio and Lavrov met ..., the first high-level meeting between the two countries since Russia's
            # invasion of Ukraine": the countries of the meeting just told, where it is of two; else the article's
            last = self._last_meeting_before(m.start)
            told = list(dict.fromkeys(p.country for p in last.parts if p.country)) if last is not None else []
            codes = told if len(told) == 2 and set(told) != set(self.dyad) else self.dyad
            return [self._state(c) for c in codes]
        s, e = self.ctx.spans[ev.sentence]
        in_sentence = []
        for x in self.actors.mentions_in(s, e, ("person",)):
            # (not the people of a clause that tells of something else: "the two sides agreed to follow through on the
            # understandings he and Biden had reached in Bali")
            if x.actor not in in_sentence and not any(a <= x.start < b for a, b in ev.asides) \
                    and not depicted(self.ctx.text, x) and not named_spouse(self.ctx.text, x):
                in_sentence.append(x.actor)
        if len(in_sentence) > 2 and PAIR_GROUP.search(text):
            in_sentence = self._acting(ev, in_sentence) or in_sentence
        held = GROUP_TITLES.get(kind.group(0).lower()) if (kind := GROUP_KIND.search(text)) else None
        portfolio = (PORTFOLIO_AFTER.match(self.ctx.text, m.end) or PORTFOLIO_BEFORE.search(
            self.ctx.text, max(0, m.start + kind.start() - 20), m.start + kind.start())) if held == ("Minister",) else None
        if portfolio and not any(a.title and portfolio.group("office").split()[0].lower() in a.title.lower()
                                 for a in self.actors.people()):
            # "agreed that Barrot would visit Algiers, and that the Ministers of Justice would meet soon": ministers of
            # a portfolio the article names no one of, not the presidents of the meeting told
            return []
        if held is not None:
            # ("The ministers also discussed preparations for a meeting between Presidents Putin and Erdogan": no
            # president is one of "the ministers")
            in_sentence = [k for k in in_sentence if (a := self.actors.actor(k)) is None or not a.title
                           or holds(a.title, held)]
        counterparts = [x for x in self.actors.mentions_in(s, e, ("counterpart",)) if x.start < m.start]
        if len(in_sentence) + len(counterparts) >= 2:
            parts = [self.party(k) for k in in_sentence]
            for c in counterparts:
                p = self._counterpart(c, ev, [x for x in self.actors.mentions_in(s, e, ("person",))])
                if p and all(p.key != q.key for q in parts if p.key):
                    parts.append(p)
            return [p for p in parts if p][:4]
        # "Araqchi also met President Sisi. The two ministers last spoke in October": the last meeting of ministers
        # ("met Mohammed bin Salman in Jeddah on Monday, ... and Sheikh Mohamed bin Zayed in Abu Dhabi on Wednesday. In
        # Abu Dhabi, the two sides signed deals": the one meeting told before in the place of their act)
        there = [mt for mt in self.meetings if not mt.frame and len(mt.parts) >= 2 and any(
            self.ctx.spans[x.sentence][0] < m.start and x.place is not None and x.place.name == ev.place.name
            for x in mt.mentions)] if ev.place is not None else []
        if len(there) == 1:
            return list(there[0].parts)
        # ("Thailand and Cambodia have agreed to a ceasefire, Anwar said after chairing talks between the two sides"):
        # the two states the sentence's other acts are of, by their one person the article names
        acting = self._acting_states(ev) if PAIR_GROUP.search(text) else []
        if len(acting) == 2:
            return [self._of_state(c) for c in acting]
        if held is not None and self._last_held(m.start, held) is None:
            # "Blinken told a news conference alongside Egyptian Foreign Minister Sameh Shoukry ... Blinken also held
            # talks with President Sisi ... The two ministers also discussed Sudan": where no meeting of such people
            # was told, the two of two states the article named so before it
            titled: dict[str | None, list[str]] = {}
            for a in self.actors.people():
                if holds(a.title, held) and a.mentions and min(a.mentions)[0] < m.start:
                    titled.setdefault(a.country, []).append(a.key)
            if len(titled) == 2 and None not in titled and all(len(ks) == 1 for ks in titled.values()):
                return [self.party(ks[0]) for ks in titled.values()]
        last = self._last_meeting_before(m.start, held)
        if last:
            return list(last.parts)
        people = sorted(self.actors.people(), key=lambda a: -len(a.mentions))
        pick, seen = [], set()
        for a in people:
            if a.country not in seen:
                pick.append(self.party(a.key))
                seen.add(a.country)
            if len(pick) == 2:
                break
        return pick

    def _acting(self, ev: SentenceEvent, people: list[str]) -> list[str]:
        """Of more than two people a sentence names, the two who are parties of its other acts: "Wong told her
        counterpart Wang that Australia will raise the detention of writer Yang Hengjun, as the pair met" (the
        pair are who told and who was told, not the writer); nothing where not two."""
        parties = {p.actor for x in self.ctx.events if x.sentence == ev.sentence and x is not ev
                   for p in x.actors + x.recipients if p.kind in ("person", "counterpart")}
        acting = [k for k in people if k in parties]
        return acting if len(acting) == 2 else []

    def _acting_states(self, ev: SentenceEvent) -> list[str]:
        """The states named as parties of the other acts of a sentence, in their order."""
        return list(dict.fromkeys(p.country for x in self.ctx.events if x.sentence == ev.sentence and x is not ev
                                  for p in sorted(x.actors + x.recipients, key=lambda p: p.start)
                                  if p.kind == "state" and p.country))

    def _of_state(self, country: str) -> PartyOut:
        """A state as a party: its one person the article names, else the state itself."""
        people = [a for a in self.actors.people() if a.country == country]
        return self.party(people[0].key) if len(people) == 1 else self._state(country)

    def _state(self, country: str) -> PartyOut:
        return PartyOut(self.actors.gaz.name_of(country), None, country, "GOV", "state", key=f"state:{country}")

    def _leaders(self) -> list:
        """The article's heads of state or government; a premier where a president leads (China) is not "the
        leader", one whom the actor file knows as the head of government is ("Premier Giorgia Meloni")."""
        def leads(title: str | None) -> bool:
            return bool(title) and (title in LEADER_TITLES or (
                (t := normalise_title(title)) is not None and t.rank >= HEAD_OF_STATE_RANK))

        return [a for a in self.actors.people() if leads(a.title) or any(
            k.country == a.country and leads(k.title) for k in known_offices(a.known or a.name))]

    def _generic(self, m: Mention) -> list[PartyOut]:
        codes = [m.country] if m.country else [c for c in self.dyad]
        if m.country is None:
            found = [self.actors.gaz.country_of_word(w) for w in re.findall(r"[A-Z][a-z]+", m.text)]
            codes = [c for c in found if c] or codes
        out = []
        for c in codes:
            people = [a for a in self.actors.people() if a.country == c and (a.title == m.title or (
                a.title and office_of(a.title) == m.title))]       # ("the top US diplomat": the Secretary of State)
            if not people and m.title == "Leader":
                people = [a for a in self._leaders() if a.country == c]     # "the Indian leader": Modi
            if not people and m.title == "Minister":
                # "the Iranian minister": its one minister of any portfolio (not its head of government)
                people = [a for a in self.actors.people() if a.country == c and (a.title or "").endswith("Minister")
                          and "Prime" not in a.title]
            if not people:
                # "after meeting Qatar's prime minister ... alongside Sheikh Mohammed bin Abdulrahman Al Thani": the one
                # person of that state the article names untitled whom the actor file gives that office
                people = [a for a in self.actors.people() if a.country == c and not a.title
                          and any(k.title == m.title for k in known_offices(a.name))]
            if not people and not self.actors.gaz.is_state(c):
                # "the IMF chief": the one person of that organisation the article names
                people = [a for a in self.actors.people() if a.country == c]
            if len(people) == 1:
                out.append(self.party(people[0].key))
            else:
                out.append(PartyOut(None, m.title, c, "GOV", "generic"))
        return out


def _title_rank(p: PartyOut) -> int:
    """The rank of a party's title (titles.tsv), or -1 where it has none the titles know."""
    return title_rank(p.title)


def _of_state(parts: list[PartyOut], state: str) -> list[PartyOut]:
    """The people of a state among a meeting's parties, with those of no state read that are named after one of them
    ("Australian Foreign Minister Penny Wong and Defence Minister Richard Marles held talks with ...")."""
    out, current = [], None
    for p in parts:
        current = p.country or current
        if p.kind == "person" and current == state:
            out.append(p)
    return out
