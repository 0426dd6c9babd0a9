"""A day or place told in another clause of the sentence, prepositions joined by "and", and verbs of force used as
figures of speech. Every article here is written for the test."""
from __future__ import annotations

from test_news_articles import dates_of, events, meetings, party_names, people_in, places_of

def days(evs: list[dict], a: str, b: str) -> list[str | None]:
    """The dates of the meetings of two people among these events."""
    return [e["date"] for e in meetings(evs, a, b)]


TOUR = ("Ruto heads to Asia\n\nFebruary 5, 2024\n\n"
        "Kenyan President William Ruto on Monday left Nairobi for Tokyo on the first leg of an Asian tour, during which "
        "he will hold talks with Japanese Prime Minister Fumio Kishida.\n\n")


def test_a_meeting_told_ahead_in_a_clause_is_not_dated_by_the_day_of_a_departure_told_as_done():
    found = meetings(events(TOUR), "William Ruto", "Fumio Kishida")
    assert found and all(e["status"] == "planned" for e in found)
    assert all(e["date"] != "2024-02-05" for e in found)


def test_talks_that_follow_a_welcome_take_its_day_and_place():
    evs = events(TOUR + "Ruto will be given a ceremonial welcome in Tokyo on Thursday, followed by talks with "
                        "Kishida.")
    found = meetings(evs, "William Ruto", "Fumio Kishida")
    assert [(e["date"], (e["location"] or {}).get("name")) for e in found] == [("2024-02-08", "Tokyo")]


GULF = ("Jaishankar in Riyadh\n\nSeptember 10, 2024\n\n"
        "Indian External Affairs Minister S. Jaishankar met separately on Monday with Saudi Foreign Minister Prince "
        "Faisal bin Farhan and with Emirati Foreign Minister Sheikh Abdullah bin Zayed in Riyadh.\n\n"
        "With Sheikh Abdullah, Jaishankar reviewed the state of the negotiations in Geneva.\n\n")


def test_a_preposition_joined_to_another_by_and_gives_its_party_and_separately_two_meetings():
    evs = events(GULF)
    faisal = meetings(evs, "S. Jaishankar", "Faisal bin Farhan")
    abdullah = meetings(evs, "S. Jaishankar", "Abdullah bin Zayed")
    assert len(faisal) == 1 and len(abdullah) == 1 and faisal[0] is not abdullah[0]
    assert all(e["date"] == "2024-09-09" for e in faisal + abdullah)


def test_reviewing_with_a_person_is_talking_with_them_and_the_talks_reviewed_are_a_topic():
    evs = events(GULF)
    abdullah = meetings(evs, "S. Jaishankar", "Abdullah bin Zayed")[0]
    told = " ".join(q for qs in abdullah["quotes"].values() for q in qs)
    assert "reviewed the state of the negotiations" in told
    # the negotiations reviewed were held in Geneva; neither meeting was
    assert all((e["location"] or {}).get("name") != "Geneva" for e in meetings(evs, "S. Jaishankar"))


def test_seizing_an_opportunity_is_no_seizure():
    evs = events("Wang meets Wong\n\nDecember 21, 2022\n\nChinese Foreign Minister Wang Yi held talks with Australian "
                 "Foreign Minister Penny Wong in Beijing on Wednesday.\n\nWang said that this year marks the 50th "
                 "anniversary of diplomatic ties, and that the two sides should seize the opportunity to promote "
                 "relations. Wong said the talks would strike a balance between the interests of both.")
    assert {e["type"] for e in evs} == {"CONSULT"}


def test_the_time_zone_of_a_byline_is_no_person():
    assert people_in("Published 4:21 PM UTC, March 21, 2024 | Updated 10:02 GMT\n\nSecretary of State Antony Blinken "
                     "met Egyptian President Abdel Fattah el-Sisi in Cairo.") == {"Antony Blinken",
                                                                                  "Abdel Fattah el-Sisi"}


def test_the_two_sides_are_not_the_people_of_a_clause_on_something_else():
    evs = events("Yoon meets Scholz\n\nJune 19, 2023\n\nSouth Korean President Yoon Suk Yeol met German Chancellor Olaf "
                 "Scholz in Seoul on Monday afternoon.\n\nYoon said the two sides have agreed to follow through on the "
                 "common understandings he and Japanese Prime Minister Fumio Kishida had reached in Tokyo.")
    assert not [e for e in meetings(evs, "Yoon Suk Yeol", "Fumio Kishida") if e["date"] == "2023-06-19"]
    told = meetings(evs, "Yoon Suk Yeol", "Olaf Scholz")
    assert len(told) == 1 and any("the two sides have agreed" in q for qs in told[0]["quotes"].values() for q in qs)


