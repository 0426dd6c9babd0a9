"""Places an article names that the gazetteer lacks or reads in another state, and the occasions around a meeting: a
town a wire dateline pairs with its state is that state's town wherever the article names it, and so is a name the
article pairs with a state after a locative word; a wire dateline inside a one-line page is read as one; a palace's
short name is the palace; the summit a meeting prepares for, and the place of a conjoined act with a time of its own,
are not the meeting's; the dinner a conversation was held at places it; meetings "on the margins of summits" are held
beside no meeting told; a network posted on is no person; and a decade dates no meeting. Every text here is written
for the test."""
from __future__ import annotations

from parley.extract.actors import ArticleActors, lede_spans
from test_news_articles import consult_events, dates_of, events, meetings, people_in, places_of


def _consults(text: str, **raw) -> list[dict]:
    """The meetings (CONSULT events) the per-article stage reads in a text."""
    return consult_events(events(text, **raw))


def _place(e: dict) -> tuple[str | None, str | None]:
    loc = e["location"] or {}
    return loc.get("name"), loc.get("country")


# -- places the gazetteer lacks ---------------------------------------------------------------------------------

def test_a_town_a_wire_dateline_pairs_with_its_state_places_the_meeting_told_in_it():
    text = ("Ecuador's Noboa meets Peru's Boluarte at the border\n\n"
            "HUAQUILLAS, Ecuador, March 3 (Reuters) - Ecuadorean President Daniel Noboa met Peruvian President Dina "
            "Boluarte on Sunday in the border town of Huaquillas, ahead of the Lima summit of Andean leaders next "
            "month.\n\n"
            "The two presidents discussed crime along the frontier and a new bridge.")
    evs = events(text, published="2024-03-03")
    held = meetings(consult_events(evs), "Daniel Noboa", "Dina Boluarte")
    assert [_place(e) for e in held] == [("Huaquillas", "ECU")]
    assert dates_of(held, "Daniel Noboa", "Dina Boluarte") == ["2024-03-03"]


def test_a_known_name_the_dateline_puts_in_another_state_is_that_state_s_town_in_the_whole_article():
    text = ("Chile and Bolivia sign gas deal (repost of Reuters wire) SAN PEDRO, Bolivia (Reuters) - Chilean President "
            "Gabriel Boric met his Bolivian counterpart Luis Arce in the eastern town of San Pedro on Tuesday, and "
            "the two signed a deal on gas and lithium.")
    hits = ArticleActors(text, None).places
    towns = {(h.text, h.best.code) for h in hits if h.best.kind == "city"}
    assert ("San Pedro", "BOL") in towns and ("SAN PEDRO", "BOL") in towns
    assert not any(h.text == "San Pedro" and h.best.code != "BOL" for h in hits)


def test_a_name_paired_with_its_state_after_a_locative_word_is_a_place_there_elsewhere_in_the_text():
    text = ("Guyana's Ali and Suriname's Santokhi met in Albina, Suriname, on Friday. Later in Albina they opened a "
            "ferry terminal.")
    hits = ArticleActors(text, None).places
    assert [(h.text, h.best.code) for h in hits if h.text == "Albina"] == [("Albina", "SUR"), ("Albina", "SUR")]


def test_a_wire_dateline_inside_a_one_line_page_is_no_party_and_no_sentence_of_the_headline():
    text = ("Blog | Home | Politics  Colombia's Petro visits Panama (repost of Reuters wire) COLON, Panama (Reuters) - "
            "Colombian President Gustavo Petro met Panamanian President Jose Raul Mulino in Colon on Friday.")
    spans = lede_spans(text)
    assert [text[a:b].strip() for a, b in spans] == ["COLON, Panama (Reuters) -"]
    assert "Colon" not in people_in(text)


def test_a_palace_s_short_name_is_the_palace_not_a_town_of_another_state():
    text = ("CARACAS (AP) - Brazilian Foreign Minister Mauro Vieira met Venezuelan President Nicolas Maduro at "
            "Miraflores on Saturday.")
    evs = events(text, published="2023-11-18")
    assert [_place(e) for e in meetings(consult_events(evs), "Mauro Vieira", "Nicolas Maduro")] == \
        [("Caracas", "VEN")]


# -- the occasions around a meeting -----------------------------------------------------------------------------

