"""Actors of an article: people (name, title, country, sector), states and their organs, and
organisations, each with every mention and the evidence for its country and title.

What the text says comes first: "Chinese Foreign Minister Wang Yi", "Japan's Ms Yoko Kamikawa",
"Li Qiang, China's premier", "Wang Yi, his Chinese counterpart", "Foreign Minister Yoko Kamikawa
of Japan". Later mentions resolve to earlier ones: "Mr Wang", "Wang", "Kamikawa", "IWAYA
Takeshi" (surname first). Governments are named by country, capital or metonym ("Beijing",
"the Kremlin") and by organ ("China's foreign ministry"). The actor file (data/actors.tsv,
user-extendable) only fills a country or title the text leaves open.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..ingest.datelines import lede
from .gazetteer import Gazetteer, gazetteer
from .known_officials import (COMMON_FAMILIES, MONARCH_TITLES, KnownActor, known_index, known_names_in, lineage_known,
                              near_known, known_actors, known_offices, known_terms)
from .lexicon import ENCOUNTER_FORMS, HEAD_WORD_ROLES, JOINT_FORMS, NOUN_TRIGGERS, OFFICE_NOUNS, SPEECH_FORMS, TRIGGER_FORMS
from .name_shapes import (HONORIFIC, HONORIFIC_BEFORE, LOWER, NOT_NAME, PRONOUNS, UPPER, WS1, given_name_before,
                          name_pattern)
from .names import SUFFIXES, display_name, distinctive, family_name, fold_same_length, name_key, same_name
from .places import FEATURE_NOUNS, PLACE_WORDS, VENUE_NOUNS, looks_like_place
from .titles import acronym_titles, leading_rank, normalise_title, rank_words, remit_rx, title_countries, titles
from .voice import voice_at, voices

# (names other modules read here: the actor file's terms and offices, the shapes of names)
__all__ = ["Actor", "ArticleActors", "Mention", "KnownActor", "known_actors", "known_offices", "known_terms",
           "HONORIFIC", "LOWER", "NOT_NAME", "PRONOUNS", "UPPER", "STATE_LIST", "name_pattern", "lede_spans"]

# a list of named states: "China and Japan", "China, Japan and South Korea" (case kept within case-blind patterns)
# (and "the Republic of Korea", "the United Arab Emirates")
STATE_WORD = r"(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z]\w+){0,2}"
STATE_LIST = rf"(?-i:{STATE_WORD}(?:,\s+{STATE_WORD})*,?\s+and\s+{STATE_WORD})"
# a state's name that ends a phrase after a name ("Foreign Minister Yoko Kamikawa of Japan, ...", "..., acting Prime
# Minister of Thailand, reached"), captured
STATE_ENDING = r"([A-Z][\w.’' -]+?)(?=[,.;]|\s+(?:said|says|met|and|was|is|who|told)\b)"
GROUP_WORDS = (rf"(?:foreign\s+|prime\s+|defen[cs]e\s+)?(?:ministers|presidents|premiers|leaders)"
               rf"(?=\s+(?:of|from)\s+(?:the\s+)?{STATE_LIST})|"         # "foreign ministers from China, Japan and ..."
               # "the Russian and Chinese foreign ministers", "the US and Chinese presidents"
               rf"the\s+{STATE_LIST}\s+(?:foreign\s+|prime\s+|defen[cs]e\s+)?(?:ministers|presidents|premiers|leaders)|"
               r"(?:the\s+)?(?:two|both)\s+(?:ministers|foreign\s+ministers|leaders|sides|countries|nations|"
               r"neighbou?rs|diplomats|governments|top\s+diplomats|men|women|officials)|the\s+pair|both\s+sides|"
               # ("talks between their foreign ministers": of the states the sentence names)
               r"the\s+(?:two\s+)?(?:foreign\s+|prime\s+|defen[cs]e\s+)?ministers|the\s+(?:two\s+)?(?:presidents|premiers)|"
               r"their\s+(?:foreign|prime|defen[cs]e)\s+ministers|"
               r"the\s+leaders(?:\s+of\s+the\s+two\s+countries)?|"
               r"the\s+heads\s+of\s+the\s+two\s+countries|the\s+two\s+heads\s+of\s+(?:state|government)|the\s+two|"
               # ("held separate meetings with each leader")
               r"each\s+(?:leader|minister|president|side)|each\s+of\s+the\s+(?:two\s+)?(?:leaders|ministers|presidents|sides)")
ORGANS = (r"foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|foreign\s+office|state\s+department|government|"
          r"side|embassy|defen[cs]e\s+ministry|military|navy|army|air\s+force|coast\s+guard|cabinet|parliament|"
          r"authorities|officials|leadership|delegations?|negotiators|diplomats|ministry|mission|readout|statement|"
          r"forces|troops")
# an organ between a state's name and an official's title: "Chinese Foreign Ministry spokesperson Mao Ning", "Turkish
# presidential spokesman Ibrahim Kalin", "India's Ministry of External Affairs spokesperson Randhir Jaiswal", "Saudi
# Arabia's armed forces chief of staff Fayyad al-Ruwaili"
ORGAN_BEFORE_TITLE = (r"(?i:foreign\s+ministry|ministry\s+of\s+(?:foreign|external)\s+affairs|foreign\s+office|"
                      r"state\s+department|defen[cs]e\s+ministry|presidential|presidency|government|cabinet|embassy|"
                      r"armed\s+forces|military|army|navy|air\s+force|"
                      r"(?:prime\s+minister|president)['’]s\s+office)")
ORGAN_SECTOR = {"forces": "MIL", "troops": "MIL", "military": "MIL", "navy": "MIL", "army": "MIL", "air force": "MIL", "coast guard": "MIL",
                "defense ministry": "MIL", "defence ministry": "MIL", "parliament": "LEG"}


@dataclass
class Actor:
    key: str
    kind: str                       # person | state | org | group
    name: str
    country: str | None = None
    title: str | None = None
    sector: str | None = None
    rank: int = 0
    family: str | None = None
    country_basis: str | None = None
    title_basis: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    evidence: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    variants: list[str] = field(default_factory=list)     # the spellings of a person's name in the text
    forum: bool = False             # an organisation that is a gathering (the G20, ASEAN), never a party of a meeting
    heads: str | None = None        # the state whose delegation a person leads
    # the actor file's name of the official a person's name or alias spells ("Claudia Sheinbaum" for
    # "Claudia Sheinbaum Pardo", "Andrés Manuel López Obrador" for "AMLO"): one key in every article
    known: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "title": self.title, "country": self.country, "sector": self.sector,
                "kind": self.kind}

    def cite(self, fieldname: str, span: tuple[int, int]) -> None:
        self.evidence.setdefault(fieldname, [])
        if span not in self.evidence[fieldname]:
            self.evidence[fieldname].append(span)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: str                       # person | state | org | group | counterpart | pronoun | generic
    actor: str | None               # Actor.key when resolved
    country: str | None = None
    title: str | None = None
    text: str = ""


def lede_spans(text: str) -> list[tuple[int, int]]:
    """Spans of wire datelines at the start of paragraphs ("BEIJING (Reuters) -", "Osaka, Japan,
    May 7 (Kyodo)--"): places, dates and agencies, never parties."""
    out = []
    for m in re.finditer(r"(?:^|\n)(?=\S)", text):
        found = lede(text[m.end():m.end() + 160])
        if found:
            out.append((m.end(), m.end() + found.end))
    return out


STATE_KINDS = ("country", "demonym", "capital", "city", "metonym")     # gazetteer entries that name a state's place


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    """The mention patterns, compiled once per process (names of states as one trie regex)."""
    cw = gazetteer().country_words_regex()
    title_rx, _ = titles()
    title_pat = f"(?i:{title_rx.pattern})"
    NAME = name_pattern(cw)
    # the head of an office, a title the title list need not know: "Head of the Presidential Office Andriy Yermak"
    OFFICE_HEAD = rf"[A-Z][a-z]+\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}?(?:{'|'.join(OFFICE_NOUNS)})\b"
    one = rf"(?:{globals()['HONORIFIC']}|{rank_words()})"
    HONORIFIC = rf"{one}(?:\s+{one})*"          # "Mr", "Lt. Gen.", "His Highness Sheikh"
    CPOS = rf"(?P<cpos>(?:{cw}))\.?['’]s"
    DEM = rf"(?P<dem>(?:{cw}))\.?"
    ORG = rf"(?:{ORGAN_BEFORE_TITLE}{WS1})?"                 # "Chinese Foreign Ministry spokesperson"
    CP = r"(?:counterpart|peer|opposite\s+number)"           # "her Chilean peer"
    MET = rf"(?P<met>{gazetteer().metonym_words_regex()})"   # "White House spokesman John Kirby"
    return {
        # "China's foreign ministry", "Japanese officials"; "Russian and Ukrainian officials" share one organ
        "organ": re.compile(rf"['’]s\s+(?P<o>{ORGANS})\b|\s+(?P<o2>{ORGANS})\b", re.I),
        # "Japan's foreign ministry", "China's embassy" (a possessive is no gazetteer hit of its own)
        "possessive_organ": re.compile(rf"\b(?P<c>{cw})['’]s\s+(?P<o>(?i:{ORGANS}))\b"),
        "shared_organ": re.compile(rf"\s+and\s+(?:the\s+)?(?:{cw})\s+(?P<o>{ORGANS})\b", re.I),
        # (the state word and the title within one paragraph: "Rubio heads to Mexico, Ecuador\n\nSecretary of
        # State Marco Rubio" is no Ecuadorian secretary of state)
        # (also "Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu", and a readout's "Minister of Foreign
        # Affairs of the Republic of Uzbekistan Bakhtiyor Saidov"; a headline's "... the President of Uzbekistan" over
        # a paragraph that opens with a name is not that name's title)
        "title_name": re.compile(rf"\b(?:{CPOS}{WS1}{ORG}|{DEM}{WS1}{ORG}(?:(?:{title_pat})\s+and\s+)?|{MET}{WS1})?"
                                 rf"(?P<title>{title_pat})"
                                 rf"(?:\s+of\s+(?:the\s+)?(?P<ofc>{cw})(?:\s+\([A-Z]{{2,5}}\))?,?)?{WS1}(?:{HONORIFIC}\s+)?(?P<name>{NAME})"),
        "honorific": re.compile(rf"\b(?:{CPOS}{WS1}|{DEM}{WS1})?{HONORIFIC}\s+(?P<name>{NAME})"),
        "honorific_chain": re.compile(rf"\b{HONORIFIC}\s+"),
        "name_after_comma": re.compile(rf",\s+(?:{HONORIFIC}\s+)?[A-Z][\w'’-]+\s+[A-Z]"),
        # ", acting Prime Minister of Thailand", ", Prime Minister of the Kingdom of Cambodia" (after a name)
        "apposed_title_of_state": re.compile(rf",\s+(?:(?:the|a)\s+)?(?:[a-z]+\s+)?{title_pat}\s+of\s+(?:the\s+)?"
                                     rf"(?:(?:Kingdom|Republic|State|Federation|Sultanate|Emirate|Commonwealth|Union)\s+of\s+"
                                     rf"(?:the\s+)?)?{STATE_ENDING}"),
        "of_state": re.compile(rf"\s+of\s+(?:the\s+)?{STATE_ENDING}"),
        # (also "The Minister of Foreign Affairs, Yusuf Tuggar, and ...": an outlet at home names no state)
        "title_comma": re.compile(rf"\b(?:{CPOS}{WS1}|{DEM}{WS1}|(?:the|The)\s+)(?P<title>{title_pat}),\s+(?P<name>{NAME})"),
        # "Li Qiang, China's premier"; not "the 21st Century, US President Joe Biden said" (the title's name follows)
        "apposition": re.compile(rf"(?<!\d\d(?:st|nd|rd|th)\s)(?<!\d(?:st|nd|rd|th)\s)(?P<name>{NAME}),\s+"
                                 rf"(?:(?:the|a|his|her|their|its)\s+)?(?:{CPOS}\s+{ORG}|{DEM}\s+{ORG}|{MET}\s+)?"
                                 rf"(?:(?P<cp>{CP})|(?P<title>{title_pat}))(?!\s+(?:{HONORIFIC}\s+)?[A-Z][a-z])"),
        "counterpart_name": re.compile(rf"\b(?:his|her|their|its)\s+(?:new\s+)?(?:{DEM}\s+)?(?P<cp>{CP}),?\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})"),
        "counterpart": re.compile(rf"\b(?:his|her|their|its)\s+(?:new\s+)?(?:(?P<dem>{cw})\s+)?{CP}s?\b"),
        "group": re.compile(rf"\b(?:{GROUP_WORDS})\b", re.I),
        "top": re.compile(rf"\b[Tt]op\s+(?P<dem>{cw})(?:\s+and\s+(?P<dem2>{cw}))?\s+"
                          rf"(?P<what>diplomats?|leaders?|officials?)\b"),
        # "hours after the Russian diplomat held talks with his counterpart Wang Yi": the state's minister named before
        "the_diplomat": re.compile(rf"\b(?:the|The)\s+(?P<dem>{cw})\s+diplomat\b"),
        # "Armenia's delegation, led by Deputy Prime Minister Mher Grigoryan", "the Chinese delegation headed by ..."
        # (and "the US side included Secretary of State Marco Rubio, ...": the first named)
        "delegation": re.compile(rf"(?:{CPOS}\s+|(?:the|The)\s+{DEM}\s+)(?:\w+\s+)?(?:delegation,?|side)\s+"
                                 rf"(?:(?:(?:was|is)\s+)?(?:led|headed)\s+by|included|includes)\s+"
                                 rf"(?:(?P<title>{title_pat})\s+|{OFFICE_HEAD}\s+)?(?:{HONORIFIC}\s+)?(?P<name>{NAME})"),
        # the same told actively, after the name: "Marco Rubio led the US delegation", "headed the Russian side"
        "leads_delegation": re.compile(rf"\s+(?:led|leads|headed|heads)\s+(?:the|The)\s+{DEM}\s+"
                                       rf"(?:delegation|side|team)\b"),
        # "Japan's foreign minister", "the Japanese foreign minister", "China's premier" with no name
        # a title or honorific opening a name the entity recogniser read ("Emir Sheikh Tamim")
        "leading_title": re.compile(rf"(?:{title_rx.pattern}|{globals()['HONORIFIC']})(?![\w-])\.?\s*", re.I),
        # a name of a state at a point ("Costa Rica" at "Costa Rica's President ...")
        "state_word": re.compile(rf"(?:{cw})(?![\w-])"),
        # "the Emir of Qatar", "the Prime Minister of India"
        "title_of_state": re.compile(rf"\b(?:the|The)\s+(?P<title>{title_pat})\s+of\s+(?:the\s+)?(?P<c>{cw})\b"),
        # "the crown prince", "the premier" standing alone (not "the president of ...", "the president Joe Biden")
        # (and a title's acronym alone: "EAM also met ...", not "at 5 PM")
        "role": re.compile(rf"\b(?:(?:the|The)\s+|(?<!\d)(?<!\d\s)(?={acronym_titles()}\b))"
                           rf"(?P<title>{title_pat})(?![\w-])(?!\s+of\b)(?!\s+(?:{HONORIFIC}\s+)?[A-Z])"),
        "head_role": re.compile(rf"\b(?:the|The)\s+(?P<title>{'|'.join(HEAD_WORD_ROLES)})(?![\w-])(?!\s+of\b)"
                                rf"(?!\s+(?:{HONORIFIC}\s+)?[A-Z])"),
        "titled_official": re.compile(rf"\b(?:(?P<cpos>{cw})\.?['’]s|(?:the|The)\s+(?P<dem>{cw}))\s+(?:new\s+)?"
                                      rf"(?P<title>{title_pat})(?!\s+(?:{HONORIFIC}\s+)?[A-Z])"),
    }


# (with the verbs that hold a meeting noun: "PM Modi Holds Talks With Putin", and a headline's verbs of one person's act
# on another or of two together: "PM Modi Hugs Zelensky In Kyiv", "Xi Greets Lula")
HEADLINE_WORDS = set(TRIGGER_FORMS) | set(NOUN_TRIGGERS) | SPEECH_FORMS | {
    "ahead", "amid", "after", "over", "for", "hold", "holds", "held", "holding", "has", "have", "had", "having"} | {
    f for f in set(ENCOUNTER_FORMS) | JOINT_FORMS if f.endswith("s") and not f.endswith("ss")}


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


def _remit_country(title: str | None, country_from) -> str | None:
    """The state of a ministry whose full title names its nationals: "Minister of Foreign Affairs, African Cooperation
    and Moroccan Expatriates" is Morocco's."""
    found = remit_rx().search(title) if title else None
    words = re.findall(r"[A-Z][a-z]+", found.group(0)) if found else []
    codes = {c for w in words if (c := country_from(w))}
    return codes.pop() if len(codes) == 1 else None


class ArticleActors:
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
        hits = gaz.scan(text)
        self.places = hits
        self.ledes = lede_spans(text)
        P = _patterns()
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
        rx0 = P["delegation"]
        # a known official's name that runs past where the name pattern stops ("Prime Minister Luís Montenegro":
        # the pattern ends a name at a word that names a state)
        known = list(known_names_in(text))
        known_end = {ks: ke for _, (ks, ke) in known}
        for rx, title_first in ((rx0, True), (rx3, True), (rx1, True), (rx5, False), (rx4, False), (rx2, False)):
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
                if not name or gaz.country_of_word(name) or not free(ns, ne) or any(a <= ns < b for a, b in self.ledes):
                    continue
                if name.lower() in HEADLINE_WORDS:
                    continue        # "Crown Prince Meets US President" (a headline in title case): a verb, no name
                if titles()[0].fullmatch(name):
                    continue        # a title is no name: "King, UAE president discuss Gaza" (a headline's two parties)
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
                    actor.country, actor.country_basis = code, ("head of the state's delegation" if rx is rx0
                                                                else "title or apposition in text")
                if rx is rx0 and code:
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
                                         country_from(m.group("cpos") or m.group("dem")), t.name, text=m.group(0)))
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
        return states | {c for m in _patterns()["state_word"].finditer(self.text)
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
            for form in sorted(forms, key=len, reverse=True):
                needle = fold_same_length(form)
                for s, e in _occurrences(folded, needle):
                    s = self._honorific_at.get(s, s)        # "Mr Wang": the honorific with the name
                    if any(s < b and a < e for a, b in taken):
                        continue
                    if not (form.isupper() or self.text[e - len(form):e][:1].isupper()):
                        continue            # "lula" in lower case is no name
                    if " " not in form and given_name_before(self.text, s):
                        continue            # "Hafez al-Assad" is not Bashar al-Assad
                    if any(h.start <= s and e <= h.end and (h.start, h.end) != (s, e) for h in self.places) or \
                            ((state := _patterns()["state_word"].match(self.text, s)) and state.end() > e):
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
        while (lead := _patterns()["leading_title"].match(name)) and lead.end():
            start, name = start + lead.end(), name[lead.end():]
        if not name or name.lower() in PRONOUNS or self.gaz.country_of_word(name) or not name[:1].isupper() \
                or looks_like_place(name, self.gaz) or any(a <= start < b for a, b in self.ledes):
            return None
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
            if not cands and single and fam not in COMMON_FAMILIES:
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

    # -- queries --------------------------------------------------------------------------------
    def mentions_in(self, start: int, end: int, kinds: tuple[str, ...] | None = None) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end and (kinds is None or m.kind in kinds)]

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
