"""The date an act's trigger takes from its sentence: the time expression in its phrase or its governing verb's, else
the nearest no other act holds; not one that bounds or dates another act ("since late 2019", "before Donald Trump
returns to the White House in January", "ahead of the July 27 East Asia Summit": the tests are in dates_of_others.py).
The place an act takes is place_attachment.py's."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..time.tagger import Timex
from .clauses import (after_phrase, ahead_phrase, before_phrase, in_after_phrase, purpose_of_travel, trails,
                      trails_ordering_phrase)
from .cues import COUNTED_IN, DAY_BEFORE_OR_AFTER, DEPARTURE, SPAN_TO_NOW, SUBJECT_ASIDE, THIS_PERIOD, going_word
from .dates_of_others import dates_other_noun, in_clause_told_ahead, in_others_clause, of_other_act, period_of_count
from .lexicon import ANNIVERSARY_NOUNS, INVITE_FORMS, MOVE_VERBS, ORDERING_PREPS, REPORT_FORMS, SPAN_UNITS
from .parse_tree import doc_text, in_subtree, token_at_offset, tree_distance, verb_of


def _counted_in(t: Timex, doc, offset: int) -> bool:
    """Whether a time expression is the period an ordinal counts meetings in ("their third meeting this year")."""
    return bool(THIS_PERIOD.match(t.text)) and bool(COUNTED_IN.search(doc_text(doc)[max(0, t.start - offset - 40):
                                                                                   t.start - offset]))


def in_subject_aside(doc, offset: int, at: int, trig_pos: int) -> bool:
    """Whether a time or place at `at` lies in an aside set off by commas that a trigger is not in ("Starmer, whose
    Labour Party won a landslide election in July, met Meloni", "Starmer, fresh from talks with Biden in Washington last
    Friday, met Meloni in Rome"): the aside's act's, not the trigger's. The asides are found once per doc (this is
    asked of every time and place of every trigger)."""
    asides = doc.user_data.get("parley.subject_asides")
    if asides is None:
        asides = doc.user_data["parley.subject_asides"] = [m.span() for m in SUBJECT_ASIDE.finditer(doc_text(doc))]
    return any(a <= at - offset < b and not a <= trig_pos - offset < b for a, b in asides)


# (not hours: "hours after his talks with Chinh", the same day as what they come before)
SPANS_ORDERED = SPAN_UNITS - {"hours"}


def _spanned_order(tok):
    """The phrase of a span of time ordered before or after another act that a trigger lies in ("a day after holding
    talks with Xi", "two days before the summit"), or of an act told ahead of another ("discussed trade ahead of a
    trilateral summit with Canada"), or None."""
    return next((a for a in list(tok.ancestors)[:5] if a.dep_ == "prep" and (
        a.lower_ in ("of", "to") and a.head.lower_ in ("ahead", "prior")
        or a.lower_ in ORDERING_PREPS and a.head.lower_ in SPANS_ORDERED)), None)


def _ordered_against(tok):
    """The meeting noun that a trigger is, where it is the object of "before" or "ahead of" an act that another verb
    tells of a journey ("arrived on Thursday and visited the region before the talks"): it came later than that
    act's time, else None. (Not of "after" or "following": "said Thursday that ..., following a phone call with Sheinbaum" is, as news
    tells it, of that day or one the text tells before.)"""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "before" and prep.head.pos_ == "VERB" and _of_journey(prep.head):
        return tok
    if prep.lower_ == "of" and prep.head.lower_ == "ahead" and prep.head.head.pos_ == "VERB" \
            and _of_journey(prep.head.head):
        return tok
    return None


def _of_journey(verb) -> bool:
    """Whether a verb tells a leg of a journey (cues.going_word); not an act of their occasion ("shake hands before
    their talks on Thursday")."""
    while verb.dep_ in ("acl", "relcl") and verb.head.head.pos_ == "VERB":
        verb = verb.head.head        # ("visited the region struck by the earthquakes before the talks")
    return going_word(verb.text)


def attached_timex(tok, doc, offset: int, timexes: list[Timex]) -> Timex | None:
    """The time expression that modifies the trigger: in its subtree (or the governing verb's), else
    the nearest one in the sentence that no other verb owns."""
    lo, hi = offset, offset + len(doc_text(doc))
    trig_pos = offset + tok.idx
    # (within a clause's reach of the trigger: a run-on sentence of a hundred clauses stays linear)
    # (not "the day after" that opens the clause of the trigger: "the company said, the day after Erdogan held talks"
    # dates the saying from the talks, `day_relations`; but "flew to Sao Paulo the day after Lula's October 30 runoff
    # victory to congratulate him" counts from that date)
    cands = [t for t in timexes if lo <= t.start and t.end <= hi and t.type in ("DATE", "TIME")
             and t.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") and abs(t.start - trig_pos) <= REACH
             and not SPAN_TO_NOW.match(t.text) and not _counted_in(t, doc, offset)
             and not (t.end <= trig_pos and DAY_BEFORE_OR_AFTER.fullmatch(t.text)
                      and not date_follows(t.end, timexes))
             and not _in_year_range(t, doc, offset)]
    if tok.lower_ in REPORT_FORMS:
        # "Albanese told Wang he looked forward to welcoming Li Qiang later this year": the time of what was told
        told = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        cands = [t for t in cands if (x := token_at_offset(doc, t.start - offset)) is None
                 or not any(in_subtree(x, c) for c in told)]
    cands = [t for t in cands if not in_subject_aside(doc, offset, t.start, trig_pos)]
    if (spanned := _spanned_order(tok)) is not None:
        # "travelled on Friday to Harbin, a day after holding talks with Xi in Beijing": the talks' day is counted
        # from the journey's (day_relations), not the journey's own told before the phrase (but "ahead of a summit
        # with South Korea on Monday", where the parser hangs the summit's day on the verb, is the summit's)
        cands = [t for t in cands if t.start >= offset + spanned.idx]
    if (ordered := _ordered_against(tok)) is not None:
        # "visited the region struck by the earthquakes on Thursday before the talks": the time of the act the
        # meeting is ordered against is not the meeting's; only what its own phrase tells is
        cands = [t for t in cands if (x := token_at_offset(doc, t.start - offset)) is not None and in_subtree(x, ordered)]
    if not cands:
        return None
    root = tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "pobj", "nsubjpass"):
        root = tok.head
    elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
        root = tok.head.head

    def token_at(t: Timex):
        return token_at_offset(doc, t.start - offset)

    # "a welcome at the White House on Thursday, followed by talks with Biden": the day of what they follow
    if told := before_followed(tok, doc, offset, cands):
        return told[-1]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ANNIVERSARY_NOUNS:
        # "this year marks the 50th anniversary of Whitlam's visit": the anniversary's year, not the visit's
        cands = [t for t in cands if (x := token_at(t)) is not None and in_subtree(x, tok)]
        if not cands:
            return None
    # "the visit runs until Thursday (28), when the two will meet in Brasilia": the time the clause of "when" tells of
    # (or where the parser hangs the clause on a noun that is no time, or on the verb before it, "last visited Turkey
    # in March 2022, weeks after the invasion, when he held talks with Erdogan": the last time told before ", when")
    if (when := _when_clause(tok)) is not None:
        comma = _comma_before_when(when)
        of_time = [t for t in cands if (x := token_at(t)) is not None and x == when.head] or (
            [t for t in cands if t.end - offset <= comma][-1:] if comma is not None else [])
        if of_time:
            return of_time[0]
    if (aim := _aim_of_where(tok)) is not None:
        # "will leave for South Korea on Wednesday to attend the APEC summit in Gyeongju, where he is expected to meet
        # Xi": a place the journey is for, whose clause of "where" is not dated by the journey
        cands = [t for t in cands if (x := token_at(t)) is None or in_subtree(x, aim)]
        if not cands:
            return None
    other = {id(t): dates_other_noun(x, tok, t.end - offset) if (x := token_at(t)) is not None else 0 for t in cands}
    cands = [t for t in cands if (x := token_at(t)) is None or not (of_other_act(x, tok) or other[id(t)] == 2
                                                                  or in_others_clause(x, tok)
                                                                  or in_clause_told_ahead(x, tok)
                                                                  or period_of_count(x, tok))]
    # ("Following the release last year of treated water, China imposed a ban": the release's year bounds the ban,
    # kept where the sentence has no other; not for a meeting the sentence names by a noun, "The visit comes after a
    # series of confrontations, including collisions last month", of whose day it tells nothing)
    cands = [t for t in cands if not other[id(t)]] or (cands if tok.pos_ != "NOUN" else [])
    if root is not tok and root.lower_ in REPORT_FORMS and tok.dep_ == "dobj":
        # "..., the North's state media reported Friday, their first summit in six years": the day of the report is
        # not the meeting's
        cands = [t for t in cands if (x := token_at(t)) is None or in_subtree(x, tok) or not (
            x.head == root or (x.head.dep_ == "prep" and x.head.head == root))]
        if not cands:
            return None
    if tok.dep_ in ("nsubj", "dep") and tok.pos_ == "NOUN" and tok.head.lower_ in REPORT_FORMS:
        # "... on Tuesday, the first high-level talks between the two countries since 2022, officials said on Monday":
        # the parser hangs the meeting on the saying (its subject, or a loose dependent), whose day is not the meeting's
        cands = [t for t in cands if (x := token_at(t)) is None or in_subtree(x, tok)]
        if not cands:
            return None
    if tok.dep_ in ("xcomp", "advcl") and tok.head.lower_ in INVITE_FORMS:
        # "had invited Kristersson to Budapest in January to discuss the issue": what the guest is asked to come for
        # comes after the invitation, on a day only its own phrase tells
        cands = [t for t in cands if (x := token_at(t)) is not None and in_subtree(x, tok)]
        if not cands:
            return None
    if purpose_of_travel(tok):
        # "arrived on Tuesday for talks with Biden": the talks come after the arrival, and another clause's day is
        # not theirs either ("held a summit on Saturday, a day before heading to Washington for his first summit
        # with Trump"): only a day of their own phrase, or one the parser hangs on the journey after them ("before
        # heading to Hanoi for talks with Pham on Friday")
        journey = tok.head.head
        # (and a year or month of a journey long done holds what it was for: "Kim traveled to Vladivostok in 2019 for
        # his first summit with Putin")
        last = max(u.i for u in tok.subtree)
        cands = [t for t in cands if (x := token_at(t)) is None or in_subtree(x, tok) or (
            x.head.dep_ == "prep" and x.head.head == journey
            and (x.i > last or t.precision in ("year", "month") and journey.tag_ == "VBD"))]
    elif (after := in_after_phrase(tok)) is not None:
        # "left Beijing on Sunday ..., after a three-day visit to China during which he met Xi": a meeting told within
        # what came before takes only a day of that phrase
        cands = [t for t in cands if (x := token_at(t)) is None or in_subtree(x, after)]
    elif (after_phrase(tok) or ahead_phrase(tok) or before_phrase(tok)) and (
            verb := next((h for h in tok.ancestors if h.pos_ in ("VERB", "AUX")), None)):
        while verb.dep_ == "xcomp" and verb.head != verb:     # ("vowed on Saturday to deepen ties, days before ...")
            verb = verb.head
        # "returned to Brasilia on Wednesday after a trip": Wednesday is the return's, the trip came before; "met on
        # Sunday ahead of Erdogan's planned visit": the visit comes after; but a day right after the phrase is its
        # own, wherever the parser hangs it ("held talks in Seoul ahead of a trilateral summit with South Korea on
        # Monday")
        trailing = [t for t in cands if (x := token_at(t)) is not None and trails(x, tok)]
        cands = trailing or [t for t in cands if (x := token_at(t)) is None or in_subtree(x, tok)
                             or not in_subtree(x, verb)]
    else:
        # (and not the act's it is ahead of or after: there, Monday is the summit's, not the talks')
        cands = [t for t in cands if (x := token_at(t)) is None or not trails_ordering_phrase(x, tok)]
    # "from March 20 through 22", "from Monday 20 to Wednesday 22 March": a stay is dated by its start
    text = doc_text(doc)
    def before(t: Timex) -> str:           # the words just before it (the patterns end there)
        rel = t.start - offset
        return text[max(0, rel - 24):rel]

    cands = [t for t in cands if not (RANGE_END.search(before(t)) and any(
        o.end <= t.start and RANGE_START.search(before(o)) for o in cands if o is not t))]
    # "on June 10-11": the second day is the end of the span its first day opens
    seconds = {o.spec["second_day"][0] for o in cands if o.spec.get("second_day")}
    cands = [t for t in cands if t.start not in seconds]
    if not cands:
        return None
    attached = [t for t in cands if (x := token_at(t)) is not None and (in_subtree(x, tok) or in_subtree(x, root))]
    if attached:
        return min(attached, key=lambda t: abs(t.start - trig_pos))
    # else the nearest in the tree, then in the text: "Malaysia and Singapore today agreed to ensure the Link starts
    # operations by the end of 2026, Anwar said after meeting his counterpart" (today's verb governs the saying's
    # clause; 2026 is of a verb three clauses down)
    # (none past a semicolon, another clause's: "will be the first leader to be hosted at the White House; he meets
    # envoy Witkoff on Monday")
    cands = [t for t in cands if ";" not in text[min(t.end, trig_pos) - offset:max(t.start, trig_pos) - offset]]
    if not cands:
        return None
    best = min(cands, key=lambda t: (tree_distance(token_at(t), tok), abs(t.start - trig_pos)))
    # but not one outside a relative clause that tells its own time ("Milei, who flies to Rome from Israel, where he
    # has been on an official visit since earlier this week, will first attend on Sunday the canonization Mass": the
    # visit is not of Sunday)
    clause = next((h for h in [tok, *tok.ancestors] if h.dep_ == "relcl"), None)
    if clause is not None and (x := token_at(best)) is not None and not in_subtree(x, clause) and (any(
            lo <= t.start and t.end <= hi and (y := token_at(t)) is not None and in_subtree(y, clause)
            for t in timexes) or _of_departure(x)):
        return None
    return best


