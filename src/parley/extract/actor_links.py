"""How an article's actors are linked once found (actors.ArticleActors._find): later mentions of a
person ("Mr Wang", "Wang", "IWAYA", "Lula"), a title alone standing for its one holder ("the crown
prince"), one known official found under two names, the owner of a counterpart, and what the
actor file tells of a person that the text leaves open (data/actors.tsv, known_officials.py).

A part of ArticleActors (as store_neighbours.py is of the store): its methods read and extend the
article's actors and mentions.
"""
from __future__ import annotations

import datetime as dt
import re

from .actor_patterns import STATE_KINDS, patterns
from .actor_records import Actor, Mention
from .gazetteer import Gazetteer
from .known_officials import COMMON_FAMILIES, MONARCH_TITLES, KnownActor, known_actors, known_index, lineage_known, near_known
from .name_shapes import HONORIFIC_BEFORE, given_name_before
from .names import SUFFIXES, distinctive, fold_same_length, name_key, same_name
from .titles import title_countries, titles


def _occurrences(text: str, needle: str):
    """Spans of a word sequence in text, standing alone (not inside a longer word or hyphenation)."""
    i = text.find(needle)
    n = len(needle)
    while i >= 0 and n:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            yield i, i + n
        i = text.find(needle, i + 1)


# the father's name with its word of lineage, that names the son alone: "bin Salman", "bin Zayed"
LINEAGE_TAIL = re.compile(r"\b(?:bin|ibn)\s+[A-Z][\w'-]+")

