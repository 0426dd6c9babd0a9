"""What a clause of another act tells is not the meeting's: its time, its mode."""
from __future__ import annotations

import pytest

from test_news_articles import events, meetings

HEAD = "Ministers meet\n\nNovember 18, 2024\n\n"


def parsed(words_heads_deps: list[tuple[str, int, str, str]]):
    """A parse as the model may give it (the model's parses of one shape vary with the words)."""
    from spacy.tokens import Doc

    from parley.nlp import nlp

    words = [w for w, _, _, _ in words_heads_deps]
    return Doc(nlp().vocab, words=words, heads=[h for _, h, _, _ in words_heads_deps],
               deps=[d for _, _, d, _ in words_heads_deps], tags=[t for _, _, _, t in words_heads_deps])


def test_a_date_in_a_clause_with_its_own_subject_and_time_is_not_the_trigger_s():
    from parley.extract.attachment import of_other_act

    # "Fidan met Dar on Monday, the first visit by Turkey's top diplomat in years, as the two seek to
    #  repair ties damaged in 2020.": the parser hangs the as-clause from the noun "visit"
    doc = parsed([("Fidan", 1, "nsubj", "NNP"), ("met", 1, "ROOT", "VBD"), ("Dar", 1, "dobj", "NNP"),
                  ("on", 1, "prep", "IN"), ("Monday", 3, "pobj", "NNP"), (",", 1, "punct", ","),
                  ("the", 8, "det", "DT"), ("first", 8, "amod", "JJ"), ("visit", 2, "appos", "NN"),
                  ("as", 12, "mark", "IN"), ("the", 11, "det", "DT"), ("two", 12, "nsubj", "NNS"),
                  ("seek", 8, "advcl", "VBP"), ("to", 14, "aux", "TO"), ("repair", 12, "xcomp", "VB"),
                  ("ties", 14, "dobj", "NNS"), ("damaged", 15, "acl", "VBN"), ("in", 14, "prep", "IN"),
                  ("2020", 17, "pobj", "CD"), (".", 1, "punct", ".")])
    visit, year, monday = doc[8], doc[18], doc[4]
    assert of_other_act(year, visit) and not of_other_act(monday, doc[1])
    # a purpose clause has no subject of its own: its time is the trip's ("travels to attend talks on Monday")
    doc = parsed([("Fidan", 1, "nsubj", "NNP"), ("travels", 1, "ROOT", "VBZ"), ("to", 3, "aux", "TO"),
                  ("attend", 1, "advcl", "VB"), ("talks", 3, "dobj", "NNS"), ("on", 3, "prep", "IN"),
                  ("Monday", 5, "pobj", "NNP"), (".", 1, "punct", ".")])
    assert not of_other_act(doc[6], doc[1])


@pytest.mark.parametrize("sentence, day", [
    ("Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia on Saturday "
     "before he flew to Montevideo on Sunday.", "2024-11-16"),
    ("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Friday, "
     "after the two had clashed over fuel imports in March.", "2024-11-15"),
])
def test_a_clause_after_or_before_the_meeting_keeps_its_own_day(sentence, day):
    evs = events(HEAD + sentence)
    assert {e["date"] for e in evs if e["type"] == "CONSULT" and e["status"] == "happened"} == {day}


def test_a_meeting_told_in_a_clause_of_the_same_time_takes_the_day_of_the_sentence():
    evs = events(HEAD + "Dutch Prime Minister Dick Schoof said on Tuesday he hoped to expand chip exports, as he met "
                        "Indonesian President Prabowo Subianto in Jakarta.")
    assert [e["date"] for e in meetings(evs, "Dick Schoof", "Prabowo Subianto")] == ["2024-11-12"]


