"""Titles of officials ("Foreign Minister", "Premier", "top diplomat") -> normalised title, sector, rank."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Title:
    name: str
    sector: str
    rank: int


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[list[str], Title], ...]:
    """The rows of data/titles.tsv: (surface patterns, Title)."""
    text = resources.files("parley.data").joinpath("titles.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            pats, name, sector, rank = line.split("\t")
            rows.append((pats.split("|"), Title(name, sector, int(rank))))
    return tuple(rows)


@lru_cache(maxsize=1)
def titles() -> tuple[re.Pattern, dict[str, Title]]:
    """A regex matching any title (case-insensitive) and a map from its lower-case form to Title."""
    table: dict[str, Title] = {}
    patterns: list[str] = []
    for pats, title in _rows():
        for p in pats:
            # (a pattern may end in a lookahead that limits where it is a title: its key is the words before it)
            table[p.split("(?")[0].replace("\\", "").lower()] = title
            # a pattern written with capitals matches only so ("PM", never "5 pm")
            patterns.append(f"(?-i:{p})" if p != p.lower() else p.replace(" ", r"\s+"))
    patterns.sort(key=len, reverse=True)
    rx = re.compile(r"(?:(?:deputy|vice|acting|former|then|outgoing|incoming|new|senior|chief|top)[\s-]+)?(?:"
                    + "|".join(patterns) + r")\b" + f"(?:{remit()})?", re.I)
    return rx, table


@lru_cache(maxsize=1)
def remit() -> str:
    """A regex of the portfolios a ministry's full title joins to foreign affairs, with the comma that may close them
    before the name: "(Minister of Foreign Affairs) and Trade", "..., European Union and Cooperation,"."""
    text = resources.files("parley.data").joinpath("portfolios.tsv").read_text(encoding="utf-8")
    heads = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    one = rf"(?:,[^\S\n]*|,?[^\S\n]+and[^\S\n]+)(?:[A-Z][a-z]+[^\S\n]+)?(?:{'|'.join(heads)})\b"
    return rf"(?-i:(?<=Affairs)(?:{one}){{1,3}}(?:,(?=[^\S\n]))?)"


@lru_cache(maxsize=1)
def remit_rx() -> re.Pattern:
    """`remit`, compiled once."""
    return re.compile(remit())


@lru_cache(maxsize=1)
def acronym_titles() -> str:
    """A regex of the titles written as acronyms ("PM", "EAM"), which stand for their holder alone, with no "the"
    ("EAM also met Prime Minister Dinesh Gunawardena")."""
    found = [p for pats, _ in _rows() for p in pats if re.fullmatch(r"[A-Z]{2,5}", p)]
    return "(?-i:" + "|".join(sorted(found, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def rank_words() -> str:
    """A regex of the military ranks written before a name ("General", "Lt. Gen.", "Admiral"): a
    rank is no part of the person's name (the royal and religious titles of "Prince Mohammed bin
    Salman" or "Pope Francis" are, and stay)."""
    _, table = titles()
    ranks = [re.escape(k).replace(r"\ ", r"\s+") for k, t in table.items() if t.sector == "MIL"
             and (" " not in k or k.startswith(("lieutenant", "major", "lt", "maj")))]
    ranks.sort(key=len, reverse=True)
    return r"(?i:" + "|".join(ranks) + r")"


@lru_cache(maxsize=1)
def rank_alone() -> re.Pattern:
    """A military rank and nothing else ("General")."""
    return re.compile(rank_words())


@lru_cache(maxsize=1)
def leading_rank() -> re.Pattern:
    """The ranks a name begins with ("General Asim Munir")."""
    return re.compile(rf"(?:{rank_words()}\s+)+(?=[A-Z])")


TITLE_CASE = {"Secretary of State": "Secretary of State", "External Affairs Minister": "External Affairs Minister"}


def normalise_title(text: str) -> Title | None:
    rx, table = titles()
    text = remit_rx().sub("", text.strip()).rstrip(",")
    t = re.sub(r"\s+", " ", text.lower()).strip()
    prefix = ""
    m = re.match(r"(deputy|vice|acting|former|then|outgoing|incoming|new|senior|chief|top)[\s-]+", t)
    if m and t not in table:
        prefix, t = m.group(1), t[m.end():]
    found = table.get(t)
    if found is None:
        return None
    if text.strip().lower() in ("secretary of state",):
        found = Title("Secretary of State", found.sector, found.rank)
    if prefix in ("deputy", "vice") and not found.name.startswith(("Deputy", "Vice")):
        return Title(f"Deputy {found.name}", found.sector, found.rank - 20)
    if prefix == "former":
        return Title(f"Former {found.name}", "ELI", found.rank - 50)
    return found


def office_of(title: str | None) -> str | None:
    """The office a title names, as titles.tsv normalises it: "Secretary of State" (a name kept for the US) is the
    office of a "Foreign Minister", which "the top US diplomat" also names."""
    found = titles()[1].get(re.sub(r"\s+", " ", title.lower()).strip()) if title else None
    return found.name if found is not None else None


def holds(title: str | None, words: tuple[str, ...]) -> bool:
    """Whether a title, or the office it names, holds one of these words ("Secretary of State" holds "Minister")."""
    office = office_of(title) or ""
    return any(w in (title or "") or w in office for w in words)


def title_rank(title: str | None) -> int:
    """The rank of a title (titles.tsv), or -1 where it has none the titles know."""
    found = normalise_title(title) if title else None
    return found.rank if found is not None else -1


@lru_cache(maxsize=1)
def title_countries() -> dict[str, frozenset[str]]:
    """The states whose officials a title's surface form names ("secretary of state": USA), where only some do."""
    text = resources.files("parley.data").joinpath("title_countries.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {form: frozenset(c for c in codes.split(";") if c) for form, codes in rows}
