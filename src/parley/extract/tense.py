"""Tense and mood of an act, read from the parse: told as ahead ("will meet", "is expected to visit"), done, only
supposed ("if the talks go well"), not done ("did not meet", "failed to reach a deal"), or spoken ("said he would").
The word lists are in `lexicon`."""
from __future__ import annotations

import datetime as dt

from ..time import value_to_date_range
from .lexicon import CALL_OFF_FORMS, CANCEL_FORMS, ORDERING_PREPS, SETTING_PREPS, SPEECH_FORMS
from .parse_tree import ordered_to


FUTURE_AUX = {"will", "shall", "'ll", "wo"}
POSSIBLE_AUX = {"may", "might"}       # of what may happen, with the verb's base form


FUTURE_GOVERNORS = {"agree", "agreed", "agrees", "plan", "plans", "planned", "planning", "set", "expected", "expect",
                    "expects", "due", "scheduled", "slated", "prepare", "prepared", "preparing", "ready", "willing",
                    "going", "intend", "intends", "intended", "aim", "aims", "hope", "hopes", "hoped", "want", "wants",
                    "wanted", "decide", "decided", "invite", "invited", "invites", "seek", "seeks", "sought", "promise",
                    "promised", "pledge", "pledged", "vow", "vowed", "offer", "offered", "propose", "proposed",
                    "poised", "likely", "is", "are", "was", "were"}


# of these, those that put the act at a time ahead, not a commitment made ("is expected to sign", not "agreed to sign")
SCHEDULE_GOVERNORS = {"set", "expected", "expect", "expects", "due", "scheduled", "slated", "poised", "likely", "going",
                      "prepare", "prepared", "preparing", "ready", "is", "are", "was", "were"}


# verbs whose infinitive tells an act not done ("failed to reach a deal", "refused to meet", "declined to sign")
NEGATIVE_GOVERNORS = {"fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "decline",
                      "declines", "declined", "declining"}


# what an actor is said to be willing to do is an intention, not an act held or set (PLOVER codes it AGREE): "Kyiv was
# ready to negotiate with Russia", "is willing and ready to conduct dialogue", "open to talks with the United States"
WILLINGNESS_WORDS = frozenset({"willing", "ready", "prepared", "open", "eager", "keen", "unwilling"})
WISH_VERBS = frozenset({"like", "love"})         # "would like to", "would love to"
NEED_VERBS = frozenset({"need", "needs", "needed"})      # "we need to speak with each other directly": a need, no act
WILLING_OR_NEEDING = WILLINGNESS_WORDS | NEED_VERBS
HOPE_VERBS = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing"})  # "hoped Trump could meet"


CONDITIONS = ("if", "unless", "lest")       # marks of a clause that tells an act only supposed


def told_conditional(tok) -> bool:
    """Whether an act is told only as a condition: "to help defend Saudi Arabia if it is attacked", "tariffs if Moscow
    does not halt its attacks", "would reopen the border only if Ghana lifted its ban" (the condition's act has not
    happened; the caller keeps a meeting told in one: "if the talks go well" supposes the talks)."""
    for a in [tok] + list(tok.ancestors):
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in a.children):
            return True
    return False


# what asks, or does not know, whether an act will be: "Asked if the president would call on Pope Francis", "It was
# not clear whether Xi would meet Biden" (a clause of "whether" is always one; of "if", only as such a verb's)
QUESTION_HEADS = frozenset({"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "know",
                            "knows", "knew", "clear", "unclear", "uncertain", "decide", "decides", "decided", "see",
                            "question", "confirm", "confirmed"})


def told_in_question(tok) -> bool:
    """Whether an act is told only as a question: "Asked whether Milei would meet Trump this weekend, the spokesman
    said it had not been confirmed" (no meeting, held or planned)."""
    for a in [tok] + list(tok.ancestors):
        marks = {c.lower_ for c in a.children if c.dep_ == "mark"}
        if "whether" in marks or ("if" in marks and a.head.lower_ in QUESTION_HEADS and a.head is not a):
            return True
    return False


