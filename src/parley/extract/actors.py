"""Actors of an article: people (name, title, country, sector), states and their organs, and
organisations, each with every mention and the evidence for its country and title.

What the text says comes first: "Chinese Foreign Minister Wang Yi", "Japan's Ms Yoko Kamikawa",
"Li Qiang, China's premier", "Wang Yi, his Chinese counterpart", "Foreign Minister Yoko Kamikawa
of Japan". Later mentions resolve to earlier ones: "Mr Wang", "Wang", "Kamikawa", "IWAYA
Takeshi" (surname first). Governments are named by country, capital or metonym ("Beijing",
"the Kremlin") and by organ ("China's foreign ministry"). The actor file (data/actors.tsv,
user-extendable) only fills a country or title the text leaves open.

Here, the finding: the rules that read people, states and their organs, groups and titles alone. Their
patterns are in actor_patterns.py, the records they make in actor_records.py; the linking of later
mentions, titles alone and the actor file's facts in actor_links.py.
"""
from __future__ import annotations

import datetime as dt
import re

from ..ingest.boilerplate import AGENCIES
from ..ingest.datelines import lede
from ..ingest.segment import WIRE_DATELINE
from .actor_links import ActorLinks
from .actor_patterns import HEADLINE_WORDS, ORGAN_SECTOR, patterns
from .actor_records import Actor, Mention
from .gazetteer import Gazetteer, gazetteer
from .known_officials import COMMON_FAMILIES, known_index, known_names_in
from .lexicon import SPEECH_FORMS
from .name_shapes import HONORIFIC_BEFORE, NICKNAME_THEN, PLATFORMS, PRONOUNS, SPACED_DASH
from .names import display_name, family_name, name_key, same_name
from .places import FEATURE_NOUNS, PLACE_WORDS, VENUE_NOUNS, article_places, dateline_place, looks_like_place
from .titles import leading_rank, normalise_title, rank_alone, remit_rx, titles
from .voice import voice_at, voices

# (the records of actors and mentions, read here by the modules that use them: actor_records.py)
__all__ = ["Actor", "ArticleActors", "Mention", "lede_spans"]


def lede_spans(text: str) -> list[tuple[int, int]]:
    """Spans of wire datelines at the start of paragraphs ("BEIJING (Reuters) -", "Osaka, Japan,
    May 7 (Kyodo)--"): places, dates and agencies, never parties; also after the runs of spaces that part a page
    scraped onto one line, where the dateline has its date or agency ("... Held    Pyongyang, June 20 (KCNA) --")."""
    out = []
    for m in re.finditer(r"(?:^|\n|(?P<run> {3,}))(?=\S)", text):
        found = lede(text[m.end():m.end() + 160])
        if found and (not m.group("run") or found.date or found.agency):
            out.append((m.end(), m.end() + found.end))
    # (and one with its agency inside a paragraph, where the page's sentences part before it: "(repost of Reuters
    # wire) SANTA CRUZ, Bolivia (Reuters) - ...")
    for m in re.finditer(r"(?<=\s)(?=" + WIRE_DATELINE + ")", text):
        found = lede(text[m.end():m.end() + 160])
        if found and found.agency and not any(a <= m.end() < b for a, b in out):
            out.append((m.end(), m.end() + found.end))
    return sorted(out)


def _remit_country(title: str | None, country_from) -> str | None:
    """The state of a ministry whose full title names its nationals: "Minister of Foreign Affairs, African Cooperation
    and Moroccan Expatriates" is Morocco's."""
    found = remit_rx().search(title) if title else None
    words = re.findall(r"[A-Z][a-z]+", found.group(0)) if found else []
    codes = {c for w in words if (c := country_from(w))}
    return codes.pop() if len(codes) == 1 else None