def _of_departure(x) -> bool:
    """Whether a time is that of a departure ("Xi was due to leave for Hungary later on Wednesday, ..., where he will be
    hosted by Orban"): what a clause tells of the place left for comes after it, on a day it does not give."""
    verb = verb_of(x)
    return verb is not None and bool(DEPARTURE.fullmatch(verb.text) or verb.lower_ == "leave")


END_VERBS = {"end", "ends", "ended", "conclude", "concludes", "concluded", "close", "closes", "closed",
             "wrap", "wraps", "wrapped", "finish", "finishes", "finished"}


def first_day_of_span(tok, doc, offset: int, timexes: list[Timex], timex: Timex) -> Timex:
    """"two days of talks that ended Sunday", "the three-day visit concluded on Friday": a stay is
    dated by its first day, so the day it ended goes back by its length."""
    if timex.precision != "day" or not timex.value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value):
        return timex
    x = token_at_offset(doc, timex.start - offset)
    if x is None or not any(h.lower_ in END_VERBS and h.pos_ == "VERB" for h in (x.head, x.head.head)):
        return timex
    phrase = list(tok.subtree)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":      # "two days of talks"
        phrase += [t for t in tok.head.head.subtree if t.i < tok.i]
    lo = offset + min(t.idx for t in phrase)
    hi = offset + tok.idx + len(tok.text)
    spans = [t for t in timexes if t.type == "DURATION" and lo <= t.start and t.end <= hi
             and re.fullmatch(r"P([2-9])D", t.value or "")]
    if not spans:
        return timex
    days = int(spans[0].value[1:-1])
    first = dt.date.fromisoformat(timex.value) - dt.timedelta(days=days - 1)
    return replace(timex, value=first.isoformat(), rule=f"{timex.rule}; first day of {spans[0].text} ending then")


