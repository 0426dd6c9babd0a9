"""Tense around a time expression: which way a weekday, a month or a season without a year points from the
publication date ("met on Saturday" is the Saturday on or before it; "will meet on Thursday" the next Thursday), read
from the words of its sentence. The tagger (time/tagger.py) asks `tense_cue` for the expressions that need it."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .lexicon import IRREGULAR_PAST, JOURNEY_HEADLINE_RX, NOT_PAST_ED

WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")      # letters of any script: "Erdoğan" is one word


def _is_past_word(w: str) -> bool:
    """Whether a word is a verb's past tense: "met", "held", "agreed". A capitalised word is no verb but in capitals
    ("MET"): "Sang", "Hung", "Won" and "Rose" are names ("Iwaya will meet acting President Choi Sang Mok on Tuesday")."""
    lw = w.lower()
    if lw in IRREGULAR_PAST:
        return not w[:1].isupper() or w.isupper()
    return len(lw) > 4 and lw.endswith("ed") and lw not in NOT_PAST_ED and w[:1].islower()


FUTURE_WORDS = {"will", "shall", "'ll", "would", "upcoming", "scheduled", "slated", "expected", "plans", "planned",
                "planning", "intends", "preparing", "prepares", "next", "invited", "invites", "await", "awaits",
                "awaiting", "ahead", "forthcoming", "effective", "tomorrow", "soon", "payable"}
# Verbs whose infinitive complement lies ahead: "agreed to meet on Thursday", "planned to leave on Friday".
FUTURE_GOVERNORS = {"plan", "plans", "planned", "planning", "want", "wants", "wanted", "expect", "expects",
                    "expected", "hope", "hopes", "hoped", "agree", "agrees", "agreed", "decide", "decides",
                    "decided", "intend", "intends", "intended", "prepare", "prepares", "prepared", "preparing",
                    "aim", "aims", "aimed", "promise", "promised", "promises", "vow", "vowed", "pledge", "pledged",
                    "set", "due", "scheduled", "slated", "ready", "going", "invited", "invites", "asked", "likely",
                    "is", "are", "poised"}
PAST_FRAME = {"had", "been", "was", "were", "previously", "originally", "as", "initially", "already"}
# Words a headline's subject may hold besides names: "Ramaphosa and Zelensky to meet", "Prime Minister of Japan
# to visit" (a subject of names and an infinitive is a headline's future: "Ramaphosa to host Zelensky on Thursday").
HEADLINE_SUBJECT_WORDS = {"and", "of"}
# Present-tense verbs of scheduled events: "meet separately Monday", "leaves for Tokyo on Friday".
SCHEDULE_VERBS = {"meet", "meets", "visit", "visits", "hold", "holds", "travel", "travels", "leave", "leaves",
                  "arrive", "arrives", "host", "hosts", "fly", "flies", "return", "returns", "resume", "resumes",
                  "convene", "convenes", "attend", "attends", "vote", "votes"}
# Of these, verbs of setting out or arriving, whose place may stand between them and the day: "travels to Egypt on
# Tuesday", "leaves for New York on Friday", "arrives in Berlin on Friday" (the words between: these and capitalised ones)
DEPARTURE_VERBS = {"travel", "travels", "leave", "leaves", "fly", "flies", "head", "heads", "arrive", "arrives"}
DEPARTURE_PATH_WORDS = {"to", "for", "on", "the", "in", "at"}
# their present tense, whose infinitive of purpose lies ahead ("arrives in Cairo, to meet Sisi on Monday")
PRESENT_MOVES = {"travels", "leaves", "flies", "heads", "arrives"}

MODALS = {"will", "would", "shall", "should", "may", "might", "must", "can", "could", "to", "'ll"}
PAST_WORDS = {"since", "ago", "last", "earlier", "previously", "was", "were", "had", "did", "yesterday"}
BEFORE_POSSESSIVE = {"ahead", "before", "upcoming", "until", "awaiting", "await", "next"}
# a meeting a weekday's possessive names, whose verb then tells whether it lies ahead: "Sunday's meeting in Rome will
# test whether she can deliver"
POSSESSED_MEETINGS = {"meeting", "talks", "summit", "visit", "call", "trip", "session", "meetings", "visits"}
AHEAD_AFTER_POSSESSED = {"will", "shall", "would", "'ll"}
DETERMINERS = {"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "still", "very", "most",
               "more", "less", "so", "too", "well", "newly", "recently", "long", "widely", "highly", "not", "un"}
BE = {"is", "are", "am", "'s", "’s", "be"}
DEFERRED = {"postponed", "delayed", "adjourned", "deferred", "extended", "suspended", "put", "pushed", "moved"}
NON_VERBS = {"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "my", "your", "be", "date",
             "day", "end", "power", "office", "date", "sign", "talks", "court", "pay", "death", "war", "home", "work"}
# what makes "pay" a verb after "to": "Erdogan to pay landmark visit to Iraq on Monday"
PAID_THINGS = {"visit", "visits", "tribute", "homage", "respects", "call"}


def _verb_word(words: list[str], i: int) -> bool:
    """Whether a word after "to" may be a verb (not "to power", "cuts to pay"; but "to pay a visit")."""
    lw = words[i].lower()
    return lw not in NON_VERBS or (lw == "pay" and any(w.lower() in PAID_THINGS for w in words[i + 1:i + 4]))


def _is_past_verb(words: list[str], i: int) -> bool:
    """Whether words[i] is a past-tense verb (not an adjective such as "a still unspecified date")."""
    w = words[i]
    if not _is_past_word(w):
        return False
    prev = words[i - 1].lower() if i > 0 else ""
    return prev not in DETERMINERS and prev not in BE     # "would be paid", "is held": passive, not past


WEAK_FUTURE = {"ahead", "upcoming", "forthcoming", "next"}   # relational: they must stand close to the expression
# a headline of a journey ahead, with no verb, before what it tells: "Meloni to Washington: meeting with Trump on
# Thursday" (its words after the colon lie ahead)
HEADLINE_JOURNEY = re.compile(JOURNEY_HEADLINE_RX + r"[:;]")
# what one looks forward to lies ahead, whatever the tense of "look": "said she looked forward to welcoming him in
# Puglia in June"
LOOK_FORMS = {"look", "looks", "looked", "looking"}


def _future_cue(words: list[str], i: int, dist: int = 0) -> bool:
    lw = words[i].lower()
    if lw in WEAK_FUTURE and dist > 4:
        return False
    if i > 0 and words[i - 1].lower() in PAST_FRAME and lw in ("planned", "scheduled", "expected", "due", "set", "slated"):
        return False                     # "as previously planned", "had been due to expire"
    if lw == "due":                      # "is due to meet", not "due to its loss"
        return i > 0 and words[i - 1].lower() in BE | {"was", "were"} and i + 2 < len(words) \
            and words[i + 2].lower() not in DETERMINERS | {"his", "her", "its", "their"}
    if lw == "forward" and i > 0 and words[i - 1].lower() in LOOK_FORMS:
        return True
    if lw == "set":                      # "set to visit", "set for Jan. 6", not "a set of"
        return i + 1 < len(words) and words[i + 1].lower() in ("to", "for")
    return lw in FUTURE_WORDS or lw.endswith(("'ll", "’ll"))    # ("I'll be speaking to Putin on Tuesday")


# words before a noun: "a plan to", "their plans to", not the verb "plan to"
NOUN_MARKERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "new"})
CLAUSE_END = re.compile(r"[,;:()]|\s(?:and|but|while|when|after|before|because|as|which|who|that)\s")


@lru_cache(maxsize=4)
def _sentence_words(text: str, sent_start: int, sent_end: int) -> tuple[list[str], list[int]]:
    """The words of a sentence and where each starts: read once per sentence, not once per time
    expression, so tagging stays linear in the sentence's length."""
    found = list(WORD.finditer(text, sent_start, sent_end))
    return [m.group(0) for m in found], [m.start() for m in found]


