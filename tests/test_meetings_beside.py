"""Meetings told beside one another in one article: a summit and the bilaterals around it, a royal welcome and the
talks that follow; and the words that tie each to its people, day and place. Every article here is written for the
test."""
from __future__ import annotations

from test_news_articles import consult_events, events, meetings, party_names, places_of

SUMMIT = ("Leaders meet at Iguazu\n\nMarch 14, 2025\n\n"
          "Brazilian President Luiz Inacio Lula da Silva welcomed Argentine President Javier Milei and Paraguayan "
          "President Santiago Pena to Foz do Iguacu on Friday for the first summit of the three countries' leaders.\n\n"
          "The three leaders agreed to build a new bridge over the Parana river.\n\n")


def people(e: dict) -> frozenset[str]:
    return frozenset(p["name"] for p in e["actors"] + e["recipients"])


def consults(evs: list[dict]) -> dict[frozenset[str], dict]:
    return {people(e): e for e in evs if e["type"] == "CONSULT" and e["status"] == "happened"}


def test_separate_meetings_before_a_summit_are_neither_the_summit_nor_one_meeting():
    evs = events(SUMMIT + "Before the three-way talks, Lula held separate meetings with Milei and Pena.")
    found = consults(evs)
    lula, milei, pena = "Luiz Inacio Lula da Silva", "Javier Milei", "Santiago Pena"
    assert set(found) == {frozenset({lula, milei, pena}), frozenset({lula, milei}), frozenset({lula, pena})}
    assert found[frozenset({lula, milei, pena})]["mode"] == "multilateral"


def test_a_meeting_told_as_held_separately_is_not_the_summit_its_people_attended():
    lula, milei, pena = "Luiz Inacio Lula da Silva", "Javier Milei", "Santiago Pena"
    for told in ("Lula later met Milei separately, his office said.", "Lula also held a separate meeting with Milei."):
        found = consults(events(SUMMIT + told))
        assert set(found) == {frozenset({lula, milei, pena}), frozenset({lula, milei})}, told
    # people who met reporters separately held no meeting of their own
    found = consults(events(SUMMIT + "The three leaders later spoke separately to reporters."))
    assert set(found) == {frozenset({lula, milei, pena})}


def test_separate_talks_with_one_and_with_another_are_two_meetings():
    yoon, li, kishida = "Yoon Suk Yeol", "Li Qiang", "Fumio Kishida"
    head = ("Leaders meet in Seoul\n\nMay 27, 2024\n\nPresident Yoon Suk Yeol, Chinese Premier Li Qiang and Japanese "
            "Prime Minister Fumio Kishida agreed Monday to resume regular trilateral summits.\n\n")
    # the second "with" hung on the verb, or coordinated with the noun's own (the parser does both)
    for told in ("On Sunday, South Korean President Yoon Suk Yeol held separate bilateral talks with Chinese Premier "
                 "Li Qiang and with Japanese Prime Minister Fumio Kishida in Seoul.",
                 "On Sunday, Yoon held separate bilateral talks with Li and with Kishida at the presidential office "
                 "in Seoul."):
        found = consults(events(head + told))
        assert set(found) == {frozenset({yoon, li, kishida}), frozenset({yoon, li}), frozenset({yoon, kishida})}, told
        assert found[frozenset({yoon, kishida})]["date"] == "2024-05-26", told


def test_a_bilateral_on_the_sidelines_takes_the_day_of_the_meeting_it_was_held_beside():
    evs = events(SUMMIT + "Milei and Pena also held talks on the sidelines of the trilateral meeting, the first time "
                          "the two leaders met since May in Asuncion.")
    side = consults(evs)[frozenset({"Javier Milei", "Santiago Pena"})]
    assert side["date"] == "2025-03-14" and "held beside" in side["date_basis"]
    # "since May in Asuncion" tells where they met before, not where they met now
    assert (side["location"] or {}).get("name") != "Asuncion"


def test_a_place_named_near_another_only_places_it():
    evs = events("Ministers meet\n\nJune 6, 2025\n\nGerman Chancellor Friedrich Merz hosted French President "
                 "Emmanuel Macron at Schloss Meseberg near Berlin on Friday.\n\nMacron and Merz also held talks "
                 "with Polish Prime Minister Donald Tusk.")
    from parley.extract.places import places_in

    text = "They met at Camp David near Washington on Friday."
    assert [p.name for p in places_in(text, 0, len(text))] == ["Camp David"]
    assert meetings(evs, "Friedrich Merz", "Emmanuel Macron")


def test_a_meeting_of_the_lead_with_no_day_of_its_own_takes_the_day_the_lead_gives():
    evs = events("King receives visitor\n\nUpdated 16 July 2022\n\n"
                 "AMMAN: Crown Prince Hussein bin Abdullah received Egyptian President Abdel Fattah al-Sisi at the "
                 "Basman Palace in Amman on Friday.\n\n"
                 "Earlier, King Abdullah II received the Egyptian president and the accompanying delegation.")
    king = [e for e in evs if e["type"] == "CONSULT" and any("Abdullah II" in n or n == "King Abdullah"
                                                              for n in people(e))]
    assert king and king[0]["date"] == "2022-07-15" and "told beside it" in king[0]["date_basis"]