def test_the_name_beside_a_title_of_a_body_is_the_person_met():
    evs = events("Albanese in Beijing\n\nNovember 7, 2023\n\nAustralian Prime Minister Anthony Albanese met Chinese "
                 "President Xi Jinping in Beijing on Monday.\n\nOn Tuesday, Albanese met the chairman of the National "
                 "People's Congress, Zhao Leji.")
    assert days(evs, "Anthony Albanese", "Zhao Leji") == ["2023-11-07"]


def test_a_headline_in_title_case_that_dials_a_leader_is_a_call_not_a_name():
    text = ("PM Sharif Dials Erdogan, Discusses Gaza And Trade\n\nLast Updated: March 20, 2024, 18:45 IST\n\n"
            "Pakistani Prime Minister Shehbaz Sharif on Wednesday spoke to Turkish President Recep Tayyip Erdogan over "
            "the phone.")
    assert people_in(text) == {"Shehbaz Sharif", "Recep Tayyip Erdogan"}
    assert [e["mode"] for e in meetings(events(text), "Shehbaz Sharif", "Recep Tayyip Erdogan")] == ["phone"]


def test_the_month_of_talks_told_before_a_meeting_is_not_its_month():
    evs = events("Leaders meet\n\nAug 23, 2025\n\nPrime Minister Shigeru Ishiba and South Korean President Lee Jae-myung "
                 "agreed on Saturday to keep relations stable.\n\nThe two leaders met at the Prime Minister's Office in "
                 "Tokyo, their second meeting after talks on the sidelines of the Group of Seven summit in Canada in "
                 "June.")
    found = meetings(evs, "Shigeru Ishiba", "Lee Jae-myung")
    assert [(e["date"], (e["location"] or {}).get("name")) for e in found if e["status"] == "happened"] == \
        [("2025-08-23", "Tokyo")]
    assert not [e for e in found if e["date"] == "2025-06" and (e["location"] or {}).get("name") == "Tokyo"]


def test_talks_after_which_a_leader_would_not_do_something_were_held_and_are_the_speaker_s():
    evs = events("Putin on grain\n\nPublished On 4 Sep 2023\n\nRussian President Vladimir Putin said Moscow would not "
                 "revive the Black Sea grain deal until the West met its demands, after talks with Turkish President "
                 "Recep Tayyip Erdogan in Sochi on Monday.")
    found = meetings(evs, "Vladimir Putin", "Recep Tayyip Erdogan")
    assert [(e["date"], e["status"], (e["location"] or {}).get("name")) for e in found] == \
        [("2023-09-04", "happened", "Sochi")]


def test_his_meeting_with_a_named_leader_is_the_subject_s_going_on():
    evs = events("The Oval Office blow-up\n\nUkraine's president Volodymyr Zelensky came to the White House on Friday "
                 "to sign a minerals deal.\n\nInstead, his meeting with President Donald Trump turned into a shouting "
                 "match in front of the cameras.")
    assert len(meetings(evs, "Volodymyr Zelensky", "Donald Trump")) == 1


def test_a_signing_following_talks_on_a_day_is_of_those_talks():
    evs = events("Treaty signed\n\n19 Jun, 2024 11:25\n\nRussian President Vladimir Putin and North Korean leader Kim "
                 "Jong-un have signed a treaty on comprehensive strategic partnership following talks in Pyongyang on "
                 "Wednesday.\n\nThe talks were followed by a one-on-one conversation between the two leaders.")
    found = meetings(evs, "Vladimir Putin", "Kim Jong-un")
    assert [(e["date"], (e["location"] or {}).get("name")) for e in found] == [("2024-06-19", "Pyongyang")]


def test_names_listed_before_a_headline_verb_are_its_subjects():
    evs = events("Wang Yi, Retno Marsudi hold talks in Beijing\n\nApril 2, 2024\n\nThe talks focused on trade and "
                 "maritime cooperation, officials at the foreign ministry in the capital said.")
    assert len(meetings(evs, "Wang Yi", "Retno Marsudi")) == 1


