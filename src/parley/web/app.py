"""The web app: browse, filter and verify the timeline (FastAPI + Jinja2, server-rendered).

Safe by default: `parley serve` binds 127.0.0.1; only allowed Host names are served and every
state-changing request must come from the app's own pages (guard.py: DNS rebinding, cross-site
request forgery); all article text is escaped by Jinja2's autoescaping (articles are untrusted
input); uploads are read into memory with a size limit and never written under a name taken
from the request; ids from URLs only reach parameterised SQL. Ingesting (/add) runs on a worker
thread, one at a time with a short queue, so the server keeps answering while it works.
No page loads anything from the network (inline CSS and SVG, no CDN; the OpenAPI document is
served as JSON at /openapi.json, without the CDN-hosted Swagger UI).
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Iterable, Optional
from urllib.parse import urlencode

import anyio
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import api
from ..export.html import chart_set, environment, stylesheet
from ..export.query import EventFilter
from ..filters import PLOVER_TYPES, STATUSES
from ..store import StoreError
from . import errors
from .guard import RequestGuard
from .params import BadFilter, event_filter
from .views import event_view

MAX_UPLOAD_BYTES = 5 * 1024 * 1024          # per file or pasted text
MAX_UPLOAD_FILES = 20
MAX_FORM_PART = MAX_UPLOAD_BYTES + 64 * 1024     # a pasted text a little over the limit still gets a clear reason
MAX_QUEUED_INGESTS = 4                      # ingests waiting for the one running; more are told to retry (503)
ERRORS = {400: {"description": "Bad request: a filter value that cannot be used (the reason, as an HTML page, "
                                "or JSON under /api/), a Host that is not allowed, or a malformed or unusable form"}}
NOT_FOUND = {404: {"description": "No such event or article"}}
ADD_ERRORS = {403: {"description": "Cross-site request refused (no same-origin Origin or Referer)"},
              413: {"description": "A pasted text or file over the size limit"},
              503: {"description": "Busy with other uploads, or the database cannot be written"}}
ADD_FORM = {"requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "properties": {
    "text": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"},
    "outlet": {"type": "string"}, "published": {"type": "string"},
    "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}}}
TYPES = list(PLOVER_TYPES)
PAGE_SIZE = 50              # events on a page of the timeline
API_PAGE_SIZE = 100         # events in an answer of /api/events
MAX_PAGE = 1000


def create_app(db: str | Path = api.DEFAULT_DB, allowed_hosts: Iterable[str] = ()) -> FastAPI:
    """The app over the database `db`; it answers to 127.0.0.1, localhost, ::1 and `allowed_hosts`."""
    app = FastAPI(title="Parley", version="0.1.0", docs_url=None, redoc_url=None, responses=ERRORS,
                  description="Events between states and their officials, merged across outlets, with evidence.")
    app.state.db = str(db)
    app.state.queued = 0
    app.add_middleware(RequestGuard, allowed_hosts=list(allowed_hosts))
    errors.install(app)
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

    def page_of(f: EventFilter, limit: int, after: Optional[str], before: Optional[str]):
        from ..export.query import BadCursor

        try:
            return api.events_page(app.state.db, f, limit=limit, after=after, before=before)
        except BadCursor as exc:
            raise BadFilter(str(exc)) from None

    @app.get("/", response_class=HTMLResponse)
    def timeline(request: Request, f: EventFilter = Depends(event_filter),
                 limit: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE, description="Events on a page"),
                 after: Optional[str] = Query(None, description="Cursor: the page after this one"),
                 before: Optional[str] = Query(None, description="Cursor: the page before this one")):
        """A page of the filtered timeline, with counts and next/previous links; the charts and
        the filter lists come from SQL aggregates, not from reading the events."""
        pg = page_of(f, limit, after, before)
        overview = api.timeline_overview(app.state.db, f)
        pair = list(f.between or ()) or [f.country or "", ""]
        form = dict(a=pair[0], b=pair[1], actor=f.actor or "", type=f.type or "", issue=f.issue or "",
                    status=f.status or "", date_from=f.date_from or "", date_to=f.date_to or "", q=f.text or "")
        links = {name: "?" + _query_with(request, name, cur) for name, cur in (("after", pg.next), ("before", pg.prev))
                 if cur}
        if "svg" not in overview:            # drawn once per change of the events, like the counts
            overview["svg"] = chart_set(overview["charts"])
        return page("web_timeline.html", events=pg.events, charts=overview["svg"], form=form,
                    countries=overview["countries"], issues=overview["issues"], types=TYPES, statuses=STATUSES,
                    total=overview["total"], matching=pg.total, links=links)

    @app.get("/events/{event_id}", response_class=HTMLResponse, responses=NOT_FOUND)
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
        return page("web_event.html", ev=event_view(ev), articles=articles)

    @app.get("/articles", response_class=HTMLResponse)
    def articles_page():
        return page("web_articles.html", articles=api.list_articles(app.state.db),
                    skipped=api.skipped_inputs(app.state.db))

    @app.get("/people", response_class=HTMLResponse)
    def people_page(name: Optional[str] = None):
        return page("web_people.html", people=api.list_people(app.state.db, name or None), query=name or "")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, responses=NOT_FOUND)
    def article_page(article_id: str):
        art = article_or_404(article_id)
        evs = api.article_events(app.state.db, art.id)
        spans = sorted({(e["start"], e["end"]) for ev in evs for s in ev["sources"] if s["article_id"] == art.id
                        for e in s["evidence"]})
        return page("web_article.html", art=art, events=evs, segments=highlight(art.text, spans))

    @app.get("/add", response_class=HTMLResponse)
    def add_form():
        return page("web_add.html", report=None, limit=MAX_UPLOAD_BYTES)

    def add_page(status: int, report=None, problems: list[str] = (), added: list[dict] = ()) -> HTMLResponse:
        resp = page("web_add.html", report=report, problems=list(problems), limit=MAX_UPLOAD_BYTES, added=list(added))
        resp.status_code = status
        return resp

    @app.post("/add", response_class=HTMLResponse, responses=ADD_ERRORS, openapi_extra=ADD_FORM)
    async def add(request: Request):
        """Ingest a pasted text and uploaded files. 200 when something was stored (or was already
        there), 400 with the reasons when nothing could be used."""
        limit = f"the {MAX_UPLOAD_BYTES // (1024 * 1024)} MB limit"
        # a URL-encoded form counts its fields percent-encoded: up to three bytes for one
        encoded = 3 if "urlencoded" in request.headers.get("content-type", "") else 1
        try:
            form = await request.form(max_files=MAX_UPLOAD_FILES, max_fields=16, max_part_size=MAX_FORM_PART * encoded)
        except StarletteHTTPException as exc:       # Starlette's verdict on a malformed or oversized form
            too_big = "maximum size" in str(exc.detail)
            why = f"a pasted text is over {limit}" if too_big else f"the form could not be read ({exc.detail})"
            return add_page(413 if too_big else 400, problems=[f"nothing added: {why}"])
        uploads, problems = await _read_form(form, limit)
        if not uploads:
            return add_page(413 if problems else 400, problems=problems or ["nothing added: no text and no file"])
        if app.state.queued >= MAX_QUEUED_INGESTS:
            return add_page(503, problems=["nothing added: busy with other uploads; try again in a moment"])
        app.state.queued += 1
        try:
            report, added = await anyio.to_thread.run_sync(_ingest, uploads, limiter=_one_at_a_time(app))
        except (StoreError, sqlite3.Error) as exc:
            return add_page(503, problems=[f"nothing added: the database cannot be written ({exc})"])
        finally:
            app.state.queued -= 1
        problems += [p.message() for p in report.problems]
        return add_page(200 if report.readable else 400, report, problems, added)

    def _ingest(uploads: list[tuple[str, bytes]]):
        """Ingest, then what was added: each article with its events, for links (on the worker thread)."""
        report = api.ingest_uploads(uploads, app.state.db, max_bytes=MAX_UPLOAD_BYTES)
        added = []
        for aid in dict.fromkeys(report.article_ids[:50]):
            try:
                art = api.get_article(app.state.db, aid)
            except api.NotFound:
                continue
            added.append({"id": art.id, "title": art.title or art.source,
                          "events": [{"id": e["id"], "date": e.get("date"), "summary": e["summary"]}
                                     for e in api.article_events(app.state.db, aid)][:100]})
        return report, added

    # -- the JSON API ----------------------------------------------------------------------------
    @app.get("/api/events", summary="Merged events (the event contract), filtered, a page at a time")
    def api_events(request: Request, response: Response, f: EventFilter = Depends(event_filter),
                   limit: int = Query(API_PAGE_SIZE, ge=1, le=MAX_PAGE, description="Events in the answer"),
                   cursor: Optional[str] = Query(None, description="The `X-Next-Cursor` of the previous answer")
                   ) -> list[dict]:
        """At most `limit` events in timeline order. When more follow, the `X-Next-Cursor` header
        holds the cursor of the next page (also as a `Link: <...>; rel="next"` header);
        `X-Total-Count` is the number of events the filter selects, where SQL alone can count it."""
        pg = page_of(f, limit, cursor, None)
        if pg.next:
            response.headers["X-Next-Cursor"] = pg.next
            response.headers["Link"] = f'<{request.url.path}?{_query_with(request, "cursor", pg.next)}>; rel="next"'
        if pg.total is not None:
            response.headers["X-Total-Count"] = str(pg.total)
        return [{k: v for k, v in e.items() if k != "candidate_ids"} for e in pg.events]

    @app.get("/api/events/{event_id}", summary="One merged event", responses=NOT_FOUND)
    def api_event(event_id: str) -> dict:
        ev = event_or_404(event_id)
        return {k: v for k, v in ev.items() if k != "candidate_ids"}

    @app.get("/api/people", summary="The people of the corpus: canonical names, spellings, countries, articles")
    def api_people(name: Optional[str] = None, limit: Optional[int] = Query(None, ge=1, le=10000)) -> list[dict]:
        return api.list_people(app.state.db, name or None, limit)

    @app.get("/api/articles", summary="Stored articles")
    def api_articles() -> list[dict]:
        return api.list_articles(app.state.db)

    @app.get("/api/articles/{article_id}", summary="One article: clean text, removed lines, its events",
             responses=NOT_FOUND)
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


def _query_with(request: Request, name: str, cursor: str) -> str:
    """The request's query string with its cursors replaced by `name`=`cursor` (the filters kept)."""
    keep = [(k, v) for k, v in request.query_params.multi_items() if k not in ("after", "before", "cursor")]
    return urlencode(keep + [(name, cursor)])


