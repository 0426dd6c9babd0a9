"""Where an event happened: a city (with its country), a venue (with its city), or a country, read
from locative phrases.

"in Busan", "in the South Korean city of Busan", "in Vientiane, Laos", "during his visit to
Beijing", "at the Great Hall of the People" (Beijing), "in the Oval Office" (Washington),
"hosted by Asean in Laos", "on the sidelines of APEC in Lima", a dateline ("BEIJING (Reuters) -").
A place counts only after a locative word, so "Beijing said" (the government) and "Chinese" (a
demonym) are not places, and never inside a person's name ("Vladimir Putin").

A name that several countries share is read in the sense the article gives it: "Bali, Indonesia"
or "the Indonesian island of Bali" once, and every "Bali" of the article is in Indonesia; else the
city of a country the article names; else the most populous. A name the gazetteer does not know
in the country the text pairs it with ("Nusa Dua, Indonesia") is still a place there.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..ingest.datelines import lede
from ..time.lexicon import MONTHS, WEEKDAYS
from .gazetteer import Entry, Gazetteer, Hit, gazetteer
from .lexicon import SITUATION_NOUNS

NAMESAKE_RATIO = 20     # a namesake town stands for a kept city's name only if that city is at most this many times larger
# cities that host the world's diplomacy, whose name a namesake town never stands for ("Blinken met Lavrov in Geneva" is
# no Geneva, Illinois), as a capital's never does
DIPLOMATIC_CITIES = frozenset({"Geneva", "Davos", "Lausanne", "Strasbourg", "The Hague", "Munich", "New York"})
# an adjective a place's name may follow its locative or joining word with: "to neighboring Republic of Congo"
NEAR_ADJECTIVE = r"(?:neighbou?ring\s+|nearby\s+)?"
LOCATIVE = re.compile(
    # ("In Cairo, Blinken met ...": a sentence may begin with its place)
    r"(?:\b(?:[Ii]n|[Aa]t|to|near|around|inside|within|outside|across|hosted\s+in|held\s+in|arrived\s+in|landed\s+in|"
    r"visit(?:ed|ing|s)?|trip\s+to|tour\s+of|capital(?:\s+city)?(?:\s+of)?|city\s+of|town\s+of|port\s+of|"
    r"province\s+of|resort\s+(?:town|city)?\s*of|island\s+of|(?:sidelines|margins|fringes)\s+of)\s+(?:the\s+)?"
    + NEAR_ADJECTIVE + r"(?:[A-Z][\w'’-]*\s+){0,3}?"
    # (and the state after a place the gazetteer lacks, "in Nusa Dua, Indonesia"; not any name after a comma: "the
    # exclave that borders Turkey, Iran and Armenia")
    r"|\b(?:[Ii]n|[Aa]t|to|near|visit(?:ed|ing|s)?)\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*,\s+"
    # (and the city after a building: "at the State House, Abuja")
    r"|\b(?:House|Palace|Hall|Office|Building|Residence|Hotel|Centre|Center|Airport|Mansion|Kremlin),\s+)$")
# a place one comes from is no place of the act, but one a clause of "where" tells of is ("arrived ... from Paris,
# where he held talks with Macron on Monday")
FROM_WHERE = (re.compile(r"\bfrom\s+(?:the\s+)?$"), re.compile(r"\s*,\s+where\b"))
# a venue that speaks for its government is a source, not a place: "according to the Kremlin"
ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
NEAR_PLACE = re.compile(r"\s*,?\s*near\s+(?:the\s+)?")
# "at the Federal Chancellery in Warsaw": a venue placed by the city named right after it
VENUE_IN_CITY = re.compile(r"\s*,?\s+in\s+")
NEAR_BASIS = "near "        # the basis of a place somewhere outside a city ("near Moscow": `near_city`)
OUTSIDE = re.compile(r"\b(?:outside|near|outskirts\s+of)\s+(?:the\s+)?$", re.I)
# what may follow the country of "Vientiane, Laos": the end of the phrase, not a noun it qualifies
APPOSED_COUNTRY_END = re.compile(r"\s*(?:$|[,.;:)!?–—\"”’]|(?:on|in|at|for|to|from|with|where|when|last|this|next|"
                                 r"earlier|later|during|after|before|amid|as|yesterday|today|tomorrow)\b)")
# a name the gazetteer lacks, written before the state it is in after a locative word: "in Argyle, St Vincent"
PAIRED_NAME = re.compile(r"\b(?:[Ii]n|[Aa]t|near|city\s+of|town\s+of|village\s+of)\s+(?P<name>[A-Z][\w'’-]+"
                         r"(?:\s+(?:de\s+(?:la\s+)?|del\s+|do\s+|da\s+)?[A-Z][\w'’-]+){0,3}),\s*$")
# "the South Korean city of Busan", "Russia's resort of Sochi": the country the text gives a place
PLACE_OF = re.compile(r"(?:the\s+(?P<dem>(?:[A-Z][\w-]*\s+){1,2})|(?P<cpos>[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+)"
                      r"(?:\w+\s+)?(?:city|capital|port|town|resort|island|region|province|village)\s+of\s+$")
CAPITAL_OF = re.compile(r"\bthe\s+(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+capital\b(?!\s+(?:of|city\s+of)\b)")
PLACE_WORDS = re.compile(r"\b(?:Base|Airport|Palace|House|Office|Hall|Square|Cosmodrome|Spaceport|Guesthouse|"
                         r"Hotel|Centre|Center|Stadium|Ministry|Embassy|Kremlin|Island|Province|Region|Mansion|Residence|"
                         r"Villa|Castle|Ch[aâ]teau|Manor|Dacha|Pavilion|Building|Tower|"
                         # (and the waters and lands of geography: "in the Black Sea, the Head of State said")
                         r"Sea|Ocean|Gulf|Straits?|Bay|River|Lake|Peninsula|Mountains|Desert|Canal|Islands)\b")


# a city or venue named as a meeting's ("the Tokyo summit", "his Beijing visit", "the Geneva talks"): the meeting's
# place, with no locative word (a country so named is the topic: "Ukraine talks")
MEETING_AFTER = re.compile(r"\s+(?:summit|talks|meeting|meetings|visit|trip|encounter)\b")
MEETING_NAMED = "the place named with a meeting word"
# the basis of a place guessed for a visit placed only in its host country: that country's capital
CAPITAL_GUESS = "capital of the host country"
DATELINE_BASIS = "dateline"     # the basis of a place read from a wire dateline: where the report was filed
# words that make the name before them a building or grounds, not a person: "the Sandringham estate"
VENUE_NOUNS = re.compile(r"\s+(?:estate|palace|residence|castle|mansion|retreat|lodge|villa|hotel|guesthouse|"
                         r"guest\s+house|compound|ranch|farm|resort|manor|dacha)\b")
# a name of a water, a border or a work of its own ("the Khor Abdullah waterway agreement"): no person
FEATURE_NOUNS = re.compile(r"\s+(?:waterway|canal|river|strait|gulf|bay|lake|dam|port|oilfield|field|gas\s+field|"
                           r"pipeline|bridge|crossing|corridor|valley|border\s+crossing|highway|railway)\b")


@dataclass(slots=True)
class Place:
    name: str
    country: str
    kind: str               # city | site | country
    start: int
    end: int
    basis: str              # why this place: "locative phrase", "dateline", "caption" ...
    venue: str | None = None

    def to_dict(self) -> dict:
        out = {"name": self.name, "country": self.country, "kind": self.kind}
        if self.venue:
            out["venue"] = self.venue
        return out


def near_city(p: Place | None) -> str | None:
    """The city a place is outside of, in lower case ("at his residence outside Moscow": "moscow"), if it is one."""
    return p.basis[len(NEAR_BASIS):].lower() if p is not None and p.basis.startswith(NEAR_BASIS) else None


class PlaceSenses:
    """The sense an article gives its place names: which country a shared name is in, and which
    countries the article names at all."""

    def __init__(self, text: str, hits: list[Hit], gaz: Gazetteer):
        self.named: Counter = Counter()
        self.fixed: dict[str, str] = {}
        for i, h in enumerate(hits):
            e = h.of_kind("country", "demonym", "capital")
            if e is not None:
                self.named[e.code] += 1
            hint = _country_hint(text, hits, i, gaz)
            if hint and not h.of_kind("country", "demonym"):
                self.fixed.setdefault(gaz._key(h.text), hint)

    def country_for(self, hit: Hit) -> str | None:
        return self.fixed.get(gazetteer()._key(hit.text))


def _country_hint(text: str, hits: list[Hit], i: int, gaz: Gazetteer) -> str | None:
    """The country the text pairs a place with: "Vientiane, Laos", "the South Korean city of Busan"."""
    h = hits[i]
    nxt = hits[i + 1] if i + 1 < len(hits) else None
    after = nxt.end + 1 if nxt and "." in nxt.text and text.startswith(".", nxt.end) else nxt.end if nxt else 0
    if nxt and nxt.of_kind("country") and re.fullmatch(r",\s*", text[h.end:nxt.start]) \
            and APPOSED_COUNTRY_END.match(text, after):                 # ("U.S." ends with its own dot)
        # (not "In Cairo, U.S. Secretary of State Antony Blinken met ...", "in Cairo, U.S. officials
        # said": there the state begins another phrase)
        return nxt.of_kind("country").code
    before = text[max(0, h.start - 60):h.start]
    m = PLACE_OF.search(before)
    if m:
        return gaz.country_of_word((m.group("dem") or m.group("cpos") or "").strip())
    return None


def _entry(hit: Hit, country_hint: str | None, senses: PlaceSenses | None = None) -> Entry | None:
    venues = [e for e in hit.entries if e.kind == "venue"]
    cities = [e for e in hit.entries if e.kind in ("city", "capital")]
    countries = [e for e in hit.entries if e.kind == "country"]
    hint = country_hint or (senses.country_for(hit) if senses else None)
    if countries and not venues and not any(e.code in (countries[0].code, hint) for e in cities):
        return countries[0]     # (a state's name before a city of that name in another: "to Armenia" is no town of
                                # Colombia, unless the text pairs it so)
    for pool in (venues, cities):
        if not pool:
            continue
        if hint:
            for e in pool:
                if e.code == hint:
                    return e
        if senses is not None and len({e.code for e in pool}) > 1:
            own = [e for e in pool if not e.namesake]
            named = [e for e in own if senses.named.get(e.code)] or \
                [e for e in pool if e.namesake and senses.named.get(e.code) and _may_stand_for(e, own)]
            # (the capital of a state the article names, over another city of that name: "Rubio met Costa Rican
            # President Rodrigo Chaves in San Jose" in a report that names the United States more often)
            named = [e for e in named if e.kind == "capital"] or named
            if named:
                return max(named, key=lambda e: senses.named[e.code])
        return pool[0]
    return None


def _may_stand_for(namesake: Entry, own: list[Entry]) -> bool:
    """Whether a smaller town may be what an article means by a kept city's name, when the article names the town's
    country and not the city's: "Luxon welcomed his Australian counterpart to Queenstown" (New Zealand's resort,
    not South Africa's city), but never a capital's name ("Blinken arrived in Paris" is no Paris, Texas) or a host of
    diplomacy's (`DIPLOMATIC_CITIES`: Geneva), nor a city far larger than the town ("Erdogan arrived in Kazan" is
    Russia's)."""
    return not any(e.kind == "capital" or e.name in DIPLOMATIC_CITIES or e.population > NAMESAKE_RATIO * namesake.population
                   for e in own)


