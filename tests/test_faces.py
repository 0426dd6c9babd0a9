"""The faces tell the truth: filter values checked in one place (parley.filters), claims that are
agreed with only on evidence, charts that hold every dated event, dyads of states, web errors as
pages, /add with an article's metadata, one parameter vocabulary. Texts are written here."""
from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from parley.filters import FilterError, build_filter, date_interval, is_state

LOCAL = "http://127.0.0.1:8000"
ARTICLE = ("Published 2024-06-03\n\nJapanese Foreign Minister Yoko Kamikawa met Chinese Foreign Minister Wang Yi in "
           "Beijing on Sunday, the ministry said. The two discussed seafood imports and detained nationals.")


# -- filters -------------------------------------------------------------------------------------
@pytest.mark.parametrize("value,interval", [("2024", ("2024-01-01", "2024-12-31")),
                                            ("2024-02", ("2024-02-01", "2024-02-29")),
                                            ("2024-12", ("2024-12-01", "2024-12-31")),
                                            ("2024-03-05", ("2024-03-05", "2024-03-05"))])
def test_dates_are_iso_prefixes_naming_an_interval(value, interval):
    assert tuple(d.isoformat() for d in date_interval(value)) == interval


@pytest.mark.parametrize("value", ["2024-13-45", "2023-02-29", "yesterday", "24", "2024-1", "2024/03/05", "2024-03-05T10"])
def test_dates_that_are_not_iso_prefixes_or_do_not_exist_are_refused(value):
    with pytest.raises(FilterError) as exc:
        build_filter(date_from=value)
    assert exc.value.message().startswith("--from: ") and "\n" not in exc.value.message()


def test_countries_become_iso3_from_codes_names_and_demonyms():
    f = build_filter(between=["CN", "jpn"], country_="South Korea")
    assert f.between == ("CHN", "JPN") and f.country == "KOR"
    assert build_filter(country_="Japanese").country == "JPN"
    assert build_filter(country_="UN").country == "UNO"              # an organisation may be a participant
    assert is_state("JPN") and not is_state("UNO") and not is_state(None)


@pytest.mark.parametrize("kw,says", [
    (dict(country_="Narnia"), "unknown country 'Narnia'"),
    (dict(country_="Germny"), "did you mean Germany (DEU)?"),
    (dict(between=["CN", "JP", "KR"]), "exactly two countries, got 3"),
    (dict(between=["China", "CHN"]), "two different countries"),
    (dict(between=["Japan", "European Union"]), "not a state"),
    (dict(type_="FOO"), "unknown type 'FOO'; choose one of AGREE"),
    (dict(status="done"), "choose one of happened, planned, background"),
    (dict(date_from="2024-06-02", date_to="2024-06-01"), "comes after --to"),
])
def test_each_bad_value_is_named_in_one_line(kw, says):
    with pytest.raises(FilterError) as exc:
        build_filter(**kw)
    assert says in exc.value.message()


def test_the_library_api_checks_the_same_way(db):
    from parley import api

    with pytest.raises(ValueError, match="status"):
        api.list_events(db, status="done")
    assert build_filter(type_="consult", status=" Planned ", date_from="2024", date_to="2024").type == "CONSULT"


# -- claims --------------------------------------------------------------------------------------
def test_a_claim_with_nothing_to_compare_is_unverified_not_agreed():
    from parley.corpus.claims import check_claims

    ev = {"id": "x", "type": "CONSULT", "date": "2024-07-26", "claims": [
        {"text": "the first talks in eight months", "what": "talks", "within": "eight months", "since": None,
         "since_value": None}]}
    (alone,) = check_claims(ev, [])
    assert alone["verdict"] == "unverified" and "to compare with" in alone["detail"]
    older = [{"id": "o", "type": "CONSULT", "date": "2023-09-01", "status": "happened", "mode": None}]
    (agreed,) = check_claims(ev, older)
    assert agreed["verdict"] == "agrees" and "2023-09-01" in agreed["detail"]
    inside = older + [{"id": "i", "type": "CONSULT", "date": "2024-05-01", "status": "happened", "mode": None}]
    assert check_claims(ev, inside)[0]["verdict"] == "contradicted"
    (undated,) = check_claims(dict(ev, date=None), older)
    assert undated["verdict"] == "unverified"