def test_a_title_alone_stands_for_the_one_person_of_that_title_named_before():
    from parley.extract.actors import ArticleActors

    text = ("Crown Prince Mohammed bin Salman met French President Emmanuel Macron in Riyadh. "
            "Macron later sat down with the crown prince for dinner, and the US president was not there.")
    found = ArticleActors(text, None)
    roles = {m.text: (m.kind, m.actor) for m in found.mentions if m.text.startswith("the ")}
    mbs = next(m.actor for m in found.mentions if m.text == "Mohammed bin Salman")
    assert roles["the crown prince"] == ("person", mbs)
    # no US president is named: "the US president" is the official of that state and title, not a state
    generic = next(m for m in found.mentions if m.text == "the US president")
    assert (generic.kind, generic.country, generic.title) == ("generic", "USA", "President")
    # with two presidents named before, "the president" stands for neither
    two = ArticleActors("President Xi Jinping met President Emmanuel Macron. The president said ...", None)
    assert not [m for m in two.mentions if m.text == "The president" and m.actor]


def test_a_father_s_name_is_no_name_of_the_son():
    from parley.extract.actors import ArticleActors
    from parley.extract.names import distinctive, same_name

    assert "salman" not in distinctive("Mohammed bin Salman") and "mohammed" in distinctive("Mohammed bin Salman")
    assert not same_name("Mohammed bin Salman", "Salman") and same_name("Mohammed bin Salman", "Mohammed")
    found = ArticleActors("Crown Prince Mohammed bin Salman received Joe Biden. Earlier, Custodian of the Two Holy "
                          "Mosques King Salman received the visitor.", None)
    persons = {a.name: a for a in found.actors.values() if a.kind == "person"}
    kings = [a for a in persons.values() if a.title == "King"]
    assert len(kings) == 1 and kings[0].key != next(a.key for n, a in persons.items() if "Mohammed" in n)


def test_the_cut_off_last_sentence_of_a_scraped_article_gives_no_statement():
    text = ("Ministers meet\n\nJune 6, 2025\n\nIndian External Affairs Minister S. Jaishankar met Sri Lankan Foreign "
            "Minister Vijitha Herath in Colombo on Friday.\n\nJaishankar urged Sri Lanka to")
    evs = events(text)
    assert meetings(evs, "S. Jaishankar", "Vijitha Herath")
    assert not any(s.get("category") == "REQUEST" for e in evs for s in e.get("statements", []))
    assert not any(e["type"] == "REQUEST" for e in evs)
    whole = events(text + " release the detained fishermen.")
    assert any(s.get("category") == "REQUEST" for e in whole for s in e.get("statements", [])) or \
        any(e["type"] == "REQUEST" for e in whole)


def test_a_later_leg_of_a_trip_lends_its_place_only_to_the_meeting_told_with_it():
    evs = events("Prabowo in Egypt\n\nApril 22, 2025\n\nCAIRO, April 22 (Reuters) - Indonesian President Prabowo "
                 "Subianto arrived in Cairo on Monday and held talks with Egyptian President Abdel Fattah al-Sisi on "
                 "trade and Gaza.\n\nPrabowo later travelled to Alexandria, where he met Egyptian Prime Minister "
                 "Mostafa Madbouly.")
    sisi = meetings(evs, "Prabowo Subianto", "Abdel Fattah al-Sisi")
    madbouly = meetings(evs, "Prabowo Subianto", "Mostafa Madbouly")
    assert sisi and sisi[0]["location"]["name"] == "Cairo"
    assert madbouly and madbouly[0]["location"]["name"] == "Alexandria"


def test_a_call_told_with_the_meeting_before_it_keeps_each_its_own_mode_and_place():
    evs = events("Leaders talk\n\nApril 3, 2024\n\nTuesday's call was the first direct conversation between German "
                 "Chancellor Olaf Scholz and Indian Prime Minister Narendra Modi since they met at the Hyderabad House "
                 "in New Delhi in February.")
    call = [e for e in evs if e["type"] == "CONSULT" and e["status"] == "happened"]
    before = [e for e in evs if e["type"] == "CONSULT" and e["status"] == "background"]
    assert call and call[0]["mode"] == "phone" and call[0]["date"] == "2024-04-02" and not call[0]["location"]
    assert before and before[0]["mode"] != "phone" and before[0]["location"]["name"] == "New Delhi"


def test_a_joint_news_conference_shows_two_leaders_in_one_place_and_a_delegation_s_does_not():
    evs = events("Leaders meet\n\nMarch 8, 2024\n\nPresident Gustavo Petro told Ecuadorian President Daniel Noboa on "
                 "Friday that Colombia would reopen the border crossing.\n\nSpeaking at a joint news conference with "
                 "Noboa in Quito, Petro said trade would resume within a month.")
    found = meetings(evs, "Gustavo Petro", "Daniel Noboa")
    assert found and found[0]["date"] == "2024-03-08" and found[0]["location"]["name"] == "Quito"
    alone = events("Talks end\n\nMarch 8, 2024\n\nAt a late-night news conference by the Colombian delegation, "
                   "Colombia's ambassador to Ecuador, Maria Antonia Velasco, said the talks had gone well.")
    assert not [e for e in alone if e["type"] == "CONSULT"]


def test_he_in_the_next_paragraph_is_the_subject_going_on():
    evs = events("Leaders meet\n\nNov 19, 2024\n\nPrime Minister Narendra Modi on Monday held bilateral talks with his "
                 "British counterpart Keir Starmer on the sidelines of the G20 Summit in Rio de Janeiro.\n\n"
                 "He also met Italian Prime Minister Giorgia Meloni.")
    assert meetings(evs, "Narendra Modi", "Giorgia Meloni") and not meetings(evs, "Keir Starmer", "Giorgia Meloni")