def _place(e: Entry, h: Hit, basis: str) -> Place:
    if e.kind == "venue":
        return Place(e.city or e.name, e.code, "city" if e.city else "site", h.start, h.end, basis, venue=e.name)
    if e.kind in ("city", "capital"):
        return Place(e.name if e.kind == "city" else h.text, e.code, "city", h.start, h.end, basis)
    return Place(e.name, e.code, "country", h.start, h.end, basis)


def places_in(text: str, start: int, end: int, gaz: Gazetteer | None = None, hits: list[Hit] | None = None,
              senses: PlaceSenses | None = None, mask: list[tuple[int, int]] = ()) -> list[Place]:
    """Places named after a locative word in text[start:end], in order; a city followed by its
    country ("Vientiane, Laos") is one place. `hits` may pass the text's gazetteer scan, `senses`
    the article's reading of shared names, `mask` the spans of people's names."""
    gaz = gaz or gazetteer()
    hits = gaz.scan(text, start, end) if hits is None else [h for h in hits if start <= h.start and h.end <= end]
    hits = [h for h in hits if not any(a < h.end and h.start < b for a, b in mask)]
    out: list[Place] = []
    for i, h in enumerate(hits):
        before = text[max(start, h.start - 45):h.start]
        # "in Dubai and Germany": a place joined to a place just read shares its locative word
        # (", and" after a place more often opens a clause: "met Xi in Beijing, and Ukraine was discussed")
        # (and "Angola and neighboring Republic of Congo")
        joined = bool(out) and re.fullmatch(r"\s*(?:,\s*|and\s+|or\s+)" + NEAR_ADJECTIVE, text[out[-1].end:h.start])
        located = joined or bool(LOCATIVE.search(before)) or bool(
            FROM_WHERE[0].search(before) and FROM_WHERE[1].match(text, h.end))
        named = not located and bool(MEETING_AFTER.match(text, h.end))
        if not (located or named) or (not named and _modifier(text, h)) or ACCORDING_TO.search(before):
            continue
        if out and NEAR_PLACE.fullmatch(text, out[-1].end, h.start):
            continue            # "at Camp David near Washington": a landmark that places the place before it
        if _venue_elsewhere(text, h, hits[i + 1] if i + 1 < len(hits) else None):
            continue            # the gazetteer's venue of that name is in another city: this one is the city's
        if _name_goes_on(text, h, hits[i + 1] if i + 1 < len(hits) else None):
            # "at Istana Merdeka" (Jakarta's palace) is not "the Istana" (Singapore's): a venue's name that goes on
            # into a longer name is the start of another venue's, which the gazetteer does not know
            h = Hit(h.start, h.end, h.text, tuple(e for e in h.entries if e.kind != "venue"))
            if not h.entries:
                continue
        hint = _country_hint(text, hits, i, gaz)
        e = _entry(h, hint, senses)
        if e is None or (named and e.kind == "country"):
            continue
        if named:
            out.append(_place(e, h, MEETING_NAMED))
            continue
        if e.kind in ("city", "capital", "venue") and hint and e.code != hint:
            # "Nusa Dua, Indonesia": the text names the country; a namesake elsewhere is not meant
            out.append(Place(h.text, hint, "city", h.start, h.end, "named with its country"))
            continue
        if e.kind == "country" and out and out[-1].kind in ("city", "site") and out[-1].country == e.code \
                and h.start - out[-1].end < 4:
            continue            # "Vientiane, Laos": the country confirms the city
        if e.kind != "country" and OUTSIDE.search(before) and e.code:
            # "at his residence outside Moscow": somewhere in that city's country, not the city
            out.append(Place(gaz.name_of(e.code) or e.code, e.code, "country", h.start, h.end, NEAR_BASIS + h.text))
            continue
        out.append(_place(e, h, "locative phrase"))
    # "arrived in the Chinese capital": the capital of the state the demonym names
    for m in CAPITAL_OF.finditer(text, start, end):
        if not LOCATIVE.search(text[max(start, m.start() - 45):m.start()] + " "):
            continue
        code = gaz.country_of_word(m.group("dem"))
        city = gaz.capital_of.get(code or "")
        if city and not any(a < m.end() and m.start() < b for a, b in mask):
            out.append(Place(city, code, "city", m.start(), m.end(), f"the capital of {gaz.name_of(code)}"))
    out.sort(key=lambda p: p.start)
    return out


