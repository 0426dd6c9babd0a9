"""Which token is the trigger of an act, and of which PLOVER category and mode: a verb or noun of the lexicon, read with
its children ("a courtesy call" is a visit, "called on X to act" a request; "the East Asia Summit" a name, not a
meeting; "spoke by phone with", "spoke to President X", not "spoke to Reuters")."""
from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import gazetteer
from .lexicon import (CALLED_ON_PERSONS, CALL_FORMS, DATING_WORDS, DEAL_NOUNS, FIGURATIVE_FORMS, FIRE_VERBS,
                      HOLD_FORMS, HOST_FORMS, NO_GUESTS, NOUN_TRIGGERS, OBJECT_ACT_FORMS, PLAY_FORMS, TRIGGER_FORMS,
                      Trigger)
from .parse_tree import OBJ, children_of


FORUM_WORDS = {"G7", "G20", "APEC", "Apec", "ASEAN", "Asean", "NATO", "Nato", "BRICS", "SCO", "EU", "UN", "UNGA",
               "Davos", "Commonwealth", "Quad", "Security"}
CONSULT_NOUN_STOP = {"room", "rooms", "place", "places", "venue", "hall", "point", "points", "table", "agenda"}
# the name of a meeting of two states, by the pair of their names: "the 11th Malaysia-Singapore Leaders' Retreat"
PAIR_NAMED = re.compile(r"\b([A-Z][\w.]+)\s?[-–]\s?([A-Z][\w.]+)\s+(?:[A-Z][\w'’]*\s+){0,3}$")


def _titled_name(tok) -> bool:
    """Whether a noun is a person's name with its title or given name before it ("President Volodymyr Zelenskiy",
    "Chancellor Scholz"), not a name alone, as an outlet's is ("Reuters", "the BBC")."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def _passive_aside(tok) -> bool:
    """A clause of a past participle with no subject, agent or auxiliary of its own ("Asked about the border, Tinubu
    said ...", "When pressed on Taiwan, Wang said ...", "Criticised for the deal, Kishida ..."): the act is done to
    the sentence's subject by someone unnamed, no act of its (but "Invited by Xi, Lula ..." has its agent, and
    "Having met Xi, Lula ..." is active)."""
    if tok.tag_ != "VBN" or tok.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass")
                                                        for c in tok.children):
        return False
    # (the sentence's subject, outside any quotation: "'Agreed to redouble efforts,' Jaishankar said" is a minister's
    # post with its "we" left out)
    return not any(t.text in ('"', "“", "”") for t in tok.doc[:tok.i]) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children)


def _compound_word(tok) -> str:
    """The noun as written with what it is joined to: "shouting match", "sit-down", "tete-a-tete"."""
    doc, i = tok.doc, tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        i -= 2
    word = doc[i:tok.i + 1].text.lower()
    if word in NOUN_TRIGGERS or i == 0:
        return word
    return f"{doc[i - 1].lower_} {word}"


# the last word of the triggers written as two words or with hyphens ("shouting match", "sit-down")
COMPOUND_LAST = {re.split(r"[\s-]", k)[-1] for k in NOUN_TRIGGERS if " " in k or "-" in k}


def _call_trigger(tok) -> Trigger | None:
    """The verb "call": "called on X to ..." and "called for ..." request; "called on President X"
    with nothing asked of X is a courtesy call (a meeting). "On Monday" only dates the verb, and
    "called X" alone (telephoned? named?) is left unread."""
    kids = list(tok.children)
    if any(c.dep_ in ("prep", "prt") and c.lower_ == "for" for c in kids):
        return Trigger("REQUEST", None)
    # (not "on Wednesday evening": a day, whatever words it takes)
    on = [c for c in kids if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
          and not any(g.dep_ == "pobj" and any(t.lower_ in DATING_WORDS for t in g.subtree) for g in c.children)]
    if not on:
        return None
    called = [g for c in on for g in c.children if g.dep_ == "pobj"] or \
        [c for c in kids if c.dep_ in ("dobj", "oprd")]            # "will call on | Prime Minister Modi"
    asks = any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX")
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in kids)
    if called and not asks and all(g.pos_ == "PROPN" or g.lower_ in CALLED_ON_PERSONS for g in called):
        return Trigger("CONSULT", None)
    return Trigger("REQUEST", None)


def _held_by_two(tok) -> bool:
    """Whether a noun is what a verb of holding has two or more subjects hold: "Marape and his Australian counterpart
    Albanese held the annual PNG-Australia Leaders' Dialogue" (their meeting, whatever its name)."""
    head = tok.head
    return tok.dep_ == "dobj" and head.lower_ in HOLD_FORMS and any(
        c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in head.children)


