"""Where scraped articles carry their publication date and place: date header lines, byline
blocks and wire ledes.

- A **date prefix** glued to the text: an archive's "date 2023-04-06 On a state visit to ...",
  "April 17, 2024 02:40 am | Updated 02:40 am IST - Beijing" before the first sentence. The date
  goes to the date finder, the text stays.
- A **byline block**: a short line that is a date with its furniture ("By A. Writer Posted : June 3,
  2024, 09:12 Updated : June 3, 2024, 11:40", "Updated 5:36 a.m. ET, November 14, 2022",
  "Mar 20, 2023 / 05:11 PM IST", "February 28, 2025 at 12:58 p.m. EST"). The posted date wins
  over an update.
- A **wire lede**: "PARIS, 22 January 2025 (Reuters) -", "PARIS, Jan 22 (Reuters) -",
  "Osaka, Japan, May 7 (Kyodo)--", "MOSCOW (Sputnik - 21st March, 2023)", "New Delhi, Aug 18:".
  Its place is where the report was filed; its date may lack the year, which then comes from other
  evidence, never from today.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..time.numeric import BEFORE_YEAR, MONTH_NAMES, NUMERIC_DATE, _M

_ORD = r"(?:st|nd|rd|th)?"
_WD = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_YEAR = r"(?:19|20)\d{2}"
# A full date: "November 14, 2022", "Feb 07,2024", "14 November 2022", "21st March, 2023", "14.Nov.2022",
# "14 - March - 2025", "2022-11-14", "11/14/2022", "18-08-2025", "2023-04-14 20:52:47", "June, 20/2024" (Viet Nam News).
_SEP = r"(?:\s*[.\-/]\s*|\s)"      # between a day, a month's name and a year: "14.Nov.2022", "14 - March - 2025"
FULL_DATE = (rf"(?:{_M}\s+\d{{1,2}}{_ORD}{BEFORE_YEAR}{_YEAR}|\d{{1,2}}{_ORD}\s+(?:of\s+)?{_M}{BEFORE_YEAR}{_YEAR}"
             rf"|\d{{1,2}}{_SEP}{_M}{_SEP}{_YEAR}|{_YEAR}-\d{{2}}-\d{{2}}|{_YEAR}/\d{{1,2}}/\d{{1,2}}"
             rf"|{_YEAR}\.\d{{1,2}}\.\d{{1,2}}|{_M},\s*\d{{1,2}}/{_YEAR}"
             rf"|(?<!\d)\d{{1,2}}[/.]\d{{1,2}}[/.](?:{_YEAR}|\d{{2}})|(?<!\d)\d{{1,2}}-\d{{1,2}}-{_YEAR})")
# A day and month without the year: "Jan 22", "22 January", "April 14", "Sept. 4", "19-Jun" (CGTN's).
MONTH_DAY = rf"(?:{_M}\s+\d{{1,2}}{_ORD}|\d{{1,2}}{_ORD}(?:\s+|-){_M})(?![\w.,]*\s*,?\s*{_YEAR})"
CLOCK = r"\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
ZONE = r"(?-i:[A-Z]{2,4}T?|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?"
LABEL = (r"(?:date[d]?|status|stand|published|posted|updated|last\s+updated|first\s+published|publication\s+date|"
         r"released|issued|modified|time|edited|created)")
# The furniture that may surround a date in a byline block.
_FURNITURE = re.compile(
    rf"\b{LABEL}\b\s*(?:on|at)?\s*:?|\bby\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){{0,5}}|{CLOCK}|\b{ZONE}\b|"
    rf"\b{_WD}|\b(?:today|yesterday|ago|min(?:ute)?s?|hours?|read|at|on|and|et|the)\b|[|/•·,:;()\[\]–—-]+|\d+",
    re.IGNORECASE)
FULL_DATE_RE = re.compile(FULL_DATE, re.IGNORECASE)
# a page's stamp anywhere in its text, the label and its colon just before the date: "Published: 17 November  Updated:
# 18 November" (a one-line page's header, run into its first sentence): the page's dates, never an event's
STAMP_BEFORE = re.compile(r"\b(?:published|posted|updated|last\s+updated|first\s+published|modified)\s*:\s*$",
                          re.IGNORECASE)
UPDATED_BEFORE = re.compile(r"\b(?:updated|modified|last\s+updated)\b\s*(?:on|at)?\s*:?\s*$", re.IGNORECASE)
# a header line that gives the date of a revision ("Updated - June 02, 2023 10:15 am IST"), not of publication
UPDATED_LINE = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)

# "date 2023-04-06 ", "April 17, 2024 02:40 am | Updated 02:40 am IST - Beijing " in front of text
DATE_PREFIX = re.compile(
    rf"^\s*(?:{LABEL}\s*:?\s*)?(?:{_WD},?\s+)?(?P<date>{FULL_DATE})(?:[\s,|/–—-]*(?:at\s+)?(?:{CLOCK})(?:\s*{ZONE})?)?"
    rf"(?:\s*\|?\s*(?:updated|modified)\s*:?\s*(?:{CLOCK})?(?:\s*{ZONE})?(?:\s*[-–—]\s*[A-Z][a-z]+)?)?\s+",
    re.IGNORECASE)

_LETTERS = r"A-Za-zÀ-ÿ.'’ -"       # (letters with accents: "Abidjan (Côte d'Ivoire), 13/03/2025 -")
# (two places of a report filed from both: "Berlin/Paris, Feb 16 (AP)")
_PLACE = rf"[A-ZÀ-Þ][{_LETTERS}]{{1,40}}?(?:/[A-ZÀ-Þ][{_LETTERS}]{{1,40}}?)?"
_REGION = rf"[A-ZÀ-Þ][{_LETTERS}]{{1,30}}?"
# the months of the Hijri calendar as Gulf agencies write them before the Gregorian date
_HIJRI_MONTH = (r"(?:Muharram|Safar|Rabi[’']?\s?(?:al-|Al-)?(?:Awwal|Thani|Akhir|I{1,2})|Jumad[ae]\s?(?:al-|Al-)?"
                r"(?:Ula|Awwal|Akhirah|Thani|Akhir|I{1,2})|Rajab|Sha[’']?ban|Ramadan|Shawwal|Dhu\s?al-(?:Qi[’']?dah|Hijjah))")
_AGENCY = r"[A-Za-z][\w .&'’/-]{0,40}?"
# "SYDNEY –", "BALI, Indonesia --", "WASHINGTON —", "New Delhi:" (a place alone before a dash)
# the words a person's name or title opens with, which no place does: "Mr Biden — who met Xi in Lima — said ..."
PERSON_START = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr|Prof|Sir|Dame|Madam|Sen|Rep|Gov|Gen|President|Prime|Premier|Minister|"
                          r"Secretary|Chancellor|King|Queen|Prince|Princess|Sheikh|Emir|Pope)\b\.?")
PLACE_ALONE = re.compile(rf"^(?P<place>{_PLACE})(?:,\s+(?P<region>{_REGION}))?\s*(?:[–—]|--|-(?=\s)|:(?=\s+[A-Z]))\s*")
LEDE_PATTERNS = [
    # "PARIS, 22 January 2025 (Reuters) -", "Havana, April 14 (RHC) -", "SANTIAGO, 12 Jun (EFE).-" (EFE's),
    # "New Delhi, Aug 18:", "Beijing, 6 November 2023 (TDI):",
    # "Nusa Dua (Indonesia), Nov 14 (PTI)", ANI's "New Delhi [India], January 25 (ANI):"
    re.compile(rf"^(?P<place>{_PLACE})(?:,\s+(?P<region>{_PLACE})|\s+[(\[](?P<region_in>{_PLACE})[)\]])?,\s+(?:{_WD},?\s+)?"
               rf"(?P<date>{FULL_DATE}|{MONTH_DAY})"
               rf"\s*(?:\((?P<agency>{_AGENCY})\)\.?)?\s*(?:[-–—_:]+|(?=(?-i:[A-Z])))\s*", re.IGNORECASE),
    # "Riyadh, Rajab 14, 1445, January 26, 2024, SPA --": the Hijri date first, the agency after the date
    re.compile(rf"^(?P<place>{_PLACE}),\s+(?:{_HIJRI_MONTH}\s+\d{{1,2}},?\s+1[34]\d\d,\s+)?(?P<date>{FULL_DATE}),\s+"
               rf"(?P<agency>(?-i:[A-Z]{{2,8}}))\s*[-–—_:]+\s*", re.IGNORECASE),
    # "MOSCOW (UrduPoint News / Sputnik - 21st March, 2023)"
    re.compile(rf"^(?P<place>{_PLACE})(?:,\s+(?P<region>{_PLACE}))?\s*\((?P<agency>{_AGENCY})\s*[-–—,]\s*"
               rf"(?P<date>{FULL_DATE}|{MONTH_DAY})\)\s*[-–—_:]*\s*", re.IGNORECASE),
    # "BEIJING (AP) --", "MADRID (EFE).-", "JOINT BASE ELMENDORF-RICHARDSON, Alaska (AP) —", "ERBIL (Kurdistan24) –",
    # AFP's "Belem (Brazil) (AFP) –"
    re.compile(rf"^(?P<place>{_PLACE})(?:,\s+(?P<region>{_PLACE})|\s+[(\[](?P<region_in>{_PLACE})[)\]])?"
               rf"\s*\((?P<agency>{_AGENCY})\)\.?\s*[-–—_:]+\s*"),
    PLACE_ALONE,
    # "MOSCOW, February 22. /TASS/.", "VIENTIANE, July 25. /TASS/." (the agency between slashes)
    re.compile(rf"^(?P<place>{_PLACE}),\s+(?P<date>{FULL_DATE}|{MONTH_DAY})\.?\s*/(?P<agency>[A-Za-z-]{{2,12}})/\.?\s*",
               re.IGNORECASE),
    # "WASHINGTON, AUGUST 8, ARMENPRESS. Prime Minister ..." (the agency in capitals after the date, then a full stop)
    re.compile(rf"^(?P<place>{_PLACE}),\s+(?P<date>{FULL_DATE}|{MONTH_DAY}),\s+(?P<agency>(?-i:[A-Z]{{2,12}}))\.\s+"
               rf"(?=[A-Z])", re.IGNORECASE),
]


# a dateline on a line of its own, with its agency after the day and month: "Baku, May 10, AZERTAC"
DATELINE_LINE = re.compile(rf"(?P<place>{_PLACE}),\s+(?P<date>{MONTH_DAY}),?\s+(?P<agency>(?-i:[A-Z]{{2,10}}))\.?",
                           re.IGNORECASE)


@dataclass(slots=True)
class Lede:
    place: str
    region: str | None
    date: str | None
    agency: str | None
    end: int                   # where the lede ends in the paragraph


def lede(paragraph: str) -> Lede | None:
    """The wire dateline at the start of a paragraph, if there is one."""
    for rx in LEDE_PATTERNS:
        m = rx.match(paragraph)
        if not m:
            continue
        place = m.group("place").strip()
        if len(place.split()) > 5 or place.lower() in ("but", "and", "the", "in", "on", "as", "by"):
            continue
        if rx is PLACE_ALONE and PERSON_START.match(place) and not (
                place.isupper() or m.group("region") or paragraph[m.end() - 2:m.end()].strip() == ":"):
            continue                # "Mr Biden — ..." is not a dateline; "SYDNEY –", "BALI, Indonesia --", "Rabat -" are
        gd = m.groupdict()
        region = (gd.get("region") or gd.get("region_in") or "").strip() or None
        return Lede(place, region, gd.get("date"), gd.get("agency"), m.end())
    return None


# a wire dateline run into what a one-line page puts before it ("... Devdiscourse News Desk | Washington DC WASHINGTON,
# Aug 25 (Reuters) - U.S. President ..."): its place in capitals, its agency in parentheses, then a dash
INNER_LEDE = re.compile(rf"(?<=\s)(?P<place>(?-i:[A-Z][A-Z.'’-]{{2,}}(?:\s+[A-Z][A-Z.'’-]+){{0,3}}))"
                        rf"(?:,\s+(?P<region>{_REGION}))?,\s+(?P<date>{FULL_DATE}|{MONTH_DAY})\s*"
                        rf"\((?P<agency>{_AGENCY})\)\s*(?:[-–—]+|_)\s", re.IGNORECASE)
INNER_LEDE_REACH = 600      # how far into a paragraph such a dateline is looked for


def inner_lede(paragraph: str) -> Lede | None:
    """A wire dateline inside the first characters of a paragraph, where no dateline opens it."""
    m = INNER_LEDE.search(paragraph, 0, INNER_LEDE_REACH)
    if m is None:
        return None
    return Lede(m.group("place").strip(), (m.group("region") or "").strip() or None, m.group("date"),
                m.group("agency"), m.end())


def split_date_prefix(line: str) -> tuple[str, str] | None:
    """(date part, text) for a date glued in front of the article's text: "date 2023-04-06 On a
    state visit ...". None when the line does not start with a date or is only a date."""
    m = DATE_PREFIX.match(line)
    if not m:
        return None
    rest = line[m.end():].strip()
    if len(re.findall(r"[A-Za-z]{2,}", rest)) < 6:
        return None                 # a short date line (with an outlet or label): a date line, not text
    return line[:m.end()].strip(), rest


