"""The web app: JSON API and pages through FastAPI's client; the browser flow through Playwright
driving Debian's chromium headless."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from parley.web import create_app

from conftest import ROOT


LOCAL = "http://127.0.0.1:8000"


def local_client(db) -> TestClient:
    """A client as the app's own pages are: Host 127.0.0.1, and the same Origin on every write."""
    return TestClient(create_app(db), base_url=LOCAL, headers={"Origin": LOCAL})


@pytest.fixture(scope="module")
def client(seeds_db) -> TestClient:
    return local_client(seeds_db)


def iwaya_wang(client) -> dict:
    evs = client.get("/api/events", params={"actor": "Iwaya", "type": "CONSULT", "status": "happened"}).json()
    return next(e for e in evs if any("Wang Yi" == p["name"] for p in e["actors"] + e["recipients"]))


def test_api_events_mirror_the_contract_and_filter(client):
    evs = client.get("/api/events").json()
    assert len(evs) >= 5
    for key in ("id", "type", "mode", "date", "date_precision", "status", "actors", "recipients", "location",
                "issues", "summary", "sources", "conflicts"):
        assert key in evs[0]
    dyad = client.get("/api/events", params={"a": "CHN", "b": "KOR"}).json()
    assert dyad and all({"CHN", "KOR"} <= {p["country"] for p in e["actors"] + e["recipients"]} for e in dyad)
    ev = iwaya_wang(client)
    assert ev["date"] == "2024-12-25" and len(ev["sources"]) == 2
    one = client.get(f"/api/events/{ev['id']}").json()
    assert one["id"] == ev["id"]
    assert client.get("/api/events/ev-nonexistent").status_code == 404
    schema = client.get("/openapi.json").json()
    assert "/api/events" in schema["paths"] and "/api/articles/{article_id}" in schema["paths"]


def test_pages_render_and_escape_untrusted_text(client, tmp_path, db):
    r = client.get("/", params={"a": "CHN", "b": "JPN"})
    assert r.status_code == 200 and "<svg" in r.text and "Iwaya" in r.text
    assert "http://" not in r.text.replace("http://www.w3.org", "") and "https://" not in r.text   # no CDN
    ev = iwaya_wang(client)
    page = client.get(f"/events/{ev['id']}").text
    assert page.count('class="source"') == 2 and "<mark>" in page
    arts = client.get("/api/articles").json()
    art = client.get(f"/articles/{arts[0]['id']}")
    assert art.status_code == 200 and "Removed as boilerplate" in art.text
    # an article carrying markup is shown as text, never as HTML
    app = local_client(db)
    evil = ("<script>alert('x')</script> Japanese Foreign Minister Takeshi Iwaya met Chinese Foreign Minister Wang Yi "
            "in Beijing on Wednesday, the ministry said on Thursday. The two discussed seafood imports and "
            "detained nationals. Iwaya said the talks were candid.")
    r = app.post("/add", data={"title": "Test <b>bold</b>", "text": "Published 2024-12-26\n\n" + evil})
    assert r.status_code == 200 and "ingested 1" in r.text
    arts = app.get("/api/articles").json()
    page = app.get(f"/articles/{arts[0]['id']}").text
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<b>bold</b>" not in page


