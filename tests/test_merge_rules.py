"""One event per meeting across outlets: each rule of the corpus stage on reports written for it."""
from __future__ import annotations

import json

from parley import api
from parley.corpus.people import PersonMention, link


def ingest(tmp_path, db, *docs: dict):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    api.ingest([str(path)], db)
    return api.list_events(db)


def with_people(evs, *families):
    return [e for e in evs if e["type"] == "CONSULT" and
            all(any(f in (p["name"] or "").lower() for p in e["actors"] + e["recipients"]) for f in families)]


def sources(ev) -> set[str]:
    return {s["outlet"] for s in ev["sources"]}


def test_a_report_naming_a_subset_of_the_participants_joins_the_event(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-05-10", "text":
                  "Norwegian Foreign Minister Espen Barth Eide met Finnish Foreign Minister Elina Valtonen and "
                  "Swedish Foreign Minister Tobias Billstrom in Tromso on Friday to discuss Arctic search and rescue."},
                 {"outlet": "Paper B", "published": "2024-05-10", "text":
                  "Espen Barth Eide, Norway's foreign minister, met his Finnish counterpart Elina Valtonen in Tromso "
                  "on Friday. They discussed Arctic search and rescue and icebreakers."})
    found = with_people(evs, "eide", "valtonen")
    assert len(found) == 1 and sources(found[0]) == {"Wire A", "Paper B"}


def test_the_minister_and_the_premier_on_one_day_stay_two(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-12-25", "text":
                  "Japanese Foreign Minister Takeshi Iwaya met Chinese Premier Li Qiang in Beijing on Wednesday."},
                 {"outlet": "Paper B", "published": "2024-12-25", "text":
                  "Japanese Foreign Minister Takeshi Iwaya met Chinese Foreign Minister Wang Yi in Beijing on "
                  "Wednesday."})
    assert len(with_people(evs, "iwaya", "li")) == 1 and len(with_people(evs, "iwaya", "wang")) == 1
    assert with_people(evs, "iwaya", "li")[0]["id"] != with_people(evs, "iwaya", "wang")[0]["id"]


def test_a_day_apart_across_time_zones_is_one_meeting(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Asia Daily", "published": "2024-07-27", "text":
                  "Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Vientiane on "
                  "Saturday on the sidelines of the Asean meetings, discussing Taiwan and fentanyl."},
                 {"outlet": "US Wire", "published": "2024-07-27", "text":
                  "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Vientiane on "
                  "Friday on the sidelines of the Asean meetings, discussing Taiwan and fentanyl."})
    found = with_people(evs, "wang", "blinken")
    assert len(found) == 1
    assert {c["field"] for c in found[0]["conflicts"]} >= {"date"}


def test_a_preview_joins_its_report(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Preview Post", "published": "2024-03-10", "text":
                  "Kenyan President William Ruto will meet Tanzanian President Samia Suluhu Hassan in Arusha on "
                  "Tuesday to discuss cross-border trade."},
                 {"outlet": "Report Times", "published": "2024-03-12", "text":
                  "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Tuesday. "
                  "The two leaders agreed to remove trade barriers."})
    found = with_people(evs, "ruto", "hassan")
    assert len(found) == 1 and found[0]["status"] == "happened" and found[0]["date"] == "2024-03-12"
    assert sources(found[0]) == {"Preview Post", "Report Times"}


def test_two_meetings_of_one_article_stay_two(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2023-04-08", "text":
                  "French President Emmanuel Macron and Chinese President Xi Jinping held official talks on Thursday "
                  "in Beijing. The next day, Xi and Macron met again for dinner in Guangzhou on Friday."})
    found = sorted(with_people(evs, "macron", "xi"), key=lambda e: e["date"])
    assert [(e["date"], e["location"]["name"]) for e in found] == [("2023-04-06", "Beijing"), ("2023-04-07", "Guangzhou")]


def test_an_undated_report_is_dated_through_its_event(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Dated Wire", "published": "2024-11-18", "text":
                  "Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Rio de "
                  "Janeiro on Monday at the start of the summit."},
                 {"outlet": "Undated Blog", "text":
                  "Lula and Milei met in Rio de Janeiro on Monday, a frosty encounter between the two presidents. "
                  "Brazil's Lula shook hands with Argentina's Milei on the summit's first day."})
    found = with_people(evs, "lula", "milei")
    assert len(found) == 1 and found[0]["date"] == "2024-11-18"
    undated = next(s for s in found[0]["sources"] if s["outlet"] == "Undated Blog")
    assert undated["date"] == "2024-11-18" and undated["published"] is None


def test_people_link_across_spellings_and_surnames():
    m = [PersonMention("zelensky|volodymyr", "Volodymyr Zelenskyy", "UKR", "President", "in text", "a1"),
         PersonMention("zelensky|volodymyr", "Volodymyr Zelensky", None, None, None, "a2"),
         PersonMention("zelensky|", "Zelensky", None, None, None, "a3"),
         PersonMention("lee|jaemyung", "Lee Jae-myung", "KOR", "President", "in text", "a1"),
         PersonMention("lee|jaemyeong", "Yi Jae-myeong", "KOR", None, "actor file", "a4"),
         PersonMention("kim|jongun", "Kim Jong Un", "PRK", "Supreme Leader", "in text", "a1"),
         PersonMention("kim|dongyeon", "Kim Dong-yeon", "KOR", "Governor", "in text", "a5"),
         PersonMention("kim|", "Kim", "PRK", None, "in text", "a6")]
    key_to_id, people = link(m)
    assert key_to_id["zelensky|volodymyr"] == key_to_id["zelensky|"]
    assert key_to_id["lee|jaemyung"] == key_to_id["lee|jaemyeong"]
    assert key_to_id["kim|jongun"] != key_to_id["kim|dongyeon"]
    assert key_to_id["kim|"] == key_to_id["kim|jongun"]          # the North Korean Kim
    z = people[key_to_id["zelensky|"]]
    assert z.country == "UKR" and set(z.articles) == {"a1", "a2", "a3"}
    assert link(list(reversed(m)))[0] == key_to_id                 # whatever the order


def _rows(db) -> dict[str, tuple]:
    import sqlite3
    conn = sqlite3.connect(db)
    try:
        return {r[0]: r[1:] for r in conn.execute("SELECT id, data, updated_at FROM events")}
    finally:
        conn.close()


