"""The timeline's query parameters on the web, with the CLI's names: `between` (twice), `country`,
`actor`, `type`, `issue`, `status`, `from`, `to`, `text` (`q` is the same as `text`). The older
names `a` and `b` (two countries) still work. Values are checked by parley.filters; a mistake is
a BadFilter, answered with 400 and its one-line message (an HTML page, or JSON under /api/)."""
from __future__ import annotations

from typing import Optional

from fastapi import Query

from ..export.query import EventFilter
from ..filters import FilterError, build_filter


class BadFilter(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def event_filter(
    between: Optional[list[str]] = Query(None, description="Two states (names or ISO codes): events between them. "
                                                           "One alone is the same as `country`."),
    country: Optional[str] = Query(None, description="A country (name or ISO code) or organisation"),
    actor: Optional[str] = Query(None, description="A person (any part of the name)"),
    type: Optional[str] = Query(None, description="PLOVER category, e.g. CONSULT"),
    issue: Optional[str] = Query(None, description="Issue id or label words"),
    status: Optional[str] = Query(None, description="happened | planned | background"),
    date_from: Optional[str] = Query(None, alias="from", description="ISO date or prefix (2024, 2024-03), inclusive"),
    date_to: Optional[str] = Query(None, alias="to", description="ISO date or prefix, inclusive"),
    text: Optional[str] = Query(None, description="Words in the summary, statements or evidence"),
    q: Optional[str] = Query(None, description="The same as `text`"),
    a: Optional[str] = Query(None, description="Older name: a country (with `b`, events between a and b)"),
    b: Optional[str] = Query(None, description="Older name: a second country"),
) -> EventFilter:
    """The timeline's filters, shared by the page and the API."""
    pair = [x for x in [*(between or []), a, b] if x and x.strip()]
    if len(pair) == 1 and not (country and country.strip()):
        country, pair = pair[0], []         # one country chosen of the two: events involving it
    try:
        return build_filter(pair or None, country, actor, type, issue, status, date_from, date_to, text or q)
    except FilterError as exc:
        raise BadFilter(exc.message(dashes="")) from None