def test_the_other_party_of_held_talks_on_a_day_with_is_the_verb_s():
    evs = events("Talks in Beijing\n\nBEIJING, April 2, 2024 -- Chinese Foreign Minister Wang Yi held talks here on "
                 "Tuesday with Indonesian Foreign Minister Retno Marsudi.")
    assert days(evs, "Wang Yi", "Retno Marsudi") == ["2024-04-02"]


def test_a_wire_dateline_with_its_agency_between_slashes_dates_talks_going_on_that_day():
    from parley.ingest.datelines import lede

    found = lede("ASTANA, March 14. /TASS/. Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign Minister Bakhtiyor "
                 "Saidov are holding talks in Astana.")
    assert (found.place, found.date, found.agency) == ("ASTANA", "March 14", "TASS")
    evs = events("Talks in Astana\n\nMarch 14, 2024\n\nKazakh Foreign Minister Murat Nurtleu and Uzbek Foreign Minister "
                 "Bakhtiyor Saidov are holding talks in Astana, the ministry said.\n\nSaidov arrived in Astana on March "
                 "13 for a two-day visit.")
    assert days(evs, "Murat Nurtleu", "Bakhtiyor Saidov") == ["2024-03-14"]


def test_a_leader_expected_to_visit_is_the_one_visiting_ahead_not_on_the_day_of_the_saying():
    evs = events("Putin meets Wang\n\n22 Feb, 2023\n\nRussian President Vladimir Putin met China's top diplomat Wang Yi "
                 "at the Kremlin on Wednesday and said he expected Chinese President Xi Jinping to visit Russia.")
    visit = [e for e in evs if e["type"] == "CONSULT" and "Xi Jinping" in {p["name"] for p in e["actors"]}]
    assert visit and all(e["status"] == "planned" and e["date"] != "2023-02-22" for e in visit)
    assert days(evs, "Vladimir Putin", "Wang Yi") == ["2023-02-22"]
    # (a day told with what schedules the meeting is the meeting's)
    evs = events("Wang in Delhi\n\nAugust 18, 2025\n\nChinese Foreign Minister Wang Yi arrived in New Delhi on Monday. "
                 "On Tuesday, Wang is scheduled to meet India's National Security Adviser Ajit Doval.")
    assert days(evs, "Wang Yi", "Ajit Doval") == ["2025-08-19"]


def test_an_ambiguous_numeric_date_is_read_in_the_order_that_puts_the_told_weekday_on_or_before_it():
    from parley.time.numeric import read_numeric

    text = "The foreign ministers of Iran and Saudi Arabia held talks in Beijing on Thursday."
    first = read_numeric(6, 4, 2023, "/", raw="06/04/2023", line="Issued on: 06/04/2023 - 11:42", text=text)[0]
    assert first.value == "2023-04-06"       # a Thursday; 4 June 2023 was a Sunday
    evs = events("Ministers meet in China\n\nIssued on: 06/04/2023 - 11:42\n\n" + text)
    assert all(e["date"] == "2023-04-06" for e in evs if e["type"] == "CONSULT")


def test_a_family_name_with_its_particle_alone_and_an_alias_of_a_known_official_are_one_person():
    evs = events("Araghchi, Bin Farhan hold talks in Jeddah\n\nApril 6, 2025\n\nIranian Foreign Minister Abbas Araghchi "
                 "met his Saudi counterpart Faisal bin Farhan Al Saud in Jeddah on Sunday.")
    assert len([e for e in evs if e["type"] == "CONSULT"]) == 1
    evs = events("AMLO and Trudeau hold bilateral meeting at Palacio Nacional\n\nJanuary 10, 2023\n\nPresident Andrés "
                 "Manuel López Obrador received Canadian Prime Minister Justin Trudeau at the National Palace on Tuesday "
                 "afternoon.")
    assert len([e for e in evs if e["type"] == "CONSULT"]) == 1


def test_malaysian_styles_are_no_part_of_a_name():
    assert people_in("Prime Minister Datuk Seri Anwar Ibrahim met Tan Sri Muhyiddin Yassin and Dato' Sri Mohamad "
                     "Hasan in Putrajaya.") == {"Anwar Ibrahim", "Muhyiddin Yassin", "Mohamad Hasan"}