MEETING_A = [
    {"outlet": "Wire A", "published": "2024-06-04", "text":
     "Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in Kampala on Monday "
     "to discuss the oil pipeline and cross-border trade."},
    {"outlet": "Paper C", "published": "2024-06-04", "text":
     "Musalia Mudavadi, Kenya's foreign minister, held talks with his Ugandan counterpart Jeje Odongo in Kampala "
     "on Monday about the pipeline and trade."}]
MEETING_B = {"outlet": "Paper B", "published": "2024-06-19", "text":
             "Ugandan Foreign Minister Jeje Odongo met Kenyan Foreign Minister Musalia Mudavadi in Kampala on Tuesday "
             "to discuss fisheries on Lake Victoria and the railway."}
# undated, and fits both meetings alike: it stays apart, and brings both into every merge of their people
UNDATED = {"outlet": "Blog D", "text": "Jeje Odongo and Musalia Mudavadi held talks in Kampala."}


def test_an_incremental_merge_fuses_only_what_changed_and_equals_a_merge_from_scratch(tmp_path, monkeypatch):
    from parley.corpus import merge

    first, whole = str(tmp_path / "first.db"), str(tmp_path / "whole.db")
    ingest(tmp_path, first, MEETING_A[0], MEETING_B, UNDATED)
    before = _rows(first)
    fused = []
    real_fuse = merge.fuse
    monkeypatch.setattr(merge, "fuse", lambda members, *a, **k: fused.append(members) or real_fuse(members, *a, **k))
    ingest(tmp_path, first, MEETING_A[1])
    after = _rows(first)
    evs = api.list_events(first)
    by_date = {e["date"]: e for e in with_people(evs, "mudavadi", "odongo")}
    assert sorted(by_date, key=str) == ["2024-06-03", "2024-06-18", None]
    assert sources(by_date["2024-06-03"]) == {"Wire A", "Paper C"}
    assert sources(by_date["2024-06-18"]) == {"Paper B"} and sources(by_date[None]) == {"Blog D"}
    # the undated report was merged again with both meetings (it might have come to prefer one), but
    # only the meeting with a new report was fused again; the others stand as stored
    assert [sorted(c["id"] for c in ms) for ms in fused] == [sorted(by_date["2024-06-03"]["candidate_ids"])]
    assert after[by_date["2024-06-18"]["id"]] == before[by_date["2024-06-18"]["id"]]
    # the same events as all four merged at once, in another order (but for their line in the input)
    monkeypatch.setattr(merge, "fuse", real_fuse)
    ingest(tmp_path, whole, UNDATED, MEETING_A[1], MEETING_B, MEETING_A[0])
    assert _without_paths(_rows(whole)) == _without_paths(after)


def _without_paths(rows: dict[str, tuple]) -> dict[str, dict]:
    out = {}
    for i, (data, _) in rows.items():
        ev = json.loads(data)
        for s in ev["sources"]:
            s.pop("path")
        out[i] = ev
    return out


def test_one_given_name_of_several_is_the_same_person_and_a_short_one_is_not():
    m = [PersonMention("erdogan|receptayyip", "Recep Tayyip Erdogan", "TUR", "President", "in text", "a1"),
         PersonMention("erdogan|tayyip", "Tayyip Erdogan", "TUR", "President", "in text", "a2"),
         PersonMention("wang|yi", "Wang Yi", "CHN", "Foreign Minister", "in text", "a3"),
         PersonMention("wang|yiwei", "Wang Yiwei", "CHN", "Professor", "in text", "a4")]
    key_to_id, _ = link(m)
    assert key_to_id["erdogan|receptayyip"] == key_to_id["erdogan|tayyip"]
    assert key_to_id["wang|yi"] != key_to_id["wang|yiwei"]
    # (a given name of three letters after initials: "M.U.M. Ali Sabry" is "Ali Sabry")
    key_to_id, _ = link([PersonMention("sabry|mumali", "M.U.M. Ali Sabry", None, "Foreign Minister", None, "a1"),
                         PersonMention("sabry|ali", "Ali Sabry", "LKA", "Foreign Minister", "in text", "a2")])
    assert key_to_id["sabry|mumali"] == key_to_id["sabry|ali"]


def test_a_known_official_named_in_full_shortened_or_by_both_family_names_is_one_person(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2025-09-19", "text":
                  "Mexican President Claudia Sheinbaum Pardo met Canadian Prime Minister Mark Carney in Mexico City "
                  "on Thursday and the two leaders agreed to deepen trade ties."},
                 {"outlet": "Paper B", "published": "2025-09-19", "text":
                  "Mexican President Claudia Sheinbaum and Canadian Prime Minister Mark Carney held talks in Mexico "
                  "City on Thursday on trade and security."},
                 {"outlet": "Paper C", "published": "2025-09-19", "text":
                  "President Sheinbaum Pardo received Prime Minister Mark Carney at the National Palace in Mexico "
                  "City on Thursday. They discussed trade."})
    [ev] = with_people(evs, "sheinbaum", "carney")
    assert sources(ev) == {"Wire A", "Paper B", "Paper C"}
    assert len([p for p in ev["actors"] + ev["recipients"] if "Sheinbaum" in (p["name"] or "")]) == 1


def test_an_official_named_with_and_without_the_mother_s_family_name_is_one_person(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2025-03-14", "text":
                  "Colombian Undersecretary of Foreign Affairs Camila Restrepo Uribe met Ecuadorian Vice Minister of "
                  "Foreign Affairs Esteban Cordero Vaca in Quito on Thursday to discuss border security."},
                 {"outlet": "Paper B", "published": "2025-03-14", "text":
                  "Ecuador's Vice Minister Esteban Cordero and Colombia's Undersecretary Camila Restrepo held talks "
                  "in Quito on Thursday on border security."})
    [ev] = with_people(evs, "restrepo", "cordero")
    assert sources(ev) == {"Wire A", "Paper B"} and len(ev["actors"] + ev["recipients"]) == 2


