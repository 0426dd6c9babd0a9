"""Whether two candidate events can be one event, and how strongly the evidence says they are.

`conflict(a, b)` names what rules the pair out, whatever else agrees:
- two candidates of one article (its own assembly told them apart);
- a phone call and a meeting; a meeting of three or more countries and a bilateral one;
- different people: no named person in common, or two different complete sets where someone of
  the same country stands on each side (the minister and the premier on one day), or whose countries
  differ (Biden-Kishida and Kishida-Yoon, each beside their trilateral);
- dates that cannot be one day: more than settings.DAY_WINDOW days apart, a day apart unless the
  same people met in the same place (time zones), a month or year that does not hold the day, or
  a weekday an undated report tells that is more than a day from the other's day.
`score(a, b)` adds the agreement of people, date, place and text (weights in settings.py).
"""
from __future__ import annotations

from . import settings as S
from .features import DATELINE, Features, cosine, same_city
from .keys import readings_in


def _country_of(f: Features, pid: str, person_country: dict[str, str | None]) -> str | None:
    return person_country.get(pid)


def people_conflict(a: Features, b: Features, person_country: dict[str, str | None]) -> str | None:
    A, B = a.persons, b.persons
    if A and B:
        if not A & B:
            return "no named person in common"
        if not (A <= B or B <= A):
            only_a = {person_country.get(p) for p in A - B} - {None}
            only_b = {person_country.get(p) for p in B - A} - {None}
            if only_a & only_b:
                return "different people of one country on each side"
            # the countries each report gives its parties (not the registry's, which a family name alone may
            # have linked to someone of another country)
            ca, cb = a.countries, b.countries
            if len(ca) >= 2 and len(cb) >= 2 and not (ca <= cb or cb <= ca):
                return "meetings of other countries"        # Biden-Kishida and Kishida-Yoon beside their trilateral
        return None
    # a report naming no one ("China and Japan held talks") fits the meeting of those countries
    small, big = (a, b) if not A else (b, a)
    if len(small.countries) >= 2 and not small.countries <= big.countries:
        return "other countries"
    if len(small.countries) < 2 and not small.unnamed and not (small.persons or big.persons):
        return "no parties to compare"
    for country, title in small.unnamed:
        named = [p for p in big.persons if person_country.get(p) == country]
        if not named and not any(c == country for c, _ in big.unnamed) and country not in big.countries:
            return "an unnamed party of another country"
    return None


def date_conflict(a: Features, b: Features) -> str | None:
    if not a.dated or not b.dated:
        if _weekday_fits(a, b) is False:
            return "not on the weekday the undated report tells"     # "met Netanyahu on Monday": not Thursday's
        if _far_from_dateline(a, b) or _far_from_dateline(b, a):
            return "far from the day of the undated report's dateline"
        if _other_month(a, b) or _other_month(b, a):
            return "not in the month the undated report tells"     # "expected to meet again in Astana in July"
        return None
    if a.day and b.day:
        gap = max(0, (max(a.lo, b.lo) - min(a.hi, b.hi)).days)       # (0 where a meeting of days holds the other)
        if gap > S.DAY_WINDOW:
            return f"{gap} days apart"
        if gap == 1 and (a.persons != b.persons or place_relation(a, b) < 0):
            return "a day apart, other people or place"
        return None
    if a.hi < b.lo or b.hi < a.lo:
        return "dates that do not overlap"
    return None


def _far_from_dateline(undated: Features, dated: Features) -> bool:
    """Whether an undated report of a meeting told in its days ("on Thursday", or with no date) has a dateline's day and
    month that lie more than a week from the day of a dated one in any year ("NEW DELHI, Mar 10 (PTI) ... on Thursday"
    is no meeting of May 24)."""
    if undated.told_on is None or undated.dated or not dated.day or undated.status == "background" \
            or (undated.spec and undated.weekday is None):
        return False
    readings = readings_in(undated.told_on, (dated.lo.year - 1, dated.lo.year, dated.lo.year + 1))
    # (any reading of an ambiguous date may be the day: "10/09/2024" beside "AMMAN, Sept 10")
    days = (dated.lo, *dated.other_days)
    return bool(readings) and min(abs((r - day).days) for r in readings for day in days) > S.DATELINE_REACH_DAYS


def _other_month(undated: Features, dated: Features) -> bool:
    """Whether an undated report tells a month ("in July", "on July 4") that no day of a dated report's span falls in."""
    spec = undated.spec or {}
    if undated.dated or not dated.dated or spec.get("kind") != "month_day" or not isinstance(spec.get("m"), int):
        return False
    months = {(dated.lo.year, dated.lo.month), (dated.hi.year, dated.hi.month)}
    return (dated.hi - dated.lo).days < 60 and all(m != spec["m"] for _, m in months)


def _on_weekday(undated: Features, dated: Features) -> bool:
    """Whether an undated report's weekday is the weekday of a report dated to one day."""
    return undated.weekday is not None and not undated.dated and dated.day and dated.lo == dated.hi \
        and dated.lo.weekday() == undated.weekday


def _near_weekday(f: Features, weekday: int) -> bool:
    """Whether a day of a meeting known to the day falls on a weekday, or a day from it (time zones, a report's
    "on Monday" of talks that began on Sunday)."""
    days = (f.hi - f.lo).days + 1
    apart = [(f.lo.weekday() + k - weekday) % 7 for k in range(min(days, 7))]
    return any(min(d, 7 - d) <= 1 for d in apart)