def test_a_phone_call_told_in_a_relative_clause_does_not_make_the_meeting_a_call():
    evs = events(HEAD + "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed, who spoke by phone "
                        "last week, discussed the port deal in Nairobi on Tuesday.")
    # (the call of last week is an act of its own, apart from the meeting: calls and meetings held in person are
    # never one)
    [m] = [e for e in meetings(evs, "William Ruto", "Abiy Ahmed") if e["mode"] != "phone"]
    assert m["location"]["name"] == "Nairobi" and m["date"] == "2024-11-12"
    assert [e["date"] for e in meetings(evs, "William Ruto", "Abiy Ahmed") if e["mode"] == "phone"] == ["2024-W46"]
    # told in the main clause, the call is one
    evs = events(HEAD + "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed spoke by phone on "
                        "Tuesday and discussed the port deal.")
    assert [m["mode"] for m in meetings(evs, "William Ruto", "Abiy Ahmed")] == ["phone"]


def test_a_call_told_as_before_the_meeting_is_its_own_event_and_the_trip_s_next_meeting_is_in_its_city():
    evs = events(HEAD + "SEOUL (Yonhap) -- Vietnamese Foreign Minister Bui Thanh Son held talks with his Thai "
                        "counterpart Maris Sangiampongsa in Bangkok on Monday, days after the two spoke by telephone. "
                        "The meeting focused on rice exports. Son is also set to call on Thai Prime Minister "
                        "Paetongtarn Shinawatra on Tuesday.")
    talks = [e for e in meetings(evs, "Bui Thanh Son", "Maris Sangiampongsa") if e["mode"] != "phone"]
    calls = [e for e in meetings(evs, "Bui Thanh Son", "Maris Sangiampongsa") if e["mode"] == "phone"]
    # the meeting keeps its day, place and mode; the call before it is background, not dated by the meeting's Monday
    assert [(e["date"], e["location"]["name"], e["status"]) for e in talks] == [("2024-11-18", "Bangkok", "happened")]
    assert [(e["date"], e["status"]) for e in calls] == [(None, "background")]
    # the call on the prime minister is where the trip is, not in the wire dateline's city
    [pm] = meetings(evs, "Bui Thanh Son", "Paetongtarn Shinawatra")
    assert (pm["date"], pm["status"], pm["location"]["name"]) == ("2024-11-19", "planned", "Bangkok")


def test_two_people_who_spoke_by_phone_held_a_call():
    evs = events(HEAD + "Earlier this month, the two ministers spoke by phone and agreed to meet soon. Vietnamese "
                        "Foreign Minister Bui Thanh Son will visit Bangkok next week for talks with Thai Foreign "
                        "Minister Maris Sangiampongsa.")
    assert [(e["date"], e["mode"]) for e in meetings(evs, "Bui Thanh Son", "Maris Sangiampongsa")
            if e["status"] == "happened"] == [("2024-11", "phone")]


def test_a_title_with_its_of_phrase_before_a_name_names_a_party():
    evs = events(HEAD + "Colombian Undersecretary of Foreign Affairs Camila Restrepo Uribe met Ecuadorian Vice "
                        "Minister of Foreign Affairs Esteban Cordero Vaca in Quito on Thursday to discuss border "
                        "security.")
    [m] = meetings(evs, "Camila Restrepo Uribe", "Esteban Cordero Vaca")
    assert {p["title"] for p in m["actors"] + m["recipients"]} == {"Deputy Foreign Minister"}
    assert m["location"]["name"] == "Quito" and m["date"] == "2024-11-14"


def test_two_officials_who_agreed_in_a_city_as_a_ministry_reports_met_there():
    evs = events(HEAD + "Ecuador's Vice Minister Esteban Cordero and Colombia's Undersecretary Camila Restrepo agreed "
                        "on Thursday in Quito to form a border working group, the Ecuadorian foreign ministry said.")
    [m] = meetings(evs, "Esteban Cordero", "Camila Restrepo")
    assert (m["date"], m["location"]["name"]) == ("2024-11-14", "Quito")