def test_an_undated_article_reads_its_days_as_of_its_own_dateline_in_the_year_of_its_event(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-11-09", "text":
                  "Malaysian Prime Minister Anwar Ibrahim met Japanese Prime Minister Shigeru Ishiba in Tokyo on "
                  "Saturday and the two leaders agreed to deepen energy cooperation."},
                 {"outlet": "Undated B", "text":
                  "KUALA LUMPUR, Nov 11 (Reuters) - Malaysian Prime Minister Anwar Ibrahim met Japanese Prime "
                  "Minister Shigeru Ishiba in Tokyo on Saturday. On Sunday, Anwar held talks with Japanese Foreign "
                  "Minister Takeshi Iwaya in Tokyo."})
    [ev] = with_people(evs, "anwar", "iwaya")
    assert ev["date"] == "2024-11-10"           # the Sunday before Nov 11, not before the Saturday meeting
    assert sources(with_people(evs, "anwar", "ishiba")[0]) == {"Wire A", "Undated B"}


def test_an_undated_report_naming_one_side_and_its_counterpart_joins_the_dated_meeting(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2025-08-12", "text":
                  "Irish Foreign Minister Simon Harris met his Portuguese counterpart Paulo Rangel in Lisbon on "
                  "Tuesday to discuss fisheries and Atlantic security."},
                 {"outlet": "Undated B", "text":
                  "LISBON - Foreign Minister Paulo Rangel hosted his Irish counterpart for talks in Lisbon on "
                  "Tuesday, with fisheries at the top of the agenda."})
    [ev] = [e for e in evs if e["type"] == "CONSULT"]
    assert sources(ev) == {"Wire A", "Undated B"} and ev["date"] == "2025-08-12"


# two undated reports of one meeting: one gives the weekday, the other the day and month
UNDATED_MOMBASA = (
    {"outlet": "Undated A", "text":
     "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Mombasa on Thursday and "
     "agreed on the route of a new oil products pipeline between the two countries."},
    {"outlet": "Undated B", "text":
     "Ugandan President Yoweri Museveni held talks with Kenyan President William Ruto in Mombasa on "
     "March 14, the State House said. They agreed on the route of a pipeline to Uganda."},
)


def test_undated_reports_are_dated_by_a_later_article_that_counts_back_to_their_meeting(tmp_path, db):
    evs = ingest(tmp_path, db,
                 *UNDATED_MOMBASA,
                 {"outlet": "Dated C", "published": "2024-03-21", "text":
                  "Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi on "
                  "Wednesday, a week after he met Ugandan President Yoweri Museveni in Mombasa."})
    found = with_people(evs, "ruto", "museveni")
    assert len(found) == 1 and sources(found[0]) == {"Undated A", "Undated B", "Dated C"}
    assert found[0]["date"] == "2024-03-14"
    assert not with_people(evs, "hassan", "museveni")


def test_an_event_no_report_dates_takes_the_year_of_the_offices_its_reports_give(tmp_path, db, monkeypatch):
    from parley.corpus import dating

    monkeypatch.setattr(dating, "this_year", lambda: 2026)
    # Ruto was deputy president from 2013 and president from September 2022: as president, only in 2024
    # did March 14 fall on a Thursday (as his deputy, in 2013 and 2019 too)
    evs = ingest(tmp_path, db,
                 *UNDATED_MOMBASA)
    found = with_people(evs, "ruto", "museveni")
    assert len(found) == 1 and found[0]["date"] == "2024-03-14"


def test_a_one_word_name_and_the_states_of_a_named_official_fold_into_the_event(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2025-03-10", "text":
                  "Kenyan President William Ruto met Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday."},
                 {"outlet": "Paper B", "published": "2025-03-11", "text":
                  "Saudi and Kenyan officials meet in Riyadh\n\nSaudi Foreign Minister Faisal bin Farhan and Kenyan "
                  "officials held talks in Riyadh on Tuesday. Ruto, who met Prince Mohammed on Monday, did not take part."})
    summit = with_people(evs, "ruto")
    assert len(summit) == 1 and sources(summit[0]) == {"Wire A", "Paper B"}
    # "Prince Mohammed" is the crown prince, not another Mohamed of the actor file
    assert {p["name"] for p in summit[0]["actors"] + summit[0]["recipients"]} == {"William Ruto", "Mohammed bin Salman"}
    talks = [e for e in evs if e["type"] == "CONSULT" and e["date"] == "2025-03-11"]
    assert len(talks) == 1 and "Paper B" in sources(talks[0])
    parties = talks[0]["actors"] + talks[0]["recipients"]
    assert {p["name"] for p in parties if p.get("title")} == {"Faisal bin Farhan"}
    assert {p["country"] for p in parties} == {"SAU", "KEN"} and len(parties) == 2


def test_a_bilateral_on_the_margins_of_a_trilateral_stays_its_own_meeting(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-03-08", "text":
                  "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni and Tanzanian President "
                  "Samia Suluhu Hassan in Naivasha on Friday for a summit of the three leaders. On the sidelines, "
                  "Museveni and Hassan also held bilateral talks."},
                 {"outlet": "Paper B", "published": "2024-03-09", "text":
                  "Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan held a bilateral "
                  "meeting on Friday in Naivasha, on the margins of their trilateral summit with Kenyan President "
                  "William Ruto."},
                 {"outlet": "Blog C", "published": "2024-03-09", "text":
                  "William Ruto, Yoweri Museveni and Samia Suluhu Hassan met in Naivasha on Friday and agreed to "
                  "build a joint oil pipeline."})
    consults = [e for e in evs if e["type"] == "CONSULT" and e["date"] == "2024-03-08"]
    by_people = {frozenset(p["name"] for p in e["actors"] + e["recipients"]): sources(e) for e in consults}
    assert by_people == {
        frozenset({"William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"}): {"Wire A", "Paper B", "Blog C"},
        frozenset({"Yoweri Museveni", "Samia Suluhu Hassan"}): {"Wire A", "Paper B"},
    }



def test_two_bilaterals_beside_one_summit_sharing_one_leader_stay_two(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2025-03-14", "text":
                  "Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Foz do "
                  "Iguacu on Friday, before their summit with Paraguay's president."},
                 {"outlet": "Paper B", "published": "2025-03-14", "text":
                  "Argentine President Javier Milei met Paraguayan President Santiago Pena in Foz do Iguacu on "
                  "Friday, on the sidelines of their summit with Brazil's president."})
    bilateral = [e for e in evs if e["type"] == "CONSULT" and len(e["actors"] + e["recipients"]) == 2]
    assert len(with_people(bilateral, "lula", "milei")) == 1 and len(with_people(bilateral, "milei", "pena")) == 1
    assert with_people(bilateral, "lula", "milei")[0]["id"] != with_people(bilateral, "milei", "pena")[0]["id"]
    assert not with_people(bilateral, "lula", "pena")
    # (the summit of the three, each report naming its third leader by office only, is an event of its own)
    summit = with_people(evs, "lula", "milei", "pena")
    assert len(summit) == 1 and sources(summit[0]) == {"Wire A", "Paper B"}


