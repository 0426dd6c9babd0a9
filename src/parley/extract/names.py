"""People's names: order, family name, display form, and the folded key that links the spellings
of one name.

- Order: Chinese, Korean and Vietnamese names put the family name first ("Wang Yi", "Moon Jae-in");
  a family name in capitals marks it wherever it stands ("IWAYA Takeshi", "MOON Jae-in"). The
  display form is the one English-language outlets use: "Takeshi Iwaya", "Moon Jae-in".
- Key: diacritics, case, hyphens and the split of given-name syllables folded ("Erdoğan" =
  "Erdogan", "Kim Jong-un" = "Kim Jong Un", "Lee Jae-myung" = "Lee Jae Myung"), and romanisation
  variants of family names and endings mapped to one form ("Yi" = "Lee", "Zelenskyy" = "Zelensky"),
  from `data/romanisation.tsv`.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

# Family names written first (Chinese, Korean, Vietnamese); other names put the family name last.
SURNAME_FIRST = set("""
wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang
feng yu dong xiao cheng cao yuan deng xi qin peng zeng lu su jiang cai jia ding wei xue ye yan pan du dai xia
zhong tian ren fan fang shi yao tan liao zou xiong jin lu hao kong bai cui kang mao qiu qian shao wan gu lai
kim lee park choi jung jeong kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon moon yang ko yi
nguyen tran le pham hoang phan vu vo dang bui do ngo duong ly roh rhee chung ban
""".split())
PARTICLES = {"bin", "bint", "al", "el", "de", "da", "del", "della", "di", "dos", "das", "du", "van", "von", "der",
             "den", "la", "le", "ibn", "abu", "mac", "st", "st.", "ter", "ten", "y"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii", "iv"}
ROMAN = re.compile(r"[IVX]+")           # "Charles III", "Abdullah II": a regnal number stays as written


# letters that no Unicode decomposition takes to Latin ones, as the press writes them without: "Støre" is "Store",
# "Łukasz" "Lukasz", "Đà Nẵng" "Da Nang" (they were dropped: "Støre" was "stre")
UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                              "đ": "d", "Đ": "D", "ß": "ss", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def fold(text: str) -> str:
    """Lower case without diacritics: "Erdoğan" -> "erdogan", "Élysée" -> "elysee", "Støre" -> "store"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    # (an ʻokina or a modifier apostrophe is an apostrophe: "Mataʻafa" = "Mata'afa")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace("ı", "i") \
        .replace("ʻ", "'").replace("ʼ", "'")


_FOLD_CHAR: dict[str, str] = {}


def fold_same_length(text: str) -> str:
    """fold() character by character, keeping every offset (for searching folded forms in text)."""
    if text.isascii():
        return text.lower()
    out = []
    for c in text:
        f = _FOLD_CHAR.get(c)
        if f is None:
            f = fold(c)
            f = _FOLD_CHAR[c] = f[0] if f else c.lower()
        out.append(f)
    return "".join(out)


@lru_cache(maxsize=1)
def _romanisation_rows() -> tuple[tuple[str, str], ...]:
    """The rows of data/romanisation.tsv: (kind, the rest of the line)."""
    text = resources.files("parley.data").joinpath("romanisation.tsv").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t", 1)) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _given_forms() -> dict[str, str]:
    """Given-name variant groups (the first is the key) across transliterations ("Dmytro", "Dmitry"), each form as
    name keys normalise it (`_norm_token`), from data/romanisation.tsv."""
    groups: dict[str, str] = {}
    for kind, value in _romanisation_rows():
        if kind == "given":
            forms = [_norm_token(f) for f in value.split("|") if f]
            for f in forms:
                groups.setdefault(f, forms[0])
    return groups


@lru_cache(maxsize=1)
def _romanisation() -> tuple[dict[str, str], list[tuple[re.Pattern, str]]]:
    """Family-name variant groups (first is the key) and ending rules, from data/romanisation.tsv."""
    groups: dict[str, str] = {}
    endings: list[tuple[re.Pattern, str]] = []
    for kind, value in _romanisation_rows():
        if kind == "family":
            forms = [fold(f) for f in value.split("|") if f]
            for f in forms:
                groups.setdefault(f, forms[0])
        elif kind == "ending":
            pattern, repl = value.split("\t")
            endings.append((re.compile(pattern + "$"), repl))
    return groups, endings


