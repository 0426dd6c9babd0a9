"""Word patterns and small tables the article assembly reads (`assemble.py` and its steps).

The trigger words of events are in `lexicon.py`; these are the cues that decide how mentions combine into meetings
and what a meeting's fields are: "the two countries" (a group), "on the sidelines of" (a meeting held beside
another), "again" / "had met" (another meeting), "face to face" (both present), "two days later" (a day relation),
"the first visit in five years" (a claim).
"""
from __future__ import annotations

import re

from ..time.lexicon import JOURNEY_HEADLINE_RX, POD_RX, WEEKDAY_RX
from .actor_patterns import STATE_LIST
from .lexicon import MOVE_VERBS, VISIT_FORMS
from .name_shapes import HONORIFIC

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"}
_STATE_NOUNS = r"countries|nations|neighbou?rs"
COUNTRY_GROUP = re.compile(_STATE_NOUNS + r"|governments", re.I)
# the noun after "the two" that makes it states ("the two regional rivals agreed, in a deal brokered by China")
COUNTRY_GROUP_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:rivals|powers|superpowers|allies|economies|states|"
                                 + _STATE_NOUNS + r")\b")
LEADER_GROUP = re.compile(r"leaders|heads|each\s+leader", re.I)
# "the two heads of state (or government)": heads, never the ministers of a meeting told (HEADS_TITLE, their office)
HEADS_GROUP = re.compile(r"\bheads\s+of\s+(?:state|government)", re.I)
HEADS_TITLE = "Head of State"
# a group of two: "the pair", "the two", "both sides"
PAIR_GROUP = re.compile(r"\b(?:pair|two|both)\b", re.I)
# "the two ministers", "the presidents": the words their titles hold (references._last_meeting_before)
GROUP_KIND = re.compile(r"ministers|presidents|premiers", re.I)
GROUP_TITLES = {"ministers": ("Minister",), "presidents": ("President",), "premiers": ("Premier", "Prime Minister")}
# the portfolio of a group of ministers, after it or before it: "the Ministers of Justice would meet soon", "the interior
# ministers" (other officials than the parties of a meeting told: group_references)
PORTFOLIO = (r"(?P<office>justice|interior|home\s+affairs|finance|economy|trade|commerce|agriculture|health|education|energy|"
             r"transport|labou?r|culture|environment|industry|tourism)")
PORTFOLIO_AFTER = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?{PORTFOLIO}\b", re.I)
PORTFOLIO_BEFORE = re.compile(rf"\b{PORTFOLIO}\s+$", re.I)
SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins|fringes)\b", re.I)
SIDELINES_OF = re.compile(SIDELINES.pattern + r"\s+of\b", re.I)        # the sidelines of an occasion it names
# ... or of occasions in general: "the two men have met on the margins of summits"
SIDELINES_OF_MANY = re.compile(SIDELINES.pattern + r"\s+of\s+(?:[a-z][\w-]*\s+)?(?:summits|meetings|conferences|"
                               r"gatherings|events|forums)\b", re.I)
# words of a meeting held in person, in a headline's style too ("1st talks on sidelines of G7")
IN_PERSON = re.compile(r"\b(?:on\s+(?:the\s+)?)?(?:sidelines|margins|fringes)\s+of\b|"
                       r"\b(?:talks|summit|meeting)\s+in\s+(?-i:[A-Z])", re.I)
# a meeting told as one of its own beside a larger one: "held bilateral talks", "a one-on-one", "later met Yoon
# separately", "a separate meeting with Yoon", not "to discuss a separate trade deal"
# (meeting_sameness._bilateral_beside)
BILATERAL = re.compile(r"\bbilateral(?:ly)?\b|\bone[- ]on[- ]one\b|\bseparately\b|"
                       r"\bseparate\s+(?:[\w-]+\s+)?(?:meetings?|talks|sessions?|audiences?|encounters?)\b", re.I)
