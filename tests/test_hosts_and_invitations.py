"""Parties, times and places of meetings hosted, invited to and told beside others: two officials of one state and
the officials of another meet that other state; a state that hosts a meeting between others is where they met, and the
officials of two states are those states; the head of a delegation with a title "of" his state; a headline's "to be
received" lies ahead, and so does "is to end" and what two sides "may sign"; a time of the main clause does not date a
relative clause that tells its own; a gerund tells nothing done; parts of a byline are no name; a named forum's summit
of several words is the forum's; what leaders agreed will happen later is no time of their talks; a meeting someone is
invited to lies ahead, and a separate one told on the article's day is another; a three-way meeting told as later than
a bilateral is another; a journey on "after" a state visited is another leg, the purpose of a journey hung on its "to"
lies ahead there, and "he" is the subject of the main verb ("the Chinese leader"); an abbreviated Korea; "in exchange
for"; a clause of "where" after a list of states is of the last; a news conference with a leader; welcoming "Indonesia's
new president, X"; "by phone" is no agent; "him" right after a sentence's first verb is the subject going on.
Every text here is written for the test."""
from __future__ import annotations

from test_news_articles import consult_events, events, meetings, party_names, people_in


def test_two_officials_of_one_state_meeting_the_officials_of_another_meet_that_state():
    evs = events("Ankara says envoys will meet Greek officials\n\n"
                 "ANKARA, March 3 (Wire) - Turkish Foreign Minister Hakan Fidan and Turkish presidential adviser Akif "
                 "Cagatay Kilic will hold talks with Greek officials in Vienna on Thursday, the ministry said.",
                 published="2025-03-03")
    talks = [e for e in consult_events(evs) if "Hakan Fidan" in party_names(e)]
    assert len(talks) == 1
    assert {p["country"] for p in talks[0]["actors"] + talks[0]["recipients"]} == {"TUR", "GRC"}
    assert talks[0]["date"] == "2025-03-06" and talks[0]["status"] == "planned"


def test_a_state_hosting_a_meeting_between_others_is_where_they_met():
    evs = events("Qatar hosts talks in Doha\n\n"
                 "Doha, June 4, 2025, QNA -- Qatar hosted today in Doha a meeting between officials of Rwanda and "
                 "the Democratic Republic of the Congo.",
                 published="2025-06-04")
    talks = consult_events(evs)
    assert len(talks) == 1
    assert {p["country"] for p in talks[0]["actors"] + talks[0]["recipients"]} == {"RWA", "COD"}
    assert talks[0]["location"]["country"] == "QAT" and talks[0]["date"] == "2025-06-04"
    # (but a person who hosts a meeting between two others chaired it)
    evs = events("Guterres brokers talks\n\n"
                 "UN chief Antonio Guterres spoke to reporters in Geneva on Monday after hosting a meeting between "
                 "Cypriot President Nikos Christodoulides and Turkish Cypriot leader Ersin Tatar.",
                 published="2025-03-17")
    assert any("Antonio Guterres" in party_names(e) for e in meetings(evs, "Nikos Christodoulides"))


def test_the_head_of_a_delegation_may_carry_his_state_in_his_title():
    evs = events("Kenya hosts talks between Ethiopia and Somalia\n\n"
                 "Nairobi, May 2, 2025 (KNA) -- Kenya hosted today in Nairobi a meeting between officials of "
                 "Ethiopia and Somalia. The Ethiopian delegation was headed by Minister of Foreign Affairs of the "
                 "Federal Democratic Republic of Ethiopia Gedion Timothewos. The Somali delegation was headed by "
                 "Minister of Foreign Affairs of the Federal Republic of Somalia Ahmed Moallim Fiqi.",
                 published="2025-05-02")
    assert len(meetings(evs, "Gedion Timothewos", "Ahmed Moallim Fiqi")) == 1