def test_a_stop_told_as_also_on_the_trip_is_not_where_the_meeting_was():
    evs = events("Visit ahead\n\nWed 16 Oct 2024 18.05 BST\n\nDavid Lammy will travel to China on Friday for talks with "
                 "Wang Yi, the Foreign Office said on Wednesday.\n\nLammy will also visit Shanghai.")
    talks = meetings(evs, "David Lammy", "Wang Yi")
    assert talks and (talks[0]["location"] or {}).get("name") != "Shanghai"


def test_an_official_s_family_is_no_party_of_the_meeting():
    evs = events("State visit\n\nApril 10, 2024\n\nPresident Joe Biden welcomed Japanese Prime Minister Fumio Kishida to "
                 "the White House on Wednesday.\n\nFirst lady Jill Biden hosted a state dinner for Kishida and his wife, "
                 "Yuko, in the evening.")
    found = meetings(evs, "Joe Biden", "Fumio Kishida")
    assert found and all("Yuko" not in people(e) and "Jill Biden" not in people(e) for e in evs)


def test_a_journalist_travelling_with_a_delegation_or_an_expert_is_no_party_of_a_meeting():
    text = ("Talks in Nairobi\n\nJuly 2, 2025\n\nKenyan President William Ruto met Ethiopian Prime Minister Abiy "
            "Ahmed in Nairobi on Tuesday.\n\n{}")
    for aside in ("NTV correspondent Amina Odhiambo, who is travelling to Kenya with Prime Minister Abiy Ahmed's team, "
                  "says the talks are over.",
                  "Abiy also met Tom Kariuki, a political analyst at the University of Nairobi, on the sidelines."):
        evs = events(text.format(aside))
        assert meetings(evs, "William Ruto", "Abiy Ahmed"), aside
        assert all(not {"Amina Odhiambo", "Tom Kariuki"} & people(e) for e in evs), aside
    # a minister who once was a journalist is a minister
    evs = events(text.format("Ruto also met Ethiopian Foreign Minister Gedion Timothewos, a former journalist, "
                             "on Tuesday."))
    assert meetings(evs, "William Ruto", "Gedion Timothewos")


def test_a_meeting_inside_another_s_trip_is_that_person_s_not_the_sentence_subject_s():
    from parley.extract.context import ArticleContext
    from test_news_articles import article

    ctx = ArticleContext(article("Visit\n\nAugust 18, 2025\n\nLater in his visit, he is scheduled to call on Prime "
                                 "Minister Narendra Modi to prepare ground for Modi's upcoming trip to China for the "
                                 "Shanghai Cooperation Organisation summit."), None)
    ctx.read(list(range(len(ctx.spans))))
    assert not [m for e in ctx.events if e.trigger_text == "summit" for m in e.actors if m.text == "he"]


def test_a_meeting_ahead_stays_planned_when_the_trip_it_is_part_of_has_begun():
    evs = events("Visit\n\nAugust 18, 2025\n\nChinese Foreign Minister Wang Yi arrived in New Delhi on Monday for a "
                 "two-day visit.\n\nWang met External Affairs Minister S. Jaishankar soon after landing.\n\n"
                 "Wang is also expected to meet National Security Adviser Ajit Doval.")
    doval = meetings(evs, "Wang Yi", "Ajit Doval")
    assert doval and doval[0]["status"] == "planned"
    assert [e["status"] for e in meetings(evs, "Wang Yi", "S. Jaishankar")] == ["happened"]


def test_a_meeting_during_which_something_was_agreed_took_place():
    evs = events("Leaders pledge closer rail links\n\nAugust 21, 2024\n\n"
                 "Lao President Thongloun Sisoulith and Thai Prime Minister Paetongtarn Shinawatra agreed to speed up "
                 "railway links during talks in Vientiane on Monday, state media reported.")
    found = meetings(evs, "Thongloun Sisoulith", "Paetongtarn Shinawatra")
    assert found and found[0]["status"] == "happened" and found[0]["date"] == "2024-08-19"
    assert found[0]["location"]["name"] == "Vientiane"
    # what was agreed to hold lies ahead: no meeting took place
    later = events("Ministers agree\n\nAugust 21, 2024\n\nLao President Thongloun Sisoulith and Thai Prime Minister "
                   "Paetongtarn Shinawatra agreed to hold talks in Vientiane next month.")
    assert not [e for e in meetings(later, "Thongloun Sisoulith", "Paetongtarn Shinawatra") if e["status"] == "happened"]


def test_a_day_counted_from_the_meeting_told_before():
    lead = ("Leaders sign energy pact\n\nMarch 27, 2024\n\n"
            "Ghanaian President Nana Akufo-Addo held talks with Dutch Prime Minister Mark Rutte in The Hague on "
            "Tuesday.\n\n")
    evs = events(lead + "A day earlier Akufo-Addo met Dutch King Willem-Alexander.")
    assert [e["date"] for e in meetings(evs, "Nana Akufo-Addo", "Mark Rutte")] == ["2024-03-26"]
    king = [e for e in evs if e["type"] == "CONSULT" and any("Willem-Alexander" in (p["name"] or "")
                                                              for p in e["actors"] + e["recipients"])]
    assert king and king[0]["date"] == "2024-03-25" and "before the meeting" in king[0]["date_basis"]
    evs = events(lead + "Two days later, Akufo-Addo met Belgian Prime Minister Alexander De Croo in Brussels.")
    assert [e["date"] for e in meetings(evs, "Nana Akufo-Addo", "Alexander De Croo")] == ["2024-03-28"]
    # "earlier than" compares; it counts from nothing told before
    evs = events(lead + "A day earlier than planned, Akufo-Addo met Dutch King Willem-Alexander.")
    assert not [e for e in evs if "before the meeting" in (e["date_basis"] or "")]