def test_a_meeting_is_not_third_party_while_a_party_s_country_is_unknown():
    evs = events(HEAD + "Colombian Deputy Foreign Minister Camila Restrepo arrived in Quito on Wednesday ahead of "
                        "talks with Deputy Foreign Minister Esteban Cordero on Thursday.")
    [m] = meetings(evs, "Camila Restrepo", "Esteban Cordero")
    assert m["location"]["name"] == "Quito" and m["mode"] != "third-party"


def test_would_in_reported_speech_lies_ahead_and_a_meeting_ahead_is_not_dated_by_the_report():
    evs = events(HEAD + "An aide to Turkish President Recep Tayyip Erdogan said on Monday that Erdogan and Azerbaijani "
                        "President Ilham Aliyev would sign a defence pact in Baku.")
    [m] = meetings(evs, "Recep Tayyip Erdogan", "Ilham Aliyev")
    assert (m["status"], m["date"], m["location"]["name"]) == ("planned", None, "Baku")
    # and a visit told ahead stays one meeting with the signing its aide tells of
    evs = events(HEAD + "Turkish President Recep Tayyip Erdogan will visit Azerbaijan on Tuesday for talks with "
                        "President Ilham Aliyev, his office said on Monday. An aide said the two leaders would sign "
                        "a defence pact.")
    assert [(e["date"], e["status"]) for e in evs if e["type"] == "CONSULT"] == [("2024-11-19", "planned")]


def test_a_visit_told_after_an_arrival_is_not_held_where_and_when_the_traveller_arrived():
    evs = events(HEAD + "Malaysian Prime Minister Anwar Ibrahim arrived in Seoul on Sunday night after a visit to "
                        "Japan. He met South Korean President Yoon Suk Yeol on Monday.")
    assert not [e for e in evs if e["type"] == "CONSULT" and "JPN" in {p["country"] for p in e["actors"] + e["recipients"]}]
    [m] = meetings(evs, "Anwar Ibrahim", "Yoon Suk Yeol")
    assert (m["date"], m["location"]["name"]) == ("2024-11-18", "Seoul")


def test_a_meeting_in_a_where_clause_of_a_journey_is_held_at_its_end():
    evs = events(HEAD + "KUALA LUMPUR (Reuters) - Malaysian Prime Minister Anwar Ibrahim met Japanese Prime Minister "
                        "Shigeru Ishiba in Tokyo on Saturday, before flying to Seoul, where he is due to meet South "
                        "Korean President Yoon Suk Yeol on Tuesday.")
    [m] = meetings(evs, "Anwar Ibrahim", "Yoon Suk Yeol")
    assert (m["status"], m["date"], m["location"]["name"]) == ("planned", "2024-11-19", "Seoul")


def test_what_the_two_did_after_the_meeting_told_is_that_meeting():
    evs = events(HEAD + "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Monday.\n\n"
                        "After the meeting, the two men strolled through the grounds of the Diaoyutai State Guesthouse.")
    assert [e["date"] for e in meetings(evs, "Olaf Scholz", "Xi Jinping")] == ["2024-11-18"]


def test_a_headline_that_sums_up_several_meetings_is_not_a_meeting_of_all_their_people():
    evs = events("Ramaphosa holds talks with Lula, Albanese on G20 sidelines\n\nNovember 18, 2024\n\n"
                 "South African President Cyril Ramaphosa and Brazilian President Luiz Inacio Lula da Silva held "
                 "bilateral talks on Monday on the sidelines of the G20 summit in Rio de Janeiro.\n\n"
                 "Ramaphosa also met Australian Prime Minister Anthony Albanese.")
    assert not [e for e in evs if e["type"] == "CONSULT" and len(e["actors"] + e["recipients"]) >= 3]
    [m] = meetings(evs, "Cyril Ramaphosa", "Anthony Albanese")
    assert m["location"]["name"] == "Rio de Janeiro"       # one more meeting of the same trip
    assert len(meetings(evs, "Cyril Ramaphosa", "Luiz Inacio Lula da Silva")) == 1