def test_a_town_sharing_a_city_s_name_is_the_one_in_the_country_the_article_names(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-08-16", "text":
                  "New Zealand Prime Minister Christopher Luxon welcomed Australian Prime Minister Anthony Albanese "
                  "to Queenstown on Friday for the annual leaders' meeting of the two countries."},
                 {"outlet": "Paper B", "published": "2024-06-20", "text":
                  "U.S. Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Paris on "
                  "Thursday."})
    queenstown = with_people(evs, "luxon", "albanese")
    assert queenstown and queenstown[0]["location"]["country"] == "NZL" and queenstown[0]["mode"] == "visit"
    # a capital's name is never a namesake's, whatever states the article names
    paris = with_people(evs, "blinken", "kuleba")
    assert paris and paris[0]["location"]["country"] == "FRA"


def test_an_undated_article_is_dated_through_another_meeting_of_its_lead_s_people(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "text":
                  "SAO PAULO, Nov 18 (Reuters) - Canadian Prime Minister Justin Trudeau met Chinese President Xi "
                  "Jinping on Monday on the sidelines of the G20 summit.\n\nTrudeau also met Mexican President "
                  "Claudia Sheinbaum, and the two agreed to defend the trade pact."},
                 {"outlet": "Paper B", "published": "2024-11-19", "text":
                  "Mexican President Claudia Sheinbaum held talks with Canadian Prime Minister Justin Trudeau on "
                  "Monday in Rio de Janeiro."},
                 {"outlet": "Agency C", "text":
                  "BEIJING, Nov. 19 (Xinhua) -- Chinese President Xi Jinping met with Canadian Prime Minister Justin "
                  "Trudeau on Monday in Rio de Janeiro."})
    xi = with_people(evs, "xi", "trudeau")
    assert len(xi) == 1 and xi[0]["date"] == "2024-11-18" and sources(xi[0]) == {"Wire A", "Agency C"}
    # the city of Wire A's dateline is where the reporter filed: it neither splits the meeting from the report that
    # names Rio de Janeiro nor outweighs it
    assert xi[0]["location"]["name"] == "Rio de Janeiro"


def test_reports_of_other_countries_conflict_only_by_the_countries_the_reports_give():
    from parley.corpus.features import features
    from parley.corpus.scoring import people_conflict

    def report(cid: str, *people: tuple[str, str | None]) -> dict:
        return {"id": cid, "article_id": cid, "type": "CONSULT", "date": "2025-03-14", "date_precision": "day",
                "actors": [{"kind": "person", "name": n, "name_key": n.lower(), "country": c} for n, c in people],
                "recipients": []}

    person_of = {"milei": "P1", "lula": "P2", "pena": "P3", "smith": "P4"}
    country = {"P1": "ARG", "P2": "BRA", "P3": "PRY", "P4": "PRY"}
    lula_milei = features(report("a", ("Lula", "BRA"), ("Milei", "ARG")), person_of, None)
    milei_pena = features(report("b", ("Milei", "ARG"), ("Pena", "PRY")), person_of, None)
    assert people_conflict(lula_milei, milei_pena, country) == "meetings of other countries"
    # a family name alone that the registry linked to someone of a third country gives the report no country
    milei_smith = features(report("c", ("Milei", "ARG"), ("Smith", None)), person_of, None)
    assert people_conflict(lula_milei, milei_smith, country) is None


def test_an_undated_report_is_read_as_written_after_its_meeting(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Dated Agency", "published": "2024-08-19", "text":
                  "Lao President Thongloun Sisoulith held talks with Cambodian Prime Minister Hun Manet in Vientiane "
                  "on Monday."},
                 {"outlet": "Undated Daily", "text":
                  "Lao President Thongloun Sisoulith and Cambodian Prime Minister Hun Manet held talks in Vientiane on "
                  "Monday.\n\nHun Manet also met Lao Prime Minister Sonexay Siphandone on Tuesday."})
    talks = with_people(evs, "thongloun", "manet")
    assert len(talks) == 1 and talks[0]["date"] == "2024-08-19" and sources(talks[0]) == {"Dated Agency", "Undated Daily"}
    # the undated report tells of Tuesday after Monday's talks: the day after them, not the Tuesday before
    assert [e["date"] for e in with_people(evs, "manet", "siphandone")] == ["2024-08-20"]


def test_a_report_known_only_to_the_month_joins_the_one_meeting_of_its_people_that_month(tmp_path, db):
    call = {"outlet": "Tokyo Wire", "published": "2024-03-05", "text":
            "Japanese Prime Minister Fumio Kishida spoke by telephone with Kenyan President William Ruto on Tuesday. "
            "The two leaders discussed debt relief and geothermal energy."}
    later = {"outlet": "Nairobi Daily", "published": "2024-03-26", "text":
             "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday.\n\n"
             "Ruto had spoken by phone with Kishida earlier this month."}
    evs = ingest(tmp_path, db, call, later)
    calls = with_people(evs, "kishida", "ruto")
    assert len(calls) == 1 and calls[0]["date"] == "2024-03-05" and sources(calls[0]) == {"Tokyo Wire", "Nairobi Daily"}
    # two calls that month: which one the month tells is unknown, so it joins neither
    second = {"outlet": "Osaka Post", "published": "2024-03-19", "text":
              "Ahead of the G7 summit, Kenya's William Ruto and Japan's Fumio Kishida held a phone call on Monday, "
              "the Kenyan presidency said, adding that food security and fertiliser prices were on the agenda."}
    (tmp_path / "two").mkdir()
    evs = ingest(tmp_path / "two", db.parent / "two.db", call, second, later)
    calls = with_people(evs, "kishida", "ruto")
    assert sorted(e["date"] for e in calls) == ["2024-03", "2024-03-05", "2024-03-18"]


