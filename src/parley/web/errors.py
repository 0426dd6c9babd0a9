"""Error answers: a page for the browser's routes, JSON under /api/ (and for the OpenAPI document),
for a 404, a 400 (a filter value that cannot be used) and a 500 (a bug: its reason is logged, the
page says only that something went wrong)."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..export.html import environment, stylesheet
from .params import BadFilter

TITLES = {400: "Bad request", 403: "Forbidden", 404: "Not found", 405: "Method not allowed", 413: "Too large",
          500: "Internal error", 503: "Busy"}
log = logging.getLogger("parley.web")


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path.endswith(".json")


def error_response(request: Request, status: int, message: str, headers=None) -> HTMLResponse | JSONResponse:
    if wants_json(request):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    html = environment().get_template("web_error.html").render(
        css=stylesheet(), status=status, title=TITLES.get(status, "Error"), message=message)
    return HTMLResponse(html, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error_response(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(BadFilter)
    async def bad_filter(request: Request, exc: BadFilter):
        return error_response(request, 400, exc.message)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        log.exception("error answering %s", request.url.path)
        return error_response(request, 500, "Parley could not answer this request (an internal error; "
                                            "the server's log has the details).")
