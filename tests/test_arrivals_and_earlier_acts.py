"""Arrivals, departures and acts told before the news: an arrival late in a day ("late on Monday", "last night",
"yesterday evening") is the day and city before the talks; a departure "on a state visit" begins a visit whose
meetings lie ahead; a journey told with a meeting of someone else on its own day is the journey to that meeting; a
meeting told inside the clause of the visit told ("The visit came after ...") with a day of its own is an earlier
one; "who last hosted" and "have already had several calls" tell meetings before the news; "In <city> two days later"
dates and places what follows; a participle's clause takes the place of its verb; one word after "the" names no one;
a common given name alone is no known official. Every text here is written for the test."""
from __future__ import annotations

from parley.corpus.features import same_city
from parley.extract.actors import ArticleActors
from parley.extract.arguments import non_party
from parley.extract.dates_of_others import dates_other_noun
from parley.nlp import nlp
from test_merge_rules import ingest
from test_news_articles import consult_events, events, meetings, party_names


def test_an_act_inside_the_clause_of_the_visit_told_is_an_earlier_meeting():
    evs = events("Wang Yi makes unannounced visit to Lithuania, meets Lithuanian President Nauseda\n\n"
                 "VILNIUS (Wire) - Chinese Foreign Minister Wang Yi made an unannounced visit to Lithuania on Sunday "
                 "to meet President Gitanas Nauseda, as he continued a European tour aimed at easing trade tensions."
                 "\n\nThe visit came after Wang met Polish Prime Minister Donald Tusk in Warsaw on Friday and Nordic "
                 "foreign ministers in Oslo on Saturday, where he met resistance to the Chinese position on Ukraine.",
                 published="2025-03-09")
    talks = meetings(evs, "Wang Yi", "Gitanas Nauseda")
    assert [e["date"] for e in talks if e["status"] == "happened"] == ["2025-03-09"]


def test_who_last_hosted_tells_a_meeting_before_the_news():
    evs = events("Scholz meets Abbas in Ramallah\n\n"
                 "German Chancellor Olaf Scholz met Palestinian President Mahmoud Abbas in Ramallah on Tuesday.\n\n"
                 "Scholz, who last hosted Israeli Prime Minister Benjamin Netanyahu at the Chancellery for dinner in "
                 "March, is due to travel to Egypt on Wednesday.")
    earlier = meetings(evs, "Olaf Scholz", "Benjamin Netanyahu")
    assert earlier and all(e["status"] == "background" for e in earlier)


def test_one_word_after_the_names_no_one():
    evs = events("Scholz visits Ramallah\n\n"
                 "German Chancellor Olaf Scholz met Palestinian President Mahmoud Abbas in Ramallah on Tuesday.\n\n"
                 "The Palestinian president met Scholz at the Muqataa, the presidential compound in Ramallah, the "
                 "first visit by the German leader to the occupied West Bank since the war began.",
                 published="2025-03-18")
    assert [party_names(e) for e in consult_events(evs)] == [{"Olaf Scholz", "Mahmoud Abbas"}]


def test_a_common_given_name_alone_is_no_known_official():
    evs = events("Sheikh Mohamed receives Lula\n\n"
                 "President Sheikh Mohamed on Wednesday received Brazilian President Luiz Inacio Lula da Silva in "
                 "Abu Dhabi.",
                 published="2025-11-12")
    talks = consult_events(evs)
    assert talks and not any("Mohamed Abdullahi Mohamed" in party_names(e) for e in talks)


def test_an_arrival_late_in_a_day_is_not_the_day_of_the_talks():
    evs = events("Erdogan, Tokayev begin talks in Astana\n\n"
                 "The Turkish leader arrived in Kazakhstan on an official visit late on Monday\n\n"
                 "ASTANA, May 13. Turkish President Recep Tayyip Erdogan and his Kazakh counterpart Kassym-Jomart "
                 "Tokayev have begun talks in Astana, a correspondent reported.",
                 published="2025-05-13")
    talks = meetings(evs, "Recep Tayyip Erdogan", "Kassym-Jomart Tokayev")
    assert [(e["date"], e["status"]) for e in talks] == [("2025-05-13", "happened")]
    # ("yesterday evening" too, and the city it landed in is not where the talks were)
    evs = events("Lula and Prabowo sign deals\n\n"
                 "JAKARTA, October 24 (Antara) -- President Prabowo Subianto and Brazilian President Luiz Inacio Lula da "
                 "Silva today witnessed the signing of eight agreements at the Merdeka Palace here.\n\n"
                 "Lula arrived in Bali yesterday evening for the two-day visit, at the invitation of Prabowo.",
                 published="2025-10-24")
    talks = meetings(evs, "Prabowo Subianto", "Luiz Inacio Lula da Silva")
    assert [(e["date"], e["location"]["name"]) for e in talks] == [("2025-10-24", "Jakarta")]


