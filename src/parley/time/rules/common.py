"""What the rules of every family share: regex fragments of numbers, days and years, and the
builders' readers of numbers, months, years, units and modifiers."""
from __future__ import annotations

import re

from ..lexicon import MONTHS, NUMBERS, NUMWORD_RX, UNITS


def num(word: str | None) -> float | None:
    if word is None:
        return None
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w in NUMBERS:
        return NUMBERS[w]
    try:
        return float(w.replace(",", ""))
    except ValueError:
        return None


def month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def year_of(word: str) -> int:
    w = word.strip("'’")
    if not w[:1].isdigit():                  # a spelled year
        parts = re.split(r"[\s-]+", w.lower())
        if parts[0] == "nineteen":
            return 1900 + sum(NUMBERS[p] for p in parts[1:])
        return 2000 + sum(NUMBERS[p] for p in parts[2:] if p != "and")
    n = int(w)
    if len(w) == 2:
        return n + (1900 if n >= 30 else 2000)
    return n


def unit_code(unit: str) -> tuple[str, bool]:
    """TIMEX3 duration letter of a unit, and whether it is a time unit (PT...)."""
    u = unit.lower().rstrip("s")
    if u in ("centurie", "century"):
        return "CE", False
    code = UNITS[u]
    return code, u in ("second", "minute", "hour")


def duration(n: float | None, unit: str) -> str:
    code, is_time = unit_code(unit)
    lead = "PT" if is_time else "P"
    if code == "DE":
        return f"P{int(n * 10)}Y" if n is not None else "PXDE"
    if code == "CE":
        return f"P{int(n * 100)}Y" if n is not None else "PXCE"
    if code == "WE":
        return f"P{int(n * 2) if n else 2}D" if n is not None else "PXWE"
    if n is None:
        return f"{lead}X{code}"
    if n != int(n):
        whole = int(n)
        half = ("30", "S") if is_time and code == "M" else \
            {"Y": ("6", "M"), "D": ("12", "H"), "H": ("30", "M"), "M": ("15", "D"), "W": ("3", "D")}.get(code)
        if half and abs(n - whole - 0.5) < 1e-9:
            if code == "D":
                return f"P{whole}DT12H" if whole else "PT12H"
            if code == "H":
                return f"PT{whole}H30M" if whole else "PT30M"
            return f"{lead}{whole}{code}{half[0]}{half[1]}" if whole else f"{lead}{half[0]}{half[1]}"
        return f"{lead}{n:g}{code}"
    return f"{lead}{int(n)}{code}"


UNIT_RX = r"(?:second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
NUM_RX = rf"(?:\d+(?:[.,]\d+)?|(?:{_TENS})[\s-]+(?:{_UNITS})\b|{NUMWORD_RX})"
DAY_RX = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RX = r"(?:1[89]\d\d|20\d\d)"
# Broadcast transcripts spell years out: "nineteen ninety-four", "two thousand", "two thousand and one".
NINETEEN_RX = rf"nineteen[\s-]+(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?"
SPELLED_YEAR_RX = (rf"(?:{NINETEEN_RX}"
                   rf"|two[\s-]+thousand(?:(?:\s+and)?[\s-]+(?:{_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen))?)")
ANY_YEAR_RX = rf"(?:{YEAR_RX}|{SPELLED_YEAR_RX})"
YEAR_OK = r"(?![\d,.]\d)(?!\s*(?:%|percent|per\s+cent|troops|soldiers|people|dollars|tons|tonnes|barrels|feet|meters|metres|km|miles|members|workers|employees|jobs|shares|units|cars|cases|deaths))"
# a year that is part of a name ("the Horizon 2047 roadmap", "Vision 2030", "Agenda 2063", "Expo 2025"): no date
NAMED_YEAR = "".join(f"(?<!{w} )" for w in ("Vision", "Horizon", "Agenda", "Expo", "Strategy", "Roadmap", "Programme",
                                               "Program", "Olympics", "Cup"))
EDGE = r"(?:early|mid|late|the\s+end\s+of|end|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)"
EDGE_MOD = {"early": "START", "mid": "MID", "late": "END", "end": "END", "the end of": "END", "the beginning of": "START",
            "the start of": "START", "the middle of": "MID", "the first half of": "START", "the second half of": "END"}


def edge_mod(word: str | None) -> str | None:
    if not word:
        return None
    return EDGE_MOD.get(re.sub(r"[\s-]+", " ", word.lower()).strip())


def approx_mod(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower())
    return {"about": "APPROX", "some": "APPROX", "roughly": "APPROX", "around": "APPROX", "nearly": "LESS_THAN",
            "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
            "at most": "EQUAL_OR_LESS", "more than": "MORE_THAN", "over": "MORE_THAN",
            "at least": "EQUAL_OR_MORE", "just": None, "only": None}.get(w)