# -- charts --------------------------------------------------------------------------------------
def test_the_cooperation_chart_holds_year_and_month_precision_events():
    from parley.export.charts import cooperation_line, events_per_month, month_of

    evs = [{"id": "y", "date": "2023", "dyad": "CHN-JPN", "score": -3.0, "status": "happened", "issues": []},
           {"id": "m", "date": "2023-06", "dyad": "CHN-JPN", "score": 2.5, "status": "happened", "issues": []},
           {"id": "d", "date": "2023-09-14", "dyad": "CHN-JPN", "score": 4.0, "status": "happened", "issues": []},
           {"id": "u", "date": None, "dyad": "CHN-JPN", "score": 4.0, "status": "happened", "issues": []}]
    assert [month_of(e) for e in evs] == ["2023-01", "2023-06", "2023-09", None]
    svg = cooperation_line(evs)
    assert svg.count("<circle") == 3 and "placed at its start" in svg and "mean score -3.0" in svg
    assert events_per_month(evs).count("<rect x=") >= 3


# -- dyads ---------------------------------------------------------------------------------------
def test_an_organisation_is_a_participant_but_not_a_side_of_the_dyad():
    from parley.corpus.fuse import fuse

    def party(name, country):
        return {"name": name, "title": None, "country": country, "sector": "GOV", "kind": "person", "key": name}

    c = {"id": "a:0", "article_id": "a", "type": "AGREE", "mode": None, "status": "happened", "date": "2024-09",
         "date_precision": "month", "date_basis": "explicit date", "location": None,
         "actors": [party("A", "CHN"), party("B", "JPN")], "recipients": [party("C", "UNO")], "issues": [],
         "evidence": {}, "quotes": {}, "sentences": []}
    ev = fuse([c], {}, "ev-1")
    assert ev["dyad"] == "CHN-JPN" and "UNO" in {p["country"] for p in ev["recipients"]}


# -- the web ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def web(tmp_path_factory):
    from parley.web import create_app

    path = tmp_path_factory.mktemp("web") / "web.db"
    client = TestClient(create_app(path), base_url=LOCAL, headers={"Origin": LOCAL})
    r = client.post("/add", data={"text": ARTICLE, "title": "Talks in Beijing", "url": "https://news.example/talks",
                                  "outlet": "Example News", "published": "2024-06-03"})
    assert r.status_code == 200, r.text
    client.added = r.text
    return client


def test_add_takes_the_metadata_and_links_to_the_article_and_its_events(web):
    arts = web.get("/api/articles").json()
    assert len(arts) == 1 and arts[0]["outlet"] == "Example News" and arts[0]["published"] == "2024-06-03"
    full = web.get(f"/api/articles/{arts[0]['id']}").json()
    assert full["url"] == "https://news.example/talks" and full["title"] == "Talks in Beijing"
    assert f'href="/articles/{arts[0]["id"]}"' in web.added
    ev = web.get("/api/events").json()[0]
    assert f'href="/events/{ev["id"]}"' in web.added


def test_one_vocabulary_with_old_names_as_aliases(web):
    new = web.get("/api/events", params=[("between", "JP"), ("between", "China"), ("text", "seafood"),
                                         ("from", "2024-06"), ("to", "2024")]).json()
    old = web.get("/api/events", params={"a": "JPN", "b": "CHN", "q": "seafood"}).json()
    assert new and [e["id"] for e in new] == [e["id"] for e in old]
    assert web.get("/api/events", params={"between": "Japan", "type": "AGREE"}).json() == []
    page = web.get("/", params=[("between", "CHN"), ("between", "JPN")]).text
    assert 'name="between"' in page and 'value="CHN" selected' in page and 'value="JPN" selected' in page