def test_a_place_written_with_and_without_its_diacritics_is_one_place(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Agencia Sul", "published": "2024-03-26", "text":
                  "Brazilian President Luiz Inacio Lula da Silva received Portuguese Prime Minister Luis Montenegro "
                  "in Belém on Tuesday."},
                 {"outlet": "Wire Undated", "text":
                  "BELEM, Brazil, March 26 (Reuters) - Portuguese Prime Minister Luis Montenegro held talks with "
                  "Brazilian President Luiz Inacio Lula da Silva in Belem on Tuesday."})
    found = with_people(evs, "lula", "montenegro")
    assert len(found) == 1 and found[0]["date"] == "2024-03-26" and found[0]["location"]["name"] == "Belém"
    assert sources(found[0]) == {"Agencia Sul", "Wire Undated"}
    assert not [c for c in found[0]["conflicts"] if c["field"] == "location"]


def test_a_dateline_s_day_and_month_take_their_year_from_any_meeting_the_report_tells(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "text":
                  "NAIROBI, June 3 (Reuters) - Kenyan President William Ruto held talks with visiting Somali President "
                  "Hassan Sheikh Mohamud in Nairobi on Monday.\n\nRuto travels to Addis Ababa on Tuesday for talks with "
                  "Ethiopian Prime Minister Abiy Ahmed."},
                 {"outlet": "Paper B", "published": "2024-06-04", "text":
                  "Ethiopian Prime Minister Abiy Ahmed received Kenyan President William Ruto in Addis Ababa on "
                  "Tuesday."})
    # the Addis Ababa talks give the wire's "June 3" its year: its own lead meeting is dated by its own words
    assert [e["date"] for e in with_people(evs, "ruto", "mohamud")] == ["2024-06-03"]
    addis = with_people(evs, "ruto", "abiy")
    assert len(addis) == 1 and sources(addis[0]) == {"Wire A", "Paper B"}


def test_an_undated_article_is_dated_through_a_meeting_it_tells_in_passing(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Borneo Post", "published": "2024-06-11", "text":
                  "Sultan Hassanal Bolkiah held talks with Malaysian Prime Minister Anwar Ibrahim in Bandar Seri "
                  "Begawan on Tuesday."},
                 {"outlet": "Undated Daily", "text":
                  "Malaysian Prime Minister Anwar Ibrahim held talks with Indonesian President Joko Widodo in Jakarta "
                  "on Thursday.\n\nAnwar arrived in Jakarta on Wednesday night after his visit to Brunei, where he held "
                  "talks with Sultan Hassanal Bolkiah on Tuesday."})
    # the lead's Thursday is the one after the Tuesday talks the article tells in passing, not the one before
    assert [e["date"] for e in with_people(evs, "anwar", "widodo")] == ["2024-06-13"]
    brunei = with_people(evs, "anwar", "bolkiah")
    assert len(brunei) == 1 and brunei[0]["date"] == "2024-06-11" and sources(brunei[0]) == {"Borneo Post",
                                                                                            "Undated Daily"}


def test_a_call_reported_a_day_apart_across_time_zones_is_one_call(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "US Wire", "published": "2021-11-15", "text":
                  "U.S. President Joe Biden and Chinese President Xi Jinping held a virtual summit on Monday evening, "
                  "discussing Taiwan and trade."},
                 {"outlet": "Asia Agency", "published": "2021-11-16", "text":
                  "Chinese President Xi Jinping held a video call with U.S. President Joe Biden on Tuesday morning "
                  "Beijing time, discussing trade."})
    calls = with_people(evs, "biden", "xi")
    assert len(calls) == 1 and sources(calls[0]) == {"US Wire", "Asia Agency"} and calls[0]["mode"] == "phone"


def test_a_trip_s_preview_and_an_undated_wire_join_the_report_that_dates_the_meeting(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Preview Agency", "published": "2025-06-02", "text":
                  "Indonesian President Prabowo Subianto will pay a state visit to France from June 10 to 14, his "
                  "office said on Monday.\n\nDuring the state visit, Prabowo will hold talks with President Emmanuel "
                  "Macron in Paris."},
                 {"outlet": "Undated Wire", "text":
                  "PARIS, June 12 (Antara) - French President Emmanuel Macron held talks with Indonesian President "
                  "Prabowo Subianto at the Elysee Palace on Thursday."},
                 {"outlet": "Paper C", "published": "2025-06-12", "text":
                  "Emmanuel Macron received Prabowo Subianto in Paris on Thursday for talks on defence."})
    met = with_people(evs, "macron", "prabowo")
    assert len(met) == 1 and met[0]["date"] == "2025-06-12"
    assert sources(met[0]) == {"Preview Agency", "Undated Wire", "Paper C"}


def test_a_capital_guessed_for_a_visit_is_no_other_city_of_the_report_that_places_it():
    from parley.corpus.features import features
    from parley.corpus.scoring import field_score

    def cand(cid: str, loc: dict) -> dict:
        return {"id": cid, "article_id": cid, "type": "CONSULT", "status": "happened", "date": "2024-04-16",
                "date_precision": "day", "location": loc, "actors": [], "recipients": []}

    guessed = {"name": "Berlin", "country": "DEU", "kind": "city",
               "basis": "capital of the host country (no city named; Germany is)"}
    named = {"name": "Berlin", "country": "DEU", "kind": "city", "basis": "locative phrase"}
    hamburg = features(cand("b", {"name": "Hamburg", "country": "DEU", "kind": "city"}), {}, None)
    # the guess says only "in Germany": no other city than Hamburg; a Berlin the text names is one
    assert field_score(features(cand("a", guessed), {}, None), hamburg) - \
        field_score(features(cand("a", named), {}, None), hamburg) == 1.5


def test_a_preview_of_a_meeting_over_two_days_joins_the_report_of_its_second_day(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Preview Wire", "published": "2024-02-12", "text":
                  "Indian Prime Minister Narendra Modi will meet Omani Sultan Haitham bin Tariq in Muscat on "
                  "February 14-15."},
                 {"outlet": "Gulf Daily", "published": "2024-02-15", "text":
                  "Sultan Haitham bin Tariq received Indian Prime Minister Narendra Modi in Muscat on Thursday."})
    met = with_people(evs, "modi", "haitham")
    assert len(met) == 1 and met[0]["date"] == "2024-02-15" and sources(met[0]) == {"Preview Wire", "Gulf Daily"}


