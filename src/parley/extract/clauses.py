"""Phrases and clauses of another act or time than the one a trigger tells: ordered before or after it ("after a visit
to China", "days after the two spoke"), bounding it ("since May in Hiroshima"), ahead of it ("ahead of talks with Xi"),
or what a journey is for ("arrived on Tuesday for talks with Biden"). Their words are in `lexicon`."""
from __future__ import annotations

from .lexicon import (AHEAD_WORDS, BOUND_WORDS, CLOSE_PAIRS, LEG_VERBS, MOVE_VERBS, NOUN_TRIGGERS, ORDERING_MARKS,
                      ORDERING_PREPS, OWN_TIME_MARKS, PREPARING_NOUNS, REPORT_FORMS, SETTING_PREPS, SPAN_UNITS)
from ..time.lexicon import MONTHS, WEEKDAYS
from .parse_tree import children_of, in_subtree


def ordering_phrase(tok) -> bool:
    """A prepositional phrase of an event before or after another: "after a visit to China", "before arriving in
    Indonesia" (a journey's other leg), "before attending a summit of European leaders", "ahead of the trilateral
    summit with Yoon"."""
    return tok.dep_ == "prep" and (tok.lower_ in ORDERING_PREPS or ahead_prep(tok)) and any(
        c.dep_ == "pobj" or c.dep_ == "pcomp" and (c.lower_ in LEG_VERBS and to_a_place(c) or any(
            o.lower_ in NOUN_TRIGGERS for o in children_of(c, {"dobj"}))) for c in tok.children)


def ordering_tokens(tok) -> list:
    """The tokens of an ordering phrase (`ordering_phrase`), with the clause the parser cut off it where its object is a
    title alone and the name after it the subject of a verb it coordinated with the phrase's head: "The visit comes three
    months after PM Modi travelled to Moscow" ("after PM", then "Modi travelled", a conjunct of "comes" or a root of
    its own)."""
    out = sorted(tok.subtree, key=lambda t: t.i)
    end = out[-1].i
    if end + 1 < len(tok.doc):
        subj = tok.doc[end + 1]
        verb = subj.head
        if subj.dep_ == "nsubj" and subj.pos_ == "PROPN" and verb.i > subj.i and (
                verb.dep_ == "conj" and verb.head == tok.head or verb.dep_ == "ROOT" and verb != tok.head):
            out += sorted(verb.subtree, key=lambda t: t.i)
        elif (verb := cut_predicate(tok)) is not None:
            out += sorted(verb.subtree, key=lambda t: t.i)
    return out


def cut_predicate(prep):
    """The verb the parser cut off an ordering phrase whose object is the verb's subject, or None: "(the first formal
    sit-down between the pair) after a planned meeting at the G7 summit fell through in June" (the parser makes "a
    planned meeting" the object of "after", and "fell" a clause of the main verb with no subject of its own)."""
    if prep.dep_ != "prep" or prep.lower_ not in ORDERING_PREPS:
        return None
    objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    if not objs:
        return None
    end = max(t.i for t in prep.subtree)
    verb = prep.doc[end + 1] if end + 1 < len(prep.doc) else None
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head != prep.head \
            or verb.dep_ not in ("advcl", "conj", "dep", "ccomp") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
        return None
    return verb


def to_a_place(verb) -> bool:
    """Whether a verb of going names where ("arriving in Indonesia"; not "heading into hours of discussions")."""
    return any(o.pos_ == "PROPN" for p in children_of(verb, {"prep"}) for o in children_of(p, {"pobj"}))


def bound_phrase(tok) -> bool:
    """A prepositional phrase of the time another act bounds: "(the first time they met) since May in Hiroshima",
    "(his first visit to Japan) since taking office in June"."""
    return tok.dep_ == "prep" and tok.lower_ in BOUND_WORDS and any(c.dep_ in ("pobj", "pcomp") for c in tok.children)


def told_meeting(noun) -> bool:
    """A meeting noun named as one the article tells, the object of its attendance: "attended the meeting", "present
    at the talks" (not "The meeting in Nairobi was attended by Ruto and Museveni": there the attendees are its
    parties)."""
    return noun.lower_ in NOUN_TRIGGERS and noun.dep_ in ("dobj", "pobj") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children)    # "the dialogue with Doval"


