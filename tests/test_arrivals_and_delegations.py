"""Arrivals, delegations and what a report tells beside its meeting: the day a visitor arrived is the first day of the
visit, not a meeting of its own beside the talks held after it; talks between two states' delegations are between the
heads the article names, with or without the verb for the second one; a meeting of others told in another state, or
one a span of time runs from ("since their first meeting"), is no mention of the meeting told; the city told right
after a partner's name is where they meet; a Greek given name and its English form are one; a named meeting two
leaders held is theirs; the plural of a state's people, a page's labels, a word in lower case and a nickname in quotes
make no person of their own; "Tuesday (26)" is the 26th, and "later Friday" the Friday nearest the writing. Every text
here is written for the test."""
from __future__ import annotations

import datetime as dt

from parley.extract.gazetteer import gazetteer
from parley.extract.names import name_key
from parley.extract.triggers import trigger_of
from parley.nlp import nlp
from parley.time.tagger import tag
from test_merge_rules import ingest, sources, with_people
from test_news_articles import article, consult_events, dates_of, events, meetings, party_names, people_in


def _held(evs: list[dict]) -> list[dict]:
    return [e for e in consult_events(evs) if e["status"] == "happened"]


# -- arrivals -----------------------------------------------------------------------------------------------------

def test_an_arrival_the_day_before_is_no_second_meeting_beside_the_talks():
    text = ("Chile's foreign minister meets Peters in Wellington\n\n"
            "Published: Tue, 14 Oct 2025\n\n"
            "New Zealand's Foreign Minister Winston Peters has met his Chilean counterpart Alberto van Klaveren in "
            "Wellington.\n\n"
            "Mr van Klaveren, who is on his first trip to the Pacific, arrived yesterday.\n\n"
            "The two ministers held talks at Parliament this morning on trade and Antarctic research.\n\n"
            "Mr Peters said the talks had been warm and practical.")
    evs = events(text, published="2025-10-14")
    held = meetings(_held(evs), "Winston Peters", "Alberto van Klaveren")
    assert len(held) == 1, held
    assert held[0]["date"] == "2025-10-14"


def test_an_arrival_told_after_the_talks_joins_them_and_does_not_date_them():
    text = ("Kenyan, Ethiopian leaders hold talks in Addis Ababa\n\n"
            "ADDIS ABABA, March 9 -- Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed "
            "in Addis Ababa on Sunday, with both sides pledging to speed up work on the road and power links between "
            "the two countries.\n\n"
            "Abiy said Ethiopia regards its ties with Kenya as a priority.\n\n"
            "Following the talks, the two leaders witnessed the signing of four agreements.\n\n"
            "Ruto arrived in the Ethiopian capital on Saturday.")
    evs = events(text, published="2025-03-09")
    assert dates_of(_held(evs), "William Ruto", "Abiy Ahmed") == ["2025-03-09"]


def test_an_arrival_late_on_the_eve_and_talks_the_next_morning_are_one_meeting():
    text = ("Albanese and Luxon seal trade pact\n\n"
            "March 4, 2025\n\n"
            "Australian Prime Minister Anthony Albanese urged closer defence ties as he and New Zealand Prime Minister "
            "Christopher Luxon met for their annual leaders' talks.\n\n"
            "Luxon arrived in Sydney on Monday for his second visit to Australia as prime minister.\n\n"
            "The two leaders spent Tuesday morning at Admiralty House before fronting the media.")
    evs = events(text, published="2025-03-04")
    held = meetings(_held(evs), "Anthony Albanese", "Christopher Luxon")
    assert [e["date"] for e in held] == ["2025-03-04"]