def test_the_day_a_report_tells_outweighs_publication_days_of_reports_that_tell_none(tmp_path, db):
    # a meeting on Monday evening in Washington, published on Tuesday morning in Sydney by two outlets that give no day
    evs = ingest(tmp_path, db,
                 {"outlet": "Sydney A", "published": "2025-10-21", "text":
                  "Prime Minister Anthony Albanese has met US President Donald Trump at the White House, where the "
                  "two leaders signed a critical minerals framework."},
                 {"outlet": "Sydney B", "published": "2025-10-21", "text":
                  "Australian Prime Minister Anthony Albanese has held his first formal meeting with US President "
                  "Donald Trump at the White House, and the two signed a minerals deal."},
                 {"outlet": "US Wire", "published": "2025-10-20", "text":
                  "U.S. President Donald Trump and Australian Prime Minister Anthony Albanese signed a critical "
                  "minerals framework at the White House on Monday."})
    found = with_people(evs, "albanese", "trump")
    assert len(found) == 1 and sources(found[0]) == {"Sydney A", "Sydney B", "US Wire"}
    assert found[0]["date"] == "2025-10-20"


def test_a_weekday_written_with_the_day_and_month_tells_the_year_of_an_undated_event(tmp_path, db, monkeypatch):
    from parley.corpus import dating

    monkeypatch.setattr(dating, "this_year", lambda: 2026)
    # Starmer (from July 2024) and Trump (from January 2025): February 27 of 2025 or 2026, a Thursday only in 2025
    evs = ingest(tmp_path, db,
                 {"outlet": "Undated A", "text":
                  "British Prime Minister Keir Starmer met US President Donald Trump at the White House on Thursday, "
                  "February 27th, and handed him a letter from King Charles."},
                 {"outlet": "Undated B", "text":
                  "US President Donald Trump held talks with British Prime Minister Keir Starmer in the Oval Office, "
                  "where Starmer delivered an invitation for a state visit."})
    found = with_people(evs, "starmer", "trump")
    assert len(found) == 1 and found[0]["date"] == "2025-02-27"


def test_an_undated_report_of_a_meeting_no_report_dates_takes_its_datelines_year_from_the_corpus(tmp_path, db):
    """"ANKARA, March 6 (Wire) - ... on Wednesday": March 6 fell on a Wednesday in 2019 and 2024, both in the two
    presidents' terms; the corpus's other reports of Turkey and Azerbaijan are of 2024."""
    evs = ingest(tmp_path, db,
                 {"outlet": "Paper A", "published": "2024-02-20", "text":
                  "Turkish Foreign Minister Hakan Fidan met Azerbaijani Foreign Minister Jeyhun Bayramov in Baku on "
                  "Tuesday to prepare a visit by President Ilham Aliyev to Ankara."},
                 {"outlet": "Wire B", "text":
                  "ANKARA, March 6 (Wire B) - Azerbaijani President Ilham Aliyev visited Turkey on Wednesday, holding "
                  "talks with President Recep Tayyip Erdogan on energy and the Middle Corridor."})
    found = with_people(evs, "aliyev", "erdogan")
    assert [e["date"] for e in found] == ["2024-03-06"]
    # (with no other report of those states, the year stays open)
    evs = ingest(tmp_path, str(db) + "-2",
                 {"outlet": "Wire B", "text":
                  "ANKARA, March 6 (Wire B) - Azerbaijani President Ilham Aliyev visited Turkey on Wednesday, holding "
                  "talks with President Recep Tayyip Erdogan on energy and the Middle Corridor."})
    assert [e["date"] for e in with_people(evs, "aliyev", "erdogan")] == [None]


def test_two_names_of_one_city_are_one_place(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Paper A", "published": "2023-09-09", "text":
                  "Rishi Sunak met Narendra Modi in Delhi on Saturday, where the two leaders discussed a free trade "
                  "agreement."},
                 {"outlet": "Paper B", "published": "2023-09-09", "text":
                  "British Prime Minister Rishi Sunak held talks with Indian Prime Minister Narendra Modi in New Delhi "
                  "on Saturday on the sidelines of the G20."})
    [ev] = with_people(evs, "sunak", "modi")
    assert sources(ev) == {"Paper A", "Paper B"} and ev["location"]["name"] == "New Delhi"


def test_an_undated_report_joins_the_meeting_on_the_weekday_it_tells(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Paper A", "published": "2023-10-12", "text":
                  "US Secretary of State Antony Blinken met Jordan's King Abdullah II in Amman on Thursday."},
                 {"outlet": "Paper B", "published": "2023-10-16", "text":
                  "US Secretary of State Antony Blinken met Jordan's King Abdullah II in Amman on Monday, four days "
                  "after their first meeting."},
                 {"outlet": "Wire C", "text":
                  "Secretary of State Antony Blinken met King Abdullah II in Amman on Monday and discussed aid routes "
                  "to Gaza with him."})
    found = {e["date"]: sources(e) for e in with_people(evs, "blinken", "abdullah")}
    # (Paper B's "their first meeting", four days before, is the first)
    assert found == {"2023-10-12": {"Paper A", "Paper B"}, "2023-10-16": {"Paper B", "Wire C"}}


def test_an_undated_report_of_a_leader_and_an_unnamed_official_on_the_right_weekday_joins(tmp_path, db):
    # the undated report names one person and "the Emir of Qatar"; its "on Tuesday" is the dated call's weekday
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-10-15", "text":
                  "Iranian President Masoud Pezeshkian held a telephone conversation on Tuesday with Qatar's Emir "
                  "Sheikh Tamim bin Hamad Al Thani on the escalation in Lebanon."},
                 {"outlet": "Agency B", "text":
                  "Tehran - President Masoud Pezeshkian and the Emir of Qatar spoke by telephone on Tuesday, "
                  "discussing the escalation in Lebanon."})
    calls = [e for e in evs if e["type"] == "CONSULT" and e["status"] != "background"]
    assert len(calls) == 1 and sources(calls[0]) == {"Wire A", "Agency B"}
    assert calls[0]["date"] == "2024-10-15"


def test_undated_wire_reports_take_the_one_year_of_their_people_s_offices_their_weekday_fits(tmp_path, db):
    # (Kishida and Yoon both held office in 2022-2024; of these, May 26 fell on a Sunday only in 2024)
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "text":
                  "SEOUL, May 26 (Wire A) -- South Korean President Yoon Suk Yeol held talks with Japanese Prime "
                  "Minister Fumio Kishida in Seoul on Sunday, agreeing to strengthen cooperation on supply chains."},
                 {"outlet": "Wire B", "text":
                  "SEOUL, May 26 (Wire B) -- Japanese Prime Minister Fumio Kishida and South Korean President Yoon "
                  "Suk Yeol agreed Sunday to resume a financial dialogue, as they met in Seoul."})
    [ev] = with_people(evs, "kishida", "yoon")
    assert ev["date"] == "2024-05-26" and sources(ev) == {"Wire A", "Wire B"}