def test_a_meeting_told_only_in_the_past_perfect_is_not_dated_by_the_publication_date():
    evs = events("What the visit means\n\nMay 2, 2025\n\n"
                 "Kenyan President William Ruto had met Chinese President Xi Jinping days earlier.\n\n"
                 "Analysts said the call showed Nairobi's growing attention to Asia.")
    call = meetings(evs, "William Ruto", "Xi Jinping")
    assert call and call[0]["date"] is None and call[0]["status"] == "background"
    assert "past perfect" in call[0]["date_basis"]


def test_the_past_perfect_of_reported_speech_tells_the_meeting_itself():
    # "said that Milei had met ...": the sequence of tenses of reported speech, the news itself (dated by the
    # publication date where it gives no day)
    lead = "Milei ends visit to Brazil\n\nJune 6, 2025\n\n"
    evs = events(lead + "At a late-night news conference, Argentina's ambassador to Brazil, Daniel Raimondi, said that "
                        "Argentine President Javier Milei had met with Brazilian President Luiz Inacio Lula da Silva for "
                        "about two hours.")
    met = meetings(evs, "Javier Milei", "Luiz Inacio Lula da Silva")
    assert met and met[0]["status"] == "happened" and met[0]["date"] == "2025-06-06"
    assert "fallback" in met[0]["date_basis"]
    # two subjects, and a stop within the sentence (an abbreviation's)
    evs = events(lead + "Argentina's ambassador to Brazil said that Mr. Javier Milei and Mr. Luiz Inacio Lula da Silva "
                        "had met for about two hours.")
    met = meetings(evs, "Javier Milei", "Luiz Inacio Lula da Silva")
    assert met and met[0]["status"] == "happened" and met[0]["date"] == "2025-06-06"
    # a word of an earlier time, or no reporting verb before it, keeps the past perfect of an earlier time
    for told in ("Argentina's ambassador to Brazil, Daniel Raimondi, said that Argentine President Javier Milei had "
                 "met with Brazilian President Luiz Inacio Lula da Silva twice before.",
                 "Argentine President Javier Milei had met with Brazilian President Luiz Inacio Lula da Silva, "
                 "Argentina's ambassador to Brazil, Daniel Raimondi, said."):
        met = meetings(events(lead + told), "Javier Milei", "Luiz Inacio Lula da Silva")
        assert met and met[0]["date"] is None and met[0]["status"] == "background", told


def test_a_gerund_after_a_preposition_takes_its_verb_s_subject_or_its_object_after_for():
    evs = events("Ruto accepts mediation role\n\nMarch 4, 2024\n\n"
                 "Kenyan President William Ruto has accepted a proposal to mediate between the two rivals, Tanzanian "
                 "President Samia Suluhu Hassan said on Monday after meeting him in Arusha.")
    found = meetings(evs, "Samia Suluhu Hassan", "William Ruto")
    assert found and found[0]["date"] == "2024-03-04" and found[0]["location"]["name"] == "Arusha"
    # "criticised X for meeting Y": X met Y, not the critic
    evs = events("Duda criticises Orban\n\nJuly 5, 2024\n\n"
                 "Polish President Andrzej Duda criticised Hungarian Prime Minister Viktor Orban on Friday for meeting "
                 "Russian President Vladimir Putin in Moscow.")
    assert meetings(evs, "Viktor Orban", "Vladimir Putin")
    assert not meetings(evs, "Andrzej Duda", "Vladimir Putin")


def test_a_meeting_told_in_the_first_person_inside_a_quotation_is_the_speaker_s():
    evs = events("Trudeau upbeat after Brasilia talks\n\nNovember 19, 2024\n\n"
                 "\"In a very useful meeting with President Lula today, he assured me that Brazil would back the plan,\" "
                 "Canadian Prime Minister Justin Trudeau told reporters.")
    assert meetings(evs, "Justin Trudeau", "Luiz Inácio Lula da Silva") or meetings(evs, "Justin Trudeau", "Lula")
    # a speaker who only comments on two others' meeting is none of its parties
    evs = events("Ramaphosa welcomes talks\n\nMay 6, 2024\n\n"
                 "\"I welcome the meeting between President William Ruto and Prime Minister Abiy Ahmed,\" "
                 "South African President Cyril Ramaphosa told reporters.")
    assert not meetings(evs, "Cyril Ramaphosa", "William Ruto")


def test_talks_owned_by_a_named_party_are_not_the_host_s():
    evs = events("Blinken in Egypt\n\nAugust 20, 2024\n\n"
                 "Egyptian President Abdel Fattah al-Sisi received U.S. Secretary of State Antony Blinken in El Alamein "
                 "on Tuesday, a day after Blinken's talks with Israeli Defence Minister Yoav Gallant.")
    earlier = meetings(evs, "Antony Blinken", "Yoav Gallant")
    assert earlier and earlier[0]["date"] == "2024-08-19"
    assert all("Abdel Fattah al-Sisi" not in {p["name"] for p in e["actors"] + e["recipients"]} for e in earlier)