# Words that may follow a place name ("in Beijing on Monday", "in Paris, where"); another word
# makes the name a modifier ("in the US midterm elections", "in Chinese waters").
PLACE_FOLLOWERS = set("""
on in at for to and or but with as last this next earlier later today yesterday tomorrow tonight where which when
while after before since during amid over from by of is was were are has had have will would could can said says
say the a an that who whose its his her their ahead until following despite under into near between against than
early late this week month year again too also itself
""".split())


def _venue_elsewhere(text: str, h: Hit, nxt: Hit | None) -> bool:
    """Whether a venue's name is followed by the city it is in, another than the gazetteer's venue of that name is in:
    "at the Federal Chancellery in Warsaw" (Poland's, not Berlin's)."""
    venues = [e for e in h.entries if e.kind == "venue" and e.city]
    if not venues or len(venues) != len(h.entries) or nxt is None \
            or not VENUE_IN_CITY.fullmatch(text, h.end, nxt.start):
        return False
    cities = [e for e in nxt.entries if e.kind in ("city", "capital")]
    return bool(cities) and not any(e.city.casefold() == c.name.casefold() for e in venues for c in cities)


def _modifier(text: str, h: Hit) -> bool:
    m = re.match(r"[\s]*([A-Za-z][\w'’-]*)", text[h.end:h.end + 30])
    if not m or text[h.end:h.end + 1] in ",.;:)!?–—\"”’":
        return False
    word = m.group(1)
    if word[:1].islower():
        # "in the US midterm elections": a name between "the" and a noun; "in Malta came" is a place; and a name before
        # a word of a situation names where the situation is, not a place of the act ("call for a return to Gaza
        # ceasefire during Cairo talks")
        return word not in PLACE_FOLLOWERS and bool(re.search(r"\bthe\s+$", text[max(0, h.start - 5):h.start])) \
            or word.lower() in SITUATION_NOUNS
    return bool(re.match(r"(?:President|Prime|Premier|Foreign|Minister|Chancellor|King|Leader|Secretary|"
                         r"Defen[cs]e|Army|Navy|Government|Embassy|Ambassador)\b", word))