# Names recur across a corpus' articles: the pure functions below keep their answers (bounded).
NAME_CACHE = 1 << 15


ARABIC_ARTICLE = r"(?:al|el|ad|as|ash|at|az|ar|an|es|ed|ez)-"  # "Bashar al-Assad", "Abdel Fattah el-Sissi",
                                                                # "Abdulfettah es-Sisi" (Turkish outlets)
_LEADING_ARTICLE = re.compile(rf"^{ARABIC_ARTICLE}(?=[a-z])")    # "al-Assad" is "Assad"


@lru_cache(maxsize=NAME_CACHE)
def _norm_token(tok: str) -> str:
    t = re.sub(r"[^a-z]", "", _LEADING_ARTICLE.sub("", fold(tok)))
    for rx, repl in _romanisation()[1]:
        t = rx.sub(repl, t)
    return t


def tokens(name: str) -> list[str]:
    """The words of a name as written, without honorifics' dots or a possessive."""
    name = re.sub(r"['’]s$", "", name.strip())
    return [t for t in re.split(r"\s+", name) if t]


PATRONYMIC = {"bin", "bint", "ibn"}
DYNASTY = {"al", "āl"}                  # "Mohamed bin Zayed Al Nahyan": the house, after the father's name
# the ruling houses a Gulf name may close with: of other names, "Al-" opens the family name, which outlets keep ("Fayyad
# bin Hamed Al-Ruwaili", Saudi Arabia's chief of staff, is "Fayyad al-Ruwaili")
RULING_HOUSES = frozenset({"saud", "nahyan", "maktoum", "thani", "khalifa", "sabah", "said", "busaidi", "qasimi",
                           "nuaimi", "sharqi", "mualla"})


def _dynasty_at(toks: list[str]) -> int | None:
    """The index of the house's name that closes a Gulf name ("... bin Zayed Al Nahyan": "Nahyan"),
    which outlets as often leave out: the family key is the father's name before it."""
    if len(toks) >= 5 and toks[-2].lower() in DYNASTY and toks[-4].lower() in PATRONYMIC \
            and fold(toks[-1]) in RULING_HOUSES:
        return len(toks) - 1
    if len(toks) >= 4 and toks[-1].split("-")[0].lower() in DYNASTY and "-" in toks[-1] \
            and toks[-3].lower() in PATRONYMIC and fold(toks[-1].split("-", 1)[1]) in RULING_HOUSES:
        return len(toks) - 1        # "Tamim bin Hamad Al-Thani": the house written with its article
    return None


def _house(word: str) -> str:
    """The folded house of the last word of a Gulf name: "Thani" of "Thani" or "Al-Thani"."""
    return fold(word.split("-", 1)[1] if "-" in word and word.split("-")[0].lower() in DYNASTY else word)


def _house_alone(toks: list[str]) -> str | None:
    """The folded ruling house a name is made of alone ("Al Thani", "Al-Nahyan"), else None."""
    if len(toks) == 2 and toks[0].lower() in DYNASTY and fold(toks[1]) in RULING_HOUSES:
        return fold(toks[1])
    if len(toks) == 1 and "-" in toks[0] and toks[0].split("-")[0].lower() in DYNASTY \
            and fold(toks[0].split("-", 1)[1]) in RULING_HOUSES:
        return fold(toks[0].split("-", 1)[1])
    return None


def family_name(name: str) -> str:
    toks = tokens(name)
    if not toks:
        return name.lower()
    dyn = _dynasty_at(toks)
    if dyn is not None:
        return toks[dyn - (1 if "-" in toks[dyn] else 2)].lower()
    upper = [t for t in toks if t.isupper() and len(t) > 2 and t.replace("-", "").isalpha() and not ROMAN.fullmatch(t)]
    if upper and len(upper) < len(toks):
        return upper[0].lower()
    if len(toks) >= 2 and fold(toks[0]) in SURNAME_FIRST:
        return toks[0].lower()
    rest = [t for t in toks if t.lower().rstrip(".") not in SUFFIXES]
    return (rest or toks)[-1].lower().rstrip(".")


