"""What an outlet at home, a ministry's release and a one-line scrape leave unsaid, read from what they do say: a
minister named without a state, a ministry's full title, "she" and "I", a time stamp run into the lede, and the
dates that belong to other acts of the sentence. Every article here is written for the test."""
from __future__ import annotations

from parley.extract import extract_article
from parley.extract.actors import ArticleActors
from test_news_articles import article, events, meetings


def _parties(e: dict) -> dict[str, str | None]:
    return {p["name"]: p.get("country") for p in e["actors"] + e["recipients"]}


def _the_meeting(evs: list[dict], *people: str) -> dict:
    """The one meeting of these people (there must be exactly one)."""
    found = meetings(evs, *people)
    assert len(found) == 1, [(e["date"], _parties(e)) for e in found]
    return found[0]


TEXT_GHANA_TOGO = ("Ghana and Togo agree to reopen border posts\n\nPublished 2024-05-15\n\n"
                   "Foreign Minister Kwame Asante Boateng on Tuesday held talks with his Togolese counterpart "
                   "Komlan Edoh Agbeko in Lome. The two ministers agreed to reopen the border posts.")


def test_a_minister_named_without_a_state_is_of_the_state_his_counterpart_is_not():
    # an outlet at home names its own minister without the state; his counterpart's state is told, and the article
    # is of two states
    evs = events(TEXT_GHANA_TOGO)
    meeting = _the_meeting(evs, "Kwame Asante Boateng", "Komlan Edoh Agbeko")
    assert _parties(meeting) == {"Kwame Asante Boateng": "GHA", "Komlan Edoh Agbeko": "TGO"}
    assert meeting["date"] == "2024-05-14"
    # the person's own country, with what it rests on (not only the meeting's two states)
    people = {a.name: a for a in ArticleActors(article(TEXT_GHANA_TOGO).text, None).people()}
    owner = people["Kwame Asante Boateng"]
    assert owner.country == "GHA" and "counterpart" in owner.country_basis


def test_a_ministry_s_full_title_names_its_minister_and_state():
    evs = events("Ministers meet in Dakar\n\nPublished 2024-06-03\n\n"
                 "Minister of Foreign Affairs, Regional Integration and Senegalese Abroad, Awa Diop Ndiaye, held "
                 "talks on Monday in Dakar with the Minister of Foreign Affairs and International Cooperation of "
                 "Gambia Momodou Lamin Ceesay.")
    meeting = _the_meeting(evs, "Awa Diop Ndiaye", "Momodou Lamin Ceesay")
    assert _parties(meeting) == {"Awa Diop Ndiaye": "SEN", "Momodou Lamin Ceesay": "GMB"}
    titles = {p["name"]: p.get("title") for p in meeting["actors"] + meeting["recipients"]}
    assert titles == {"Awa Diop Ndiaye": "Foreign Minister", "Momodou Lamin Ceesay": "Foreign Minister"}


def test_the_titled_minister_set_off_by_commas_and_his_peer():
    evs = events("Nigeria and Ghana hold consultations\n\nPublished 2024-10-08\n\n"
                 "The Minister of Foreign Affairs, Ibrahim Danladi Musa, and his Ghanaian peer, Kofi Mensah Owusu, on "
                 "Monday held consultations in Abuja on the free movement of goods.")
    meeting = _the_meeting(evs, "Ibrahim Danladi Musa", "Kofi Mensah Owusu")
    assert _parties(meeting) == {"Ibrahim Danladi Musa": "NGA", "Kofi Mensah Owusu": "GHA"}


def test_she_is_the_woman_the_text_shows_not_the_man_named_last():
    evs = events("Minister in Lima\n\nPublished 2024-04-12\n\n"
                 "Foreign Minister Lucia Ferreyra visited Lima today and held a meeting with her Peruvian counterpart, "
                 "Javier Quispe Mamani.\n\nFerreyra and Quispe Mamani talked about trade and the border.\n\n"
                 "She was later received by President Dina Boluarte.")
    with_president = meetings(evs, "Dina Boluarte")
    assert len(with_president) == 1
    assert set(_parties(with_president[0])) == {"Lucia Ferreyra", "Dina Boluarte"}