def byline_date(line: str) -> str | None:
    """The date of a short byline/date block, or None when the line says more than a date does.
    The first date not introduced by "Updated" is the publication date."""
    if len(line) > 220:
        return None
    dates = list(FULL_DATE_RE.finditer(line))
    if not dates:
        return None
    rest = FULL_DATE_RE.sub(" ", line)
    rest = _FURNITURE.sub(" ", rest)
    words = re.findall(r"[A-Za-z]{2,}", rest)
    if len(words) > 6:
        return None
    chosen = next((i for i, d in enumerate(dates) if not UPDATED_BEFORE.search(line[:d.start()])), 0)
    d = dates[chosen]
    if NUMERIC_DATE.fullmatch(d.group(0)):
        # "Published on 07/11/2023 - 10:02": a numeric date with what stands beside it up to the next date (its clock,
        # time zone or weekday tell which of its two readings it is: time.numeric)
        start = dates[chosen - 1].end() if chosen else 0
        end = dates[chosen + 1].start() if chosen + 1 < len(dates) else len(line)
        return line[start:end].strip()
    return d.group(0)


# "... pipeline Published 05 Mar 2024 Share this ...", "... By Jane Doe March 5, 2024 NAIROBI —": the
# byline of an article that arrived as one long line, inside its first paragraph
# (France 24's "Issued on: 05/06/2025 - 18:42")
INLINE_BYLINE = re.compile(rf"(?:\b(?:published|posted|issued|dated?)\s*(?:on\s*)?:?\s*(?:on\s+)?|"
                           rf"\bBy\s+(?:[A-Z][\w.'’-]+\s+){{1,4}}(?:[|,/–—-]\s*)?)(?P<date>{FULL_DATE})",
                           re.IGNORECASE)