def test_what_two_leaders_did_before_their_talks_is_of_that_meeting():
    evs = events(HEAD + "KAZAN, Russia (AP) — Russian President Vladimir Putin welcomed Indian Prime Minister Narendra "
                        "Modi in Kazan on Monday. The two leaders hugged before their talks.")
    assert [e["date"] for e in evs if e["type"] == "CONSULT"] == ["2024-11-18"]


def test_a_later_call_on_the_host_s_leader_is_where_the_first_meeting_was():
    evs = events(HEAD + "Irish Foreign Minister Simon Harris met his Danish counterpart Lars Lokke Rasmussen in "
                        "Copenhagen on Monday to discuss fisheries.\n\nHarris also called on Prime Minister Mette "
                        "Frederiksen later on Monday.")
    [m] = meetings(evs, "Simon Harris", "Mette Frederiksen")
    assert (m["date"], m["location"]["name"]) == ("2024-11-18", "Copenhagen")


def test_a_place_told_with_another_day_is_no_place_of_the_meeting():
    evs = events("Presidents meet\n\nSeptember 11, 2024\n\nSouth African President Cyril Ramaphosa welcomed Nigerian "
                 "President Bola Tinubu to the presidential guest house in the capital on Wednesday.\n\n"
                 "Tinubu, who had attended the investment summit in Cape Town on Monday and Tuesday, said Nigeria "
                 "would buy more South African machinery.")
    met = meetings(evs, "Cyril Ramaphosa", "Bola Tinubu")
    assert met and met[0]["date"] == "2024-09-11"
    assert (met[0]["location"] or {}).get("name") != "Cape Town"


def test_a_meeting_told_within_what_came_before_takes_neither_the_later_day_nor_the_dateline():
    evs = events("Leader heads home\n\nMarch 10, 2024\n\nMANILA, March 10 - President Ferdinand Marcos Jr left "
                 "Canberra on Sunday for Melbourne, where he is scheduled to attend a summit on Tuesday, after a "
                 "two-day visit to Australia during which he met Prime Minister Anthony Albanese.")
    met = meetings(evs, "Anthony Albanese")
    assert met and all(e["date"] != "2024-03-10" for e in met)
    assert all((e["location"] or {}).get("name") != "Manila" for e in met)


def test_a_meeting_of_a_trip_of_many_days_is_dated_to_the_trip_s_month_only():
    evs = events("Trip announced\n\nJune 2, 2025\n\nIndonesian President Prabowo Subianto will pay a state visit to "
                 "France from June 10 to 14, his office said on Monday.\n\nDuring the state visit, Prabowo will hold "
                 "talks with President Emmanuel Macron in Paris.")
    met = meetings(evs, "Prabowo Subianto", "Emmanuel Macron")
    assert met and met[0]["date"] == "2025-06" and met[0]["date_precision"] == "month"
    # a meeting of two days keeps its first day
    evs = events("Trip announced\n\nJune 2, 2025\n\nDuring a visit to France on June 10-11, Indonesian President "
                 "Prabowo Subianto will hold talks with President Emmanuel Macron in Paris.")
    met = meetings(evs, "Prabowo Subianto", "Emmanuel Macron")
    assert met and met[0]["date"] == "2025-06-10"