def _name_goes_on(text: str, h: Hit, nxt: Hit | None) -> bool:
    """Whether the name of a venue goes on into a capitalised word that is neither another name the gazetteer
    knows ("at the White House Rose Garden") nor a day or month ("at the Kremlin Monday"): "Istana Merdeka".
    (An office after the name, "White House Press Secretary", the caller has left out already: `_modifier`.)"""
    if not h.of_kind("venue"):
        return False
    m = re.match(r" ([A-Z][\w'’-]*)", text[h.end:h.end + 40])
    if not m:
        return False
    if nxt is not None and nxt.start == h.end + 1:
        # a city of another country goes on into the name of a venue there: "Istana Bogor" (Bogor's palace) is not
        # "the Istana" (Singapore's)
        city = nxt.of_kind("city", "capital")
        return city is not None and city.code not in {e.code for e in h.entries if e.kind == "venue"}
    word = m.group(1).lower()
    return word not in WEEKDAYS and word not in MONTHS


def dateline_place(text: str, gaz: Gazetteer | None = None, start: int = 0) -> Place | None:
    """The place of a wire dateline at `start` (a paragraph's start): "BEIJING (Reuters) -",
    "BALI, Indonesia --", "JOINT BASE ELMENDORF-RICHARDSON, Alaska (AP) —"."""
    gaz = gaz or gazetteer()
    found = lede(text[start:start + 200])
    if not found:
        return None
    p = _dateline_place(found, gaz)
    if p is not None:
        p.start, p.end = p.start + start, p.end + start
    return p