def test_an_arrival_after_a_gathering_elsewhere_is_the_start_of_the_visit_told():
    text = ("Indian, Vietnamese prime ministers hold talks in Hanoi\n\n"
            "HANOI, Nov. 3 -- Indian Prime Minister Narendra Modi held talks with Vietnamese Prime Minister Pham Minh "
            "Chinh in Hanoi on Sunday, with both sides pledging to deepen cooperation in defence and energy.\n\n"
            "Following the talks, the two prime ministers witnessed the signing of a number of cooperation "
            "documents.\n\n"
            "Modi arrived in Hanoi on Saturday for an official visit to Vietnam after attending the leaders' meetings "
            "on regional cooperation in Laos.")
    evs = events(text, published="2024-11-03")
    held = meetings(consult_events(evs), "Narendra Modi", "Pham Minh Chinh")
    assert [(e["date"], e["status"]) for e in held] == [("2024-11-03", "happened")]


def test_a_meeting_of_others_told_in_another_state_is_no_mention_of_the_visit():
    text = ("Lula lands in Beijing on surprise visit\n\n"
            "July 8, 2024\n\n"
            "Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Monday for an unannounced visit, and "
            "is expected to meet Chinese President Xi Jinping.\n\n"
            "Several ambassadors are expected to raise the trip at a meeting in Brussels on Wednesday.")
    evs = events(text, published="2024-07-08")
    talks = meetings(consult_events(evs), "Luiz Inacio Lula da Silva", "Xi Jinping")
    # (in Beijing, on no day the text gives: the arrival's day is the trip's, and Wednesday is the ambassadors')
    assert [((e["location"] or {}).get("name"), e["date"]) for e in talks] == [("Beijing", None)]


def test_a_meeting_on_the_day_of_the_arrival_keeps_that_day():
    # (the arrival's day is no day of the talks only where the talks are told on a day of their own)
    text = ("Ruto in Addis Ababa\n\n"
            "March 9, 2025\n\n"
            "Kenyan President William Ruto arrived in Addis Ababa on Saturday and held talks with Ethiopian Prime "
            "Minister Abiy Ahmed at the National Palace the same evening.")
    evs = events(text, published="2025-03-09")
    assert dates_of(_held(evs), "William Ruto", "Abiy Ahmed") == ["2025-03-08"]


def test_talks_a_week_after_an_arrival_are_another_meeting():
    # (an arrival begins a visit of a few days: talks a week later are no part of it)
    text = ("Peters in Santiago\n\n"
            "Published: Tue, 14 Oct 2025\n\n"
            "New Zealand's Foreign Minister Winston Peters met Chilean Foreign Minister Alberto van Klaveren in "
            "Santiago on October 3.\n\n"
            "On October 13, the two ministers held talks again in Wellington.")
    evs = events(text, published="2025-10-14")
    assert sorted(dates_of(consult_events(evs), "Winston Peters", "Alberto van Klaveren")) == \
        ["2025-10-03", "2025-10-13"]


def test_talks_a_visit_will_see_are_a_meeting_of_their_own():
    text = ("Chile's top diplomat arrives for talks\n\n"
            "Updated: 2 days ago\n\n"
            "Chile's Foreign Minister Alberto van Klaveren has arrived in Wellington for a brief visit that will see "
            "him hold talks with Foreign Minister Winston Peters on Monday, and call on Prime Minister Christopher "
            "Luxon.")
    evs = events(text, published="2024-03-16")
    talks = meetings(consult_events(evs), "Alberto van Klaveren", "Winston Peters")
    assert [e["date"] for e in talks] == ["2024-03-18"]


def test_he_after_a_passive_is_its_subject_not_its_host():
    text = ("Erdogan due in Athens\n\n"
            "Turkish President Recep Tayyip Erdogan will arrive in Athens on Thursday morning for a one-day visit.\n\n"
            "Erdogan will first be received by President of the Republic Katerina Sakellaropoulou at the Presidential "
            "Mansion.\n\n"
            "He will then hold talks with Prime Minister Kyriakos Mitsotakis at the Maximos Mansion.")
    evs = events(text, published="2023-12-05")
    talks = meetings(consult_events(evs), "Kyriakos Mitsotakis")
    assert [party_names(e) for e in talks] == [{"Recep Tayyip Erdogan", "Kyriakos Mitsotakis"}]


# -- delegations --------------------------------------------------------------------------------------------------