def test_the_first_meeting_since_an_earlier_one_is_this_meeting_and_not_in_the_earlier_place():
    evs = events("Leaders meet\n\nJuly 10, 2024\n\nBERLIN — German Chancellor Olaf Scholz and Polish Prime Minister "
                 "Donald Tusk held talks in Berlin on Wednesday.\n\nIt was the first time the two leaders had met in "
                 "person since they held talks in Warsaw last December.")
    met = [e for e in meetings(evs, "Olaf Scholz", "Donald Tusk") if e["status"] == "happened"]
    assert len(met) == 1 and met[0]["date"] == "2024-07-10" and met[0]["location"]["name"] == "Berlin"
    # a meeting a later clause tells in the past perfect is the earlier one, with its own day and place
    evs = events("Leaders meet\n\nJanuary 25, 2023\n\nMONTEVIDEO (AP) — Chilean President Gabriel Boric met Uruguayan "
                 "President Luis Lacalle Pou in Montevideo on Wednesday, a day after attending a summit in Buenos "
                 "Aires, where he had met Argentine President Alberto Fernandez on Monday.")
    assert len(meetings(evs, "Gabriel Boric", "Luis Lacalle Pou")) == 1
    [earlier] = meetings(evs, "Gabriel Boric", "Alberto Fernandez")
    assert earlier["date"] == "2023-01-23" and earlier["location"]["name"] == "Buenos Aires"


def test_the_dateline_places_no_meeting_of_last_month():
    evs = events("Ties stabilise\n\nDecember 22, 2023\n\nTOKYO — Japan's foreign minister said on Friday that ties "
                 "with Beijing had improved, citing the meeting between Prime Minister Fumio Kishida and President Xi "
                 "Jinping in California last month.")
    met = meetings(evs, "Fumio Kishida", "Xi Jinping")
    assert met and all((e["location"] or {}).get("name") != "Tokyo" for e in met)


def test_an_act_told_after_a_meeting_of_that_day_is_of_that_meeting_and_a_summit_after_it_is_not():
    evs = events("Leaders sign\n\nMarch 1, 2025\n\nNorwegian Prime Minister Jonas Gahr Store and Ukrainian President "
                 "Volodymyr Zelensky have signed a defence agreement, after the pair met in Oslo on Saturday "
                 "afternoon.\n\nThe Ukrainian president will meet King Harald at the royal palace on Sunday, before "
                 "attending a summit of European leaders in Stockholm.")
    assert len(meetings(evs, "Jonas Gahr Store", "Volodymyr Zelensky")) == 1
    king = meetings(evs, "Volodymyr Zelensky", "King Harald V")
    assert king and all((e["location"] or {}).get("name") != "Stockholm" for e in king)


def test_grounds_named_by_a_word_are_no_person_and_a_visit_to_three_states_no_meeting_of_them():
    evs = events("Royal audience\n\n2 March 2025\n\nUkrainian President Volodymyr Zelensky met King Charles III at "
                 "the Birkhall estate in Scotland on Sunday, a day after talks with Prime Minister Keir Starmer in "
                 "Downing Street.")
    assert all("Birkhall" not in (p["name"] or "") for e in evs for p in e["actors"] + e["recipients"])
    evs = events("Minister travels\n\nMarch 23, 2024\n\nForeign Minister Penny Wong, who is on a three-nation visit "
                 "to Fiji, Tonga and Samoa, held talks with Fijian Prime Minister Sitiveni Rabuka on Saturday.")
    assert not [e for e in evs if e["type"] == "CONSULT" and {"FJI", "TON", "WSM"} <= {
        p["country"] for p in e["actors"] + e["recipients"]}]


def test_a_readout_s_named_meeting_held_with_someone_at_a_forum_is_the_meeting_there():
    evs = events("Foreign Ministers' Meeting\n\nFebruary 15, 2025\n\nOn February 15, Mr. NAKATANI Gen, Minister of "
                 "Defense of Japan, held a Japan-Philippines Defense Ministers' Meeting with H.E. Mr. Gilberto "
                 "Teodoro, Secretary of National Defense of the Philippines, on the sidelines of the Shangri-La "
                 "Dialogue.")
    met = meetings(evs, "Gen Nakatani", "Gilberto Teodoro")
    assert met and met[0]["date"] == "2025-02-15" and met[0]["location"]["name"] == "Singapore"


