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


def test_a_headline_run_into_the_lede_of_a_one_line_article_is_its_title():
    from parley.ingest.article import build_article
    from parley.ingest.headline import split_glued_headline
    from parley.records import RawDocument

    text = ("Albanese meets Luxon in Wellington in first visit by Australian leader since 2019 Australian Prime "
            "Minister Anthony Albanese met New Zealand Prime Minister Christopher Luxon in Wellington on Friday. "
            "The two leaders discussed defence.")
    head, rest = split_glued_headline(text)
    assert head.endswith("since 2019") and rest.startswith("Australian Prime Minister Anthony Albanese met")
    a = build_article(RawDocument(source="t.txt", text=text, format="txt"))
    first = a.sentences[0]
    assert a.paragraphs[first.paragraph].kind == "title" and a.text[first.start:first.end].endswith("since 2019")
    # a lede that names no name of what came before, a run of names, a dateline: one sentence
    for one in ("Australian Prime Minister Anthony Albanese met his New Zealand counterpart Christopher Luxon in "
                "Wellington on Friday on the sidelines of the Pacific Islands Forum meeting in Tonga.",
                "Chinese President Xi Jinping and his wife Madame Peng Liyuan pose for a group photo with Brazilian "
                "President Luiz Inacio Lula da Silva and his wife in Beijing.",
                "New Delhi, Aug 18: In a crucial exchange aimed at repairing ties, external affairs minister S. "
                "Jaishankar met Chinese foreign minister Wang Yi in New Delhi."):
        assert split_glued_headline(one) is None


def test_a_page_title_run_into_a_wire_dateline_is_the_headline_and_the_outlet_is_left_out():
    from test_news_articles import events, meetings

    from parley.ingest.headline import split_glued_headline

    text = ("Egyptian, Sudanese army chiefs meet in Cairo - Daily News Egypt CAIRO - Lieutenant General Ahmed Fathy "
            "Khalifa, chief of staff of the Egyptian armed forces, received General Mohamed Othman al-Hussein, the "
            "Sudanese army's chief of staff, on Sunday. The two discussed border security. Share")
    head, rest = split_glued_headline(text)
    assert head == "Egyptian, Sudanese army chiefs meet in Cairo" and rest.startswith("CAIRO - Lieutenant General")
    assert split_glued_headline("Wong, Marsudi hold talks - Island Times JAKARTA, Dec 14 (IT) -- Foreign Minister "
                                "Penny Wong met Retno Marsudi.")[0] == "Wong, Marsudi hold talks"
    found = meetings(events(text), "Ahmed Fathy Khalifa", "Mohamed Othman al-Hussein")
    assert len(found) == 1 and (found[0]["location"] or {}).get("name") == "Cairo"


def test_a_one_line_article_whose_sentences_end_in_a_year_or_a_quotation_is_text_not_a_title():
    from parley.extract import extract_article
    from parley.ingest.article import build_article
    from parley.records import RawDocument

    text = ("Albanese raises detained writer with Li in first talks | News Now Albanese raises detained writer with Li "
            "in first talks Anthony Albanese has met Chinese Premier Li Qiang in Canberra, the first such visit by a "
            "Chinese premier since 2017. Jane Doe Political editor @janedoe Monday 17 June 2024 22:11, AEST The prime "
            "minister said he wanted \"stable\" ties, a month after Foreign Minister Penny Wong hosted her counterpart "
            "Wang Yi for talks in Canberra. Li told Albanese the two countries should \"seek common ground\". Read "
            "more: Albanese and Li: what was said")
    a = build_article(RawDocument(source="t.txt", text=text, format="txt"))
    assert not hasattr(a, "reason"), a
    found = {frozenset(p["name"] for p in c.to_dict()["actors"] + c.to_dict()["recipients"])
             for c in extract_article(a) if c.to_dict()["type"] == "CONSULT"}
    assert frozenset({"Anthony Albanese", "Li Qiang"}) in found
    # the counterpart Wong hosted is the one named, not someone else of the sentence
    assert frozenset({"Penny Wong", "Wang Yi"}) in found
