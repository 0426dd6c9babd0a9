"""Meetings a sentence implies without a word of meeting (`encounters`): two people acting together ("Kim and Putin
toured the facility", "the two leaders exchanged greetings") or one acting on the other ("Macron pressured Xi", "Putin
told Xi"), each a `SentenceEvent` of CONSULT with its parties, tense, date and place; the article's assembly keeps them
only where they are shown in one place. Part of the sentence's walk in `events.analyse_sentence`."""
from __future__ import annotations

from ..time.tagger import Timex
from .actors import ArticleActors
from .arguments import mentions_for, verb_arguments, with_partners
from .attachment import attached_timex
from .place_attachment import attached_place, places_of_other_acts
from .attribution import Source
from .clauses import told_meeting
from .dates_of_others import in_content, saying_day
from .lexicon import (ATTENDANCE_FORMS, ENCOUNTER_FORMS, FIGURATIVE_FORMS, HOST_FORMS, INVITE_FORMS, JOINT_FORMS,
                      NOUN_TRIGGERS, REPORT_FORMS, TOPIC_VERB_STEMS)
from .parse_tree import OBJ, abs_span, children_of, np_tokens, subject_of
from .places import Place
from .sentence_event import SentenceEvent
from .tense import ahead_of_done, reaches_ahead, told_future, told_in_question, told_negated


def reduced_relative(tok) -> bool:
    """Whether a participle right after a noun is a clause of that noun that the parser made a conjunct of a verb told
    ahead: "the two leaders will discuss the implementation of the economic deal agreed in May" (no act of theirs in
    May)."""
    return tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD") and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "NOUN" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children) \
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in tok.head.children)


