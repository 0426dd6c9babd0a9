"""Times told twice, groups read by their words, and acts told in passing: a time restated in parentheses in another
zone is no second time; a possessive ends a name; "the two heads of state" are no ministers, "the two regional rivals"
are states and "the ministers" no presidents; what a claim of a first is the first since, what "the previous summit"
tells in its clause, "then Italian Prime Minister" and "last visited" are before the news; the visit an arrival came on
and an arrival without its place share the arrival's day; an invitation's time, preparations and "many times" date no
meeting held; an undated call on the weekday of a dated one is that call. Every text here is written for the test."""
from __future__ import annotations

import datetime as dt

from parley.corpus.features import features
from parley.corpus.scoring import date_conflict
from parley.extract.actors import ArticleActors
from parley.extract.context import ArticleContext
from parley.extract.gazetteer import gazetteer
from parley.time.tagger import tag
from test_merge_rules import ingest, sources, with_people
from test_news_articles import article, consult_events, events, meetings, party_names, people_in


# -- times and names ---------------------------------------------------------------------------------------------

def test_a_time_restated_in_another_zone_is_no_second_time():
    text = "Lula held talks with Albanese in Canberra on Monday evening (Tuesday morning Brasilia time), aides said."
    told = [t.text for t in tag(text, dt.date(2025, 3, 5))]
    assert "Monday evening" in told and "Tuesday morning" not in told
    # (a parenthesis of another kind keeps its time: "(on Tuesday)")
    told = [t.text for t in tag("The talks ended on Monday (and resumed on Tuesday).", dt.date(2025, 3, 5))]
    assert "Tuesday" in told


def test_a_possessive_ends_a_name():
    assert people_in("Officials studied the results of President Gustavo Petro's European tour.") == {"Gustavo Petro"}


def test_a_word_that_opens_a_sentence_is_no_name():
    text = "Meanwhile, the Chilean president, Gabriel Boric, and Lula have begun talks in Santiago."
    assert "Meanwhile" not in people_in(text)


def test_a_name_the_parser_reads_as_an_adverb_before_a_relative_clause_is_the_subject():
    evs = events("Korea Weekly\n\n"
                 "Officials spent the week parsing the results of President Yoon Suk Yeol's trip.\n\n"
                 "Yoon, who returned home this week, met Japanese Prime Minister Fumio Kishida on the sidelines of "
                 "the summit in Jakarta last Friday, their first formal talks in a year.",
                 published="2023-09-15")
    talks = meetings(evs, "Yoon Suk Yeol", "Fumio Kishida")
    assert [e["date"] for e in talks] == ["2023-09-08"]


def test_a_news_agency_credited_is_no_person():
    text = ("Wang Yi holds talks with Vivian Balakrishnan | News  World  Source: Xinhua | Editor: wx  "
            "SINGAPORE, May 6 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Singaporean Foreign "
            "Minister Vivian Balakrishnan on Tuesday.")
    evs = events(text, published="2025-05-06")
    assert all("Xinhua" not in party_names(e) for e in consult_events(evs))
    # (nor is it where the parser takes it for one)
    actors = ArticleActors(text, dt.date(2025, 5, 6))
    at = text.index("Xinhua")
    assert actors.add_person("Xinhua", at, at + len("Xinhua")) is None


def test_a_capitalised_word_the_text_also_writes_in_lower_case_is_no_person():
    evs = events("Modi and Starmer hold talks\n\n"
                 "Narendra Modi and Keir Starmer discussed trade, migration and fentanyl at Chequers on Thursday.\n\n"
                 "Starmer later said Modi had pledged to fight \"the terrible Fentanyl crisis\" together with Starmer.",
                 published="2025-07-25")
    assert all("Fentanyl" not in party_names(e) for e in consult_events(evs))


def test_palm_beach_is_a_town_the_gazetteer_knows():
    hits = gazetteer().scan("Trudeau flew to Palm Beach for dinner.")
    assert [(h.text, h.best.code) for h in hits] == [("Palm Beach", "USA")]


def test_a_month_of_that_year_is_of_the_last_year_named():
    text = ("The two leaders last met in Tashkent in October 2022. Modi's last trip to Samarkand was in August of that "
            "year.")
    values = {t.text: t.value for t in tag(text, dt.date(2024, 9, 1))}
    assert values["August"] == "2022-08" and values["that year"] == "2022"