THE_BEFORE = re.compile(r"\b(?:the|this|that|their|his|her)\s+(?:[\w-]+\s+)?$", re.I)     # "the meeting", "their talks"
ALSO = re.compile(r"\balso\b", re.I)
LATER_WORDS = "later|then|afterwards|subsequently"
LATER = re.compile(rf"\b(?:{LATER_WORDS}|next)\b", re.I)        # "later travelled to Erbil"
# just before a meeting's verb (and its object): "Kishida later held talks with Yoon", "then met Yoon"
LATER_ACT = re.compile(rf"\b(?:{LATER_WORDS})\s+(?:[\w-]+\s+){{0,2}}$", re.I)
# just before a meeting's verb: "The two sides also paid a courtesy call on President Marcos" (one more meeting)
# a sentence that opens on a later time: "Later in the day, Yoon joined Kishida and Biden for a trilateral meeting"
LATER_OPENING = re.compile(rf"^\W*(?:{LATER_WORDS})\b", re.I)
ALSO_ACT = re.compile(r"\balso\s+(?:[\w-]+\s+){0,3}$", re.I)
# "had met", "had spoken": a time before the one the article tells
PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:not|already|also|previously|earlier|just)\s+)?"
                          r"(?:\w+ed|\w+en|met|held|been|spoke|sat|led|told|said|made|sent|brought|left|won|lost|"
                          r"stood|come|become|begun|gone|done|had)\b", re.I)
# reported speech in the past: "the ambassador said that Lula had met Xi" tells "Lula met Xi" as the sequence of
# tenses does (the time before the saying, not before the time the article tells), unless a word of an earlier time
# says so ("said the two had met twice before"). Within one sentence a stop is an abbreviation's ("U.S."); a quotation,
# a bracket, a colon or semicolon, or a word that opens a clause of its own time or a relative clause ends it.
REPORTED_BEFORE = re.compile(r"\b(?:said|told|added|noted|stated|confirmed|announced|explained|reported|indicated|"
                             r"stressed)\b(?:(?!\b(?:had|while|who|whom|which|when|as)\b)[^;:\"“”()])*$", re.I)
# a relative clause's opening, up to the words just before its verb: "the line on AUKUS that Canberra had been chasing"
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom|whose)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
EARLIER_TIME = re.compile(r"\b(?:before|earlier|previously|already|once|ever|twice|since|ago|prior|last|former|"
                          r"first)\b", re.I)
COMPANION_DAYS = 3      # a trip's meetings: "a two-day visit", "a three-day state visit"
# a meeting over more days than these before the article was written is not the one it reports, but background
RECENT_DAYS = 10
# who "the leaders" are: heads of government, and heads of state (titles.tsv rank 100: presidents, kings,
# emirs, a supreme leader); a premier where a president leads (China) is not "the leader"
LEADER_TITLES = ("Prime Minister", "Chancellor", "Leader")
HEAD_OF_STATE_RANK = 100
GOVERNMENT_HEAD_RANK = 95        # a prime minister, a premier: one of "the two leaders" of a meeting told
ENVOY_RANK = 40                  # an ambassador, an envoy (titles.tsv): who may serve either state of a meeting
# "two days after", "a week earlier", "six weeks after his meeting with Putin", "three months before"
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# (and "the day after Erdogan held talks": one day, of a singular unit, not "the days before the summit" nor "the day
# after tomorrow")
# (and "hours after his talks with Trong": the same day)
DAY_RELATION = re.compile(rf"\b(?:(?P<n>{'|'.join(COUNT_WORDS)}|\d+)\s+(?P<unit>days?|weeks?|months?)|"
                          r"(?P<the>the)\s+(?P<one>day|week|month)|"
                          r"(?P<hours>(?:(?:a\s+few|several|some|just|only|two|three|\d+)\s+)?hours))\s+"
                          r"(?P<dir>before|after|earlier|later)\b(?!\s+(?:tomorrow|next|that)\b)", re.I)
