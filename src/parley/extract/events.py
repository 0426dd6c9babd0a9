"""Sentence-level events: PLOVER triggers in a parsed sentence and what each tells.

For each trigger (`triggers`: a verb such as "met", "urged", "agreed", or a noun such as "talks", "visit"), one
`SentenceEvent` with:
- its parties (`arguments`): subjects and objects, "with"/"between"/"to" phrases, the subject of the verb that governs a
  noun trigger ("X and Y held talks"), the possessor ("Hayashi's visit"); pronouns, "the pair", "his Japanese
  counterpart" kept as references for the article's assembly to resolve;
- negation and tense (`tense`: "did not meet", "will meet", "agreed to hold", "is set to visit");
- the date and place attached to it (`attachment`), and the clauses and phrases of another act or time around it
  (`clauses`: "days after the two spoke", "since May in Hiroshima");
- within a verb of saying, the speaker (`speakers`: "Wang said China opposed ...").
Here: the sentence's walk over its triggers, and which sentences are worth parsing at all (`needs_parse`); meetings told
without a word of meeting ("Kim and Putin toured the site") are `encounters`; one verb's meetings in several places, the
legs of a trip, are `trip_legs`."""
from __future__ import annotations

import re

from ..budget import check
from ..time.numeric import MONTH_NAMES
from ..time.tagger import Timex
from .actors import ArticleActors
from .arguments import inviters, noun_arguments, verb_arguments
from .attachment import attached_timex, first_day_of_span
from .place_attachment import attached_place
from .attribution import Source
from .clauses import (after_phrase, ahead_phrase, apart_clause, bound_phrase, bound_tokens, ordering_phrase,
                      ordering_tokens, own_time_clause, purpose_of_travel, said_during, told_meeting)
from .cues import UNNAMED_STATES
from .dates_of_others import in_content, saying_day
from .encounters import encounters
from .lexicon import (AIM_NOUNS, ATTENDANCE_FORMS, ATTENDANCE_WORDS, CONTAINING_VERBS, ENCOUNTER_FORMS, HOST_FORMS,
                      INVITATION_NOUNS, INVITED_PREPS, INVITE_FORMS, JOINT_FORMS, LIGHT_VERBS, NOUN_TRIGGERS,
                      OCCASION_PREPS, ORDERING_MARKS, PREPARATION_NOUNS, QUESTIONING_FORMS, REFERENCE_VERBS, RULE_FORMS,
                      TALKED_ABOUT_PREPS, TOPIC_NOUNS, TOPIC_PREPS, TOPIC_VERB_STEMS, TRIGGER_FORMS, UPCOMING, Trigger)
from .parse_tree import abs_span, children_of, doc_text, in_subtree, span_of, token_at_offset, token_index
from .places import Place
from .sentence_event import SentenceEvent
from .speakers import first_person_speaker, speaker_of
from .tense import (FUTURE_GOVERNORS, ahead_of_done, is_setting, reported_would, scheduled_future, told_conditional,
                    told_future, told_in_question, told_negated, told_past, told_undone, told_willing)
from .triggers import plays_host, trigger_of
from .trip_legs import legs

YIELD_WORDS = re.compile(r"\b(release|free|lift|lifting|end|stop|ease|easing|withdraw|halt|drop|remove|cease|"
                         r"return|reopen|resume)\w*", re.I)
MEET_WORDS = re.compile(r"\b(meet|meeting|talks|dialogue|negotiat\w+|visit|summit|consult\w*)\b", re.I)
ASSIST_WORDS = re.compile(r"\b(aid|help|assist\w*|support|funds?|loans?|supplies|weapons|arms)\b", re.I)


