"""Checking the timeline's filter values at the edge: one module for the CLI, the library API and
the web app, so that a mistake gets the same one-line answer everywhere.

- dates are ISO 8601 prefixes that exist: `2024`, `2024-03`, `2024-03-05` (not `2024-13-45`,
  not `yesterday`); `from` may not come after `to` (compared as the intervals they name:
  `--from 2024-03 --to 2024` is fine, `--from 2024-05 --to 2024-03` is not);
- countries are names, demonyms, capitals or ISO 3166-1 codes, alpha-2 or alpha-3 (`Japan`,
  `Japanese`, `JP`, `JPN`), turned into ISO alpha-3, the code the events carry; an unknown name
  is answered with the nearest known one ("did you mean ...?"). `country` also takes an
  organisation (`UN`, `UNO`, `NATO`) as the events' participants may be one; `between` names a
  dyad, and a dyad is two different states;
- a type is a PLOVER category (any case); a status is happened, planned or background.

A mistake raises FilterError, whose `message()` is one line naming the parameter by the CLI's
name (`--from`, or `from` on the web).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Iterable

from .export.query import EventFilter
from .extract.lexicon import SCORES

PLOVER_TYPES: tuple[str, ...] = tuple(k for k in SCORES if ":" not in k)
STATUSES: tuple[str, ...] = ("happened", "planned", "background")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class FilterError(ValueError):
    """A filter value that cannot be used: `field` is the parameter's CLI name without dashes."""

    def __init__(self, field: str, detail: str):
        super().__init__(f"{field}: {detail}")
        self.field, self.detail = field, detail

    def message(self, dashes: str = "--") -> str:
        return f"{dashes}{self.field}: {self.detail}"


# -- dates ---------------------------------------------------------------------------------------
def date_interval(value: str, field: str = "date") -> tuple[dt.date, dt.date]:
    """The first and last day an ISO prefix names; FilterError when it is not one or does not exist."""
    m = DATE_RE.match(value.strip())
    if not m:
        raise FilterError(field, f"{value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-03-05)")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            day = dt.date(y, int(mo), int(d))
            return day, day
        if mo:
            first = dt.date(y, int(mo), 1)
            nxt = dt.date(y + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        raise FilterError(field, f"{value!r} is not a date that exists") from None


def check_date(value: str, field: str) -> str:
    date_interval(value, field)
    return value.strip()


# -- countries -----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """({lowercased name or code: ISO3}, {lowercased organisation name or code: PLOVER code}, states)."""
    import pycountry

    from .extract.gazetteer import gazetteer

    gaz = gazetteer()
    states: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("alpha_2", "alpha_3", "name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                states.setdefault(v.lower(), c.alpha_3)
    for code, name in gaz.country_name.items():
        states.setdefault(code.lower(), code)
        states.setdefault(name.lower(), code)
    orgs: dict[str, str] = {}
    for key, entries in [*gaz.lookup.items(), *((k.lower(), v) for k, v in gaz.exact.items())]:
        for e in entries:
            if e.kind == "org" and e.code not in gaz.country_name:
                orgs.setdefault(key, e.code)
                orgs.setdefault(e.code.lower(), e.code)
    return states, orgs, frozenset(states.values())


def is_state(code: str | None) -> bool:
    """Whether an event's country code is a state (ISO 3166-1 alpha-3), not an organisation (UNO, EUR, IGO...)."""
    return bool(code) and code in _countries()[2]


def country(value: str, field: str = "country", states_only: bool = False) -> str:
    """The ISO alpha-3 code (or, unless `states_only`, an organisation's PLOVER code) of a name or code."""
    from .extract.gazetteer import gazetteer

    v = value.strip()
    if not v:
        raise FilterError(field, "empty country")
    states, orgs, _ = _countries()
    code = states.get(v.lower()) or gazetteer().country_of_word(v)
    if code:
        return code
    org = orgs.get(v.lower())
    if org:
        if states_only:
            raise FilterError(field, f"{v!r} is an organisation ({org}), not a state; a dyad is two states")
        return org
    hint = suggest(v, list(states) + ([] if states_only else list(orgs)))
    raise FilterError(field, f"unknown country {v!r}" + (f"; did you mean {hint}?" if hint
                                                         else " (a name or an ISO code: Japan, JP, JPN)"))


def suggest(value: str, choices: Iterable[str]) -> str | None:
    """The known name nearest to a mistyped one (rapidfuzz), written as the data writes it."""
    from rapidfuzz import fuzz, process

    names = [c for c in choices if len(c) > 3]
    best = process.extractOne(value.lower(), names, scorer=fuzz.ratio, score_cutoff=60)
    if not best:
        return None
    import pycountry

    code = _countries()[0].get(best[0]) or _countries()[1].get(best[0])
    rec = pycountry.countries.get(alpha_3=code) if code else None
    return f"{rec.name if rec and rec.name.lower() == best[0] else best[0].title()} ({code})" if code else best[0]


# -- the whole filter ----------------------------------------------------------------------------
def check_choice(value: str, field: str, choices: tuple[str, ...], upper: bool = False) -> str:
    v = value.strip().upper() if upper else value.strip().lower()
    if v not in choices:
        raise FilterError(field, f"unknown {field} {value!r}; choose one of {', '.join(choices)}")
    return v


def build_filter(between: Iterable[str] | None = None, country_: str | None = None, actor: str | None = None,
                 type_: str | None = None, issue: str | None = None, status: str | None = None,
                 date_from: str | None = None, date_to: str | None = None, text: str | None = None) -> EventFilter:
    """An EventFilter of checked, normalised values (ISO3 countries, upper-case type); empty values
    are no filter; FilterError names the first mistake."""
    def clean(v: str | None) -> str | None:
        return v.strip() if isinstance(v, str) and v.strip() else None

    pair = [b for b in (between or []) if clean(b)]
    dyad = None
    if pair:
        if len(pair) != 2:
            raise FilterError("between", f"takes exactly two countries, got {len(pair)}: --between A --between B")
        dyad = tuple(country(b, "between", states_only=True) for b in pair)
        if dyad[0] == dyad[1]:
            raise FilterError("between", f"needs two different countries, got {pair[0]!r} and {pair[1]!r} ({dyad[0]})")
    f_from = check_date(date_from, "from") if clean(date_from) else None
    f_to = check_date(date_to, "to") if clean(date_to) else None
    if f_from and f_to and date_interval(f_from)[0] > date_interval(f_to)[1]:
        raise FilterError("from", f"{f_from} comes after --to {f_to}")
    return EventFilter(
        between=dyad, country=country(country_) if clean(country_) else None, actor=clean(actor),
        type=check_choice(type_, "type", PLOVER_TYPES, upper=True) if clean(type_) else None,
        issue=clean(issue), status=check_choice(status, "status", STATUSES) if clean(status) else None,
        date_from=f_from, date_to=f_to, text=clean(text))


def check_filter(f: EventFilter) -> EventFilter:
    """The same checks on an EventFilter built elsewhere (the library API's keywords)."""
    return build_filter(f.between, f.country, f.actor, f.type, f.issue, f.status, f.date_from, f.date_to, f.text)