def test_the_second_delegation_s_head_told_without_the_verb_is_its_head():
    text = ("Brazilian-Mexican talks in Sao Paulo last five hours\n\n"
            "The Brazilian delegation was led by Foreign Minister Mauro Vieira, the Mexican by Foreign Secretary "
            "Juan Ramon de la Fuente\n\n"
            "12 MAY 2025, 15:42\n\n"
            "SAO PAULO, May 12. Talks between the Brazilian and Mexican delegations in Sao Paulo have ended after "
            "about five hours.\n\n"
            "The two sides agreed to start consultations on a new trade agreement.")
    evs = events(text, published="2025-05-12")
    held = _held(evs)
    assert len(held) == 1, held
    assert party_names(held[0]) == {"Mauro Vieira", "Juan Ramon de la Fuente"}


def test_sides_represented_by_their_heads_and_a_summit_told_ahead_stay_apart():
    text = ("Talks in Geneva\n\n"
            "12 MAY 2025\n\n"
            "GENEVA, May 12. Talks between the Brazilian and Mexican delegations in Geneva have ended after about five "
            "hours.\n\n"
            "The Brazilian side was represented by Foreign Minister Mauro Vieira and adviser Celso Amorim; the Mexican "
            "side by Foreign Secretary Juan Ramon de la Fuente.\n\n"
            "Amorim said it was still difficult to name a date for a meeting between Brazilian President Luiz Inacio "
            "Lula da Silva and Mexican President Claudia Sheinbaum.")
    evs = events(text, published="2025-05-12")
    held = _held(evs)
    assert [party_names(e) for e in held] == [{"Mauro Vieira", "Juan Ramon de la Fuente"}]
    assert not any({"Luiz Inacio Lula da Silva", "Mauro Vieira"} <= party_names(e) for e in consult_events(evs))


# -- Greek given names ----------------------------------------------------------------------------------------------

def test_greek_given_names_and_their_english_forms_are_one_person(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2023-09-05", "text":
                  "Greek Foreign Minister Giorgos Gerapetritis held talks with Turkish Foreign Minister Hakan Fidan in "
                  "Ankara on Tuesday, the first visit by a Greek foreign minister in more than a year."},
                 {"outlet": "Paper B", "published": "2023-09-05", "text":
                  "Greece's top diplomat George Gerapetritis met his Turkish counterpart Hakan Fidan in Ankara on "
                  "Tuesday to prepare a meeting of their leaders."})
    talks = with_people(evs, "gerapetritis", "fidan")
    assert len(talks) == 1, talks
    assert sources(talks[0]) == {"Wire A", "Paper B"}
    # (a given name of another person of the family stays another: "Nikos" is not "Giorgos")
    assert name_key("Nikos Gerapetritis") != name_key("George Gerapetritis") == name_key("Giorgos Gerapetritis")


# -- a named meeting held by two, and the people of a state ------------------------------------------------------

def _trigger(sentence: str, word: str):
    doc = nlp()(sentence)
    return trigger_of(next(t for t in doc if t.text == word))


def test_a_named_meeting_two_leaders_held_is_their_meeting():
    trig = _trigger("PRIME Minister Sitiveni Rabuka and his New Zealand counterpart Christopher Luxon yesterday held "
                    "the annual Fiji-New Zealand Leaders' Dialogue at the Grand Pacific Hotel in Suva.", "Dialogue")
    assert trig is not None and trig.category == "CONSULT"
    text = ("Rabuka, Luxon hold leaders' dialogue\n\n"
            "By STAFF REPORTER\n\n"
            "PRIME Minister Sitiveni Rabuka and his New Zealand counterpart Christopher Luxon yesterday held the "
            "annual Fiji-New Zealand Leaders' Dialogue at the Grand Pacific Hotel in Suva.\n\n"
            "In the dialogue, the two leaders discussed security, trade and climate change.")
    evs = events(text, published="2024-02-23")
    held = meetings(_held(evs), "Sitiveni Rabuka", "Christopher Luxon")
    assert [(e["date"], (e["location"] or {}).get("name")) for e in held] == [("2024-02-22", "Suva")]