# the clause after "the day before" told in the past perfect: the phrase is an adverb of that clause, whose act came
# before the one the sentence tells ("arrived in Toronto on Saturday, coming from Washington, where the day before she
# had been received by Biden"), not a conjunction ("a day before they met")
PERFECT_AFTER = re.compile(r"\s*,?\s*(?:[\w'’-]+\s+){0,3}?had\s+(?:already\s+|also\s+)?(?:been\s+)?\w+", re.I)
# nothing, or a place, before such a phrase that opens its sentence: "In Dushanbe two days later, ..."
OPENING_PLACE = re.compile(r"\s*(?:(?:[Bb]ack\s+)?(?:[Ii]n|[Aa]t)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s*)?,?\s*")
# the time expression that opens such a phrase, as the date engine reads it
DAY_BEFORE_OR_AFTER = re.compile(r"the\s+(?:day|week|month)\s+(?:before|after)", re.I)
# a meeting told as held by more than two together: "met Zelensky in Lviv together with Nauseda", "a trilateral"
HELD_TOGETHER = re.compile(r"\b(?:together\s+with|trilateral|three-way|four-way|quadrilateral|triangular)\b", re.I)
# the clause after whose words a meeting is told: "announced on Friday after the two leaders met", "after talks with"
AFTER_ACT = re.compile(r"\b(?:just\s+|shortly\s+|soon\s+)?after\s+(?:[\w.'’-]+\s+){0,10}$", re.I)
# a span of time counted just before "after": "days after the two spoke by telephone" (another day)
COUNTED_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|minutes?|moments?|decades?)\s*$", re.I)
# an act told as said, or as just done, on the day of its report ("Baykar has signed a deal ..., the company said")
# right after a name: its speaker's verb ("..., Kwatra said."; "Kwatra told a special briefing")
SPEAKER_VERB_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|stressed|explained)\b", re.I)
# the words that open an ordering phrase of what comes after the act it is told with ("before the talks", "ahead of
# the summit", "prior to the visit")
AHEAD_PHRASES = ("before ", "ahead of ", "prior to ")
# between a person's name and a place of theirs: "with Philippine President Marcos in Manila"
PARTY_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")
# right after a verb: the phrase of its passive's doer ("received by President Sakellaropoulou"), up to a break of the
# clause ("received by aides, while Mitsotakis waited")
PASSIVE_AGENT = re.compile(r"\s+by\s+")
CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:while|and|as|before|after|where|when)\b")
REPORTED_NOW = re.compile(r"\b(?:said|says|told|announced|has|have)\b", re.I)
# a sentence that opens on the day of the meeting told before it: "Earlier in the day, President Murmu welcomed
# Prabowo", "Later that day, ...", "On the same day, ..."
# (opening the sentence, or closing it: "Whipps also met Foreign Minister Lin Chia-lung later in the day.")
SAME_DAY = re.compile(r"^\W*(?:(?:earlier|later)\s+(?:in\s+the|that)\s+day|(?:on\s+)?the\s+same\s+day)\b|"
                      r"\b(?:(?:earlier|later)\s+(?:in\s+the|that)\s+day|on\s+the\s+same\s+day)\W*$", re.I)
FIRST_CLAIM = re.compile(
    r"\b(?:the\s+)?first\s+(?P<what>(?:[\w-]+\s+){0,10}?)(?:(?:in|for)\s+(?P<dur>(?:more\s+than\s+)?"
    rf"(?:{'|'.join(COUNT_WORDS)}|\d+)\s+(?:years?|months?|weeks?|decades?))|since\s+(?P<since>[^,.;–—]+))",
    re.I)
COPRESENCE = re.compile(
    r"\b(?:face[- ]to[- ]face|in person|in-person|side by side|across the table|opening remarks|in front of "
    r"(?:the )?cameras|during (?:the|their|his|her|a) (?:talks|meeting|visit|trip|summit|encounter|dinner|exchange)|"
    r"at the (?:start|end|opening|outset|beginning) of (?:the|their) (?:talks|meeting|summit)|welcoming ceremony)\b",
    re.I)
# what tells an act done at a distance, not where both were ("told Xi by phone", "in a video call", "in a letter"); a
# video shown is no call ("confronted Ramaphosa with a video")
REMOTE = re.compile(r"\b(?:phone|telephone|video[\s-]*(?:call|conference|link|chat|summit|meeting)s?|"
                    r"(?:by|via|over)\s+video|videoconferenc\w*|virtual\w*|letter|message|online|tweet\w*|"
                    r"post(?:ed)?\s+on)\b", re.I)
# a meeting noun told done by the verb before it: "have held an informal meeting", "held talks", "had a phone call"
DONE_BEFORE_NOUN = re.compile(r"\b(?:held|had|conducted|concluded|wrapped\s+up|completed|hosted|chaired|co-chaired)"
                              r"\s+(?:[\w-]+\s+){0,3}$", re.I)
