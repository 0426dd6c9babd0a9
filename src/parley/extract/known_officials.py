"""Known officials: the actor file (data/actors.tsv, extended by PARLEY_ACTORS) by name, alias, family name and term
in office, and where in a text a known official is named ("Lula and Milei met"; not "Abdullah Ali Al-Yahya", whose
given name is a king's name alone)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .gazetteer import gazetteer
from .names import PARTICLES, family_alone, name_key
from .name_shapes import HONORIFIC_RX, LOWER, MONTH_AND_DAY_WORDS, NOT_NAME, PRONOUNS, UPPER, other_given_name
from .lexicon import FAMILY_FIRST_COUNTRIES, GIVEN_NAME_COUNTRIES
from .titles import titles

# titles of which a state has one holder at a time, named by the title alone ("the King", "the Emir")
MONARCH_TITLES = frozenset({"King", "Queen", "Emperor", "Emir", "Sultan"})


@dataclass(frozen=True, slots=True)
class KnownActor:
    name: str
    aliases: tuple[str, ...]
    country: str
    title: str
    sector: str
    start: str
    end: str | None


def _load_known(text: str) -> list[KnownActor]:
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 7)[:7]
        name, aliases, country, title, sector, start, end = cols
        names = tuple(a for a in aliases.split("|") if a)
        first = name.split()[0]
        if country in GIVEN_NAME_COUNTRIES and len(name.split()) > 1 and first not in names and len(first) > 3 \
                and not HONORIFIC_RX.fullmatch(first) and first not in MONARCH_TITLES:
            names += (first,)         # "his Thai counterpart Paetongtarn": the given name alone (not "King")
        reversed_name = " ".join(name.split()[::-1])
        if country in FAMILY_FIRST_COUNTRIES and len(name.split()) == 2 and reversed_name not in names:
            names += (reversed_name,)       # "Iwaya Takeshi" for "Takeshi Iwaya"
        out.append(KnownActor(name, names, country, title, sector or "GOV", start, end or None))
    return out


@lru_cache(maxsize=4)
def known_actors(extra: str | None = None) -> tuple[KnownActor, ...]:
    """The bundled actor file plus the user's (PARLEY_ACTORS or an explicit path)."""
    items = _load_known(resources.files("parley.data").joinpath("actors.tsv").read_text(encoding="utf-8"))
    path = extra or os.environ.get("PARLEY_ACTORS")
    if path and Path(path).is_file():
        items = _load_known(Path(path).read_text(encoding="utf-8")) + items   # the user's entries win
    return tuple(items)


LINEAGE = re.compile(r"(.+?\s(?:bin|ibn|bint)\s\S+)\s+(?:(?:bin|ibn|bint)\s|Al[\s-]|al-)")


def lineage_known(name: str) -> list[KnownActor]:
    """A known official named with more of the lineage than the actor file gives: "Mohammed bin Salman bin Abdulaziz
    Al Saud" is "Mohammed bin Salman"."""
    m = LINEAGE.match(name)
    return list(known_index()[0].get(name_key(m.group(1)), [])) if m else []


@lru_cache(maxsize=4)
def known_index(extra: str | None = None) -> tuple[dict[str, list[KnownActor]], dict[str, list[KnownActor]]]:
    """Known officials by the key of their name and aliases, and by family name."""
    by_key: dict[str, list[KnownActor]] = {}
    by_family: dict[str, list[KnownActor]] = {}
    for k in known_actors(extra):
        for n in (k.name, *k.aliases):
            key = name_key(n)
            by_key.setdefault(key, []).append(k)
            if len(n.split()) > 1 and family_alone(n) is not None:    # (no "Salman" alone for "Mohammed bin Salman")
                by_family.setdefault(key.split("|")[0], [])
                if k not in by_family[key.split("|")[0]]:
                    by_family[key.split("|")[0]].append(k)
    return by_key, by_family


def known_offices(name: str) -> list[KnownActor]:
    """The actor file's records of the official a full name spells (their offices, with their countries)."""
    return known_index()[0].get(name_key(name), []) if len(name.split()) > 1 else []


# A family name romanised otherwise than the actor file's, with the same given names ("Kassym-Jomart Toqaev" for
# "Kassym-Jomart Tokayev"): the least rapidfuzz ratio of the two family names
NEAR_FAMILY_RATIO = 70


@lru_cache(maxsize=1)
def known_by_given() -> dict[str, list[tuple[str, KnownActor]]]:
    """Known officials by the key of their given names (of their name and aliases), with their family key."""
    out: dict[str, list[tuple[str, KnownActor]]] = {}
    for k in known_actors(None):
        for n in (k.name, *k.aliases):
            fam, given = name_key(n).split("|", 1)
            if len(given) >= 4 and (fam, k) not in out.get(given, []):
                out.setdefault(given, []).append((fam, k))
    return out


def near_known(key: str, country: str | None) -> list[KnownActor]:
    """The known official a full name spells with another romanisation of the family name: the same given names,
    a family name close by rapidfuzz, and no other country in the text."""
    from rapidfuzz import fuzz

    fam, given = key.split("|", 1)
    if len(fam) < 4 or len(given) < 4:
        return []
    return [k for f, k in known_by_given().get(given, []) if fuzz.ratio(fam, f) >= NEAR_FAMILY_RATIO
            and (country is None or k.country == country)]


