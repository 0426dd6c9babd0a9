"""What lies ahead and what is done: a meeting hoped for or wished is no meeting held, a noun's plan dates nothing ahead,
a meeting told in the past tense inside a hope is done, and a headline whose names the lede repeats keeps its line.
Every article here is written for the test."""
from __future__ import annotations

import datetime as dt

from test_news_articles import article, events, meetings

from parley.time import tag


def test_a_wish_or_a_hope_to_meet_is_no_meeting_held():
    evs = events("Lee meets Trump\n\nPublished 2025-08-25\n\n"
                 "President Lee Jae Myung held his first summit with U.S. President Donald Trump at the White House on "
                 "Monday.\n\nLee said he hoped Trump could meet North Korean leader Kim Jong-un. Trump said he would "
                 "like to meet Kim this year.")
    # (a meeting hoped for lies ahead, if anywhere: not one held, nor one held before)
    assert all(e["status"] == "planned" for e in meetings(evs, "Donald Trump", "Kim Jong-un"))


def test_a_meeting_told_in_the_past_tense_inside_a_hope_is_done_on_the_day_of_the_saying():
    evs = events("Ruto seeks peace role\n\nPublished 2025-02-12\n\n"
                 "Kenyan President William Ruto said on Tuesday he hoped Nairobi and Addis Ababa could help achieve a "
                 "lasting peace in Sudan, as he met Ethiopian Prime Minister Abiy Ahmed in the Ethiopian capital.")
    found = meetings(evs, "William Ruto", "Abiy Ahmed")
    assert [e["date"] for e in found] == ["2025-02-11"] and found[0]["status"] == "happened"


def test_the_infinitive_of_a_noun_s_plan_does_not_look_ahead():
    text = "Ruto and Samia unveiled a plan to strengthen economic ties on Thursday, the State House said."
    assert [t.value for t in tag(text, dt.date(2025, 9, 19)) if t.text == "Thursday"] == ["2025-09-18"]
    # (the verb still does: "planned to leave Nairobi on Thursday", said on a Tuesday)
    assert [t.value for t in tag("Ruto planned to leave Nairobi on Thursday.", dt.date(2025, 9, 16))] == ["2025-09-18"]


def test_a_headline_whose_names_the_lede_mostly_repeats_keeps_its_line():
    a = article("Ruto, Samia pledge closer ties as border row with Kampala drags on\n\n"
                "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan unveiled a trade plan in "
                "Arusha on Thursday.")
    assert a.title == "Ruto, Samia pledge closer ties as border row with Kampala drags on"
    assert "drags on\n" in a.text