# (and "invited Kishida and Yoon to Washington for a separate trilateral summit")
AGAIN = re.compile(r"\b(?:again|next|another|second|follow-up|return\s+visit|future|an?\s+separate)\b", re.I)
AGAIN_BEFORE = 40      # characters before a mention that those words are of it
AGAIN_APART = re.compile(r"\bto\s|[,;:]")      # between those words and a mention: another phrase's
AGAIN_AFTER = re.compile(r"\W*(?:[\w-]+\W+){0,3}?again\b", re.I)     # after it: "will meet in Paris again"
# the nouns of an occasion that "previous", "recent" (and "earlier", "last") tell as an earlier one
EARLIER_NOUNS = r"(?:meeting|trip|visit|summit|talks|consultations?|dialogue|negotiations|session|round)"
# an occasion whose anniversary is marked: "the 50th anniversary of Prime Minister Gough Whitlam's visit to China"
ANNIVERSARY_OF = r"\b(?:anniversary|centenary|centennial)\s+of\s+(?:[^,.;]{0,60}?\s)?(?=" + EARLIER_NOUNS + r"\b)"
# a word that may stand between "last" and the occasion: "Meloni's last face-to-face meeting with the Chinese leader"
OCCASION_KIND = r"(?:(?:face-to-face|in-person|bilateral|formal|official|direct|personal|trilateral)\s+)?"
EARLIER = re.compile(r"\bhad\s+(?:already\s+|previously\s+|first\s+|last\s+|also\s+)?"
                     r"(?:met|held|visited|spoken|talked)\b|"
                     r"\b(?:first|last|previously)\s+(?:met|visited|hosted)\b|"
                     r"\b(?:previous|recent)\s+" + OCCASION_KIND + EARLIER_NOUNS + r"\b|"
                     r"\b(?:earlier|last)\s+" + OCCASION_KIND + r"(?:meeting|summit|talks)\b|" + ANNIVERSARY_OF, re.I)
# a meeting told as the one before the news ("The two ministers last met in July in Vientiane", "last spoke by phone in
# January", "Macron, who last hosted Netanyahu at the Elysee palace in February"): background, whether or not the
# article's date says so
LAST_MET = re.compile(r"\b(?:last|previously)\s+(?:met|spoke|talked|hosted|visited|received|welcomed)\b", re.I)
# an act told as done again and again, on no one day: "had visited the White House many times"
MANY_TIMES = re.compile(r"\b(?:many|several|numerous|multiple|countless|a\s+number\s+of)\s+times\b|\brepeatedly\b",
                        re.I)
# an earlier occasion named by its noun ("his recent talks with Trump", "their previous meeting"): never the news
# meetings or calls told as repeated over the time up to the report: "The two have also spoken by phone several times
# since", "have met regularly"
REPEATED_SINCE = (r"\b(?:have|has)\s+(?:also\s+)?(?:met|spoken|talked)\b[^.;]{0,40}?"
                  r"\b(?:since|several\s+times|many\s+times|repeatedly|regularly)\b|"
                  # ("they have already had several telephone conversations")
                  r"\b(?:have|has)\s+(?:already\s+|also\s+){0,2}(?:had|held)\s+"
                  r"(?:several|many|numerous|multiple|repeated|regular|a\s+number\s+of)\b")
# before "last", a predicate that makes it the final one, not an earlier one: "in what is likely to be Ishiba's last summit
# with Lee before he leaves office"
FINAL_BEFORE = re.compile(r"\b(?:to|will|would)\s+be\s+(?:(?:their|his|her|its|the)\s+|[\w.'’-]+['’]s\s+)?$", re.I)
EARLIER_OCCASION = re.compile(r"\b(?:previous|recent|earlier|last)\s+" + OCCASION_KIND + EARLIER_NOUNS + r"\b|"
                              + ANNIVERSARY_OF + "|"
                              + REPEATED_SINCE + "|"
                              # (a meeting that a span of time runs from: "the trust the two had built since their first
                              # meeting in Canada and their talks in Tokyo")
                              + r"\bsince\s+(?:(?:their|the|his|her|its)\s+)?(?:(?:first|last|previous|recent|latest)\s+)?"
                              + OCCASION_KIND + EARLIER_NOUNS + r"\b", re.I)
# a clause of an occasion told earlier, up to a mention in it: "(The previous summit) took place in Ankara, during which
# Erdoğan hosted"
OCCASION_CLAUSE = re.compile(r"[^.;,]{0,60},\s+(?:during\s+which|at\s+which|where|when)\s+[^,.;]{0,50}")
EARLIER_REACH = 24      # characters from the end of those words to the mention they tell of ("had held several talks")
MEETING_ONLY = re.compile(r"\b(?:me[te]t?s?|meeting|talks|summit|hosted|hosts|received|welcomed|greeted|held\s+talks|"
                          r"sat\s+down)\b", re.I)