def test_the_place_of_an_act_told_before_another_is_not_its_own():
    evs = events("Ministers confer\n\nApril 18, 2025\n\nIranian Foreign Minister Abbas Araghchi met Chinese Foreign "
                 "Minister Wang Yi in Beijing on Friday.\n\nAraghchi briefed Wang on the nuclear negotiations, a day "
                 "before the second round of talks in Muscat.")
    met = meetings(evs, "Abbas Araghchi", "Wang Yi")
    assert met and all(e["location"]["name"] == "Beijing" for e in met)


def test_a_time_the_meeting_is_counted_since_is_not_its_own():
    evs = events("Leaders talk\n\nJune 6, 2025\n\nBrazilian President Luiz Inacio Lula da Silva and French President "
                 "Emmanuel Macron spoke by phone for about an hour. It was their first confirmed conversation since "
                 "Lula's inauguration in January.")
    calls = [e for e in meetings(evs, "Emmanuel Macron") if e["mode"] == "phone"]
    assert calls and all(e["date"] != "2025-01" for e in calls)


def test_the_day_that_opens_a_sentence_dates_what_it_tells_came_next():
    lead = ("Summit diary\n\nJuly 10, 2024\n\nWhen Hungarian Prime Minister Viktor Orban shook hands with Xi Jinping in "
            "Astana on Sunday, it was their first meeting this year.\n\n")
    evs = events(lead + "On Monday, Orban was seen joking with Xi and Vladimir Putin at the summit, before Putin and "
                        "Orban held talks in a limousine.")
    [met] = meetings(evs, "Vladimir Putin", "Viktor Orban")
    assert met["date"] == "2024-07-08"
    # a span of time between them parts them
    evs = events(lead + "On Monday, Orban was seen joking with Xi and Vladimir Putin at the summit, two days before "
                        "Putin and Orban held talks in a limousine.")
    assert all(e["date"] != "2024-07-08" for e in meetings(evs, "Vladimir Putin", "Viktor Orban"))


def after_abuja(sentence: str) -> list[dict]:
    """The events of an article that tells a Mahama-Tinubu meeting, then `sentence`."""
    return events("Leaders meet\n\nMay 9, 2025\n\nGhanaian President John Mahama met Nigerian President Bola Tinubu "
                  "in Abuja on Thursday.\n\n" + sentence)


def after_cosmodrome(sentence: str) -> list[dict]:
    """The events of an article that tells a Putin-Kim meeting, then `sentence`."""
    return events("Leaders meet\n\nSeptember 13, 2023\n\nRussian President Vladimir Putin met North Korean leader "
                  "Kim Jong Un at the Vostochny Cosmodrome on Wednesday.\n\n" + sentence)


def test_an_act_told_as_not_done_is_neither_a_meeting_nor_a_signing():
    head = "Leaders in Abuja\n\nMay 9, 2025\n\n"
    # "without meeting": no meeting
    evs = events(head + "Ghanaian President John Mahama left Abuja on Thursday without meeting Nigerian President "
                        "Bola Tinubu.")
    assert not meetings(evs, "John Mahama", "Bola Tinubu")
    # a meeting held, a signing not: PLOVER's coding of a cooperative act negated (REJECT), never the act itself
    evs = events(head + "Ghanaian President John Mahama met Nigerian President Bola Tinubu in Abuja on Thursday.\n\n"
                        "The two leaders parted without signing the border accord.")
    found = meetings(evs, "John Mahama", "Bola Tinubu")
    said = {s["category"] for e in found for s in e.get("statements", []) if "border accord" in s["text"]}
    assert found and said == {"REJECT"}


@pytest.mark.parametrize("aside", [
    "Kim inspected a guard of honour before the talks.",          # a tour of a site is no investigation (ACCUSE)
    "The two leaders ended the talks after three hours.",         # the talks' close is no breaking off (SANCTION)
    "The Kremlin said Putin would offer a detailed explanation of Moscow's position.",   # no offer (AGREE)
])
def test_an_act_s_object_can_make_it_a_tour_a_close_or_a_briefing(aside):
    evs = after_cosmodrome(aside)
    found = meetings(evs, "Vladimir Putin", "Kim Jong Un")
    assert found and not [s for e in evs for s in e.get("statements", []) if s["category"]]
    assert all(e["type"] == "CONSULT" for e in evs)


