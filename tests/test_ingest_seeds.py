"""The five seed articles: publication dates, boilerplate removed, no body sentence lost."""
from __future__ import annotations

import re

import pytest

from parley.ingest.article import build_article
from parley.ingest.sources import list_inputs, read_input


def _articles(seeds_dir):
    files, problems = list_inputs([str(seeds_dir)])
    assert not problems
    out = {}
    for f in files:
        for raw in read_input(f):
            art = build_article(raw)
            out[f.path.name[:3]] = (raw, art)
    return out


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    return _articles(seeds_dir)


def test_publication_dates(seeds):
    pub = {k: a.published for k, (_, a) in seeds.items()}
    assert (pub["000"].value, pub["000"].basis) == ("2024-07-26", "caption")
    assert (pub["001"].value, pub["001"].basis) == ("2023-11-26", "header")
    assert pub["003"].value == "2024-12-25" and pub["003"].precision == "day"
    assert pub["004"].value is None and pub["004"].candidates == []
    # 04/02/2023 keeps both readings, each with a reason; the 12-hour clock favours April 2
    readings = {c.value: c.reason for c in pub["002"].candidates}
    assert set(readings) == {"2023-04-02", "2023-02-04"}
    assert pub["002"].value == "2023-04-02"
    assert "p.m." in readings["2023-04-02"] and "alternative" in readings["2023-02-04"]


MUST_REMOVE = {
    "000": ["Sign up now: Get ST's newsletters delivered to your inbox", "PHOTO: REUTERS", "Follow topic:",
            "See more on", "REUTERS/Chalinee Thirasupa"],
    "001": ["date 2023-11-26 South China Morning Post", "China-Japan relations", "Orange Wang", "Photo: Kyodo"],
    "002": ["Home » today » World", "Status: 04/02/2023 3:24 p.m", "Leave a Comment",
            "This site uses Akismet to reduce spam."],
    "003": ["Stay up to date with notifications from The Independent", "Notifications can be managed",
            "Your support helps us to tell the story", "From reproductive rights to climate change",
            "Your donation allows us", "we choose not to lock Americans out", "Your support makes all the difference.",
            "Via AP news wire", "Wednesday 25 December 2024 03:30 EST", "contributed to this report",
            "Thank you for registering", "Please refresh the page"],
    "004": [],
}

# Body sentences, including those a scraper split where links were.
MUST_KEEP = {
    "000": [
        "Relations between the neighbours have been testy in recent years over issues including territorial claims, "
        "trade tensions and Beijing’s anger over Tokyo’s decision to release treated water from the crippled "
        "Fukushima nuclear plant into the sea.",
        "In their first one-to-one talks in eight months, Ms Kamikawa strongly urged the lifting of import "
        "restrictions Beijing imposed on Japan food products in the wake of the Fukushima water release.",
        "The arrest of a well-connected executive from Japanese drugmaker Astellas Pharma in China in 2023 has had",
        "in strategic areas and aligned with the United States in ongoing curbs to limit Beijing’s access",
        "Mr Wang met Japan’s Ms Yoko Kamikawa on the sidelines of a gathering of foreign ministers hosted by Asean in Laos",
    ],
    "001": ["In a meeting in the South Korean city of Busan on Saturday, Chinese Foreign Minister Wang Yi and his "
            "Japanese counterpart Yoko Kamikawa agreed to hold the China-Japan strategic dialogue",
            "Chinese President Xi Jinping and Japanese Prime Minister Fumio Kishida reaffirmed"],
    "002": ["The foreign ministers of Japan and China have met for talks for the first time in three years.",
            "A week ago, the Astellas Pharma employee was arrested in Beijing, according to the company."],
    "003": ["Iwaya met with China's premier, Li Qiang Wednesday as well as Wang Yi, his Chinese counterpart.",
            "Japanese Foreign Minister Takeshi Iwaya met with top Chinese leaders Wednesday during his visit to Beijing",
            "However, no breakthrough is expected during Iwaya’s visit."],
    "004": ["The top Chinese and Japanese diplomats Wednesday held high-level talks to boost bilateral exchanges",
            "Tokyo accuses Pyongyang of abducting its nationals in the past."],
}


@pytest.mark.parametrize("key", sorted(MUST_REMOVE))
def test_boilerplate_removed_and_body_kept(seeds, key):
    raw, art = seeds[key]
    body = " ".join(art.text[p.start:p.end] for p in art.paragraphs)
    removed = " | ".join(r.text for r in art.removed)
    for phrase in MUST_REMOVE[key]:
        assert phrase not in body, f"boilerplate left in {key}: {phrase}"
        assert phrase in removed, f"not recorded as removed in {key}: {phrase}"
    for sentence in MUST_KEEP[key]:
        assert sentence in body, f"body text lost in {key}: {sentence}"


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_no_source_line_unaccounted_for(seeds, key):
    """Every line of the source is in the cleaned text, the title, or the removed list."""
    raw, art = seeds[key]
    squash = lambda s: re.sub(r"\W+", "", s)
    kept = squash(art.text) + squash(art.title or "")
    removed_parts = [squash(r.text) for r in art.removed]
    removed = "".join(removed_parts)

    def split_credit(line: str) -> bool:  # a caption kept, its trailing credit removed
        return any(line.endswith(r) and line[: -len(r)] in kept for r in removed_parts if r)

    for line in raw.text.split("\n"):
        line = squash(re.sub(r"^\s*[•\-]\s+", "", line).strip())
        if not line:
            continue
        assert line in kept or line in removed or split_credit(line), f"{key}: line lost: {line!r}"


def test_every_sentence_offset_points_into_text(seeds):
    for _, art in seeds.values():
        assert art.sentences
        for s in art.sentences:
            para = art.paragraphs[s.paragraph]
            assert para.start <= s.start < s.end <= para.end
            assert art.text[s.start:s.end] == art.text[s.start:s.end].strip()


def test_outlets_found_in_text(seeds):
    assert seeds["001"][1].outlet == "South China Morning Post"
    assert seeds["003"][1].outlet == "The Independent"
    assert seeds["000"][1].outlet == "Reuters"


def test_captions_kept_as_captions(seeds):
    art = seeds["000"][1]
    captions = [art.text[p.start:p.end] for p in art.paragraphs if p.kind == "caption"]
    assert any("Vientiane, Laos, July 26, 2024." in c for c in captions)
    assert all("REUTERS/" not in c for c in captions)