def analyse_sentence(doc, offset: int, index: int, actors: ArticleActors, timexes: list[Timex],
                     places: list[Place], sources: list[Source]) -> list[SentenceEvent]:
    events: list[SentenceEvent] = []
    found = [(tok, trigger_of(tok)) for tok in doc]
    # (a meeting in a condition is kept: "if the talks go well" supposes the talks)
    found = [(t, g) for t, g in found if g is not None and (g.category == "CONSULT" or not told_conditional(t))]
    trigger_tokens = {t.i for t, _ in found}
    by_token: dict[int, SentenceEvent] = {}
    for tok, trig in found:
        check()
        hosted = trig.noun and trig.category == "CONSULT" and tok.dep_ == "dobj" and tok.head.lower_ in LIGHT_VERBS \
            and tok.head.dep_ not in ("xcomp", "ccomp")     # "hosted a summit", not "agreed to hold a dialogue"
        if _inside_other_act(tok, trigger_tokens) and not hosted and \
                (trig.category != "CONSULT" or _complement_of_act(tok, trigger_tokens)):
            continue                    # "urged China to lift its bans": the lifting is what was urged;
                                        # "agreed to hold the strategic dialogue": the content of an agreement
        if trig.noun and tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS and tok.head.head.pos_ in ("VERB", "AUX"):
            continue                    # "briefed him about his recent visit to Ukraine": what was told, no act then
        if not trig.noun and tok.lower_.startswith(TOPIC_VERB_STEMS) \
                and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children):
            continue                    # "some of the questions were already being discussed by the two sides": talks
                                        # going on, of no day, no meeting told
        if trig.noun and tok.dep_ == "pobj" and tok.head.lower_ in TALKED_ABOUT_PREPS \
                and tok.head.head.lower_ in QUESTIONING_FORMS:
            continue                    # "will press the government on the trip": what it is held to account for
        if trig.noun and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in TOPIC_NOUNS:
            continue                    # "made no mention of sanctions", "the prospect of a summit": a topic
        if trig.noun and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lower_ in AIM_NOUNS \
                and not any(c.dep_ in ("det", "poss") for c in tok.children):
            continue                    # "create conditions for direct dialogue between Russia and Ukraine": an aim
        if trig.noun and tok.lower_ in INVITATION_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in INVITED_PREPS:
            continue                    # "At the invitation of Prime Minister Modi, Wong paid a visit": the visit's
                                        # host (arguments.inviters), no agreement of the visit's days
        if tok.lower_ == "visiting" and tok.dep_ == "pcomp" and tok.head.head.i in trigger_tokens \
                and tok.head.lower_ in ("with", "to", "for"):
            continue                    # "talks with visiting President X": a guest's epithet, the talks tell it
        if tok.lower_ == "visiting" and tok.dep_ == "amod" and tok.head.tag_ in ("NNS", "NNPS"):
            continue                    # "a banquet for the visiting leaders": the guests of a summit, no visit of theirs
        if tok.dep_ in ("relcl", "acl") and trig.category != "CONSULT" and not trig.noun:
            continue                    # "restrictions Beijing imposed": background, not an act reported here
        if trig.category == "REQUEST" and tok.lower_ in ("seek", "seeks", "sought", "seeking") and children_of(tok, {"xcomp"}):
            trig = Trigger("AGREE", None)   # "would seek to build up regular communications": an intention
        ev = SentenceEvent(trig.category, trig.mode, index, abs_span(tok, offset), tok.text, noun=trig.noun)
        governing = tok
        if trig.noun:                   # "will travel to China for talks": the verb the noun hangs from
            g = tok
            for _ in range(4):
                if g.head == g or g.dep_ not in ("dobj", "pobj", "prep", "attr", "nsubjpass", "conj", "compound", "appos"):
                    break
                g = g.head
                if g.pos_ in ("VERB", "AUX"):
                    governing = g
                    break
            if (held := _free_relative_holder(tok)) is not None:
                governing = held        # "held what is expected to be their last summit": the holding's tense
            if (saying := said_during(tok)) is not None:
                governing = saying      # "Trump has said Washington will keep its troops ..., during talks with
                                        # Nawrocki": the saying's tense, not the words'
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
                governing = tok.head    # "The meeting will be in Bali": the copula's tense
            if tok.dep_ == "pobj" and tok.head.lower_ in OCCASION_PREPS and governing.dep_ == "xcomp":
                governing = governing.head      # "agreed to boost rail links during talks": the agreement's tense
            elif tok.dep_ == "pobj" and tok.head.lower_ in OCCASION_PREPS | {"at"} and governing.dep_ == "acl" \
                    and governing.head.pos_ == "NOUN" and governing.head.head.pos_ in ("VERB", "AUX"):
                # "signed an agreement to establish the zone, at the Leaders' Retreat": the signing's tense
                governing = governing.head.head
        # ("would not revive the deal ..., after talks with Erdogan", "did not agree during the talks": the talks were
        # held; "did not hold talks", "will not travel for talks": no talks)
        setting = is_setting(tok)
        ev.negated = told_negated(tok) or told_in_question(tok) or \
            (trig.noun and not setting and (told_negated(governing) or told_undone(tok, governing)))
        ev.purpose = bool((trig.noun or tok.tag_ == "VBG") and purpose_of_travel(tok))
        # ("said Moscow would not revive the deal ..., after talks with Erdogan": reported speech's "would" is not the
        # tense of the talks the words followed)
        reported = setting and reported_would(governing)
        # (a meeting told as the setting of an act ahead of which nothing but its infinitive lies was held: "agreed to
        # reset relations after a 40-minute meeting on Friday"; "will sign the deal after talks" is ahead)
        ev.future = told_future(tok) or (trig.noun and governing != tok and not reported and (
            scheduled_future(governing) if setting else told_future(governing))) or (
            trig.noun and any(c.lower_ in UPCOMING for c in tok.children if c.dep_ == "amod")) or (
            # "he expects a Xi visit", "planned a trip to Tokyo": what is expected or planned lies ahead
            # (also one of several things planned: "preparing possible negotiations on Ukraine and a meeting between
            # Putin and Trump")
            trig.noun and (first := _first_conjunct(tok)).dep_ in ("dobj", "ccomp")
            and first.head.lower_ in FUTURE_GOVERNORS) or (
            trig.noun and ahead_phrase(tok)) or (ev.purpose and not _done_on_named_day(tok)) or (
            trig.noun and (_ruled_out(tok) or _invited_to(tok) or _prepared_for(tok))) or (
            # "In the summit, the two leaders are expected to discuss ...": a meeting a schedule's act is set in
            trig.noun and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and governing != tok
            and scheduled_future(governing))
        # ("arrived ..., ahead of talks with Xi"; "arrived on Tuesday for talks with Biden")
        ev.sources = sources
        ev.attendance = (governing if trig.noun else tok).lower_ in ATTENDANCE_FORMS or (
            trig.noun and tok.dep_ == "pobj" and any(t.lower_ in ATTENDANCE_WORDS for t in [
                tok.head.head, *(c for c in tok.head.head.children if c.dep_ in ("acomp", "dobj"))]))
        ev.attended_told = ev.attendance and trig.noun and told_meeting(tok)
        if trig.noun:
            noun_arguments(tok, ev, offset, actors)
        else:
            verb_arguments(tok, ev, offset, actors)
            if not ev.actors:
                ev.actors = _headline_subject(tok, doc, offset, actors)
        if trig.category == "CONSULT" and any(m.kind in ("person", "pronoun") for m in ev.actors):
            # (a visitor named only as "the Chinese leader" stays a frame: the host alone makes no meeting)
            ev.recipients += [m for m in inviters(tok, offset, actors) if m not in ev.recipients + ev.actors]
        if (tok.lower_ in HOST_FORMS or plays_host(tok)) and ev.recipients:
            ev.actors, ev.recipients = ev.recipients, ev.actors          # the guest is the actor of a visit
        elif tok.lower_ in HOST_FORMS and not trig.noun and len(ev.actors) >= 2 and \
                not any(m.kind in ("group", "pronoun") for m in ev.actors):
            continue                    # "Prince Faisal and Musaed al-Aiban hosted the opening of the meeting": hosts
        speaker_of(tok, ev, offset, actors)
        if trig.category == "CONSULT":
            first_person_speaker(tok, ev, offset, actors)
        ev.timex = attached_timex(tok, doc, offset, timexes)
        if ev.timex is not None and not ev.future and ahead_of_done(governing if trig.noun else tok, ev.timex,
                                                                      actors.published):
            ev.timex = None     # "discussed preparations for the 70th anniversary of relations in 2026": the year of
                                # what they discussed, not of the talks told as done
        if ev.timex is not None and trig.noun:
            ev.timex = first_day_of_span(tok, doc, offset, timexes, ev.timex)
        ev.place = attached_place(tok, doc, offset, places, trigger_tokens)
        saying_day(ev, tok, doc, offset)     # "Biden said on Sunday he expected a discussion with Xi"
        if ev.timex is not None and trig.category != "CONSULT" and not trig.noun:
            # "agreed to meet again next month": the date of what was agreed, not of the agreement; "accepted an
            # invitation to visit Turkey in April", "protested the decision to hold drills on Monday": the date of
            # the clause that tells what its object is
            if in_content(tok, ev.timex.start - offset,
                           trig.category in ("AGREE", "REQUEST", "THREATEN", "REJECT", "CONCEDE")):
                ev.timex = None
        if trig.parties and not ev.actors and not ev.recipients:
            # "the encounter, staged at ...": a meeting already told; "exchange rates": nothing
            if tok.dep_ == "compound" or not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                                 for c in tok.children):
                continue
            ev.reference_only = True
        if (ev.reference_only or not (ev.actors or ev.recipients) or trig.noun and (
                all(m.kind == "org" for m in ev.actors + ev.recipients) or ahead_phrase(tok) or after_phrase(tok))) \
                and _forum_gathering(tok, offset, actors) \
                or trig.noun and UNNAMED_STATES.match(actors.text, offset + tok.idx + len(tok.text)):
            continue                    # "the APEC leaders meeting in November": a forum's gathering, not the meeting
                                        # (and "the sixth summit of Caspian Sea states": a gathering of states unnamed)
                                        # the article reports (nor what its people met ahead of: "held their first
                                        # summit in two years, ahead of the APEC summit that Korea will host")
        if ev.reference_only and not ev.actors and not ev.recipients:
            # "While the meeting in Malta came ..., Wang is to visit Moscow this week": a meeting
            # referred to keeps only the date and place of its own phrase (or of "took place")
            own = set(t.i for t in tok.subtree)
            if tok.head.lower_ in REFERENCE_VERBS:
                # the verb's phrases, but not what another trigger below it governs
                others = {t.i for o in tok.head.subtree if o.i in trigger_tokens and o.i != tok.i and o != tok.head
                          for t in o.subtree}
                own |= {t.i for t in tok.head.subtree} - others
            if ev.timex is not None and token_index(doc, ev.timex.start - offset) not in own:
                ev.timex = None
            if ev.place is not None and token_index(doc, ev.place.start - offset) not in own:
                ev.place = None
        if trig.category == "CONSULT" and told_willing(tok, governing if trig.noun and governing != tok else None):
            ev.category, ev.mode = "AGREE", None    # "Kyiv was ready to negotiate with Russia": an intention, with
                                                    # the parties of the act
        ev.content = _content(tok, offset)
        ev.quote = bool(re.search(r"[“\"]", doc_text(doc)))
        if ev.category == "REQUEST":
            ev.mode = ("yield" if YIELD_WORDS.search(ev.content) else "meet" if MEET_WORDS.search(ev.content)
                       else "assist" if ASSIST_WORDS.search(ev.content) else "change")
        events += legs(tok, ev, offset, places, timexes) if ev.category == "CONSULT" else [ev]
        by_token[tok.i] = ev
    for i, ev in by_token.items():
        if ev.noun and ev.category == "CONSULT" and ev.actors and not ev.recipients:
            # "his visit to meet with Putin in Moscow": the visit is the meeting its purpose names
            n = doc[i]
            purposes = [c for c in n.children if c.dep_ in ("acl", "relcl", "xcomp")]
            if n.dep_ == "dobj":        # "had his own visit to meet with Putin": the purpose hangs from the verb
                # (an infinitive: "held talks, a day after Erdogan hosted Orban" tells another act, not their purpose)
                purposes += [c for c in n.head.children if c.dep_ in ("advcl", "xcomp") and c.i > i
                             and any(w.dep_ == "aux" and w.lower_ == "to" for w in c.children)]
            for c in purposes:
                sub = by_token.get(c.i)
                if sub is not None and sub.category == "CONSULT" and \
                        sub.recipients and set(m.actor for m in sub.actors) <= set(m.actor for m in ev.actors):
                    ev.recipients = list(sub.recipients)
                    ev.place = ev.place or sub.place
                    ev.timex = ev.timex or sub.timex
    events += encounters(doc, offset, index, actors, timexes, places, trigger_tokens, sources)
    # clauses and phrases of another act: relative clauses, clauses of their own time, phrases ordered
    # before or after ("arrived in Washington on Sunday after a visit to China") and bounds ("since May in Hiroshima")
    clauses = [t for t in doc if t.dep_ == "relcl" or own_time_clause(t) or ordering_phrase(t) or bound_phrase(t)]
    for ev in events if clauses else ():
        tok = token_at_offset(doc, ev.trigger[0] - offset)
        ev.apart_in_time = tok is not None and any(in_subtree(tok, c) and apart_clause(c) for c in clauses)
        mine = [c for c in clauses if tok is None or not in_subtree(tok, c)]
        ev.asides = tuple(span_of(bound_tokens(c) if bound_phrase(c) else sorted(c.subtree, key=lambda t: t.i),
                                   offset) for c in mine)
        ev.ordered = tuple(span_of(bound_tokens(c) if bound_phrase(c) else ordering_tokens(c) if ordering_phrase(c)
                                    else sorted(c.subtree, key=lambda t: t.i), offset) for c in mine
                           if ordering_phrase(c) or bound_phrase(c) or c.dep_ == "advcl" and
                           any(m.dep_ == "mark" and m.lower_ in ORDERING_MARKS for m in c.children))
    return events


