"""The web app: browse, filter and verify the timeline (FastAPI + Jinja2, server-rendered).

Safe by default: `parley serve` binds 127.0.0.1; all article text is escaped by Jinja2's
autoescaping (articles are untrusted input); uploads are read into memory with a size limit and
never written under a name taken from the request; ids from URLs only reach parameterised SQL.
No page loads anything from the network (inline CSS and SVG, no CDN; the OpenAPI document is
served as JSON at /openapi.json, without the CDN-hosted Swagger UI).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from .. import api
from ..export.html import chart_set, environment, stylesheet
from ..export.query import EventFilter, matches

MAX_UPLOAD_BYTES = 5 * 1024 * 1024          # per file or pasted text
MAX_UPLOAD_FILES = 20
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def event_filter(a: Optional[str] = Query(None, description="A country (name or ISO code)"),
                 b: Optional[str] = Query(None, description="A second country: events between a and b"),
                 country: Optional[str] = None, actor: Optional[str] = None, type: Optional[str] = None,
                 issue: Optional[str] = None, status: Optional[str] = None,
                 date_from: Optional[str] = Query(None, alias="from"), date_to: Optional[str] = Query(None, alias="to"),
                 q: Optional[str] = Query(None, description="Words in the summary, statements or evidence")) -> EventFilter:
    """The timeline's filters, shared by the page and the API."""
    one = a or b if not (a and b) else None
    return EventFilter(between=(a, b) if a and b else None, country=country or one, actor=actor or None,
                       type=type or None, issue=issue or None, status=status or None, date_from=date_from or None,
                       date_to=date_to or None, text=q or None)


def create_app(db: str | Path = api.DEFAULT_DB) -> FastAPI:
    app = FastAPI(title="Parley", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Events between states and their officials, merged across outlets, with evidence.")
    app.state.db = str(db)
    env = environment()

    def page(name: str, **ctx) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(css=stylesheet(), **ctx))

    def event_or_404(event_id: str) -> dict:
        try:
            return api.get_event(app.state.db, event_id)
        except api.NotFound:
            raise HTTPException(404, "no such event")

    def article_or_404(article_id: str):
        try:
            return api.get_article(app.state.db, article_id)
        except api.NotFound:
            raise HTTPException(404, "no such article")

    @app.get("/", response_class=HTMLResponse)
    def timeline(f: EventFilter = Depends(event_filter), a: Optional[str] = None, b: Optional[str] = None):
        everything = api.list_events(app.state.db)          # one read: the filter lists come from all events
        evs = [e for e in everything if matches(e, f)]
        countries = sorted({p["country"] for e in everything for p in e["actors"] + e["recipients"] if p.get("country")})
        issues = sorted({(i["id"], i["label"]) for e in everything for i in e["issues"]}, key=lambda x: x[1])
        form = dict(a=a or "", b=b or "", actor=f.actor or "", type=f.type or "", issue=f.issue or "",
                    status=f.status or "", date_from=f.date_from or "", date_to=f.date_to or "", q=f.text or "")
        return page("web_timeline.html", events=evs, charts=chart_set(evs), form=form, countries=countries,
                    issues=issues, types=TYPES, total=len(everything))

    @app.get("/events/{event_id}", response_class=HTMLResponse)
    def event_page(event_id: str):
        ev = event_or_404(event_id)
        articles = []
        for s in ev["sources"]:
            try:
                art = api.get_article(app.state.db, s["article_id"])
            except api.NotFound:
                continue
            spans = sorted({(e["start"], e["end"]) for e in s["evidence"]})
            articles.append({"source": s, "segments": highlight(art.text, spans), "title": art.title})
        return page("web_event.html", ev=ev, articles=articles)

    @app.get("/articles", response_class=HTMLResponse)
    def articles_page():
        return page("web_articles.html", articles=api.list_articles(app.state.db),
                    skipped=api.skipped_inputs(app.state.db))

    @app.get("/people", response_class=HTMLResponse)
    def people_page(name: Optional[str] = None):
        return page("web_people.html", people=api.list_people(app.state.db, name or None), name=name or "")

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(article_id: str):
        art = article_or_404(article_id)
        evs = api.article_events(app.state.db, art.id)
        spans = sorted({(e["start"], e["end"]) for ev in evs for s in ev["sources"] if s["article_id"] == art.id
                        for e in s["evidence"]})
        return page("web_article.html", art=art, events=evs, segments=highlight(art.text, spans))

    @app.get("/add", response_class=HTMLResponse)
    def add_form():
        return page("web_add.html", report=None, limit=MAX_UPLOAD_BYTES)

    @app.post("/add", response_class=HTMLResponse)
    async def add(text: str = Form(""), title: str = Form(""), files: list[UploadFile] = File(default=[])):
        uploads: list[tuple[str, bytes]] = []
        problems: list[str] = []
        if text.strip():
            body = (title.strip() + "\n\n" + text) if title.strip() else text
            data = body.encode("utf-8")
            if len(data) > MAX_UPLOAD_BYTES:
                problems.append(f"pasted text: over the {MAX_UPLOAD_BYTES // (1024 * 1024)} MB limit")
            else:
                uploads.append(("pasted text.txt", data))
        for f in [f for f in files if f.filename][:MAX_UPLOAD_FILES]:
            data = await f.read(MAX_UPLOAD_BYTES + 1)
            label = "upload: " + Path(f.filename or "file").name[:120]      # a label only, never a path
            if len(data) > MAX_UPLOAD_BYTES:
                problems.append(f"{label}: over the {MAX_UPLOAD_BYTES // (1024 * 1024)} MB limit")
                continue
            uploads.append((label, data))
        report = api.ingest_uploads(uploads, app.state.db, max_bytes=MAX_UPLOAD_BYTES) if uploads else None
        if report is not None:
            problems += [p.message for p in report.problems]
        return page("web_add.html", report=report, problems=problems, limit=MAX_UPLOAD_BYTES)

    # -- the JSON API ----------------------------------------------------------------------------
    @app.get("/api/events", summary="Merged events (the event contract), filtered")
    def api_events(f: EventFilter = Depends(event_filter)) -> list[dict]:
        evs = api.list_events(app.state.db, f)
        return [{k: v for k, v in e.items() if k != "candidate_ids"} for e in evs]

    @app.get("/api/events/{event_id}", summary="One merged event")
    def api_event(event_id: str) -> dict:
        ev = event_or_404(event_id)
        return {k: v for k, v in ev.items() if k != "candidate_ids"}

    @app.get("/api/people", summary="The people of the corpus: canonical names, spellings, countries, articles")
    def api_people(name: Optional[str] = None, limit: Optional[int] = Query(None, ge=1, le=10000)) -> list[dict]:
        return api.list_people(app.state.db, name or None, limit)

    @app.get("/api/articles", summary="Stored articles")
    def api_articles() -> list[dict]:
        return api.list_articles(app.state.db)

    @app.get("/api/articles/{article_id}", summary="One article: clean text, removed lines, its events")
    def api_article(article_id: str) -> dict:
        art = article_or_404(article_id)
        d = art.to_dict()
        d["events"] = [e["id"] for e in api.article_events(app.state.db, art.id)]
        return d

    @app.get("/health", include_in_schema=False)
    def health() -> dict:
        return {"ok": True}

    @app.get("/index.html", include_in_schema=False)
    def index_redirect():
        return RedirectResponse("/")

    return app


def highlight(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The text cut into (piece, highlighted) segments; the template escapes every piece."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, len(text))
        if s >= e:
            continue
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < len(text):
        out.append((text[pos:], False))
    return out