def test_the_summit_a_meeting_prepares_for_does_not_place_it():
    text = ("June 20, 2025\n\n"
            "PUERTO MALDONADO, Peru, June 20 (Reuters) - Peruvian President Dina Boluarte met Brazilian President "
            "Luiz Inacio Lula da Silva in the border city of Puerto Maldonado on Friday.\n\n"
            "The two leaders met privately before a closing session of a forum in preparation for the Belem summit "
            "of Amazon countries.")
    evs = events(text, published="2025-06-20")
    held = meetings(consult_events(evs), "Dina Boluarte", "Luiz Inacio Lula da Silva")
    assert [_place(e) for e in held] == [("Puerto Maldonado", "PER")]


def test_a_conversation_at_a_dinner_is_placed_by_the_dinner_and_not_by_a_later_act_with_its_own_time():
    text = ("Scholz to meet Lula in Berlin\n\nNovember 30, 2023\n\n"
            "Brazilian President Luiz Inacio Lula da Silva will meet German Chancellor Olaf Scholz in Berlin on "
            "Monday.\n\n"
            "Lula and Scholz had a brief conversation at a dinner hosted by the Indian prime minister at the G20 "
            "summit in New Delhi in September, and spoke briefly on the sidelines of a climate conference in Dubai "
            "on Friday.")
    evs = events(text, published="2023-11-30")
    september = [e for e in meetings(consult_events(evs), "Luiz Inacio Lula da Silva", "Olaf Scholz")
                 if (e["date"] or "").startswith("2023-09")]
    assert [_place(e) for e in september] == [("New Delhi", "IND")]


def test_meetings_on_the_margins_of_summits_are_held_beside_no_meeting_told():
    text = ("Albanese to travel to Wellington\n\nMonday 12 August 2024\n\n"
            "Australian Prime Minister Anthony Albanese will travel to Wellington on Wednesday for talks with New "
            "Zealand Prime Minister Christopher Luxon.\n\n"
            "The two men have met on the margins of summits, and Mr Albanese has spoken to Mr Luxon by phone several "
            "times since the election.")
    evs = events(text, published="2024-08-12")
    assert dates_of(consult_events(evs), "Anthony Albanese", "Christopher Luxon").count("2024-08-14") == 1


def test_the_network_an_official_posted_on_is_no_person():
    text = ("Petro and Maduro hold talks in Caracas\n\n"
            "Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro in Caracas on Saturday. Maduro "
            "said on X, formerly Twitter, they had a productive meeting. Petro wrote on Telegram that the talks were "
            "frank.")
    actors = ArticleActors(text, None)
    for i, name in enumerate(("Twitter", "Telegram")):
        at = text.index(name)
        assert actors.add_person(name, at, at + len(name)) is None
    evs = events(text, published="2023-11-18")
    assert all(p["name"] not in ("Twitter", "Telegram") for e in consult_events(evs) for p in e["actors"] +
               e["recipients"])


def test_a_decade_dates_no_visit():
    text = ("Regional news round-up\n\nJanuary 8, 2024\n\n"
            "* Laos and Thailand on 4 January signed an agreement for the export of 5,000 megawatts of electricity "
            "from Laos to Thailand over the next decade during Thai Foreign Minister Parnpree Bahiddha-Nukara's visit "
            "to Vientiane.")
    evs = events(text, published="2024-01-08")
    dated = [e["date"] for e in consult_events(evs) if e["date"]]
    assert dated and all(len(d) >= 7 for d in dated), dated
    assert "2024-01-04" in dated
    assert places_of(consult_events(evs), "Parnpree Bahiddha-Nukara") == ["Vientiane"]


# -- the time of the acts around a meeting ------------------------------------------------------------------------

def test_the_month_of_an_invitation_is_not_the_day_of_the_visit_invited_to():
    text = ("Austria's Nehammer visits Bratislava\n\nBRATISLAVA, March 8 (Reuters) - Slovak Prime Minister Robert Fico "
            "said on Friday after talks with his Austrian counterpart Karl Nehammer that the two countries would "
            "build a new bridge over the Morava.\n\n"
            "Fico had invited Nehammer to Bratislava in January to discuss the border checks.")
    evs = events(text, published="2024-03-08")
    held = meetings(consult_events(evs), "Robert Fico", "Karl Nehammer")
    assert [(e["date"], e["status"]) for e in held] == [("2024-03-08", "happened")], held