# a sentence that tells what lies ahead ("Trump has said he will not attend the G20 summit in Johannesburg in November")
# (and an invitation to come: "Yoon invited Xi to attend next year's APEC summit in Gyeongju")
TOLD_AHEAD = re.compile(r"\b(?:will|won['’]t|shall|would)\b|['’]ll\b|"
                        r"\b(?:is|are|was|were)\s+(?:due|set|expected|scheduled|slated)\s+to\b|"
                        r"\binvit(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){1,5}?to\b",
                        re.I)
# a place in a comparison is where others judged the act, not where it was: "went better than many in Seoul expected"
COMPARED_IN = re.compile(r"\bthan\s+(?:\w+\s+){0,3}(?:in|at)\s+(?:the\s+)?$", re.I)
TRIP_NOUNS = frozenset({"trip", "trips", "tour", "tours", "journey", "visit", "visits", "travel"})
# a meeting told as going on as the report is written ("Lavrov and Wang Yi are holding talks in Moscow")
GOING_ON = re.compile(r"(?:\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:holding|having|conducting|meeting)|"
                      r"\b(?:have|has)\s+(?:just\s+)?(?:begun|started|opened))\s+(?:\w+\s+){0,2}$", re.I)
# ("have begun talks in Ulan Bator": going on too)
BE_NOW = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?$", re.I)     # before a verb going on: "are now meeting"
_ARRIVING = r"\b(?:arrive|arrived|arrives|arriving|landed|lands|touched\s+down)"
ARRIVAL = re.compile(_ARRIVING + r"\s+(?:in|at)\b", re.I)
# ... told with or without its place ("Biden arrived Thursday evening with first lady Jill Biden")
ARRIVED = re.compile(_ARRIVING + r"\b", re.I)


def going_word(word: str) -> bool:
    """Whether a word is a verb of going, visiting or arriving ("travelled", "visited", "toured", "arrived"): a leg of a
    journey, which may come days before the talks it is told before."""
    low = word.lower()
    return low in MOVE_VERBS or low.startswith("visit") or low in VISIT_FORMS or bool(ARRIVED.fullmatch(word))
# a meeting told as held where the dateline is: "held talks with Ramaphosa here on Tuesday", "at Perdana Putra here"
HERE = re.compile(r"\bhere\b(?!\s+(?:is|are|was|were|to)\b)", re.I)
HERE_REACH = 90         # characters after the mention's trigger
# a time late in the day, around a day's name: "late on Monday", "late Monday", "on Sunday night", "Monday evening",
# "last night", "yesterday evening"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
LATE_IN_DAY = re.compile(r"\blate\s+(?:on\s+)?" + _WEEKDAY + r"\b|\b" + _WEEKDAY + r"\s+(?:night|evening)\b|"
                         r"\b(?:last|yesterday)\s+(?:night|evening)\b", re.I)
# a journey on to the next stop, which the traveller is in from then: "Xi is due to fly on to Samarkand later on
# Wednesday"
ONWARD = re.compile(r"\b(?:fly|flies|flew|flown|flying|travel(?:s|led|ed|ling)?|head(?:s|ed|ing)?|move(?:s|d)?|"
                    r"mov(?:ing))\s+on\s+to\b", re.I)
# the day at home told beside the day where it happened, whose place is the reader's, not the act's: "as they met
# Tuesday in Seoul — Monday night in Ottawa —"
HOME_DAY_BEFORE = re.compile(rf"[—–(-]\s*(?:{WEEKDAY_RX})(?:\s+(?:{POD_RX}))?\s+in\s+$", re.I)
# a sentence that opens on the place a journey leaves: "From Cairo, he will travel to the Republic of the Congo", "After
# North Korea, Putin is set to travel to Vietnam"
ONWARD_FROM = re.compile(r"\W*(?:From|After)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*,\s+\w+\s+"
                         r"(?:will|is|was|then|later|heads|flies|travels|went|flew|travelled|traveled|headed)\b")
