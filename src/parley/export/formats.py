"""Timeline formats: Rich table, Markdown, JSON, CSV, Parquet, TimelineJS.

Everything in an event may come from an article, so it is written as data, never as markup
or code: a CSV cell that a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM")
starts with an apostrophe; Markdown escapes HTML and its own markup characters; TimelineJS
(which renders HTML) gets escaped text.
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
from typing import Any

from rich.markup import escape
from rich.table import Table

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
            ref = s.get("url") or s.get("path")
            lines.append(f"- Source: {md(s.get('outlet') or '?')}, {md(s.get('published') or 'undated')} — {md(ref)}")
        lines.append("")
    return "\n".join(lines)


def json_lines(events: list[dict]) -> str:
    return "".join(json.dumps({k: v for k, v in e.items() if k != "candidate_ids"}, ensure_ascii=False) + "\n"
                   for e in events)


FLAT_COLUMNS = ["id", "date", "date_precision", "status", "type", "mode", "score", "actors", "actor_countries",
                "recipients", "recipient_countries", "location", "location_country", "issues", "summary",
                "n_sources", "outlets", "conflicts"]


def flat_rows(events: list[dict]) -> list[dict[str, Any]]:
    rows = []
    for e in events:
        rows.append({
            "id": e["id"], "date": e.get("date"), "date_precision": e.get("date_precision"), "status": e["status"],
            "type": e["type"], "mode": e.get("mode"), "score": e.get("score"),
            "actors": "; ".join(p.get("name") or "" for p in e["actors"]),
            "actor_countries": ";".join(p.get("country") or "" for p in e["actors"]),
            "recipients": "; ".join(p.get("name") or "" for p in e["recipients"]),
            "recipient_countries": ";".join(p.get("country") or "" for p in e["recipients"]),
            "location": (e.get("location") or {}).get("name"), "location_country": (e.get("location") or {}).get("country"),
            "issues": ";".join(i["id"] for i in e["issues"]), "summary": e["summary"], "n_sources": len(e["sources"]),
            "outlets": outlets(e), "conflicts": ";".join(c["field"] for c in e.get("conflicts", [])),
        })
    return rows


def to_csv(events: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FLAT_COLUMNS)
    w.writeheader()
    w.writerows({k: csv_cell(v) for k, v in row.items()} for row in flat_rows(events))
    return buf.getvalue()


def to_parquet(events: list[dict], path: str) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # an optional extra
        raise RuntimeError("Parquet needs pyarrow: pip install 'parley[parquet]'") from exc
    pq.write_table(pa.Table.from_pylist(flat_rows(events)), path)


def timelinejs(events: list[dict], title: str = "Parley timeline") -> str:
    """The JSON that Knight Lab's TimelineJS reads (events with start_date and text)."""
    out = []
    for e in events:
        if not e.get("date"):
            continue
        parts = e["date"].split("-")
        start = {"year": parts[0]}
        if len(parts) > 1 and parts[1].isdigit():
            start["month"] = str(int(parts[1]))
        if len(parts) > 2:
            start["day"] = str(int(parts[2]))
        body = "<br>".join([html.escape(", ".join(i["label"] for i in e["issues"]))] +
                           [html.escape(f"{s.get('outlet') or '?'} ({s.get('published') or 'undated'})")
                            for s in e["sources"]])
        out.append({"start_date": start, "text": {"headline": html.escape(e["summary"]), "text": body},
                    "group": html.escape(e.get("dyad") or ""), "unique_id": e["id"]})
    return json.dumps({"title": {"text": {"headline": html.escape(title), "text": f"{len(out)} events"}}, "events": out},
                      ensure_ascii=False, indent=1)