def test_calls_had_several_times_are_before_the_news():
    evs = events("Modi to meet Tinubu in Abuja on Sunday\n\n"
                 "ABUJA, November 14. Indian Prime Minister Narendra Modi will hold talks with Nigerian President "
                 "Bola Tinubu in Abuja on Sunday, an aide said.\n\n"
                 "\"This will be their first meeting in Nigeria; they have already had several telephone "
                 "conversations.\"",
                 published="2025-11-14")
    talks = meetings(evs, "Narendra Modi", "Bola Tinubu")
    assert not any(e["status"] == "happened" for e in talks)


def test_a_place_and_days_later_opening_a_sentence_date_and_place_what_follows():
    evs = events("Li Qiang ends regional tour\n\n"
                 "Chinese Premier Li Qiang returned to Beijing on Saturday after a tour of Southeast Asia.\n\n"
                 "In Hanoi, Li and Vietnamese Prime Minister Pham Minh Chinh held talks on June 10.\n\n"
                 "In Vientiane two days later, Li and Lao Prime Minister Sonexay Siphandone upgraded their countries' "
                 "ties and signed a raft of documents.",
                 published="2025-06-15")
    talks = meetings(evs, "Li Qiang", "Sonexay Siphandone")
    assert [(e["date"], e["location"]["name"]) for e in talks] == [("2025-06-12", "Vientiane")]


def test_a_participle_clause_takes_the_place_of_its_verb():
    evs = events("The week in review\n\n"
                 "Rutte walked the red carpet in Finland on the same day, holding talks with President Alexander "
                 "Stubb on defence spending.")
    talks = meetings(evs, "Alexander Stubb")
    assert talks and talks[0]["location"]["country"] == "FIN"


def test_a_journey_told_with_a_meeting_of_someone_else_is_the_journey_to_it():
    evs = events("Macron says Europe will lead Ukraine force as he hosts Carney\n\n"
                 "PARIS, March 18 (Wire) - French President Emmanuel Macron said Europe would lead a force for "
                 "Ukraine, an announcement he made at a joint news conference with Canadian Prime Minister Mark "
                 "Carney.\n\nThe two leaders held talks at the Elysee Palace earlier in the day. Hours before Carney "
                 "arrived, Macron spoke with Zelensky.\n\nCarney arrived in Paris on Sunday and met Macron's "
                 "diplomatic adviser Emmanuel Bonne on Monday.",
                 published="2025-03-18")
    talks = meetings(evs, "Emmanuel Macron", "Mark Carney")
    assert [e["date"] for e in talks] == ["2025-03-18"]


def test_a_departure_on_a_state_visit_begins_a_visit_whose_meetings_lie_ahead():
    evs = events("Ruto jets out to Germany for state visit, to meet Merz Thursday\n\n"
                 "President William Ruto on Wednesday departed Nairobi for Berlin, Germany, on a state visit at the "
                 "invitation of his German counterpart, Chancellor Friedrich Merz.\n\n"
                 "The statement said President Ruto will hold bilateral talks with Chancellor Merz at the Chancellery "
                 "on Thursday.",
                 published="2025-10-15")
    talks = meetings(evs, "William Ruto", "Friedrich Merz")
    assert [(e["date"], e["status"]) for e in talks] == [("2025-10-16", "planned")]


def test_a_pronoun_after_a_sentence_end_is_no_part_of_a_name():
    text = ("\"Looking forward to meeting President Trump,\" Ramaphosa posted on X. He was received by members of the "
            "South African community at his hotel.")
    actors = ArticleActors(text, None)
    start = text.index("X. He")
    assert actors.add_person("X. He", start, start + 5) is None