# -- groups --------------------------------------------------------------------------------------------------------

def test_the_two_heads_of_state_are_not_the_ministers_of_the_meeting_told():
    # (a page scraped onto one line, whose related links name the president with the minister)
    evs = events("Wang Yi holds talks with Penny Wong | news.example  Home  China  World  Source: Wire | 2024-03-20  "
                 "BEIJING, March 20 (Wire) -- Chinese Foreign Minister Wang Yi held talks with Australian Foreign "
                 "Minister Penny Wong in Beijing on Wednesday.  Wang said that since the meeting between the two heads "
                 "of state in San Francisco last November, relations have improved.  Related:  Xi meets Australian "
                 "Foreign Minister Wong  |  Chinese, Australian leaders hold phone talks",
                 published="2024-03-20")
    earlier = [e for e in consult_events(evs) if e["date"] == "2023-11"]
    assert earlier and not any({"Wang Yi", "Penny Wong"} & party_names(e) for e in earlier)


def test_the_two_regional_rivals_are_states():
    evs = events("Erdogan visits Athens\n\n"
                 "Turkish President Recep Tayyip Erdogan met Greek Prime Minister Kyriakos Mitsotakis in Athens on "
                 "Thursday.\n\n"
                 "The visit comes months after the two regional rivals agreed, in a deal brokered by NATO in March, to "
                 "restore military hotlines.",
                 published="2023-12-07")
    talks = meetings(evs, "Recep Tayyip Erdogan", "Kyriakos Mitsotakis")
    assert talks and all(e["date"] == "2023-12-07" for e in talks)


def test_the_ministers_are_no_presidents_named_after_them():
    evs = events("Kuleba meets Sikorski in Warsaw\n\n"
                 "Ukrainian Foreign Minister Dmytro Kuleba held talks with his Polish counterpart Radoslaw Sikorski in "
                 "Warsaw on Thursday.\n\n"
                 "The ministers also discussed preparations for a meeting between Presidents Volodymyr Zelensky and "
                 "Andrzej Duda.",
                 published="2024-02-01")
    presidents = meetings(evs, "Volodymyr Zelensky", "Andrzej Duda")
    assert not any(e["status"] == "happened" and e["date"] == "2024-02-01" for e in presidents)


# -- acts before the news ------------------------------------------------------------------------------------------

def test_what_a_first_is_the_first_since_is_before_it():
    evs = events("Modi tells Carney India and Canada should reset ties\n\n"
                 "Kananaskis: Indian Prime Minister Narendra Modi has told Mark Carney the two countries should restore "
                 "diplomatic staff, in a meeting on the sidelines of the G7 summit.\n\n"
                 "The prime minister met Modi at the resort on Tuesday.\n\n"
                 "The meeting was their first since Carney's visit to New Delhi, which was the first by a Canadian "
                 "prime minister in six years.\n\n"
                 "Carney will fly to Brussels for the NATO summit on Wednesday, where he is expected to meet several "
                 "leaders.")
    # (the visit to New Delhi is no meeting held, nor of Wednesday's)
    assert [party_names(e) for e in consult_events(evs) if e["status"] == "happened"] == [
        {"Narendra Modi", "Mark Carney"}]


def test_a_clause_of_the_previous_summit_tells_an_earlier_meeting():
    evs = events("Sanchez hosts Erdogan in Madrid\n\n"
                 "Spanish Prime Minister Pedro Sanchez hosted Turkish President Recep Tayyip Erdogan in Madrid on "
                 "Wednesday for the eighth intergovernmental summit.\n\n"
                 "The previous summit took place in Ankara, during which Erdogan hosted then Spanish Prime Minister "
                 "Mariano Rajoy.",
                 published="2024-06-12")
    earlier = meetings(evs, "Recep Tayyip Erdogan", "Mariano Rajoy")
    assert earlier and all(e["status"] == "background" and e["date"] != "2024-06-12" for e in earlier)