def encounters(doc, offset: int, index: int, actors: ArticleActors, timexes: list[Timex], places: list[Place],
               trigger_tokens: set[int], sources: list[Source]) -> list[SentenceEvent]:
    """Meetings a sentence implies without a word of meeting: two people acting together ("Kim and
    Putin toured the facility", "the two leaders exchanged greetings") or one acting on the other
    ("Macron pressured Xi", "Putin told Xi"). The article stage keeps them only where they are shown
    in one place."""
    out = []
    for tok in doc:
        low = tok.lower_
        if (low not in JOINT_FORMS and low not in ENCOUNTER_FORMS) or \
                (tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB")):
            continue
        kind = None
        if tok.dep_ in ("xcomp", "ccomp", "acl", "relcl", "amod", "pcomp") and tok.head.pos_ in ("VERB", "AUX", "NOUN") \
                and not (tok.dep_ == "ccomp" and tok.head.lower_ in REPORT_FORMS):
            continue                    # "agreed to hold", "the decision to visit": the content of another act
                                        # (but "A and B agreed ..., the ministry said" is a report, and so is
                                        # "... signed a framework agreement, broadcaster NHK reported")
        if reduced_relative(tok):
            continue                    # "will discuss the implementation of the deal agreed in May": the deal's
        partners = []
        if low in JOINT_FORMS:
            subs, passive = subject_of(tok)
            found = [m for s in subs for m in mentions_for(np_tokens(s), offset, actors)]
            people = [m for m in found if m.kind in ("person", "counterpart")]
            groups = [m for m in found if m.kind == "group"]
            # "Kamikawa and Kihara signed a reciprocal access agreement with Defense Secretary Teodoro": its partner
            # (not a meeting noun's: "held separate talks with Lula" is the talks' to tell)
            partners = [m for m in with_partners([o for o in children_of(tok, {"dobj"}) if not _meeting_noun(o)],
                                                  offset, actors)
                        if m.kind in ("person", "counterpart", "generic") and m not in found]
            if not passive and (len(people) >= 2 or groups or (people and partners)):
                kind = "joint"
        if kind is None and low in ENCOUNTER_FORMS:
            kind = "act"
        if kind is None:
            continue
        if low in FIGURATIVE_FORMS and any(c.lower_ in FIGURATIVE_FORMS[low] for c in children_of(tok, {"dobj"})):
            continue                    # "shared a close rapport": a relation, no act together
        if low in ("shake", "shakes", "shook", "shaken", "shaking") and not any(
                c.lower_ in ("hands", "hand") for c in tok.children):
            continue
        if low in ("show", "shows", "showed", "shown", "showing") and not any(
                c.lower_ in ("around", "round") for c in tok.subtree):
            continue
        ev = SentenceEvent("CONSULT", None, index, abs_span(tok, offset), tok.text, encounter=kind,
                           attendance=low in ATTENDANCE_FORMS,
                           attended_told=low in ATTENDANCE_FORMS and any(told_meeting(o) for o in children_of(tok, OBJ)))
        if kind == "joint":
            subs, _ = subject_of(tok)
            ev.actors = [m for s in subs for m in mentions_for(np_tokens(s), offset, actors)]
            ev.recipients = partners
        else:
            objects = children_of(tok, {"dobj"})
            if objects and all(o.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in o.children)
                               and not any(m.kind in ("person", "generic") for m in mentions_for(_beside_owner(o),
                                                                                                 offset, actors))
                               for o in objects) and not _at_a_meeting(tok):
                continue            # "Zelensky criticized Modi's trip to Moscow": an act of Modi's, no one met (but
                                    # "praised Milei's efforts ..., after talks at the presidential palace"; and
                                    # "welcomed Indonesia's new president, Prabowo Subianto": a person)
            verb_arguments(tok, ev, offset, actors)
            if tok.lower_ in HOST_FORMS and ev.recipients:
                ev.actors, ev.recipients = ev.recipients, ev.actors
            if not [m for m in ev.actors if m.kind in ("person", "pronoun", "counterpart")] or \
                    not [m for m in ev.recipients if m.kind in ("person", "counterpart", "generic", "pronoun")]:
                continue
        ev.negated = told_negated(tok) or told_in_question(tok)
        ev.future = told_future(tok)
        ev.sources = sources
        ev.timex = attached_timex(tok, doc, offset, timexes)
        if ev.timex is not None and low.startswith(TOPIC_VERB_STEMS) and ahead_of_done(tok, ev.timex,
                                                                                       actors.published):
            ev.timex = None     # "the two ministers discussed preparations for the anniversary in 2026" (but "agreed
                                # to hold talks next month" is their own meeting ahead)
        if ev.timex is not None and low in INVITE_FORMS and not ev.future \
                and reaches_ahead(ev.timex, actors.published):
            ev.future = True    # "finished his remarks by inviting Albanese to India for the World Cup later this
                                # year": the visit invited to, ahead (meeting_dates: not the day of talks held)
        elif ev.timex is not None and low in INVITE_FORMS and not ev.future:
            ev.timex = None     # "Orban had invited Kristersson to Budapest in January": the day of the invitation, not
                                # of the visit invited to, which came after it
        if ev.timex is not None and kind == "joint" and in_content(tok, ev.timex.start - offset, others_only=True):
            ev.timex = None     # "both leaders had agreed that the military commanders would meet on Tuesday" (but
                                # "agreed to meet in Queenstown in August": their own meeting ahead)
        saying_day(ev, tok, doc, offset)     # "said on Monday that A and B would sign ..."
        ev.place = attached_place(tok, doc, offset, places, trigger_tokens)
        ev.elsewhere = places_of_other_acts(tok, doc, offset, places)
        out.append(ev)
    return out


def _beside_owner(noun) -> list:
    """The words of a noun's phrase but its owner's ("Ruto's trip": "trip"; "Indonesia's new president, Prabowo
    Subianto": the president named)."""
    owned = {t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree}
    return [t for t in np_tokens(noun) if t.i not in owned]


def _meeting_noun(tok) -> bool:
    """Whether a noun is a word of meeting ("talks", "meetings", "summit")."""
    trig = NOUN_TRIGGERS.get(tok.lower_) or NOUN_TRIGGERS.get(tok.lemma_.lower())
    return trig is not None and trig.category == "CONSULT"


def _at_a_meeting(verb) -> bool:
    """Whether a verb's own phrase sets its act at, after or before a meeting ("praised Milei's efforts, after talks at
    the presidential palace")."""
    return any(p.dep_ == "prep" and p.lower_ in ("after", "following", "during", "at", "before", "in")
               and any(o.dep_ in ("pobj", "pcomp") and o.lower_ in NOUN_TRIGGERS for o in p.children)
               for p in verb.children)
