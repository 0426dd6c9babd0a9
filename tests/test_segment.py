"""Sentence splitting with offsets."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from parley.ingest.segment import build_layout


def sentences(text: str) -> list[str]:
    full, _, sents = build_layout([(text, "body")])
    return [full[s.start:s.end] for s in sents]


def test_titles_initials_and_acronyms_do_not_end_sentences():
    text = ("Mr. Wang met U.S. Secretary of State Antony J. Blinken on Dec. 25 at 3 p.m. in Washington, D.C. "
            "for talks. The U.S. side said little. He left for the U.K. The next day, Gen. Smith spoke.")
    assert sentences(text) == [
        "Mr. Wang met U.S. Secretary of State Antony J. Blinken on Dec. 25 at 3 p.m. in Washington, D.C. for talks.",
        "The U.S. side said little.",
        "He left for the U.K.",
        "The next day, Gen. Smith spoke.",
    ]


def test_quotes_close_after_the_full_stop():
    text = "“We will not back down.” Wang said so twice. ‘It is hoped,’ he added. Is it? Yes!"
    assert sentences(text) == ["“We will not back down.”", "Wang said so twice.", "‘It is hoped,’ he added.",
                               "Is it?", "Yes!"]


def test_numbers_and_lowercase_continuations():
    text = "Growth was 3.5 percent in 2023. it continued. Section No. 5 applies. Then 2024 began."
    assert sentences(text) == ["Growth was 3.5 percent in 2023. it continued.", "Section No. 5 applies.",
                               "Then 2024 began."]


words = st.sampled_from(["Mr.", "Wang", "met", "U.S.", "officials", "on", "Dec.", "25.", "He", "said", "“Yes.”",
                         "It", "was", "3.5", "percent.", "The", "talks", "ended!", "Why?", "J.", "Smith"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(words, min_size=1, max_size=40).map(" ".join), min_size=1, max_size=5))
def test_sentences_tile_every_paragraph(paragraphs):
    text, paras, sents = build_layout([(p, "body") for p in paragraphs])
    for pi, p in enumerate(paras):
        mine = [s for s in sents if s.paragraph == pi]
        assert mine, "a paragraph without sentences"
        # in order, inside the paragraph, not overlapping, covering every non-space character
        covered = "".join(text[s.start:s.end] for s in mine)
        assert covered.replace(" ", "") == text[p.start:p.end].replace(" ", "")
        assert all(a.end <= b.start for a, b in zip(mine, mine[1:]))
        assert all(p.start <= s.start < s.end <= p.end for s in mine)
