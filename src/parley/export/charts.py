"""Charts of a timeline as inline SVG (no script, no network): events per month per dyad, the
conflict-cooperation line from PLOVER scores, and an issue-by-month heatmap.

Every dated event is charted, whatever its precision: an event known only to the month is in
that month, one known only to the year (or a season, a quarter, a week) in the month its interval
starts (a year-precision event of 2024 is counted in 2024-01); the tooltips say how many of a
month's events are placed there that way. Undated events are not charted."""
from __future__ import annotations

from collections import Counter
from html import escape

from .chart_data import ChartData, from_events, month_of as _month_of

PALETTE = ["#3b6ea8", "#d08c2e", "#4c9a5b", "#b04a5a", "#7a5ea8", "#3a9a9a", "#a0782e", "#666666"]


def month_of(ev: dict) -> str | None:
    """The month an event is charted in: its own, or the first month of a coarser interval."""
    return _month_of(ev.get("date"))[0]


def _data(events) -> ChartData:
    return events if isinstance(events, ChartData) else from_events(events)


def _placed_note(n: int) -> str:
    return f" ({n} known only to a longer interval, placed at its start)" if n else ""


def _axis_labels(months: list[str], x0: float, step: float, y: float) -> str:
    every = max(1, -(-58 // max(int(step), 1)))      # a label needs about 58 px
    return "".join(f'<text x="{x0 + i * step + step / 2:.1f}" y="{y}" class="ax" text-anchor="middle">{m}</text>'
                   for i, m in enumerate(months) if i % every == 0)


def events_per_month(events, width: int = 880, height: int = 220) -> str:
    """Stacked bars: events per month, per dyad (the seven most frequent; the rest together)."""
    data = _data(events)
    months = data.months()
    if not months:
        return '<p class="empty">No dated events to chart.</p>'
    totals: Counter = Counter()
    for (m, d), (n, _) in data.per_month.items():
        totals[d] += n
    dyads = [d for d, _ in totals.most_common(len(PALETTE))]
    counts: dict[str, Counter] = {}
    placed: Counter = Counter()
    for (m, d), (n, p) in data.per_month.items():
        d = d if d in dyads else dyads[-1]
        counts.setdefault(m, Counter())[d] += n
        placed[(m, d)] += p
    top = max(sum(c.values()) for c in counts.values()) or 1
    x0, y0, plot_h = 40, 20, height - 60
    step = (width - x0 - 10) / len(months)
    parts = [f'<svg viewBox="0 0 {width} {height}" class="chart" role="img" aria-label="Events per month per dyad">']
    parts.append(f'<line x1="{x0}" y1="{y0 + plot_h}" x2="{width - 10}" y2="{y0 + plot_h}" class="axis"/>')
    parts.append(f'<text x="{x0 - 6}" y="{y0 + 8}" class="ax" text-anchor="end">{top}</text>')
    for i, m in enumerate(months):
        y = y0 + plot_h
        for j, d in enumerate(dyads):
            n = counts.get(m, Counter())[d]
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            parts.append(f'<rect x="{x0 + i * step + 1:.1f}" y="{y:.1f}" width="{max(step - 2, 1):.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[j]}"><title>{escape(m)} {escape(d)}: {n}{_placed_note(placed[(m, d)])}</title></rect>')
    parts.append(_axis_labels(months, x0, step, height - 25))
    for j, d in enumerate(dyads):
        parts.append(f'<rect x="{x0 + j * 130}" y="{height - 14}" width="10" height="10" fill="{PALETTE[j]}"/>'
                     f'<text x="{x0 + j * 130 + 14}" y="{height - 5}" class="ax">{escape(d)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def cooperation_line(events, width: int = 880, height: int = 220) -> str:
    """Mean PLOVER score (-10 conflict ... +10 cooperation) of each month's events, per dyad."""
    data = _data(events)
    months = data.months()
    if not months or not data.scores:
        return '<p class="empty">No dated events to chart.</p>'
    totals: Counter = Counter()
    for (m, d), (_, n, _) in data.scores.items():
        totals[d] += n
    dyads = [d for d, _ in totals.most_common(len(PALETTE))]
    x0, y0, plot_h = 40, 15, height - 50
    step = (width - x0 - 10) / len(months)

    def ypos(v: float) -> float:
        return y0 + plot_h * (10 - v) / 20

    parts = [f'<svg viewBox="0 0 {width} {height}" class="chart" role="img" aria-label="Conflict-cooperation line">']
    for v in (10, 0, -10):
        parts.append(f'<line x1="{x0}" y1="{ypos(v):.1f}" x2="{width - 10}" y2="{ypos(v):.1f}" class="{"zero" if v == 0 else "grid"}"/>'
                     f'<text x="{x0 - 6}" y="{ypos(v) + 4:.1f}" class="ax" text-anchor="end">{v:+d}</text>')
    for j, d in enumerate(dyads):
        pts = []
        for i, m in enumerate(months):
            if (m, d) in data.scores:
                total, n, placed = data.scores[(m, d)]
                v = total / n
                x = x0 + i * step + step / 2
                pts.append((x, ypos(v), m, v, n, placed))
        if len(pts) > 1:
            parts.append(f'<polyline fill="none" stroke="{PALETTE[j]}" stroke-width="2" points="'
                         + " ".join(f"{x:.1f},{y:.1f}" for x, y, *_ in pts) + '"/>')
        for x, y, m, v, n, placed in pts:
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{PALETTE[j]}">'
                         f'<title>{escape(m)} {escape(d)}: mean score {v:+.1f} over {int(n)} event(s)'
                         f'{_placed_note(int(placed))}</title></circle>')
    parts.append(_axis_labels(months, x0, step, height - 18))
    parts.append("</svg>")
    return "".join(parts)


def issue_heatmap(events, width: int = 880) -> str:
    data = _data(events)
    months = data.months()
    per, labels = data.issues, data.labels
    if not months or not per:
        return '<p class="empty">No issues to chart.</p>'
    issues = sorted(per, key=lambda k: -sum(per[k].values()))[:15]
    x0, row = 230, 18
    step = (width - x0 - 10) / len(months)
    height = row * len(issues) + 40
    top = max(max(c.values()) for c in per.values())
    parts = [f'<svg viewBox="0 0 {width} {height}" class="chart" role="img" aria-label="Issues by month">']
    for r, k in enumerate(issues):
        y = 10 + r * row
        parts.append(f'<text x="{x0 - 6}" y="{y + 12}" class="ax" text-anchor="end">{escape(labels.get(k, k)[:38])}</text>')
        for i, m in enumerate(months):
            n = per[k][m]
            alpha = 0.08 if not n else 0.25 + 0.75 * n / top
            parts.append(f'<rect x="{x0 + i * step:.1f}" y="{y}" width="{max(step - 1, 1):.1f}" height="{row - 2}" '
                         f'fill="#b04a5a" fill-opacity="{alpha:.2f}"><title>{escape(labels.get(k, k))}, {m}: {n}</title></rect>')
    parts.append(_axis_labels(months, x0, step, height - 12))
    parts.append("</svg>")
    return "".join(parts)
