"""Conventions of outlets outside the United States: day/month dates, datelines set apart, honorifics and initials,
palaces and forums named in the local way, a host named before the talks."""
from __future__ import annotations

from test_news_articles import article, events, meetings, parties_of_the_one_meeting, party_names, people_in, places_of

from parley.extract import extract_article


def test_a_numeric_byline_date_beside_a_24_hour_clock_is_day_month():
    a = article("Spain and Morocco agree on border crossings\n\nBy Staff with AFP\nPublished on 04/03/2024 - 16:20\n\n"
                "Spanish Prime Minister Pedro Sanchez held talks with Moroccan Prime Minister Aziz Akhannouch in Rabat "
                "on Monday evening.")
    assert a.published.value == "2024-03-04"        # (both readings are Mondays: the clock decides)
    a = article("Macron heads to Berlin\n\nIssued on: 11/06/2024 - 09:05\n\nFrench President Emmanuel Macron will "
                "meet German Chancellor Olaf Scholz in Berlin on Thursday.")
    assert a.published.value == "2024-06-11"
    # (a 12-hour clock alone still reads month/day)
    a = article("Talks in Manila\n\nPosted 04/03/2024 10:20 AM\n\nPhilippine Foreign Secretary Enrique Manalo held talks "
                "with Japanese Foreign Minister Yoko Kamikawa in Manila.")
    assert a.published.value == "2024-04-03"


def test_a_dateline_day_and_month_read_a_numeric_date_whatever_clock_is_beside_it():
    a = article("Anwar meets Lee in Singapore\n\n06/02/2024 07:40 PM\n\nSINGAPORE, Feb 6 (Bernama) -- Prime Minister "
                "Anwar Ibrahim held talks with Singapore Prime Minister Lee Hsien Loong at the Istana here today.")
    assert a.published.value == "2024-02-06"
    assert "names" in a.published.reason


def test_a_dateline_on_a_line_of_its_own_gives_the_day_and_month():
    a = article("Azerbaijani and Georgian ministers meet\n\nTbilisi, March 12, AZERTAC\n\nAzerbaijan's Foreign Minister "
                "Jeyhun Bayramov met Georgia's Foreign Minister Ilia Darchiashvili in Tbilisi.")
    partial = [c for c in a.published.candidates if c.precision == "month-day"]
    assert [c.value for c in partial] == ["--03-12"]
    assert "AZERTAC" not in a.text
    # (its year from a date the text names close before it)
    a = article("Azerbaijani and Georgian ministers meet again\n\nTbilisi, March 12, AZERTAC\n\nThe ministers, who last met on March 3, 2025 in Baku, "
                "met again in Tbilisi.")
    assert a.published.value == "2025-03-12"


def test_a_palace_named_in_the_local_language_after_its_city_is_in_that_city():
    evs = events("Anwar and Prabowo meet\n\nJanuary 27, 2025\n\nPrime Minister Anwar Ibrahim and Indonesian "
                 "President Prabowo Subianto held talks at Istana Bogor on Monday.")
    found = meetings(evs, "Anwar Ibrahim", "Prabowo Subianto")
    assert [(e["location"]["name"], e["location"]["country"]) for e in found] == [("Bogor", "IDN")]
    evs = events("Sanchez meets Li\n\nMarch 30, 2023\n\nSpanish Prime Minister Pedro Sanchez met Chinese Premier Li Qiang "
                 "on Thursday on the sidelines of the Boao Forum for Asia in the southern province of Hainan.")
    assert places_of(evs, "Pedro Sanchez", "Li Qiang") == ["Boao"]


def test_the_state_that_hosts_talks_others_are_at_is_no_party():
    evs = events("Serbia, Kosovo make progress on energy deal at Belgium talks\n\nMay 3, 2024\n\nSerbian President "
                 "Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels on Friday.")
    consult = [e for e in evs if e["type"] == "CONSULT"]
    assert not any(p.get("country") == "BEL" for e in consult for p in e["actors"] + e["recipients"])
    # (the talks of two states named before the noun are still theirs)
    evs = events("Negotiators meet at US-China talks in Geneva\n\nMay 3, 2024\n\nUS and Chinese officials held talks "
                 "in Geneva on Friday.")
    assert {p.get("country") for e in evs if e["type"] == "CONSULT" for p in e["actors"] + e["recipients"]} >= \
        {"USA", "CHN"}


def test_initials_run_together_and_indian_honorifics_are_part_of_a_name_or_none():
    assert people_in("Foreign Minister M.U.M. Ali Sabry met Shri Narendra Modi in New Delhi.") == \
        {"M.U.M. Ali Sabry", "Narendra Modi"}
    assert people_in("U.S. Secretary of State Antony Blinken met the U.N. chief in New York.") == {"Antony Blinken"}