def test_a_named_gathering_is_still_no_meeting_of_its_parties():
    # (the name of a forum's gathering that one host held, or that is held with no two subjects, stays a name)
    assert _trigger("Prime Minister Anthony Albanese held the Pacific Islands Forum Leaders' Meeting in Canberra.",
                    "Meeting") is None
    assert _trigger("The two leaders attended the East Asia Summit in Vientiane.", "Summit") is None
    text = ("Canberra, March 3 - Prime Minister Anthony Albanese held the Pacific Islands Forum Leaders' Meeting in "
            "Canberra on Monday.")
    evs = events(text, published="2025-03-04")
    assert not meetings(consult_events(evs), "Anthony Albanese")


def test_the_plural_of_a_state_s_people_is_no_person():
    text = ("Albanese, Marape sign travel deal\n\n"
            "Port Moresby, Jan 12 - Australian Prime Minister Anthony Albanese met Papua New Guinea's Prime Minister "
            "James Marape in Port Moresby on Thursday.\n\n"
            "Albanese said Australia would make it easier for Papua New Guineans and Solomon Islanders to work in "
            "Australia.")
    evs = events(text, published="2023-01-12")
    names = {p["name"] for e in evs for p in e["actors"] + e["recipients"]}
    assert "Papua New Guineans" not in names and "Solomon Islanders" not in names
    assert gazetteer().country_of_word("Papua New Guineans") == "PNG"
    assert gazetteer().country_of_word("afghanis") is None      # (the currency, no people)


# -- "Tuesday (26)" ---------------------------------------------------------------------------------------------------

def test_a_weekday_with_its_day_of_the_month_in_brackets_is_that_day():
    text = ("Petro arrives in Brasilia on Tuesday (12) for a state visit that will last until Thursday (14). On "
            "Wednesday (13), he will hold talks with Lula at the Planalto Palace.")
    told = {t.text: t.value for t in tag(text, dt.date(2024, 3, 8))}
    assert told == {"Tuesday (12)": "2024-03-12", "Thursday (14)": "2024-03-14", "Wednesday (13)": "2024-03-13"}
    # (the nearest such day on that weekday, before the day of writing or after it)
    assert {t.text: t.value for t in tag("Lula received him on Friday (1).", dt.date(2024, 3, 12))} == \
        {"Friday (1)": "2024-03-01"}
    # with no day of writing, the weekday and the day are kept for the corpus to read
    spec = next(t.spec for t in tag(text, None) if t.text == "Wednesday (13)")
    assert (spec["kind"], spec["d"], spec["wd"]) == ("day_of_month", 13, 2)
    # (a number in brackets that is no day stays out: "Tuesday (2024)")
    assert "Tuesday (2024)" not in [t.text for t in tag("The vote was held on Tuesday (2024).", dt.date(2024, 3, 8))]


# -- page chrome and words that are no names ----------------------------------------------------------------------

def test_a_one_line_page_s_source_and_editor_labels_are_no_parties():
    text = ("Xi holds talks with Lula Source: Xinhua Editor: Liangyu 2024-11-20 21:33:10 BRASILIA, Nov. 20 (Xinhua) -- "
            "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Brasilia on "
            "Wednesday. After the talks, Lula hosted a banquet for Xi.")
    evs = events(text)
    held = meetings(_held(evs), "Xi Jinping", "Luiz Inacio Lula da Silva")
    assert [party_names(e) for e in held] == [{"Xi Jinping", "Luiz Inacio Lula da Silva"}]
    assert held[0]["date"] == "2024-11-20"
    # (the labels part the page's pieces: the headline is a sentence of its own)
    a = article(text)
    assert a.sentence_text(0) == "Xi holds talks with Lula"