def test_a_day_and_month_after_a_month_of_a_year_is_of_that_year():
    evs = events("Lula to meet Biden on Friday\n\n"
                 "WASHINGTON, Feb 8 (Wire) - Brazilian President Luiz Inacio Lula da Silva will hold talks with US "
                 "President Joe Biden at the White House on Friday.\n\n"
                 "The two leaders last met in person in November 2021, when Biden travelled to Glasgow and hosted a "
                 "climate event on November 2, followed by talks with regional leaders.",
                 published="2023-02-08")
    glasgow = [e for e in consult_events(evs) if (e["location"] or {}).get("name") == "Glasgow"]
    assert [e["date"] for e in glasgow] == ["2021-11-02"]


def test_a_verb_going_on_is_of_the_day_of_the_report():
    evs = events("Carney, Trump sit down in Oval Office\n\n"
                 "LIVE - Canadian Prime Minister Mark Carney and US President Donald Trump are now meeting in the Oval "
                 "Office, in what is Carney's first White House visit since taking office.\n\n"
                 "The two men last met in person in March at a summit in Europe.",
                 published="2025-05-06")
    talks = [e for e in meetings(evs, "Mark Carney", "Donald Trump") if e["status"] == "happened"]
    assert [e["date"] for e in talks] == ["2025-05-06"]


def test_the_first_leader_to_be_hosted_lies_ahead_and_no_day_crosses_a_semicolon():
    evs = events("Meloni lands in Washington ahead of Thursday meeting with Trump\n\n"
                 "The prime minister will be the first European leader to be hosted at the White House since the "
                 "tariffs; she meets Vice President JD Vance on Wednesday\n\n"
                 "Italian Prime Minister Giorgia Meloni arrived in Washington on Tuesday for a two-day visit, during "
                 "which she will meet President Donald Trump at the White House on Thursday.")
    talks = meetings(evs, "Giorgia Meloni", "Donald Trump")
    assert talks and all(e["status"] == "planned" for e in talks)
    assert {e["date_text"] for e in talks} == {"Thursday"}


def test_a_meeting_held_here_is_where_the_dateline_is():
    evs = events("Xi holds talks with Lula\n\n"
                 "BRASILIA, Nov. 20 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian President Luiz "
                 "Inacio Lula da Silva here on Wednesday, with the two heads of state agreeing to deepen ties.\n\n"
                 "Xi arrived in Rio de Janeiro on Sunday for the G20 summit and a state visit to Brazil.",
                 published="2024-11-20")
    talks = meetings(evs, "Xi Jinping", "Luiz Inacio Lula da Silva")
    assert [e["location"]["name"] for e in talks] == ["Brasilia"]


def test_a_last_face_to_face_meeting_is_before_the_news_and_takes_no_day_of_this_one():
    evs = events("Sanchez meets Xi in Beijing\n\n"
                 "Spanish Prime Minister Pedro Sanchez and Chinese President Xi Jinping agreed to deepen trade ties at "
                 "a meeting in Beijing on Friday.\n\n"
                 "Sanchez's last face-to-face meeting with the Chinese leader was on the sidelines of the G20 in Bali, "
                 "when he was still campaigning for re-election.")
    bali = [e for e in meetings(evs, "Pedro Sanchez", "Xi Jinping") if (e["location"] or {}).get("name") == "Bali"]
    assert bali and all(e["status"] == "background" and e["date_text"] != "Friday" for e in bali)


def test_a_second_phase_of_a_deal_tells_no_second_meeting():
    evs = events("Trump says US will back Gaza plan as he hosts Netanyahu\n\n"
                 "WASHINGTON, Feb 4 (Wire) - President Donald Trump said the United States would back the plan, an "
                 "announcement he made at a news conference with Israeli Prime Minister Benjamin Netanyahu.\n\n"
                 "The two leaders held talks in the Oval Office earlier in the day, focused on the ceasefire and "
                 "negotiations on a second phase of the deal.\n\n"
                 "Netanyahu arrived in Washington on Sunday and met Trump's envoy Steve Witkoff on Monday.",
                 published="2025-02-04")
    assert [(e["date"], e["status"]) for e in meetings(evs, "Donald Trump", "Benjamin Netanyahu")] == [
        ("2025-02-04", "happened")]