def test_the_last_word_of_a_title_is_no_one():
    evs = events("Secretary Blinken's Meeting with People's Republic of China (PRC) State Councilor and Foreign Minister "
                 "Qin Gang\n\nJune 18, 2023\n\nSecretary of State Antony J. Blinken met today in Beijing with PRC State "
                 "Councilor and Foreign Minister Qin Gang.")
    assert parties_of_the_one_meeting(evs) == {"Antony J. Blinken", "Qin Gang"}


def test_a_titles_acronym_alone_is_its_holder_and_whom_he_meets_is_of_the_other_state():
    evs = events("Visit of External Affairs Minister to Nepal\n\nJanuary 4, 2024\n\n1. External Affairs Minister Dr. "
                 "S. Jaishankar paid an official visit to Nepal on 4 January 2024.\n\n2. EAM also met Prime Minister "
                 "Pushpa Kamal Dahal and Foreign Minister N.P. Saud in Kathmandu.")
    found = [e for e in evs if e["type"] == "CONSULT" and len(e["actors"] + e["recipients"]) == 2]
    pairs = {frozenset((p["name"], p["country"]) for p in e["actors"] + e["recipients"]) for e in found}
    assert frozenset({("S. Jaishankar", "IND"), ("N.P. Saud", "NPL")}) in pairs
    assert all(e["date"] == "2024-01-04" for e in found)
    # (an envoy met by the visitor may be of the visitor's own state: no country is given him)
    evs = events("Modi in Kathmandu\n\nJanuary 4, 2024\n\nPrime Minister Narendra Modi arrived in Kathmandu on "
                 "Thursday and met Ambassador Naveen Srivastava at the airport.")
    assert not any(p["name"] == "Naveen Srivastava" and p["country"] == "NPL"
                   for e in evs for p in e["actors"] + e["recipients"])
    # (not a time of day: "at 5 PM")
    evs = events("Talks\n\nJanuary 4, 2024\n\nPrime Minister Narendra Modi met Nepal's Prime Minister Pushpa Kamal Dahal "
                 "in New Delhi at 5 PM on Thursday.")
    assert parties_of_the_one_meeting(evs) == {"Narendra Modi", "Pushpa Kamal Dahal"}


def test_a_place_alone_on_its_line_over_the_first_paragraph_is_its_dateline():
    a = article("Jaishankar in Nepal\n\nUpdated - January 4, 2024 10:34 pm IST\n\nKATHMANDU\n\nExternal Affairs Minister "
                "S. Jaishankar on Thursday held talks with his Nepalese counterpart N.P. Saud.")
    assert "KATHMANDU — External Affairs Minister" in a.text
    evs = events("Jaishankar in Nepal\n\nUpdated - January 4, 2024 10:34 pm IST\n\nKATHMANDU\n\nExternal Affairs "
                 "Minister S. Jaishankar on Thursday held talks with his Nepalese counterpart N.P. Saud.")
    assert places_of(evs, "S. Jaishankar", "N.P. Saud") == ["Kathmandu"]
    # (a section's label in capitals is no dateline)
    a = article("Jaishankar in Nepal for talks\n\nWORLD\n\nExternal Affairs Minister S. Jaishankar on Thursday held talks "
                "with his Nepalese counterpart N.P. Saud.")
    assert "WORLD" not in a.text
    # (a paragraph with its own dateline keeps it; the line above is left out)
    a = article("A shouting match\n\nCNN\n\nWashington (CNN) — A shouting match broke out in the Oval Office on "
                "Friday between the two presidents.")
    assert "CNN — " not in a.text and "Washington (CNN) — A shouting match" in a.text


def test_a_weekday_with_its_day_of_the_month_in_brackets_is_that_day():
    evs = events("Lula in Paris\n\nPublished on 02/06/2024 - 17:10\n\nPresident Luiz Inácio Lula da Silva arrives in "
                 "Paris this Sunday (2). On Monday (3), Lula will meet President Emmanuel Macron at the Elysée.")
    assert [(e["date"], e["status"]) for e in meetings(evs, "Luiz Inácio Lula da Silva", "Emmanuel Macron")] == \
        [("2024-06-03", "planned")]


def test_a_communist_partys_honorific_and_a_samoan_okina_are_read():
    assert people_in("Respected Comrade Kim Jong Un held talks with Vladimir Putin at the Kumsusan Guest House.") == \
        {"Kim Jong Un", "Vladimir Putin"}
    assert people_in("Prime Minister Fiamē Naomi Mataʻafa met Anthony Albanese in Canberra.") == \
        {"Fiamē Naomi Mataʻafa", "Anthony Albanese"}
    from parley.extract.names import name_key
    assert name_key("Fiamē Naomi Mataʻafa") == name_key("Fiame Naomi Mata'afa")