def test_a_headline_to_be_received_and_an_is_to_end_lie_ahead():
    evs = events("Boric to be received by King Felipe on Monday\n\n"
                 "By Staff | Friday, March 7th 2025\n\n"
                 "Chilean President Gabriel Boric will travel to Madrid this weekend.",
                 published="2025-03-07")
    met = meetings(evs, "Gabriel Boric")
    assert ("2025-03-10", "planned") in [(e["date"], e["status"]) for e in met]
    assert all(e["status"] == "planned" and e["date"] != "2025-03-03" for e in met)
    evs = events("Ramaphosa begins state visit to Brazil\n\nPublished 2025-04-08\n\n"
                 "South African President Cyril Ramaphosa arrived in Sao Paulo on Tuesday for a three-day state visit. "
                 "He is to end his trip on Thursday in the capital Brasilia, where President Luiz Inacio Lula da Silva "
                 "will host him for official talks.", published="2025-04-08")
    talks = meetings(evs, "Cyril Ramaphosa", "Luiz Inacio Lula da Silva")
    assert [e["date"] for e in talks] == ["2025-04-10"]


def test_a_relative_clause_with_a_time_of_its_own_takes_no_time_of_the_main_clause():
    evs = events("Orsi to meet Lula\n\nPublished 2025-03-07\n\n"
                 "Uruguayan President Yamandu Orsi will hold talks with Brazilian President Luiz Inacio Lula da Silva "
                 "at the Planalto Palace. Orsi, who flies to Brasilia from Chile, where he has been on an official "
                 "visit since earlier this week, will first attend on Sunday a concert in the capital.",
                 published="2025-03-07")
    talks = meetings(evs, "Yamandu Orsi", "Luiz Inacio Lula da Silva")
    assert talks and all(e.get("date") != "2025-03-09" for e in talks)


def test_a_gerund_in_a_headline_tells_no_meeting_done():
    evs = events("Petro to be received by King Charles on Monday; meeting with Starmer also on London agenda\n\n"
                 "Published 2025-05-09\n\n"
                 "Colombian President Gustavo Petro will be received by King Charles III at Buckingham Palace on "
                 "Monday. Later on Monday the president is scheduled to travel across the city to Downing Street for "
                 "talks with British Prime Minister Keir Starmer.", published="2025-05-09")
    talks = meetings(evs, "Gustavo Petro", "Keir Starmer")
    assert [(e["date"], e["status"]) for e in talks] == [("2025-05-12", "planned")]


def test_the_parts_of_a_byline_are_no_name():
    from parley.extract.actors import ArticleActors

    text = ("By Ana Souza - Reporter at Agência Brasil - Manaus\n\nPresident Lula met Gabriel Boric in Manaus. "
            "Aides said Carla Nunes attended.")
    actors = ArticleActors(text, None)
    start = text.index("Agência")
    # (what the parser may read as a person's name: a byline's pieces, between dashes)
    assert actors.add_person("Agência Brasil - Manaus", start, start + len("Agência Brasil - Manaus")) is None
    start = text.index("Carla")
    assert actors.add_person("Carla Nunes", start, start + len("Carla Nunes")) is not None


def test_a_forum_named_in_several_words_is_the_summit_s_party():
    from parley.extract.context import ArticleContext
    from test_news_articles import article

    ctx = ArticleContext(article("Modi in Pretoria\n\nPublished 2025-09-19\n\nModi had planned to make the trip "
                                 "next year but decided to bring it forward to before the Group of Twenty summit in "
                                 "Johannesburg, which opens on November 22."), None)
    ctx.read(list(range(len(ctx.spans))))
    summits = [e for e in ctx.events if e.trigger_text == "summit"]
    # (the forum's summit, no meeting of Modi's: "the Group of Twenty", where the parser hangs "of Twenty" on "Group")
    assert all(any(m.text == "Group of Twenty" for m in e.actors + e.recipients) for e in summits)


def test_what_the_talks_agreed_will_happen_later_is_no_time_of_the_talks():
    evs = events("Albanese and Luxon meet\n\nPublished 2025-07-21\n\n"
                 "Australian Prime Minister Anthony Albanese held a summit with New Zealand Prime Minister Christopher "
                 "Luxon in Queenstown. During the talks, the leaders agreed that Australia will send a team of experts "
                 "to Christchurch later this month to study the port.", published="2025-07-21")
    talks = meetings(evs, "Anthony Albanese", "Christopher Luxon")
    assert talks and all(e["date"] != "2025-07" for e in talks)