# an initial run into the name it opens ("U.Khurelsukh"), not initials run together ("U.S.", "M.U.M. Ali Sabry")
GLUED_INITIAL = re.compile(r"(?<![\w.])([A-Z])\.(?=[A-Z][a-z])")


def display_name(name: str) -> str:
    """'IWAYA Takeshi' -> 'Takeshi Iwaya'; 'MOON Jae-in' -> 'Moon Jae-in' (the order most
    English-language outlets use); other names as written."""
    toks = tokens(GLUED_INITIAL.sub(r"\1. ", name))
    if len(toks) >= 2 and toks[0].isupper() and len(toks[0]) > 2 and toks[0].replace("-", "").isalpha() \
            and not toks[1].isupper():
        if fold(toks[0]) not in SURNAME_FIRST:
            toks = toks[1:] + [toks[0]]
    # (initials run together stay as written: "M.U.M. Ali Sabry")
    return " ".join(t.capitalize() if t.isupper() and len(t) > 2 and not ROMAN.fullmatch(t) and "." not in t else t
                    for t in toks)


@lru_cache(maxsize=NAME_CACHE)
def name_key(name: str) -> str:
    """The folded key of a name: family name, then the given names run together, romanisation
    variants mapped ("Lee Jae-myung", "LEE Jae Myung", "Yi Jae-myung" -> "lee|jaemyung")."""
    toks = tokens(display_name(name))
    fam = family_name(display_name(name))
    groups = _romanisation()[0]
    fam_n = _norm_token(fam)
    fam_n = groups.get(fam_n, fam_n)
    given = []
    seen_family = False
    dyn = _dynasty_at(toks)
    for i, t in enumerate(toks):
        if i == dyn:
            continue
        if t.lower() == fam and not seen_family:
            seen_family = True
            continue
        if t.lower().rstrip(".") in PARTICLES or t.lower() in SUFFIXES:
            continue
        norm = _norm_token(t.replace("-", ""))
        given.append(_given_forms().get(norm, norm))
    return f"{fam_n}|{''.join(given)}"