def _ruled_out(tok) -> bool:
    """Whether a noun lies in what a verb says is or is not ruled out: a possibility, ahead ("the Kremlin did not rule
    out a meeting between Putin and Witkoff during the US envoy's visit")."""
    return any(a.lower_ in RULE_FORMS and any(c.dep_ == "prt" and c.lower_ == "out" for c in a.children)
               for a in list(tok.ancestors)[:5])


def _invited_to(tok) -> bool:
    """Whether a noun is what someone was invited to: it lies ahead of the invitation ("Biden invited Kishida and Yoon
    to Washington for a separate trilateral summit")."""
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("for", "to") and prep.head.lower_ in INVITE_FORMS


def _free_relative_holder(tok):
    """The verb whose object is a clause "what is expected to be" a meeting noun ("Yoon and Kishida held what is
    expected to be their last summit", "have begun what is expected to be their last meeting"), or that such a clause is
    the setting of ("agreed ..., in what is likely to be their last summit"): the meeting is as that verb tells it, not
    as the expectation does; else None."""
    be = tok.head if tok.dep_ == "attr" else None
    clause = be.head if be is not None and be.dep_ == "xcomp" and be.lower_ == "be" else None
    if clause is not None and clause.dep_ == "acomp":
        clause = clause.head        # ("in what is likely to be Ishiba's last summit with Lee": the copula's clause)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in clause.children):
        return None
    if clause.dep_ in ("ccomp", "dobj") and clause.head.pos_ in ("VERB", "AUX"):
        return clause.head
    # "agreed Tuesday to cooperate ..., in what is likely to be Ishiba's last summit with Lee": the act it is the
    # setting of
    if clause.dep_ == "pcomp" and clause.head.lower_ == "in" and clause.head.head.pos_ in ("VERB", "AUX"):
        verb = clause.head.head
        while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head        # (what was agreed to is ahead of the agreeing; the summit is the agreeing's)
        return verb
    return None