# a journey to the place of what is told after it: "Biden will fly to Hanoi on Sunday after the summit. Biden is
# scheduled to hold talks on Sunday afternoon with Trong"
JOURNEY_TO = re.compile(r"\b(?:fly|flies|flew|flown|flying|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?)\s+(?:on\s+)?to\b"
                        r"|\b(?:leave|leaves|left|leaving|depart(?:s|ed|ing)?)\s+for\b", re.I)
# a departure, whose day is the journey's start: "departs Thursday on his fourth trip to the Middle East"
DEPARTURE = re.compile(r"\b(?:depart(?:s|ed|ing)?|leaves|left|leaving|sets?\s+off|setting\s+off)\b", re.I)
# what may stand between a place and the time of what happened there: "the summit in Rio on Monday"
PLACE_THEN = re.compile(r"[\s,]*(?:(?:on|in|at|during|from|between|last|this|earlier|late|early)\s+)*(?:the\s+)?$",
                        re.I)
FURNITURE = ("caption", "title")       # paragraphs that hold no statements: photo captions, the headline
BODY_KINDS = {"body", "standfirst"}     # paragraphs that tell the story
HEADLINE_FUTURE = re.compile(r"\b(?:to|will|set\s+to|plans?\s+to|expected\s+to|due\s+to)\s+(?:\w+\s+){0,2}?"
                             r"(?:meet|visit|hold|host|travel|attend|sit|talk|discuss|receive)\b|\bahead\s+of\b|\bpreview\b|"
                             # (a journey's headline with no verb: "Meloni to Washington: meeting with Trump on Thursday")
                             rf"^(?-i:{JOURNEY_HEADLINE_RX})[:;,–—-]", re.I)
# verbs that report a person's words with no act of PLOVER's ("Xi said", "Putin told Xi")
PLAIN_SPEECH_WORDS = frozenset({"said", "says", "told", "added", "stressed", "noted", "emphasized", "emphasised",
                                "urged", "warned", "declared", "asserted"})
PLAIN_SPEECH = re.compile(rf"\b(?:{'|'.join(sorted(PLAIN_SPEECH_WORDS))})\b")


GROUP_OF = re.compile(rf"\s+(?:of|from)\s+(?:the\s+)?(?:(?P<states>{STATE_LIST})"
                      r"|(?:both|the\s+two)\s+(?:countries|nations|sides))")
# what follows a group of officials of states it does not name: "the foreign ministers of all five Central Asian
# states", "leaders of the Gulf countries" (a gathering of their own, of no party the article names)
UNNAMED_STATES = re.compile(r"\s+(?:of|from)\s+(?:all\s+)?(?:the\s+)?(?:(?!two\b|both\b)[\w-]+\s+){0,3}?"
                            r"(?:states|countries|nations|neighbou?rs|republics|member\s+states)\b", re.I)
# a person told as dead, before their name and title: "the late Prime Minister Shinzo Abe"; or, in a sentence, in an
# office of the past: "met then-president Joko Widodo"
THE_LATE = re.compile(r"\bthe\s+late\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")
THEN_TITLE = re.compile(r"\bthen-(?:[\w.'’-]+\s+){0,4}$|"
                        # (and without the hyphen, where titles follow: "hosted then Italian Prime Minister Mario
                        # Draghi")
                        r"\bthen\s+(?:(?-i:[A-Z][\w.'’-]*)\s+|(?:prime|minister|president|premier|chancellor|foreign|"
                        r"secretary|of|state|vice|deputy)\s+){1,5}$", re.I)
# a body named in the title set beside a person's name, no party of its own: "Jens Stoltenberg, the former NATO Secretary
# General" (what comes between the name and the body, and the title after the body)
TITLE_BODY_AFTER = re.compile(r",\s+(?:the\s+)?(?:(?:former|then|outgoing|incoming|new|current)\s+)?")
TITLE_AFTER_BODY = re.compile(r"['’]?s?\s+(?:Deputy\s+|Vice\s+)?(?:Secretary[\s-]General|Director[\s-]General|"
                              r"Secretary|Director|Chief|President|Chair(?:man|woman)?|Head|Commissioner|"
                              r"High\s+Representative)\b")
# a spouse named as such, no party: "welcomed him and his wife Remi Tinubu", "the first lady, Jill Biden"
SPOUSE_BEFORE = re.compile(r"\b(?:wife|husband|spouse|first\s+lady|first\s+gentleman)\s*,?\s*$", re.I)
# an aside set off by commas after a subject, of another act than the verb's: "Starmer, whose Labour Party won a landslide
# election in July, met Meloni", "Starmer, fresh from talks with Biden in Washington last Friday, met Meloni"
SUBJECT_ASIDE = re.compile(r",\s+(?:whose|fresh\s+from|just\s+back\s+from|back\s+from|having\s+(?:held|met|visited))\b"
                           r"[^,;]*,", re.I)