def test_talks_a_past_saying_follows_are_done_though_a_clause_of_the_sentence_lies_ahead():
    text = ("BUDAPEST, Feb 23 (Reuters) - Hungary will buy four Swedish-made Gripen fighter jets, Prime Minister "
            "Viktor "
            "Orban said on Friday after talks with his Swedish counterpart Ulf Kristersson.")
    evs = events(text, published="2024-02-23")
    assert [e["status"] for e in meetings(consult_events(evs), "Viktor Orban", "Ulf Kristersson")] == ["happened"]


def test_the_time_and_place_of_what_a_plan_discussed_was_adopted_by_are_not_the_talks():
    text = ("Macron and Sisi meet in Cairo\n\nApril 7, 2025\n\n"
            "French President Emmanuel Macron and Egyptian President Abdel Fattah al-Sisi held talks in Cairo on "
            "Monday.\n\n"
            "Sisi said the two leaders had discussed the Arab plan for the reconstruction of Gaza, adopted by an Arab "
            "League summit in Riyadh last month, and stressed that the plan would let Gazans stay on their land.")
    evs = events(text, published="2025-04-07")
    held = meetings(consult_events(evs), "Emmanuel Macron", "Abdel Fattah al-Sisi")
    assert [(e["date"], _place(e)) for e in held] == [("2025-04-07", ("Cairo", "EGY"))], held


def test_the_day_of_the_occasion_a_guest_is_welcomed_to_is_not_the_day_of_the_welcome():
    text = ("Egypt's Sisi holds talks with Modi\n\n"
            "Egyptian President Abdel Fattah al-Sisi held talks with Prime Minister Narendra Modi in New Delhi on "
            "Wednesday.\n\n"
            "Modi welcomed the president as chief guest of India's Republic Day, describing it as an honour for "
            "India.")
    evs = events(text, published="2023-01-25")
    assert dates_of(consult_events(evs), "Abdel Fattah al-Sisi", "Narendra Modi") == ["2023-01-25"]


def test_a_place_before_a_word_of_a_situation_in_a_headline_places_no_meeting():
    text = ("Macron, Sisi call for return to Gaza ceasefire during Cairo talks\n\n"
            "Issued on: 07/04/2025\n\n"
            "French President Emmanuel Macron and Egyptian President Abdel Fattah al-Sisi on Sunday evening walked "
            "through the old city and dined together in a cafe, where crowds gathered to film them.")
    evs = events(text, published="2025-04-07")
    held = meetings(consult_events(evs), "Emmanuel Macron", "Abdel Fattah al-Sisi")
    assert held and all(_place(e) != ("Gaza", "PSE") for e in held), [_place(e) for e in held]


def test_preparations_discussed_at_talks_are_what_the_talks_were_about_not_an_act_ahead():
    text = ("MOSCOW, September 18. /TASS/. Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi "
            "discussed the situation around Ukraine and preparations for upcoming high-level contacts at talks on "
            "Monday.")
    evs = events(text, published="2023-09-18")
    held = meetings(consult_events(evs), "Sergey Lavrov", "Wang Yi")
    assert [(e["date"], e["status"]) for e in held] == [("2023-09-18", "happened")], held


def test_a_title_that_ends_a_headline_s_line_is_an_official_of_the_state_it_names():
    text = ("Trump says he is 'not happy' about Russian strikes as he hosts Norway's prime minister\n\n"
            "President Donald Trump, speaking in the Oval Office alongside Norwegian Prime Minister Jonas Gahr Store, "
            "said he was putting pressure on Russia.\n\nStore said Norway wanted a just peace.")
    evs = events(text, published="2025-04-24")
    assert dates_of(consult_events(evs), "Donald Trump", "Jonas Gahr Store") == ["2025-04-24"]