def _prepared_for(tok) -> bool:
    """Whether a noun is what preparations are made for: it lies ahead of them ("The ministers also discussed
    preparations for a meeting between Presidents Vladimir Putin and Recep Tayyip Erdogan")."""
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("for", "to", "of") and prep.head.lower_ in PREPARATION_NOUNS


def _first_conjunct(tok):
    """The first of the coordinated words a token is one of ("negotiations" of "negotiations ... and a meeting")."""
    for _ in range(10):
        if tok.dep_ != "conj" or tok.head == tok:
            break
        tok = tok.head
    return tok


def _headline_subject(verb, doc, offset: int, actors: ArticleActors) -> list:
    """The person a headline names before "to" and its verb, where the parser read the name as something else: "Lula
    to meet Biden and Zelenskiy in New York" ("Lula" a verb at the root); else none."""
    if verb.i < 2 or doc[verb.i - 1].lower_ != "to" or doc[verb.i - 1].dep_ != "aux":
        return []
    before = doc[:verb.i - 1]
    found = actors.mentions_in(offset, offset + doc[verb.i - 1].idx, ("person",))
    return found[:1] if len(found) == 1 and found[0].start == offset + before[0].idx \
        and found[0].end == offset + before[-1].idx + len(before[-1].text) else []


def _forum_gathering(tok, offset: int, actors: ArticleActors) -> bool:
    """Whether a meeting noun names a forum's gathering ("the Asia-Pacific Economic Cooperation
    leaders meeting", "the G20 summit", "a summit of the Shanghai Cooperation Organization")."""
    first = tok.left_edge
    if tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and tok.doc[tok.i - 1].head != tok:
        first = min(first, tok.doc[tok.i - 1].left_edge, key=lambda t: t.i)   # "the APEC leaders meeting"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "PROPN":
        first = min(first, tok.head.head.left_edge, key=lambda t: t.i)         # "the Group of [20 summit]"
    last = tok
    # (or after it: "a summit of the Shanghai Cooperation Organization")
    for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        last = max(of.subtree, key=lambda t: t.i)
    for m in actors.mentions_in(offset + first.idx, offset + last.idx + len(last.text)):
        a = actors.actor(m.actor)
        if m.kind == "org" and a is not None and a.forum:
            return True
    return False