# Family names too common to stand alone for one official, even where the actor file has one
COMMON_FAMILIES = {"li", "wang", "zhang", "liu", "chen", "yang", "kim", "lee", "park", "choi", "nguyen", "singh",
                   "khan", "ali", "ahmed", "smith", "jones", "brown", "johnson", "rubio", "may", "king", "rice",
                   "bush", "clinton", "abe", "kishida", "sharif", "gandhi", "assad", "castro", "marcos", "aliyev",
                   "al", "bin", "jr", "sr",
                   # short ones that are common names or words too ("Tan", "Lam", "Wu", "Dan", "Paz")
                   "tan", "lam", "wu", "he", "su", "dan", "sen", "paz", "ma", "hu",
                   # given names that are also some officials' family names ("Prince Mohammed" is not
                   # Somalia's Mohamed Abdullahi Mohamed)
                   "mohamed", "mohammed", "muhammad", "mohammad", "ahmad", "hussein", "hussain"}


@lru_cache(maxsize=4)
def known_name_index(extra: str | None = None) -> tuple[re.Pattern | None, dict[str, str]]:
    """A regex of the known officials' full names and aliases, and the family names that name one
    official alone (mapped to the full name)."""
    from .gazetteer import trie_regex

    names: set[str] = set()
    families: dict[str, set[str]] = {}
    for k in known_actors(extra):
        for n in (k.name, *k.aliases):
            if len(n) >= 4 and n[:1].isupper():
                names.add(n)
        if (fam := family_alone(k.name)) is not None:
            families.setdefault(fam.lower(), set()).add(k.name)
    single = {f: next(iter(v)) for f, v in families.items() if len(v) == 1 and len(f) >= 2 and f not in COMMON_FAMILIES}
    return (re.compile(rf"(?<![\w-])(?:{trie_regex(names)})(?![\w-])") if names else None), single


def known_names_in(text: str):
    """(name, span) of known officials named in a text: full names and aliases anywhere, and a family
    name that only one known official has ("Milei", "Zelensky"), written with a capital."""
    rx, single = known_name_index()
    if rx is not None:
        for m in rx.finditer(text):
            yield m.group(0), (m.start(), m.end())
    for m in re.finditer(rf"(?<![\w-])[{UPPER}][{LOWER}'’-]+(?![\w-])", text):
        if m.group(0).lower() in single and not other_given_name(text, m.start()) \
                and (len(m.group(0)) >= 4 or _short_family_alone(text, m)) \
                and not _names_run_on(text, m, single[m.group(0).lower()]):
            yield m.group(0), (m.start(), m.end())


def _names_run_on(text: str, m: re.Match, known: str) -> bool:
    """Whether a known one-word name is followed by more of a name that is not the official's ("Abdullah Ali
    Al-Yahya", a Kuwaiti minister, is not King Abdullah II): the given name of someone else."""
    nxt = re.match(rf"\s+([{UPPER}][{LOWER}'’-]+)", text[m.end():m.end() + 40])
    if not nxt:
        return False
    word = nxt.group(1)
    return word not in known.split() and not re.fullmatch(NOT_NAME, word) and not titles()[0].fullmatch(word) \
        and word.lower() not in MONTH_AND_DAY_WORDS and not gazetteer().country_of_word(word)


def _short_family_alone(text: str, m: re.Match) -> bool:
    """A known family name of two or three letters ("Xi", "Qin") stands alone for its official only
    where it is no pronoun, particle or abbreviation and comes before no other capitalised word
    ("He said", "Dan Smith", "Le Monde", "Sen. Rubio" are not)."""
    word = m.group(0)
    if word.lower() in PARTICLES or word.lower() in PRONOUNS or re.fullmatch(NOT_NAME, word):
        return False
    return not re.match(rf"\.?\s+[{UPPER}]|\.\w", text[m.end():])


# an office-holder "-elect" ("President-elect Donald Trump") has won it and not yet taken it: told so, they are known
# in the months before a term of that office begins (an election to an inauguration: up to five months in Mexico)
ELECT_SUFFIX = "-elect"
ELECT_MONTHS = 6


def known_terms(key: str, held: frozenset[str] = frozenset()) -> list[tuple[str, str | None]]:
    """The terms in office ((from, to) as YYYY-MM) of the known official a name key names; only
    those of the titles `held` where some are ("President William Ruto": not his years as deputy), and none where
    the titles held are none of the table's for them. Of a title
    "-elect" ("President-elect"), the months before each term of that office begins, where no other title is held."""
    by_key, _ = known_index()
    terms = by_key.get(key, [])
    titled = [k for k in terms if k.title in held]
    elect = {t[:-len(ELECT_SUFFIX)] for t in held if t.lower().endswith(ELECT_SUFFIX)}
    if not titled and elect and (before := [k for k in terms if k.title in elect]):
        return sorted({(_months_before(k.start, ELECT_MONTHS), k.start) for k in before})
    if held and not titled and not elect:
        # (an office the table does not list for them, "Defense Minister Minoru Kihara" of a table that had him only as
        # Chief Cabinet Secretary from 2025: the terms of their other offices say nothing of when they held this one)
        return []
    return sorted({(k.start, k.end) for k in (titled or terms)})


def _months_before(month: str, n: int) -> str:
    """The YYYY-MM `n` months before one."""
    y, m = divmod(int(month[:4]) * 12 + int(month[5:7]) - 1 - n, 12)
    return f"{y:04d}-{m + 1:02d}"
