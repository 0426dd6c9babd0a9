"""Main text and metadata of HTML pages (trafilatura; it uses htmldate for the date)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

# trafilatura and htmldate log every page they cannot parse; the ingest report says it once.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(slots=True)
class HtmlText:
    text: str
    title: str | None
    date: str | None
    sitename: str | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> HtmlText | None:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, deduplicate=False,
        )
    except Exception:  # lxml raises on some broken markup; treat as "no text"
        return None
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        return None
    return HtmlText(
        text=text,
        title=(data.get("title") or None),
        date=(data.get("date") or None),
        sitename=(data.get("sitename") or None),
        url=(data.get("url") or url),
    )
