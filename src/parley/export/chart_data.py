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
            self.add_scores(month, dyad, score * n, n, placed)
        for i in issues:
            self.issues[i][month] += n

    def add_scores(self, month: str, dyad: str | None, total: float, n: int, placed: int) -> None:
        s = self.scores.setdefault((month, dyad or "?"), [0.0, 0, 0])
        s[0] += total
        s[1] += n
        s[2] += placed

    def fold(self, keep: int) -> "ChartData":
        """The counts with at most `keep` dyads in each chart: the most frequent, and the others
        counted with the last of them (as the charts draw them)."""
        self.per_month = _fold(self.per_month, keep)
        self.scores = _fold(self.scores, keep)
        return self

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


def _fold(counts: dict, keep: int) -> dict:
    top = _top({d: c[1] if len(c) == 3 else c[0] for d, c in _totals(counts).items()}, keep)
    out: dict = {}
    for (m, d), c in sorted(counts.items()):
        k = (m, d if d in top else top[-1])
        out[k] = [a + b for a, b in zip(out.get(k, [0] * len(c)), c)]
    return out


def _totals(counts: dict) -> dict:
    tot: dict = {}
    for (_, d), c in counts.items():
        tot[d] = [a + b for a, b in zip(tot.get(d, [0] * len(c)), c)]
    return tot


def _top(totals: dict[str, float], keep: int) -> list[str]:
    """The `keep` dyads with the most events, most first (ties by name)."""
    return [d for d, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]]


def _folded_sql(top: list[str]) -> tuple[str, list]:
    """SQL for a dyad folded into `top` (the others counted with its last), and its parameters."""
    if not top:
        return "COALESCE(e.dyad, '?')", []
    return (f"CASE WHEN COALESCE(e.dyad, '?') IN ({','.join('?' * len(top))}) THEN COALESCE(e.dyad, '?') ELSE ? END",
            [*top, top[-1]])


def from_events(events: list[dict], keep: int = 8) -> ChartData:
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
    return data.fold(keep)


def from_store(store, where: list[str], params: list, keep: int = 8) -> ChartData:
    """The chart counts of the events that `where` (clauses on `events e`) selects, by SQL
    aggregates over the indexed chart columns (schema 9: chart_month, chart_placed), with the
    dyads folded into the `keep` most frequent in SQL (a month of each, not of every dyad)."""
    from ..extract.issues import issue_labels

    cond = " AND ".join(["e.chart_month IS NOT NULL", *where])
    scored = f"{cond} AND e.score IS NOT NULL AND e.status != 'planned'"
    data = ChartData()
    for clause, add in ((cond, None), (scored, "scores")):
        totals = {r["d"]: r["n"] for r in store.query(
            f"SELECT COALESCE(e.dyad, '?') AS d, COUNT(*) AS n FROM events e WHERE {clause} GROUP BY d", tuple(params))}
        dyad, dparams = _folded_sql(_top(totals, keep))
        rows = store.query(f"SELECT e.chart_month AS m, e.chart_placed AS placed, {dyad} AS d, COUNT(*) AS n, "
                           f"SUM(e.score) AS total FROM events e WHERE {clause} GROUP BY m, placed, d",
                           tuple(dparams + list(params)))
        for r in rows:
            if add:
                data.add_scores(r["m"], r["d"], r["total"], r["n"], r["placed"] * r["n"])
            else:
                data.add(r["m"], r["d"], r["n"], r["placed"] * r["n"])
    for r in store.query(f"SELECT e.chart_month AS m, e.issues, COUNT(*) AS n FROM events e WHERE {cond} "
                         "AND e.issues IS NOT NULL GROUP BY e.chart_month, e.issues", tuple(params)):
        for i in r["issues"].split(";"):
            if i:
                data.issues[i][r["m"]] += r["n"]
    labels = issue_labels()
    data.labels = {i: labels.get(i, i.replace("-", " ").replace("_", " ")) for i in data.issues}
    return data
