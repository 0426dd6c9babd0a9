"""Whether a time expression in a trigger's sentence is another act's: one that bounds something else ("since late
2019", "by 2030"), dates a clause of its own time or subject ("days after the two spoke by telephone", "Fidan, who
arrived on Sunday evening, met ..."), a noun other than the trigger ("returning Yoon's March trip"), an act told by a
gerund after a word of order ("after assuming office in September"), or the leg a trip takes next ("a trip that will
take him to Shanghai on Wednesday"). `attachment.attached_timex` leaves these out. Also: whether a time lies in what an
act's object tells of another act (`in_content`: "agreed that the commanders would meet on Tuesday"), and whether it is
the day of the verb of saying that reports the act (`saying_day`)."""
from __future__ import annotations

import re

from .clauses import after_bound_comma, cut_predicate, ordering_phrase, own_time_clause, passive_aside
from .lexicon import (BOUND_WORDS, CALLED_ON_PERSONS, COUNT_ORDINALS, DEADLINE_WORDS, JOURNEY_NOUNS, LEG_VERBS,
                      NOUN_TRIGGERS, ORDERING_MARKS, ORDERING_PREPS, ORDERING_VERBS, PERIOD_WORDS, SPAN_UNITS,
                      SPEECH_FORMS, TALKED_ABOUT_PREPS, TOLD_FORMS)
from .parse_tree import in_subtree, token_index, verb_of
from .sentence_event import SentenceEvent
from .tense import is_setting, told_done, told_future

ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)", re.I)


def in_others_clause(x, tok) -> bool:
    """Whether a token lies in a relative clause that tells what a named party did before: "Fidan, who arrived in
    Tehran on Sunday evening, met Pezeshkian" (the arrival's evening; not "the talks, which took place on Monday",
    "two days of talks that ended Sunday", nor "the summit of Tinubu and Ramaphosa, who is expected in Abuja on
    Tuesday")."""
    for a in x.ancestors:
        if a.dep_ == "relcl" and a.head != tok and a.head.pos_ == "PROPN" and not in_subtree(tok, a) and (
                a.tag_ == "VBD" or a.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have")
                                                           for c in a.children)):
            return True
    return False



def dates_other_noun(x, tok, end: int) -> int:
    """Whether a time expression is the modifier of a noun other than the trigger, in no phrase that frames the act:
    "Kishida visits Seoul, returning Yoon's March trip" (March is the trip's; not "met during the March 20 visit"): 2;
    1 where it dates what the act followed ("after the strikes this month"), which bounds the act; else 0."""
    # the word of the expression that hangs outside it ("this month", "the 2030", "5 March": not the article)
    start, words = x.idx, []
    for t in x.doc[x.i:x.i + 8]:
        if t.idx >= end:
            break
        if not start <= t.head.idx < end:
            words.append(t)
    x = next((t for t in words if t.dep_ != "det"), words[0] if words else x)
    head = x.head
    if x.dep_ == "pobj" and head.dep_ == "prep" and (owner := head.head) != tok and owner.pos_ == "NOUN" \
            and _another_acts_noun(owner) and owner.lower_ not in CALLED_ON_PERSONS \
            and any(c.dep_ == "poss" for c in owner.children) \
            and not in_subtree(tok, owner):
        return 2        # "a nod to the minister's reappointment in May", "before Tehran's reversal on Monday night": an
                        # act of its owner's, not the trigger's (but "hours after his arrival on Friday, Biden met"; and
                        # not a person's: "Modi and his Bangladeshi counterpart Sheikh Hasina on Saturday held talks")
    if head == tok or x == tok or head.pos_ not in ("NOUN", "PROPN"):
        return 0
    if x.i and (prev := x.doc[x.i - 1]).dep_ == "prep" and not any(c.dep_ == "pobj" for c in prev.children):
        return 0        # "On Sunday Meloni held talks": the parser's name "Sunday Meloni" leaves "On" with no object
    if x.dep_ == "npadvmod":
        # "visited Islamabad to mend ties after the tit-for-tat strikes this month": the strikes' month (also deeper in
        # the phrase: "after a series of confrontations, including collisions last month")
        return int(any(a.dep_ == "prep" and a.lower_ in ORDERING_PREPS and not in_subtree(tok, a)
                       for a in [head] + list(head.ancestors)[:6]))
    # ("preparations for the 2030 World Cup": a name's year too, unless the name is of a meeting, "during the 2023
    # G20 Summit")
    if x.dep_ == "poss" and _another_acts_noun(head):
        return 2        # "the recovery from the summer's catastrophic floods": a time that owns another noun (not
                        # "Tuesday's call was the first conversation between ...", a meeting's own)
    if x.dep_ == "poss" and head.dep_ == "pobj" and head.head.lower_ in ("for", "of", "about") \
            and head.head.head.pos_ == "NOUN" and head.head.head != tok:
        return 2        # "discussed preparations for Monday's summit": the summit's day, a meeting they prepared
    # (nor what a verb of telling is about: "Putin briefed Modi on his August 15 summit with Trump", the summit's day)
    topic = head.dep_ == "pobj" and head.head.lower_ in TALKED_ABOUT_PREPS and head.head.head.lower_ in TOLD_FORMS
    return 2 * (x.dep_ in ("compound", "nmod", "nummod") and (topic or
                not (head.dep_ == "pobj" and head.head.lower_ in ("during", "on", "at", "in", "for", "since", "until")
                     and (head.pos_ == "NOUN" or head.lower_ in NOUN_TRIGGERS))))



