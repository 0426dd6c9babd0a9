"""A verb's or a meeting noun's meetings with several people, each told with a place and a day of its own: the legs of
a trip ("met Mohammed bin Salman in Jeddah on Monday, Qatar's emir in Doha on Tuesday and Sheikh Mohamed bin Zayed in
Abu Dhabi on Wednesday", "held talks with Macron in Paris and then with Scholz in Berlin"), one meeting a leg, in the
order told (from extract.events)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..time.resolve import weekday_near
from ..time.tagger import Timex
from .parse_tree import doc_text, token_at_offset
from .places import Place
from .sentence_event import SentenceEvent


def legs(tok, ev: SentenceEvent, offset: int, places: list[Place], timexes: list[Timex]) -> list[SentenceEvent]:
    """A verb's meetings with people each told with a place of their own: "met Putin in Moscow on Friday and
    Zelenskiy in Kyiv last Tuesday" is two meetings, each with the place and the day told after its person (the
    parse gives both places to the verb); else the event alone."""
    people = sorted({(m.start, m.end): m for m in ev.recipients if m.kind == "person"}.values(), key=lambda m: m.start)
    # (the phrase of place hangs on the verb or, as the parser may have it, on the person before it)
    spots = [p for p in places if (x := _place_head(tok.doc, p, offset)) is not None
             and x.dep_ == "pobj" and x.head.lower_ in ("in", "at") and (x.head.head == tok or any(
                 m.start <= offset + x.head.head.idx < m.end for m in people))]
    if len(people) < 2:
        return [ev]
    by_place = len({p.name for p in spots}) >= 2
    # (or each person told with a day of their own, in the act's own phrase: "I had a meeting with President Milei
    # yesterday and with Minister Caputo on Wednesday")
    days = [t for t in timexes if t.type == "DATE" and t.precision == "day" and _of_act(tok, offset, t.start)]
    if not by_place and (spots or len({t.value for t in days}) < 2):
        return [ev]
    out = []
    for k, m in enumerate(people):
        end = people[k + 1].start if k + 1 < len(people) else offset + len(doc_text(tok.doc)) + 1
        where = [p for p in spots if m.end <= p.start < end]
        when = [t for t in (timexes if by_place else days) if m.end <= t.start < end and t.type in ("DATE", "TIME")]
        if not (where if by_place else when):
            return [ev]
        timex = when[0] if when else None
        if by_place and timex is not None and out and out[-1].timex is not None:
            timex = _in_order(timex, out[-1].timex)     # (a trip's legs; days told each with its person stand)
        out.append(replace(ev, recipients=[m], place=where[0] if by_place else ev.place, timex=timex))
    return out


def _of_act(tok, offset: int, at: int) -> bool:
    """Whether the phrase at a position hangs on the act (or on the verb that holds its noun) without a clause of its
    own between ("met Wang Yi, who had arrived on Sunday, and Lavrov on Monday": Sunday is the arrival's)."""
    x = token_at_offset(tok.doc, at - offset)
    act = {tok, tok.head} if tok.dep_ == "dobj" else {tok}      # (a meeting noun's verb: "had a meeting with ...")
    for _ in range(12):
        if x is None or x in act:
            return x is not None
        if x.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp") or x.head == x:
            return False
        x = x.head
    return False


def _in_order(timex: Timex, before: Timex) -> Timex:
    """A leg's weekday as told after the leg before it: "met Mohammed bin Salman in Jeddah on Monday, ... and Sheikh
    Mohamed bin Zayed in Abu Dhabi on Wednesday", read as of a Tuesday, is the Wednesday after that Monday, not the one
    before (a trip's legs are told in their order)."""
    # (a weekday alone, its direction read from the tense: not "last Wednesday", "the following Wednesday")
    day, prev = (timex.spec or {}).get("wd") if timex.rule == "weekday" else None, before.value
    if day is None or timex.precision != "day" or before.precision != "day" or not timex.value or not prev \
            or timex.value[:10] >= prev[:10]:
        return timex
    day_after = weekday_near(dt.date.fromisoformat(prev[:10]), day, "future-inclusive")
    return replace(timex, value=day_after.isoformat() + timex.value[10:])


def _place_head(doc, place: Place, offset: int):
    """The token a place's phrase hangs from: its last word's, past the words before it ("Abu" of "Abu Dhabi")."""
    x = token_at_offset(doc, place.start - offset)
    while x is not None and x.dep_ == "compound" and x.head.i > x.i and offset + x.head.idx < place.end:
        x = x.head
    return x