class ActorLinks:
    """Linking an article's actors and mentions (a part of actors.ArticleActors, whose `_person` makes a
    person of a name)."""
    text: str
    published: dt.date | None
    gaz: Gazetteer
    actors: dict[str, Actor]
    mentions: list[Mention]
    places: list                        # the gazetteer's hits in the text
    pronoun_genders: dict[str, set[str]]
    _roles: list[tuple[int, int, str | None, str]]
    _role_mentions: list[Mention]
    _taken: list[tuple[int, int]]

    def _owners_of_counterparts(self) -> None:
        """A person of no stated country whose counterpart is of one, in an article of that state and one other: the
        other's ("Sok Chenda Sophea held talks with his Vietnamese counterpart Bui Thanh Son" under "Cambodia and
        Vietnam vow ...", an outlet at home naming its own minister without the state). The owner is the person
        named last before the counterpart within its paragraph."""
        counterparts = [c for c in self.mentions if c.kind == "counterpart"]
        if not counterparts:
            return
        people = sorted(((s, e, a) for a in self.actors.values() if a.kind == "person" for s, e in a.mentions),
                        key=lambda x: x[0])
        states: set[str] | None = None          # the article's states, read only where an owner needs one
        for c in counterparts:
            other = self.actor(c.actor)
            before = [(s, e, a) for s, e, a in people if e <= c.start and a is not other
                      and "\n\n" not in self.text[e:c.start]]
            if not before:
                continue
            owner = before[-1][2]
            # "Mondino held a meeting with her Chilean counterpart": whom a later "she" may stand for
            word = re.search(r"\b(his|her)\s+(?:[\w-]+\s+){0,3}$", self.text[max(0, c.start - 40):c.start]) \
                if other else re.match(r"(his|her)\b", c.text)
            if word:
                self.pronoun_genders.setdefault(owner.key, set()).add("male" if word.group(1) == "his" else "female")
            code = c.country or (other.country if other else None)
            if not code or owner.country:
                continue
            if states is None:
                states = self._states_named()
            rest = states - {code}
            if len(rest) == 1:
                owner.country = rest.pop()
                owner.country_basis = (f"counterpart of a {self.gaz.demonym_of.get(code, code)} official, in an article "
                                       f"of {self.gaz.name_of(code) or code} and "
                                       f"{self.gaz.name_of(owner.country) or owner.country}")
                owner.cite("country", (c.start, c.end))

    def _states_named(self) -> set[str]:
        """The states the article names: by its places and by any state word ("Cambodia's" is no place hit)."""
        states = {e.code for h in self.places if (e := h.of_kind(*STATE_KINDS))}
        return states | {c for m in patterns()["state_word"].finditer(self.text)
                         if (m.start() == 0 or not self.text[m.start() - 1].isalnum())
                         and (c := self.gaz.country_of_word(m.group(0)))}

    def _join_one_person(self) -> None:
        """People found apart who are one known official ("AMLO" in the headline, "Andrés Manuel López Obrador" in the
        text, both the actor file's one official): one actor, under the key of the actor file's name, else of the
        fuller name."""
        by_known: dict[str, list[Actor]] = {}
        for a in self.actors.values():
            if a.kind == "person" and a.known:
                by_known.setdefault(a.known, []).append(a)
        for group in by_known.values():
            if len(group) < 2 or len({a.country for a in group} - {None}) > 1:
                continue
            # (the known name first: "Ahmed al-Sharaa" over his nom de guerre "Abu Mohammed al-Jolani")
            keep = max(group, key=lambda a: (name_key(a.name) == name_key(a.known), len(a.name.split()),
                                             len(a.mentions), a.key))
            for a in group:
                if a is keep:
                    continue
                keep.mentions += a.mentions
                keep.variants += [v for v in a.variants if v not in keep.variants]
                for x in self.mentions:
                    if x.actor == a.key:
                        x.actor = keep.key
                del self.actors[a.key]

    def link_roles(self) -> None:
        """A title alone ("before sitting down with the crown prince") stands for the one person of that title
        the text has named before it ("Crown Prince Mohammed bin Salman"); with none or several, for no one."""
        self.mentions = [x for x in self.mentions if x not in self._role_mentions]
        self._role_mentions = []
        for s, e, title, surface in self._roles:
            if any(x.start < e and s < x.end for x in self.mentions):
                continue
            canon = titles()[1].get(surface)        # ("the secretary of state" is a Foreign Minister)
            held = {title, canon.name} if canon else {title}
            holders = {x.actor for x in self.mentions if x.kind == "person" and x.actor and x.end <= s
                       and self.actors[x.actor].title in held}
            if title is None:
                # "the Secretary": the one person named before it whose title has that word ("Secretary of State")
                holders = {x.actor for x in self.mentions if x.kind == "person" and x.actor and x.end <= s
                           and surface in (self.actors[x.actor].title or "").lower().split()}
            if len(holders) > 1 and (states := title_countries().get(surface)):
                # "the secretary of state" where China's foreign minister is named too: the US one
                holders = {h for h in holders if self.actors[h].country in states}
            only = title_countries().get(surface) or frozenset()
            if not holders and (title in MONARCH_TITLES or len(only) == 1) and \
                    (known := self._sole_holder(title, only if len(only) == 1 else None)) is not None:
                # "The King has welcomed Macron ... on a state visit to the UK": the one monarch of that title of the
                # states the article names, in office when it was written (the actor file); "The Taoiseach and the
                # British Prime Minister have held talks": the one holder of a title only one state gives
                a = self._person(known.name, (s, e))
                a.mentions.remove((s, e))           # (the title's mention is the role's, added below)
                self._fill_from_actor_file([a])
                holders = {a.key}
            if not holders and len(only) == 1:
                # (with no date to know the holder by: the one person of that state the article names, untitled or so
                # titled, "Simon Harris said ...")
                holders = {x.actor for x in self.mentions if x.kind == "person" and x.actor
                           and self.actors[x.actor].country in only and self.actors[x.actor].title in held | {None}}
            if len(holders) == 1:
                a = self.actors[holders.pop()]
                self._role_mentions.append(Mention(s, e, "person", a.key, a.country, title, text=self.text[s:e]))
        if self._role_mentions:
            self.mentions = sorted(self.mentions + self._role_mentions, key=lambda x: (x.start, -x.end))

    def _sole_holder(self, title: str, states: frozenset[str] | None = None) -> KnownActor | None:
        """The one known official of a title, of `states` or else of a state the text names, in office at
        publication."""
        if self.published is None:
            return None
        when = self.published.strftime("%Y-%m")
        if states is None:
            states = frozenset(x.country for x in self.mentions if x.kind == "state" and x.country)
        found = [k for k in known_actors() if k.title == title and k.country in states and k.start <= when
                 and (k.end is None or when < k.end)]
        return found[0] if len(found) == 1 else None

    def _link_people(self, people: list[Actor]) -> None:
        """Later mentions of known people: their names as spelled (diacritics folded), reversed, in
        capitals, and any word of the name that no other person of the article shares ("Lula",
        "Xi", "IWAYA")."""
        taken = self._taken
        if getattr(self, "_folded", None) is None:
            self._folded = fold_same_length(self.text)
            self._honorific_at = {m.end(): m.start() for m in HONORIFIC_BEFORE.finditer(self.text)}
        folded = self._folded
        everyone = [a for a in self.actors.values() if a.kind == "person"]
        for actor in people:
            forms: set[str] = set()
            for variant in actor.variants or [actor.name]:
                toks = variant.split()
                forms |= {variant, " ".join(reversed(toks)) if len(toks) == 2 else variant}
            others = set().union(*(distinctive(a.name) for a in everyone if a is not actor)) if len(everyone) > 1 else set()
            words = [t for t in actor.name.split() if t.rstrip(".").lower() not in SUFFIXES]
            for w in words:
                key = distinctive(w)
                if key and key <= distinctive(actor.name) and not key & others and (len(w) > 2 or w.lower() == actor.family):
                    forms.add(w)
                    forms.add(w.upper())
            # "bin Salman" of "Mohammed bin Salman", "bin Zayed" of "Mohamed bin Zayed Al Nahyan": the father's name
            # with its word of lineage, unless another person of the article has it
            lineage = LINEAGE_TAIL.search(actor.name)
            if lineage and not any(LINEAGE_TAIL.search(a.name) and LINEAGE_TAIL.search(a.name).group(0).lower() ==
                                   lineage.group(0).lower() for a in everyone if a is not actor):
                forms.add(lineage.group(0))
            for form in sorted(forms, key=len, reverse=True):
                needle = fold_same_length(form)
                for s, e in _occurrences(folded, needle):
                    s = self._honorific_at.get(s, s)        # "Mr Wang": the honorific with the name
                    if any(s < b and a < e for a, b in taken):
                        continue
                    if not ((form.isupper() and self.text[e - len(form):e].isupper())
                            or not form.isupper() and self.text[e - len(form):e][:1].isupper()
                            or LINEAGE_TAIL.fullmatch(form) and self.text[e - len(form):e].split()[-1][:1].isupper()
                            or self.text[e - len(form):e] == form and not form[:1].isupper()
                            and any(ch.isupper() for ch in form)):
                        continue            # "lula" in lower case is no name (but "al-Sharaa" is, as the name writes it)
                    if " " not in form and given_name_before(self.text, s):
                        continue            # "Hafez al-Assad" is not Bashar al-Assad
                    if any(h.start <= s and e <= h.end and (h.start, h.end) != (s, e) for h in self.places) or \
                            ((state := patterns()["state_word"].match(self.text, s)) and state.end() > e):
                        continue            # "Costa" of "Costa Rica" ("Costa Rica's") is no later mention of Antonio Costa
                    taken.append((s, e))
                    actor.mentions.append((s, e))
                    self.mentions.append(Mention(s, e, "person", actor.key, text=self.text[s:e]))

    def link_new_people(self) -> None:
        """Surname and full-name mentions of people the parser found after the rules ran."""
        fresh = [a for a in self.actors.values() if a.kind == "person" and len(a.mentions) == 1]
        if fresh:
            self._link_people(fresh)
            self.mentions.sort(key=lambda x: (x.start, -x.end))
            self.link_roles()

    def _titled_by_given(self, actor: Actor) -> list[KnownActor]:
        """The known officials holding a one-word name's title (told in the text) in a state the article names, whose
        name opens with that word (after an honorific: "Sheikh Mohamed bin Zayed")."""
        if not actor.title:
            return []
        states = {a.country for a in self.actors.values() if a.kind == "state" and a.country} | {actor.country}
        word = fold_same_length(actor.name).lower()
        return [k for k in known_actors(None) if k.title == actor.title and k.country in states
                and any(word in [fold_same_length(t).lower() for t in n.split()[:2]] for n in (k.name, *k.aliases))]

    def _fill_from_actor_file(self, only: list[Actor] | None = None) -> None:
        """A person's country and title where the text leaves them open, from the actor file: by
        the name's key ("Erdoğan" = "Erdogan"), or by a family name alone ("Biden") when one known
        official has it (in office at the publication date, when there is one); a family name alone
        then takes the known full name."""
        when = self.published.strftime("%Y-%m") if self.published else None
        by_key, by_family = known_index()
        for actor in only or list(self.actors.values()):
            if actor.kind != "person":
                continue
            single = len(actor.name.split()) == 1
            key = name_key(actor.name)
            fam = key.split("|", 1)[0]
            cands = by_key.get(key, [])
            if not cands and single and fam in COMMON_FAMILIES:
                # "Sheikh Mohamed" alone is no known official whose name holds "Mohamed"; but "President Sheikh
                # Mohamed", in an article of the UAE, is the one President of a state of the article of that name
                cands = self._titled_by_given(actor)
                if not cands:
                    continue
            if not cands and single:
                cands = by_family.get(fam, [])
            elif not cands:         # "Emanuel Macron", "Sheinbaum Pardo": a misspelt or shortened name of a known official
                cands = [k for k in by_family.get(fam, [])
                         if any(same_name(n, actor.name) for n in (k.name, *k.aliases) if len(n.split()) > 1)] \
                    or near_known(key, actor.country) or lineage_known(actor.name)
            if not cands:
                continue
            dated = [k for k in cands if k.start <= when and (k.end is None or when <= k.end)] if when else []
            people = {k.name for k in (dated or cands)}
            k = (dated or cands)[0]
            if not single and len(people) == 1 and (not actor.country or actor.country == k.country):
                actor.known = k.name
            # (a one-word name takes the known full name even where the text gives country and title:
            # "Brazil's President Lula" is "Luiz Inácio Lula da Silva" in every article)
            if actor.country and actor.title and not single:
                continue
            if single and len(people) != 1:
                continue            # "Kim" alone: which Kim?
            if single and actor.country and k.country != actor.country:
                continue            # "Brazil's minister Vieira" is no known Vieira of another state
            if single:
                actor.name = actor.known = k.name
                if k.name not in actor.variants:
                    actor.variants.append(k.name)
            if not actor.country:
                actor.country, actor.country_basis = k.country, "actor file"
            if not actor.title and (dated or len({c.title for c in cands}) == 1):
                actor.title, actor.sector, actor.title_basis = k.title, k.sector, "actor file"
            if not actor.sector:
                actor.sector = k.sector