def test_then_without_a_hyphen_before_a_title_tells_an_office_of_the_past():
    evs = events("Meloni hosts Erdogan\n\n"
                 "Italian Prime Minister Giorgia Meloni hosted Turkish President Recep Tayyip Erdogan in Rome on "
                 "Tuesday.\n\n"
                 "On his first trip to Rome, Erdogan met then Italian Prime Minister Paolo Gentiloni at Palazzo "
                 "Chigi.",
                 published="2025-04-29")
    earlier = meetings(evs, "Recep Tayyip Erdogan", "Paolo Gentiloni")
    # (told before the news, and not on the day of the meeting told beside it)
    assert [(e["status"], e["date"]) for e in earlier] == [("background", None)]


def test_last_visited_is_no_mention_of_the_meeting_told():
    evs = events("Macron lands in New Delhi, sits down with Modi\n\n"
                 "Macron arrived in India's capital on Friday evening and headed straight for a bilateral meeting with "
                 "Prime Minister Narendra Modi, the first stop of a trip that will also take him to Vietnam.\n\n"
                 "The visit is Macron's first trip to India this year. He last visited the country in 2018.")
    talks = meetings(evs, "Emmanuel Macron", "Narendra Modi")
    assert [(e["date_text"], e["status"]) for e in talks] == [("Friday evening", "happened")]


def test_an_act_done_many_times_takes_no_day_of_the_meeting_told():
    evs = events("Lula welcomed at the Elysee\n\n"
                 "French President Emmanuel Macron welcomed Brazilian President Luiz Inacio Lula da Silva at the Elysee "
                 "Palace on Thursday.\n\n"
                 "Lula said he had visited Macron many times as president.")
    talks = meetings(evs, "Emmanuel Macron", "Luiz Inacio Lula da Silva")
    assert [e["date_text"] for e in talks].count("Thursday") == 1


# -- journeys and their days ---------------------------------------------------------------------------------------

def test_the_visit_an_arrival_came_on_has_the_arrival_s_day():
    evs = events("Carney raises trade with Modi\n\n"
                 "New Delhi, Mar 13 (Wire) Prime Minister Narendra Modi on Thursday raised trade with his Canadian "
                 "counterpart Mark Carney, who assured him of a quick deal.\n\n"
                 "The two leaders held talks at Hyderabad House.\n\n"
                 "Carney, who arrived in India on Monday on his first visit as prime minister, visited Mumbai before "
                 "reaching the capital.",
                 published="2025-03-13")
    talks = meetings(evs, "Narendra Modi", "Mark Carney")
    assert [e["date"] for e in talks if e["location"] and e["location"]["name"] == "New Delhi"] == ["2025-03-13"]


def test_an_arrival_told_without_its_place_late_in_a_day_is_not_the_day_of_the_talks():
    evs = events("Starmer, Carney unveil deal in Ottawa\n\n"
                 "British Prime Minister Keir Starmer and Canadian Prime Minister Mark Carney shake hands on Parliament "
                 "Hill in Ottawa on Sunday.\n\n"
                 "The announcement came after the two leaders held a bilateral meeting in Ottawa. Starmer arrived "
                 "Saturday evening with his wife Victoria Starmer.",
                 published="2025-06-15")
    talks = meetings(evs, "Keir Starmer", "Mark Carney")
    assert {e["date"] for e in talks} == {"2025-06-15"}


def test_an_arrival_gone_on_from_at_once_is_the_day_of_the_meeting():
    evs = events("Albanese lands in Tokyo, sits down with Ishiba\n\n"
                 "Anthony Albanese arrived in the Japanese capital on Friday evening and headed straight for a "
                 "bilateral meeting with Prime Minister Shigeru Ishiba.")
    talks = meetings(evs, "Anthony Albanese", "Shigeru Ishiba")
    assert talks and {e["date_text"] for e in talks} == {"Friday evening"}


def test_a_visit_to_states_of_none_of_the_parties_lends_no_place():
    evs = events("Putin, Tokayev discuss energy in Kremlin talks\n\n"
                 "MOSCOW: Russian President Vladimir Putin on Thursday hosted his Kazakh counterpart Kassym-Jomart "
                 "Tokayev for talks on energy, as the Kremlin seeks to boost its influence in Central Asia.\n\n"
                 "Tokayev flew to Moscow a day after Putin made a whirlwind visit to the United Arab Emirates and Saudi "
                 "Arabia, two Gulf powers that have been courted by Washington.\n\n"
                 "\"It is very important for us to exchange views with you,\" Putin told Tokayev at the start of the "
                 "talks.")
    talks = meetings(evs, "Vladimir Putin", "Kassym-Jomart Tokayev")
    assert talks and all((e["location"] or {}).get("country") != "ARE" for e in talks)