def test_he_goes_on_through_a_trip_s_sentences_past_the_people_each_names():
    evs = events("Wong wraps up Pacific trip\n\nMay 22, 2024\n\nAustralian Foreign Minister Penny Wong wrapped up a "
                 "three-nation tour of the Pacific on Wednesday.\n\nIn Suva on Monday, Wong met Fijian Prime Minister "
                 "Sitiveni Rabuka.\n\nOn Tuesday, she flew to Apia, where she held talks with Samoan Prime Minister "
                 "Fiame Naomi Mata'afa and Foreign Secretary Peseta Noumea Simi.\n\nShe ended the trip in Nuku'alofa, "
                 "where she met Tongan Prime Minister Siaosi Sovaleni on Wednesday.")
    wong = [e for e in evs if e["type"] == "CONSULT" and len(e["actors"] + e["recipients"]) == 2]
    assert wong and all("Penny Wong" in {p["name"] for p in e["actors"] + e["recipients"]} for e in wong)
    assert meetings(evs, "Penny Wong", "Siaosi Sovaleni")
    assert {e["type"] for e in evs} == {"CONSULT"}           # ending a trip is no sanction


def test_a_headline_glued_to_its_text_by_spaces_is_a_sentence_of_its_own():
    from parley.ingest.segment import split_sentences

    text = ("Sanchez in Rabat: PM meets King Mohammed VI   Spanish Prime Minister Pedro Sanchez arrived in Rabat on "
            "Wednesday. He met King Mohammed VI.")
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "Sanchez in Rabat: PM meets King Mohammed VI",
        "Spanish Prime Minister Pedro Sanchez arrived in Rabat on Wednesday.", "He met King Mohammed VI."]


def test_a_residence_outside_a_city_is_in_that_city_s_country_not_in_the_city():
    from parley.extract.places import places_in

    text = "Putin hosted Modi for an informal dinner at his residence outside Moscow."
    assert [(p.name, p.country, p.kind) for p in places_in(text, 0, len(text))] == [("Russia", "RUS", "country")]


def test_the_two_leaders_are_the_heads_of_government_of_the_meeting_just_told():
    evs = events("Albanese meets Li\n\nJune 17, 2024\n\nPrime Minister Anthony Albanese and Chinese Premier Li Qiang "
                 "held the annual leaders' meeting in Canberra on Monday.\n\nThe two leaders last met in Jakarta in "
                 "September, and Albanese visited Beijing in November, when he met both Li and President Xi Jinping.")
    jakarta = [e for e in evs if (e["location"] or {}).get("name") == "Jakarta"]
    assert jakarta and all({p["name"] for p in e["actors"] + e["recipients"]} == {"Anthony Albanese", "Li Qiang"}
                           for e in jakarta)


STATE_VISIT = ("Leaders agree on deterrence\n\nThu 10 Jul 2025 18.30 BST\n\nKeir Starmer and Emmanuel Macron have agreed "
               "to coordinate their nuclear deterrents, after talks at Downing Street on the final day of the French "
               "president's state visit to the UK.\n\nOn Tuesday, Macron addressed parliament and was hosted by King "
               "Charles at a state banquet at Windsor Castle.")


def test_talks_after_which_leaders_agreed_to_act_were_held_on_their_own_day_not_the_day_of_a_later_told_banquet():
    found = meetings(events(STATE_VISIT), "Keir Starmer", "Emmanuel Macron")
    assert [(e["date"], (e["location"] or {}).get("name")) for e in found] == [("2025-07-10", "London")]


def test_the_king_alone_is_the_one_king_of_the_states_the_article_names():
    evs = events("King hosts Macron\n\n8 July 2025\n\nThe King has welcomed French President Emmanuel Macron to Windsor "
                 "Castle at the start of a three-day state visit to the UK.")
    assert days(evs, "King Charles III", "Emmanuel Macron") == ["2025-07-08"]


def test_a_title_of_a_state_with_its_long_name_before_the_name_is_one_phrase_with_it():
    evs = events("Russian-Chinese talks\n\nMay 16, 2024 11:00 Beijing\n\nVladimir Putin, who is in China on a state "
                 "visit, held talks with President of the People's Republic of China Xi Jinping.")
    assert days(evs, "Vladimir Putin", "Xi Jinping") == ["2024-05-16"]


def test_a_year_in_the_name_of_a_plan_is_no_date_of_the_meeting_that_discusses_it():
    evs = events("Leaders meet in Rio\n\n18 novembre 2024\n\nPresident Emmanuel Macron met with Prime Minister Narendra "
                 "Modi of India on the margins of the G20 summit in Rio de Janeiro. The two leaders discussed the "
                 "Horizon 2047 roadmap and Saudi Arabia's Vision 2030.")
    found = meetings(evs, "Emmanuel Macron", "Narendra Modi")
    assert found and all(e["date"] == "2024-11-18" for e in found)