# a date just before a wire dateline, as a one-line scrape runs an outlet's name, its date and the lede together:
# "Maduro, Ali pledge to avoid conflict — Caribbean News 15-12-2023 ARGYLE, St Vincent — Venezuelan ..."
DATE_BEFORE_DATELINE = re.compile(rf"(?P<date>{FULL_DATE})\s+(?-i:[A-Z][A-Z.'’-]{{2,}}(?:\s+[A-Z][A-Z.'’-]+)*),",
                                  re.IGNORECASE)
# a date stamped with its clock, as a one-line scrape runs the title, the outlet, its time stamp and the lede together:
# "... first trip to neighbour MercoPress, March 9th 2024 - 09:21 UTC Argentine Foreign Minister ...", "... AFP Sun,
# January 14, 2024 at 6:02 PM GMT+1 Chinese Foreign Minister ..."
DATE_WITH_CLOCK = re.compile(rf"(?P<date>{FULL_DATE})\s*(?:[-–—|,]\s*|at\s+)?\d{{1,2}}:\d{{2}}(?!\d)"
                             rf"(?:\s*(?:[ap]\.?m\.?|UTC|GMT|[A-Z]{{2,4}}\b))?", re.IGNORECASE)
# what every full date holds, its year or a numeric date's last part (the patterns of a full date are tried at every
# character, this one at digits)
YEARISH = re.compile(rf"{_YEAR}|\d[/.]\d{{1,2}}[/.]\d\d")
INLINE_BYLINE_REACH = 300       # characters from a paragraph's start a byline may lie within
# (or from its end, where a byline closes a one-line scrape: "... Advertisement By Staff Writer | 18 October 2024")
BYLINE_AT_END = re.compile(rf"(?-i:\bBy\s+(?:[A-Z][\w.'’-]+\s+){{1,4}})(?:[|,/–—-]\s*)?(?P<date>{FULL_DATE})\W*$",
                           re.IGNORECASE)