def test_an_ambiguous_numeric_date_is_read_the_other_way_where_another_report_s_dateline_gives_that_day(tmp_path, db):
    # ("10/09/2024" is read month first; an undated wire report's "AMMAN, Sept 10" tells the other reading)
    evs = ingest(tmp_path, db,
                 {"outlet": "Agency A", "text":
                  "Foreign Minister receives his Omani counterpart\n\n10/09/2024\n\nDeputy Prime Minister and "
                  "Minister of Foreign Affairs Ayman Safadi received the Foreign Minister of the Sultanate of Oman, "
                  "Badr Albusaidi, who is on an official visit to Amman."},
                 {"outlet": "Agency B", "text":
                  "AMMAN, Sept 10 (Agency B) -- Oman's Foreign Minister Badr Albusaidi held talks on Tuesday with "
                  "Jordan's Deputy Prime Minister and Minister of Foreign Affairs Ayman Safadi in Amman."})
    [ev] = with_people(evs, "safadi", "albusaidi")
    assert ev["date"] == "2024-09-10" and sources(ev) == {"Agency A", "Agency B"}
    assert next(s for s in ev["sources"] if s["outlet"] == "Agency A")["date"] == "2024-09-10"


def test_an_undated_wire_report_is_not_dated_by_a_meeting_it_tells_as_a_year_before(tmp_path, db):
    # (its "a year ago" joins the dated meeting of 2023; its dateline "Nov 16" with "on Saturday" is 2024's: in 2023 it
    # fell on a Thursday, and in 2025 Biden no longer held office)
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "text":
                  "LIMA, Nov 16 (Wire A) - U.S. President Joe Biden and Chinese President Xi Jinping met on Saturday "
                  "on the sidelines of the APEC summit in Lima, their first meeting since they met at a California "
                  "estate a year ago and likely their last before Donald Trump returns to the White House."},
                 {"outlet": "Wire B", "published": "2023-11-15", "text":
                  "WOODSIDE, Calif. (Wire B) - President Joe Biden and Chinese President Xi Jinping agreed Wednesday "
                  "to restore military-to-military communications, as the two leaders met for four hours at the "
                  "Filoli estate south of San Francisco."})
    lima = [e for e in with_people(evs, "biden", "xi") if (e["location"] or {}).get("name") == "Lima"]
    assert [e["date"] for e in lima] == ["2024-11-16"]
    assert not with_people(evs, "trump")


def test_an_official_elect_holds_the_months_before_the_term_when_a_dateline_is_given_its_year(tmp_path, db):
    # (an undated wire report: "President-elect" in November holds the months before his term of January 2025; not
    # 2019, when he held office and November 29 also fell on a Friday)
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire B", "text":
                  "PALM BEACH, Nov 29 (Wire B) - Canadian Prime Minister Justin Trudeau had dinner with U.S. "
                  "President-elect Donald Trump at his Mar-a-Lago resort in Florida on Friday, days after Trump "
                  "threatened tariffs on Canadian goods."})
    assert [e["date"] for e in with_people(evs, "trudeau", "trump")] == ["2024-11-29"]


def test_a_conversation_told_under_datelines_of_two_countries_is_one_call(tmp_path, db):
    # (where each report was filed is no place of the call, and "had a conversation" is no visit to the dateline's city)
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-03-05", "text":
                  "SANTIAGO (Wire A) - Chilean President Gabriel Boric said on Tuesday he had a productive "
                  "conversation with Brazilian President Luiz Inacio Lula da Silva about lithium and migration."},
                 {"outlet": "Wire B", "published": "2024-03-05", "text":
                  "BRASILIA (Wire B) - Brazilian President Luiz Inacio Lula da Silva and Chilean President Gabriel "
                  "Boric spoke by phone on Tuesday about lithium, migration and the Bioceanic Corridor."})
    found = with_people(evs, "boric", "lula")
    assert [(e["date"], e["mode"], e["location"], sources(e)) for e in found] == [
        ("2024-03-05", "phone", None, {"Wire A", "Wire B"})]


def test_a_japanese_official_named_family_name_first_is_the_known_official(tmp_path, db):
    from parley.extract.known_officials import known_offices

    assert [k.name for k in known_offices("Iwaya Takeshi")] == ["Takeshi Iwaya"]
    evs = ingest(tmp_path, db,
                 {"outlet": "Agency A", "text":
                  "Manila (PNA) - Foreign Affairs Secretary Enrique Manalo held talks with Japanese Minister for "
                  "Foreign Affairs Iwaya Takeshi in Manila on November 7."},
                 {"outlet": "Paper B", "published": "2024-11-08", "text":
                  "Foreign Minister Takeshi Iwaya met his Philippine counterpart Enrique Manalo in Manila on Thursday."})
    [ev] = with_people(evs, "iwaya", "manalo")
    assert ev["date"] == "2024-11-07" and sources(ev) == {"Agency A", "Paper B"}


def test_a_year_less_preview_takes_the_year_its_states_met_in_within_days(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Dated Agency", "published": "2024-12-15", "text":
                  "French President Emmanuel Macron held talks with Polish Prime Minister Donald Tusk in Warsaw on "
                  "Sunday, the Polish government said."},
                 {"outlet": "Wire", "text":
                  "Macron heads to Poland\n\nWARSAW, Dec 15 (Wire) - French President Emmanuel Macron arrived in Poland "
                  "on Sunday. Macron is set to meet Polish President Andrzej Duda on Monday."})
    assert [e["date"] for e in with_people(evs, "macron", "duda")] == ["2024-12-16"]


def test_an_undated_wire_report_is_read_as_of_its_lead_and_a_meeting_before_it_keeps_its_own_day(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Agencia", "published": "2025-07-09", "text":
                  "Brazilian President Luiz Inacio Lula da Silva received Indian Prime Minister Narendra Modi at the "
                  "Alvorada Palace in Brasilia on Tuesday for a state visit."},
                 {"outlet": "Wire", "text":
                  "BRASILIA, July 8 (Wire) - Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio "
                  "Lula da Silva signed six agreements on Tuesday.\n\nThe leaders met at the Alvorada palace in "
                  "Brasilia after Modi attended the BRICS summit in Rio de Janeiro. Before arriving in Brazil, Modi met "
                  "Argentine President Javier Milei on Saturday in Buenos Aires."})
    lula = with_people(evs, "modi", "lula")
    assert [(e["date"], len(e["sources"])) for e in lula] == [("2025-07-08", 2)]
    assert [e["date"] for e in with_people(evs, "modi", "milei")] == ["2025-07-05"]