def test_the_day_a_since_phrase_counts_from_is_not_the_visit_s():
    evs = events("Scholz in Washington\n\n03/03/2023\n\nGerman Chancellor Olaf Scholz met US President Joe Biden at the "
                 "White House on Friday.\n\nScholz's visit to Washington was his second since taking office in December "
                 "2021.")
    assert not [e for e in evs if (e["date"] or "").startswith("2021")]


def test_a_day_and_place_of_a_trip_told_of_its_traveller_alone_are_not_the_meeting_s_its_own_words_date():
    evs = events("Scholz to visit China\n\nApril 10, 2024\n\nGerman Chancellor Olaf Scholz will travel to China next week "
                 "for a three-day visit, during which he will meet President Xi Jinping, a spokesman said on Wednesday."
                 "\n\nScholz will begin his trip in Chongqing on Sunday and end it in Beijing on Tuesday.")
    found = meetings(evs, "Olaf Scholz", "Xi Jinping")
    assert found and all(e["date"] != "2024-04-14" and (e["location"] or {}).get("name") != "Chongqing" for e in found)


ACCORD = ("Lula, Milei sign declaration of friendship\n\nThursday, 07 March 2024 16:21\n\n"
          "President Javier Milei and Brazilian President Luiz Inacio Lula da Silva signed a declaration on friendly "
          "relations and good neighbourliness at the Casa Rosada on Thursday.\n\n"
          "Lula also met with Vice President Victoria Villarruel at the Senate.\n\n")


def test_a_meeting_of_the_same_trip_is_placed_by_its_companion_whichever_the_article_told_first():
    evs = events(ACCORD)
    signing = meetings(evs, "Luiz Inacio Lula da Silva", "Javier Milei")
    also = meetings(evs, "Luiz Inacio Lula da Silva", "Victoria Villarruel")
    assert [(e["location"] or {}).get("venue") for e in signing] == ["Casa Rosada"]
    # the trip's city, not the other meeting's building
    assert [e["location"] for e in also] == [{"name": "Buenos Aires", "country": "ARG", "kind": "city",
                                              "basis": "where another meeting of its people on the same trip was"}]


def test_a_place_in_a_phrase_of_another_time_places_no_meeting_of_the_day_whichever_meeting_tells_it():
    evs = events("Leaders meet\n\nMarch 14, 2025\n\nKenyan President William Ruto welcomed Ugandan President Yoweri "
                 "Museveni and Tanzanian President Samia Suluhu Hassan to the Rift Valley on Friday for a summit of the "
                 "three leaders.\n\nMuseveni and Hassan also held talks on the sidelines of the summit, the first time "
                 "the two leaders met since May in Kampala.")
    today = [e for e in evs if e["type"] == "CONSULT" and e["date"] == "2025-03-14"]
    assert len(today) == 2 and {len(e["actors"] + e["recipients"]) for e in today} == {2, 3}
    assert all((e["location"] or {}).get("name") != "Kampala" for e in today)


def test_the_day_of_a_clause_that_tells_what_an_object_is_dates_that_clause_not_the_act():
    evs = events("Tinubu, Ramaphosa hold talks in Abuja\n\nPublished Feb 14, 2024 6:42 PM\n\nNigerian President Bola "
                 "Tinubu and his South African counterpart Cyril Ramaphosa on Wednesday held talks in Abuja on trade "
                 "and energy.\n\nRamaphosa accepted an invitation to visit Nigeria again in June, according to the "
                 "Nigerian Presidency.")
    # June is the visit's (ahead), not the acceptance's: no act of June of the year before
    assert not [e for e in evs if (e["date"] or "").startswith("2023")]
    talks = meetings(evs, "Bola Tinubu", "Cyril Ramaphosa")
    assert [e["date"] for e in talks if e["status"] == "happened"] == ["2024-02-14"]


def test_ending_a_rift_is_a_thaw_not_a_sanction():
    evs = events("Erdogan in Cairo\n\nFebruary 14, 2024\n\nTurkish President Recep Tayyip Erdogan landed in Cairo on "
                 "Wednesday, ending a decade-long rift between the two regional powers.\n\nErdogan held talks with "
                 "Egyptian President Abdel Fattah al-Sisi at the presidential palace.")
    talks = meetings(evs, "Recep Tayyip Erdogan", "Abdel Fattah al-Sisi")
    assert talks and all(e["type"] != "SANCTION" for e in evs)
    assert not [s for e in talks for s in e.get("statements") or [] if s.get("category") == "SANCTION"]