def test_a_release_in_the_first_person_is_its_signatory_s():
    evs = events("Media release: talks with Fiji\n\nToday I met my counterpart, Fijian Foreign Minister Josaia "
                 "Tikoduadua, in Suva to discuss climate finance and labour mobility.\n\nThe Hon Marama Kealoha, "
                 "Minister for Foreign Affairs\n\n12 March 2024")
    meeting = _the_meeting(evs, "Josaia Tikoduadua")
    assert set(_parties(meeting)) == {"Marama Kealoha", "Josaia Tikoduadua"}
    assert meeting["date"] == "2024-03-12"


def test_a_transcript_s_i_is_the_labelled_speaker_s():
    evs = events("Remarks after the summit\n\nPublished 2024-09-21\n\nPRESIDENT ALVES: Thank you all for "
                 "coming.\n\nEarlier today, I met separately with Prime Minister Tomas Varga of Hungary, and we "
                 "discussed energy security.\n\nPRIME MINISTER VARGA: Thank you, President Marco Alves of Portugal.")
    assert set(_parties(_the_meeting(evs, "Tomas Varga"))) == {"Marco Alves", "Tomas Varga"}


def test_a_name_cut_at_its_hyphens_stays_the_subject():
    evs = events("Premier receives envoy\n\nPublished 2024-02-06\n\n"
                 "ISLAMABAD: Caretaker Prime Minister Anwaar-ul-Haq Kakar on Monday received Iranian Foreign "
                 "Minister Hossein Amir-Abdollahian at the PM Office.")
    meeting = _the_meeting(evs, "Hossein Amir-Abdollahian")
    assert set(_parties(meeting)) == {"Anwaar-ul-Haq Kakar", "Hossein Amir-Abdollahian"}
    assert meeting["date"] == "2024-02-05"


def test_a_partner_after_the_place_is_the_partner():
    evs = events("Readout\n\nDECEMBER 27, 2023\n\n"
                 "Secretary of State Antony J. Blinken met today in Mexico City with Mexican President Andrés Manuel "
                 "López Obrador.")
    meeting = _the_meeting(evs, "Antony J. Blinken")
    assert "Andrés Manuel López Obrador" in _parties(meeting)


def test_the_days_of_other_acts_in_the_sentence_are_not_the_meeting_s():
    evs = events("Ties mended\n\nPublished 2024-01-30\n\n"
                 "Pakistan and Iran on Monday agreed to expand security cooperation, as Iranian Foreign Minister "
                 "Hossein Amir-Abdollahian visited Islamabad to mend ties after the tit-for-tat strikes this month. "
                 "Amir-Abdollahian held talks with Foreign Minister Jalil Abbas Jilani of Pakistan.")
    talks = meetings(evs, "Hossein Amir-Abdollahian", "Jalil Abbas Jilani")
    assert len(talks) == 1 and (talks[0]["date"], talks[0]["date_precision"]) == ("2024-01-29", "day")
    evs = events("Retreat\n\nPublished 2025-01-07\n\n"
                 "Malaysia and Singapore today agreed to ensure the rail link starts operations by the end of 2026, "
                 "Prime Minister Anwar Ibrahim said after meeting his Singapore counterpart Lawrence Wong.\n\n"
                 "Spain and Morocco also reviewed the preparations for the 2030 World Cup.")
    found = [e for e in evs if e["type"] == "CONSULT"]
    assert found and all((e["date"] or "")[:4] == "2025" for e in found), [(e["date"], _parties(e)) for e in found]
    assert {"Anwar Ibrahim", "Lawrence Wong"} in [set(_parties(e)) for e in found]


def test_a_meeting_told_as_when_an_agreement_was_reached_is_held():
    evs = events("Cambodia and Vietnam vow to finish border work\n\nPublished 2024-03-15\n\n"
                 "PHNOM PENH — Foreign Minister Sok Chenda Sophea and his Vietnamese counterpart Bui Thanh Son agreed "
                 "to speed up the demarcation of the border when they met in Hanoi on Thursday.")
    meeting = _the_meeting(evs, "Sok Chenda Sophea", "Bui Thanh Son")
    assert (meeting["date"], meeting["location"]["name"]) == ("2024-03-14", "Hanoi")
    assert _parties(meeting) == {"Sok Chenda Sophea": "KHM", "Bui Thanh Son": "VNM"}


