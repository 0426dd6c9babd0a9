"""Charts of a timeline as inline SVG (no script, no network): events per month per dyad, the
conflict-cooperation line from PLOVER scores, and an issue-by-month heatmap.

Every dated event is charted, whatever its precision: an event known only to the month is in
that month, one known only to the year (or a season, a quarter, a week) in the month its interval
starts (a year-precision event of 2024 is counted in 2024-01); the tooltips say how many of a
month's events are placed there that way. Undated events are not charted."""
from __future__ import annotations

from collections import Counter, defaultdict
from html import escape

from ..time import value_to_date_range

PALETTE = ["#3b6ea8", "#d08c2e", "#4c9a5b", "#b04a5a", "#7a5ea8", "#3a9a9a", "#a0782e", "#666666"]


def month_of(ev: dict) -> str | None:
    """The month an event is charted in: its own, or the first month of a coarser interval."""
    d = ev.get("date") or ""
    if len(d) >= 7 and d[5:7].isdigit():
        return d[:7]
    if not d:
        return None
    rng = value_to_date_range(d)
    return rng[0].strftime("%Y-%m") if rng else None


def placed(ev: dict) -> bool:
    """Whether the event is charted at the start of an interval longer than a month."""
    d = ev.get("date") or ""
    return bool(d) and not (len(d) >= 7 and d[5:7].isdigit())


def _placed_note(evs: list[dict]) -> str:
    n = sum(placed(e) for e in evs)
    return f" ({n} known only to a longer interval, placed at its start)" if n else ""


def months_span(events: list[dict]) -> list[str]:
    ms = sorted({m for m in (month_of(e) for e in events) if m})
    if not ms:
        return []
    y, m = int(ms[0][:4]), int(ms[0][5:7])
    end = ms[-1]
    out = []
    while True:
        cur = f"{y:04d}-{m:02d}"
        out.append(cur)
        if cur >= end or len(out) > 600:
            break
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def _axis_labels(months: list[str], x0: float, step: float, y: float) -> str:
    every = max(1, -(-58 // max(int(step), 1)))      # a label needs about 58 px
    return "".join(f'<text x="{x0 + i * step + step / 2:.1f}" y="{y}" class="ax" text-anchor="middle">{m}</text>'
                   for i, m in enumerate(months) if i % every == 0)


def events_per_month(events: list[dict], width: int = 880, height: int = 220) -> str:
    months = months_span(events)
    if not months:
        return '<p class="empty">No dated events to chart.</p>'
    dyads = [d for d, _ in Counter(e.get("dyad") or "?" for e in events if month_of(e)).most_common(len(PALETTE))]
    counts: dict[str, Counter] = defaultdict(Counter)
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for e in events:
        m = month_of(e)
        if m:
            d = e.get("dyad") if e.get("dyad") in dyads else dyads[-1]
            counts[m][d] += 1
            members[(m, d)].append(e)
    top = max(sum(c.values()) for c in counts.values()) or 1
    x0, y0, plot_h = 40, 20, height - 60
    step = (width - x0 - 10) / len(months)
    parts = [f'<svg viewBox="0 0 {width} {height}" class="chart" role="img" aria-label="Events per month per dyad">']
    parts.append(f'<line x1="{x0}" y1="{y0 + plot_h}" x2="{width - 10}" y2="{y0 + plot_h}" class="axis"/>')
    parts.append(f'<text x="{x0 - 6}" y="{y0 + 8}" class="ax" text-anchor="end">{top}</text>')
    for i, m in enumerate(months):
        y = y0 + plot_h
        for j, d in enumerate(dyads):
            n = counts[m][d]
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            parts.append(f'<rect x="{x0 + i * step + 1:.1f}" y="{y:.1f}" width="{max(step - 2, 1):.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[j]}"><title>{escape(m)} {escape(d)}: {n}{_placed_note(members[(m, d)])}</title></rect>')
    parts.append(_axis_labels(months, x0, step, height - 25))
    for j, d in enumerate(dyads):
        parts.append(f'<rect x="{x0 + j * 130}" y="{height - 14}" width="10" height="10" fill="{PALETTE[j]}"/>'
                     f'<text x="{x0 + j * 130 + 14}" y="{height - 5}" class="ax">{escape(d)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def cooperation_line(events: list[dict], width: int = 880, height: int = 220) -> str:
    """Mean PLOVER score (-10 conflict ... +10 cooperation) of each month's events, per dyad."""
    months = months_span(events)
    scored = [e for e in events if month_of(e) and e.get("score") is not None and e["status"] != "planned"]
    if not months or not scored:
        return '<p class="empty">No dated events to chart.</p>'
    dyads = [d for d, _ in Counter(e.get("dyad") or "?" for e in scored).most_common(len(PALETTE))]
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
            evs = [e for e in scored if month_of(e) == m and (e.get("dyad") or "?") == d]
            if evs:
                v = sum(e["score"] for e in evs) / len(evs)
                x = x0 + i * step + step / 2
                pts.append((x, ypos(v), m, v, evs))
        if len(pts) > 1:
            parts.append(f'<polyline fill="none" stroke="{PALETTE[j]}" stroke-width="2" points="'
                         + " ".join(f"{x:.1f},{y:.1f}" for x, y, *_ in pts) + '"/>')
        for x, y, m, v, evs in pts:
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{PALETTE[j]}">'
                         f'<title>{escape(m)} {escape(d)}: mean score {v:+.1f} over {len(evs)} event(s)'
                         f'{_placed_note(evs)}</title></circle>')
    parts.append(_axis_labels(months, x0, step, height - 18))
    parts.append("</svg>")
    return "".join(parts)


def issue_heatmap(events: list[dict], width: int = 880) -> str:
    months = months_span(events)
    per: dict[str, Counter] = defaultdict(Counter)
    labels = {}
    for e in events:
        m = month_of(e)
        if not m:
            continue
        for i in e.get("issues", []):
            per[i["id"]][m] += 1
            labels[i["id"]] = i["label"]
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
        parts.append(f'<text x="{x0 - 6}" y="{y + 12}" class="ax" text-anchor="end">{escape(labels[k][:38])}</text>')
        for i, m in enumerate(months):
            n = per[k][m]
            alpha = 0.08 if not n else 0.25 + 0.75 * n / top
            parts.append(f'<rect x="{x0 + i * step:.1f}" y="{y}" width="{max(step - 1, 1):.1f}" height="{row - 2}" '
                         f'fill="#b04a5a" fill-opacity="{alpha:.2f}"><title>{escape(labels[k])}, {m}: {n}</title></rect>')
    parts.append(_axis_labels(months, x0, step, height - 12))
    parts.append("</svg>")
    return "".join(parts)
