"""Claims that sources make about the history of a relationship, checked against the timeline.

"the first one-to-one talks in eight months", "the first visit since April 2023", "the first
meeting since Ishiba took office": each names a window before the event in which no comparable
meeting should exist. The window is compared with the meetings Parley holds for the same dyad:
an earlier meeting inside the window contradicts the claim; none inside it agrees with the claim
only when the timeline holds a comparable meeting before the window (the corpus reaches back that
far, and the last meeting it knows is older than the claim says). Otherwise the claim is
unverified: the database holds nothing to compare it with, and silence is not agreement. A claim
that cannot be checked at all (an undated event, not a meeting, no window read) is unverified too.
"""
from __future__ import annotations

import datetime as dt
import re

from ..time import value_to_date_range

NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
UNIT_DAYS = {"year": 365, "month": 30, "week": 7, "decade": 3650}


def _window_start(claim: dict, event_start: dt.date) -> tuple[dt.date | None, str]:
    if claim.get("within"):
        m = re.match(r"(?:more\s+than\s+)?(\w+)\s+(year|month|week|decade)s?", claim["within"], re.I)
        if m:
            n = NUMBERS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else None)
            if n:
                days = n * UNIT_DAYS[m.group(2).lower()]
                # "in eight months": nothing in the preceding eight months (a week's slack for rounding)
                return event_start - dt.timedelta(days=days - 7), f"no comparable meeting in the {n} {m.group(2)}(s) before"
    if claim.get("since_value"):
        r = value_to_date_range(claim["since_value"])
        if r:
            return r[1] + dt.timedelta(days=1), f"no comparable meeting since {claim['since_value']}"
    return None, ""


def check_claims(event: dict, dyad_events: list[dict]) -> list[dict]:
    """The event's claims, each with a verdict: agrees / contradicted / unverified."""
    out = []
    rng = value_to_date_range(event.get("date")) if event.get("date") else None
    for claim in event.get("claims", []):
        claim = {k: v for k, v in claim.items() if k not in ("verdict", "detail", "against")}
        if rng is None or event["type"] != "CONSULT":
            claim.update(verdict="unverified", detail="not checked: " + ("the event has no date" if rng is None
                                                                        else "not a meeting"))
            out.append(claim)
            continue
        start, meaning = _window_start(claim, rng[0])
        if start is None:
            claim.update(verdict="unverified", detail="not checked: no time window could be read from the claim")
            out.append(claim)
            continue
        # "the first visit ... since": only visits count; "first face-to-face talks": not phone calls
        what = (claim.get("what") or "").lower()
        modes = {"visit"} if "visit" in what or "trip" in what else None
        no_phone = bool(re.search(r"face-to-face|in-person|in person", what))
        against, before = [], []
        for other in dyad_events:
            if other["id"] == event["id"] or other.get("status") == "planned" or not other.get("date"):
                continue
            if (modes and other.get("mode") not in modes) or (no_phone and other.get("mode") == "phone"):
                continue
            r = value_to_date_range(other["date"])
            if r and start <= r[0] and r[1] < rng[0]:
                against.append({"id": other["id"], "date": other["date"]})
            elif r and r[1] < start:
                before.append(other["date"])
        if against:
            claim.update(verdict="contradicted", against=against,
                         detail=f"{meaning}, but the timeline holds {len(against)} earlier meeting(s) of this dyad in that window")
        elif before:
            claim.update(verdict="agrees", detail=f"{meaning}: the timeline holds none in that window, "
                                                  f"and its last one before is of {max(before)}")
        else:
            claim.update(verdict="unverified", detail=f"{meaning}: the timeline holds no comparable meeting of "
                                                      "this dyad before the event to compare with")
        out.append(claim)
    return out