# -- times of other acts -------------------------------------------------------------------------------------------

def test_the_time_an_invitation_is_for_is_not_the_meeting_s():
    evs = events("Live: Albanese and Carney sign minerals deal\n\n"
                 "14.52 AEST\nCarney: 'I invite you to Canada'\n"
                 "Mark Carney has finished his remarks by inviting Anthony Albanese and Australian hockey fans to Canada "
                 "for the World Cup later this year.\n"
                 "He says he and Albanese discussed critical minerals, and thanks the prime minister for the action "
                 "taken.\n\n13.31 AEST\nThe two leaders have also signed a critical minerals arrangement.",
                 published="2025-05-24")
    talks = meetings(evs, "Mark Carney", "Anthony Albanese")
    assert talks and all(e["date"] == "2025-05-24" for e in talks if e["status"] == "happened")


def test_a_forum_s_summit_is_no_second_meeting_of_the_two_who_met_before_it():
    evs = events("Lula, Modi meet ahead of G20\n\n"
                 "RIO DE JANEIRO, Nov 17 (Wire) - Brazilian President Luiz Inacio Lula da Silva and Indian Prime "
                 "Minister Narendra Modi on Sunday welcomed progress on an ethanol deal, as the two leaders met ahead of "
                 "a Group of 20 summit in Rio de Janeiro.",
                 published="2024-11-17")
    talks = meetings(evs, "Luiz Inacio Lula da Silva", "Narendra Modi")
    assert len(talks) == 1


# -- the corpus stage ----------------------------------------------------------------------------------------------

def test_an_undated_call_on_the_weekday_of_a_dated_call_is_that_call(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2025-03-06", "text":
                  "WASHINGTON (Wire) - President Donald Trump on Thursday paused tariffs on Canadian goods after "
                  "speaking by telephone with Prime Minister Justin Trudeau."},
                 {"outlet": "Paper B", "published": "2025-02-26", "text":
                  "OTTAWA (Wire) - Prime Minister Justin Trudeau on Wednesday spoke by telephone with President Donald "
                  "Trump about tariffs on Canadian goods."},
                 {"outlet": "Blog C", "text":
                  "Canadian Prime Minister Justin Trudeau said his telephone conversation with US President Donald "
                  "Trump on Thursday was constructive."})
    calls = {e["date"]: sources(e) for e in with_people(evs, "trudeau", "trump")}
    assert calls.get("2025-03-06") == {"Wire A", "Blog C"}


def _features(cid: str, date: str | None, spec: dict | None, *people: tuple[str, str, str], partial: str | None = None):
    """The corpus stage's features of a candidate of two people ((name, name key, country) each), dated to `date` or
    told by `spec` only, of an article whose dateline gives `partial`."""
    c = {"id": cid, "article_id": cid, "type": "CONSULT", "status": "planned" if spec and spec.get("direction") ==
         "future" else "happened", "date": date, "date_precision": "day" if date else None, "date_spec": spec,
         "actors": [{"name": people[0][0], "kind": "person", "name_key": people[0][1], "country": people[0][2]}],
         "recipients": [{"name": people[1][0], "kind": "person", "name_key": people[1][1], "country": people[1][2]}]}
    return features(c, {key: f"p{i}" for i, (_, key, _) in enumerate(people)}, date, partial)


MODI_ALBANESE = (("Narendra Modi", "modi|narendra", "IND"), ("Anthony Albanese", "albanese|anthony", "AUS"))
PUTIN_XI = (("Vladimir Putin", "putin|vladimir", "RUS"), ("Xi Jinping", "xi|jinping", "CHN"))