def test_a_summit_ahead_of_another_body_dates_no_visit_told_done():
    text = ("Zelensky begins Baltic tour in Estonia\n\n"
            "TALLINN (AFP) - Ukrainian President Volodymyr Zelensky arrived in Estonia on Thursday.\n\n"
            "At a press conference with Estonian President Alar Karis, Zelensky said Ukraine was short of shells.\n\n"
            "Zelensky's visit comes as a US aid package remains blocked in Congress and Hungary is holding up an EU "
            "aid package, which EU leaders will try again to approve at a summit on February 1.")
    evs = events(text)
    held = meetings(consult_events(evs), "Volodymyr Zelensky", "Alar Karis")
    assert held and all("February" not in (e["date_text"] or "") for e in held), [e["date_text"] for e in held]


def test_a_state_s_name_is_the_state_not_a_town_of_that_name_in_another():
    from parley.extract.places import places_in

    text = "Erdogan and Aliyev discussed a land route to Armenia's south on their way to Armenia."
    assert [(p.name, p.country, p.kind) for p in places_in(text, 0, len(text))] == [("Armenia", "ARM", "country")]


def test_states_listed_after_a_comma_are_no_place_of_their_own_but_a_city_after_a_building_is():
    from parley.extract.places import places_in

    text = "Erdogan flew to the exclave that borders Turkey, Iran and Armenia for a one-day visit."
    assert places_in(text, 0, len(text)) == []
    text = "The two ministers met in Nusa Dua, Indonesia, on Monday."
    assert [(p.name, p.country) for p in places_in(text, 0, len(text))] == [("Nusa Dua", "IDN")]
    text = "President Tinubu received Prime Minister Modi at the State House, Abuja, on Sunday."
    assert ("Abuja", "NGA") in [(p.name, p.country) for p in places_in(text, 0, len(text))]


def test_meetings_in_the_plural_with_several_people_are_one_meeting_with_each():
    text = ("Frederiksen to visit Berlin, Paris and Brussels\n\nPublished: Monday 27 January 2025\n\n"
            "Prime Minister Mette Frederiksen will travel to Germany, France and Belgium on Tuesday for meetings with "
            "German Chancellor Olaf Scholz, French President Emmanuel Macron and NATO Secretary General Mark Rutte, "
            "her office said on Monday.")
    evs = _consults(text, published="2025-01-27")
    pairs = sorted(tuple(sorted(p["name"] for p in e["actors"] + e["recipients"])) for e in evs)
    assert pairs == [("Emmanuel Macron", "Mette Frederiksen"), ("Mark Rutte", "Mette Frederiksen"),
                     ("Mette Frederiksen", "Olaf Scholz")], pairs


# -- the people and days around a meeting -------------------------------------------------------------------------

def test_a_first_lady_whose_title_the_name_took_in_is_no_party():
    text = ("MANILA - President Ferdinand Marcos Jr. received South Korean President Yoon Suk Yeol at Malacanang "
            "Palace on Monday. Marcos also hosted a state banquet for Yoon and First Lady Kim Keon Hee at the "
            "Palace.")
    evs = _consults(text, published="2024-10-07")
    assert evs and all("Kim Keon Hee" not in p["name"] for e in evs for p in e["actors"] + e["recipients"]), \
        [[p["name"] for p in e["actors"] + e["recipients"]] for e in evs]


def test_what_follows_a_meeting_takes_no_day_of_a_party_s_own_clause():
    text = ("MANILA - Marcos and Yoon, who arrived in Manila on Sunday night for a state visit, held a bilateral "
            "meeting at the Malacanang Palace, which was followed by an expanded meeting with members of their "
            "respective delegations.")
    evs = _consults(text, published="2024-10-07")
    assert [e["date_text"] for e in evs if "Sunday" in (e["date_text"] or "")] == [], \
        [(e["date"], e["date_text"]) for e in evs]


def test_an_ordinal_before_a_noun_is_no_day_of_the_month():
    import datetime as dt

    from parley.time.tagger import tag

    found = tag("The 10th retreat was held in Singapore in October 2023.", dt.date(2025, 1, 7))
    assert [(t.text, t.value) for t in found] == [("October 2023", "2023-10")]
    found = tag("They met on the 10th, when talks began.", dt.date(2025, 1, 7))
    assert [t.value for t in found] == ["2024-12-10"]


