"""What the event page shows beyond the stored event: each issue with its own PLOVER contexts
(from the issue list), the event's own contexts apart (those that come from no issue: its kind,
"future" for a planned one), and its sources once per article (outlet, title, link)."""
from __future__ import annotations

from ..extract.issues import taxonomy


def event_view(ev: dict) -> dict:
    """A copy of the event with `issue_list` [{id, label, contexts}], `own_contexts` and `articles`."""
    known = {i.id: list(i.contexts) for i in taxonomy()}
    issue_list = [dict(i, contexts=known.get(i["id"], [])) for i in ev.get("issues", [])]
    from_issues = {c for i in issue_list for c in i["contexts"]}
    own = [c for c in ev.get("contexts", []) if c not in from_issues or c in ("future",)]
    if "diplomatic" in ev.get("contexts", []) and ev.get("type") in ("CONSULT", "AGREE", "SUPPORT", "REJECT",
                                                                      "REQUEST", "ACCUSE") and "diplomatic" not in own:
        own.insert(0, "diplomatic")     # a meeting or a statement is diplomatic whatever its issues
    return dict(ev, issue_list=issue_list, own_contexts=own, articles=source_articles(ev))


def source_articles(ev: dict) -> list[dict]:
    """The event's sources, one per article, in the event's order."""
    out: dict[str, dict] = {}
    for s in ev.get("sources", []):
        out.setdefault(s["article_id"], {k: s.get(k) for k in ("article_id", "outlet", "title", "url", "published",
                                                                 "published_inferred")})
    return list(out.values())