def test_their_call_and_their_talks_are_of_the_people_named_beside_them():
    evs = events("Meloni pledges support\n\nMarch 2, 2024\n\n"
                 "Italian Prime Minister Giorgia Meloni told Ukrainian President Volodymyr Zelensky in their phone call "
                 "on Friday that Rome would keep supporting Kyiv.")
    call = meetings(evs, "Giorgia Meloni", "Volodymyr Zelensky")
    assert call and call[0]["date"] == "2024-03-01" and call[0]["mode"] == "phone"
    evs = events("Ruto hails Ethiopia ties\n\nJune 10, 2024\n\n"
                 "Kenyan President William Ruto said on Sunday that the two countries would build a new highway, in "
                 "remarks at a joint news conference with Ethiopian Prime Minister Abiy Ahmed after their talks.")
    talks = meetings(evs, "William Ruto", "Abiy Ahmed")
    assert talks and talks[0]["date"] in ("2024-06-09", None)


def test_a_trip_s_legs_stay_apart():
    evs = events("Albanese to embark on two-nation visit to Vietnam, Malaysia from June 3\n\nMay 31, 2024\n\n"
                 "Prime Minister Anthony Albanese will pay an official visit to Vietnam on June 3-4 and to Malaysia on "
                 "June 4-5, his office said on Friday.\n\n"
                 "In Kuala Lumpur, Albanese will call on Prime Minister Anwar Ibrahim.")
    # the states visited are no meeting of each other's, and the visit to Vietnam gives the Malaysian leg no day
    assert not [e for e in evs if e["type"] == "CONSULT" and {p["country"] for p in e["actors"] + e["recipients"]}
                == {"VNM", "MYS"}]
    anwar = meetings(evs, "Anthony Albanese", "Anwar Ibrahim")
    assert anwar and anwar[0]["status"] == "planned" and anwar[0]["date"] != "2024-06-03"
    # a leg told as before another act takes no day of the lead's
    evs = events("Albanese, Anwar agree on green energy\n\nJune 5, 2024\n\n"
                 "Australian Prime Minister Anthony Albanese and Malaysian Prime Minister Anwar Ibrahim agreed on "
                 "Wednesday to cooperate on green energy.\n\nAlbanese visited Vietnam before arriving in Malaysia.")
    legs = [e for e in evs if e["type"] == "CONSULT" and "VNM" in {p["country"] for p in e["actors"] + e["recipients"]}]
    assert all(e["date"] != "2024-06-05" for e in legs)
    assert meetings(evs, "Anthony Albanese", "Anwar Ibrahim")[0]["date"] == "2024-06-05"


def test_a_meeting_in_a_clause_on_a_destination_is_its_own_and_an_arrival_places_only_its_day_s_meeting():
    evs = events("Modi heads to Africa\n\nJuly 8, 2024\n\n"
                 "Prime Minister Narendra Modi will inaugurate a trade fair in Mumbai on Tuesday before travelling to "
                 "Kenya, where he is scheduled to meet President William Ruto.")
    ahead = meetings(evs, "Narendra Modi", "William Ruto")
    assert ahead and ahead[0]["status"] == "planned"
    evs = events("Anwar in Jakarta\n\nJune 13, 2024\n\n"
                 "Malaysian Prime Minister Anwar Ibrahim held talks with Indonesian President Joko Widodo in Jakarta "
                 "on Thursday.\n\nAnwar arrived in Jakarta on Wednesday night after his visit to Brunei, where he held "
                 "talks with Sultan Hassanal Bolkiah on Tuesday.")
    sultan = [e for e in evs if e["type"] == "CONSULT" and "BRN" in {p["country"] for p in e["actors"] + e["recipients"]}]
    assert sultan and sultan[0]["date"] == "2024-06-11"
    assert all((e.get("location") or {}).get("name") != "Jakarta" for e in sultan)


def test_talks_with_a_visiting_guest_are_with_that_guest():
    evs = events("Ruto hosts Mohamud\n\nJune 3, 2024\n\n"
                 "Kenyan President William Ruto held talks with visiting Somali President Hassan Sheikh Mohamud in "
                 "Nairobi on Monday.")
    talks = meetings(evs, "William Ruto", "Hassan Sheikh Mohamud")
    assert talks and talks[0]["date"] == "2024-06-03" and talks[0]["location"]["name"] == "Nairobi"


def test_also_meeting_several_people_of_other_states_is_a_meeting_with_each():
    evs = events("Lula at the summit\n\nJuly 3, 2024\n\n"
                 "Brazilian President Luiz Inácio Lula da Silva met Colombian President Gustavo Petro in Bogota on "
                 "Wednesday.\n\nLula also met Chilean President Gabriel Boric and Peruvian President Dina Boluarte.")
    assert meetings(evs, "Gabriel Boric") and meetings(evs, "Dina Boluarte")
    assert not meetings(evs, "Gabriel Boric", "Dina Boluarte")
    # together, they are one meeting
    evs = events("Lula at the summit\n\nJuly 3, 2024\n\n"
                 "Lula also met Chilean President Gabriel Boric and Peruvian President Dina Boluarte together in Bogota.")
    assert meetings(evs, "Gabriel Boric", "Dina Boluarte")