def test_the_minister_of_a_state_is_its_one_minister_named():
    evs = events("Envoy in Islamabad\n\nPublished 2024-01-29\n\n"
                 "Iranian Foreign Minister Hossein Amir-Abdollahian held talks with Foreign Minister Jalil Abbas "
                 "Jilani of Pakistan in Islamabad on Monday. The Iranian minister also called on Prime Minister "
                 "Anwaar-ul-Haq Kakar.")
    assert set(_parties(_the_meeting(evs, "Anwaar-ul-Haq Kakar"))) == {"Hossein Amir-Abdollahian",
                                                                     "Anwaar-ul-Haq Kakar"}


def test_a_time_stamp_run_into_the_lede_dates_the_report_and_ends_its_header():
    a = article("Foreign minister visits Chile in first trip to neighbour MercoPress, March 9th 2024 - 09:21 UTC "
                "Argentine Foreign Minister Lucia Ferreyra on Friday met in Santiago with her Chilean peer Tomas "
                "Rojas Vidal. Both ministers agreed to reactivate the mining treaty.")
    assert (a.published.value, a.published.precision) == ("2024-03-09", "day")
    evs = [c.to_dict() for c in extract_article(a)]
    meeting = _the_meeting(evs, "Lucia Ferreyra", "Tomas Rojas Vidal")
    assert meeting["date"] == "2024-03-08"
    assert _parties(meeting) == {"Lucia Ferreyra": "ARG", "Tomas Rojas Vidal": "CHL"}


def test_a_byline_s_dotted_date_ending_in_a_full_stop_is_the_publication_date():
    a = article("Minister to meet counterpart on Monday\n\nThe two ministers will meet in Uzhhorod on Monday.\n\n"
                "By Hungary Today | 2024.01.26.")
    assert (a.published.value, a.published.precision) == ("2024-01-26", "day")


def test_a_known_one_word_name_run_on_into_another_name_is_someone_else():
    # (the actor file has a King Abdullah II, named "Abdullah" alone; a Kuwaiti minister shares the given name)
    evs = events("Minister receives Kuwaiti counterpart\n\nPublished 2024-09-10\n\n"
                 "Deputy Prime Minister and Minister of Foreign Affairs, Fuad Hussein, received on Tuesday the "
                 "Minister of Foreign Affairs of the State of Kuwait, Abdullah Ali Al-Yahya, who is on an official "
                 "visit to Baghdad.")
    meeting = _the_meeting(evs, "Fuad Hussein", "Abdullah Ali Al-Yahya")
    assert _parties(meeting) == {"Fuad Hussein": "IRQ", "Abdullah Ali Al-Yahya": "KWT"}
    assert not [e for e in evs if "JOR" in _parties(e).values()]


def test_where_a_supply_goes_is_not_where_the_meeting_was():
    evs = events("Marcos in Hanoi\n\nJanuary 30, 2024 - 05:12 PM\n\n"
                 "HANOI — President Ferdinand Marcos Jr. on Tuesday held talks with Vietnamese President Vo Van "
                 "Thuong at the Presidential Palace.\n\nLater in the day, Marcos met with Prime Minister Pham Minh "
                 "Chinh, who assured him of a stable supply of rice to the Philippines.")
    meeting = _the_meeting(evs, "Pham Minh Chinh")
    assert (meeting["location"] or {}).get("name") == "Hanoi"
    assert [p["name"] for p in meeting["actors"]] == ["Ferdinand Marcos Jr."]


def test_ministers_of_both_sides_who_accompany_their_leaders_hold_no_meeting_of_their_own():
    evs = events("Leaders meet in Cairo\n\nPublished 2024-02-14\n\n"
                 "President Recep Tayyip Erdogan met his Egyptian counterpart Abdel Fattah el-Sissi in Cairo on "
                 "Wednesday. Foreign Minister Hakan Fidan and his Egyptian counterpart Sameh Shoukry accompanied the "
                 "presidents.")
    assert len(meetings(evs, "Recep Tayyip Erdogan", "Abdel Fattah el-Sissi")) == 1
    assert not meetings(evs, "Hakan Fidan", "Sameh Shoukry")