def _done_on_named_day(tok) -> bool:
    """Whether what a journey told done was for is dated by a day the text names in its own phrase: "The king returned
    the visit in May, travelling to Madrid for talks with Sanchez on May 7" (held, not ahead of the journey); or by a
    year or month of the journey's."""
    journey = tok.head.head
    done = told_past(journey) or (journey.tag_ == "VBG" and journey.dep_ in ("advcl", "conj")
                                  and told_past(journey.head))
    if done and any(t.like_num and (t.head.lower_.rstrip(".") in MONTH_NAMES or (
            t.i and t.doc[t.i - 1].lower_.rstrip(".") in MONTH_NAMES)) for t in tok.subtree):
        return True
    # (or a year or month of the journey's own, long done: "Kim traveled to Vladivostok in 2019 for his first summit
    # with Putin")
    own = {t.i for t in tok.subtree}
    return done and any(t.i not in own and (t.shape_ == "dddd" or t.lower_.rstrip(".") in MONTH_NAMES)
                        and t.head.dep_ == "prep" and t.head.lower_ == "in" and t.head.head == journey
                        for t in journey.subtree)


def _complement_of_act(tok, trigger_tokens: set[int]) -> bool:
    """Whether a trigger is what another act is about ("agreed to hold talks", "urged them to meet"),
    as opposed to its setting ("In a meeting in Busan, they agreed", "agreed to boost trade during talks")."""
    if is_setting(tok) or tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in ("after", "following") \
            or tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.pos_ in ("NOUN", "PROPN"):
        return False            # ("agreed to coordinate their deterrents, after talks at Downing Street": held; so is
                                # "urged the EU to reconsider its plan ..., after meeting with Xi", and "signed an
                                # agreement to establish the zone, at the annual Leaders' Retreat between ...")
    cur, through_argument = tok, False
    for _ in range(12):
        if cur.head == cur:
            return False
        if cur.dep_ == "relcl" and cur.head.i not in trigger_tokens:
            return False        # "travelling to Qatar, where he is scheduled to meet the Emir": the clause's own act
        if cur.dep_ in ("relcl", "acl") and cur.lower_ in CONTAINING_VERBS:
            return False        # "a four-day visit that will include formal talks with Albanese": a part of the visit
        if cur.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "when", "while")
                                       for c in cur.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return False        # "urged the EU to join China ... as he met Sanchez in Beijing": when, not what
                                # (and "agreed to speed up the demarcation when they met in Hanoi")
        if cur.dep_ == "pcomp" and cur.head.lower_ == "with" and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                      for c in cur.children):
            return False        # "arrived in Tokyo on Monday, with Takaichi preparing to host him for talks on
                                # Tuesday": a clause of its own beside the arrival, not what the arrival is about
        through_argument = through_argument or cur.dep_ in ("xcomp", "ccomp", "dobj")
        if cur.head.i in trigger_tokens:
            return through_argument
        cur = cur.head
    return False