def _in_year_range(t: Timex, doc, offset: int) -> bool:
    """Whether a year is one end of a span of years ("an action plan for 2024–2028"): a period of something else, not
    the time of an act."""
    if t.precision != "year":
        return False
    text, rel = doc_text(doc), t.start - offset
    return bool(YEAR_RANGE_BEFORE.search(text[max(0, rel - 8):rel]) or
                YEAR_RANGE_AFTER.match(text[rel + len(t.text):rel + len(t.text) + 8]))


YEAR_RANGE_BEFORE = re.compile(r"\b\d{4}\s*[–—-]\s*$")
YEAR_RANGE_AFTER = re.compile(r"\s*[–—-]\s*\d{4}\b")


def before_followed(tok, doc, offset: int, spans: list) -> list:
    """Of the dates or places (`spans`) of the sentence, those told before "followed" where `tok` is what follows
    ("..., followed by talks with Biden") and has none of its own; else none."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lower_ == "followed") or any(
            (x := token_at_offset(doc, s.start - offset)) is not None and in_subtree(x, tok) for s in spans):
        return []
    # (not one of a clause of what a party did before: "Marcos and Yoon, who arrived in Manila on Sunday night, held a
    # meeting at the palace, which was followed by an expanded meeting")
    return [s for s in spans if s.end <= offset + tok.head.head.idx
            and not ((x := token_at_offset(doc, s.start - offset)) is not None and in_others_clause(x, tok))]


def where_clause(tok):
    """The clause of "where" that tells a trigger's act ("flew to Cairo, where he met Sisi"), or None: the trigger's
    own, or that of the verb it depends on ("where he is due to meet Biden"; a meeting noun's verb, "where he held
    talks with Macron"), the parser hanging "where" on either ("in Gyeongju, where he is expected to meet Xi")."""
    clause = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") else tok
    for _ in range(3):
        if clause.dep_ in ("xcomp", "acomp", "ccomp") and clause.head != clause:
            clause = clause.head
    found = clause.dep_ == "relcl" and any(c.lower_ == "where" for c in list(clause.children) + list(tok.children))
    return clause if found else None


def _aim_of_where(tok):
    """The infinitive of a journey's purpose ("will leave ... to attend the APEC summit in Gyeongju") that holds the place
    a trigger's clause of "where" hangs on, or None (not "called Putin in August to brief him on his visit to Kyiv,
    where he met Zelenskyy": a call's purpose, dated by the call)."""
    clause = where_clause(tok)
    return None if clause is None else next((a for a in clause.head.ancestors if a.dep_ in ("advcl", "xcomp") and a.pos_ == "VERB"
                 and a.head.lower_ in MOVE_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)),
                None)