# the members of a forum told after its name: "EU leaders", "NATO foreign ministers", "G20 heads of state"
MEMBERS_AFTER = re.compile(r"\s+(?:(?:foreign|defen[cs]e|finance|trade)\s+)?(?:leaders|ministers|heads\s+of\s+state|"
                           r"members|partners|counterparts)\b", re.I)
# a journey made to attend a forum's gathering: "will travel to Brazil to attend the G20 summit" (the words before the
# forum's name, and the gathering noun after it)
TO_ATTEND = re.compile(r"\b(?:to\s+attend|attend(?:s|ing)?|for|to\s+(?:take\s+part|participate)\s+in)\s+(?:the\s+)?"
                       r"(?:[\w'’-]+\s+){0,2}$", re.I)
GATHERING_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:summit|leaders['’]?\s+summit|conference|forum|gathering|"
                             r"session|assembly|meeting)\b", re.I)
# a clause of "where" after a forum's gathering, told with no other sentence between (meetings._in_forum_clause):
# "the Group of Seven summit in Hiroshima, Japan, where leaders are expected to discuss China"
WHERE_CLAUSE = re.compile(r"[^.;]{0,80}?,\s+where\b", re.I)
# plural meeting nouns that, with no determiner and no party, name occasions in general ("for short visits")
GENERIC_PLURALS = frozenset({"visits", "meetings", "trips", "summits", "calls"})
# ... and the words before them that make them the occasions of another act: "the two men have met on the margins of
# summits", "at international conferences"
OCCASIONS_BEFORE = re.compile(r"\b(?:(?:margins|sidelines|fringes)\s+of|at|during|on)\s+(?:[a-z][\w-]*\s+)?$", re.I)
# ... and the words that make them a practice, whoever makes them: "the 'shuttle diplomacy' of mutual visits by the
# leaders", "regular meetings between their ministers"
PRACTICE_BEFORE = re.compile(r"\b(?:mutual|reciprocal|regular|frequent|annual|more|further|future|"
                             r"routine|periodic)\s+$", re.I)
DETERMINED = re.compile(r"\b(?:the|these|those|their|his|her|its|our|two|three|several|both)\s+(?:[\w-]+\s+){0,2}$",
                        re.I)
# a meeting noun of the officials of a region or group: "a meeting of South American presidents", "a summit of EU
# leaders"
GATHERING_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:presidents|leaders|heads\s+of\s+(?:state|government)|"
                          r"(?:foreign\s+|defen[cs]e\s+|finance\s+)?ministers|prime\s+ministers)\b")
# ... or a gathering named by its members in the possessive, no number of them: "ahead of the leaders' summit in Puglia",
# "the G20 leaders' meeting" (but "the two leaders' meeting" is theirs)
# (not a format of two states': "he and Marape held their annual leaders' dialogue")
GATHERING_BY = re.compile(r"\b(?:[Tt]he|(?-i:[A-Z][A-Z0-9]+))\s+(?:leaders|presidents|premiers|prime\s+ministers|"
                          r"(?:foreign\s+|defen[cs]e\s+|finance\s+)?ministers|heads\s+of\s+(?:state|government))['’]\s+$",
                          re.I)
GATHERING_NOUNS = frozenset({"summit", "summits", "meeting", "meetings", "conference", "gathering"})
# a person an object shows or honours, no party of the scene: "held talks beneath a bust of Ho Chi Minh", "laid a
# wreath at the mausoleum of Ataturk"
DEPICTED_BEFORE = re.compile(r"\b(?:bust|statue|portrait|monument|mausoleum|memorial|tomb|grave|picture|photo|"
                             r"photograph|image|poster|painting|likeness|effigy)s?\s+of\s+(?:the\s+late\s+)?$", re.I)
