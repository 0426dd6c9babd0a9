"""Where an event happened: a city (with its country) or a country, read from locative phrases.

"in Busan", "in the South Korean city of Busan", "in Vientiane, Laos", "during his visit to
Beijing", "hosted by Asean in Laos", "on the sidelines of APEC in Lima", a dateline
("BEIJING (Reuters) -"). A place counts only after a locative word, so "Beijing said" (the
government) and "Chinese" (a demonym) are not places.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Entry, Gazetteer, Hit, gazetteer

LOCATIVE = re.compile(
    r"(?:\b(?:in|at|to|from|near|inside|outside|across|hosted\s+in|held\s+in|arrived\s+in|landed\s+in|"
    r"visit(?:ed|ing|s)?|trip\s+to|tour\s+of|capital(?:\s+city)?(?:\s+of)?|city\s+of|town\s+of|port\s+of|"
    r"province\s+of|resort\s+(?:town|city)?\s*of|island\s+of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?|,\s+)$")
DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z .'’-]{1,40}?)(?:,\s+[A-Z][\w .]*?)?\s*(?:\((?:[A-Z][\w .]*?)\)|,\s+\w+\.?\s+\d{1,2}\s*\()\s*[-–—_]")


@dataclass(slots=True)
class Place:
    name: str
    country: str
    kind: str               # city | country
    start: int
    end: int
    basis: str              # why this place: "locative phrase", "dateline", "caption" ...

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "kind": self.kind}


def _entry(hit: Hit, country_hint: str | None) -> Entry | None:
    cities = [e for e in hit.entries if e.kind in ("city", "capital")]
    countries = [e for e in hit.entries if e.kind == "country"]
    if countries and not cities:
        return countries[0]
    if cities:
        if country_hint:
            for e in cities:
                if e.code == country_hint:
                    return e
        return cities[0]
    return None


def places_in(text: str, start: int, end: int, gaz: Gazetteer | None = None, hits: list[Hit] | None = None) -> list[Place]:
    """Places named after a locative word in text[start:end], in order; a city followed by its
    country ("Vientiane, Laos") is one place. `hits` may pass the text's gazetteer scan."""
    gaz = gaz or gazetteer()
    hits = gaz.scan(text, start, end) if hits is None else [h for h in hits if start <= h.start and h.end <= end]
    out: list[Place] = []
    for i, h in enumerate(hits):
        before = text[max(start, h.start - 45):h.start]
        if not LOCATIVE.search(before):
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        hint = None
        if nxt and nxt.of_kind("country") and re.fullmatch(r",\s*", text[h.end:nxt.start]):
            hint = nxt.of_kind("country").code
        # "the South Korean city of Busan": the demonym before names the country
        dem = re.search(r"the\s+((?:[A-Z][\w-]*\s+){1,2})(?:city|capital|port|town|resort)\s+of\s+$", before)
        if dem and not hint:
            hint = gaz.country_of_word(dem.group(1).strip())
        e = _entry(h, hint)
        if e is None or (e.kind in ("city", "capital") and hint and e.code != hint and not any(x.code == hint for x in h.entries)):
            continue
        if e.kind in ("city", "capital"):
            out.append(Place(e.name if e.kind == "city" else h.text, e.code, "city", h.start, h.end, "locative phrase"))
        else:
            if out and out[-1].kind == "city" and out[-1].country == e.code and h.start - out[-1].end < 4:
                continue            # "Vientiane, Laos": the country confirms the city
            out.append(Place(e.name, e.code, "country", h.start, h.end, "locative phrase"))
    return out


def dateline_place(text: str, gaz: Gazetteer | None = None) -> Place | None:
    """The place of a wire dateline at the start of the text: "BEIJING (Reuters) -"."""
    gaz = gaz or gazetteer()
    m = DATELINE.match(text)
    if not m:
        return None
    name = m.group("place").strip()
    hits = gaz.scan(name.title() if name.isupper() else name)
    if not hits:
        return None
    e = _entry(hits[0], None)
    if e is None:
        return None
    kind = "city" if e.kind in ("city", "capital") else "country"
    return Place(e.name, e.code, kind, m.start("place"), m.end("place"), "dateline")