def test_the_meeting_a_journey_is_for_takes_neither_the_journey_s_day_nor_another_clause_s():
    evs = events("Prabowo in Kuala Lumpur\n\nNovember 3, 2024\n\n"
                 "Indonesian President Prabowo Subianto held talks with Malaysian Prime Minister Anwar Ibrahim in Kuala "
                 "Lumpur on Saturday, a day before heading to Beijing for his first summit with Chinese President Xi "
                 "Jinping.")
    assert [e["date"] for e in meetings(evs, "Prabowo Subianto", "Anwar Ibrahim")] == ["2024-11-02"]
    xi = meetings(evs, "Prabowo Subianto", "Xi Jinping")
    assert xi and xi[0]["status"] == "planned" and xi[0]["date"] not in ("2024-11-02", "2024-11-03")


def test_a_visit_told_about_is_no_act_of_that_day_and_a_call_during_which_one_told_the_other_is_theirs():
    evs = events("Ruto speaks to Starmer\n\nMarch 11, 2025\n\n"
                 "Kenyan President William Ruto on Monday spoke to British Prime Minister Keir Starmer over the phone "
                 "and briefed him about his recent visit to Ethiopia.")
    assert [e["date"] for e in meetings(evs, "William Ruto", "Keir Starmer")] == ["2025-03-10"]
    assert not [e for e in evs if e["type"] == "CONSULT" and "ETH" in {p["country"] for p in e["actors"] + e["recipients"]}
                and e["date"] == "2025-03-10"]
    evs = events("Ruto, Starmer talk\n\nMarch 11, 2025\n\n"
                 "During a phone call on Monday, Kenyan President William Ruto told British Prime Minister Keir "
                 "Starmer about his trip to Addis Ababa.")
    call = meetings(evs, "William Ruto", "Keir Starmer")
    assert call and call[0]["date"] == "2025-03-10" and call[0]["mode"] == "phone"


def test_a_reception_before_the_talks_is_one_meeting_and_a_transliterated_article_is_no_given_name():
    evs = events("Erdogan in Cairo\n\nFebruary 14, 2024\n\n"
                 "Egyptian President Abdel Fattah el-Sissi received Turkish President Recep Tayyip Erdogan at the airport "
                 "on Wednesday before the two leaders held talks at the presidential palace.")
    assert len(meetings(evs, "Abdel Fattah el-Sissi", "Recep Tayyip Erdogan")) == 1
    # a span of time between them tells two meetings
    evs = events("Milei at the Vatican\n\nFebruary 12, 2024\n\n"
                 "Argentine President Javier Milei met Pope Francis at the Vatican on Monday, a day after the two "
                 "embraced at a canonisation Mass.")
    assert sorted(e["date"] for e in meetings(evs, "Javier Milei", "Pope Francis")) == ["2024-02-11", "2024-02-12"]
    from test_news_articles import people_in
    assert "Abdulfettah es-Sisi" in people_in("President Recep Tayyip Erdoğan met with Egyptian President Abdulfettah "
                                              "es-Sisi in Cairo on Wednesday.")


def test_a_meeting_outside_a_city_is_not_placed_in_it_by_a_headline_or_dateline_of_that_city():
    """'a day after Erdogan hosted Orban for dinner at his residence outside Ankara': the dinner is somewhere in
    Turkey, not in Ankara, though the headline and the dateline (the next day's talks) are in Ankara."""
    evs = events("Erdogan, Orban hold talks in Ankara; discuss gas, Ukraine\n\n"
                 "ANKARA, March 4, 2025 (Reuters) - Turkish President Tayyip Erdogan and Hungarian Prime Minister "
                 "Viktor Orban held formal talks at the presidential palace on Tuesday, a day after Erdogan hosted "
                 "Orban for a private dinner at his residence outside Ankara.\n\n"
                 "The two leaders last met in Budapest in 2023.")
    by_day = {e["date"]: e for e in evs if e["type"] == "CONSULT"}
    assert by_day["2025-03-04"]["location"]["name"] == "Ankara"
    dinner = by_day["2025-03-03"]["location"]
    assert dinner["country"] == "TUR" and dinner["name"] != "Ankara"


def test_a_meeting_named_as_a_recent_one_takes_no_day_of_the_lead():
    """"Putin briefed Modi on his recent talks with Trump in Alaska": the Alaska talks were before the call the
    article reports, so they are not dated by it; a meeting "earlier in the day" still is."""
    evs = events("Modi and Putin speak\n\nAugust 18, 2025\n\nPrime Minister Narendra Modi on Monday spoke to "
                 "Russian President Vladimir Putin over the phone.\n\nPutin briefed Modi on his recent talks with US "
                 "President Donald Trump in Alaska, the ministry said.")
    assert [e["date"] for e in meetings(evs, "Narendra Modi", "Vladimir Putin")] == ["2025-08-18"]
    assert [e["date"] for e in meetings(evs, "Vladimir Putin", "Donald Trump")] == [None]
    evs = events("Blinken in Beijing\n\nJune 19, 2023\n\nSecretary of State Antony Blinken met President Xi "
                 "Jinping on Monday afternoon.\n\nMr. Blinken had met earlier in the day with Wang Yi, China's top "
                 "foreign policy official.")
    assert [e["date"] for e in meetings(evs, "Antony Blinken", "Wang Yi")] == ["2023-06-19"]


