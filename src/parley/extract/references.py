"""Who a mention stands for: pronouns, groups, counterparts and generic officials, resolved within the article.

"He" is the subject going on or the last person of that gender ("Mr", "Ms" before a name tell it); "his Japanese
counterpart" is the Japanese person of matching title; "top Chinese diplomats" is China's foreign minister when the text
names one. Groups ("the pair", "the two ministers", "the leaders of the two countries") and generic officials: their
own module, group_references.py.
"""
from __future__ import annotations

import re
from collections import Counter

from .actor_records import Mention
from .actors import ArticleActors
from .candidate import PartyOut
from .context import ArticleContext, within
from .cues import (BODY_KINDS, CLAUSE_BREAK, FEMALE_BEFORE, GENDER_OF_HONORIFIC, HONORIFIC_BEFORE_NAME, KIN_BEFORE,
                   MEMBERS_AFTER, NON_OFFICIAL_AFTER, NON_OFFICIAL_BEFORE, PASSIVE_AGENT, SPEAKER_VERB_AFTER)
from .group_references import GroupResolver, depicted
from .known_officials import known_offices
from .lexicon import LEADER_SEATS, ORDERING_MARKS
from .meeting import Meeting
from .names import key_in_country, name_key
from .parse_tree import token_at_offset
from .titles import holds
from .sentence_event import SentenceEvent

NAMED_KINDS = ("person", "counterpart", "generic")      # mentions that name a party (not "he", not a state)