def test_the_terms_of_other_offices_say_nothing_of_when_an_official_held_the_one_a_report_gives():
    from parley.extract.known_officials import known_terms
    from parley.extract.names import name_key

    key = name_key("Minoru Kihara")
    assert known_terms(key, frozenset({"Chief Cabinet Secretary"})) == [("2025-10", None)]
    assert known_terms(key, frozenset({"Finance Minister"})) == []
    assert known_terms(key) != []


def test_a_report_dated_by_its_own_dateline_in_the_corpus_year_dates_the_other_reports_of_its_event(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Paper A", "published": "2025-03-11", "text":
                  "Iranian Foreign Minister Abbas Araghchi held talks with Russian Foreign Minister Sergei Lavrov in "
                  "Moscow on Monday."},
                 {"outlet": "Wire B", "text":
                  "MOSCOW, January 17 (Wire B) - Russian President Vladimir Putin and Iranian President Masoud "
                  "Pezeshkian signed a partnership treaty after talks at the Kremlin on Friday."},
                 {"outlet": "Wire C", "text":
                  "Russian President Vladimir Putin held talks with Iranian President Masoud Pezeshkian at the Kremlin "
                  "on Friday.\n\nPutin had hosted North Korean leader Kim Jong Un in Moscow last April."})
    found = [e for e in with_people(evs, "putin", "pezeshkian") if e["status"] == "happened"]
    assert [(e["date"], len(e["sources"])) for e in found] == [("2025-01-17", 2)]
    # the report with no dateline is read as of its event too: its "last April" is 2024
    assert [e["date"] for e in with_people(evs, "putin", "kim")] == ["2024-04"]


def test_an_undated_report_is_read_as_of_the_day_of_the_meeting_its_headline_tells(tmp_path, db):
    # the headline's meeting is told by a signing (found after the meetings the body tells), the body's other meeting
    # in passing "on Monday": the report's lead is the headline's, and its Monday is the one before that meeting
    evs = ingest(tmp_path, db,
                 {"outlet": "Xinhua", "published": "2024-05-08", "text":
                  "Chinese President Xi Jinping held talks with Serbian President Aleksandar Vucic in Belgrade on "
                  "Wednesday."},
                 {"outlet": "Tanjug", "text":
                  "Vucic, Xi sign joint statement\n\nBELGRADE, May 8 (Tanjug) - Serbian President Aleksandar Vucic and "
                  "Chinese President Xi Jinping signed on Wednesday a joint statement on deepening their strategic "
                  "partnership, at the Palace of Serbia in Belgrade.\n\n"
                  "Xi arrived in Belgrade on Tuesday evening from Paris, where he held talks with French President "
                  "Emmanuel Macron on Monday."})
    assert [e["date"] for e in with_people(evs, "xi", "macron")] == ["2024-05-06"]
    assert [sources(e) for e in with_people(evs, "xi", "vucic")] == [{"Xinhua", "Tanjug"}]


def test_a_preview_s_day_and_month_take_their_year_where_no_report_dates_the_meeting(tmp_path, db):
    # a preview that tells no meeting held, published only in a month: its "19 August" is read in the year the
    # people's terms and the corpus give
    evs = ingest(tmp_path, db,
                 {"outlet": "Delhi Wire", "published": "2025-08-18", "text":
                  "Chinese Foreign Minister Wang Yi met External Affairs Minister S Jaishankar in New Delhi on "
                  "Monday."},
                 {"outlet": "Preview Daily", "published": "2025-08", "text":
                  "New Delhi: Chinese Foreign Minister Wang Yi will hold talks with External Affairs Minister S "
                  "Jaishankar on Monday evening.\n\nLater on 19 August, Wang will call on Prime Minister Narendra "
                  "Modi at his residence."})
    assert [e["date"] for e in with_people(evs, "wang", "modi")] == ["2025-08-19"]


def test_reports_of_no_year_are_dated_by_a_dateline_s_today_the_weekday_and_their_people_s_terms(tmp_path, db):
    # no report has a year: the dateline's "July 25" with "today", the other's "Tuesday", and the years both men held
    # office give one day (25 July 2023 was a Tuesday; in 2024 and 2025 it was not)
    evs = ingest(tmp_path, db,
                 {"outlet": "Bernama", "text":
                  "Anwar, Marcos hold talks\n\nPUTRAJAYA, July 25 (Bernama) -- Prime Minister Anwar Ibrahim and "
                  "Philippine President Ferdinand Marcos Jr held a bilateral meeting at Perdana Putra here today."},
                 {"outlet": "PNA", "text":
                  "PUTRAJAYA – President Ferdinand R. Marcos Jr. and Malaysian Prime Minister Anwar Ibrahim on "
                  "Tuesday agreed to strengthen maritime cooperation during their bilateral meeting."})
    found = with_people(evs, "marcos", "anwar")
    assert [(e["date"], sources(e)) for e in found] == [("2023-07-25", {"Bernama", "PNA"})]


def test_an_undated_article_told_day_by_day_is_dated_through_its_later_meeting(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire", "published": "2025-07-12", "text":
                  "U.S. Secretary of State Marco Rubio held talks with Chinese Foreign Minister Wang Yi in Kuala Lumpur "
                  "on Friday."},
                 {"outlet": "Undated Weekly", "text":
                  "In Kuala Lumpur, Wang Yi balances Russia and the United States\n\n"
                  "On Thursday, Chinese Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov on the "
                  "sidelines of the ASEAN meetings.\n\n"
                  "On Friday, Wang sat down with U.S. Secretary of State Marco Rubio for what both sides called a "
                  "candid conversation."})
    # the lead's Thursday is the day before Friday's talks it tells next, not the Thursday after them
    assert [e["date"] for e in with_people(evs, "wang", "lavrov")] == ["2025-07-10"]
    friday = with_people(evs, "wang", "rubio")
    assert len(friday) == 1 and friday[0]["date"] == "2025-07-11" and sources(friday[0]) == {"Wire", "Undated Weekly"}