def told_willing(tok, governing=None) -> bool:
    """Whether an act is told only as what its actor is willing to do: the infinitive of a word of willingness ("was
    ready to negotiate", "is willing and ready to conduct dialogue", "prepared to meet Zelensky"; `governing`: the verb
    a noun trigger hangs from), or a noun after one ("open to talks", "ready for talks")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for") and _willing(tok.head.head):
        return True
    verb = governing if governing is not None else tok
    # (not a wish told to the one met: "I would like to discuss with you today how ...", said at the meeting)
    return verb.dep_ == "xcomp" and is_infinitive(verb) and _willing(verb.head) and not (
        verb.head.lower_ in WISH_VERBS and any(t.lower_ == "you" and t.dep_ in ("pobj", "dobj") for t in verb.subtree))


def _willing(word) -> bool:
    """A word of willingness, or one joined to it ("willing and ready"), or a wish: "would like to meet Kim"."""
    return word.lower_ in WILLING_OR_NEEDING or word.dep_ == "conj" and word.head.lower_ in WILLINGNESS_WORDS or (
        word.lower_ in WISH_VERBS and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in word.children))


def told_negated(tok) -> bool:
    """Whether an act is told as not done: "did not meet", "no agreement was reached", "failed to reach a deal",
    "ended without reaching an agreement", "left without meeting Lula"."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "xcomp" and (any(c.dep_ == "neg" for c in head.children) or head.lower_ in NEGATIVE_GOVERNORS):
        return True
    # "where the Mexican president had hoped to meet Trump, who left the summit early": a hope of the past perfect
    # that the text tells no more of was not met
    if tok.dep_ == "xcomp" and head.lower_ in HOPE_VERBS and head.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
        return True
    # "there were no plans for the two leaders to attend the match", "has no intention to meet him": what no plan holds
    if tok.dep_ in ("acl", "advcl") and is_infinitive(tok) and head.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return True
    return tok.dep_ in ("pcomp", "pobj") and head.lower_ == "without"


def told_undone(tok, verb) -> bool:
    """Whether a meeting noun is what its verb cancels or puts off: "The meeting ..., planned for Friday in Brussels,
    has been cancelled", "postponed the talks", "the summit was called off"."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.head != verb:
        return False
    low = verb.lower_
    return low in CANCEL_FORMS or (low in CALL_OFF_FORMS and any(c.dep_ == "prt" and c.lower_ == "off"
                                                                 for c in verb.children))


# what a copula says of an act that has not happened: "a meeting between Trump and Xi was likely"
PROSPECT_WORDS = frozenset({"likely", "possible", "probable", "imminent", "expected", "planned", "due", "scheduled",
                            "unlikely", "possibility", "prospect"})
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "'s", "’s", "become", "becomes", "became", "becoming"})
SCHEDULED_WORDS = frozenset({"set", "scheduled", "slated", "planned", "due"})


def told_future(tok) -> bool:
    """Whether the act lies ahead: will/shall, "to be held", or a future-oriented governor."""
    if tok.dep_ == "nsubj" and tok.head.lower_ in COPULAS and any(
            c.dep_ in ("acomp", "attr") and c.lower_ in PROSPECT_WORDS for c in tok.head.children):
        return True
    # "The meeting is expected to see ...", "The talks are scheduled for Monday", "The meeting, set for Monday, ..."
    # (not "The meeting was expected to focus on trade", told after it)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lower_ in PROSPECT_WORDS and tok.head.tag_ in ("VBN", "JJ") \
            and not told_past(tok.head) or any(c.dep_ == "acl" and c.lower_ in SCHEDULED_WORDS for c in tok.children):
        return True
    if tok.dep_ == "ROOT" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True             # a headline's infinitive: "Sheinbaum to speak with Lula"
    cur = tok
    for _ in range(4):
        if future_aux(cur):
            return True
        if cur.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in POSSIBLE_AUX for c in cur.children):
            return True         # what may be: "the two sides may sign a treaty" (not "may have met")
        if cur.tag_ == "MD" and cur.lower_ in FUTURE_AUX:
            return True         # the modal as the head: "Tinubu will on Wednesday depart Abuja for Paris on a state
                                # visit" (the parser lost the verb after the adverbial)
        # "the aide said the two leaders would sign a treaty": reported speech's "will"
        if reported_would(cur):
            return True
        # "Lee said he hoped Trump could meet Kim": what is hoped for (not an act told in the past tense within it:
        # "said he hoped Berlin and Beijing could help achieve a just peace, as he met President Xi")
        if cur.dep_ == "ccomp" and cur.head.lower_ in HOPE_VERBS and tok.tag_ != "VBD":
            return True
        # "a promise that he would meet European leaders there": what a noun's clause says would be
        if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "would"
                                                                  for c in cur.children):
            return True
        # "will be the first foreign leader to be hosted at the White House": an infinitive of the noun a copula
        # predicates takes the copula's tense
        if is_infinitive(cur) and cur.dep_ in ("acl", "relcl") and cur.head.dep_ == "attr" \
                and cur.head.head.lower_ in COPULAS:
            cur = cur.head.head
            continue
        # ("expected the Turkish leader to visit Russia": the parser's clause of an infinitive with its own subject)
        if is_infinitive(cur) and cur.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl"):
            if cur.head.lower_ in FUTURE_GOVERNORS or cur.head.dep_ == "ROOT" and cur.head.lower_ in FUTURE_GOVERNORS:
                return True
            if cur.dep_ == "acl" or (cur.dep_ == "advcl" and cur.head.pos_ in ("NOUN", "PROPN")):
                return True         # ("an invitation for the president to visit Rome": the parser's clause of a noun)
        # ("will travel to Shanghai to meet British businesses": an infinitive of purpose takes its verb's tense; also
        # where the parser hangs it on a place, "will fly to Belgrade ..., and then to Budapest to meet Orban")
        if (cur.dep_ in ("xcomp", "ccomp", "conj") or cur.dep_ in ("advcl", "pcomp") and is_infinitive(cur)) \
                and cur.head != cur:
            cur = cur.head
            continue
        # "When Xi and Biden meet on Monday, they will ...": a clause of time takes its main clause's tense (not one in
        # the past: "would welcome another visit, a month after he met Xi in Beijing")
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("when", "once", "as", "after", "before", "until")
                                       for c in cur.children) and cur.head != cur and not told_past(cur):
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.lower_ == "to" and any(c.lower_ == "forward"
                                                                    for c in cur.head.head.children):
            return True         # "looked forward to welcoming Premier Li Qiang to Australia later this year"
        # "will hold talks with Hussein before participating in the dialogue": a gerund before or after takes the tense
        # of the act it is ordered to
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in ORDERING_PREPS and cur.head.head != cur.head:
            cur = ordered_to(cur.head)
            continue
        break
    return False


def future_aux(verb) -> bool:
    """Whether a verb is told with will or shall ("will meet")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in verb.children)