def test_the_leaders_witnessing_a_signing_at_their_states_named_retreat_are_its_parties():
    text = ("PUTRAJAYA, Jan 7 (Bernama) -- Malaysia and Singapore today signed the agreement on the special economic "
            "zone, witnessed by Prime Minister Anwar Ibrahim and his Singapore counterpart Lawrence Wong at the 11th "
            "Malaysia-Singapore Leaders' Retreat here.")
    evs = _consults(text, published="2025-01-07")
    assert dates_of(evs, "Anwar Ibrahim", "Lawrence Wong") == ["2025-01-07"]


def test_the_name_the_parser_hangs_on_after_is_the_subject_of_the_verb_it_opens():
    text = ("November 11, 2024\n\nThe agreement was included in a joint statement issued after President Prabowo "
            "Subianto met Chinese President Xi Jinping in Beijing on Saturday.")
    evs = _consults(text, published="2024-11-11")
    assert dates_of(evs, "Prabowo Subianto", "Xi Jinping") == ["2024-11-09"]


def test_a_trip_to_another_state_told_in_passing_is_not_the_meeting_told_at_home():
    text = ("Brazil's Lula in Berlin for consultations\n\n"
            "Brazilian President Luiz Inacio Lula da Silva arrived in Berlin on Sunday evening for a two-day visit.\n\n"
            "On Monday, Lula will sit down with Chancellor Olaf Scholz for intergovernmental consultations.\n\n"
            "During Scholz's trip to Brasilia, Lula refused a German request to supply ammunition for Ukraine.")
    evs = _consults(text)
    assert [(e["date_text"], _place(e)) for e in meetings(evs, "Luiz Inacio Lula da Silva", "Olaf Scholz")
            if e["status"] == "planned"] == [("Monday", ("Berlin", "DEU"))]


def test_a_participle_past_another_verb_dates_not_the_meeting_the_parser_hangs_it_on():
    text = ("July 6, 2025\n\nPrime Minister Narendra Modi held \"fruitful\" talks with Argentina's President Javier "
            "Milei in Buenos Aires, with both leaders pledging to take the Strategic Partnership between "
            "the two countries, established in 2019, to new heights.")
    evs = _consults(text, published="2025-07-06")
    assert "2019" not in dates_of(evs, "Narendra Modi", "Javier Milei"), dates_of(evs, "Narendra Modi", "Javier Milei")


def test_the_resorts_of_summits_are_places():
    from parley.extract.places import places_in

    for text, want in (("The two leaders last met on the sidelines of the G7 summit in Kananaskis, Alta.", "CAN"),
                       ("Meloni hosted the G7 leaders at Borgo Egnazia in June.", "ITA"),
                       ("Scholz welcomed the leaders to Schloss Elmau.", "DEU")):
        assert [p.country for p in places_in(text, 0, len(text))] == [want], text


def test_a_meeting_once_hoped_for_is_none_and_places_no_meeting_ahead():
    text = ("Carney to visit Mexico City for talks with Sheinbaum\n\n"
            "Canadian Prime Minister Mark Carney will make his first official visit to Mexico next week, and the two "
            "will meet on Thursday at the National Palace, Sheinbaum said.\n\n"
            "Sheinbaum and Carney first met in person on June 17 at the G7 summit in Kananaskis, Alberta, where the "
            "Mexican president had hoped to meet U.S. President Donald Trump.")
    evs = _consults(text)
    ahead = [e for e in meetings(evs, "Mark Carney", "Claudia Sheinbaum") if e["status"] == "planned"]
    assert ahead and all(_place(e)[0] != "Kananaskis" for e in ahead), [_place(e) for e in ahead]
    assert not meetings(evs, "Claudia Sheinbaum", "Donald Trump")


def test_letters_with_no_decomposition_fold_as_the_press_writes_them():
    from parley.extract.names import fold, name_key

    assert fold("Støre") == "store" and fold("Łukasz") == "lukasz" and fold("Straße") == "strasse"
    assert name_key("Jonas Gahr Støre").split("|")[0] == name_key("Jonas Gahr Store").split("|")[0] == "store"