def test_the_day_and_place_of_a_clause_told_as_after_the_meeting_are_not_its_own():
    evs = events("Leaders meet\n\nSeptember 20, 2024\n\nNEW YORK (AP) -- Poland's President Andrzej Duda and "
                 "Lithuanian President Gitanas Nauseda held talks on Friday, the last such meeting before Donald Tusk "
                 "returns to the Chancellery in Warsaw in October.")
    found = meetings(evs, "Andrzej Duda", "Gitanas Nauseda")
    assert [e["date"] for e in found] == ["2024-09-20"]
    assert all((e["location"] or {}).get("name") != "Warsaw" for e in found)


def test_a_meeting_noun_the_parser_makes_the_subject_of_the_saying_does_not_take_its_day():
    evs = events("Envoys to meet\n\nPublished: 17 March 2025\n\nUkrainian Foreign Minister Andrii Sybiha will meet "
                 "Turkish Foreign Minister Hakan Fidan in Ankara on Wednesday, the first talks between the two "
                 "countries since the new year, officials said on Monday.")
    found = [e for e in evs if e["type"] == "CONSULT"]
    assert [(e["status"], e["date"]) for e in found] == [("planned", "2025-03-19")]


def test_a_deadline_the_leaders_agreed_on_is_not_the_day_of_their_talks():
    evs = events("Leaders agree trade goal\n\nMarch 6, 2025\n\nNEW DELHI: Prime Minister Narendra Modi and New Zealand "
                 "Prime Minister Christopher Luxon agreed on Thursday to double bilateral trade by 2030, during their "
                 "talks at Hyderabad House.")
    assert [(e["status"], e["date"]) for e in meetings(evs, "Narendra Modi", "Christopher Luxon")] == [
        ("happened", "2025-03-06")]


def test_bhutanese_styles_are_no_part_of_a_name():
    assert people_in("Lyonchhen Tshering Tobgay received Lyonpo D.N. Dhungyel and Dasho Karma Tshering in "
                     "Thimphu.") == {"Tshering Tobgay", "D.N. Dhungyel", "Karma Tshering"}


def test_a_partner_the_parser_hangs_on_the_day_is_the_partner():
    evs = events("FMs hold talks\n\nMANILA, Oct. 4 (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya held talks here "
                 "on the 4th with Philippine Foreign Secretary Enrique Manalo.")
    assert meetings(evs, "Takeshi Iwaya", "Enrique Manalo")


def test_the_meeting_two_people_last_met_at_is_background_in_an_undated_report():
    evs = events("Ministers meet\n\nASTANA (TASS) -- Kazakh Foreign Minister Murat Nurtleu and his Uzbek counterpart "
                 "Bakhtiyor Saidov held talks in Astana on Saturday.\n\nThe two ministers last met in July in Tashkent.")
    found = meetings(evs, "Murat Nurtleu", "Bakhtiyor Saidov")
    assert sorted(e["status"] for e in found) == ["background", "happened"]


def test_the_time_of_what_talks_followed_is_not_theirs():
    evs = events("Leaders agree\n\nNAIROBI, Jan 11 (Reuters) - Kenyan President William Ruto and Ugandan President "
                 "Yoweri Museveni agreed on Saturday to reopen the border, a joint statement said, after talks in Kampala "
                 "that followed a Tanzanian-brokered deal last month.")
    found = meetings(evs, "William Ruto", "Yoweri Museveni")
    assert [e["status"] for e in found if e["date_precision"] == "month"] != ["happened"]
    assert any(e["status"] == "happened" and (e["location"] or {}).get("name") == "Kampala" for e in found)


def test_the_day_of_an_act_told_by_a_gerund_after_a_word_of_order_is_that_act_s():
    evs = events("Sri Lanka's new leader in Dhaka\n\nJanuary 20, 2025\n\nBangladesh's interim leader Muhammad Yunus "
                 "and Sri Lankan President Anura Kumara Dissanayake held talks at the State Guest House in Dhaka.\n\n"
                 "Dissanayake, who is on his second foreign visit after assuming office in September, was welcomed at "
                 "the airport.")
    found = meetings(evs, "Muhammad Yunus", "Anura Kumara Dissanayake")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2025-01-20")]