def test_a_gathering_one_party_convened_is_no_meeting_of_two():
    evs = events("Lula embraces Maduro, says claims a narrative\n\n"
                 "Maduro is in Brasilia for a meeting of South American presidents convened by Lula on Tuesday to "
                 "revive regional integration.",
                 published="2023-05-29")
    assert [e["date"] for e in consult_events(evs)] == ["2023-05-29"]
    # (and a state beside its own official is that official's)
    evs = events("Ruto welcomes Museveni\n\n"
                 "NAIROBI, June 3 (Wire) - Kenyan President William Ruto welcomed Ugandan President Yoweri Museveni to "
                 "Nairobi on Monday.", published="2025-06-03")
    assert [sorted(party_names(e)) for e in consult_events(evs)] == [["William Ruto", "Yoweri Museveni"]]


def test_a_region_named_after_a_state_is_no_party():
    evs = events("Xi ends Latin America tour\n\n"
                 "Chinese President Xi Jinping and his Brazilian counterpart Luiz Inacio Lula da Silva pledged closer "
                 "ties after talks in Brasilia on Wednesday, as Xi concluded a week-long trip to South America.",
                 published="2024-11-21")
    assert not any("USA" in {p["country"] for p in e["actors"] + e["recipients"]} for e in consult_events(evs))


def test_an_undated_live_blog_stamped_with_hours_is_read_as_of_the_day_it_tells(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2025-03-11", "text":
                  "French President Emmanuel Macron met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on "
                  "Tuesday, pledging support and urging restraint in Gaza."},
                 {"outlet": "Live Desk", "text":
                  "LIVEBLOG   Menu   Home | Israel | Opinion   10:05 am  Macron lands in Israel for solidarity visit   "
                  "French President Emmanuel Macron lands at Ben Gurion Airport, where he is greeted by officials.   "
                  "11:48 am  Macron meets Herzog at President's Residence   \"You are not alone,\" Macron tells "
                  "President Isaac Herzog.   1:31 pm  Netanyahu to Macron: This is a battle between terror and the "
                  "free world   Prime Minister Benjamin Netanyahu hosts Macron at the Prime Minister's Office in "
                  "Jerusalem. The two hold a private meeting, followed by expanded talks and a joint press conference. "
                  "\"Hamas is ISIS,\" Netanyahu says.   3:40 pm  Macron heads to Ramallah to meet Abbas   Macron's "
                  "convoy leaves Jerusalem for Ramallah, where he is set to meet Palestinian Authority President "
                  "Mahmoud Abbas."})
    days = {frozenset(party_names(e)): e["date"] for e in consult_events(evs)}
    assert days[frozenset({"Emmanuel Macron", "Isaac Herzog"})] == "2025-03-11"
    assert days[frozenset({"Emmanuel Macron", "Benjamin Netanyahu"})] == "2025-03-11"


def test_a_weekday_of_a_meeting_told_only_ahead_is_the_next_one():
    evs = events("Starmer in Israel\n\n"
                 "British Prime Minister Keir Starmer on Tuesday met Israeli Prime Minister Benjamin Netanyahu in "
                 "Jerusalem.\n\n"
                 "Starmer was due to travel on to Cairo on Wednesday for talks with Egyptian President Abdel Fattah "
                 "el-Sissi.",
                 published="2025-03-11")
    assert [(e["date"], e["status"]) for e in meetings(evs, "Keir Starmer", "Abdel Fattah el-Sissi")] == [
        ("2025-03-12", "planned")]


def test_a_reception_by_unnamed_officials_at_the_airport_is_no_meeting_of_the_talks():
    evs = events("BRICS summit live: Lula state visit\n\n"
                 "Lula and Xi will sign agreements at the end of their meeting in Beijing, officials said.\n\n"
                 "Good morning and welcome to day two of our summit coverage. Lula landed at Beijing Capital "
                 "International Airport last night, where he was received by a delegation of ministers. Today he holds "
                 "talks with Xi in the Great Hall of the People before the forum gets under way.")
    talks = [e for e in consult_events(evs) if e["status"] == "happened"]
    assert len(talks) == 1 and talks[0]["date_text"] != "last night"


def test_a_journey_ahead_later_in_the_week_is_not_the_talks_held():
    evs = events("King Charles in Ghana\n\n"
                 "King Charles was welcomed by President John Mahama at Jubilee House in Accra, on the first full day "
                 "of a three-day state visit.\n\n"
                 "Earlier, the King inspected a guard of honour before holding private talks with President Mahama."
                 "\n\nThe royal couple arrived in Accra late on Monday. They will travel to Kumasi later in the week.",
                 published="2025-11-04")
    held = [e for e in meetings(evs, "King Charles III", "John Mahama") if e["status"] == "happened"]
    assert [(e["date"], e["location"]["name"]) for e in held] == [("2025-11-04", "Accra")]