class ReferenceResolver(GroupResolver):
    """The assembly's step that turns a sentence event's mentions into parties (`PartyOut`); groups and generic
    officials: group_references.GroupResolver."""
    ctx: ArticleContext
    actors: ArticleActors
    meetings: list[Meeting]
    dyad: list[str]                 # the article's two main countries
    pronoun_of: dict[int, str]      # "he"/"she" read so far (by where it stands) -> the person's actor key
    heads: dict[str, str]           # state -> the one person the article says led its delegation (`delegation_heads`)

    def headed(self, parts: list[PartyOut]) -> list[PartyOut]:
        """Parties with each state whose delegation the article says one person led put as that person: "Armenia and
        Azerbaijan held talks ... Armenia's delegation, led by Ararat Mirzoyan"."""
        return [self.party(self.heads[p.country]) if p.kind == "state" and p.country in self.heads else p
                for p in parts]

    def party(self, key: str | None) -> PartyOut | None:
        a = self.actors.actor(key)
        if a is None:
            return None
        kind = a.kind if a.kind in ("person", "state", "org") else "generic"
        if kind != "person":
            return PartyOut(a.name, a.title, a.country, a.sector or "GOV", kind, a.family, a.key)
        basis = {k: v for k, v in (("country", a.country_basis), ("title", a.title_basis)) if v}
        # a known official's aliases share the key of the file's name; a name of two family names is keyed
        # without the mother's
        key = name_key(a.known) if a.known else key_in_country(a.name, a.country)
        family = key.split("|", 1)[0] if key != name_key(a.name) else a.family
        return PartyOut(a.name, a.title, a.country, a.sector or "GOV", kind, family, a.key, list(a.variants or [a.name]),
                        key, basis)

    def _article_dyad(self) -> list[str]:
        counts: Counter = Counter()
        for a in self.actors.actors.values():
            if a.country and a.country not in ("IGO", "UNO", "EUR", "NGO") and a.kind in ("person", "state", "org"):
                counts[a.country] += len(a.mentions) * (3 if a.kind == "person" else 1)
        return [c for c, _ in counts.most_common(2)]

    def _gender(self, key: str) -> str | None:
        """"female" or "male" where the text gives a person an honorific ("Ms Kamikawa", "Mr Wang"), a possessive
        pronoun ("her Chilean counterpart") or calls her a woman ("the first female prime minister, Sanae Takaichi")."""
        a = self.actors.actor(key)
        if a is None or a.kind != "person":
            return None
        found = set()
        for s, _ in a.mentions:
            h = HONORIFIC_BEFORE_NAME.search(self.ctx.text[max(0, s - 8):s])
            gender = GENDER_OF_HONORIFIC.get(h.group(1).lower().rstrip(".")) if h else None
            if gender:
                found.add(gender)
            if FEMALE_BEFORE.search(self.ctx.text, max(0, s - 50), s):
                found.add("female")     # "Japan's first female prime minister, Sanae Takaichi"
        found |= self.actors.pronoun_genders.get(key, set())      # "... her Chilean counterpart"
        return found.pop() if len(found) == 1 else None

    def _last_subject(self, pos: int, sentence: int) -> str | None:
        """The person who did the last act told before `pos` in its sentence."""
        # the subject comes before its verb, whether the act makes it the actor or, as a host, the recipient
        # (a pronoun already read as a person stands for that person: "On Tuesday, he flew to Manila, where he held
        # talks ... He ended the trip in Singapore")
        def who(x: Mention) -> str | None:
            if x.kind == "pronoun" and x.start not in self.pronoun_of and x.start < pos \
                    and x.text.lower() in ("he", "she"):
                # (one not read yet, before this one: "Trump said he had accepted an invitation from Xi ..., after what
                # he described as a phone call with the Chinese leader")
                self.pronoun_person(x, sentence)
            if x.kind == "generic":     # ("After Kenya, the Chinese leader will fly to Dar es Salaam, where he ...")
                return self._generic_person(x)
            return x.actor if x.kind == "person" else self.pronoun_of.get(x.start) if x.kind == "pronoun" else None

        acts = [e for e in self.ctx.events if e.trigger[1] <= pos and e.sentence == sentence
                and any(who(x) and x.end <= e.trigger[0] for x in e.actors + e.recipients)]
        if not acts:
            # (the subject of the sentence's main verb, told before it: "After Kenya, the Chinese leader will fly to
            # Dar es Salaam, where he will be received by President Samia Suluhu Hassan")
            return self._main_subject(sentence, pos)
        # (not an act told in a phrase or clause of another time within another's: "Lula will attend the CELAC summit,
        # marking Brazil's return after Jair Bolsonaro suspended its participation. On Wednesday he travels to
        # Montevideo": Lula)
        main = [e for e in acts if not self._told_within_another(e)]
        if not main and (subject := self._main_subject(sentence)) is not None:
            return subject
        last = max(main or acts, key=lambda e: e.trigger[0])
        return next(who(x) for x in sorted(last.actors + last.recipients, key=lambda x: x.start)
                    if who(x) and x.end <= last.trigger[0])

    def _told_within_another(self, e: SentenceEvent) -> bool:
        """Whether an act is told in a phrase or clause of another time within another act of its sentence ("after Jair
        Bolsonaro suspended its participation"), by the events' phrases or the sentence's parse."""
        if any(y is not e and y.sentence == e.sentence and within(e.trigger, y.ordered) for y in self.ctx.events):
            return True
        doc = self.ctx.parses.get(e.sentence)
        tok = token_at_offset(doc, e.trigger[0] - self.ctx.start_of(e.sentence)) if doc is not None else None
        return tok is not None and any(a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ORDERING_MARKS
                                                                  for c in a.children)
                                       for a in [tok] + list(tok.ancestors))

    def _main_subject(self, sentence: int, before: int | None = None) -> str | None:
        """The person who is the subject of a sentence's main verb, by its parse ("Lula will attend the summit", "the
        Chinese leader" where the article names one); with `before`, only one told before that position."""
        doc = self.ctx.parses.get(sentence)
        if doc is None:
            return None
        start = self.ctx.start_of(sentence)
        for root in (t for t in doc if t.dep_ == "ROOT"):
            for subj in (c for c in root.children if c.dep_ == "nsubj"):
                lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
                if before is not None and start + hi > before:
                    continue
                found = self.actors.mentions_in(start + lo, start + hi, ("person",))
                if found and found[0].actor:
                    return found[0].actor
                if before is not None:
                    found = [k for g in self.actors.mentions_in(start + lo, start + hi, ("generic",))
                             if (k := self._generic_person(g)) is not None]
                    if found:
                        return found[0]
        return None

    def _generic_person(self, m: Mention) -> str | None:
        """The one person a description stands for ("the Chinese leader": the article's one Chinese leader), or None."""
        one = self._generic(m)
        return one[0].key if len(one) == 1 and one[0].kind == "person" else None

    def _subject_going_on(self, m: Mention, sentence: int) -> str | None:
        """The subject of the previous sentence's last act, for a pronoun that is its own sentence's
        first party: "Modi met Putin on Monday. On Tuesday, he held talks with Tokayev" (Modi).
        Only from the body's sentence just before (in the paragraph before too: news gives most sentences a
        paragraph of their own), and only where no person is named between that act and the pronoun."""
        s, _ = self.ctx.spans[sentence]
        # (a pronoun before it, "he flew to Manila, where he held talks", is that subject too)
        if self.actors.mentions_in(s, m.start, NAMED_KINDS) or (subject := self._subject_before(sentence)) is None:
            return None
        pe = self.ctx.spans[sentence - 1][1]
        last = max((e for e in self.ctx.events if e.sentence == sentence - 1), key=lambda e: e.trigger[0])
        # (not the speaker the act is reported by: "Modi will meet leaders including those of the UK, Kwatra said. On
        # Sunday, he will also hold a working lunch with Macron")
        # (nor the host who did it to the subject: "Erdogan will first be received by President Katerina
        # Sakellaropoulou. He will then hold a tete-a-tete with Mitsotakis")
        agent = PASSIVE_AGENT.match(self.ctx.text, last.trigger[1])
        named_after = [x for x in self.actors.mentions_in(last.trigger[1], pe, ("person",))
                       if x.actor not in {y.actor for y in last.actors + last.recipients}
                       and not SPEAKER_VERB_AFTER.match(self.ctx.text, x.end)
                       and not (agent and x.start >= agent.end() and not CLAUSE_BREAK.search(self.ctx.text,
                                                                                             agent.end(), x.start))]
        return None if named_after else subject

    def _opens_on_act(self, m: Mention, sentence: int) -> bool:
        """Whether a pronoun is the object of its sentence's first act, told right after it and its subject
        ("Nehammer welcomed him"): no more than a few words before it."""
        s, _ = self.ctx.spans[sentence]
        return len(self.ctx.text[s:m.start].split()) <= 6

    def _subject_before(self, sentence: int) -> str | None:
        """The subject of the last act of the body's sentence before, where both are the body's."""
        if sentence == 0 or not {self.ctx.kinds[sentence], self.ctx.kinds[sentence - 1]} <= BODY_KINDS \
                or not any(e.sentence == sentence - 1 for e in self.ctx.events):
            return None
        return self._last_subject(self.ctx.spans[sentence - 1][1], sentence - 1)

    def _persons_before(self, pos: int) -> list[str]:
        seen = []
        for m in reversed([m for m in self.actors.mentions if m.kind == "person" and m.end <= pos]):
            if m.actor not in seen:
                seen.append(m.actor)
        return seen

    def resolve(self, m: Mention, ev: SentenceEvent, others: list[Mention]) -> list[PartyOut]:
        if m.kind in ("person", "state", "org") and m.actor:
            p = self.party(m.actor)
            return [p] if p else []
        if m.kind == "pronoun":
            low = m.text.lower()
            if low in ("he", "she", "him", "her", "his"):      # ("his": a meeting's owner, "his meeting with Trump")
                # ("to King Abdullah II, whom he met": "he" is not the one he met)
                met = {x.actor for x in ev.recipients if x.actor} if m in ev.actors else set()
                chosen = self.pronoun_person(m, ev.sentence, {x.actor for x in ev.actors if x.actor}, met)
                return [self.party(chosen)] if chosen else []
            if low == "it":                  # "It also said ...": a ministry or a state, never people
                prior = [x for x in self.actors.mentions if x.kind in ("org", "state") and x.end <= m.start and x.actor]
                return [self.party(prior[-1].actor)] if prior else []
            s, _ = self.ctx.spans[ev.sentence]
            people = self.actors.mentions_in(s, m.start, ("person",))
            same = list(dict.fromkeys(x.actor for x in people))
            if len(same) > 2 and low == "their":
                # "said he would like to meet Kim this year, as he hosted Lee at the White House for their first
                # summit": the two of the act told just before it
                same = self._pair_before(ev, same) or same
            if len(same) >= 2:
                return [self.party(k) for k in same]
            # "Wang said ... the consensus reached by the two heads of state during their phone call": a group named
            # after the sentence's people
            groups = self.actors.mentions_in(s, m.start, ("group",))
            if groups and (not people or groups[-1].start > people[-1].start):
                return self._group(groups[-1], ev, others)
            if not people and any(MEMBERS_AFTER.match(self.ctx.text, x.end)
                                  for x in self.actors.forums_in(s, m.start)):
                return []       # "EU leaders gather in Brussels for their summit in October": the members of a forum,
                                # no one the article names
            last = self._last_meeting_before(m.start)
            return [p for p in last.parts] if last else []
        if m.kind == "counterpart":
            return [self._counterpart(m, ev, others)]
        if m.kind == "group":
            return self._group(m, ev, others)
        if m.kind == "generic":
            return self._generic(m)
        return []

    def pronoun_person(self, m: Mention, sentence: int, doers: set[str] = frozenset(),
                       met: set[str] = frozenset()) -> str | None:
        """The person (actor key) "he", "she", "him", "her" or "his" of sentence `sentence` stands for; `doers`, the
        people doing the act, are not "him" or "her", nor `met`, the people it is done to, "he" or "she"."""
        low = m.text.lower()
        before = [k for k in self._persons_before(m.start) if k not in met]
        other = "female" if low in ("he", "him", "his") else "male"
        before = [k for k in before if self._gender(k) != other]     # "Ms Kamikawa" is no "he"
        if low in ("him", "her"):       # "Putin showed him around": not the one doing it
            before = [k for k in before if k not in doers]
            # (the subject going on from the sentence before, where it opens on the act: "Modi landed in Vienna ...
            # after a visit to Moscow, where he held talks with Putin. Nehammer welcomed him for a private dinner")
            going_on = self._subject_before(sentence) if self._opens_on_act(m, sentence) else None
            return going_on if going_on in before[:3] else before[0] if before else None
        subject = self._last_subject(m.start, sentence)
        going_on = self._subject_going_on(m, sentence) if subject is None else None
        # "Blinken met the crown prince, then flew to Cairo, where he met Sisi": the subject
        # of the last act told goes on, unless a person named since is the only one it can be; the subject
        # of the sentence before goes on past the people it named ("he held talks with Marcos and Manalo.
        # He ended the trip in Singapore, where he met Lee")
        chosen = subject if subject in before[:3] else going_on if going_on in before else \
            before[0] if before else None
        # "Mondino held a meeting with her Chilean counterpart, Van Klaveren ... She was later received by Boric": the
        # one of the last three people named whom the text shows to be a woman, over one it does not tell of (most
        # officials in the news are men: an untold one is a fair "he", a poor "she")
        if low in ("she", "her") and chosen is not None and self._gender(chosen) is None and chosen != subject:
            chosen = next((k for k in before[:3] if self._gender(k) == "female"), chosen)
        if chosen is not None and low in ("he", "she"):
            self.pronoun_of[m.start] = chosen
        return chosen

    def _pair_before(self, ev: SentenceEvent, people: list[str]) -> list[str]:
        """Of more than two people a sentence names, the two people of the act told last before a mention in its
        sentence; nothing where that act has not two of them."""
        before = [x for x in self.ctx.events if x.sentence == ev.sentence and x is not ev and x.trigger[1] <= ev.trigger[0]]
        if not before:
            return []
        last = max(before, key=lambda x: x.trigger[0])
        keys = [p.actor if p.kind == "person" else self.pronoun_of.get(p.start) if p.kind == "pronoun" else None
                for p in last.actors + last.recipients]
        pair = list(dict.fromkeys(k for k in keys if k in people))
        return pair if len(pair) == 2 else []

    def _counterpart(self, m: Mention, ev: SentenceEvent, others: list[Mention]) -> PartyOut:
        if m.actor:
            return self.party(m.actor)
        owner = None
        for o in list(others) + [x for x in ev.actors if x not in others]:     # (the act's own doer, where the others
            a = self.actors.actor(o.actor)                                     # name no one: "talks with his ...")
            if a and a.kind == "person":
                owner = a
                break
        owner_title, owner_country = (owner.title, owner.country) if owner else (None, None)
        country = m.country or next((c for c in self.dyad if c != owner_country), None)
        people = [a for a in self.actors.people() if a.country == country]
        # (the US Secretary of State's counterparts are foreign ministers)
        owner_title = SAME_OFFICE.get(owner_title, owner_title)
        if owner_title:
            # (a counterpart holds the owner's office: a foreign minister's is no president named in the article, "talks
            # with his Chinese counterpart ... He also met President Xi Jinping"; one untitled may be)
            same = [a for a in people if a.title == owner_title]
            people = same or [a for a in people if not a.title]
        elif owner is not None:
            # (an owner the article gives no title, in a report of no date: an office the actor file gives them, "Lammy
            # told his Chinese counterpart" a foreign minister, not President Xi, whom the article names too)
            held = {SAME_OFFICE.get(k.title, k.title) for k in known_offices(owner.name) if k.country == owner.country}
            people = [a for a in people if a.title in held] or people
        if people:
            best = max(people, key=lambda a: len(a.mentions))
            return self.party(best.key)
        return PartyOut(None, owner_title, country, "GOV", "generic")

    def _last_meeting_before(self, pos: int, held: tuple[str, ...] | None = None) -> Meeting | None:
        """The meeting told last before a position; with `held`, of people whose titles hold one of these words,
        where one such meeting was told (else the last)."""
        if held is not None:
            found = self._last_held(pos, held)
            if found is not None:
                return found
        return self._last_of(self.meetings, pos)

    def _last_held(self, pos: int, held: tuple[str, ...]) -> Meeting | None:
        """The meeting told last before a position of people whose titles or offices hold one of these words
        ("Secretary of State" holds the office of a foreign minister)."""
        return self._last_of([mt for mt in self.meetings if all(holds(p.title, held) for p in mt.parts
                                                                 if p.kind == "person")], pos)

    def _last_of(self, meetings: list[Meeting], pos: int) -> Meeting | None:
        best = None
        for mt in meetings:
            starts = [self.ctx.spans[x.sentence][0] for x in mt.mentions]
            if starts and min(starts) < pos and not mt.frame and len(mt.parts) >= 2:
                if best is None or max(starts) > max(self.ctx.spans[x.sentence][0] for x in best.mentions):
                    best = mt
        return best

    def parties_of(self, ev: SentenceEvent, mentions: list[Mention]) -> list[PartyOut]:
        out: list[PartyOut] = []
        for m in mentions:
            if m.kind == "person" and KIN_BEFORE.search(self.ctx.text, max(0, m.start - 25), m.start):
                continue            # "a state dinner for Kishida and his wife, Yuko": no party of the state's
            if m.kind == "person" and depicted(self.ctx.text, m):
                continue            # "beneath a bust of Ho Chi Minh"
            if m.kind == "person" and (NON_OFFICIAL_BEFORE.search(self.ctx.text, max(0, m.start - 40), m.start)
                                       or NON_OFFICIAL_AFTER.match(self.ctx.text, m.end, m.end + 80)):
                continue            # "DW correspondent Michaela Kuefner, who is traveling with Scholz's team"
            for p in self.resolve(m, ev, mentions):
                if p is None:
                    continue
                if p.kind == "state" and ev.mode == "visit" and _seat(m.text) in LEADER_SEATS:
                    # "Starmer is due to visit the White House": its holder, where the article names one
                    holders = [a for a in self._leaders() if a.country == p.country]
                    p = self.party(holders[0].key) if len(holders) == 1 else p
                if p.key and any(q.key == p.key for q in out):
                    continue
                if not p.key and any(not q.key and q.country == p.country and q.title == p.title for q in out):
                    continue
                out.append(p)
        # a state next to its own official (named or not) is the official's country, not another party
        people_countries = {p.country for p in out if p.kind in ("person", "generic")}
        return [p for p in out if not (p.kind in ("state", "org") and p.country in people_countries)]


def _seat(text: str) -> str:
    """A metonym's words as LEADER_SEATS holds them ("the White House" -> "white house")."""
    return re.sub(r"^the\s+", "", " ".join(text.split()).lower())


# a title one state gives an office other states title otherwise: its holder's counterparts hold that office
SAME_OFFICE = {"Secretary of State": "Foreign Minister"}


def delegation_heads(actors: ArticleActors) -> dict[str, str]:
    """Each state whose delegation the article says one person led (`Actor.heads`) -> that person's actor key."""
    heads: dict[str, list[str]] = {}
    for a in actors.people():
        if a.heads:
            heads.setdefault(a.heads, []).append(a.key)
    return {state: keys[0] for state, keys in heads.items() if len(keys) == 1}