def test_a_visit_to_the_host_state_is_the_meeting_with_its_official_named_only_by_role():
    evs = events("Ministers meet in Manila\n\nJuly 8, 2024\n\nJapanese Foreign Minister Yoko Kamikawa met her "
                 "Philippine counterpart in Manila on Monday for talks on maritime security.\n\nIt was Kamikawa's "
                 "first visit to the Philippines since she took office.")
    found = [e for e in evs if e["type"] == "CONSULT"]
    assert len(found) == 1 and found[0]["date"] == "2024-07-08"
    assert {(p["name"], p["country"]) for p in found[0]["actors"] + found[0]["recipients"]} == \
        {("Yoko Kamikawa", "JPN"), (None, "PHL")}
    # a visit ahead is another occasion
    evs = events("Ministers meet in Manila\n\nJuly 8, 2024\n\nJapanese Foreign Minister Yoko Kamikawa met her "
                 "Philippine counterpart in Manila on Monday. She will visit Vietnam on Wednesday.")
    assert len([e for e in evs if e["type"] == "CONSULT"]) == 2


def test_the_one_joined_or_met_for_a_trilateral_summit_is_of_it_and_not_of_the_bilateral_beside_it():
    text = ("Leaders meet in Vientiane\n\nOctober 10, 2024\n\nVIENTIANE (Yonhap) -- Philippine President Ferdinand "
            "Marcos Jr. and Vietnamese Prime Minister Pham Minh Chinh agreed Thursday to expand coastguard cooperation "
            "during their talks on the sidelines of the ASEAN summit.\n\nEarlier in the day, Marcos and Pham joined "
            "Malaysian Prime Minister Anwar Ibrahim for a trilateral summit on the South China Sea.")
    found = consults(events(text))
    assert set(found) == {frozenset({"Ferdinand Marcos Jr.", "Pham Minh Chinh"}),
                          frozenset({"Ferdinand Marcos Jr.", "Pham Minh Chinh", "Anwar Ibrahim"})}
    met = text.replace("joined Malaysian Prime Minister Anwar Ibrahim for", "met with Malaysian Prime Minister Anwar "
                                                                           "Ibrahim for")
    assert set(consults(events(met))) == set(found)


def test_a_journey_told_ahead_with_its_day_is_not_the_meeting_told_done_before_it():
    evs = events("Presidents meet\n\nJune 5, 2024\n\nSantiago, Jun 5 (EFE).- Chilean President Gabriel Boric and "
                 "Argentine President Javier Milei met at La Moneda palace in Santiago.\n\nMilei will travel on "
                 "Thursday to Valparaiso, where he will address the Chilean Congress.")
    assert [(e["status"], e["date"]) for e in meetings(evs, "Javier Milei", "Gabriel Boric")] == [
        ("happened", "2024-06-05")]


def test_talks_told_a_month_before_what_the_sentence_says_are_neither_dated_by_the_report_nor_of_its_speaker():
    evs = events("Albanese meets Li\n\nJune 17, 2024\n\nAnthony Albanese met Chinese Premier Li Qiang in Canberra on "
                 "Monday. Albanese said he wanted stable ties, a month after Foreign Minister Penny Wong hosted her "
                 "counterpart Wang Yi for talks in Canberra.")
    assert set(consults(evs)) == {frozenset({"Anthony Albanese", "Li Qiang"})}
    # (the talks a month before the day Albanese said it: background to the report, in May)
    assert [(e["status"], e["date"]) for e in meetings(evs, "Penny Wong", "Wang Yi")] == [("background", "2024-05")]


def test_the_guests_of_a_named_summit_a_leader_hosted_are_its_parties_not_the_forum():
    evs = events("Readout\n\nOctober 10, 2024\n\nPresident Prabowo Subianto met today with Prime Minister Anwar Ibrahim "
                 "of Malaysia in Jakarta.\n\nPresident Prabowo also hosted the first Borneo Leaders' Summit with Prime "
                 "Minister Anwar Ibrahim and Sultan Hassanal Bolkiah.")
    assert set(consults(evs)) == {frozenset({"Prabowo Subianto", "Anwar Ibrahim"}),
                                  frozenset({"Prabowo Subianto", "Anwar Ibrahim", "Hassanal Bolkiah"})}


def test_the_leaders_of_four_states_are_not_the_bilateral_of_two_of_them():
    evs = events("Leaders meet\n\nSeptember 21, 2024\n\nWILMINGTON (Kyodo) -- The leaders of Japan, the United "
                 "States, Australia and India pledged Saturday to keep up their cooperation.\n\nPrime Minister Fumio "
                 "Kishida, who also held talks with U.S. President Joe Biden earlier in the day, said the group had "
                 "become indispensable.")
    pairs = [e for e in consult_events(evs) if party_names(e) == {"Fumio Kishida", "Joe Biden"}]
    assert len(pairs) == 1 and {p["country"] for p in pairs[0]["actors"] + pairs[0]["recipients"]} == {"JPN", "USA"}
    assert any({"AUS", "IND"} <= {p["country"] for p in e["actors"] + e["recipients"]} for e in consult_events(evs))


def test_a_journey_told_done_before_a_meeting_told_ahead_is_its_trip_not_a_meeting_of_its_own():
    evs = events("Prabowo arrives for talks with Anwar\n\nKUALA LUMPUR: Indonesian President Prabowo Subianto arrived at "
                 "the Kuala Lumpur International Airport on Sunday night for his working visit to Malaysia.\n\nHe will "
                 "hold the annual consultation with Prime Minister Anwar Ibrahim in Putrajaya tomorrow.")
    found = consult_events(evs)
    assert [(e["status"], party_names(e)) for e in found] == [("planned", {"Prabowo Subianto", "Anwar Ibrahim"})]


