"""The patterns that find actors in an article's text (compiled once per process), apart from the
code that applies them (actors.py, actor_links.py): lists of states, groups ("the two ministers"),
a state's organs, titles before and after names, counterparts, and the words of a title-case
headline that are no part of a name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import gazetteer
from .lexicon import ENCOUNTER_FORMS, HEAD_WORD_ROLES, JOINT_FORMS, NOUN_TRIGGERS, OFFICE_NOUNS, SPEECH_FORMS, TRIGGER_FORMS
from .name_shapes import HONORIFIC, WS1, name_pattern
from .titles import acronym_titles, rank_words, titles

# a list of named states: "China and Japan", "China, Japan and South Korea" (case kept within case-blind patterns)
# (and "the Republic of Korea", "the United Arab Emirates")
STATE_WORD = r"(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z]\w+){0,2}"
STATE_LIST = rf"(?-i:{STATE_WORD}(?:,\s+{STATE_WORD})*,?\s+and\s+{STATE_WORD})"
# a state's name that ends a phrase after a name ("Foreign Minister Yoko Kamikawa of Japan, ...", "..., acting Prime
# Minister of Thailand, reached"), captured
# the words after which a headline names an official by state and title alone, with no article: "Xi holds talks with
# Solomon Islands prime minister", "Modi meets Japanese PM" (actor_patterns "titled_official")
BARE_TITLE_AFTER = ("with", "meets", "hosts", "receives", "greets", "welcomes")
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


STATE_KINDS = ("country", "demonym", "capital", "city", "metonym")     # gazetteer entries that name a state's place


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    """The mention patterns, compiled once per process (names of states as one trie regex)."""
    # (lookbehinds of one width each: "with", "With", "meets", ...)
    bare_after = "|".join(rf"(?<=\b{w}\s)" for word in BARE_TITLE_AFTER for w in (word, word.capitalize()))
    cw = gazetteer().country_words_regex()
    title_rx, _ = titles()
    title_pat = f"(?i:{title_rx.pattern})"
    NAME = name_pattern(cw)
    # the head of an office, a title the title list need not know: "Head of the Presidential Office Andriy Yermak"
    OFFICE_HEAD = rf"[A-Z][a-z]+\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}?(?:{'|'.join(OFFICE_NOUNS)})\b"
    one = rf"(?:{HONORIFIC}|{rank_words()})"
    HONORIFICS = rf"{one}(?:\s+{one})*"          # "Mr", "Lt. Gen.", "His Highness Sheikh"
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
                                 rf"(?:\s+of\s+(?:the\s+)?(?P<ofc>{cw})(?:\s+\([A-Z]{{2,5}}\))?,?)?{WS1}(?:{HONORIFICS}\s+)?(?P<name>{NAME})"),
        "honorific": re.compile(rf"\b(?:{CPOS}{WS1}|{DEM}{WS1})?{HONORIFICS}\s+(?P<name>{NAME})"),
        "honorific_chain": re.compile(rf"\b{HONORIFICS}\s+"),
        "name_after_comma": re.compile(rf",\s+(?:{HONORIFICS}\s+)?[A-Z][\w'’-]+\s+[A-Z]"),
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
                                 rf"(?:(?P<cp>{CP})|(?P<title>{title_pat}))(?!\s+(?:{HONORIFICS}\s+)?[A-Z][a-z])"),
        "counterpart_name": re.compile(rf"\b(?:his|her|their|its)\s+(?:new\s+)?(?:{DEM}\s+)?(?P<cp>{CP}),?\s+(?:{HONORIFICS}\s+)?(?P<name>{NAME})"),
        "counterpart": re.compile(rf"\b(?:his|her|their|its)\s+(?:new\s+)?(?:(?P<dem>{cw})\s+)?{CP}s?\b"),
        "group": re.compile(rf"\b(?:{GROUP_WORDS})\b", re.I),
        "top": re.compile(rf"\b[Tt]op\s+(?P<dem>{cw})(?:\s+and\s+(?P<dem2>{cw}))?\s+"
                          rf"(?P<what>diplomats?|leaders?|officials?)\b"),
        # "hours after the Russian diplomat held talks with his counterpart Wang Yi": the state's minister named before
        "the_diplomat": re.compile(rf"\b(?:the|The)\s+(?P<dem>{cw})\s+diplomat\b"),
        # "Armenia's delegation, led by Deputy Prime Minister Mher Grigoryan", "the Chinese delegation headed by ..."
        # (and "the US side included Secretary of State Marco Rubio, ...": the first named; "The American delegation was
        # headed by Secretary of State of the United States of America Marco Rubio")
        "delegation": re.compile(rf"(?:{CPOS}\s+|(?:the|The)\s+{DEM}\s+)(?:\w+\s+)?(?:delegation,?|side)\s+"
                                 rf"(?:(?:(?:was|is)\s+)?(?:led|headed|represented)\s+by|included|includes)\s+"
                                 rf"(?:(?P<title>{title_pat})(?:\s+of\s+(?:the\s+)?(?:{cw}))?\s+|{OFFICE_HEAD}\s+)?"
                                 rf"(?:{HONORIFICS}\s+)?(?P<name>{NAME})"),
        # the other side's head told after it with the verb left out: "The Russian delegation was led by Foreign
        # Minister Sergey Lavrov, the American by Secretary of State Marco Rubio", "...; the US side by ..."
        "delegation_other": re.compile(rf"\b(?:led|headed|represented)\s+by\s+[^.;]{{0,160}}?[,;]\s+(?:and\s+)?"
                                       rf"(?:the|The)\s+{DEM}(?:\s+(?:delegation|side))?\s+by\s+"
                                       rf"(?:(?P<title>{title_pat})\s+|{OFFICE_HEAD}\s+)?"
                                       rf"(?:{HONORIFICS}\s+)?(?P<name>{NAME})"),
        # the same told actively, after the name: "Marco Rubio led the US delegation", "headed the Russian side"
        "leads_delegation": re.compile(rf"\s+(?:led|leads|headed|heads)\s+(?:the|The)\s+{DEM}\s+"
                                       rf"(?:delegation|side|team)\b"),
        # "Japan's foreign minister", "the Japanese foreign minister", "China's premier" with no name
        # a title or honorific opening a name the entity recogniser read ("Emir Sheikh Tamim")
        "leading_title": re.compile(rf"(?:{title_rx.pattern}|{HONORIFIC})(?![\w-])\.?\s*", re.I),
        # a name of a state at a point ("Costa Rica" at "Costa Rica's President ...")
        "state_word": re.compile(rf"(?:{cw})(?![\w-])"),
        # "the Emir of Qatar", "the Prime Minister of India"
        "title_of_state": re.compile(rf"\b(?:the|The)\s+(?P<title>{title_pat})\s+of\s+(?:the\s+)?(?P<c>{cw})\b"),
        # "the crown prince", "the premier" standing alone (not "the president of ...", "the president Joe Biden")
        # (and a title's acronym alone: "EAM also met ...", not "at 5 PM")
        "role": re.compile(rf"\b(?:(?:the|The)\s+|(?<!\d)(?<!\d\s)(?={acronym_titles()}\b))"
                           rf"(?P<title>{title_pat})(?![\w-])(?!\s+of\b)(?!\s+(?:{HONORIFICS}\s+)?[A-Z])"),
        "head_role": re.compile(rf"\b(?:the|The)\s+(?P<title>{'|'.join(HEAD_WORD_ROLES)})(?![\w-])(?!\s+of\b)"
                                rf"(?!\s+(?:{HONORIFICS}\s+)?[A-Z])"),
        # "the IMF chief", "The UN chief": the head of an organisation the article names (group_references)
        "org_head": re.compile(r"[^\S\n]+(?:chief|head|boss)\b"),
        # "IMF Managing Director Kristalina Georgieva": a title after an organisation's name, before its official's
        # (within a line: "... ahead of G7\n\nPrime Minister Mark Carney" is no G7 official)
        "org_title": re.compile(rf"[^\S\n]+(?:{title_pat})[^\S\n]+(?:{HONORIFICS}[^\S\n]+)?"),
        # (a name after the title is on its line: "... as he hosts Norway's prime minister\n\nThe talks" has none)
        # (and with no article after the words of a meeting, as headlines write, the title in lower case: "Xi holds
        # talks with Solomon Islands prime minister"; "Erdogan meets Saudi Crown Prince" is the role, read later)
        "titled_official": re.compile(rf"\b(?:(?P<cpos>{cw})\.?['’]s|(?:the|The)\s+(?P<dem>{cw})|"
                                      rf"(?:{bare_after})"
                                      rf"(?P<dem2>{cw})(?=\s+[a-z]))\s+(?:new\s+)?"
                                      rf"(?P<title>{title_pat})(?![^\S\n]+(?:{HONORIFICS}\s+)?[A-Z])"),
    }


# (with the verbs that hold a meeting noun: "PM Modi Holds Talks With Putin", and a headline's verbs of one person's act
# on another or of two together: "PM Modi Hugs Zelensky In Kyiv", "Xi Greets Lula")
HEADLINE_WORDS = set(TRIGGER_FORMS) | set(NOUN_TRIGGERS) | SPEECH_FORMS | {
    "ahead", "amid", "after", "over", "for", "hold", "holds", "held", "holding", "has", "have", "had", "having"} | {
    f for f in set(ENCOUNTER_FORMS) | JOINT_FORMS if f.endswith("s") and not f.endswith("ss")}
