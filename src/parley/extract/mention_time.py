"""What a mention's time expression gives to compare meetings by: its value, or against one shared hypothetical
anchor where the article has no date yet; the span of days it names; whether it is told as going on now."""
from __future__ import annotations

import datetime as dt

from ..time import Timex
from ..time.resolve import resolve
from .context import ArticleContext
from .cues import BE_NOW, GOING_ON
from .sentence_event import SentenceEvent

# An undated article's relative dates are compared as if it had been published on this day: "a
# year ago" and "on Monday" cannot be one day, whatever the real date.
HYPOTHETICAL_ANCHOR = dt.date(2000, 6, 14)


def span_end(t: Timex, value: str | None = None) -> str | None:
    """The last day of a span of days that a time expression gives ("from Nov. 13 to 21", "on 26-27 January"), its
    first day `value` (else its own), if it does."""
    second = t.spec.get("second_day")
    value = value or t.value
    if not second or not value or len(value.split("T")[0]) != 10:
        return None
    try:
        first = dt.date.fromisoformat(value[:10])
        end = first.replace(day=second[2]) if second[2] >= first.day else None
    except (ValueError, TypeError, IndexError):
        return None
    return end.isoformat() if end is not None and (end - first).days >= 1 else None


def with_second_day(value: str, t: Timex) -> str:
    """A day's value, or where its expression names a span of days ("from 24 to 26 October"), the span's (an ISO
    8601 interval: a visit of those days holds a meeting on any of them)."""
    end = span_end(t, value) if len(value) == 10 else None
    return f"{value}/{end}" if end else value


def comparable_value(t: Timex | None) -> str | None:
    """A time expression's value, or for one that waits for an anchor, its value against one
    shared hypothetical anchor (so that two of them can still be told apart)."""
    if t is None:
        return None
    if t.value or not t.spec or t.type not in ("DATE", "TIME"):
        return t.value
    try:
        return resolve(t.spec, HYPOTHETICAL_ANCHOR, t.direction or "past")[0]
    except Exception:
        return None

def told_going_on(ctx: ArticleContext, ev: SentenceEvent) -> bool:
    """Whether a mention is told as going on as the report is written ("Lavrov and Wang Yi are holding talks")."""
    start = ctx.spans[ev.sentence][0]
    # (or the mention is that verb: "Netanyahu and Trump are now meeting in the Oval Office")
    return bool(GOING_ON.search(ctx.text, start, ev.trigger[0])) or (
        not ev.noun and ev.trigger_text.lower().endswith("ing")
        and bool(BE_NOW.search(ctx.text, max(start, ev.trigger[0] - 20), ev.trigger[0])))