def test_an_offer_to_help_is_still_an_offer():
    evs = after_cosmodrome("Russia offered to help North Korea build satellites.")
    assert {s["category"] for e in evs for s in e.get("statements", [])} == {"AGREE"}


@pytest.mark.parametrize("sentence, act", [
    ("Mahama said Ghana was willing to help defend Togo if it is attacked.", "attacked"),
    ("Tinubu said Nigeria would reopen the border only if Ghana lifted its import ban.", "lifted"),
    ("Tinubu said Nigeria would act if Ghana imposed new tariffs.", "imposed"),
    # an act named as a topic
    ("Tinubu made no mention of sanctions in his remarks.", "sanctions"),
    ("Reporters raised the question of sanctions on Ghanaian cocoa.", "sanctions"),
    ("Mahama dismissed the prospect of a border closure.", "closure"),
])
def test_an_act_told_only_as_a_condition_or_a_topic_has_not_happened(sentence, act):
    evs = after_abuja(sentence)
    assert meetings(evs, "John Mahama", "Bola Tinubu")
    told = {s["verb"] for e in evs for s in e.get("statements", [])} | {e.get("trigger") for e in evs}
    assert act not in told and all(e["type"] == "CONSULT" for e in evs)


@pytest.mark.parametrize("sentence, act", [
    ("Nigeria declared a ceasefire in the Bakassi region on Friday.", "RETREAT"),
    ("Nigeria declared a state of emergency in the border region on Friday.", "COERCE"),
    ("Nigeria cancelled the restrictions on Ghanaian traders on Friday.", "CONCEDE"),
    ("“There will be no new tariffs,” Tinubu declared.", None),         # words, no state of emergency
    ("Tinubu declared that Ghana must reopen its markets.", None),
    ("Nigeria relaxed its restrictions on Ghanaian imports on Friday.", "CONCEDE"),
    ("Mahama's arrival in Abuja on Wednesday night had been relaxed.", None),      # a mood, no concession
])
def test_what_is_declared_cancelled_or_relaxed_tells_the_act(sentence, act):
    evs = after_abuja(sentence)
    acts = {s["category"] for e in evs for s in e.get("statements", [])
            if s["verb"] in ("declared", "cancelled", "relaxed")} or {None}
    assert acts == {act}


def test_an_act_done_to_someones_trip_is_no_encounter_with_them():
    evs = events("Ruto in Addis Ababa\n\nPublished 2024-08-24\n\n"
                 "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on "
                 "Friday.\n\n"
                 "The visit comes after Abiy sharply criticized Ruto's trip to Mogadishu in July, when the Kenyan "
                 "leader embraced Somali President Hassan Sheikh Mohamud.")
    assert [e["date"] for e in meetings(evs, "William Ruto", "Abiy Ahmed")] == ["2024-08-23"]
    # (but an act done to it after talks is done at them)
    evs = events("Ruto in Addis Ababa\n\nPublished 2024-08-24\n\n"
                 "ADDIS ABABA - Kenyan President William Ruto on Friday praised Ethiopian Prime Minister Abiy Ahmed's "
                 "efforts to end the conflict, after talks at the National Palace that both sides described as "
                 "productive.")
    assert [e["date"] for e in meetings(evs, "William Ruto", "Abiy Ahmed")] == ["2024-08-23"]
    # (and "criticized Ruto" to his face, in Addis Ababa, is one)
    evs = events("Ruto in Addis Ababa\n\nPublished 2024-08-24\n\n"
                 "Ethiopian Prime Minister Abiy Ahmed criticized Kenyan President William Ruto in Addis Ababa on "
                 "Friday.")
    assert [e["date"] for e in meetings(evs, "William Ruto", "Abiy Ahmed")] == ["2024-08-23"]