def test_an_undated_report_is_no_meeting_far_from_its_dateline_s_day():
    may = _features("a", "2023-05-24", None, *MODI_ALBANESE)
    # "NEW DELHI, Mar 10 (Agency) ... On Thursday, the two prime ministers watched cricket together"
    thursday = _features("b", None, {"kind": "weekday", "wd": 3, "direction": "past"}, *MODI_ALBANESE,
                         partial="--03-10")
    assert date_conflict(may, thursday) == date_conflict(thursday, may) == \
        "far from the day of the undated report's dateline"
    # (within a week of it, the weekday decides)
    march = _features("c", "2023-03-09", None, *MODI_ALBANESE)
    assert date_conflict(march, thursday) is None


def test_a_meeting_told_with_a_month_only_does_not_date_its_article(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2023-06-22", "text":
                  "WASHINGTON (Wire) - President Joe Biden welcomed Indian Prime Minister Narendra Modi to the White "
                  "House on Thursday for a state visit."},
                 {"outlet": "Paper B", "text":
                  "Biden arrived in New Delhi on Friday evening and went straight to talks with Prime Minister Narendra "
                  "Modi at his residence.\n\nThe two leaders discussed the engine deal agreed when Modi made a state "
                  "visit to Washington in June."})
    delhi = [e for e in with_people(evs, "biden", "modi") if (e["location"] or {}).get("name") == "New Delhi"]
    assert delhi and not any((e["date"] or "").startswith("2023-06") for e in delhi)


def test_a_meeting_told_in_passing_gives_a_dateline_s_day_only_its_year():
    from parley.corpus.dating import article_anchor
    assert article_anchor("2023-05-24", 2, "--03-10", preview=True, in_passing=True)[0] == "2023-03-10"
    assert article_anchor("2023-05-24", 2, "--03-10", preview=False, in_passing=True)[0] == "2024-03-10"
    # (the article's lead meeting far from its dateline's day is read as of the day after it, as before)
    assert article_anchor("2023-05-24", 2, "--03-10")[0] == "2023-05-25"


def test_a_meeting_told_a_month_before_is_not_the_lead_of_an_undated_preview():
    evs = events("Lula to visit Tokyo next week for summit with Ishiba\n\n"
                 "BRASILIA, March 19 (Wire) -- President Luiz Inacio Lula da Silva will make a state visit to Japan "
                 "next week for a summit with Prime Minister Shigeru Ishiba, the presidential office said.\n\n"
                 "The two leaders held talks in Rio de Janeiro last November.")
    earlier = [e for e in meetings(evs, "Luiz Inacio Lula da Silva", "Shigeru Ishiba") if e["date_text"] == "last November"]
    assert earlier and not any(e["main"] for e in earlier)


# -- previews ------------------------------------------------------------------------------------------------------

def test_next_weekday_written_on_that_weekday_is_a_week_on():
    told = {t.text: t.value for t in tag("Lula will leave next Thursday and will be back this coming Monday.",
                                         dt.date(2023, 3, 9))}
    assert told == {"next Thursday": "2023-03-16", "this coming Monday": "2023-03-13"}


def test_what_is_expected_to_be_a_meeting_is_as_the_verb_that_holds_it_tells():
    ctx = ArticleContext(article("Lula, Petro hold final summit\n\nPublished 2026-05-08\n\n"
                                 "President Luiz Inacio Lula da Silva and Colombian President Gustavo Petro held what is "
                                 "expected to be their last summit Friday in Bogota.\n\n"
                                 "Lula and Petro have begun what is expected to be their last meeting."), None)
    ctx.read(list(range(len(ctx.spans))))
    told = [e for e in ctx.events if e.trigger_text in ("summit", "meeting")
            and "what is expected" in ctx.sentence_text(e.sentence)]
    assert len(told) == 2 and not any(e.future for e in told)


def test_a_month_told_as_that_month_is_of_the_last_year_named():
    told = {t.text: t.value for t in tag("They first met in Lima in March 2023 and again that May.",
                                         dt.date(2024, 9, 6))}
    assert told["May"] == "2023-05"


def test_a_news_agency_in_a_dateline_without_its_place_is_no_party():
    evs = events("Ishiba to visit Manila Sunday\n\n"
                 "Tokyo, (Jiji Press)--Japanese Prime Minister Shigeru Ishiba will visit the Philippines on Sunday for "
                 "talks with President Ferdinand Marcos Jr., the government announced.\n\nJiji Press")
    assert all("Jiji" not in " ".join(party_names(e)) for e in consult_events(evs))