def told_past(verb) -> bool:
    """Whether a verb is told in the past: "met", "had met", "was received"."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def is_infinitive(verb) -> bool:
    """Whether a verb is told with "to" ("expected to sign")."""
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


def scheduled_future(verb) -> bool:
    """Whether a verb, or one it is the complement of, is told as ahead in time: with will or shall ("will sign the deal
    after talks"), or as the infinitive of a schedule ("is expected to sign the treaty during talks"); not of a
    commitment made ("agreed to reset relations after a meeting": the meeting was held)."""
    cur = verb
    for _ in range(4):
        if future_aux(cur):
            return True
        if told_past(cur):
            return False        # (a verb told in the past is no schedule's, joined to one or not: "Hungary will buy
                                # the jets, Orban said on Friday after talks with Kristersson")
        if is_infinitive(cur) and cur.head.lower_ in SCHEDULE_GOVERNORS:
            return True
        if cur.lower_ in SCHEDULE_GOVERNORS and any(x.dep_ == "xcomp" and is_infinitive(x) for x in cur.children):
            return True
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head == cur:
            return False
        cur = cur.head
    return False


def is_spoken(verb) -> bool:
    """Whether a verb is what a verb of saying reports ("said Moscow would not revive ...")."""
    return verb.dep_ == "ccomp" and verb.head.lower_ in SPEECH_FORMS


def reported_would(verb) -> bool:
    """Reported speech's "will": "the aide said the two leaders would sign a treaty"."""
    return is_spoken(verb) and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)


def is_setting(tok) -> bool:
    """A meeting told as the setting of another act ("after talks with Erdogan", "during the talks"): held, whatever
    the tense or negation of that act."""
    return tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS


def told_done(verb) -> bool:
    """A verb told as done: "left", "said" (not "is scheduled to", "will", nor a governor of what lies ahead)."""
    return (verb.tag_ == "VBD" or verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "am", "be", "'s", "'re") for c in verb.children)) \
        and verb.lower_ not in FUTURE_GOVERNORS and not told_future(verb)


def reaches_ahead(timex, anchor: dt.date | None) -> bool:
    """Whether a time expression reaches past the report's day ("later this year", "next month")."""
    span = value_to_date_range(timex.value) if anchor is not None and timex.value else None
    return span is not None and span[1] > anchor


def ahead_of_done(verb, timex, anchor: dt.date | None) -> bool:
    """Whether a time expression lies wholly after the day of the report that tells its act as done, in the simple past
    ("the two ministers discussed preparations for the anniversary in 2026", "the two sides agreed to resume
    negotiations early next year"): it is the time of something told within the act, not the act's. Only a month or
    longer, so that a day the corpus read an undated report as of may still stand after it."""
    if anchor is None or verb.tag_ != "VBD" or timex.precision not in ("month", "season", "quarter", "half", "year") \
            or verb.lower_ in FUTURE_GOVERNORS:
        return False        # (not what was agreed or planned, nor the invitation: "invited Mitsotakis to Ankara ...
                            # next year" tells a visit ahead)
    span = value_to_date_range(timex.value)
    return span is not None and span[0] > anchor