class ArticleActors(ActorLinks):
    """All actors and mentions of one article."""

    def __init__(self, text: str, published: dt.date | None, gaz: Gazetteer | None = None):
        self.text = text
        self.published = published
        self.gaz = gaz or gazetteer()
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        self.pronoun_genders: dict[str, set[str]] = {}   # the "his"/"her" the text gives a person (a counterpart's)
        self._find()

    # -- building ------------------------------------------------------------------------------
    def _person(self, name: str, span: tuple[int, int]) -> Actor:
        """The person a name mentions: one already met whose name it spells ("Kim Jong-un" for
        "Kim Jong Un", "Lula" for "Luiz Inácio Lula da Silva", "Erdogan" for "Erdoğan"), the
        fullest form becoming the person's name; else a new person."""
        shown = display_name(name)
        matches = [a for a in self.actors.values() if a.kind == "person" and same_name(a.name, shown)]
        if len(matches) > 1:        # "Biden" with Joe and Jill Biden: the senior, then the most mentioned
            matches.sort(key=lambda a: (-a.rank, -len(a.mentions)))
        if matches:
            a = matches[0]
            a.mentions.append(span)
            if shown not in a.variants:
                a.variants.append(shown)
            if len(shown.split()) > len(a.name.split()):
                a.name, a.family = shown, family_name(name)
            return a
        key = f"person:{name_key(shown)}"
        actor = Actor(key, "person", shown, family=family_name(name), mentions=[span], variants=[shown])
        self.actors[key] = actor
        return actor

    def _state(self, code: str, span: tuple[int, int], organ: str | None = None) -> Actor:
        if organ:
            organ_n = re.sub(r"\s+", " ", organ.lower())
            if organ_n in ("side", "government", "authorities", "officials", "leadership", "readout", "statement",
                           "delegation", "delegations", "diplomats", "negotiators"):
                # ("talks between the Russian and US delegations", "US and Russian diplomats agreed")
                organ = None
        if organ:
            name = f"{self.gaz.demonym_of.get(code, self.gaz.name_of(code) or code)} {organ_n.title()}"
            key = f"org:{code}:{organ_n}"
            sector = ORGAN_SECTOR.get(organ_n, "GOV")
            kind = "org"
        else:
            name, key, sector, kind = self.gaz.name_of(code) or code, f"state:{code}", "GOV", "state"
        actor = self.actors.get(key)
        if actor is None:
            actor = Actor(key, kind, name, country=code, sector=sector, country_basis="named in text")
            self.actors[key] = actor
        actor.mentions.append(span)
        return actor

    def _find(self) -> None:
        text, gaz = self.text, self.gaz
        self.ledes = lede_spans(text)
        # the places of the article's wire datelines, in order (read once: the assembly asks for the first often)
        self.dateline_places = [p for a, _ in self.ledes if (p := dateline_place(text, gaz, a)) is not None]
        hits = article_places(text, gaz.scan(text), self.dateline_places, gaz)
        self.places = hits
        P = patterns()
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return not any(s < b and a < e for a, b in taken)

        def country_from(word: str | None) -> str | None:
            return gaz.country_of_word(word) if word else None

        # 1. title before the name: "Chinese Foreign Minister Wang Yi", "China's premier Li Qiang"
        # 2. honorific: "Japan's Ms Yoko Kamikawa", "Mr Wang"
        # 3. title, comma, name: "China's premier, Li Qiang"
        # 4. name, comma, apposition: "Wang Yi, his Chinese counterpart", "Li Qiang, China's premier"
        # 5. "his new Chinese counterpart Qin Gang"
        # 0. head of a state's delegation: "Armenia's delegation, led by Foreign Minister Ararat Mirzoyan"
        rx1, rx2, rx3, rx4, rx5 = P["title_name"], P["honorific"], P["title_comma"], P["apposition"], P["counterpart_name"]
        rx0, rx0b = P["delegation"], P["delegation_other"]
        # a known official's name that runs past where the name pattern stops ("Prime Minister Luís Montenegro":
        # the pattern ends a name at a word that names a state)
        known = list(known_names_in(text))
        known_end = {ks: ke for _, (ks, ke) in known}
        for rx, title_first in ((rx0, True), (rx0b, True), (rx3, True), (rx1, True), (rx5, False), (rx4, False),
                                (rx2, False)):
            for m in rx.finditer(text):
                name = m.group("name")
                # names must be capitalised even though titles match case-insensitively
                if not name[:1].isupper() or name.lower() in PRONOUNS:
                    continue
                ns, ne = m.start("name"), m.end("name")
                if known_end.get(ns, ne) > ne:
                    ne = known_end[ns]
                    name = text[ns:ne]
                name = self._trim_name(name)
                rank = leading_rank().match(name)         # "army chief General Asim Munir"
                if rank:
                    ns, name = ns + rank.end(), name[rank.end():]
                while (hon := HONORIFIC_BEFORE.match(name)) and hon.end() < len(name):
                    ns, name = ns + hon.end(), name[hon.end():]     # "Prince Khalid bin Salman, the defence minister"
                # (a style of several words that begins before the name: "Samdech Moha Borvor Thipadei Hun Manet, Prime
                # Minister of Cambodia")
                for hon in P["honorific_chain"].finditer(text, max(0, ns - 40), ns + len(name)):
                    if hon.start() < ns < hon.end() < ns + len(name):
                        ns, name = hon.end(), name[hon.end() - ns:]
                ne = ns + len(name)
                if name and (nick := NICKNAME_THEN.match(text, ne)) is not None:
                    name, ne = f"{name} {nick.group('rest')}", nick.end()   # 'Ferdinand "Bongbong" Marcos Jr.'
                if not name or gaz.country_of_word(name) or not free(ns, ne) or any(a <= ns < b for a, b in self.ledes):
                    continue
                if name.lower() in HEADLINE_WORDS:
                    continue        # "Crown Prince Meets US President" (a headline in title case): a verb, no name
                if titles()[0].fullmatch(name):
                    continue        # a title is no name: "King, UAE president discuss Gaza" (a headline's two parties)
                if " " not in name and m.start() < ns and rank_alone().fullmatch(text[m.start():ns].strip()) \
                        and re.search(rf"\b[a-z]+\s+{re.escape(name.lower())}\b(?!-)", text):
                    continue        # a rank before a word the text also writes in lower case is the name of a thing:
                                    # "a General Security of Military Information Agreement", beside "regional security"
                if rx in (rx3, rx4) and (w := re.match(r"\s+([a-z]+)\b", text[m.end():m.end() + 30])) \
                        and w.group(1) in HEADLINE_WORDS and w.group(1) not in SPEECH_FORMS:
                    continue        # "Anwar, Vietnamese PM agree to boost trade", "Saudi crown prince, Macron discuss
                                    # Gaza": a headline's two parties
                if m.groupdict().get("ofc") and gaz.country_of_word(text[m.start("ofc"):ne]):
                    continue        # "president of the Russian Federation": the rest of the state's name, no person
                if name.split()[0] in ("Foreign", "Prime", "Vice", "Deputy") or PLACE_WORDS.search(name):
                    continue        # (a building beside its owner: "the Maximos Mansion, the prime minister's office")
                actor = self._person(name, (ns, ne))
                taken.append((ns, ne))
                self.mentions.append(Mention(ns, ne, "person", actor.key, text=text[ns:ne]))
                cword = m.groupdict().get("cpos") or m.groupdict().get("dem") or m.groupdict().get("ofc") or \
                    m.groupdict().get("met")
                code = country_from(cword) or _remit_country(m.groupdict().get("title"), country_from)
                if code and not actor.country:
                    actor.country, actor.country_basis = code, ("head of the state's delegation" if rx in (rx0, rx0b)
                                                                else "title or apposition in text")
                if rx in (rx0, rx0b) and code:
                    actor.heads = code
                if code:
                    actor.cite("country", (m.start(), m.end()))
                tword = m.groupdict().get("title")
                if tword:
                    t = normalise_title(tword)
                    if t and (actor.title is None or t.rank > actor.rank):
                        actor.title, actor.sector, actor.rank, actor.title_basis = t.name, t.sector, t.rank, "in text"
                    if t:
                        actor.cite("title", (m.start(), m.end()))
                if m.groupdict().get("cp"):
                    self.mentions.append(Mention(m.start("cp"), m.end("cp"), "counterpart", actor.key, code))
                    if actor.title is None:     # "Xi ... his French counterpart Macron": Xi's title
                        owner = self._titled_before(m.start(), actor, code)
                        if owner is not None:
                            actor.title, actor.sector, actor.rank = owner.title, owner.sector, owner.rank
                            actor.title_basis = f"counterpart of {owner.name}"
        # 5. "Foreign Minister Yoko Kamikawa of Japan"
        for actor in list(self.actors.values()):
            if actor.kind != "person" or actor.country:
                continue
            for s, e in actor.mentions:
                # (or an apposition's: "Phumtham Wechayachai, acting Prime Minister of Thailand"; not the title of the
                # name after it: "At the invitation of Narendra Modi, Prime Minister of the Republic of Singapore, H.E.
                # Mr. Lawrence Wong, paid ...")
                m = P["of_state"].match(text[e:e + 60])
                if m is None and (m := P["apposed_title_of_state"].match(text[e:e + 100])) is not None \
                        and P["name_after_comma"].match(text, e + m.end()):
                    m = None
                code = m and gaz.country_of_word(m.group(1))
                if code:
                    actor.country, actor.country_basis = code, "'of <country>' in text"
                    actor.cite("country", (s, e + m.end()))
                    break
        # 6. known officials named without a title: "Lula and Milei met", "Luiz Inácio Lula da Silva"
        for name, (ns, ne) in known:
            state = P["state_word"].match(text, ns)     # (a possessive "Costa Rica's" is no gazetteer hit)
            if free(ns, ne) and not any(a <= ns < b for a, b in self.ledes) \
                    and not any(h.start <= ns and ne <= h.end for h in hits) and not (state and state.end() > ne):
                # ("Costa" in "Costa Rica" is a country; "Vladimir", a Russian city, is in "Vladimir Putin")
                actor = self._person(name, (ns, ne))
                taken.append((ns, ne))
                self.mentions.append(Mention(ns, ne, "person", actor.key, text=text[ns:ne]))
        # 7. later mentions of known people: full names, "Mr Wang", surname alone, surname-first
        self._taken = taken
        self._link_people([a for a in self.actors.values() if a.kind == "person"])
        # 7b. heads of delegations told actively: "Secretary of State Marco Rubio led the US delegation, while Foreign
        # Minister Sergei Lavrov headed the Russian side"
        for m in P["leads_delegation"].finditer(text):
            code = country_from(m.group("dem"))
            who = next((x for x in self.mentions if x.kind == "person" and x.end == m.start() and x.actor), None)
            actor = self.actors.get(who.actor) if who else None
            if code and actor is not None and actor.country in (None, code):
                actor.heads = code
                if not actor.country:
                    actor.country, actor.country_basis = code, "head of the state's delegation"
                    actor.cite("country", (who.start, m.end()))
        # 8. governments and their organs; places stay places
        for m in P["possessive_organ"].finditer(text):
            code = country_from(m.group("c"))
            if code and free(m.start(), m.end()) and not any(a <= m.start() < b for a, b in self.ledes):
                actor = self._state(code, (m.start(), m.end()), m.group("o"))
                self.mentions.append(Mention(m.start(), m.end(), "org" if actor.kind == "org" else "state", actor.key,
                                             code, text=m.group(0)))
                taken.append((m.start(), m.end()))
        for h in hits:
            if not free(h.start, h.end):
                continue
            if any(a <= h.start < b for a, b in self.ledes):
                continue                # a dateline ("SINGAPORE -", "BALI, Indonesia --") names a place
            e = h.best
            organ_m = P["organ"].match(text, h.end, h.end + 40)
            if e.kind in ("country", "demonym", "capital", "metonym"):
                organ = organ_m and (organ_m.group("o") or organ_m.group("o2"))
                if e.kind == "demonym" and not organ:
                    # "Russian and Ukrainian officials": the first demonym shares the second's organ
                    shared = P["shared_organ"].match(text, h.end, h.end + 60)
                    if not shared or text[max(0, h.start - 4):h.start].lower() == "top ":
                        continue        # "Chinese" alone is a demonym, used for people and titles above
                    organ = shared.group("o")
                    organ_m = None
                end = organ_m.end() if organ and organ_m else h.end
                actor = self._state(e.code, (h.start, end), organ)
                kind = "org" if actor.kind == "org" else "state"
                self.mentions.append(Mention(h.start, end, kind, actor.key, e.code, text=text[h.start:end]))
                taken.append((h.start, end))
            elif e.kind == "org":
                head = P["org_head"].match(text, h.end)
                if head and (h.text.lower().startswith("the ") or text[max(0, h.start - 4):h.start].lower() == "the "):
                    # "the IMF chief": its official, whom the event stage finds among the people named
                    self.mentions.append(Mention(h.start, head.end(), "generic", None, e.code, "Leader",
                                                 text=text[h.start:head.end()]))
                    taken.append((h.start, head.end()))
                    continue
                self._official_of(e.code, e.name, h.start, h.end)
                key = f"org:{e.code}:{e.name.lower()}"
                actor = self.actors.get(key) or Actor(key, "org", e.name, country=e.code, sector=e.sector or "GOV",
                                                      country_basis="organisation", forum=e.forum)
                self.actors[key] = actor
                actor.mentions.append((h.start, h.end))
                self.mentions.append(Mention(h.start, h.end, "org", key, e.code, text=h.text))
                taken.append((h.start, h.end))
        # 9. counterparts and groups and pronouns (resolved by the event stage)
        named_counterparts = [c for c in self.mentions if c.kind == "counterpart" and c.actor]
        for m in P["counterpart"].finditer(text):
            if not free(m.start(), m.end()) and (inside := self._states_within(m.start(), m.end(), taken)):
                self._drop_within(inside, m.start(), m.end(), taken)    # "his Singapore counterpart": no state party
            if free(m.start(), m.end()):
                # ("his counterpart Wang Yi": the one named, not someone else of the sentence)
                named = next((c.actor for c in named_counterparts if m.start() <= c.start < m.end()), None)
                self.mentions.append(Mention(m.start(), m.end(), "counterpart", named, country_from(m.group("dem")),
                                             text=m.group(0)))
        for m in P["group"].finditer(text):
            if not free(m.start(), m.end()) and (inside := self._states_within(m.start(), m.end(), taken)):
                # "the US and Chinese presidents": the states named within a group are the group's
                self._drop_within(inside, m.start(), m.end(), taken)
            if free(m.start(), m.end()):
                self.mentions.append(Mention(m.start(), m.end(), "group", None, text=m.group(0)))
        for m in P["top"].finditer(text):
            codes = [c for c in (country_from(m.group("dem")), country_from(m.group("dem2"))) if c]
            self.mentions.append(Mention(m.start(), m.end(), "generic", None, codes[0] if len(codes) == 1 else None,
                                         "Foreign Minister" if m.group("what").startswith("diplomat") else "Leader",
                                         text=m.group(0)))
        for m in P["the_diplomat"].finditer(text):
            if free(m.start(), m.end()) and (code := country_from(m.group("dem"))):
                self.mentions.append(Mention(m.start(), m.end(), "generic", None, code, "Foreign Minister",
                                             text=m.group(0)))
        # "Japan's foreign minister", "the Japanese foreign minister", "China's premier" with no name:
        # the official of that title, resolved by the event stage to the named holder if there is one
        for m in P["titled_official"].finditer(text):
            t = normalise_title(m.group("title"))
            if t is None:
                continue
            if not free(m.start(), m.end()):
                # "the US president": the state read within is the official's
                if not (inside := self._states_within(m.start(), m.end(), taken)):
                    continue
                self._drop_within(inside, m.start(), m.end(), taken)
            self.mentions.append(Mention(m.start(), m.end(), "generic", None,
                                         country_from(m.group("cpos") or m.group("dem") or m.group("dem2")), t.name,
                                         text=m.group(0)))
            taken.append((m.start(), m.end()))
        for m in P["title_of_state"].finditer(text):
            t, code = normalise_title(m.group("title")), country_from(m.group("c"))
            inside = self._states_within(m.start(), m.end(), taken) if t and code else None
            if inside is None:
                continue
            self._drop_within(inside, m.start(), m.end(), taken)        # the state is the official's
            taken.append((m.start(), m.end()))
            self.mentions.append(Mention(m.start(), m.end(), "generic", None, code, t.name, text=m.group(0)))
        for m in re.finditer(r"\b(?:he|she|they|him|them|He|She|They)\b", text):
            self.mentions.append(Mention(m.start(), m.end(), "pronoun", None, text=m.group(0)))
        # "the crown prince", "the premier": read once people are known (link_roles)
        self._roles = [(m.start(), m.end(), t.name, re.sub(r"\s+", " ", m.group("title").lower()))
                       for m in P["role"].finditer(text)
                       if (t := normalise_title(m.group("title"))) is not None and free(m.start(), m.end())]
        # "The Secretary and Foreign Minister discussed ...": the head word of a longer title (read as that title's)
        self._roles += [(m.start(), m.end(), None, m.group("title").lower()) for m in P["head_role"].finditer(text)
                        if free(m.start(), m.end())]
        self._role_mentions: list[Mention] = []
        self.mentions.sort(key=lambda x: (x.start, -x.end))
        self._fill_from_actor_file()
        self._join_one_person()
        self._owners_of_counterparts()
        self.link_roles()

    def _official_of(self, code: str, org: str, start: int, end: int) -> None:
        """A person named with a title right after an organisation's name is its official, where the text gives no
        state of theirs: "IMF Managing Director Kristalina Georgieva"."""
        m = patterns()["org_title"].match(self.text, end)
        if m is None:
            return
        who = next((x for x in self.mentions if x.kind == "person" and x.actor and x.start == m.end()), None)
        actor = self.actors.get(who.actor) if who else None
        if actor is not None and not actor.country:
            actor.country, actor.country_basis = code, f"official of an organisation ({org})"
            actor.cite("country", (start, who.end))

    def _states_within(self, start: int, end: int, taken: list[tuple[int, int]]) -> list[Mention] | None:
        """The mentions within a span when they are states only and nothing read reaches out of it
        (a phrase that names its states: "the US and Chinese presidents", "the Emir of Qatar"); else None."""
        inside = [x for x in self.mentions if start <= x.start and x.end <= end]
        if any(x.kind != "state" for x in inside) or \
                any(a < end and start < b and not (start <= a and b <= end) for a, b in taken):
            return None
        return inside

    def _drop_within(self, inside: list[Mention], start: int, end: int, taken: list[tuple[int, int]]) -> None:
        """Forget mentions (and what they took) that a longer phrase over them stands for."""
        self.mentions = [x for x in self.mentions if x not in inside]
        taken[:] = [(a, b) for a, b in taken if not (start <= a and b <= end)]

    def _titled_before(self, pos: int, other: Actor, country: str | None) -> Actor | None:
        """The nearest titled person of another country named before a position (whose
        counterpart someone is)."""
        best, best_end = None, -1
        country = country or other.country
        for a in self.actors.values():
            if a.kind == "person" and a is not other and a.title and a.country and a.country != country:
                for s, e in a.mentions:
                    if best_end < e <= pos:
                        best, best_end = a, e
        return best

    @staticmethod
    def _trim_name(name: str) -> str:
        name = re.sub(r"['’]s$", "", name.strip())
        toks = name.split()
        # "Jake Sullivan Meet in Malta", "Modi Dials Putin" (headlines in title case): the verb and what follows it are
        # no part of the name
        cut = next((i for i, t in enumerate(toks) if i and t.lower() in HEADLINE_WORDS), None)
        toks = toks[:cut] if cut else toks
        while toks and (toks[-1].rstrip(".").lower() in ("said", "told", "says") or toks[-1] in ("A.",)):
            toks.pop()
        return " ".join(toks)

    def add_family_beside(self, word: str, start: int, other: int) -> Actor | None:
        """A family name written alone beside a person, coordinated with them or the other party of their verb
        ("Blinken and Wang met in Munich", "When Wang met Lavrov"): a person, where it is the family name of a known
        official or one too common to stand alone for any (the corpus links it to the one person of that family its
        reports name, or to no one). Other words beside a person ("Biden and Congress") are not read as people."""
        if word.lower() not in COMMON_FAMILIES and word.lower() not in known_index()[1]:
            return None
        if not any(m.kind == "person" and m.start <= other < m.end for m in self.mentions):
            return None
        return self.add_person(word, start, start + len(word))

    def add_person(self, name: str, start: int, end: int) -> Actor | None:
        """A person found by the parser (spaCy PERSON) in a sentence the rules did not cover."""
        name = self._trim_name(re.sub(r"['’]s$", "", name.strip()))
        rank = leading_rank().match(name)
        if rank:
            start, name = start + rank.end(), name[rank.end():]
        # titles and honorifics the recogniser took in ("Emir Sheikh Tamim", "Emir Sheikh" alone)
        while (lead := patterns()["leading_title"].match(name)) and lead.end():
            start, name = start + lead.end(), name[lead.end():]
        if not name or name.lower() in PRONOUNS or self.gaz.country_of_word(name) or not name[:1].isupper() \
                or looks_like_place(name, self.gaz) or any(a <= start < b for a, b in self.ledes):
            return None
        if SPACED_DASH.search(name):
            return None             # parts of a byline or headline: "Reporter at Agência Brasil - Belém"
        if re.fullmatch(AGENCIES, name):
            return None             # a news agency credited ("Source: Xinhua |"), no person
        if re.fullmatch(PLATFORMS, name):
            return None             # a network posted on: "Maduro said on X, formerly Twitter, ..."
        if " " not in name and "-" in name and all(
                part.lower() in known_index()[1] for part in name.split("-")):
            return None             # two leaders' names joined for their meeting: "a possible Trump-Xi meeting"
        if " " not in name and name[1:].islower() and re.search(rf"\b{re.escape(name.lower())}\b", self.text):
            return None             # a word the text also writes in lower case: "the terrible Fentanyl and Drug
                                    # Epidemic" beside "discussed trade, the border, fentanyl"
        if " " not in name and re.search(r"\bthe\s+$", self.text[max(0, start - 5):start], re.I):
            return None             # one word after "the" names no one: "met Macron at the Muqataa"
        if re.search(r"\.\s+(?:He|She|It|They|We)$", name):
            return None             # a sentence's end and the pronoun that opens the next: "posted on X. He was"
        if (first := name.split()[0].lower()).endswith("s") and first in HEADLINE_WORDS:
            return None             # a title-case headline's verb: "Zelensky Meets Tusk, Discusses Border Blockade"
        # the last word of a title ("State Councilor and Foreign Minister Qin Gang": "Councilor" is no one)
        before = re.search(r"(?:[A-Z][\w.-]*\s+){1,3}$", self.text[max(0, start - 40):start])
        phrase = before.group(0) + name if before and " " not in name else ""
        if phrase and any(m.end() == len(phrase) for m in titles()[0].finditer(phrase)):
            return None
        if any(m.start < end and start < m.end for m in self.mentions if m.kind in ("person", "state", "org")):
            return None
        if any(h.start <= start and start + len(name) <= h.end for h in self.places):
            return None             # a word of a place's name ("Basilica" of "St. Peter's Basilica")
        if VENUE_NOUNS.match(self.text, start + len(name)) or FEATURE_NOUNS.match(self.text, start + len(name)):
            return None             # a building or grounds: "the Sandringham estate"; "the Khor Abdullah waterway"
        actor = self._person(name, (start, start + len(name)))
        self._taken.append((start, start + len(name)))
        self.mentions.append(Mention(start, start + len(name), "person", actor.key, text=name))
        self.mentions.sort(key=lambda x: (x.start, -x.end))
        self._fill_from_actor_file([actor])
        return actor

    # -- queries --------------------------------------------------------------------------------
    def mentions_in(self, start: int, end: int, kinds: tuple[str, ...] | None = None) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end and (kinds is None or m.kind in kinds)]

    def forums_in(self, start: int, end: int) -> list[Mention]:
        """The mentions of forums (the G20, APEC, the EU) in text[start:end]."""
        return [m for m in self.mentions_in(start, end, ("org",)) if (a := self.actor(m.actor)) is not None and a.forum]

    def actor(self, key: str | None) -> Actor | None:
        return self.actors.get(key) if key else None

    def voice_at(self, start: int, end: int) -> Mention | None:
        """The person an "I" at text[start:end] stands for in the article's own words (a transcript's speaker, a
        release's signatory: voice.py), as a mention of that person; None where none is told."""
        if getattr(self, "_voices", None) is None:
            self._voices = voices(self.text, self.people())
        key = voice_at(self._voices, self.text, start)
        return Mention(start, end, "person", key, text=self.text[start:end]) if key else None

    def people(self) -> list[Actor]:
        return [a for a in self.actors.values() if a.kind == "person"]