def test_uploads_are_limited_and_never_touch_the_file_system(tmp_path, db):
    from parley.web import app as webapp

    app = local_client(db)
    before = set(os.listdir(tmp_path))
    big = b"x" * (webapp.MAX_UPLOAD_BYTES + 10)
    r = app.post("/add", files={"files": ("../../etc/passwd.txt", big, "text/plain")})
    assert r.status_code == 413 and "over the 5 MB limit" in r.text
    r = app.post("/add", files={"files": ("../../evil.txt", b"\x00\x01\x02binary" * 50, "text/plain")})
    assert r.status_code == 400 and "skipped upload: evil.txt: binary file" in r.text
    assert not Path("/evil.txt").exists() and set(os.listdir(tmp_path)) == before
    assert app.get("/articles/..%2F..%2Fetc%2Fpasswd").status_code == 404


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.browser
@pytest.mark.skipif(_chromium() is None, reason="Debian's chromium is not installed (scripts/setup-browser)")
def test_browser_timeline_filter_and_event_evidence(seeds_db, tmp_path):
    import uvicorn
    from playwright.sync_api import sync_playwright

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(seeds_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=_chromium(), headless=True,
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(f"http://127.0.0.1:{port}/")
            assert "Timeline" in page.title() or page.locator("h1").inner_text() == "Timeline"
            total = page.locator("#events .event").count()
            page.select_option("#f-a", "CHN")
            page.select_option("#f-b", "JPN")
            page.click("#apply")
            page.wait_for_load_state()
            shown = page.locator("#events .event").count()
            assert 5 <= shown <= total
            assert "CHN" in page.url and "JPN" in page.url
            page.locator("#events a", has_text="Iwaya").filter(has_text="Wang Yi").first.click()
            page.wait_for_load_state()
            assert "Takeshi Iwaya" in page.locator("#event-title").inner_text()
            sources = page.locator("#sources section.source")
            assert sources.count() == 2
            outlets = {sources.nth(i).get_attribute("data-outlet") for i in range(2)}
            assert outlets == {"The Independent", "WNAM MONITORING"}
            for i in range(2):
                assert sources.nth(i).locator("mark").count() >= 1
                assert sources.nth(i).locator("blockquote.evidence").count() >= 1
            # the README's screenshot is refreshed only on request: PARLEY_UPDATE_SCREENSHOT=1 ./run-tests
            update = os.environ.get("PARLEY_UPDATE_SCREENSHOT") == "1"
            shot = ROOT / "docs" / "screenshot-event.png" if update else tmp_path / "screenshot-event.png"
            page.screenshot(path=str(shot), full_page=False)
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=5)


@pytest.mark.browser
@pytest.mark.skipif(_chromium() is None, reason="Debian's chromium is not installed (scripts/setup-browser)")
def test_browser_html_export_links_its_sources_and_charts_every_dated_event(seeds_db, tmp_path):
    """The self-contained HTML export opened in chromium: each source's web address is a working
    link (and a javascript: address is not a link), and the monthly chart counts every dated event,
    whatever its precision."""
    import copy

    from playwright.sync_api import sync_playwright

    from parley import api
    from parley.export.html import timeline_html

    evs = copy.deepcopy(api.list_events(seeds_db))
    for i, ev in enumerate(evs):
        for j, s in enumerate(ev["sources"]):
            s["url"] = f"https://news.example/{i}/{j}?a=1&b=2"
    evs[0]["date"], evs[1]["date"] = "2023", "2024-05"           # a year and a month, charted too
    evs[2]["sources"][0]["url"] = "javascript:alert(1)"
    evs[-1]["date"] = None
    dated = sum(1 for e in evs if e.get("date"))
    page_file = tmp_path / "timeline.html"
    page_file.write_text(timeline_html(evs, "Export test"), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.goto(page_file.as_uri())
        hrefs = set(page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"))
        for i, ev in enumerate(evs):
            for s in ev["sources"]:
                if s["url"].startswith("https://"):
                    assert s["url"] in hrefs
        assert not any(h.startswith("javascript:") for h in hrefs)
        titles = page.eval_on_selector_all("svg[aria-label='Events per month per dyad'] rect title",
                                           "els => els.map(e => e.textContent)")
        counted = sum(int(t.split(": ", 1)[1].split()[0]) for t in titles)
        assert counted == dated and any("placed at its start" in t for t in titles)
        # a link opens its address (no network here: the navigation is caught and answered)
        page.route("https://news.example/**", lambda route: route.fulfill(body="<title>source</title>ok",
                                                                           content_type="text/html"))
        link = page.locator("a[href^='https://news.example/']").first
        link.evaluate("a => { a.removeAttribute('target'); const d = a.closest('details'); if (d) d.open = true; }")
        link.click()
        page.wait_for_load_state()
        assert page.url.startswith("https://news.example/") and page.title() == "source"
        browser.close()
