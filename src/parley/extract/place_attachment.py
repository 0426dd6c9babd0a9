"""The place an act's trigger takes from its sentence: the place in its phrase or its governing verb's, else the nearest
no other act holds (not one of another verb's clause below it: "criticised Modi for embracing Putin in Moscow"). The
time an act takes is attachment.py's."""
from __future__ import annotations

from .attachment import REACH, before_followed, in_subject_aside, where_clause
from .clauses import (after_phrase, bound_clause, bound_phrase, bound_tokens, close_phrase, dated_conjunct,
                      ordering_phrase, ordering_tokens, passive_aside, purpose_of_travel)
from .cues import HOME_DAY_BEFORE
from .lexicon import (BOUND_WORDS, CALLED_ON_PERSONS, HELD_AT_PREPS, INVITE_FORMS, MOVE_VERBS, PARTY_NOUNS,
                      REFERENCE_VERBS, REPORT_FORMS, SENDING_VERBS, SITUATION_NOUNS, SPOKEN_OF_PREPS, UPCOMING)
from .parse_tree import doc_text, in_subtree, token_at_offset
from .places import Place
from .tense import PROSPECT_WORDS, SCHEDULED_WORDS


def places_of_other_acts(tok, doc, offset: int, places: list[Place]) -> frozenset[int]:
    """The sentence's places inside another verb's clause below the trigger ("criticised Modi for
    embracing Putin in Moscow": Moscow is the embrace's): they show nobody of the trigger's act there."""
    out = set()
    for p in places:
        x = token_at_offset(doc, p.start - offset)
        cur = x
        for _ in range(30):
            if cur is None or cur == tok or cur.head == cur:
                break
            if cur != x and cur.pos_ == "VERB" and cur.dep_ in ("pcomp", "advcl", "xcomp", "ccomp") and in_subtree(cur, tok):
                out.add(p.start)
                break
            cur = cur.head
    return frozenset(out)


ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "poss"}


