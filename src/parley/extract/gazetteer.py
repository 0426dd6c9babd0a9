"""Names of places and organisations: countries (ISO 3166-1 alpha-3), their demonyms, capitals
and government metonyms ("the Kremlin"), cities (GeoNames), venues ("the Oval Office", "the
Great Hall of the People", with their city), and organisations with their PLOVER codes (UNO,
EUR, IGO, NGO, ...). Loaded once per process from src/parley/data.

`Gazetteer.scan(text)` finds every mention with a longest-match n-gram lookup over tokens;
proper names must be capitalised in the text, acronyms must match their case ("US" but not "us").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data_files import rows
from .names import fold

MAX_NGRAM = 6
# (letters of any script: "Đà Nẵng", "Hà Nội"; a word ends in a letter, a digit or "+")
TOKEN = re.compile(r"[^\W_][\w'’.&+-]*(?<![_'’.&-])|[^\W_]")

# City names that are far more often something else in news prose.
CITY_STOPWORDS = {
    "nice", "mobile", "reading", "split", "bath", "sale", "ede", "of", "best", "male", "victoria", "florence",
    "jackson", "lincoln", "charlotte", "austin", "orlando", "madison", "regina", "marion", "aurora", "surprise",
    "independence", "concord", "union", "temple", "eagle", "hope", "commerce", "liberty", "university",
    "college", "park", "lake", "beach", "valley", "center", "centre", "george", "douglas", "wang", "li", "lee",
    "kim", "young", "king", "bay", "nadi", "most", "gap", "bar", "van", "man", "batman", "dawn", "tiko", "pune",
    "ashdod", "mandi", "santa", "guard", "sur", "mat", "hamilton", "wellington", "kingston", "columbia",
    "cambridge", "oxford", "hilo", "ocean", "sunrise", "carson", "sandy", "fort", "saint", "san", "la", "el",
    "orange", "phoenix", "march", "may", "university park",
    "alvorada",         # (Brasília's Alvorada Palace, the president's residence: data/venues.tsv)
}


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str          # country | demonym | capital | metonym | org | city | venue | water | region (named after a state)
    code: str          # ISO alpha-3 or PLOVER code
    name: str          # display name
    sector: str | None = None
    population: int = 0
    forum: bool = False
    city: str | None = None      # a venue's city ("Oval Office" -> Washington); None for a site of its own
    namesake: bool = False       # a smaller town sharing a kept city's name (city_namesakes.tsv; places._entry)


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]

    @property
    def best(self) -> Entry:
        return self.entries[0]

    def of_kind(self, *kinds: str) -> Entry | None:
        return next((e for e in self.entries if e.kind in kinds), None)


class Gazetteer:
    def __init__(self) -> None:
        self._written: dict[tuple[str, str], set[str]] = {}
        self.lookup: dict[str, list[Entry]] = {}
        self.exact: dict[str, list[Entry]] = {}        # case-sensitive keys (acronyms)
        self.country_name: dict[str, str] = {}
        self.demonym_of: dict[str, str] = {}
        self.capital_of: dict[str, str] = {}
        for row in rows("countries.tsv"):
            code, names, demonyms, capitals, metonyms = (row + [""] * 5)[:5]
            names_l = [n for n in names.split("|") if n]
            self.country_name[code] = names_l[0]
            for n in names_l:
                self._add(n, Entry("country", code, names_l[0]))
            dems = [d for d in demonyms.split("|") if d]
            if dems:
                self.demonym_of[code] = dems[0]
            for d in dems:
                self._add(d, Entry("demonym", code, names_l[0]))
            if capitals.split("|")[0]:
                self.capital_of[code] = capitals.split("|")[0]
            for c in capitals.split("|"):
                if c:
                    self._add(c, Entry("capital", code, c))
            for m in metonyms.split("|"):
                if m:
                    self._add(m, Entry("metonym", code, m))
        for row in rows("organisations.tsv"):
            code, names, sector, kind = (row + [""] * 4)[:4]
            names_l = [n for n in names.split("|") if n]
            for n in names_l:
                self._add(n, Entry("org", code, names_l[0], sector or None, forum=kind == "forum"))
        for row in rows("cities.tsv"):
            name, code, pop, names, capital = (row + [""] * 5)[:5]    # (latitude, longitude: place_coordinates)
            for n in names.split("|"):
                if n and n.lower() not in CITY_STOPWORDS:
                    self._add(n, Entry("city", code, name, population=int(pop or 0)))
        for row in rows("city_namesakes.tsv"):
            name, code, pop = row[:3]
            if name.lower() not in CITY_STOPWORDS:
                self._add(name, Entry("city", code, name, population=int(pop or 0), namesake=True))
        # a sea or a region named after a state is no state ("the South China Sea", "Latin America")
        for table, kind in (("waters.tsv", "water"), ("regions.tsv", "region")):
            for row in rows(table):
                names_l = [n for n in row[0].split("|") if n]
                for n in names_l:
                    self._add(n, Entry(kind, "", names_l[0]))
        for row in rows("venues.tsv"):
            names, city, code = (row + [""] * 3)[:3]
            names_l = [n for n in names.split("|") if n]
            for n in names_l:
                self._add(n, Entry("venue", code, names_l[0], city=city or None))
        # names of states as written (countries, demonyms, capitals): the words that give officials a country;
        # and a state's seat of government as written ("the Kremlin", "White House"): its officials' country too
        self.country_words: set[str] = set()
        self.metonym_words: set[str] = set()
        for table in (self.lookup, self.exact):
            for entries in table.values():
                for e in entries:
                    if e.kind in ("country", "demonym", "capital"):
                        self.country_words.update(self._written.get((e.kind, e.code), ()))
                    elif e.kind == "metonym":
                        self.metonym_words.update(self._written.get((e.kind, e.code), ()))
        # the first word of every name: a scan tries the n-grams of a word only if some name starts with it
        self.first_lookup = {m.group() for m in map(TOKEN.match, self.lookup) if m}
        self.first_exact = {m.group() for m in map(TOKEN.match, self.exact) if m}
        order = {"country": 0, "org": 1, "metonym": 2, "demonym": 3, "capital": 4, "city": 5, "venue": 6, "water": 7, "region": 8}
        for table in (self.lookup, self.exact):
            for key, entries in table.items():
                entries.sort(key=lambda e: (order[e.kind], e.namesake, -e.population))

    def _add(self, name: str, entry: Entry) -> None:
        name = name.strip()
        if name.startswith("Saint ") and entry.kind in ("country", "capital", "city"):
            for short in ("St ", "St. "):       # "St Vincent and the Grenadines", "St. Lucia": as written
                self._add(short + name[6:], entry)
        self._written.setdefault((entry.kind, entry.code), set()).add(name)
        if entry.kind in ("country", "org") and name.count(".") >= 2:
            self._written[(entry.kind, entry.code)].add(name.rstrip("."))
        if name.isupper() and len(name.replace(".", "")) <= 5 or name in ("PRC", "ROK", "DPRK", "USA"):
            self.exact.setdefault(name, []).append(entry)
            if entry.kind in ("country", "org") and name.count(".") >= 2:   # U.S., U.N., U.K.
                self.exact.setdefault(name.rstrip("."), []).append(entry)
            return
        found = self.lookup.setdefault(self._key(name), [])
        if entry not in found:
            found.append(entry)

    @staticmethod
    def _key(text: str) -> str:
        # (without diacritics, as names.fold writes them: "Sao Paulo" is "São Paulo", "Hà Nội" is "Ha Noi")
        return fold(re.sub(r"\s+", " ", text.replace("’", "'")).strip())

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Longest non-overlapping gazetteer mentions in text[start:end]."""
        toks = [(m.start(), m.end()) for m in TOKEN.finditer(text, start, len(text) if end is None else end)]
        hits: list[Hit] = []
        i = 0
        first_lookup, first_exact = self.first_lookup, self.first_exact
        while i < len(toks):
            found = None
            word = text[toks[i][0]:toks[i][1]]
            if not (word in first_exact or word.rstrip(".") in first_exact or (
                    word[:1].isupper() and (self._key(word) in first_lookup or self._key(word.rstrip(".")) in first_lookup))):
                i += 1
                continue
            for n in range(min(MAX_NGRAM, len(toks) - i), 0, -1):
                s, e = toks[i][0], toks[i + n - 1][1]
                span = text[s:e]
                entries = self.exact.get(span) or self.exact.get(span.rstrip("."))
                if entries is None and span[:1].isupper():
                    entries = self.lookup.get(self._key(span)) or (
                        self.lookup.get(self._key(span.rstrip("."))) if span.endswith(".") else None)
                    if entries and span.isupper() and len(span) > 5 and not any(x.kind == "org" for x in entries):
                        entries = entries            # upper-case headlines ("CHINA") still count
                if entries:
                    if span.endswith(".") and not self.exact.get(span) and self._key(span) not in self.lookup:
                        e -= 1
                        span = text[s:e]
                    found = Hit(s, e, span, tuple(entries))
                    i += n
                    break
            if found:
                hits.append(found)
            else:
                i += 1
        return hits

    def entries_of(self, word: str) -> list[Entry]:
        """What a name written alone names, possessive or not ("Japan's", "Chinese", "Busan", "ASEAN")."""
        w = re.sub(r"['’]s$", "", word.strip())
        return self.exact.get(w) or self.lookup.get(self._key(w)) or []

    def country_of_word(self, word: str) -> str | None:
        """ISO code of a country name, demonym, capital or metonym ("Japan's", "Chinese", "Beijing")."""
        e = next((x for x in self.entries_of(word) if x.kind in ("country", "demonym", "capital", "metonym")), None)
        return e.code if e else None

    def country_words_regex(self) -> str:
        """One regex (a trie of literals, fast to match) for every name of a state."""
        return trie_regex(self.country_words)

    def metonym_words_regex(self) -> str:
        """One regex for every name of a state's seat of government ("Kremlin", "White House")."""
        return trie_regex(self.metonym_words)

    def name_of(self, code: str | None) -> str | None:
        return self.country_name.get(code or "")

    def is_state(self, code: str | None) -> bool:
        """Whether a code is a state's (ISO 3166-1 alpha-3), not an organisation's (UNO, EUR, IGO ...)."""
        return (code or "") in self.country_name


def trie_regex(words) -> str:
    """A regex matching exactly the given literals, longest first, as a character trie:
    "China|Chinese" -> "Chin(?:a|ese)". Python's re matches a trie much faster than a flat
    alternation of hundreds of words."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        alts = [re.escape(ch) + render(child) for ch, child in sorted(node.items(), key=lambda kv: kv[0]) if ch]
        end = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        if end:
            body = ("(?:" + "|".join(alts) + ")") + "?"
        return body

    return render(trie) or "(?!x)x"


@lru_cache(maxsize=1)
def place_coordinates() -> dict[tuple[str, str], tuple[float, float]]:
    """GeoNames latitude and longitude of each city of the gazetteer, by (display name, ISO3); read
    apart from the Gazetteer (exports need them without building the name index)."""
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for row in rows("cities.tsv") + rows("city_namesakes.tsv"):
        name, code, _pop, _names, _capital, lat, lon = (row + [""] * 7)[:7]
        if lat and lon:
            out.setdefault((name, code), (float(lat), float(lon)))
    return out


def coordinates(name: str | None, country: str | None) -> tuple[float, float] | None:
    """(latitude, longitude) of a city of the gazetteer; None for a country or a place it lacks."""
    return place_coordinates().get((name or "", country or ""))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()