def _dateline_place(found, gaz: Gazetteer) -> Place | None:
    name = found.place.strip()
    hits = gaz.scan(name.title() if name.isupper() else name)
    region = gaz.scan(found.region.title() if found.region and found.region.isupper() else found.region or "")
    hint = region[0].of_kind("country").code if region and region[0].of_kind("country") else None
    if not hits or hits[0].end - hits[0].start < len(name) - 1:
        if hint:                # "BALI, Indonesia --": a place the gazetteer lacks, in the country named
            return Place(name.title() if name.isupper() else name, hint, "city", 0, len(name), DATELINE_BASIS)
        return None
    e = _entry(hits[0], hint)
    if e is None:
        return None
    if e.kind in ("city", "capital", "venue") and hint and e.code != hint and not any(x.code == hint for x in hits[0].entries):
        return Place(name.title() if name.isupper() else name, hint, "city", 0, len(name), DATELINE_BASIS)
    p = _place(e, hits[0], DATELINE_BASIS)
    p.start, p.end = 0, len(name)
    return p


def article_places(text: str, hits: list[Hit], datelines: list[Place], gaz: Gazetteer) -> list[Hit]:
    """The article's gazetteer hits, with the places it names that the gazetteer lacks or reads in another state: a name
    the text pairs with a state, in a wire dateline (`datelines`, their places: "LETICIA, Colombia, July 8 (Reuters)", "SANTA CRUZ, Bolivia") or
    after a locative word ("in Argyle, St Vincent"), is a town of that state wherever the article writes it ("met ...
    in the border city of Leticia", "in the eastern city of Santa Cruz": not Brazil's)."""
    named: dict[str, Entry] = {}

    def paired(name: str, code: str) -> None:
        found = gaz.scan(name)
        if not any((h.start, h.end) == (0, len(name)) for h in found):
            named.setdefault(name, Entry("city", code, name))   # (or one longer than the name it holds: "Puerto
                                                                # Maldonado, Peru" is no Maldonado of Uruguay)
        elif len(found) == 1 and found[0].best.code != code \
                and all(e.kind in ("city", "capital") for e in found[0].entries):
            own = next((e for e in found[0].entries if e.code == code), None)
            named.setdefault(name, own or Entry("city", code, name))

    for p in datelines:
        if p.basis == DATELINE_BASIS and p.kind == "city":
            paired(p.name, p.country)
    for i, h in enumerate(hits):
        state = h.of_kind("country")
        after = h.end + 1 if "." in h.text and text.startswith(".", h.end) else h.end    # ("U.S." ends with its dot)
        if state is None or not APPOSED_COUNTRY_END.match(text, after) or text.startswith(("'s", "’s"), h.end):
            continue            # (not "In Cairo, U.S. Secretary of State Antony Blinken met ...")
        m = PAIRED_NAME.search(text, max(0, h.start - 80), h.start)
        if m is None or m.group("name").lower() in WEEKDAYS or m.group("name").lower() in MONTHS \
                or (i and hits[i - 1].end > m.start("name") and hits[i - 1].start != m.start("name")):
            continue
        paired(m.group("name"), state.code)
    if not named:
        return hits
    spans = [(m.start(), m.end(), m.group(0), entry) for name, entry in named.items() for m in re.finditer(
        rf"(?<![\w'’-])(?:{re.escape(name)}|{re.escape(name.upper())})(?![\w'’-])", text)]
    found = [h for h in hits if not any(a < h.end and h.start < b for a, b, _, _ in spans)]
    for a, b, written, entry in spans:
        if not any(x.start < b and a < x.end for x in found):
            found.append(Hit(a, b, written, (entry,)))
    found.sort(key=lambda x: x.start)
    return found


def looks_like_place(name: str, gaz: Gazetteer | None = None) -> bool:
    """Whether a name the entity recogniser calls a person is a place ("Vladivostok", "Joint Base
    Elmendorf-Richardson")."""
    gaz = gaz or gazetteer()
    if PLACE_WORDS.search(name):
        return True
    hits = gaz.scan(name)
    return bool(hits) and hits[0].start == 0 and hits[-1].end >= len(name.rstrip(".")) and \
        any(h.of_kind("city", "capital", "venue", "country", "org") for h in hits)


def place_dict(p: Place) -> dict:
    """A place as the event contract writes it."""
    out = {"name": p.name, "country": p.country, "kind": p.kind, "basis": p.basis}
    if p.venue:
        out["venue"] = p.venue
    return out
