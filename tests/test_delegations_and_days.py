"""Who sat at the table and on which day, as state media, wires and live pages tell it: delegations and their
heads, people who also attended, co-hosts, a title with its state's initials, an arrival told in passing, the eve
of the talks, and a byline run into a dateline. Every article here is written for the test."""
from __future__ import annotations

from test_news_articles import article, consult_events, events, meetings, party_names


def test_a_title_with_its_state_s_initials_names_the_official():
    evs = events("Ministers meet\n\nPublished 2024-05-13\n\n"
                 "Chinese Foreign Minister Liang Zhiwen held talks with visiting Foreign Minister of the Republic of "
                 "Korea (ROK) Han Seok-joon in Beijing on Monday.")
    found = meetings(evs, "Liang Zhiwen", "Han Seok-joon")
    assert len(found) == 1
    assert {p["name"]: p["country"] for p in found[0]["actors"] + found[0]["recipients"]} == \
        {"Liang Zhiwen": "CHN", "Han Seok-joon": "KOR"}


def test_an_arrival_told_in_passing_does_not_date_the_meeting():
    evs = events("Ministers in Tehran\n\nPublished 2024-12-02\n\n"
                 "Turkish Foreign Minister Kemal Aydin, who arrived in Tehran on Sunday evening, met Iranian President "
                 "Reza Karimi earlier in the day.")
    found = meetings(evs, "Kemal Aydin", "Reza Karimi")
    assert len(found) == 1 and found[0]["date"] == "2024-12-02"


def test_people_who_also_attended_the_talks_are_at_those_talks():
    evs = events("Talks in Riyadh\n\nPublished 2025-02-18\n\n"
                 "U.S. Secretary of State Daniel Brooks and Russian Foreign Minister Pavel Orlov held talks in Riyadh "
                 "on Tuesday. The talks at Diriyah Palace were also attended by U.S. envoy Mark Fielding and Kremlin "
                 "aide Oleg Sokolov.")
    assert len(meetings(evs, "Daniel Brooks", "Pavel Orlov")) == 1
    assert not [e for e in consult_events(evs) if not {"Daniel Brooks", "Pavel Orlov"} <= party_names(e)]


def test_talks_of_delegations_are_between_their_heads():
    evs = events("Delegations meet\n\nPublished 2025-02-18\n\n"
                 "The talks between the Russian and US delegations in Riyadh ended after four hours on Tuesday. The "
                 "Russian delegation was led by Foreign Minister Pavel Orlov, while the US side included Secretary of "
                 "State Daniel Brooks and envoy Mark Fielding.")
    found = consult_events(evs)
    assert len(found) == 1 and party_names(found[0]) == {"Pavel Orlov", "Daniel Brooks"}


def test_two_hosts_of_one_side_hold_no_meeting_of_their_own():
    evs = events("Talks in Riyadh\n\nPublished 2025-02-18\n\n"
                 "U.S. Secretary of State Daniel Brooks and Russian Foreign Minister Pavel Orlov held talks in Riyadh "
                 "on Tuesday. Saudi Foreign Minister Prince Khalid bin Saad and national security adviser Fahd "
                 "al-Omari hosted the opening of the meeting.")
    assert [party_names(e) for e in consult_events(evs)] == [{"Daniel Brooks", "Pavel Orlov"}]


def test_a_dinner_on_the_eve_of_talks_going_on_is_another_day_s_meeting():
    evs = events("Leaders hold talks\n\nPublished 2024-07-09\n\n"
                 "Russian President Vladimir Putin and Indian Prime Minister Narendra Modi are holding talks in the "
                 "Kremlin. On the eve, Putin hosted Modi for an informal dinner at his residence in Novo-Ogaryovo.")
    found = meetings(evs, "Vladimir Putin", "Narendra Modi")
    assert sorted(e["date"] for e in found) == ["2024-07-08", "2024-07-09"]


def test_a_byline_run_into_a_dateline_ends_the_header_and_a_signing_partner_is_met():
    evs = events("Home | World | Asia Japan, Philippines sign pact as ministers meet By Staff Writer July 8, 2024 "
                 "MANILA — Japanese Defense Minister Kenji Maruyama signed a reciprocal access agreement with "
                 "Philippine Defense Secretary Ramon Dizon in Manila on Monday, after a meeting that also included "
                 "Foreign Secretary Lourdes Abad.")
    signing = meetings(evs, "Kenji Maruyama", "Ramon Dizon")
    assert signing and signing[0]["date"] == "2024-07-08"
    assert meetings(evs, "Kenji Maruyama", "Lourdes Abad")