def _one_at_a_time(app: FastAPI) -> anyio.CapacityLimiter:
    """One ingest at a time (one SQLite writer), made on first use inside the event loop."""
    if getattr(app.state, "ingest_limiter", None) is None:
        app.state.ingest_limiter = anyio.CapacityLimiter(1)
    return app.state.ingest_limiter


async def _read_form(form, limit: str) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(label, bytes) of the pasted text and each uploaded file, and why any was refused."""
    uploads: list[tuple[str, bytes]] = []
    problems: list[str] = []

    def field(name: str) -> str:
        v = form.get(name)
        return v.strip()[:2000] if isinstance(v, str) else ""

    text = form.get("text")
    text = text if isinstance(text, str) else ""
    title = field("title")
    meta = {k: field(k) for k in ("url", "outlet", "published") if field(k)}
    if text.strip() and meta:
        # with a URL, outlet or publication date the text goes in as a JSON Lines record would
        record = {"text": text, "title": title or None, **meta}
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", errors="replace")
        if len(data) > MAX_UPLOAD_BYTES:
            problems.append(f"skipped pasted text: over {limit}")
        else:
            uploads.append(("pasted text.jsonl", data))
    elif text.strip():
        data = ((title + "\n\n" + text) if title else text).encode("utf-8", errors="replace")
        if len(data) > MAX_UPLOAD_BYTES:
            problems.append(f"skipped pasted text: over {limit}")
        else:
            uploads.append(("pasted text.txt", data))
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename][:MAX_UPLOAD_FILES]
    for f in files:
        data = await f.read(MAX_UPLOAD_BYTES + 1)
        label = "upload: " + Path(f.filename or "file").name[:120]      # a label only, never a path
        if len(data) > MAX_UPLOAD_BYTES:
            problems.append(f"skipped {label}: over {limit}")
            continue
        uploads.append((label, data))
    return uploads, problems


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