def test_a_preview_stays_a_preview_through_the_words_around_it():
    evs = events("Ishiba to Visit Philippines Sunday, Monday\n\n"
                 "Japanese Prime Minister Shigeru Ishiba will visit the Philippines on Sunday and Monday for talks with "
                 "President Ferdinand Marcos Jr., the government announced.\n\n"
                 "Ishiba will become the first Japanese prime minister to visit the Philippines for bilateral talks in "
                 "about five years. He and Marcos plan to confirm that the regular visits by the leaders are back on "
                 "track.\n\n"
                 "In the summit, the two leaders are expected to discuss maritime security.")
    talks = meetings(evs, "Shigeru Ishiba", "Ferdinand Marcos Jr.")
    assert talks and all(e["status"] == "planned" for e in talks)


# -- journeys and forums -------------------------------------------------------------------------------------------

def test_a_journey_to_attend_a_forum_s_summit_is_no_meeting_with_its_host():
    evs = events("Modi holds talks with Tinubu in Abuja\n\n"
                 "ABUJA (Wire) - Indian Prime Minister Narendra Modi held talks with Nigerian President Bola Tinubu in "
                 "Abuja on Sunday.\n\nModi will travel to Brazil on Monday to attend the G20 summit in Rio de Janeiro.",
                 published="2024-11-17")
    assert not [e for e in consult_events(evs) if "Brazil" in party_names(e)]


def test_a_journey_told_a_day_after_talks_is_no_day_of_the_talks():
    evs = events("Putin heads to Harbin after talks with Xi\n\n"
                 "Russian President Vladimir Putin travelled on Friday to the northeastern Chinese city of Harbin, a day "
                 "after holding wide-ranging talks with Xi Jinping in Beijing.",
                 published="2024-05-17")
    talks = meetings(evs, "Vladimir Putin", "Xi Jinping")
    assert [(e["date"], (e["location"] or {}).get("name")) for e in talks] == [("2024-05-16", "Beijing")]


def test_a_headline_infinitive_far_from_its_day_lies_ahead():
    told = {t.text: t.value for t in tag("Ruto to hold talks with Biden at the White House on Thursday",
                                         dt.date(2024, 5, 21))}
    assert told == {"Thursday": "2024-05-23"}


def test_the_democratic_republic_of_congo_without_the_article_is_kinshasa_s_state():
    hits = gazetteer().scan("Macron ended his tour in the Democratic Republic of Congo on Saturday.")
    assert [(h.text, h.best.code) for h in hits] == [("Democratic Republic of Congo", "COD")]


def test_a_clause_with_its_own_subject_beside_an_arrival_is_not_what_the_arrival_is_about():
    evs = events("Trump in Tokyo\n\n"
                 "U.S. President Donald Trump arrived in Tokyo on Monday for a three-day visit, with Prime Minister "
                 "Sanae Takaichi preparing to host him for talks on Tuesday.",
                 published="2025-10-27")
    talks = meetings(evs, "Donald Trump", "Sanae Takaichi")
    assert [(e["status"], e["date"]) for e in talks] == [("planned", "2025-10-28")]


def test_an_undated_report_on_the_weekday_of_one_of_two_meetings_joins_that_one(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2023-10-18", "text":
                  "BEIJING (Wire) - Russian President Vladimir Putin held talks with Chinese President Xi Jinping in "
                  "Beijing on Wednesday."},
                 {"outlet": "Wire B", "published": "2024-05-16", "text":
                  "BEIJING (Wire) - Russian President Vladimir Putin held talks with Chinese President Xi Jinping in "
                  "Beijing on Thursday."},
                 {"outlet": "Blog C", "text":
                  "Putin and Xi held talks in Beijing on Wednesday, the Kremlin said."})
    days = {e["date"]: sources(e) for e in with_people(evs, "putin", "xi")}
    assert days.get("2023-10-18") == {"Wire A", "Blog C"}


def test_an_undated_report_of_a_month_is_no_meeting_of_another_month():
    may = _features("a", "2024-05-16", None, *PUTIN_XI)
    # "The two leaders are expected to meet again in Astana in July"
    july = _features("b", None, {"kind": "month_day", "m": 7, "direction": "future"}, *PUTIN_XI)
    assert date_conflict(may, july) == "not in the month the undated report tells"
    in_may = _features("c", None, {"kind": "month_day", "m": 5, "direction": "past"}, *PUTIN_XI)
    assert date_conflict(may, in_may) is None


