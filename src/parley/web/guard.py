"""What a request must show before the web app serves it (an ASGI middleware).

- **An allowed Host** (DNS rebinding): a page of evil.example that re-points its name to
  127.0.0.1 reaches the app with `Host: evil.example`, and is refused (400). Allowed: 127.0.0.1,
  localhost, ::1, the host given to `parley serve --host`, and any `--allow-host`.
- **Same-origin writes** (cross-site request forgery): a request that changes state (POST, PUT,
  PATCH, DELETE) must carry an `Origin` — or, failing that, a `Referer` — naming this very host
  and port; a form that another site's page posts to /add carries that site's origin and is
  refused (403). Browsers send `Origin` with every such request, so the app's own forms pass;
  a request with neither header is refused too.
"""
from __future__ import annotations

from typing import Iterable
from urllib.parse import urlsplit

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


def host_name(host_header: str) -> str:
    """The name in a Host header, without the port: "[::1]:8000" -> "::1", "LocalHost" -> "localhost"."""
    h = host_header.strip().lower()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else h
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


def same_origin(url: str, host_header: str) -> bool:
    """Whether an Origin or Referer URL is this server: http(s), and the host and port of the Host header."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and parts.netloc.lower() == host_header.strip().lower() != ""


class RequestGuard:
    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str] = ()):
        self.app = app
        self.allowed = {host_name(h) for h in (*LOCAL_HOSTS, *allowed_hosts) if h}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        host = headers.get("host", "")
        refusal = None
        if host_name(host) not in self.allowed:
            refusal = PlainTextResponse(f"host not allowed: {host[:100]!r} (parley serve --allow-host NAME)", 400)
        elif scope["type"] == "http" and scope.get("method", "GET") not in SAFE_METHODS:
            origin, referer = headers.get("origin"), headers.get("referer")
            if origin is not None:
                ok, why = same_origin(origin, host), f"the request comes from another site ({origin[:100]})"
            elif referer is not None:
                ok, why = same_origin(referer, host), "the request comes from another site (by its Referer)"
            else:
                ok, why = False, "the request has no Origin or Referer header"
            if not ok:
                refusal = PlainTextResponse(f"cross-site request refused: {why}", 403)
        if refusal is None:
            await self.app(scope, receive, send)
        elif scope["type"] == "http":
            await refusal(scope, receive, send)
        else:
            await send({"type": "websocket.close", "code": 1008})