def conflict(a: Features, b: Features, person_country: dict[str, str | None]) -> str | None:
    if a.article_id == b.article_id:
        return "one article told them apart"
    return field_conflict(a, b, person_country)


def field_conflict(a: Features, b: Features, person_country: dict[str, str | None]) -> str | None:
    """What rules the pair out of its fields alone (all of `conflict` but the article)."""
    if a.type != b.type:
        return "different kinds of event"
    if a.mode and b.mode and (a.mode == "phone") != (b.mode == "phone"):
        return "a call and a meeting"
    if a.mode and b.mode and (a.mode == "multilateral") != (b.mode == "multilateral") \
            and len(a.countries) >= 2 and len(b.countries) >= 2 and a.countries != b.countries:
        return "a bilateral and a multilateral meeting"
    return people_conflict(a, b, person_country) or date_conflict(a, b)


def place_relation(a: Features, b: Features) -> float:
    if not a.place and not b.place and a.mode == "phone" and b.mode == "phone" and (
            a.day and b.day or _on_weekday(a, b) or _on_weekday(b, a)):
        return S.W_PLACE_SAME          # two calls told to the day: the line is their place ("a virtual summit on
                                       # Monday evening", "a virtual meeting on Tuesday morning Beijing time"), or one
                                       # undated on the weekday of the other's day ("her telephone conversation with
                                       # Trump on Thursday")
    if not a.place or not b.place:
        return 0.0
    (na, ca, ka), (nb, cb, kb) = a.place, b.place
    if ca and cb and ca != cb:
        return 0.0 if DATELINE in (ka, kb) else S.W_PLACE_OTHER_COUNTRY
    if "guess" in (ka, kb) or DATELINE in (ka, kb):
        # a capital guessed for a visit told only "in Germany" agrees with the city a report names there if it is that
        # city, and is no other city than another
        return S.W_PLACE_SAME if same_city(na, nb, ca or cb) else 0.0
    if (na or "").lower() == (nb or "").lower() and ka == kb:
        return S.W_PLACE_SAME          # "in Malta" twice: a city-state named as a country
    if ka == "country" or kb == "country":
        return 0.0
    if same_city(na, nb, ca or cb):    # ("Delhi" and "New Delhi")
        return S.W_PLACE_SAME
    return S.W_PLACE_OTHER_CITY


def _unnamed_fill(small: Features, big: Features) -> bool:
    """Whether the people one report names and the officials it leaves unnamed are the other's people: "Pezeshkian
    and the Emir of Qatar spoke by telephone" against "Pezeshkian held a call with Emir Tamim"."""
    return bool(small.unnamed) and small.persons < big.persons and small.countries == big.countries and \
        len(small.persons) + len(small.unnamed) == len(big.persons) and \
        {c for c, _ in small.unnamed} <= big.countries


def ceiling(a: Features) -> float:
    """The highest score `a` can reach against any candidate: every term of `score` at its best
    (a pruned search stops once no unseen candidate can change its outcome)."""
    people = max(S.W_PEOPLE_SAME, S.W_PEOPLE_SUBSET, S.W_PEOPLE_ONE, S.W_STATES)
    date = max(S.W_DATE_SAME, S.W_DATE_NEAR, S.W_DATE_COARSE) if a.day else S.W_DATE_COARSE if a.dated else \
        S.W_DATE_WEEKDAY if a.weekday is not None else 0.0
    place = max(S.W_PLACE_SAME, 0.0) if a.place or (a.mode == "phone" and (a.day or a.weekday is not None)) else 0.0
    return people + max(date, 0.0) + place + max(S.W_TEXT, 0.0) + 1e-9


def score(a: Features, b: Features) -> float:
    return field_score(a, b) + S.W_TEXT * cosine(a, b)


def field_score(a: Features, b: Features) -> float:
    """The score of the pair's people, dates and place: all of `score` but the text (what two
    reports of the same fields, `alike.signature`, share)."""
    s = 0.0
    A, B = a.persons, b.persons
    if A and B:
        if A == B:
            s += S.W_PEOPLE_SAME
        elif (A <= B or B <= A) and min(len(A), len(B)) >= 2 or _unnamed_fill(a, b) or _unnamed_fill(b, a):
            s += S.W_PEOPLE_SUBSET
        else:
            s += S.W_PEOPLE_ONE
    elif a.countries == b.countries and len(a.countries) >= 2:
        s += S.W_STATES if not (a.persons or b.persons) else S.W_PEOPLE_SUBSET   # unnamed parties that fit
    else:
        s += S.W_PEOPLE_ONE
    if a.day and b.day:
        s += S.W_DATE_SAME if a.lo <= b.hi and b.lo <= a.hi else S.W_DATE_NEAR
    elif a.dated and b.dated:
        s += S.W_DATE_COARSE
    elif _weekday_fits(a, b):
        # an undated report's "on Tuesday" that the dated one's day falls on (or a day from it: time zones)
        s += S.W_DATE_WEEKDAY if _on_weekday(a, b) or _on_weekday(b, a) else S.W_DATE_NEAR
    s += place_relation(a, b)
    return s


def _weekday_fits(a: Features, b: Features) -> bool | None:
    """Whether the weekday the undated report of a pair tells fits the day of the dated one (a day either way); None
    where the pair is not one undated report with a weekday and one dated to the day."""
    if a.dated == b.dated:
        return None
    undated, dated = (a, b) if not a.dated else (b, a)
    if undated.weekday is None or not dated.day:
        return None
    return _near_weekday(dated, undated.weekday)