def _inside_other_act(tok, trigger_tokens: set[int]) -> bool:
    """Whether a trigger lies in the complement of another trigger in its sentence."""
    cur = tok
    for _ in range(12):
        if cur.head == cur:
            return False
        if cur.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "advcl", "acl", "relcl", "conj", "compound",
                            "amod", "poss", "nmod"):
            return False
        parent = cur.head
        if parent.i in trigger_tokens and cur.dep_ != "conj":
            return True
        cur = parent
    return False


def _content(tok, offset: int) -> str:
    """The complement of a request, agreement or accusation, as written."""
    parts = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "advcl") and c.lower_ not in ("on", "upon")]
    if not parts:
        return ""
    toks = sorted({t for p in parts for t in p.subtree}, key=lambda t: t.i)
    return " ".join(t.text for t in toks)[:300]


def needs_parse(text: str, parties: int = 1) -> bool:
    """Whether a sentence can hold an event: a trigger word form. A sentence that names no party
    (person, state, organisation, group or pronoun) matters only for a meeting it refers to
    ("The talks took place in Busan"), so then only meeting words count; one that names two may
    hold an encounter ("Putin told Xi", "Kim and Putin toured the site")."""
    words = re.findall(r"[A-Za-z]+(?:-[a-z]+)*", text)
    for i, w in enumerate(words):
        lw = w.lower()
        trig = TRIGGER_FORMS.get(lw) or NOUN_TRIGGERS.get(lw) or (
            NOUN_TRIGGERS.get(f"{words[i - 1].lower()} {lw}") if i else None)
        if trig is not None and (parties or trig.category == "CONSULT"):
            return True
        if parties >= 2 and (lw in ENCOUNTER_FORMS or lw in JOINT_FORMS):
            return True
    return False
