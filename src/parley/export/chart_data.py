"""What the charts draw, as counts: events per month and dyad, PLOVER scores per month and dyad,
issues per month. Built from event dicts (an export of a few events) or by SQL aggregates over
the flat event columns (the web app over a large store: no event is read whole).

A month is an event's own month, or the first month of a coarser interval (a year, a season, a
quarter, a week), counted as "placed" so that the tooltips can say so (see charts.py).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..time import value_to_date_range


def month_of(date: str | None) -> tuple[str | None, bool]:
    """(the month an event is charted in, whether it is placed there from a longer interval)."""
    d = date or ""
    if len(d) >= 7 and d[5:7].isdigit():
        return d[:7], False
    if not d:
        return None, False
    rng = value_to_date_range(d)
    return (rng[0].strftime("%Y-%m"), True) if rng else (None, False)


@dataclass
class ChartData:
    per_month: dict[tuple[str, str], list[int]] = field(default_factory=dict)     # (month, dyad) -> [n, placed]
    scores: dict[tuple[str, str], list[float]] = field(default_factory=dict)      # (month, dyad) -> [sum, n, placed]
    issues: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))   # issue id -> month -> n
    labels: dict[str, str] = field(default_factory=dict)

    def add(self, month: str, dyad: str | None, n: int = 1, placed: int = 0, score: float | None = None,
            status: str | None = None, issues: list[str] = ()) -> None:
        dyad = dyad or "?"
        c = self.per_month.setdefault((month, dyad), [0, 0])
        c[0] += n
        c[1] += placed
        if score is not None and status != "planned":
            s = self.scores.setdefault((month, dyad), [0.0, 0, 0])
            s[0] += score * n
            s[1] += n
            s[2] += placed
        for i in issues:
            self.issues[i][month] += n

    def months(self) -> list[str]:
        """Every month from the first charted to the last (at most 600)."""
        ms = sorted({m for m, _ in self.per_month})
        if not ms:
            return []
        y, m = int(ms[0][:4]), int(ms[0][5:7])
        out = []
        while True:
            cur = f"{y:04d}-{m:02d}"
            out.append(cur)
            if cur >= ms[-1] or len(out) > 600:
                break
            m += 1
            if m == 13:
                y, m = y + 1, 1
        return out


def from_events(events: list[dict]) -> ChartData:
    data = ChartData()
    for e in events:
        month, placed = month_of(e.get("date"))
        if not month:
            continue
        ids = []
        for i in e.get("issues") or []:
            ids.append(i["id"])
            data.labels[i["id"]] = i.get("label") or i["id"]
        data.add(month, e.get("dyad"), 1, int(placed), e.get("score"), e.get("status"), ids)
    return data


MONTH_SQL = ("CASE WHEN length(e.date) >= 7 AND substr(e.date, 6, 2) GLOB '[0-9][0-9]' "
             "THEN substr(e.date, 1, 7) ELSE substr(e.date_start, 1, 7) END")
PLACED_SQL = "CASE WHEN length(e.date) >= 7 AND substr(e.date, 6, 2) GLOB '[0-9][0-9]' THEN 0 ELSE 1 END"


def from_store(store, where: list[str], params: list) -> ChartData:
    """The chart counts of the events that `where` (clauses on `events e`) selects, by SQL
    aggregates over the flat columns."""
    from ..extract.issues import taxonomy

    cond = " AND ".join(["e.date IS NOT NULL", "e.date_start IS NOT NULL", *where])
    data = ChartData()
    rows = store.query(f"SELECT {MONTH_SQL} AS m, {PLACED_SQL} AS placed, e.dyad, e.status, e.score, e.issues, "
                       f"COUNT(*) AS n FROM events e WHERE {cond} GROUP BY m, placed, e.dyad, e.status, e.score, "
                       "e.issues", tuple(params))
    for r in rows:
        ids = [i for i in (r["issues"] or "").split(";") if i]
        data.add(r["m"], r["dyad"], r["n"], r["placed"] * r["n"], r["score"], r["status"], ids)
    labels = {i.id: i.label for i in taxonomy()}
    data.labels = {i: labels.get(i, i.replace("-", " ").replace("_", " ")) for i in data.issues}
    return data