def _another_acts_noun(noun) -> bool:
    """Whether a noun is no word of a meeting or of a journey, whose time a meeting may share ("Monday's meeting", "his
    arrival on Friday")."""
    return noun.lower_ not in NOUN_TRIGGERS and noun.lower_ not in JOURNEY_NOUNS


def period_of_count(x, trigger) -> bool:
    """Whether a time right after a count of occasions is the period counted over, not the day of the occasion counted:
    "This was the fifth meeting between Putin and Witkoff this year", "their third talks in 2025"."""
    if trigger.i >= x.i or x.sent != trigger.sent or not (x.lower_ in PERIOD_WORDS or x.shape_ == "dddd"):
        return False
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in x.doc[trigger.i + 1:x.i]):
        return False
    return any(t.lower_ in COUNT_ORDINALS or ORDINAL_NUMBER.fullmatch(t.text)
               for t in x.doc[max(x.sent.start, trigger.i - 3):trigger.i])


def of_other_act(x, trigger) -> bool:
    """A date that bounds something else ("since late 2019", "launched in 2019" in a since-clause,
    a relative clause of another noun) is not the date of the trigger."""
    if any(t.lower_ in BOUND_WORDS for t in x.doc[max(0, x.i - 2):x.i]) or \
            (x.i and x.doc[x.i - 1].lower_ in DEADLINE_WORDS):
        return True
    # ("his first overseas trip since his re-election on May 3": the day of what the phrase bounds the act by, wherever
    # the parser hangs it)
    for t in reversed(x.doc[max(0, x.i - 6):x.i]):
        hyphen = t.text == "-" and not t.whitespace_ and t.i and not x.doc[t.i - 1].whitespace_     # ("re-election")
        if (t.is_punct and not hyphen) or t.pos_ in ("VERB", "AUX") or t.i == trigger.i:
            break
        if t.lower_ in BOUND_WORDS:
            return True
    # a trigger inside a clause of its own time ("days after the two spoke by telephone") is not dated
    # from outside it ("on Monday" of the sentence's main verb)
    cur = trigger
    for _ in range(30):
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ == "before" and not in_subtree(x, cur) \
                and cur.i < x.i:
            return True         # "Before arriving in Brazil, Xi met Biden on Saturday": the arrival came after (but
                                # "made the announcement on Wednesday before travelling to Paris": that day)
        if own_time_clause(cur):
            # (but "On Monday, Modi was seen laughing with Putin and Xi, before Putin and Modi held talks": the day
            # that opens the sentence is the day of what followed, where no span of time parts them)
            mark = next((c for c in cur.children if c.dep_ == "mark"), None)
            if mark is not None and mark.lower_ == "before" and x.i - x.sent.start <= 2 \
                    and not any(t.lower_ in SPAN_UNITS for t in x.doc[max(0, mark.i - 2):mark.i]):
                return False
            if not in_subtree(x, cur):
                return True
            break               # (a date inside that clause may still be of a clause within it, below)
        # "Modi on Tuesday left for New York ..., during which he will hold talks with Biden": a clause told as ahead
        # is not dated by a day of a clause told as done
        # (also "said he expected Xi to visit Russia": a visit expected is not of the day of the saying; but an act told
        # in the past tense is done, whatever it hangs from: "said on Tuesday he hoped Berlin and Beijing could help
        # achieve a just peace, as he met President Xi")
        if cur.dep_ in ("relcl", "conj", "advcl", "ccomp", "xcomp") and told_future(cur) and trigger.tag_ != "VBD" \
                and not is_setting(trigger) and not in_subtree(x, cur) and (verb := verb_of(x)) is not None \
                and told_done(verb):
            return True
        if cur.head == cur:
            break
        cur = cur.head
    # "ahead of the July 27 East Asia Summit", "before the election on May 5": another event's date
    before = x.doc[max(0, x.i - 4):x.i].text.lower()
    if re.search(r"\b(?:ahead\s+of|prior\s+to|before|after|following|in\s+the\s+run-up\s+to)\s+(?:the\s+|a\s+|its\s+|their\s+)?$", before + " ") \
            and not in_subtree(trigger, x):
        return True
    cur = x
    for _ in range(30):
        if after_bound_comma(cur):
            return False        # "..., since the US presidential election, at a gala ... on Thursday": the act's own
        if cur != x and cur.dep_ == "prep" and cur.lower_ in ("since", "until", "till") and not in_subtree(trigger, cur):
            # "their first conversation since Trump's inauguration in January", "Scholz's visit was his second since
            # taking office in December 2021" (wherever the parser hangs the phrase)
            return True
        if cur == trigger or cur.head == cur:
            return False
        if any(c.lower_ in ("since", "until", "till") and c.dep_ in ("mark", "prep") for c in cur.children) and cur != x:
            return not in_subtree(trigger, cur)
        if cur != x and cur.dep_ == "prep" and cur.lower_ == "as" and not in_subtree(trigger, cur) and any(
                c.dep_ == "pobj" and c.pos_ == "NOUN" for c in cur.children):
            return True                 # "welcomed the president as chief guest of India's Republic Day": the day of
                                        # the role's occasion, not of the welcome
        if cur.dep_ in ("relcl",) and not in_subtree(trigger, cur) and (cur.head != trigger
                                                                         or cur.lower_ in ORDERING_VERBS
                                                                         or carries_on(cur)):
            return True                 # (but "two days of talks that ended Sunday" dates the talks; not "talks that
                                        # followed a deal last month")
        if cur != x and (ordering_phrase(cur) or cur.dep_ == "conj" and cur.lower_ in ORDERING_PREPS) \
                and not in_subtree(trigger, cur) and any(c.dep_ == "pobj" and c.lower_ in NOUN_TRIGGERS
                                                         for c in cur.children):
            return True                 # "met in Tokyo, their second meeting after talks ... in June": the talks' month
                                        # (and a phrase the parser joins to the trigger's clause: "days after Macron
                                        # was received by Xi, and after Scholz's trip to Beijing in November")
        # "the first formal sit-down between the pair after a planned meeting ... fell through in June": the date of the
        # verb the parser cut off an ordering phrase (clauses.cut_predicate) is the phrase's
        if cur != x and cur.pos_ == "VERB" and not in_subtree(trigger, cur) and any(
                cut_predicate(p) == cur and not in_subtree(trigger, p) for p in cur.head.children if p.dep_ == "prep"):
            return True
        # "welcomed Kim and introduced him to the space center, inaugurated in 2016": a coordinated
        # verb's own date
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and cur != x and not in_subtree(trigger, cur):
            return True
        # "Appointed earlier this year, X is on his first trip": a participial clause's own date (but
        # "the meeting, held on Friday, ..." dates the meeting it tells of)
        if cur.dep_ in ("advcl", "acl") and cur.tag_ in ("VBN", "VBG") and cur != x and not in_subtree(trigger, cur) \
                and (cur.head != trigger or passive_aside(cur) or any(
                    t.pos_ == "VERB" for t in x.doc[trigger.i + 1:cur.i])):
            return True                 # (and one of another doer: "discussed the Arab plan, adopted by an Arab League
                                        # summit in Cairo last month"; and one past another verb, which the parser hung
                                        # on the meeting: "held talks ..., with both leaders pledging to take the
                                        # Strategic Partnership, established in 2019, to new heights")
        # "on his first foreign visit after assuming office in September": the day of an act told by a gerund after a
        # word of order is that act's (not a journey's leg: "held talks after arriving on Monday")
        # (nor a leg told as coming after: "will hold talks with Prabowo ... before heading to Rome for the
        # inauguration mass on Sunday", Sunday's)
        if cur != x and cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in ORDERING_MARKS \
                and (cur.lower_ not in LEG_VERBS or cur.head.lower_ == "before") and not in_subtree(trigger, cur):
            return True
        # "..., as the two seek to repair ties damaged by a clash in 2020", "before he flew home on Sunday":
        # a clause of its own subject and time
        if cur != x and own_time_clause(cur) and not in_subtree(trigger, cur):
            return True
        cur = cur.head
    return False