def test_a_meeting_someone_is_invited_to_lies_ahead_and_a_separate_one_is_another():
    evs = events("Albanese and Luxon meet at APEC\n\nPublished 2025-11-01\n\n"
                 "GYEONGJU - Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher "
                 "Luxon held talks on Saturday on the sidelines of the APEC summit. Later Saturday, Albanese and Luxon "
                 "held a brief three-way meeting with Japanese Prime Minister Sanae Takaichi. Takaichi invited "
                 "Albanese and Luxon to Tokyo for a separate trilateral summit, according to an official.",
                 published="2025-11-01")
    three = meetings(evs, "Anthony Albanese", "Christopher Luxon", "Sanae Takaichi")
    assert three and all(e["location"]["name"] != "Tokyo" for e in three if e["date"] == "2025-11-01")


def test_a_three_way_meeting_told_later_in_the_day_is_not_the_bilateral():
    evs = events("Albanese, Luxon meet in Gyeongju\n\nPublished 2025-11-01\n\n"
                 "Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon held a "
                 "summit at a hotel in Gyeongju on Saturday, where they discussed trade.\n\n"
                 "Later in the day, Luxon joined Albanese and Japanese Prime Minister Sanae Takaichi for a short "
                 "trilateral meeting, at which Takaichi proposed a summit in Tokyo, the official said.",
                 published="2025-11-01")
    talks = meetings(evs, "Anthony Albanese", "Christopher Luxon")
    assert len(talks) == 2
    assert sorted(len(party_names(e)) for e in talks) == [2, 3]


def test_what_the_two_sides_may_sign_during_a_visit_lies_ahead():
    evs = events("Lula to visit China this week\n\n"
                 "BEIJING, May 11 (Wire) -- Brazilian President Luiz Inacio Lula da Silva is expected to arrive in "
                 "Beijing late Monday and hold summit talks with Chinese President Xi Jinping on Tuesday, according to "
                 "presidential adviser Celso Amorim, who told reporters that the two sides may sign a partnership "
                 "treaty that would replace documents signed in 2004 and 2012.", published="2025-05-11")
    talks = meetings(evs, "Luiz Inacio Lula da Silva", "Xi Jinping")
    assert [e["status"] for e in talks] == ["planned"]


def test_a_journey_on_after_a_state_visited_is_another_leg_and_its_purpose_lies_ahead_there():
    evs = events("Xi heads to Africa\n\nPublished 2025-06-20\n\n"
                 "Chinese President Xi Jinping will pay a state visit to Kenya from Friday, where he will hold talks "
                 "with President William Ruto on Saturday. After Kenya, the Chinese leader will fly to Dar es Salaam, "
                 "where he will be received by President Samia Suluhu Hassan on Wednesday, and then to Lusaka to meet "
                 "President Hakainde Hichilema. After Zambia, Xi is set to travel to Angola for a state visit.",
                 published="2025-06-20")
    hichilema = meetings(evs, "Xi Jinping", "Hakainde Hichilema")
    assert [(e["status"], (e["location"] or {}).get("name")) for e in hichilema] == [("planned", "Lusaka")]
    # ("he" is the subject of the main verb, "the Chinese leader", not the last person named)
    assert [e["date"] for e in meetings(evs, "Xi Jinping", "Samia Suluhu Hassan")] == ["2025-06-25"]
    ruto = meetings(evs, "Xi Jinping", "William Ruto")
    assert ruto and all((e["location"] or {}).get("country") != "AGO" for e in ruto)


def test_a_headline_s_abbreviated_korea_is_the_one_it_names():
    from parley.extract.gazetteer import gazetteer

    assert gazetteer().country_of_word("N. Korea") == "PRK"
    assert gazetteer().country_of_word("S. Korea") == "KOR"


def test_in_exchange_for_tells_a_bargain_not_a_meeting():
    evs = events("Seoul and Tokyo protest\n\nPublished 2025-06-18\n\n"
                 "Seoul and Tokyo have accused Pyongyang of supplying shells to Moscow, in exchange for technology "
                 "and economic aid.", published="2025-06-18")
    assert not consult_events(evs)