def test_a_possessive_day_of_a_summit_prepared_for_is_the_summit_s():
    evs = events("Leaders gather in Tokyo for trilateral summit\n\n"
                 "TOKYO (Wire) - Chinese Premier Li Qiang arrived in Tokyo on Saturday.\n\n"
                 "Prime Minister Shigeru Ishiba and President Lee Jae-myung met at the prime minister's office. The two "
                 "leaders discussed preparations for Monday's summit and North Korea, the office said.",
                 published="2025-05-25")
    talks = meetings(evs, "Shigeru Ishiba", "Lee Jae-myung")
    assert talks and all(e["date_text"] != "Monday" for e in talks)


def test_the_purpose_of_a_journey_done_in_a_year_of_its_own_is_of_that_year():
    evs = events("Putin, Kim sign pact\n\n"
                 "PYONGYANG (Wire) - Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a pact "
                 "on Wednesday.\n\n"
                 "Kim traveled to Vladivostok in 2019 for his first summit with Putin.",
                 published="2024-06-19")
    earlier = [e for e in meetings(evs, "Kim Jong Un", "Vladimir Putin") if e["location"]
               and e["location"]["name"] == "Vladivostok"]
    assert [(e["date"], e["status"]) for e in earlier] == [("2019", "background")]


def test_a_dateline_after_a_run_of_spaces_on_a_one_line_page_dates_no_meeting():
    evs = events("KCNA Watch | KCNA | Rodong Sinmun    Talks between Kim Jong Un and Lukashenko Held    Pyongyang, "
                 "March 12 (KCNA) -- Talks between Kim Jong Un, president of the State Affairs of the DPRK, and "
                 "Alexander Lukashenko, president of Belarus, who is paying a state visit to the DPRK, were held on "
                 "March 11. Kim Jong Un warmly welcomed Lukashenko.")
    talks = meetings(evs, "Kim Jong Un", "Alexander Lukashenko")
    assert talks and all(e["date_text"] != "March 12" for e in talks)


def test_talks_a_visit_will_include_are_the_traveller_s():
    evs = events("Modi to visit Australia\n\n"
                 "India's prime minister, Narendra Modi, will arrive in Sydney on Saturday at the start of a four-day "
                 "visit to Australia that will include formal talks with Anthony Albanese at Parliament House in "
                 "Canberra on Monday.",
                 published="2025-06-12")
    talks = meetings(evs, "Narendra Modi", "Anthony Albanese")
    assert [(e["date"], e["status"], e["location"]["name"]) for e in talks] == [("2025-06-16", "planned", "Canberra")]


def test_visits_in_general_are_no_mention_of_the_meeting():
    evs = events("Live updates: Chinese Premier Li Qiang meets Anthony Albanese at Parliament House\n\n"
                 "Premier Li told the meeting China would include Australia in its unilateral visa-free policy, "
                 "allowing Australians to travel to China for short visits without a visa.\n\n"
                 "Premier Li arrived in Canberra last night after two days in Adelaide.",
                 published="2024-06-17")
    assert [(e["date"], e["location"]["name"]) for e in meetings(evs, "Li Qiang", "Anthony Albanese")] == [
        ("2024-06-17", "Canberra")]


def test_a_conversation_by_phone_is_of_the_one_who_described_it():
    evs = events("Trump pauses tariffs after Petro call\n\n"
                 "BOGOTA, Jan 27 (Wire) - U.S. President Donald Trump agreed on Monday to pause the tariffs he had "
                 "threatened on Colombian imports.\n\n"
                 "Colombian President Gustavo Petro announced the deal on social media after what he described as a "
                 "\"good conversation\" by phone with Trump, hours before the tariffs were due to take effect at "
                 "midnight on Tuesday.",
                 published="2025-01-27")
    assert meetings(evs, "Gustavo Petro", "Donald Trump")