# an official's family, named as such: "his wife, Yuko", "First lady Jill Biden" (no party of a state's)
KIN_BEFORE = re.compile(r"\b(?:wife|husband|spouse|son|daughter|first\s+lady|first\s+gentleman)\s*,?\s*$", re.I)
# a person named by a calling outside government ("DW correspondent Michaela Kuefner, who is traveling with the
# chancellor's team", "Andy Mok, a senior research fellow at ..."): a journalist travelling with a delegation or an
# expert quoted on it, no party of a meeting of states
NON_OFFICIAL = (r"(?:correspondent|reporter|journalist|editor|columnist|commentator|analyst|researcher|"
                r"research\s+fellow|professor|scholar|economist|anchor|photographer)s?")
NON_OFFICIAL_BEFORE = re.compile(rf"\b{NON_OFFICIAL}\s*,?\s*$", re.I)
NON_OFFICIAL_AFTER = re.compile(rf"\s*,\s*(?:an?|the|our|its)\s+(?!former\b|ex-)(?:[\w-]+\s+){{0,3}}?{NON_OFFICIAL}\b",
                                re.I)       # (not "Foreign Minister Chang, a former journalist")
# an honorific just before a person's name tells which pronoun stands for them
HONORIFIC_BEFORE_NAME = re.compile(rf"\b({HONORIFIC})\s+$", re.I)
# words that call the person named next a woman: "Japan's first female prime minister, Sanae Takaichi"
FEMALE_BEFORE = re.compile(r"\b(?:female|woman)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+(?:[A-Z][\w'’.-]*\s+){0,3}$")
GENDER_OF_HONORIFIC = {"mr": "male", "sir": "male", "ms": "female", "mrs": "female", "miss": "female",
                       "madam": "female", "mme": "female", "dame": "female", "sheikh": "male", "shaikh": "male",
                       "sheikha": "female", "prince": "male", "princess": "female"}
# how a whole sentence ends (a stop, a closing quote or bracket, a line of its own such as "(END)")
CLOSED_SENTENCE = re.compile(r"[.!?…:;\"”’')\]]\s*$")
# an arrival gone on from at once: "arrived ... on Friday evening and headed straight for a bilateral meeting"
STRAIGHT_ON = re.compile(r"\bstraight\s+(?:to|for|into|from)\b|\b(?:went|headed|drove|proceeded|driven)\s+directly\b|"
                         r"\bimmediately\s+(?:went|headed|held|met|began|started)\b", re.I)
# a meeting at a guest's arrival: "was received by Erdogan at Esenboga Airport", "welcomed him on arrival"
AT_ARRIVAL = re.compile(r"\bairport\b|\b(?:on|upon) (?:(?:his|her|their|its) )?arrival\b|\bon the tarmac\b", re.I)
# a meeting held apart: "spoke by phone", "over the telephone", "a video call", "Tuesday's call was ...", "their first
# call since" (not "a call for calm", "the call on Tokyo to ...")
PHONE_WORDS = re.compile(r"\b(?:by|over the) (?:tele)?phone|video (?:call|link|conference)|virtual(?:ly)?\b|"
                         r"(?:\b(?:the|a|their|his|her)|['’]s)\s+(?:(?:first|direct|second|latest|\w+-minute)\s+)?"
                         r"call\b(?!\s+(?:for|to|on|of|from)\b)", re.I)
# a span that runs up to the time of writing ("the fifth meeting in the past year", "in the last six months"): no day of
# a meeting it counts ("last year" alone is one)
SPAN_TO_NOW = re.compile(r"^the\s+(?:(?:past|last)\s+(?:(?:few|several|two|three|four|five|six|\d+)\s+)?|"
                         r"previous\s+(?:few|several|two|three|four|five|six|\d+)\s+)"
                         r"(?:days?|weeks?|months?|years?|decades?)$", re.I)     # (not "the previous day": the day before)
# the period up to now that an ordinal counts in ("their third meeting this year", "the second time this month"): no day
# of the meeting counted either
COUNTED_IN = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                        r"(?:[a-z-]+\s+)?(?:meeting|time|visit|trip|talks|encounter|summit|call|conversation)s?\s+"
                        r"(?:in\s+|of\s+)?$", re.I)
THIS_PERIOD = re.compile(r"^this\s+(?:year|month|week)$", re.I)
# the group's one state, after "the two": "The two Japanese ministers will also call on President Marcos"
GROUP_OF_ONE_STATE = re.compile(r"\s+(?P<dem>[A-Z][\w-]+)\s+(?:foreign\s+|defen[cs]e\s+)?"
                                r"(?:ministers|officials|leaders|diplomats|envoys)\b")