# -- asides, "the same day" and forums' members ---------------------------------------------------------------------

def test_an_aside_after_the_subject_lends_its_time_and_place_to_no_verb_after_it():
    evs = events("Weekly brief\n\n"
                 "British Prime Minister Keir Starmer, fresh from talks with Joe Biden in Washington last Friday, met "
                 "Germany's Olaf Scholz in Berlin on Monday.\n\n"
                 "Scholz, whose Social Democrats lost a state election in September, met Starmer at the Chancellery.",
                 published="2024-09-20")
    talks = meetings(evs, "Keir Starmer", "Olaf Scholz")
    assert talks and {(e["date"], (e["location"] or {}).get("name")) for e in talks} == {("2024-09-16", "Berlin")}


def test_the_same_day_as_an_act_told_with_a_month_is_of_that_month():
    told = {t.text: t.value for t in tag("Tusk had already travelled to Berlin for talks with Scholz in February, on "
                                         "the same day he met Macron in Paris.", dt.date(2024, 7, 2))}
    assert told["the same day"] == "2024-02"


def test_their_after_a_forum_s_members_is_no_one_the_article_names():
    evs = events("Week in Europe\n\n"
                 "British Prime Minister Keir Starmer met Italy's Giorgia Meloni in Rome on Monday.\n\n"
                 "EU leaders gather in Brussels for their summit in October.",
                 published="2024-09-20")
    assert [e["date"] for e in meetings(evs, "Keir Starmer", "Giorgia Meloni")] == ["2024-09-16"]


def test_a_meeting_told_ahead_of_takes_no_day_of_the_verb_before_it():
    evs = events("Biden, Lopez Obrador discuss migration\n\n"
                 "US President Joe Biden met Monday with his Mexican counterpart Andres Manuel Lopez Obrador in Mexico "
                 "City, where the two leaders discussed migration, drug trafficking and trade ahead of a trilateral "
                 "summit with Canada.",
                 published="2023-01-10")
    assert {e["date"] for e in consult_events(evs)} == {"2023-01-09"}


def test_an_act_two_people_did_together_that_a_broadcaster_reported_is_their_meeting():
    evs = events("Deal signed\n\n"
                 "US President Donald Trump and Indian Prime Minister Narendra Modi on Tuesday signed a framework "
                 "agreement on critical minerals in New Delhi, Indian broadcaster Doordarshan reported.",
                 published="2025-10-28")
    assert [e["date"] for e in meetings(evs, "Donald Trump", "Narendra Modi")] == ["2025-10-28"]


def test_an_emperor_met_is_of_his_state():
    evs = events("Trump meets emperor\n\n"
                 "US President Donald Trump met Emperor Naruhito at the Imperial Palace in Tokyo on Monday.",
                 published="2025-10-27")
    talks = meetings(evs, "Donald Trump", "Naruhito")
    assert talks and {p["country"] for e in talks for p in e["actors"] + e["recipients"]} == {"USA", "JPN"}


def test_an_undated_report_s_dateline_gives_a_day_to_an_event_told_with_its_month(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Paper A", "published": "2023-03-25", "text":
                  "Australian Prime Minister Anthony Albanese visited India in March, holding talks with Indian Prime "
                  "Minister Narendra Modi in New Delhi on trade and security."},
                 {"outlet": "Agency B", "text":
                  "NEW DELHI, Mar 10 (Agency B) Prime Minister Narendra Modi on Friday held talks with his Australian "
                  "counterpart Anthony Albanese at Hyderabad House in New Delhi on trade and security."})
    days = {e["date"]: sources(e) for e in with_people(evs, "modi", "albanese")}
    assert "Agency B" in days.get("2023-03-10", set())
    from parley.corpus.dating import dateline_in_event_month
    assert dateline_in_event_month("--03-10", "2023-03", 4)[0] == "2023-03-10"     # a Friday
    assert dateline_in_event_month("--03-10", "2023-03", 1) is None                # not on a Tuesday
    assert dateline_in_event_month("--04-10", "2023-03") is None                   # another month
