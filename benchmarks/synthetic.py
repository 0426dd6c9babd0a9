"""Synthetic news articles for benchmarks and volume tests.

Each article is ~600 words in the shape of the seeds: a header with a date, a caption with a
photo credit, call-to-action lines, a lead with a meeting between two named officials of two
countries on a weekday or date, quotes with readouts, issues, and background paragraphs.
Deterministic for a given index, distinct for every index.
"""
from __future__ import annotations

import datetime as dt
import random

COUNTRIES = [
    ("China", "Chinese", "Beijing", ["Wang Yi", "Qin Gang", "Li Qiang"]),
    ("Japan", "Japanese", "Tokyo", ["Takeshi Iwaya", "Yoko Kamikawa", "Yoshimasa Hayashi"]),
    ("South Korea", "South Korean", "Seoul", ["Park Jin", "Cho Tae-yul"]),
    ("India", "Indian", "New Delhi", ["Subrahmanyam Jaishankar"]),
    ("United States", "US", "Washington", ["Antony Blinken", "Marco Rubio"]),
    ("Russia", "Russian", "Moscow", ["Sergei Lavrov"]),
    ("Ukraine", "Ukrainian", "Kyiv", ["Andrii Sybiha", "Dmytro Kuleba"]),
    ("France", "French", "Paris", ["Jean-Noel Barrot"]),
    ("Germany", "German", "Berlin", ["Annalena Baerbock", "Johann Wadephul"]),
    ("Australia", "Australian", "Canberra", ["Penny Wong"]),
]
VENUES = [("Jakarta", "Indonesia"), ("Vientiane", "Laos"), ("Geneva", "Switzerland"), ("Busan", "South Korea"),
          ("Lima", "Peru"), ("Singapore", "Singapore"), ("New York", "United States"), ("Istanbul", "Turkey")]
ISSUES = ["the seafood import ban", "detained nationals", "export controls on advanced semiconductors",
          "tensions in the East China Sea", "the war in Ukraine", "North Korea's missile launches",
          "visa-free travel and exchanges", "trade and investment", "climate finance", "maritime security"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CHROME = ["Sign up now: Get our newsletters delivered to your inbox", "Follow topic:", "Leave a Comment",
          "Your support helps us to tell the story", "See more on", "Thank you for registering"]
BACKGROUND = [
    "Relations between the two neighbours have been testy in recent years over issues including territorial "
    "claims, trade tensions and the treatment of each other's citizens.",
    "Over the last few months, officials from both sides have moved to resume several consultative talks for the "
    "first time in years, signalling that ties may be on a steadier footing.",
    "Analysts said the meeting was unlikely to produce a breakthrough but would help both governments manage "
    "their differences ahead of a busy diplomatic calendar.",
    "Business groups in both countries have urged their governments to keep channels of communication open, "
    "pointing to supply chains that remain deeply intertwined despite the political chill.",
    "The two countries agreed last year to set up a hotline between their defence ministries, although it has "
    "rarely been used since it was launched.",
    "Opposition lawmakers criticised the government for what they described as a lack of transparency about "
    "the agenda of the talks and the concessions that might be offered.",
]


def article(i: int) -> str:
    rng = random.Random(i)
    (a_country, a_dem, a_cap, a_people), (b_country, b_dem, b_cap, b_people) = rng.sample(COUNTRIES, 2)
    a, b = rng.choice(a_people), rng.choice(b_people)
    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2000))
    published = day + dt.timedelta(days=rng.choice([0, 0, 1]))
    weekday = WEEKDAYS[day.weekday()]
    city, host = rng.choice(VENUES + [(b_cap, b_country)] * 3)
    issues = rng.sample(ISSUES, 3)
    lines = [
        f"date {published.isoformat()} Synthetic Wire {i % 17}",
        f"{a_dem} foreign minister meets {b_dem} counterpart in {city}",
        rng.choice(CHROME),
        f"{a_dem} Foreign Minister {a} arrives for talks in {city}, {host}, {day:%B} {day.day}, {day.year}. "
        f"REUTERS/Staff Photographer {i}",
        "",
        f"{a_dem} Foreign Minister {a} met his {b_dem} counterpart {b} in {city} on {weekday}, as the two sides "
        f"discussed {issues[0]}, {issues[1]} and {issues[2]}.",
        "",
        f"\u201cRelations are at a critical stage,\u201d {a.split()[-1]} told {b.split()[-1]}, according to a readout "
        f"issued by the {a_dem} foreign ministry after the meeting, which lasted about {rng.randint(40, 150)} minutes.",
        "",
        f"{b.split()[-1]} urged {a_country} to address {issues[0]} and said {b_country} was willing to maintain "
        f"constructive communication on {issues[1]}, the {b_dem} foreign ministry said in a statement.",
        "",
    ]
    # background as outlets write it: a few of the usual paragraphs, about this pair of countries
    # (verbatim in every article, they would make all of them versions of one report)
    body = [f"{para[:-1]}, {a_dem} and {b_dem} officials say." for para in rng.sample(BACKGROUND, 4)]
    for k, para in enumerate(body):
        lines += [para, ""]
        if k == 2:
            lines += [f"The two ministers agreed to meet again next year and to hold a round of working-level "
                      f"consultations on {issues[2]} before the end of {day.year}.", ""]
    lines += [
        f"The meeting in {city} was the {rng.choice(['first', 'second', 'third'])} between the two ministers since "
        f"{rng.choice(['January', 'March', 'June', 'September'])} {day.year - 1}, and came {rng.randint(2, 9)} weeks "
        f"after their leaders spoke by phone, officials said. Reference {i}.",
        "",
        rng.choice(CHROME),
    ]
    # pad to ~600 words with further background, varied per article
    while sum(len(l.split()) for l in lines) < 600:
        para = rng.choice(BACKGROUND).replace("two", rng.choice(["two", "both"]))
        lines.insert(-2, f"{para[:-1]}, according to source {rng.randint(1, 10**6)}.")
        lines.insert(-2, "")
    return "\n".join(lines) + "\n"


def short_article(i: int) -> str:
    """The article's head (dateline, title, chrome, caption, lead paragraphs) and its last line:
    ~150 words, the same kinds of lines as the whole one."""
    lines = article(i).splitlines()
    return "\n".join(lines[:12] + lines[-1:]) + "\n"


def write_corpus(folder, n: int, per_folder: int = 1000, short: bool = False) -> None:
    from pathlib import Path

    root = Path(folder)
    for i in range(n):
        sub = root / f"part{i // per_folder:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:07d}.txt").write_text(short_article(i) if short else article(i), encoding="utf-8")
