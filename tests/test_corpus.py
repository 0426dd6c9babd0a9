"""The corpus stage on real text: merging reports into events, undated articles, conflicts,
stable ids, the event contract and the timeline formats."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from parley import api

from conftest import SEEDS, run_parley

GOLD = [  # (family names, date, city, country, articles)
    ({"hayashi", "qin"}, "2023-04-02", "Beijing", "CHN", {"002"}),
    ({"kamikawa", "wang"}, "2023-11-25", "Busan", "KOR", {"001"}),
    ({"kamikawa", "wang"}, "2024-07-26", "Vientiane", "LAO", {"000"}),
    ({"iwaya", "wang"}, "2024-12-25", "Beijing", "CHN", {"003", "004"}),
    ({"iwaya", "li"}, "2024-12-25", "Beijing", "CHN", {"003", "004"}),
]


def families(ev: dict) -> set[str]:
    return {p["name"].split()[-1].lower() if p["name"].split()[-1].lower() not in ("yi", "gang", "qiang", "jin", "jinping")
            else p["name"].split()[0].lower() for p in ev["actors"] + ev["recipients"] if p["name"]}


def seed_prefixes(ev: dict) -> set[str]:
    return {Path(s["path"]).name[:3] for s in ev["sources"]}


@pytest.fixture(scope="module")
def seed_events(seeds_db) -> list[dict]:
    return api.list_events(seeds_db)


@pytest.mark.parametrize("people, date, city, country, arts", GOLD)
def test_each_main_meeting_is_one_event_with_all_its_reports(seed_events, people, date, city, country, arts):
    same = [e for e in seed_events if e["type"] == "CONSULT" and families(e) == people and (e["date"] or "")[:7] == date[:7]]
    assert len(same) == 1, [e["summary"] for e in same]          # no duplicates in that month
    ev = same[0]
    assert ev["date"] == date and ev["date_precision"] == "day"
    assert ev["location"] == {"name": city, "country": country}
    assert seed_prefixes(ev) == arts
    assert ev["status"] == "happened"


def test_undated_article_is_dated_through_the_reports_it_matches(seeds_db, seed_events):
    ev = next(e for e in seed_events if families(e) == {"iwaya", "wang"})
    undated = next(s for s in ev["sources"] if s["path"].endswith("004_f17476cd56e4653e.txt"))
    # read again as of the day after its event (a report is written after its meeting), in which its own
    # "Wednesday" is the event's day
    assert undated["published"] is None and undated["published_inferred"] == "2024-12-26"
    assert undated["date"] == "2024-12-25" and "its main meeting" in undated["date_basis"]
    # its background event resolves against the inferred date and joins the other outlet's
    peru = [e for e in seed_events if e["location"] and e["location"]["name"] == "Peru"]
    assert len(peru) == 1 and peru[0]["date"] == "2024-11" and seed_prefixes(peru[0]) == {"003", "004"}
    assert {"xi", "ishiba"} <= families(peru[0])


def test_background_meetings_are_in_the_timeline(seed_events):
    sf = [e for e in seed_events if families(e) == {"xi", "kishida"}]
    assert len(sf) == 1 and sf[0]["status"] == "background" and sf[0]["date"] == "2023-11"


def test_every_source_carries_its_evidence(seed_events):
    for ev in seed_events:
        assert ev["sources"]
        for s in ev["sources"]:
            assert s["evidence"], ev["summary"]
            assert all(e["text"].strip() for e in s["evidence"])
            assert s["path"] and s["article_id"]


def test_claims_are_checked_against_the_timeline(seed_events):
    ev = next(e for e in seed_events if families(e) == {"kamikawa", "wang"} and e["date"] == "2024-07-26")
    claim = next(c for c in ev["claims"] if "eight months" in c["text"])
    assert claim["verdict"] == "agrees"


def test_events_json_contract(seeds_db):
    r = run_parley("events", "--db", seeds_db, "--json")
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert len(lines) >= 5
    for ev in lines:
        for key in ("id", "type", "mode", "contexts", "date", "date_precision", "status", "actors", "recipients",
                    "location", "issues", "summary", "sources", "conflicts"):
            assert key in ev
        for p in ev["actors"] + ev["recipients"]:
            assert {"name", "title", "country", "sector"} <= set(p) <= {"name", "title", "country", "sector", "person_id"}
        for s in ev["sources"]:
            assert {"path", "url", "outlet", "published", "evidence"} <= set(s)


def test_ids_are_stable_and_merging_is_incremental(tmp_path, db):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        if not p.name.startswith("004"):
            shutil.copy(p, folder / p.name)
    api.ingest([str(folder)], db)
    before = {e["id"]: e for e in api.list_events(db)}
    shutil.copy(SEEDS / "004_f17476cd56e4653e.txt", folder / "004_f17476cd56e4653e.txt")
    api.ingest([str(folder)], db)
    after = {e["id"]: e for e in api.list_events(db)}
    iwaya = [e for e in before.values() if families(e) == {"iwaya", "wang"}]
    assert len(iwaya) == 1 and iwaya[0]["id"] in after
    assert seed_prefixes(after[iwaya[0]["id"]]) == {"003", "004"}
    assert set(before) <= set(after)
    # re-ingesting changes nothing
    api.ingest([str(folder)], db)
    assert {e["id"] for e in api.list_events(db)} == set(after)


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_preview_and_report_merge_and_date_conflicts_are_kept(tmp_path, db):
    preview = ("U.S. Secretary of State Marco Rubio will meet Indian External Affairs Minister Subrahmanyam Jaishankar "
               "in Washington on Thursday, the State Department said on Tuesday. The two are expected to discuss "
               "trade and tariffs as well as the Quad. Rubio has said the relationship is one of the most important.")
    report = ("U.S. Secretary of State Marco Rubio met Indian External Affairs Minister Subrahmanyam Jaishankar in "
              "Washington on Thursday. Rubio urged India to open its markets to American farm goods, the State "
              "Department said. Jaishankar said the talks on trade and tariffs were productive.")
    late = ("Indian External Affairs Minister Subrahmanyam Jaishankar met U.S. Secretary of State Marco Rubio in "
            "Washington on Friday, the Ministry of External Affairs said. The two sides discussed trade, tariffs "
            "and the Quad. Jaishankar said ties were on a good path.")
    src = _jsonl(tmp_path / "us-india.jsonl", [
        {"text": preview, "published": "2025-07-01", "outlet": "Wire A", "url": "https://a.example/preview"},
        {"text": report, "published": "2025-07-04", "outlet": "Wire B", "url": "https://b.example/report"},
        {"text": late, "published": "2025-07-05", "outlet": "Paper C", "url": "https://c.example/late"},
    ])
    api.ingest([str(src)], db)
    evs = [e for e in api.list_events(db) if e["type"] == "CONSULT" and families(e) == {"rubio", "jaishankar"}]
    assert len(evs) == 1, [(e["date"], e["summary"]) for e in evs]
    ev = evs[0]
    assert ev["status"] == "happened" and ev["date"] == "2025-07-03"
    assert {s["outlet"] for s in ev["sources"]} == {"Wire A", "Wire B", "Paper C"}
    date_conflict = next(c for c in ev["conflicts"] if c["field"] == "date")
    assert {v["value"] for v in date_conflict["values"]} == {"2025-07-03", "2025-07-04"}


def test_timeline_formats(seeds_db, tmp_path):
    html = tmp_path / "t.html"
    r = run_parley("timeline", "--db", seeds_db, "--format", "html", "-o", html)
    assert r.returncode == 0, r.stderr
    page = html.read_text()
    assert "<svg" in page and "Iwaya" in page and "<details" in page
    assert "<script src" not in page and "<link" not in page and "@import" not in page   # self-contained
    r = run_parley("timeline", "--db", seeds_db, "--between", "China", "--between", "Japan", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    assert rows and all("CHN" in (x["actor_countries"] + x["recipient_countries"]) for x in rows)
    r = run_parley("timeline", "--db", seeds_db, "--format", "timelinejs")
    tl = json.loads(r.stdout)
    assert tl["events"] and all("year" in e["start_date"] for e in tl["events"])
    r = run_parley("timeline", "--db", seeds_db, "--actor", "Iwaya", "--format", "md")
    md = r.stdout.decode()
    assert md.count("\n## ") == 2 and "Li Qiang" in md and "Wang Yi" in md
    r = run_parley("timeline", "--db", seeds_db, "--issue", "taiwan", "--from", "2024-01-01", "--format", "json")
    evs = json.loads(r.stdout)                           # a JSON array (issue 14), of the event table contract
    assert evs and all(e["date_start"] >= "2024" and "taiwan" in e["issues"] for e in evs)
    r = run_parley("timeline", "--db", seeds_db, "--issue", "taiwan", "--from", "2024-01-01", "--format", "jsonl")
    assert [json.loads(x) for x in r.stdout.decode().splitlines()] == evs


def test_a_report_with_an_unnamed_party_joins_the_named_meeting(tmp_path, db):
    named = ("Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Takeshi Iwaya in Beijing on Wednesday. "
             "Wang told Iwaya that China was ready to resume seafood imports. Iwaya raised the detention of a "
             "Japanese national.")
    unnamed = ("China's top diplomat Wang Yi held talks with Japan's foreign minister in Beijing on Wednesday, "
               "state broadcaster CCTV reported. Wang said both sides should handle differences properly.")
    other = ("Chinese Premier Li Qiang met Japanese Foreign Minister Takeshi Iwaya in Beijing on Wednesday. "
             "Li said relations were at a critical stage.")
    src = _jsonl(tmp_path / "beijing.jsonl", [
        {"text": named, "published": "2024-12-25", "outlet": "Outlet A"},
        {"text": unnamed, "published": "2024-12-25", "outlet": "Outlet B"},
        {"text": other, "published": "2024-12-26", "outlet": "Outlet C"},
    ])
    api.ingest([str(src)], db)
    evs = [e for e in api.list_events(db) if e["type"] == "CONSULT"]
    wang = [e for e in evs if "wang" in families(e)]
    li = [e for e in evs if "li" in families(e)]
    assert len(wang) == 1 and {s["outlet"] for s in wang[0]["sources"]} == {"Outlet A", "Outlet B"}
    assert {p["name"] for p in wang[0]["actors"] + wang[0]["recipients"]} == {"Wang Yi", "Takeshi Iwaya"}
    assert len(li) == 1 and {s["outlet"] for s in li[0]["sources"]} == {"Outlet C"}
    assert wang[0]["date"] == li[0]["date"] == "2024-12-25"


@pytest.mark.parametrize("order", ["titled first", "untitled first"])
def test_a_report_without_countries_joins_the_titled_reports(tmp_path, db, order):
    titled = {"outlet": "Wire A", "published": "2024-12-16", "text":
              "U.S. Defense Secretary Lloyd Austin held talks with Chinese Defense Minister Dong Jun on Monday in "
              "Vientiane, Laos. Austin urged China to stop its dangerous maneuvers, the Pentagon said."}
    untitled = {"outlet": "Paper B", "published": "2024-12-17", "text":
                "Lloyd Austin and Dong Jun met in Vientiane on Dec. 16, their second meeting this year. The two "
                "defense chiefs discussed Taiwan and the South China Sea."}
    first, second = (titled, untitled) if order == "titled first" else (untitled, titled)
    api.ingest([str(_jsonl(tmp_path / "1.jsonl", [first]))], db)
    api.ingest([str(_jsonl(tmp_path / "2.jsonl", [second]))], db)
    evs = [e for e in api.list_events(db) if e["type"] == "CONSULT"]
    assert len(evs) == 1, [e["summary"] for e in evs]
    assert {s["outlet"] for s in evs[0]["sources"]} == {"Wire A", "Paper B"}
    assert {p["country"] for p in evs[0]["actors"] + evs[0]["recipients"]} == {"USA", "CHN"}


def test_claims_contradicted_by_an_earlier_meeting_and_visits_only_count_as_visits():
    from parley.corpus.claims import check_claims

    held = [{"id": "a", "type": "CONSULT", "date": "2024-03-10", "status": "happened", "mode": "third-party"},
            {"id": "b", "type": "CONSULT", "date": "2023-04-02", "status": "happened", "mode": "visit"}]
    ev = {"id": "x", "type": "CONSULT", "date": "2024-07-26", "claims": [
        {"text": "first one-to-one talks in eight months", "what": "one-to-one talks", "within": "eight months",
         "since": None, "since_value": None},
        {"text": "the first visit to China since April 2023", "what": "visit to China", "within": None,
         "since": "April 2023", "since_value": "2023-04"}]}
    talks, visit = check_claims(ev, held)
    assert talks["verdict"] == "contradicted" and talks["against"] == [{"id": "a", "date": "2024-03-10"}]
    assert visit["verdict"] == "agrees"          # the March meeting was not a visit


def test_a_merge_checks_again_the_claims_of_the_dyads_it_changed_only(tmp_path, db, monkeypatch):
    """'the first visit to Chile since April 2023' agrees while the timeline holds only an older meeting of Norway
    and Chile; a later article about a meeting in between makes it contradicted. That merge checks again the
    claims of Norway and Chile's events, not those of Peru and Brazil's."""
    from parley import corpus_stage

    def article(name, published, text):
        return _jsonl(tmp_path / f"{name}.jsonl", [{"text": text, "published": published, "outlet": name,
                                                     "url": f"https://{name}.example/"}])

    api.ingest([str(article("old", "2022-11-09", (
        "Norwegian Foreign Minister Anniken Huitfeldt met Chilean Foreign Minister Antonia Urrejola in Oslo on "
        "Tuesday. The two discussed salmon farming and Antarctic research.")))], db)
    api.ingest([str(article("visit", "2024-07-26", (
        "Norwegian Foreign Minister Espen Barth Eide met Chilean Foreign Minister Alberto van Klaveren in Santiago "
        "on Thursday, the first visit to Chile by a Norwegian foreign minister since April 2023. The two discussed "
        "green hydrogen."))),
                str(article("peru", "2024-07-20", (
        "Peruvian Foreign Minister Javier Gonzalez-Olaechea met Brazilian Foreign Minister Mauro Vieira in Lima on "
        "Friday, the first visit to Peru by a Brazilian foreign minister since 2019. The two discussed the "
        "Amazon.")))], db)

    def claim(country):
        ev = next(e for e in api.list_events(db) if e.get("claims") and country in e.get("dyad", ""))
        return ev["claims"][0]["verdict"]

    assert claim("NOR") == "agrees"
    checked = []
    check = corpus_stage.check_claims
    monkeypatch.setattr(corpus_stage, "check_claims", lambda ev, held: checked.append(ev["dyad"]) or check(ev, held))
    api.ingest([str(article("between", "2023-10-04", (
        "Norwegian Foreign Minister Anniken Huitfeldt met Chilean Foreign Minister Alberto van Klaveren in Oslo on "
        "Tuesday to discuss salmon farming.")))], db)
    assert claim("NOR") == "contradicted"
    assert checked and all("NOR" in d for d in checked)