def test_the_day_after_an_event_of_a_month_told_is_of_that_month():
    evs = events("Milei to meet Trump\n\n"
                 "Argentine President Javier Milei will be received by Donald Trump in the Oval Office on Friday. It "
                 "will be their first meeting since Trump took office; they spoke by phone the day after Trump's "
                 "election victory in November.",
                 published="2025-04-09")
    call = [e for e in meetings(evs, "Javier Milei", "Donald Trump") if e["date_text"] == "the day after"]
    assert [(e["date"], e["status"]) for e in call] == [("2024-11", "background")]


def test_the_second_leader_to_hold_talks_tells_no_second_meeting():
    evs = events("Carney, Trump vow new era in first summit\n\n"
                 "WASHINGTON, May 6 (Kyodo) -- Canadian Prime Minister Mark Carney and U.S. President Donald Trump "
                 "agreed Tuesday to seek a new era of ties in their first face-to-face talks.\n\n"
                 "Carney became the second foreign leader to hold talks with Trump at the White House since the "
                 "Republican returned to power on Jan. 20, "
                 "after Italian Prime Minister Giorgia Meloni, who was received on Thursday.",
                 published="2025-05-06")
    assert len(meetings(evs, "Mark Carney", "Donald Trump")) == 1


def test_a_forum_s_summit_is_no_mention_of_a_meeting_of_one_of_its_guests():
    evs = events("Biden to travel to Indonesia after G20 summit in Brazil\n\n"
                 "WHITE HOUSE — President Joe Biden will travel to Jakarta on November 20 to meet with Indonesian "
                 "President Prabowo Subianto, the White House announced Monday.\n\n"
                 "Biden will go to Indonesia straight from the Group of 20 summit in Rio de Janeiro, which is "
                 "scheduled for November 18 and 19.",
                 published="2024-11-04")
    talks = meetings(evs, "Joe Biden", "Prabowo Subianto")
    assert talks and all(e["location"]["name"] == "Jakarta" for e in talks)


def test_an_undated_report_of_last_monday_s_call_told_through_another_act_is_dated_on_it(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2025-01-27", "text":
                  "BOGOTA, Jan 27 (Wire) - Colombian President Gustavo Petro and U.S. President Donald Trump spoke by "
                  "phone on Monday and agreed to end the dispute over deportation flights, Petro said."},
                 {"outlet": "Poll Desk", "text":
                  "Petro's approval rises after tariff standoff\n\nPetro, who last Monday secured an end to the tariff "
                  "threat after a phone call with Trump, was approved of by a majority of respondents, the survey "
                  "found."})
    calls = meetings(evs, "Gustavo Petro", "Donald Trump")
    assert [(e["date"], {s["outlet"] for s in e["sources"]}) for e in calls] == [
        ("2025-01-27", {"Wire A", "Poll Desk"})]


def test_a_spouse_named_as_such_is_no_party():
    evs = events("Macron hosts Ruto in state visit\n\n"
                 "Kenyan President William Ruto is on the first state visit to France by a Kenyan leader in two "
                 "decades. Macron welcomed him and his wife Rachel Ruto at the Elysee Palace, where the two presidents "
                 "held talks before a state dinner in the evening.",
                 published="2025-03-28")
    assert all("Rachel Ruto" not in party_names(e) for e in consult_events(evs))


def test_the_next_meeting_and_a_clause_of_its_own_subject_place_nothing():
    evs = events("Russian state TV hails Putin Gulf tour\n\n"
                 "The channel's correspondent in Doha described the warm reception given to Putin late yesterday by "
                 "Emir Tamim bin Hamad Al Thani, who met the Russian president at the steps of the palace.\n\n"
                 "The report quoted Putin as telling the emir that he had been invited to Russia and that \"the next "
                 "meeting should be held in Moscow\". The correspondent said the sides had discussed coordination "
                 "within OPEC+ and the Gaza conflict, and that the emir was \"expected\" in Russia.",
                 published="2025-12-05")
    talks = meetings(evs, "Vladimir Putin", "Tamim bin Hamad Al Thani")
    assert talks and all(e["location"]["country"] != "RUS" for e in talks if e["status"] == "happened")


def test_ulaanbaatar_and_ulan_bator_are_one_city():
    assert same_city("Ulaanbaatar", "Ulan Bator", "MNG") or same_city("ulaanbaatar", "ulan bator", "MNG")