# a wire service's transmission stamp at a story's foot, day, hour and minute, then month and a two-digit year: dpa's
# "160921 Apr 24" (16 April 2024, 09:21), over its slug of desk codes, "dpa fr/cp xxzz n1 ap"
WIRE_STAMP = re.compile(rf"(?P<day>[0-3]\d)(?:[0-2]\d)(?:[0-5]\d)\s+(?:GMT\s+|UTC\s+)?(?P<month>{_M})\s+(?P<year>\d\d)",
                        re.IGNORECASE)
WIRE_SLUG = re.compile(r"(?:dpa|afp|ap|rtr|ansa|efe)(?:\s+[a-z0-9]{1,4}(?:/[a-z0-9]{1,4})*){1,6}")


def wire_stamp_date(line: str) -> str | None:
    """The date of a line that is a wire transmission stamp alone (`WIRE_STAMP`), written out ("16 Apr 2024")."""
    m = WIRE_STAMP.fullmatch(line.strip())
    if not m or not 1 <= int(m.group("day")) <= 31:
        return None
    return f"{int(m.group('day'))} {m.group('month')} 20{m.group('year')}"


# the patterns of a dated byline at a paragraph's start, each with a cheaper one that each of its matches holds (a
# full date's last digit on), tried first
HEAD_BYLINES = (
    (INLINE_BYLINE, YEARISH),
    (DATE_BEFORE_DATELINE, re.compile(r"\d\s+[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*,")),
    (DATE_WITH_CLOCK, re.compile(r"\d\s*(?:[-–—|,]\s*|at\s+)?\d{1,2}:\d{2}(?!\d)", re.IGNORECASE)),
)


