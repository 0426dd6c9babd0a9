"""Which capitalised words send a sentence to the entity recogniser (parley.extract.unread)."""
from __future__ import annotations

import pytest

from parley.extract.gazetteer import gazetteer
from parley.extract.unread import has_unread_name, word_is_read


@pytest.mark.parametrize("word", ["Kenya’s", "Armenia's", "China-Japan", "Sino-", "Indo-", "U.", "You’re",
                                  "There's", "Reuters", "Xinhua", "Representatives", "Vice", "Armenian",
                                  "Nairobi", "Kazakh", "Yerevan."])
def test_words_the_lists_read(word):
    assert word_is_read(word, gazetteer())


@pytest.mark.parametrize("word", ["Mirzoyan", "Ruto", "Kindiki", "Bayramov", "O'Brien", "Jean-"])
def test_names_stay_unread(word):
    assert not word_is_read(word, gazetteer())


def _unread(text: str, known: list[tuple[int, int]] = ()) -> bool:
    return has_unread_name(text, 0, len(text), list(known), gazetteer())


def test_a_sentence_of_listed_words_needs_no_recogniser():
    assert not _unread("Officials in Kenya’s capital said the Sino-Kenyan talks went well, Reuters reported.")
    assert not _unread("Ties between Yerevan and Baku, Xinhua said, improved after the Vice President’s trip.")


def test_an_unknown_person_needs_the_recogniser():
    assert _unread("The talks, Xinhua said, were led by Vice President Kithure Kindiki.")
    # every word of a run counts: a city's name as a given name does not hide the family name
    text = "Officials said Vladimir Konstantinov arrived."
    assert _unread(text)
    start = text.index("Vladimir")
    assert not _unread(text, [(start, start + len("Vladimir Konstantinov"))])


def test_the_first_word_alone_is_not_a_name():
    assert not _unread("Negotiators met in Nairobi on Monday.")