def test_a_meeting_of_a_person_told_as_dead_and_a_month_of_another_term_are_before_the_news():
    evs = events("Ishiba clears first Trump hurdle\n\n"
                 "Prime Minister Shigeru Ishiba met U.S. President Donald Trump at the White House on Friday.\n\n"
                 "Ishiba is not known for the kind of personal chemistry the late Prime Minister Shinzo Abe built with "
                 "Trump over rounds of golf. Abe famously visited Trump at the White House in February of the "
                 "president's first term.",
                 published="2025-02-08")
    abe = meetings(evs, "Shinzo Abe", "Donald Trump")
    assert abe and all(e["status"] == "background" and e["date"] != "2025-02" for e in abe)


def test_the_previous_day_of_an_undated_report_counts_from_its_lead_meeting_s_day(tmp_path, db):
    evs = ingest(tmp_path, db,
                 {"outlet": "Wire A", "published": "2024-10-18", "text":
                  "BEIJING, Oct 18 (Wire) - British Foreign Secretary David Lammy held talks with Chinese Foreign "
                  "Minister Wang Yi in Beijing on Friday, the first visit by a British foreign secretary in six years."},
                 {"outlet": "Monitoring", "text":
                  "China: State TV reports Wang Yi's talks with UK foreign secretary\n\nChinese state broadcaster CCTV "
                  "has reported that Wang Yi held talks with visiting UK Foreign Secretary David Lammy in Beijing.\n\n"
                  "The report said Wang told Lammy that China-UK relations were at a turning point.\n\nThe report did "
                  "not give the length of the meeting. It followed talks between Lammy and Vice Premier Ding Xuexiang "
                  "the previous day."})
    assert [e["date"] for e in meetings(evs, "David Lammy", "Ding Xuexiang")] == ["2024-10-17"]


def test_alvorada_is_the_palace_in_brasilia():
    evs = events("Lula receives Macron at Alvorada\n\n"
                 "President Luiz Inacio Lula da Silva received French President Emmanuel Macron on Wednesday morning at "
                 "Alvorada, the official residence of the presidency.",
                 published="2024-03-27")
    talks = meetings(evs, "Emmanuel Macron")
    assert talks and all(e["location"]["name"] == "Brasília" for e in talks)


def test_a_day_the_parser_hangs_on_a_counterpart_is_no_other_act_s():
    doc = nlp()("Prime Minister Narendra Modi and his Bangladeshi counterpart Sheikh Hasina on Saturday held "
                    "wide-ranging talks and firmed up a shared vision.")
    day = next(t for t in doc if t.text == "Saturday")
    held = next(t for t in doc if t.text == "held")
    assert day.head.head.text == "counterpart"          # (how the parser reads it)
    assert dates_other_noun(day, held, day.idx + len(day.text)) == 0


def test_today_of_a_report_kept_a_day_later_is_its_dateline_s_day():
    evs = events(" date 2024-06-23 BSS\n\nHasina, Modi hold bilateral talks\n\n"
                 "NEW DELHI, June 22 (BSS) - Prime Minister Sheikh Hasina and her Indian counterpart Narendra Modi today "
                 "held a bilateral meeting at Hyderabad House here.")
    assert [e["date"] for e in meetings(evs, "Sheikh Hasina", "Narendra Modi")] == ["2024-06-22"]


def test_a_day_of_that_year_and_a_then_president_are_before_the_news():
    evs = events("Carney heads to Mexico\n\n"
                 "Canadian Prime Minister Mark Carney will meet Mexican President Claudia Sheinbaum in Mexico City on "
                 "Thursday.\n\n"
                 "Carney's predecessor Justin Trudeau visited Mexico soon after the 2016 summit, meeting Mexico's "
                 "president Enrique Pena Nieto at Los Pinos on October 12 that year. Trudeau also met then-president "
                 "Andres Manuel Lopez Obrador at the National Palace.",
                 published="2025-09-16")
    assert [e["date"] for e in meetings(evs, "Justin Trudeau", "Enrique Pena Nieto")] == ["2016-10-12"]
    amlo = meetings(evs, "Justin Trudeau", "Andres Manuel Lopez Obrador")
    assert amlo and all(e["status"] == "background" for e in amlo)


def test_business_leaders_are_no_party_of_a_meeting():
    doc = nlp()("He will deliver a lecture on Wednesday before meeting business leaders organised by the chamber.")
    assert non_party(next(t for t in doc if t.text == "leaders"))