def tense_cue(text: str, sent_start: int, sent_end: int, start: int, end: int) -> tuple[str, float]:
    """('past' | 'future', distance in words to the cue) for a time expression in its sentence;
    news reports default to the past (distance infinity)."""
    words, word_starts = _sentence_words(text, sent_start, sent_end)
    n_left = bisect_left(word_starts, start)     # the words WORD finds in text[sent_start:start]
    n_in = sum(1 for _ in WORD.finditer(text, start, end))
    left = range(n_left - 1, max(-1, n_left - 26), -1)
    right = range(n_left + n_in, min(len(words), n_left + n_in + 8))
    if text[end:end + 2] in ("'s", "’s") or text[start:end].endswith(("'s", "’s")):
        # "Wednesday's ruling" names an event; it is past unless the sentence looks ahead to it
        ahead = any(w.lower() in BEFORE_POSSESSIVE for w in words[max(0, n_left - 3):n_left]) or (
            n_left + n_in < len(words) and words[n_left + n_in].lower() in POSSESSED_MEETINGS
            and any(w.lower() in AHEAD_AFTER_POSSESSED for w in words[n_left + n_in + 1:n_left + n_in + 6]))
        return ("future" if ahead else "past"), 0
    if HEADLINE_JOURNEY.match(text, sent_start, start):
        return "future", n_left             # "Meloni to Washington: meeting with Trump on Thursday"
    verdicts: list[tuple[float, str]] = []
    until = False                        # "has given them until 9 a.m. Tuesday": a deadline ahead
    # "When Xi and Biden meet on the island of Bali on Monday, they will ...": a present-tense
    # schedule verb further left still looks ahead when the sentence goes on in the future
    reach_schedule = 9 if any(w.lower() in ("will", "shall", "'ll") for w in words[n_left + n_in:]) else 3
    for i in left:
        dist = n_left - i
        lw = words[i].lower()
        if lw in ("until", "till") and dist <= 2:
            until = True
        if lw in ("soon", "early") and i > 0 and words[i - 1].lower() == "as":
            verdicts.append((dist, "future"))    # "as early as Tuesday"
            break
        reach = 1 if lw == "to" else 3          # "postponed to", "extended its deadline until"
        if lw in ("until", "till", "to") and any(w.lower() in DEFERRED for w in words[max(0, i - reach):i]):
            verdicts.append((dist, "future"))    # "postponed until Tuesday morning"
            break
        if lw in ("ahead", "prior") and i + 2 < n_left and words[i + 1].lower() in ("of", "to") and dist <= 12 \
                and not CLAUSE_END.search(text, word_starts[i + 2], start):
            verdicts.append((dist, "future"))   # "arrived on Saturday, ahead of talks with Xi on Monday"
            break
        if _future_cue(words, i, dist):
            verdicts.append((dist, "future"))
            break
        if lw == "to" and i > 0 and words[i - 1].lower() in ("is", "are", "am") and i + 1 < n_left \
                and words[i + 1][:1].islower() and words[i + 1].lower() not in DETERMINERS | {"my", "your"} \
                and not words[i + 1].lower().endswith(("ing", "ed")):
            # "Xi is to hold talks with Macron at the Elysee Palace on Monday", "He is to end his trip on Thursday in
            # the capital" (after "is to", a verb: "end", "be", "sign" too)
            verdicts.append((dist, "future"))
            break
        if lw == "to" and dist <= 8 and i + 1 < n_left and words[i + 1][:1].islower() and _verb_word(words, i + 1) \
                and not words[i + 1].lower().endswith(("ing", "ed")) \
                and text[sent_start:word_starts[i]].rstrip().endswith(";"):
            verdicts.append((dist, "future"))   # a headline's second clause: "Jaishankar embarks on Russia visit; to
            break                               # hold talks with Lavrov on Wednesday"
        if (dist <= 6 or dist <= 14 and not CLAUSE_END.search(text, word_starts[i], start)) and i > 1 \
                and words[i - 1].lower() == "to" and words[i][:1].islower() and _verb_word(words, i) \
                and not lw.endswith(("ing", "ed")) and words[i - 2].lower() in FUTURE_GOVERNORS \
                and (i < 3 or words[i - 3].lower() not in PAST_FRAME | NOUN_MARKERS):
            # "planned to leave Nairobi on Thursday" (not a noun's infinitive: "unveiled a plan to strengthen ties on
            # Thursday", the day of the unveiling)
            verdicts.append((dist, "future"))
            break
        if (dist <= 8 or dist <= 14 and not CLAUSE_END.search(text, word_starts[i], start)) and i > 1 \
                and words[i - 1].lower() == "to" and words[i][:1].islower() \
                and (_verb_word(words, i) or lw == "be") and not lw.endswith(("ing", "ed")) \
                and all(w[:1].isupper() and not w.endswith("ing") or w in HEADLINE_SUBJECT_WORDS
                        for w in words[:i - 1]):
            # a headline: "Ramaphosa to host Zelensky in Pretoria on Thursday", "Milei to be received by Pope Francis
            # on Monday"
            verdicts.append((dist, "future"))
            break
        if dist <= 8 and i > 1 and words[i - 1].lower() == "to" and words[i][:1].islower() and _verb_word(words, i) \
                and not lw.endswith(("ing", "ed")) and any(w.lower() in PRESENT_MOVES for w in words[max(0, i - 7):i - 1]):
            verdicts.append((dist, "future"))   # "Blinken arrives in Cairo, to meet Sisi and Shoukry on Monday": the
            break                               # purpose of a journey told in the present lies ahead
        if lw in SCHEDULE_VERBS and dist <= reach_schedule and (i == 0 or words[i - 1].lower() not in ("to", "did", "didn't", "not")) \
                and not (i > 0 and (words[i - 1].lower() in NOUN_MARKERS or words[i - 1].endswith(("'s", "’s")))) \
                and not (i > 1 and words[i - 2].lower() in NOUN_MARKERS and words[i - 1][:1].islower()
                         and not words[i - 1].lower().endswith("s")):
            verdicts.append((dist, "future"))   # present tense of a scheduled event (not a noun: "Biden's visit
            break                               # follows his Sunday meeting with Trong", "arrived on an official
                                                # visit late on Monday")
        if lw in DEPARTURE_VERBS and dist <= 7 and (i == 0 or words[i - 1].lower() not in ("to", "did", "not")) and all(
                w[:1].isupper() or w.lower() in DEPARTURE_PATH_WORDS for w in words[i + 1:n_left]):
            verdicts.append((dist, "future"))   # "travels to Egypt on Tuesday"
            break
        if lw in BE and i + 1 < n_left and words[i + 1].lower().endswith("ing") and dist <= 4:
            verdicts.append((dist, "future"))   # "is meeting on Thursday"
            break
        perfect = lw in ("has", "have") or (i > 0 and words[i - 1].lower() in ("has", "have") and _is_past_word(words[i]))
        if until and perfect:
            verdicts.append((dist, "future"))
            break
        if lw in PAST_WORDS or _is_past_verb(words, i):
            verdicts.append((dist, "past"))
            break
        if lw in ("has", "have") and not (i > 0 and words[i - 1].lower() in MODALS):
            verdicts.append((dist + 0.5, "past"))   # (not "will have an audience with the King on Friday")
            break
    clause_end = CLAUSE_END.search(text, end, sent_end)
    if clause_end and n_left <= 3 and clause_end.group(0) == "," and not text[end:clause_end.start()].strip():
        # "On Thursday, Xi will meet Biden": a time that opens the sentence dates its main clause
        clause_end = CLAUSE_END.search(text, clause_end.end(), sent_end)
    limit = clause_end.start() if clause_end else sent_end
    for i in right:
        dist = i - (n_left + n_in) + 1
        lw = words[i].lower()
        if word_starts[i] >= limit:
            break
        if lw in ("will", "shall", "would", "expected", "scheduled", "slated"):
            verdicts.append((dist + 0.5, "future"))
            break
        if lw in ("is", "are") and i + 1 < len(words) and words[i + 1].lower() in (
                "expected", "scheduled", "due", "set", "slated", "to", "likely", "poised", "going"):
            # ("On Monday, Biden is to meet Prime Minister Pham Minh Chinh")
            verdicts.append((dist + 0.5, "future"))
            break
        if lw in ("was", "were", "had") or (dist <= 3 and _is_past_verb(words, i)):
            verdicts.append((dist + 0.5, "past"))
            break
        if dist <= 3 and lw in SCHEDULE_VERBS and lw.endswith("s") and n_left + n_in <= 2:
            verdicts.append((dist + 0.5, "future"))     # "On Wednesday he travels to Montevideo": a time that opens
            break                                        # its sentence, before a present tense of a schedule
    if not verdicts:
        return "past", float("inf")
    dist, verdict = min(verdicts)
    return verdict, dist


def direction_of(text: str, sent_start: int, sent_end: int, start: int, end: int) -> str:
    return tense_cue(text, sent_start, sent_end, start, end)[0]