def inline_byline(paragraph: str) -> re.Match | None:
    """A byline or "Published" label with its date near the start of a paragraph (or the date a one-line scrape
    gives just before its dateline, or a byline that closes it)."""
    head = paragraph[:INLINE_BYLINE_REACH]
    if YEARISH.search(head):
        for rx, clue in HEAD_BYLINES:
            if clue.search(head) and (found := rx.search(head)):
                return found
    tail = max(0, len(paragraph) - INLINE_BYLINE_REACH)
    return BYLINE_AT_END.search(paragraph, tail) if YEARISH.search(paragraph, tail) else None


def byline_date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the dates of bylines inside paragraphs: the report's date, never an event's."""
    out = []
    for m in re.finditer(r"(?:^|\n)(?=\S)", text):
        found = inline_byline(text[m.end():])
        if found:
            out.append((m.end() + found.start("date"), m.end() + found.end()))     # (with a time stamp's clock)
    return out


def stamped(text: str, start: int) -> bool:
    """Whether a date at `start` follows a page's stamp label ("Updated: 18 November")."""
    return bool(STAMP_BEFORE.search(text, max(0, start - 24), start))


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of "April 14", "22 January", "Sept. 4", "19-Jun"."""
    m = re.match(rf"\s*(?:({_M})\s+(\d{{1,2}})|(\d{{1,2}}){_ORD}(?:\s+|-)({_M}))", text, re.IGNORECASE)
    if not m:
        return None
    name, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    mo = MONTH_NAMES.get(name.lower().rstrip("."))
    d = int(day)
    return (mo, d) if mo and 1 <= d <= 31 else None