def test_a_meeting_earlier_in_the_day_is_on_the_day_of_the_talks_not_of_an_arrival_between():
    evs = events("New Delhi [India], January 25 (ANI): Prime Minister Arjun Mehra held talks with Indonesian "
                 "President Budi Santoso at Hyderabad House in New Delhi on Saturday.\n\nSantoso, who is the chief "
                 "guest at the Republic Day parade on Sunday, arrived in India on Thursday on a three-day visit.\n\n"
                 "Earlier in the day, Indian President Kavita Rao welcomed Santoso at a ceremonial reception at Rashtrapati "
                 "Bhavan.",
                 published="2025-01-25")
    assert [e["date"] for e in meetings(evs, "Budi Santoso", "Arjun Mehra")] == ["2025-01-25"]
    assert [e["date"] for e in meetings(evs, "Budi Santoso", "Kavita Rao")] == ["2025-01-25"]


def test_a_bracketed_region_in_a_wire_dateline_is_no_party_and_its_day_is_the_report_s():
    a = article("Talks in Delhi\n\nNew Delhi [India], January 25 (ANI): Prime Minister Arjun Mehra held talks with "
                "Indonesian President Budi Santoso on Saturday.")
    assert a.published.value is None and a.published.candidates and a.published.candidates[0].value == "--01-25"


def test_whom_he_met_is_the_clause_s_antecedent_met_by_the_main_clause_s_subject():
    evs = events("Minister in Amman\n\nPublished 2025-01-14\n\n"
                 "Egyptian Foreign Minister Samir Fawzi met his Jordanian counterpart Omar Haddad in Amman on Tuesday. "
                 "Fawzi also delivered a written message from President Adel Mansour to King Faisal Hashem, whom he "
                 "met at the palace.")
    found = meetings(evs, "Faisal Hashem")
    assert len(found) == 1 and party_names(found[0]) == {"Samir Fawzi", "Faisal Hashem"}


def test_an_ideal_host_for_talks_holds_none():
    evs = events("Leaders meet in Ankara\n\nPublished 2025-02-18\n\n"
                 "Turkish President Recep Tayyip Erdogan received Ukrainian President Volodymyr Zelensky in Ankara on "
                 "Tuesday. Erdogan said Turkiye would be an ideal host for peace talks between Russia and Ukraine.")
    assert [party_names(e) for e in consult_events(evs)] == [{"Recep Tayyip Erdogan", "Volodymyr Zelensky"}]


def test_meetings_told_with_places_of_their_own_are_two():
    evs = events("PM on peace mission\n\nPublished 2024-07-08\n\n"
                 "Prime Minister Tamas Kovacs, whose country holds the EU presidency, met Russian President Vladimir "
                 "Putin in Moscow on Friday and Ukrainian President Volodymyr Zelensky in Kyiv last Tuesday.")
    places = {(e["location"] or {}).get("name"): (e["date"], party_names(e)) for e in consult_events(evs)}
    assert places == {"Moscow": ("2024-07-05", {"Tamas Kovacs", "Vladimir Putin"}),
                      "Kyiv": ("2024-07-02", {"Tamas Kovacs", "Volodymyr Zelensky"})}


def test_a_title_case_headline_s_verb_is_no_person():
    evs = events("Zelensky Meets Kowalski, Discusses Border Blockade and Weapons\n\nJanuary 22, 2024, 5:14 pm\n\n"
                 "President Volodymyr Zelensky hosted Poland's new Prime Minister Jan Kowalski in Kyiv on Monday.")
    assert [party_names(e) for e in consult_events(evs)] == [{"Volodymyr Zelensky", "Jan Kowalski"}]


def test_an_official_named_after_his_state_s_full_name_is_met():
    evs = events("Talks in Hanoi\n\nJune 20, 2024\n\n"
                 "Vladimir Putin held talks in Hanoi with President of the Socialist Republic of Vietnam To Lam.")
    assert [party_names(e) for e in consult_events(evs)] == [{"Vladimir Putin", "To Lam"}]