def test_a_word_in_lower_case_is_no_later_mention_of_a_name_in_capitals():
    text = ("The two leaders agreed to start talks on a General Security of Military Information Agreement. "
            "President Lula and Prime Minister Kishida then discussed regional security. KISHIDA later met Lula again.")
    found = people_in(text)
    assert "Security" not in found
    evs = events(text, published="2024-05-04")
    assert not any("Security" in party_names(e) for e in evs)


def test_a_nickname_in_quotes_inside_a_name_is_part_of_it():
    text = ("Tokyo, March 3 - Japanese Prime Minister Fumio Kishida and President Ferdinand \"Bongbong\" Marcos Jr. "
            "held talks in Manila on Friday. Marcos said the two countries were united.")
    evs = events(text, published="2023-03-03")
    held = meetings(_held(evs), "Fumio Kishida")
    assert [party_names(e) for e in held] == [{"Fumio Kishida", "Ferdinand Marcos Jr."}]
    # (a word in quotes after a name that is followed by no more of it stays out: "Biden said 'historic'")
    assert people_in("President Joe Biden called it \"historic\" and said Trump Tower was closed.") >= {"Joe Biden"}
    assert not any("historic" in n.lower() for n in people_in("President Joe Biden called it \"historic\" and left."))


def test_later_on_a_weekday_is_the_day_told_not_a_week_ahead():
    text = ("Ishiba and Anwar agreed Friday to step up security cooperation. He will travel to Indonesia later Friday "
            "to meet President Prabowo Subianto.")
    # read as of the day after (an undated report read as of its event's next day): the same Friday, not the next one
    for day in (dt.date(2025, 1, 10), dt.date(2025, 1, 11)):
        assert [t.value for t in tag(text, day)] == ["2025-01-10", "2025-01-10"]
    # (TimeML marks the weekday alone)
    assert [t.text for t in tag(text, dt.date(2025, 1, 11))] == ["Friday", "Friday"]
    # (the one nearest the writing, whatever the tense: "Later on Thursday" in a Tuesday's report is two days ahead)
    assert [t.value for t in tag("Later on Thursday, Mudavadi will call on Museveni.", dt.date(2024, 3, 5))] == \
        ["2024-03-07"]
    # a weekday told ahead with no such word stays ahead
    assert [t.value for t in tag("He will travel to Jakarta on Friday.", dt.date(2025, 1, 11))] == ["2025-01-17"]


def test_a_meeting_a_span_of_time_runs_from_is_an_earlier_one():
    text = ("Ishiba comes to Busan\n\n"
            "Japanese Prime Minister Shigeru Ishiba arrived in Busan on Tuesday for a one-day visit.\n\n"
            "President Lee Jae-myung and Ishiba held talks in Busan in the afternoon.\n\n"
            "Lee praised the trust the two had built since their first meeting in Canada and their talks in Tokyo.")
    evs = events(text)
    told = {(e["location"] or {}).get("name"): e["status"] for e in meetings(consult_events(evs), "Lee Jae-myung")}
    assert told.get("Busan") == "happened"
    assert told.get("Tokyo") in (None, "background")


def test_the_city_told_right_after_a_partner_s_name_is_where_they_meet():
    text = ("Ishiba to visit Vietnam and the Philippines\n\n"
            "April 22, 2025\n\n"
            "Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Prime Minister Shigeru Ishiba will hold talks with "
            "Vietnamese leaders in Hanoi and with Philippine President Ferdinand Marcos Jr. in Manila, where he is "
            "expected to meet Marcos on April 29.")
    evs = events(text, published="2025-04-22")
    talks = meetings(consult_events(evs), "Shigeru Ishiba", "Ferdinand Marcos Jr.")
    assert [((e["location"] or {}).get("name"), e["date"]) for e in talks] == [("Manila", "2025-04-29")]
    # (the place of the trigger stands where the partner's name has none after it)
    evs = events("Prime Minister Shigeru Ishiba held talks with Philippine President Ferdinand Marcos Jr. in Manila "
                 "on Tuesday.", published="2025-04-29")
    assert [(e["location"] or {}).get("name") for e in meetings(consult_events(evs), "Shigeru Ishiba")] == ["Manila"]