def test_bad_filters_are_400_with_the_reason_as_json_or_a_page(web):
    r = web.get("/api/events", params={"from": "2024-13-45"})
    assert r.status_code == 400 and r.json() == {"detail": "from: '2024-13-45' is not a date that exists"}
    r = web.get("/", params={"country": "Narnia"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "unknown country &#39;Narnia&#39;" in r.text and "<h1" in r.text


def test_not_found_is_a_page_in_the_browser_and_json_in_the_api(web):
    r = web.get("/events/ev-nonexistent")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html") and "Not found" in r.text
    r = web.get("/no/such/page")
    assert r.status_code == 404 and "<html" in r.text
    r = web.get("/api/events/ev-nonexistent")
    assert r.status_code == 404 and r.json() == {"detail": "no such event"}


def test_a_server_error_is_a_page_without_a_traceback(tmp_path, monkeypatch):
    from parley import api
    from parley.web import create_app

    def broken(*a, **k):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(api, "list_articles", broken)
    client = TestClient(create_app(tmp_path / "e.db"), base_url=LOCAL, raise_server_exceptions=False)
    r = client.get("/articles")
    assert r.status_code == 500 and "<html" in r.text and "secret internals" not in r.text
    r = client.get("/api/articles")
    assert r.status_code == 500 and "detail" in r.json()


def test_the_event_page_shows_each_issue_with_its_contexts_and_links_its_sources(web):
    ev = web.get("/api/events").json()[0]
    page = web.get(f"/events/{ev['id']}").text
    assert 'href="https://news.example/talks"' in page
    assert "Seafood and food import bans</span><span class=\"muted\">(economic)" in page
    timeline = web.get("/").text
    assert 'class="src" href="/articles/' in timeline and "Example News</a>" in timeline


def test_sources_are_listed_once_per_article():
    from parley.web.views import source_articles

    ev = {"sources": [{"article_id": "a", "outlet": "X"}, {"article_id": "a", "outlet": "X"},
                      {"article_id": "b", "outlet": "Y"}]}
    assert [s["article_id"] for s in source_articles(ev)] == ["a", "b"]


def test_the_country_lists_hold_states_only(tmp_path, monkeypatch):
    from parley import api
    from parley.web import create_app

    ev = {"id": "ev-1", "candidate_ids": [], "type": "AGREE", "mode": None, "date": "2024-09", "date_precision": "month", "status":
          "happened", "dyad": "CHN-JPN", "summary": "agreed", "issues": [], "sources": [], "conflicts": [],
          "actors": [{"name": "A", "country": "CHN"}], "recipients": [{"name": "B", "country": "JPN"},
                                                                       {"name": "C", "country": "UNO"}]}
    with api.open_store(tmp_path / "s.db") as store:
        store.write_resolution([], [ev])
    page = TestClient(create_app(tmp_path / "s.db"), base_url=LOCAL).get("/").text
    assert 'value="CHN"' in page and 'value="JPN"' in page and 'value="UNO"' not in page


# -- progress --------------------------------------------------------------------------------------
def test_ingest_reports_every_article_and_the_merge_phase(tmp_path, db):
    from parley import api

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(ARTICLE.replace("Sunday", ["Sunday", "Saturday", "Friday"][i]),
                                           encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "too short"}\n\n{"text": "also short"}\n', encoding="utf-8")
    calls = []
    api.ingest([str(tmp_path)], db, on_phase=lambda *a: calls.append(a))
    articles = [c for c in calls if c[0] == "articles"]
    assert [c[1] for c in articles] == [1, 2, 3, 4, 5] and all(c[2] == 5 for c in articles)
    assert [c[0] for c in calls if c[0] != "articles"] == ["settle", "extract", "merge"]