def test_a_given_name_in_another_transliteration_is_the_same():
    from parley.extract.names import name_key
    assert name_key("Dmitry Kuleba") == name_key("Dmytro Kuleba")
    assert name_key("Andrei Sybiha") == name_key("Andrii Sybiha")
    assert name_key("Dmitry Kuleba") != name_key("Dmytro Kovalenko")


def test_a_title_only_one_state_gives_is_its_holder():
    # (dated: the holder in office then, named nowhere in the text)
    evs = events("Taoiseach meets PM\n\nSeptember 7, 2024\n\nThe Taoiseach and the British Prime Minister Keir Starmer "
                 "have held talks at Farmleigh House in Dublin.")
    assert parties_of_the_one_meeting(evs) == {"Simon Harris", "Keir Starmer"}
    # (undated: the one person of that state the article names)
    evs = events("The Taoiseach and the British Prime Minister have held talks at Farmleigh House in the Phoenix Park."
                 "\n\nSimon Harris said Keir Starmer's visit marked a new chapter.")
    assert parties_of_the_one_meeting(evs) == {"Simon Harris", "Keir Starmer"}
    assert places_of(evs, "Simon Harris", "Keir Starmer") == ["Dublin"]


def test_a_share_bar_and_related_links_run_into_a_one_line_page_are_cut_off():
    text = ("Lammy, Wang discuss trade in London | Daily Wire Home » World British Foreign Secretary David Lammy met "
            "Chinese Foreign Minister Wang Yi in London on Friday. The two sides discussed trade and climate. Share "
            "this: Facebook Twitter Related Posts Britain, France discuss migration in Paris")
    a = article(text, published="2025-02-14")
    assert "Related Posts" not in a.text and "Paris" not in a.text and "discussed trade and climate." in a.text
    evs = events(text, published="2025-02-14")
    assert {frozenset(p["country"] for p in e["actors"] + e["recipients"]) for e in evs if e["type"] == "CONSULT"} \
        == {frozenset({"GBR", "CHN"})}
    # a byline that closes the page after its links still dates it
    dated = article(text.replace("in Paris", "in Paris Advertisement By Staff Writer | 14 February 2025"))
    assert dated.published.value == "2025-02-14" and "Related Posts" not in dated.text


def test_a_byline_between_bars_of_a_one_line_story_is_nobody():
    evs = events("Lee, Ishiba agree to deepen ties in first summit | By Park Min-ji | South Korean President Lee Jae "
                 "Myung and Japanese Prime Minister Shigeru Ishiba held their first summit in Tokyo on Saturday, "
                 "agreeing to deepen cooperation.", published="2025-08-24")
    found = meetings(evs, "Lee Jae Myung", "Shigeru Ishiba")
    assert [(e["date"], sorted(party_names(e))) for e in found] == [
        ("2025-08-23", ["Lee Jae Myung", "Shigeru Ishiba"])]
    # (or between runs of spaces: a scrape that joined its paragraphs by two spaces)
    evs = events("Lee, Ishiba agree to deepen ties in first summit  By Park Min-ji  South Korean President Lee Jae Myung "
                 "and Japanese Prime Minister Shigeru Ishiba held their first summit in Tokyo on Saturday, agreeing to "
                 "deepen cooperation.", published="2025-08-24")
    assert [sorted(party_names(e)) for e in meetings(evs, "Lee Jae Myung", "Shigeru Ishiba")] == [
        ["Lee Jae Myung", "Shigeru Ishiba"]]


def test_a_byline_run_into_a_one_line_story_after_a_single_space_is_set_apart_with_its_city():
    text = ("PM Sharif, Erdogan hold strategic council; trade, defence on agenda By Our Correspondent, Islamabad Prime "
            "Minister Shehbaz Sharif and Turkish President Recep Tayyip Erdogan on Thursday held the seventh session "
            "of the High-Level Strategic Cooperation Council in Islamabad. On Wednesday, the two leaders attended a "
            "dinner in Rawalpindi.")
    a = article(text, published="2025-02-14")
    assert "By Our Correspondent" not in a.text and a.title.startswith("PM Sharif, Erdogan hold")
    found = meetings([c.to_dict() for c in extract_article(a)], "Shehbaz Sharif", "Recep Tayyip Erdogan")
    assert "2025-02-13" in [e["date"] for e in found]


def test_a_month_and_day_over_a_year_after_a_slash_is_a_date():
    a = article("Politics & Law June, 20/2024 - 16:45\n\nPresident holds talks with visiting leader\n\n"
                "HA NOI - State President To Lam held talks with Lao President Thongloun Sisoulith in Ha Noi on "
                "Thursday morning.")
    assert a.published.value == "2024-06-20"