@lru_cache(maxsize=1)
def _two_family_names() -> tuple[frozenset[str], frozenset[str]]:
    """(countries whose people carry two family names, given names), from data/two_family_names.tsv."""
    text = resources.files("parley.data").joinpath("two_family_names.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, values = line.split("\t", 1)
            table[kind] = frozenset(fold(v) for v in values.strip().split("|"))
    return frozenset(c.upper() for c in table.get("country", ())), table.get("given", frozenset())


@lru_cache(maxsize=NAME_CACHE)
def key_in_country(name: str, country: str | None) -> str:
    """name_key, but a person of a country of two family names is keyed without the mother's
    ("Ignacio Higueras Hare" as "Ignacio Higueras"), which English-language reports often leave out."""
    countries, given = _two_family_names()
    toks = tokens(name)
    words = [t for t in toks if t.lower() not in PARTICLES and t.lower().rstrip(".") not in SUFFIXES]
    if country in countries and len(words) >= 3 and toks[-1] == words[-1] and toks[-1][:1].isupper() \
            and fold(words[-2]) not in given and not _dynasty_at(toks):
        return name_key(" ".join(toks[:-1]))
    return name_key(name)


def _patronymic_at(toks: list[str]) -> int | None:
    """The index of "bin" / "ibn" in a name that gives the father's name after its own ("Mohammed bin Salman")."""
    return next((i for i, t in enumerate(toks) if i > 0 and t.lower() in PATRONYMIC and i + 1 < len(toks)), None)


def family_alone(name: str) -> str | None:
    """The family name by which a text may name a person alone ("Iwaya"); None for a name with the father's
    ("Mohammed bin Salman": a bare "Salman" is rather his father, King Salman)."""
    return None if _patronymic_at(tokens(name)) is not None else family_name(name)


@lru_cache(maxsize=NAME_CACHE)
def distinctive(name: str) -> frozenset[str]:
    """Folded words of a name that may stand for it alone: the family name, and other words of
    three letters or more that are not particles ("Lula" of "Luiz Inácio Lula da Silva"). Of a name
    with the father's ("Mohammed bin Salman Al Saud"), only the own given names: "Prince Mohammed" is
    he, "King Salman" his father."""
    toks = tokens(name)
    if (p := _patronymic_at(toks)) is not None:
        return frozenset(_norm_token(t) for t in toks[:p] if len(t) >= 3 and t.lower() not in PARTICLES) - {""}
    out = {_norm_token(family_name(name))}
    for t in toks:
        low = t.lower().rstrip(".")
        if len(low) >= 3 and low not in PARTICLES and low not in SUFFIXES and not re.fullmatch(r"[a-z]\.?", low):
            out.add(_norm_token(t))
    return frozenset(out - {""})


def _given_words(name: str) -> list[str]:
    """The given names of a name, each syllable of a hyphenated one apart ("Jae-myung": two)."""
    fam = family_name(display_name(name))
    toks = tokens(display_name(name))
    dyn = _dynasty_at(toks)
    words = [t for i, t in enumerate(toks) if t.lower() != fam and t.lower().rstrip(".") not in PARTICLES
             and t.lower() not in SUFFIXES and not re.fullmatch(r"[A-Za-z]\.?", t) and i != dyn]
    return [w for t in words for w in t.split("-") if w]


@lru_cache(maxsize=NAME_CACHE)
def _name_word(word: str) -> bool:
    """Whether a word may be part of a name: capitalised, not a run of capitals ("MP", "KC") nor a suffix ("Jr")."""
    return word[:1].isupper() and not word.isupper() and word.rstrip(".").lower() not in SUFFIXES


def same_name(a: str, b: str) -> bool:
    """Whether two spellings name one person in an article: the same key, or one is a single
    word that the other's name holds."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    ta, tb = tokens(a), tokens(b)
    if (house := _house_alone(ta) or _house_alone(tb)) is not None:
        # "Al Thani" of "Mohammed bin Abdulrahman Al Thani": the ruling house alone names one of its members
        other = tb if _house_alone(ta) else ta
        return (dyn := _dynasty_at(other)) is not None and _house(other[dyn]) == house
    if len(ta) == 1:
        return _norm_token(ta[0]) in distinctive(b)
    if len(tb) == 1:
        return _norm_token(tb[0]) in distinctive(a)
    fa, fb = ka.split("|", 1), kb.split("|", 1)
    if fa[0] == fb[0] and any(not f[1] and t[0].lower() in ("bin", "ibn", "bint") for f, t in ((fa, ta), (fb, tb))):
        return True             # a family name with its particle alone: "Bin Farhan" of "Faisal bin Farhan Al Saud"
    # "Emanuel Macron" / "Emmanuel Macron", "Joe Biden" / "Joseph R. Biden": one family, given names that agree;
    # a given name of several syllables agrees only as a whole ("Kim Jong Un" is not "Kim Jong Il")
    ga, gb = _given_words(a), _given_words(b)
    single = len(ga) == 1 and len(gb) == 1
    if fa[0] == fb[0] and ((single and (fa[1].startswith(fb[1][:3]) or fb[1].startswith(fa[1][:3])))
                           or fuzz.ratio(fa[1], fb[1]) >= 80):
        return True
    # one leaves out the first of the other's given names: "Tayyip Erdogan" of "Recep Tayyip Erdogan",
    # "Sheinbaum Pardo" of "Claudia Sheinbaum Pardo" (a Spanish name's two family names)
    short, long_ = sorted((ga, gb), key=len)
    if fa[0] == fb[0] and short and len(long_) > len(short) and \
            [fold(w) for w in long_[-len(short):]] == [fold(w) for w in short]:
        return True
    # a name of given and father's names alone, as the Horn of Africa's press writes it: "Hassan Sheikh" of "Hassan
    # Sheikh Mohamud", "Abiy Ahmed" of "Abiy Ahmed Ali" (the one word more closes the longer name)
    # (a name word, not letters after a name: "David Lammy MP" is no fuller name of "David Lammy")
    short_t, long_t = sorted((ta, tb), key=len)
    if len(short_t) >= 2 and len(long_t) == len(short_t) + 1 and _name_word(long_t[-1]) and \
            [_norm_token(t) for t in long_t[:-1]] == [_norm_token(t) for t in short_t]:
        return True
    return sorted(_norm_token(t) for t in ta) == sorted(_norm_token(t) for t in tb)