def _occasion(noun, tok, gov) -> bool:
    """Whether a noun is the occasion of the trigger's act: the object of its "at"/"during" ("had a brief conversation at
    a dinner hosted by ...")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in HELD_AT_PREPS and noun.head.head in (tok, gov)


def _subject_of(x, heads) -> bool:
    """Whether a token is a subject of one of `heads`, or listed with one ("Oman, India discuss": the parser may make
    the second state an apposition of the first)."""
    while x.dep_ in ("conj", "appos") and x.head != x:
        x = x.head
    return x.dep_ in ("nsubj", "nsubjpass") and x.head in heads


def attached_place(tok, doc, offset: int, places: list[Place], triggers: set[int] = frozenset()) -> Place | None:
    lo, hi = offset, offset + len(doc_text(doc))
    cands = [p for p in places if lo <= p.start and p.end <= hi and abs(p.start - offset - tok.idx) <= REACH
             and not HOME_DAY_BEFORE.search(doc_text(doc), max(0, p.start - offset - 30), p.start - offset)
             and not in_subject_aside(doc, offset, p.start, offset + tok.idx)]
    # "a welcome at the White House on Thursday, followed by talks with Biden": the place of what they follow
    if told := before_followed(tok, doc, offset, cands):
        return max(told, key=lambda p: (p.kind != "country", p.start))
    best = None
    # a noun's governing verb: "held several rounds of meetings with Wang on ... in Malta"
    gov = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        for _ in range(4):
            if gov.head == gov or gov.dep_ not in ("dobj", "pobj", "prep", "attr", "nsubjpass", "compound", "appos"):
                break
            gov = gov.head
            if gov.pos_ in ("VERB", "AUX"):
                break
        if gov.pos_ not in ("VERB", "AUX"):
            gov = tok
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lower_ in REFERENCE_VERBS:
            gov = tok.head              # "the meeting in Malta came at a critical time", "the talks took place in Busan"
    # "returned to Brasilia after a trip": the return's place, not the trip's
    later = after_phrase(tok) or close_phrase(tok)     # (and "return to Abuja at the end of the visit")
    if later:
        gov = tok
    # "the first time they met since May in Hiroshima": the place of the time bounded, not the trigger's
    # and "briefed Lavrov ..., a day before the second round of talks in Rome": the place of the act told before
    # (and a clause of the time bounded: "the first meeting between the two since Trump returned to the White House")
    journey_legs = purpose_of_travel(tok)
    clause = where_clause(tok)
    bounds = [{w.i for w in (bound_tokens(b) if bound_phrase(b) else ordering_tokens(b) if ordering_phrase(b)
                             else b.subtree)} for b in doc if bound_phrase(b) or ordering_phrase(b) or bound_clause(b)]
    for p in cands:
        rel = p.start - offset
        x = token_at_offset(doc, rel)
        if x is None or any(x.i in b and tok.i not in b for b in bounds):
            continue
        if p.kind == "country" and _subject_of(x, (tok, gov)):
            continue                    # a party, not a place: "Qatar, India discuss strategic partnership" (but a
                                        # visit's object is, "Modi visited China", and a city that hosts, "Riyadh
                                        # hosted the talks")
        # walk up to the trigger without passing through an argument noun ("detainees in China")
        cur, ok = x, False
        for _ in range(30):
            if cur == tok or cur == gov or (tok.dep_ in ("dobj", "pobj") and cur == tok.head) or (
                    # ("and then to Budapest to meet Orban": the parser hangs the purpose on the journey's "to")
                    tok.dep_ == "pcomp" and tok.head.lower_ == "to" and cur == tok.head) or (
                    tok.pos_ in ("NOUN", "PROPN") and cur == tok.head.head and tok.dep_ == "pobj" and not later) or (
                    cur == tok.head and tok.dep_ == "xcomp" and cur.lower_ in PROSPECT_WORDS | SCHEDULED_WORDS) or (
                    cur == gov.head and gov.dep_ == "advcl" and gov.tag_ == "VBG"
                    and not any(c.dep_ in ("nsubj", "mark") for c in gov.children)) or (
                    cur == tok.head and tok.dep_ == "conj" and tok.pos_ == "VERB" and x.i < cur.i):
                # (and a place told before the first of two verbs, of both: "In Dushanbe two days later, Xi and Rahmon
                # upgraded their ties and signed a raft of documents")
                # (the last but one: "In Turkey, Blinken is expected to meet Erdogan"; the last, a participle's
                # clause: "walked the red carpet in Mongolia on the same day, holding talks with Khurelsukh")
                ok = True
                break
            if cur.dep_ in ARG_DEPS and cur != x and not (cur.head == tok and (
                    cur.pos_ == "PROPN" or cur.lower_ in CALLED_ON_PERSONS)):
                break                   # "detainees in China"; but "met Yoon in Seoul" (a name's phrase), "received
                                        # his counterpart at the palace in Cairo" (a person's office)
            if cur.i in triggers and cur != x and cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl", "relcl"):
                break                   # "held talks, with Wang set to visit Tokyo": the visit's place
            if cur.i in triggers and cur != x and cur != tok and any(c.dep_ == "amod" and c.lower_ in UPCOMING
                                                                     for c in cur.children):
                break                   # "talks on arrangements for an upcoming visit to Egypt": the visit's
            if cur.dep_ in ("relcl", "acl") and cur != x and cur.pos_ in ("VERB", "AUX") and not in_subtree(tok, cur) \
                    and not _occasion(cur.head, tok, gov):
                break                   # "appealed to Xi, who was welcomed by Putin in Moscow": the clause's own place
                                        # (not an occasion's: "at a dinner hosted by Widodo at the G20 summit in Bali")
            if cur != x and passive_aside(cur) and not in_subtree(tok, cur):
                break                   # "discussed the Arab plan, adopted by an Arab League summit in Cairo": the
                                        # adoption's place
            if cur != x and dated_conjunct(cur, gov) and x.i > tok.i:
                break                   # "had a conversation in Bali in November 2022, and spoke in Johannesburg in
                                        # August last year": the other act's
            if cur.dep_ in ("conj", "dep", "advcl") and cur.head == tok and cur.pos_ == "VERB" and cur.lower_ in MOVE_VERBS:
                break                   # "met the crown prince, then flew to Cairo": where he went next
            if cur.dep_ == "conj" and cur != x and cur.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in cur.children) and not in_subtree(tok, cur):
                break                   # "the sides had discussed OPEC+, and that Prince Mohammed was expected in
                                        # Russia": a clause of its own subject, its own place
            if cur.dep_ == "pcomp" and cur.pos_ == "VERB" and cur != x:
                break                   # "criticised Modi for embracing Putin in Moscow": the embrace's place
            if cur.dep_ == "ccomp" and cur != x and cur.head.lower_ in REPORT_FORMS and not in_subtree(tok, cur):
                break                   # "At a joint press conference, Duda said Poland could hand over its jets to
                                        # Ukraine": what was said, not where
            if cur.dep_ == "advcl" and cur != x and cur != tok and any(
                    c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_ not in PARTY_NOUNS | CALLED_ON_PERSONS
                    for c in cur.children):
                break                   # "to meet Blinken, as tensions simmer over Taiwan": a clause of a thing's
                                        # own, not of the parties (theirs may place it: "as the two attend ... in Laos")
            if cur.dep_ == "prep" and cur.lower_ in ("to", "into", "towards", "toward") and cur.head.pos_ == "NOUN" \
                    and cur.head != tok and cur.head.i not in triggers:
                break                   # "assured him of a stable supply of rice to the Philippines": where it goes
            if cur.dep_ == "prep" and cur.lower_ == "to" and cur.head == tok and tok.lower_ in INVITE_FORMS:
                break                   # "Biden invited Kishida and Yoon to Washington": where they are to go
            if cur.dep_ == "prep" and cur.lower_ in ("to", "into") and cur.head != tok \
                    and cur.head.lower_ in SENDING_VERBS:
                break                   # "agreed to send an inspection team to the Fukushima plant": where it goes
            if cur.dep_ == "prep" and cur.lower_ in BOUND_WORDS:
                break                   # "the first time they met since May in Hiroshima": the earlier meeting's
            if cur.dep_ == "prep" and cur.lower_ == "than":
                break                   # "the summit went better than many in Seoul expected": who judged it
            if cur.dep_ == "prep" and cur.lower_ in SPOKEN_OF_PREPS and cur != x.head and cur.head in (tok, gov):
                break                   # "disagreed over Israel's military campaign in Gaza": what they spoke of
            if cur.dep_ == "pobj" and cur != x and cur.lower_ in PARTY_NOUNS and cur.head.lower_ == "of":
                break                   # "a summit of the leaders of the United States, Japan and Korea": whose
            if cur.dep_ == "pobj" and cur.lower_ in SITUATION_NOUNS and cur.pos_ == "NOUN":
                break                   # "held talks on the war in Gaza", "agreed on the need for an immediate
                                        # ceasefire in Gaza": what they talked about
            if cur != x and cur.pos_ == "NOUN" and cur.lower_ in SITUATION_NOUNS and cur.dep_ in ("dobj", "conj"):
                break                   # "discussed ..., as well as the situation in Gaza" (a conjunct the parser
                                        # hangs on the verb): what they discussed
            if cur.dep_ == "prep" and cur.lower_ in ("to", "towards", "toward") and cur.head == tok and \
                    tok.pos_ == "VERB" and tok.lower_ not in MOVE_VERBS and any(
                        o.dep_ == "dobj" and o.pos_ == "NOUN" and max(t.i for t in o.subtree) + 1 == cur.i
                        for o in tok.children):
                break                   # "discussed aid routes to Gaza with him": where the thing discussed leads
                                        # (not "met Putin during his trip, to Vladivostok")
            if cur.dep_ == "prep" and cur.lower_ in ("in", "on", "across") and cur.head.pos_ == "VERB" and any(
                    o.dep_ == "dobj" and o.lower_ in SITUATION_NOUNS and max(t.i for t in o.subtree) + 1 == cur.i
                    for o in cur.head.children):
                break                   # "where the two leaders discussed the situation in Gaza" (the parser hangs
                                        # the place on the verb): the situation's place
            if cur.head == cur:
                break
            cur = cur.head
        # "flew to Cairo, where he met Sisi": the place the clause of the meeting tells of (of "Dubai and
        # Germany, where he met Scholz", the last: the parser hangs the clause on the first)
        if clause is not None:
            last = clause.head          # (down the chain of conjuncts: "Gabon, Angola and Republic of Congo, where")
            while (after := max([c for c in last.children if c.dep_ == "conj" and c.i < clause.i], key=lambda c: c.i,
                                default=None)) is not None:
                last = after
            while x.dep_ == "compound" and x.head.i <= last.i:
                x = x.head          # ("Buenos" of "Buenos Aires, where he had met Fernandez")
            if x == last:
                ok = True
            elif x == clause.head and last != clause.head:
                ok = False
        if ok and (best is None or (best.kind == "country" and p.kind == "city")):
            best = p
        elif ok and journey_legs and p.start < offset + tok.idx and p.kind == best.kind:
            best = p                # "will travel to Rio on Wednesday and to Brasilia on Thursday for talks with
                                    # Lula": the talks are where the journey ends before them
    return best