def _of_two_states(tok) -> bool:
    """Whether a capitalised meeting noun ends a name that opens on two states' names: "witnessed by Anwar and Wong at
    the 11th Malaysia-Singapore Leaders' Retreat here" is their meeting, no forum's."""
    text = tok.doc.text[max(0, tok.idx - 60):tok.idx]
    m = PAIR_NAMED.search(text)
    gaz = gazetteer()
    a, b = (gaz.country_of_word(m.group(1)), gaz.country_of_word(m.group(2))) if m else (None, None)
    return a is not None and b is not None and a != b


def trigger_of(tok) -> Trigger | None:
    low = tok.lower_
    if tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NN", "NNS"):
        trig = NOUN_TRIGGERS.get(low) or (NOUN_TRIGGERS.get(_compound_word(tok)) if low in COMPOUND_LAST else None)
        if trig is None:
            return None
        if any(c.lower_ in CONSULT_NOUN_STOP for c in tok.children) or (tok.dep_ == "compound" and tok.head.lower_ in CONSULT_NOUN_STOP):
            return None
        if trig.category == "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                and tok.head.head.dep_ == "attr" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            return None     # a role the copula gives: "Both Wang and Doval are the designated SRs for boundary
                            # negotiations", "He is the chief negotiator for the talks" (no act of theirs)
        if low in ("exchange", "return") and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in tok.children):
            return None     # "in exchange for technology", "in return for aid": a bargain, no meeting
        if low == "conference" and not any(c.lower_ == "joint" for c in tok.children) and not _two_at(tok) \
                and not _held_with_one_named(tok):
            return None     # "a news conference by the Brazilian delegation"; but "a joint news conference with Zelenskiy"
        if low in ("call", "calls"):
            if any(c.lower_ == "courtesy" for c in tok.children):
                return replace(trig, mode=None)         # "paid a courtesy call on the president": a visit
            with_named = any(c.dep_ == "prep" and c.lower_ in ("with", "between")
                             and any(g.pos_ == "PROPN" for g in c.children) for c in tok.children)
            by_phone = any(c.lower_ in ("phone", "telephone", "video") for c in tok.children)
            if (low == "calls" and not with_named) or (low == "call" and not by_phone):
                return None                             # (but "two calls with Prime Minister Justin Trudeau"; not
                                                        # "a string of phone calls and visits", contacts in general)
        if tok.text[:1].isupper() and tok.i > tok.sent.start and not (
                tok.dep_ == "dobj" and tok.head.lower_ in HOLD_FORMS
                and any(c.lower_ == "with" for c in list(tok.children) + list(tok.head.children) if c.dep_ == "prep")) \
                and not any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children) \
                and not _held_by_two(tok) and not _of_two_states(tok):
            return None                 # part of a name: "East Asia Summit", "Strategic Dialogue" (but a readout's
                                        # "held a Japan-ROK Foreign Ministers' Meeting with Mr. CHO", "the annual
                                        # Leaders' Retreat between Prime Minister Wong and Anwar", and "Marape and
                                        # his Australian counterpart Albanese held the annual Leaders' Dialogue")
        if trig.category == "CONSULT" and any((c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ == "ORG") or
                                              (c.dep_ in ("compound", "nmod", "amod", "poss") and
                                               ((c.text.isupper() and not gazetteer().country_of_word(c.text))
                                                or c.text in FORUM_WORDS))
                                              for c in tok.children) and not _of_two_states(tok):
            return None                 # a forum's gathering ("the G7 summit"), not a meeting of the parties (but
                                        # "the Egypt-US strategic dialogue": a state's initials)
        if low in ("fire", "gunfire") and tok.head.lower_ not in FIRE_VERBS:
            return None
        if trig.category == "MOBILIZE" and any(c.lower_ == "joint" for c in tok.children):
            return Trigger("COOPERATE", None, True)     # "joint naval exercises": COOPERATE, as PLOVER codes them
        if trig.category == "CONSULT" and trig.mode is None and any(
                c.lower_ in ("phone", "telephone", "video", "virtual") and c.dep_ in ("compound", "amod", "nmod")
                for c in tok.children):
            return replace(trig, mode="phone")       # "held phone talks with Trump", "a telephone conversation"
        if low in ("concern", "concerns") and tok.head.lower_ not in (
                "expressed", "express", "expresses", "raised", "raise", "raises", "voiced", "voice", "conveyed", "reiterated"):
            return None
        return trig
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        if plays_host(tok):
            return Trigger("CONSULT", None)         # "played host to President X"
        trig = TRIGGER_FORMS.get(low)
        if trig is None:
            return None
        if _passive_aside(tok):
            return None                 # "Asked whether the border would reopen, Tinubu said ...": put to Tinubu
        if low in CALL_FORMS:
            return _call_trigger(tok)
        if low in HOST_FORMS and any(c.dep_ == "dobj" and c.lower_ in NO_GUESTS for c in tok.children):
            return None                 # "will receive the city's Charlemagne Prize": an honour, no guest (nor "received
                                        # a phone call from Macron": the call is the act)
        if low in ("sit", "sits", "sat", "sitting") and any(c.lower_ == "down" for c in tok.children) \
                and any(c.lower_ == "with" for c in tok.children if c.dep_ == "prep"):
            return Trigger("CONSULT", None)     # "sat down with Wang Yi"
        if low in ("speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking"):
            # "spoke by phone with Wang Yi", "talked with his counterpart", "the two ministers spoke by
            # phone": a conversation, not speech
            preps = [c for c in tok.children if c.dep_ in ("prep", "agent")]     # ("by phone" is parsed as either)
            phone = any(t.lower_ in ("phone", "telephone", "video", "videolink") for c in preps for t in c.subtree)
            if not phone and not any(c.lower_ == "with" for c in preps) and \
                    not (low.startswith("talk") and any(c.lower_ == "to" for c in preps)) and \
                    not any(c.lower_ == "to" and any(_titled_name(o) for o in children_of(c, {"pobj"})) for c in preps):
                return None             # (but "spoke to Ukrainian President Volodymyr Zelenskiy", not "to Reuters")
            return Trigger("CONSULT", "phone" if phone else None)
        if low in FIGURATIVE_FORMS and any(c.lower_ in FIGURATIVE_FORMS[low] for c in children_of(tok, OBJ)):
            return None                 # "seize the opportunity", "strike a balance"
        if low in OBJECT_ACT_FORMS:
            acts, only = OBJECT_ACT_FORMS[low]
            act = next((acts[c.lower_] for c in children_of(tok, OBJ | {"nsubjpass"}) if c.lower_ in acts), None)
            if act is not None:
                return Trigger(*act)    # "declared a unilateral ceasefire", "cancelled the restrictions"
            if only:
                return None             # "declared that China must drop its barriers"
        if low in ("review", "reviews", "reviewed", "reviewing") and not any(
                c.lower_ == "with" for c in tok.children if c.dep_ == "prep"):
            return None                 # "reviewed the talks with Sheikh Mohammed"; but "reviewed the budget"
        if low.startswith(("strengthen", "reinforc", "train")):
            # "strengthened its forces on the border" mobilizes; "strengthen cooperation" does not
            objs = [t for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
            if not any(re.match(r"troops|forces|military|defen[cs]es?|army|navy|garrison|border|presence|deployment", t.lower_)
                       for t in objs):
                return None
        if low in ("rule", "rules", "ruled", "ruling") and not any(c.lower_ == "out" for c in tok.children):
            return None
        if low in ("rip", "rips", "ripped", "ripping") and not any(c.lower_ == "into" for c in tok.children):
            return None                 # "ripped into Zelensky"
        if low in ("travel", "travels", "traveled", "travelled", "traveling", "travelling") and \
                not any(c.lower_ == "to" for c in tok.children if c.dep_ == "prep"):
            return None                 # "will travel to Paris": a trip; "travel restrictions": no event
        if low in ("end", "ends", "ended", "ending", "mass", "back", "backed", "free", "share", "shared", "train",
                   "trained", "fire", "fired", "block", "blocked", "march", "marched", "strike", "struck", "beat"):
            # ambiguous everyday verbs: only with a clear object of the right kind (not "end it": what, the pronoun
            # does not tell)
            if not [c for c in children_of(tok, OBJ | {"prt"}) if c.pos_ != "PRON"]:
                return None
            if any(c.lower_ in DEAL_NOUNS for c in children_of(tok, OBJ)):
                return Trigger("SUPPORT", None)     # "struck a deal with Albania": an agreement finalised
        return trig
    return None


def plays_host(tok) -> bool:
    """"played host to X": the subject hosts X."""
    return tok.lower_ in PLAY_FORMS and any(c.dep_ == "dobj" and c.lower_ == "host" for c in tok.children)


def _held_with_one_named(tok) -> bool:
    """Whether a news conference is told held with a named person: "at a tense news conference with Congolese President
    Felix Tshisekedi" (a joint one; not "with reporters")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
               for c in tok.children)


def _two_at(tok) -> bool:
    """Whether a news conference is where two named parties, the subject of its verb, did what the sentence tells:
    "Erdogan and Scholz openly disagreed over Gaza at a news conference" (a joint one, though the text does not say
    so)."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.pos_ in ("VERB", "AUX")):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and any(k.dep_ == "conj" and k.pos_ == "PROPN"
                                                               for k in c.children)
               for c in tok.head.head.children)