def carries_on(verb) -> bool:
    """Whether a clause tells where a trip takes its traveller next ("a four-day trip to China that will take him to
    Shanghai on Wednesday"): a verb with an object and a destination, whose day is that leg's."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children)


def in_clause_told_ahead(x, tok) -> bool:
    """Whether a time lies in a clause told ahead ("will host"), below a verb that tells the trigger's act as done: "her
    talks with Lavrov had covered trade, as well as preparations for the summit South Africa will host in August" (the
    summit's month, wherever the parser hangs its clause; "During the talks, the leaders agreed that South Korea will
    dispatch a team of experts ... later this month": a verb in the past that may govern what lies ahead)."""
    done, own = verb_of(tok), verb_of(x.head if x == tok else x)
    return done is not None and own is not None and own != done and (told_done(done) or done.tag_ == "VBD") \
        and in_subtree(own, done) \
        and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in own.children)


def in_content(tok, rel: int, clauses: bool = True, others_only: bool = False) -> bool:
    """Whether the character at `rel` (from the sentence's start) lies in what an act's object tells of another act: its
    clause (with `clauses`: "agreed that the commanders would meet on Tuesday", "accepted an invitation to visit Turkey in
    April"; with `others_only`, only a clause with a subject of its own) or a clause of its object ("protested the
    decision to hold drills on Monday")."""
    content = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and (not others_only or any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children))] if clauses else []
    content += [a for c in tok.children if c.dep_ == "dobj" for a in c.children
                if a.dep_ in ("acl", "relcl") and a.pos_ in ("VERB", "AUX")]
    return any(t.idx <= rel < t.idx + len(t.text) for c in content for t in c.subtree)


def saying_day(ev: SentenceEvent, tok, doc, offset: int) -> None:
    """Where an act's time is the day of the verb of saying that reports it: an act ahead is not dated by it, and an
    act told done was held that day or before (`SentenceEvent.said_day`)."""
    said = ev.timex is not None and _said_on(tok, doc, ev.timex.start - offset)
    if said and ev.future:
        ev.timex, said = None, False
    ev.said_day = said


def _said_on(tok, doc, rel: int) -> bool:
    """Whether a time expression dates the verb of saying that reports the trigger."""
    x = token_index(doc, rel)
    if x is None:
        return False
    speech = next((a for a in doc[x].ancestors if a.lower_ in SPEECH_FORMS), None)
    return speech is not None and speech in tok.ancestors and not in_subtree(doc[x], next(
        (c for c in speech.children if c.dep_ in ("ccomp", "xcomp") and in_subtree(tok, c)), speech))