CONSULTATIONS = ("Paris and Rome hold consultations\n\nMarch 5, 2025\n\n"
                 "Prime Minister Giorgia Meloni said after French-Italian intergovernmental consultations in Rome on "
                 "Tuesday that the two countries would coordinate on migration.\n\n"
                 "Meloni spoke at a joint news conference with French President Emmanuel Macron.\n\n")


def test_a_meeting_told_as_the_previous_one_by_any_noun_of_meeting_is_not_the_one_reported():
    evs = events(CONSULTATIONS + "The previous consultations were held in Paris in October 2021.")
    found = [e for e in meetings(evs, "Giorgia Meloni", "Emmanuel Macron") if e["status"] == "happened"]
    assert [(e["date"], (e["location"] or {}).get("name")) for e in found] == [("2025-03-04", "Rome")]


def test_ministers_on_the_sidelines_of_no_occasion_named_are_on_the_day_of_their_states_lead_meeting():
    evs = events(CONSULTATIONS + "Foreign Ministers Antonio Tajani and Jean-Noel Barrot held separate talks on the "
                                 "sidelines.")
    assert [e["date"] for e in meetings(evs, "Antonio Tajani", "Jean-Noel Barrot")] == ["2025-03-04"]


def test_a_meeting_on_the_sidelines_of_an_occasion_it_names_takes_no_day_of_the_lead():
    evs = events("Modi's envoy in Beijing\n\nMay 12, 2025\n\nIndian Foreign Secretary Vikram Misri held talks with "
                 "Chinese Vice Foreign Minister Sun Weidong in Beijing on Monday.\n\nThe visit is the first by an "
                 "Indian diplomat since the October 2024 meeting between Prime Minister Narendra Modi and Chinese President Xi "
                 "Jinping on the sidelines of the BRICS summit in Kazan.")
    assert "2025-05-12" not in [e["date"] for e in meetings(evs, "Narendra Modi", "Xi Jinping")]


def test_a_meeting_after_which_a_request_was_made_is_held_not_what_was_requested():
    evs = events("Rutte presses EU\n\nJune 3, 2025\n\nDutch Prime Minister Mark Rutte has urged the European Union to "
                 "reconsider its plan to impose tariffs on Indian steel, after meeting with Indian Prime Minister "
                 "Narendra Modi in New Delhi on Monday.")
    found = meetings(evs, "Mark Rutte", "Narendra Modi")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2025-06-02")]


def test_a_meeting_told_later_in_the_day_is_on_the_day_of_the_meeting_told_before():
    evs = events("Manila talks\n\nMay 3, 2025\n\nJapanese Prime Minister Shigeru Ishiba held talks with Philippine "
                 "President Ferdinand Marcos Jr. in Manila on Tuesday.\n\nPhilippine Foreign Secretary Enrique Manalo met "
                 "Japanese Foreign Minister Takeshi Iwaya later in the day.")
    assert [e["date"] for e in meetings(evs, "Enrique Manalo", "Takeshi Iwaya")] == ["2025-04-29"]


def test_a_journey_told_ahead_to_another_state_is_not_the_trip_told_done_nor_the_place_of_the_meeting_before_it():
    evs = events("Modi in Accra\n\nACCRA, July 2 (Wire) - Indian Prime Minister Narendra Modi arrived in Ghana on "
                 "Wednesday at the start of a five-nation tour.\n\nModi is set to hold talks with Ghanaian President "
                 "John Mahama before travelling to Port of Spain.", published="2025-07-02")
    assert not [e for e in consult_events(evs) if e["status"] == "happened"
                and "TTO" in {p["country"] for p in e["actors"] + e["recipients"]}]
    assert places_of(evs, "Narendra Modi", "John Mahama") == ["Accra"]


def test_mediators_told_mediating_with_no_party_named_are_no_meeting_of_theirs():
    evs = events("Rubio in Cairo\n\nMay 14, 2025\n\nU.S. Secretary of State Marco Rubio met Egyptian President Abdel "
                 "Fattah el-Sissi in Cairo on Wednesday.\n\nThe two discussed the negotiations, which Egypt, Qatar and the "
                 "United States have been mediating for months.")
    assert all(len({p["country"] for p in e["actors"] + e["recipients"]}) == 2 for e in consult_events(evs))


def test_talks_after_which_someone_spoke_are_held_not_background():
    evs = events("Lavrov in Beijing\n\nApril 9, 2024\n\nRussian Foreign Minister Sergei Lavrov said after talks with "
                 "Chinese Foreign Minister Wang Yi in Beijing on Tuesday that Moscow and Beijing would counter the West.")
    assert [(e["status"], e["date"]) for e in meetings(evs, "Sergei Lavrov", "Wang Yi")] == [("happened", "2024-04-09")]


def test_talks_with_a_counterpart_not_named_are_no_talks_with_a_leader_of_another_office():
    evs = events("Lavrov in Beijing\n\nApril 9, 2024\n\nRussian Foreign Minister Sergei Lavrov said after talks with his "
                 "Chinese counterpart in Beijing on Tuesday that Moscow would counter the West.\n\nHe also met President "
                 "Xi Jinping.")
    xi = meetings(evs, "Sergei Lavrov", "Xi Jinping")
    assert xi and all("talks" not in " ".join(e["quotes"].get("event", [])) for e in xi)
    assert [p["title"] for e in consult_events(evs) for p in e["actors"] + e["recipients"]
            if p["country"] == "CHN" and not p["name"]] == ["Foreign Minister"]
