"""The web app is safe from other sites: an allowed Host on every request (DNS rebinding) and a
same-origin Origin or Referer on every state-changing one (cross-site request forgery)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from parley import api
from parley.web import create_app
from parley.web.guard import host_name, same_origin

ARTICLE = ("Published 2024-12-26\n\nJapanese Foreign Minister Takeshi Iwaya met Chinese Foreign Minister Wang Yi "
           "in Beijing on Wednesday, the ministry said on Thursday. The two discussed seafood imports and "
           "detained nationals. Iwaya said the talks were candid.")


@pytest.fixture
def app(db):
    return create_app(db, allowed_hosts=["parley.lan"])


def post(app, headers: dict, base_url: str = "http://127.0.0.1:8000"):
    return TestClient(app, base_url=base_url).post("/add", data={"text": ARTICLE}, headers=headers)


def stored(db) -> int:
    with api.open_store(db) as store:
        return store.count("articles")


def test_a_form_posted_by_another_site_is_refused_and_stores_nothing(app, db):
    for headers in ({"Origin": "http://evil.example"},
                    {"Origin": "null"},                                       # a sandboxed frame
                    {"Origin": "http://127.0.0.1:9999"},                      # another port is another origin
                    {"Origin": "https://127.0.0.1.evil.example:8000"},
                    {"Referer": "http://evil.example/page.html"},
                    {}):                                                      # no Origin, no Referer
        r = post(app, headers)
        assert r.status_code == 403, headers
        assert "cross-site request refused" in r.text
    assert stored(db) == 0


def test_the_apps_own_form_is_accepted(app, db):
    r = post(app, {"Origin": "http://127.0.0.1:8000"})
    assert r.status_code == 200 and "ingested 1" in r.text
    r = post(app, {"Referer": "http://127.0.0.1:8000/add"})               # a browser that sends only Referer
    assert r.status_code == 200 and "already present 1" in r.text
    assert stored(db) == 1


def test_only_allowed_host_names_are_served(app):
    def get(host: str) -> int:
        return TestClient(app, base_url="http://127.0.0.1:8000").get("/api/articles", headers={"Host": host}).status_code

    assert get("evil.example") == 400                  # DNS rebinding: the attacker's name, our address
    assert get("evil.example:8000") == 400
    assert get("127.0.0.1.nip.io:8000") == 400
    assert get("") == 400
    for host in ("127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "parley.lan:8000"):
        assert get(host) == 200, host
    r = TestClient(app, base_url="http://evil.example").get("/")
    assert r.status_code == 400 and "host not allowed" in r.text


def test_the_guard_reads_hosts_and_origins():
    assert host_name("[::1]:8000") == "::1" and host_name("LocalHost:80") == "localhost"
    assert host_name("127.0.0.1") == "127.0.0.1"
    assert same_origin("http://127.0.0.1:8000", "127.0.0.1:8000")
    assert same_origin("http://[::1]:8000/add?x=1", "[::1]:8000")
    assert not same_origin("http://127.0.0.1:8000", "localhost:8000")
    assert not same_origin("file:///etc/passwd", "127.0.0.1:8000")
    assert not same_origin("http://[::1", "127.0.0.1:8000")