def test_a_where_clause_after_a_list_of_states_is_of_the_last_and_a_news_conference_with_a_leader_is_a_meeting():
    evs = events("Lula ends Africa tour in Luanda\n\nLUANDA, Angola (AP) — Brazilian President Luiz Inacio Lula da Silva "
                 "praised Angola's reforms on Saturday at a news conference with Angolan President Joao Lourenco.\n\n"
                 "Lula was in Luanda on the final leg of a four-nation tour, after stops in Ghana, Nigeria and "
                 "neighboring Republic of Congo, where he met President Denis Sassou Nguesso earlier in the week.")
    sassou = meetings(evs, "Luiz Inacio Lula da Silva", "Denis Sassou Nguesso")
    assert [(e["location"] or {}).get("country") for e in sassou] == ["COG"]
    assert meetings(evs, "Luiz Inacio Lula da Silva", "Joao Lourenco")


def test_welcoming_a_state_s_new_president_named_in_apposition_is_a_meeting():
    evs = events("Lula welcomes Orsi\n\nBRASILIA (AP) — President Luiz Inacio Lula da Silva on Tuesday welcomed "
                 "Uruguay's new president, Yamandu Orsi, to the Planalto Palace.", published="2025-03-11")
    assert [e["date"] for e in meetings(evs, "Luiz Inacio Lula da Silva", "Yamandu Orsi")] == ["2025-03-11"]


def test_a_call_by_phone_is_no_agent_and_its_partner_hangs_on_the_phone():
    evs = events("Lula welcomes Orsi\n\nBRASILIA (AP) — President Luiz Inacio Lula da Silva on Tuesday welcomed "
                 "Uruguay's new president, Yamandu Orsi, to the Planalto Palace.\n\n"
                 "Orsi has also spoken by phone with President-elect Donald Trump, and posted a video of the call.",
                 published="2025-03-11")
    visit = meetings(evs, "Luiz Inacio Lula da Silva", "Yamandu Orsi")
    assert [e["mode"] for e in visit] == ["visit"]
    assert [e["mode"] for e in meetings(evs, "Yamandu Orsi", "Donald Trump")] == ["phone"]


def test_him_right_after_a_sentence_s_first_verb_is_the_subject_going_on():
    evs = events("Lula in Madrid\n\nPublished 2025-03-12\n\n"
                 "Brazilian President Luiz Inacio Lula da Silva landed in Madrid on Tuesday evening after a two-day visit "
                 "to Paris, where he held talks with French President Emmanuel Macron. Spanish Prime Minister Pedro "
                 "Sanchez welcomed him for a private dinner on Tuesday evening.", published="2025-03-12")
    assert meetings(evs, "Luiz Inacio Lula da Silva", "Pedro Sanchez")
    assert not meetings(evs, "Emmanuel Macron", "Pedro Sanchez")


def test_a_meeting_where_a_departure_leads_takes_no_day_of_the_departure():
    evs = events("Lula in Madrid\n\nPublished 2025-04-23\n\n"
                 "MADRID - Brazilian President Luiz Inacio Lula da Silva held talks with Spanish Prime Minister Pedro "
                 "Sanchez in Madrid on Wednesday morning. Lula was due to leave for Portugal later on Wednesday, the "
                 "final stop of his tour, where he will be hosted by Prime Minister Luis Montenegro, another European "
                 "leader who has cultivated close ties with Brasilia.", published="2025-04-23")
    assert [e["date"] for e in meetings(evs, "Luiz Inacio Lula da Silva", "Pedro Sanchez")] == ["2025-04-23"]
    montenegro = meetings(evs, "Luiz Inacio Lula da Silva", "Luis Montenegro")
    assert montenegro and all(e["status"] == "planned" and e["date"] != "2025-04-23" for e in montenegro)


def test_a_person_of_no_title_sharing_a_leader_s_family_name_is_no_party():
    from parley.extract.candidate import PartyOut
    from parley.extract.choice import _relative_of

    leader = PartyOut("Fumio Kishida", "Prime Minister", "JPN", "GOV", "person", family="kishida")
    wife = PartyOut("Yuko Kishida", None, None, None, "person", family="kishida")
    other = PartyOut("Yoon Suk Yeol", "President", "KOR", "GOV", "person", family="yoon")
    assert _relative_of(wife, [leader, wife, other])
    # (but not a titled one, nor one of another family)
    assert not _relative_of(leader, [leader, wife, other])
    assert not _relative_of(PartyOut("Jae Lee", None, None, None, "person", family="lee"), [leader, other])