def apart_clause(tok) -> bool:
    """A clause ordered before or after the act it hangs on by a span of time: "(said ...,) a month after Wong hosted
    Wang", "days before the two spoke"."""
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ORDERING_MARKS), None)
    return tok.dep_ == "advcl" and mark is not None and any(
        t.lower_ in SPAN_UNITS for t in tok.doc[max(tok.sent.start, mark.i - 3):mark.i])


def bound_clause(tok) -> bool:
    """A clause of the time another act bounds: "(the first meeting between the two leaders) since Trump returned to
    the White House", or of an act told as after it: "(the last such meeting) before Donald Trump returns to the White
    House in January"."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and (c.lower_ in BOUND_WORDS or c.lower_ == "before")
                                       for c in tok.children)


def after_bound_comma(prep) -> bool:
    """Whether a phrase the parser hangs on a bound phrase's noun comes after a comma: the main act's, not the time
    bounded ("the first foreign leader to meet Trump since the US presidential election, at a gala at Mar-a-Lago on
    Thursday")."""
    return prep.dep_ == "prep" and prep.i > 0 and prep.doc[prep.i - 1].text == "," and prep.head.dep_ == "pobj" \
        and prep.head.head.dep_ == "prep" and prep.head.head.lower_ in BOUND_WORDS


def bound_tokens(tok) -> list:
    """The words of a bound phrase, with the place phrase that follows it where the parser hangs that on the verb
    ("met since May in Hiroshima": "in Hiroshima" is the place of May's meeting either way); not a phrase after a
    comma that the parser hangs on it (after_bound_comma)."""
    cut = {t.i for c in tok.subtree if after_bound_comma(c) for t in c.subtree}
    words = sorted((t for t in tok.subtree if t.i not in cut), key=lambda t: t.i)
    nxt = words[-1].i + 1
    if nxt < len(tok.doc) and tok.doc[nxt].dep_ == "prep" and tok.doc[nxt].lower_ in ("in", "at"):
        words += sorted(tok.doc[nxt].subtree, key=lambda t: t.i)
    return words


def after_phrase(tok) -> bool:
    """Whether a noun is told after its verb's act ("returned ... after a trip"): of another time and place. (And the
    object of a gerund there: "will fly to Hanoi after wrapping up the Group of 20 summit", which the parser may read
    as "the Group of [20 summit]".)"""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following"):
        return True
    x = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    return x.dep_ == "dobj" and x.head.tag_ == "VBG" and x.head.dep_ == "pcomp" \
        and x.head.head.lower_ in ("after", "following")


def ahead_phrase(tok) -> bool:
    """Whether a noun is told as ahead of its verb's act: "arrived ..., ahead of talks with Xi", "prior to the summit"."""
    return tok.dep_ == "pobj" and ahead_prep(tok.head)


def before_phrase(tok) -> bool:
    """Whether a noun is the object of "before": "(vowed on Saturday to deepen ties,) days before Lee's meeting with
    Trump" comes after its verb's act (told ahead or not: "years before his visit" may be history)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "before"


def ahead_prep(prep) -> bool:
    """Whether a preposition is the second word of "ahead of" / "prior to", or the "for" of "in preparation for"."""
    return prep.lower_ in ("of", "to") and prep.head.lower_ in AHEAD_WORDS or (
        # (not preparations discussed: "discussed preparations for upcoming high-level contacts at talks on Monday")
        prep.lower_ == "for" and prep.head.lower_ in PREPARING_NOUNS and prep.head.dep_ == "pobj"
        and prep.head.head.lower_ == "in")


def trails(x, noun) -> bool:
    """Whether a time's word stands right after the phrase of a noun, past its preposition: "a trilateral summit with
    South Korea on Monday"."""
    last = max(u.i for u in noun.subtree)
    return 0 < x.i - last <= 2 and all(u.pos_ == "ADP" for u in x.doc[last + 1:x.i])


def trails_ordering_phrase(x, tok) -> bool:
    """Whether a time's word stands right after a phrase of an act ahead or after (`trails`) that does not hold the
    trigger `tok`."""
    if x.i < 2:
        return False
    end = x.doc[x.i - 1] if x.doc[x.i - 1].pos_ != "ADP" else x.doc[x.i - 2]
    for noun in [end, *end.ancestors]:
        if after_phrase(noun) or ahead_phrase(noun):
            return noun != tok and not in_subtree(tok, noun) and trails(x, noun)
    return False


def close_phrase(tok) -> bool:
    """Whether a noun is told at its close: "will return to Abuja at the end of the visit" (lexicon.CLOSE_PAIRS)."""
    return tok.dep_ == "pobj" and (tok.head.head.lower_, tok.head.lower_) in CLOSE_PAIRS


def in_after_phrase(tok):
    """The noun of the phrase told after its verb's act ("after a visit to China") that a trigger stands within, by a
    clause on it ("during which he met Xi") or a phrase of it; None where it stands in none (or is that noun)."""
    node = tok
    while node.dep_ in ("relcl", "acl", "prep", "pobj", "dobj", "conj", "compound", "amod") and node.head is not node:
        node = node.head
        if after_phrase(node):
            return node
    return None


def purpose_of_travel(tok) -> bool:
    """Whether a noun is what a journey is for ("arrived in San Francisco on Tuesday for the summit
    and talks with Biden"): it lies ahead of the journey, whose date is not its own."""
    base = tok
    while base.dep_ == "conj" and base.head != base:
        base = base.head
    # (or a gerund the parser reads as a verb: "arrives in Brasilia for meeting with Lula")
    return (base.dep_ == "pobj" or base.dep_ == "pcomp" and base.tag_ == "VBG") and base.head.lower_ == "for" \
        and (base.head.head.lower_ in MOVE_VERBS or base.head.head.lower_ in LEG_VERBS)


def own_time_clause(tok) -> bool:
    """An adverbial clause with its own subject that tells of another time: one ordered before or
    after ("days after the two spoke by telephone", "before he flew home"), or a present-tense
    comment ("as the two seek to repair ties"); not one of the same time ("said on Tuesday ..., as
    he met Xi": the saying was at the meeting)."""
    if tok.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # (a finite verb ordered by its mark has a subject, where the parser lost it to a compound: "before Donald
        # Trump returns to the White House in January")
        return bool(marks & ORDERING_MARKS) and tok.tag_ in ("VBD", "VBP", "VBZ")
    return bool(marks & ORDERING_MARKS) or bool(marks & OWN_TIME_MARKS) and tok.tag_ in ("VBP", "VBZ")


def dated_conjunct(verb, head) -> bool:
    """Whether a verb joined to `head` ("had a brief conversation ... in November 2022, and spoke briefly ... in
    Johannesburg in August last year") tells a time of its own, as a phrase or a noun of time below it: another act,
    of its own place."""
    return verb.dep_ == "conj" and verb.head == head and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("npadvmod", "prep", "tmod") and any(_time_word(w) for w in c.subtree) for c in verb.children)


def _time_word(w) -> bool:
    return w.lower_ in MONTHS or w.lower_ in WEEKDAYS or w.lower_ in ("yesterday", "today", "tomorrow") or (
        w.like_num and len(w.text) == 4 and w.text[:2] in ("19", "20"))


def passive_aside(verb) -> bool:
    """Whether a verb is a participle in the passive with its doer, told aside of what it follows ("discussed the Arab
    plan, adopted by an Arab League summit in Cairo last month"): another act, of its own time and place."""
    # (not a noun's: "the meeting, hosted by Widodo on Monday", "a dinner hosted by Widodo at the G20 summit in Bali")
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


def said_during(tok):
    """The verb of saying that a setting phrase set off by a comma belongs to, where the parser hung the phrase on the
    words said: "Trump has said Washington will keep its troops in Poland, during talks with Nawrocki" (the talks are
    Trump's, and were held); None elsewhere."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in SETTING_PREPS or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return None
    verb = prep.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.head if verb.dep_ == "ccomp" and verb.head.lower_ in REPORT_FORMS else None