def test_a_count_over_a_span_up_to_now_dates_no_meeting():
    evs = events("Orban hosts Vucic\n\nMarch 18, 2025\n\nHungarian Prime Minister Viktor Orban has hosted Serbian "
                 "President Aleksandar Vucic in Budapest.\n\nThe meeting is the fourth between Orban and Vucic in the "
                 "past year.")
    assert [e["date"] for e in meetings(evs, "Viktor Orban", "Aleksandar Vucic")] == ["2025-03-18"]


def test_where_something_is_sent_is_no_place_of_the_agreement_to_send_it():
    evs = events("Leaders meet in Canberra\n\nApril 2, 2025\n\nAustralian Prime Minister Anthony Albanese held talks "
                 "with New Zealand Prime Minister Christopher Luxon in Canberra on Wednesday.\n\nThe two leaders agreed "
                 "to send a joint disaster relief team to the Samoan capital Apia.")
    assert set(places_of(evs, "Anthony Albanese", "Christopher Luxon")) == {"Canberra"}


def test_a_journey_in_a_phrase_before_the_main_act_takes_not_its_day():
    evs = events("Erdogan in Baku\n\nBAKU, June 6 (Wire) - Turkish President Recep Tayyip Erdogan and Azerbaijani "
                 "President Ilham Aliyev signed six agreements on Friday.\n\nThe leaders met at the presidential palace "
                 "in Baku. Before arriving in Azerbaijan, Erdogan met Georgian Prime Minister Irakli Kobakhidze on "
                 "Tuesday in Tbilisi.", published="2025-06-06")
    assert dates_of(evs, "Recep Tayyip Erdogan", "Ilham Aliyev") == ["2025-06-06"]
    assert dates_of(evs, "Recep Tayyip Erdogan", "Irakli Kobakhidze") == ["2025-06-03"]


def test_where_a_trip_takes_its_traveller_next_is_no_day_of_the_trip_or_its_meetings():
    evs = events("Albanese in Tokyo\n\nMay 26, 2025\n\nAustralian Prime Minister Anthony Albanese met Japanese Prime "
                 "Minister Shigeru Ishiba in Tokyo on Monday.\n\nThe Australian leader is on a three-day trip to Japan "
                 "that will take him to Osaka on Wednesday.")
    found = [e for e in evs if e["type"] == "CONSULT"]
    assert {(e["status"], e["date"]) for e in found} == {("happened", "2025-05-26")}


def test_a_phrase_after_a_comma_that_the_parser_hangs_on_a_since_phrase_is_the_act_s():
    evs = events("Orban first to meet Trump\n\nBy Staff - November 8, 2024\n\nHungarian Prime Minister Viktor Orban "
                 "became the first European leader to meet Donald Trump since the US election, at a dinner at Trump's "
                 "club on Thursday, Orban's office said.")
    found = meetings(evs, "Viktor Orban", "Donald Trump")
    assert [(e["status"], e["date"]) for e in found] == [("happened", "2024-11-07")]


def test_a_clause_of_when_hung_on_a_time_tells_the_time_of_its_act():
    evs = events("Macron in Brazil\n\nMarch 26, 2024\n\nPresident Luiz Inacio Lula da Silva and French President "
                 "Emmanuel Macron visited a cocoa farm near Belem this Tuesday.\n\nThe French president's visit runs "
                 "until Thursday (28), when the two will meet in Brasilia.")
    found = {(e["status"], e["date"], (e["location"] or {}).get("name"))
             for e in meetings(evs, "Luiz Inacio Lula da Silva", "Emmanuel Macron")}
    assert ("planned", "2024-03-28", "Brasilia") in found
    assert all(place != "Brasilia" for status, _, place in found if status == "happened")


def test_an_occasion_whose_anniversary_is_marked_is_background_and_not_of_that_year():
    evs = events("Xi meets Luxon\n\nJune 18, 2024\n\nPresident Xi Jinping met New Zealand Prime Minister Christopher "
                 "Luxon in Beijing on Tuesday.\n\nXi noted that this year marks the 50th anniversary of Prime Minister "
                 "Norman Kirk's visit to China.")
    kirk = [e for e in evs if "Norman Kirk" in party_names(e)]
    assert kirk and all(e["status"] == "background" and e["date"] != "2024" for e in kirk)
