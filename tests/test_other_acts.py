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
    from parley.extract.events import _bounded

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
    assert _bounded(year, visit) and not _bounded(monday, doc[1])
    # a purpose clause has no subject of its own: its time is the trip's ("travels to attend talks on Monday")
    doc = parsed([("Fidan", 1, "nsubj", "NNP"), ("travels", 1, "ROOT", "VBZ"), ("to", 3, "aux", "TO"),
                  ("attend", 1, "advcl", "VB"), ("talks", 3, "dobj", "NNS"), ("on", 3, "prep", "IN"),
                  ("Monday", 5, "pobj", "NNP"), (".", 1, "punct", ".")])
    assert not _bounded(doc[6], doc[1])


@pytest.mark.parametrize("sentence, day", [
    ("Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia on Saturday "
     "before he flew to Montevideo on Sunday.", "2024-11-16"),
    ("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Friday, "
     "after the two had clashed over fuel imports in March.", "2024-11-15"),
])
def test_a_clause_after_or_before_the_meeting_keeps_its_own_day(sentence, day):
    evs = events(HEAD + sentence)
    assert {e["date"] for e in evs if e["type"] == "CONSULT" and e["status"] == "happened"} == {day}


def test_a_phone_call_told_in_a_relative_clause_does_not_make_the_meeting_a_call():
    evs = events(HEAD + "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed, who spoke by phone "
                        "last week, discussed the port deal in Nairobi on Tuesday.")
    [m] = meetings(evs, "William Ruto", "Abiy Ahmed")
    assert m["mode"] != "phone" and m["location"]["name"] == "Nairobi" and m["date"] == "2024-11-12"
    # told in the main clause, the call is one
    evs = events(HEAD + "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed spoke by phone on "
                        "Tuesday and discussed the port deal.")
    assert [m["mode"] for m in meetings(evs, "William Ruto", "Abiy Ahmed")] == ["phone"]