def test_an_article_on_one_line_that_ends_with_its_photo_credit_is_no_caption():
    text = ("Ukrinform   Ukraine  War  Economy  World   10.01.2024 16:20   Zelensky, Karis discuss air defense   "
            "President of Ukraine Volodymyr Zelensky met with President of Estonia Alar Karis in Tallinn. The leaders "
            "discussed the strengthening of Ukraine's air defense and joint production of weapons, Ukrinform reports. "
            "\"Today we discussed how to strengthen our air shield,\" Zelensky wrote after the meeting.   The "
            "President of Ukraine also thanked Estonia for the new package of military aid and for its leadership in "
            "the demining coalition. Zelensky arrived in Estonia today, continuing a working visit to the Baltic "
            "countries. He is expected to visit Latvia as well.   Photo: President's Office")
    evs = _consults(text, published="2024-01-11")
    assert dates_of(evs, "Volodymyr Zelensky", "Alar Karis") == ["2024-01-11"]


def test_a_meeting_on_the_sidelines_of_events_is_not_held_beside_an_earlier_meeting_of_its_people():
    text = ("Lavrov, Rubio hold meeting on sidelines of ASEAN events in Kuala Lumpur\n\n"
            "KUALA LUMPUR, July 10. /TASS/. Russian Foreign Minister Sergey Lavrov and US Secretary of State "
            "Marco Rubio "
            "held talks on the sidelines of ASEAN ministerial events in Kuala Lumpur.\n\n"
            "Lavrov and Rubio previously met in Riyadh on February 18, where the two delegations discussed relations.")
    evs = _consults(text, published="2025-07-10")
    assert sorted(d or "" for d in dates_of(evs, "Sergey Lavrov", "Marco Rubio")) == ["2025-02-18", "2025-07-10"]


def test_two_leaders_names_joined_for_their_meeting_are_no_person():
    text = ("US, China top diplomats meet in Malaysia, discuss possible Trump-Xi meeting\n\n"
            "US Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Kuala Lumpur on Friday.")
    actors = ArticleActors(text, None)
    at = text.index("Trump-Xi")
    assert actors.add_person("Trump-Xi", at, at + len("Trump-Xi")) is None
    assert actors.add_person("Nandi-Ndaitwah", 0, 0) is not None


def test_talks_set_off_after_the_words_said_are_the_speaker_s_and_were_held():
    text = ("03.09.2025 21:48\n\nUS President Donald Trump has said Washington will keep its troops in Poland and "
            "could "
            "send more, during talks with Polish President Karol Nawrocki at the White House on Wednesday.")
    evs = _consults(text)
    held = meetings(evs, "Donald Trump", "Karol Nawrocki")
    assert [(e["date"], e["status"]) for e in held] == [("2025-09-03", "happened")], held


def test_a_summit_likely_to_be_the_last_of_a_leader_is_the_one_told_not_an_earlier_one():
    from parley.extract.cues import EARLIER_OCCASION
    from parley.extract.meeting_sameness import tells_earlier

    final = ("Ishiba and Lee agreed Tuesday to cooperate on the birthrate, in what is likely to be Ishiba's last "
             "summit "
             "with Lee before he leaves office.")
    assert not tells_earlier(final, final.index("summit"), EARLIER_OCCASION)
    earlier = "Ishiba and Lee agreed to cooperate, a pledge first made at their last summit in Tokyo."
    assert tells_earlier(earlier, earlier.index("summit"), EARLIER_OCCASION)


def test_a_body_named_only_in_a_person_s_title_is_no_party():
    text = ("Trump hosts Norway's Store at the White House\n\nApril 24, 2025\n\n"
            "President Donald Trump received Norwegian Prime Minister Jonas Gahr Store at the White House on Thursday. "
            "Store was accompanied by Finance Minister Jens Stoltenberg, the former NATO Secretary General, who has "
            "known Trump since his first term.")
    evs = _consults(text, published="2025-04-24")
    assert evs and all(p["name"] != "NATO" and "North Atlantic" not in (p["name"] or "")
                       for e in evs for p in e["actors"] + e["recipients"]), \
        [[p["name"] for p in e["actors"] + e["recipients"]] for e in evs]


def test_the_month_of_another_trip_joined_after_a_meeting_does_not_date_it():
    text = ("April 14, 2023\n\nBaerbock's trip comes only days after French President Emmanuel Macron was received by "
            "Chinese President Xi Jinping, and after Chancellor Olaf Scholz's one-day trip to Beijing in November.")
    evs = _consults(text, published="2023-04-14")
    found = dates_of(evs, "Emmanuel Macron", "Xi Jinping")
    assert "2022-11" not in found, found
