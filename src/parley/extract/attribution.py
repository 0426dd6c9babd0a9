"""Who reports a statement: "according to a readout of the talks issued by the Chinese Foreign
Ministry", "..., the Japanese foreign ministry said", "a Chinese readout", "Kyodo news agency
reported". "The statement said" points back to the last statement named in the article."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer, gazetteer

DOC = r"(?:readouts?|statements?|reports?|transcripts?|summar(?:y|ies)|press\s+releases?|communiqu[eé]s?|briefings?)"
SOURCE = r"(?P<src>(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}?(?:[A-Za-z’'.-]+\s+){0,3}?(?:[Mm]inistry(?:\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?|[Oo]ffice|[Dd]epartment|[Gg]overnment|[Ss]ide|[Aa]gency|[Pp]ress|[Kk]remlin|White\s+House|Xinhua|Kyodo|Yonhap|Reuters|AFP|AP|TASS|[Rr]eadout|[Ss]tatement|[Ee]mbassy|[Ss]pokes(?:man|woman|person)(?:\s+[A-Z][\w-]+){0,3}|media|outlets?|broadcaster|newspaper|television|TV))"
ACCORDING = re.compile(rf"\baccording\s+to\s+(?:(?:a|the|an)\s+)?(?:(?:[A-Z][\w-]*\s+){{0,3}}{DOC}\s+(?:of\s+the\s+(?:talks|meeting|call|conversation)\s+)?(?:(?:issued|released|published|posted)\s+)?(?:by|from)\s+)?{SOURCE}")
ACCORDING_DOC = re.compile(rf"\baccording\s+to\s+(?P<src>(?:a|the|an)\s+(?:[A-Z][\w-]*\s+){{1,4}}{DOC})")
SAID_AFTER = re.compile(rf"[,”\"]\s*{SOURCE}\s+(?:said|says|reported|added|stated|announced)\b")
SAID_BEFORE = re.compile(rf"(?:^|[.;]\s+){SOURCE}\s+(?:said|says|reported)\b")
READOUT = re.compile(rf"\b(?:a|the)\s+(?P<src>(?:[A-Z][\w-]*\s+){{1,3}}{DOC})\b")


@dataclass(slots=True)
class Source:
    name: str
    country: str | None
    kind: str               # readout | statement | ministry | media | person | unknown
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "kind": self.kind}


AGENCY_COUNTRY = {"kyodo": "JPN", "nhk": "JPN", "xinhua": "CHN", "cctv": "CHN", "global times": "CHN",
                  "yonhap": "KOR", "kcna": "PRK", "tass": "RUS", "ria": "RUS", "irna": "IRN", "anadolu": "TUR",
                  "bernama": "MYS", "antara": "IDN", "pti": "IND", "ani": "IND", "ukrinform": "UKR"}
IT_SAID = re.compile(r"^(?:It|They)\s+(?:also\s+)?(?:said|added|noted)\b")


def _country(text: str, gaz: Gazetteer) -> str | None:
    low = text.lower()
    for agency, code in AGENCY_COUNTRY.items():
        if re.search(rf"\b{agency}\b", low):
            return code
    for h in gaz.scan(re.sub(r"['’]s\b", "", text)):
        e = h.of_kind("country", "demonym", "capital", "metonym")
        if e:
            return e.code
        if h.of_kind("org"):
            return h.of_kind("org").code
    return None


def _source(phrase: str, start: int, gaz: Gazetteer) -> Source:
    p = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.I).strip(" ,")
    low = p.lower()
    kind = ("readout" if "readout" in low else "statement" if re.search(r"statement|communiqu|release|transcript", low)
            else "ministry" if re.search(r"ministry|department|office|government|side|embassy|kremlin|white house|spokes", low)
            else "media" if re.search(r"agency|media|xinhua|kyodo|yonhap|reuters|afp|\bap\b|tass|newspaper|broadcaster|tv|television|press", low)
            else "unknown")
    country = _country(p, gaz)
    name = p[0].upper() + p[1:] if p else p
    # "Japan's Foreign Ministry" -> "Japanese Foreign Ministry"
    m = re.match(r"([A-Z][\w.]*(?:\s+[A-Z]\w+)?)['’]s\s+(.*)$", name)
    if m and m.group(1).lower() in AGENCY_COUNTRY:
        m = None
    if m and country and gaz.demonym_of.get(country):
        name = f"{gaz.demonym_of[country]} {m.group(2)}"
    name = re.sub(r"\b(foreign|ministry|readout|statement|side|government|department)\b", lambda x: x.group(1).title(), name)
    return Source(name, country, kind, start, start + len(phrase))


def sources_in(sentence: str, offset: int = 0, gaz: Gazetteer | None = None) -> list[Source]:
    """Attributions in one sentence, with absolute offsets."""
    gaz = gaz or gazetteer()
    out: list[Source] = []
    it = IT_SAID.match(sentence)
    if it:
        out.append(Source("the statement", None, "backref", offset, offset + it.end()))
    for rx in (ACCORDING, ACCORDING_DOC, SAID_AFTER, SAID_BEFORE):
        for m in rx.finditer(sentence):
            phrase = m.group("src")
            if re.fullmatch(r"(?:the\s+)?(?:statement|readout|report)", phrase.strip(), re.I):
                out.append(Source("the statement", None, "backref", offset + m.start("src"), offset + m.end("src")))
                continue
            if not re.search(r"[A-Z]", phrase):
                continue
            out.append(_source(phrase, offset + m.start("src"), gaz))
    if not out:
        for m in READOUT.finditer(sentence):
            if _country(m.group("src"), gaz):
                out.append(_source(m.group("src"), offset + m.start("src"), gaz))
    # drop overlapping duplicates
    seen: list[Source] = []
    for s in sorted(out, key=lambda s: (s.start, -(s.end - s.start))):
        if not any(s.start < t.end and t.start < s.end for t in seen):
            seen.append(s)
    return seen
