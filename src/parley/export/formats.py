"""Timeline formats: Rich table, Markdown, JSON, CSV, Parquet, TimelineJS.

Everything in an event may come from an article, so it is written as data, never as markup
or code: a CSV cell that a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM")
starts with an apostrophe; Markdown escapes HTML and its own markup characters; TimelineJS
(which renders HTML) gets escaped text.
"""
from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import quote, urlsplit

from rich.markup import escape
from rich.table import Table

from ..contract import event_row
from .tabular import FLAT_COLUMNS, flat_rows, to_csv, to_json, to_jsonl, to_parquet, write_csv  # noqa: F401

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")        # what spreadsheets read as the start of a formula
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~])")


def csv_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text (OWASP: CSV injection): a string that would start a
    formula gets a leading apostrophe; numbers and other strings are kept as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def md(text: Any) -> str:
    """Text for Markdown: on one line, with HTML and Markdown's own characters escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def safe_url(url: Any) -> str | None:
    """A web address fit for a link target: http(s) only (no javascript:, data:, file:), with the
    characters that would end a Markdown link or an HTML attribute percent-encoded."""
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")


def md_link(text: Any, url: Any) -> str:
    """A Markdown link when `url` is a web address, else the escaped text."""
    target = safe_url(url)
    return f"[{md(text)}]({target})" if target else md(text)


def outlets(ev: dict) -> str:
    return ", ".join(dict.fromkeys(s.get("outlet") or (s.get("path") or "").rsplit("/", 1)[-1] or s.get("url") or "?"
                                   for s in ev["sources"]))


def rich_table(events: list[dict]) -> Table:
    t = Table(title=f"Parley timeline ({len(events)} events)", show_lines=False, expand=True)
    t.add_column("date", no_wrap=True)
    t.add_column("event", no_wrap=True)
    t.add_column("what happened", ratio=3, overflow="fold")
    t.add_column("issues", ratio=1, overflow="fold")
    t.add_column("sources", ratio=1, overflow="fold")
    for ev in events:
        what = ev["type"] + (f"/{ev['mode']}" if ev.get("mode") else "")
        if ev["status"] != "happened":
            what += f"\n({ev['status']})"
        if ev.get("conflicts"):
            what += "\n⚠ sources disagree"
        cells = (ev.get("date") or "undated", what, ev["summary"], ", ".join(i["id"] for i in ev["issues"][:4]),
                 f"{len(ev['sources'])}: {outlets(ev)}")
        t.add_row(*(escape(c) for c in cells))         # article text is never Rich markup
    return t


def markdown(events: list[dict], title: str = "Timeline") -> str:
    lines = [f"# {md(title)}", "", f"{len(events)} events. Dates are ISO 8601 at their precision.", ""]
    for ev in events:
        status = f" *({md(ev['status'])})*" if ev["status"] != "happened" else ""
        lines.append(f"## {md(ev.get('date') or 'undated')} — {md(ev['summary'])}{status}")
        lines.append("")
        if ev.get("date_basis"):
            lines.append(f"- **Date basis:** {md(ev['date_basis'])}")
        if ev["issues"]:
            lines.append("- **Issues:** " + ", ".join(md(i["label"]) for i in ev["issues"]))
        for st in ev.get("statements", [])[:6]:
            who = (st.get("speaker") or {}).get("name") or (st.get("speaker") or {}).get("country") or "?"
            lines.append(f"- **{md(st.get('category') or 'said')}** ({md(who)}): {md(st['text'])}")
        for c in ev.get("claims", []):
            if c.get("verdict"):
                lines.append(f"- **Claim** “{md(c['text'])}”: {md(c['verdict'])} — {md(c.get('detail', ''))}")
        for c in ev.get("conflicts", []):
            vals = "; ".join(f"{md(v['value'])} ({', '.join(md(x[:8]) for x in v['sources'])})" for v in c["values"])
            lines.append(f"- **Sources disagree on {md(c['field'])}:** {vals}")
        for s in ev["sources"]:
            ref = md_link(s["url"], s["url"]) if s.get("url") else md(s.get("path") or "?")
            lines.append(f"- Source: {md(s.get('outlet') or '?')}, {md(s.get('published') or 'undated')} — {ref}")
        lines.append("")
    return "\n".join(lines)


def json_lines(events: list[dict]) -> str:
    """The merged events as stored, one JSON per line (`parley events --json`); the exports' JSON
    is the event table contract (`to_json`, `to_jsonl`)."""
    return "".join(json.dumps({k: v for k, v in e.items() if k != "candidate_ids"}, ensure_ascii=False) + "\n"
                   for e in events)


def tl_date(row) -> dict[str, str] | None:
    """A TimelineJS date object ({year, month, day} as strings) for the start of an event's date;
    a week, quarter, half or season starts on its first day, a year or month at its own precision."""
    if row.date_start is None:
        return None
    d = row.date_start
    out = {"year": str(d.year)}
    if row.date_precision in ("year", "decade", "century"):
        return out
    out["month"] = str(d.month)
    if row.date_precision != "month":
        out["day"] = str(d.day)
    return out


def slide(ev: dict) -> dict[str, Any] | None:
    """One TimelineJS slide: the summary as headline; issues, each source's evidence sentence and a
    link to it as text (escaped HTML: TimelineJS renders it). None for an undated event."""
    row = event_row(ev)
    start = tl_date(row)
    if start is None:
        return None
    body = []
    if row.issue_labels:
        body.append(f"<p>{html.escape(', '.join(row.issue_labels))}</p>")
    for s in row.sources:
        who = html.escape(f"{s.outlet or '?'} ({s.published or 'undated'})")
        url = safe_url(s.url)
        ref = f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">{who}</a>' if url else who
        quote_ = f"<blockquote>{html.escape(s.evidence)}</blockquote>" if s.evidence else ""
        body.append(f"<p>{ref}</p>{quote_}")
    out: dict[str, Any] = {"start_date": start, "text": {"headline": html.escape(row.summary), "text": "".join(body)},
                           "group": html.escape(row.dyad or ""), "unique_id": row.id}
    if row.date_precision not in (None, "day", "month", "year") and row.date_end and row.date_end != row.date_start:
        out["end_date"] = {"year": str(row.date_end.year), "month": str(row.date_end.month), "day": str(row.date_end.day)}
    if row.date:
        out["display_date"] = html.escape(row.date)
    return out


def timelinejs_doc(events: list[dict], title: str = "Parley timeline") -> tuple[dict[str, Any], list[dict]]:
    """(the TimelineJS document, the undated events it could not place). TimelineJS needs a start
    date on every slide, so undated events are listed apart, never dropped silently."""
    slides, undated = [], []
    for e in events:
        s = slide(e)
        if s is None:
            undated.append(e)
        else:
            slides.append(s)
    note = f"{len(slides)} events" + (f"; {len(undated)} undated, not shown" if undated else "")
    doc = {"title": {"text": {"headline": html.escape(title), "text": note}}, "events": slides}
    if undated:
        doc["undated"] = [{"unique_id": e["id"], "headline": html.escape(e.get("summary") or "")} for e in undated]
    return doc, undated


def timelinejs(events: list[dict], title: str = "Parley timeline") -> str:
    """The JSON that Knight Lab's TimelineJS reads (slides with start_date and text); undated
    events are listed under "undated" (TimelineJS ignores the key)."""
    return json.dumps(timelinejs_doc(events, title)[0], ensure_ascii=False, indent=1)