def _when_clause(tok):
    """The relative clause of "when" a trigger tells its act in, hung on a time ("until Thursday, when the two will
    meet"), or a clause of ", when" that the parser hangs on the verb or a noun before it ("visited Turkey in March 2022,
    weeks after the invasion, when he held talks with Erdogan"), or None."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in cur.children):
            return cur
        if cur.dep_ == "advcl" and _comma_before_when(cur) is not None:
            return cur
        if cur.dep_ not in ("dobj", "pobj", "prep", "xcomp", "attr") or cur.head == cur:
            return None
        cur = cur.head
    return None


def _comma_before_when(clause) -> int | None:
    """Where the comma before the "when" that opens a clause stands in its sentence's text (", when he held talks"), or
    None."""
    when = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i), None)
    if when is None or when.i < 1 or clause.doc[when.i - 1].text != ",":
        return None
    return clause.doc[when.i - 1].idx


REACH = 600    # characters around a trigger where its date or place may be
DATE_AFTER_REACH = 24       # characters after "the day after" where the date it counts from may begin


def date_follows(end: int, timexes: list[Timex]) -> bool:
    """Whether a time expression begins within DATE_AFTER_REACH characters after `end`: the date "the day after" counts
    from ("the day after Lula's October 30 runoff victory")."""
    return any(end < o.start <= end + DATE_AFTER_REACH for o in timexes)


RANGE_END = re.compile(r"\b(?:to|until|till|through|thru)\s*$|[-–]\s*$", re.I)


RANGE_START = re.compile(r"\b(?:from|between)\s+(?:(?:the|a)\s+)?$", re.I)
