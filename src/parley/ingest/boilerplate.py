"""Boilerplate removal for scraped article text.

General rules, not site-specific ones:
- whole-line site chrome: calls to action, subscription and notification prompts, comment
  widgets, breadcrumbs, share bars, separators;
- credits: photo credits, "Via AP news wire", "X contributed to this report", bylines;
- publisher appeals written in the outlet's own voice ("we", "our", "your support");
- chrome repeated around an outlet's different reports (given by the caller: ingest/versions.py);
- header lines carrying the publication date are taken out and handed to the date finder.

Scrapers often cut a sentence where a link was: "... Beijing's anger over Tokyo's decision /
to release treated water ...". Such fragments are joined back before short, unpunctuated lines
are judged, so no sentence of the news body is lost. Every removed line is kept with its reason.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ..data_files import rows
from ..records import RemovedLine
from .bylines import bylines_apart
from .datelines import BYLINE_AT_END, DATELINE_LINE, WIRE_SLUG, byline_date, split_date_prefix, wire_stamp_date
from .pubdate import foreign_date

# a heading alone on its line over links to other stories: the headlines under it are theirs
RELATED_HEADING = re.compile(r"^(?:read more|more to read|related(?: articles| stories| news| coverage)?|recommended"
                             r"(?: stories)?|more from [\w ]{1,30}|more stories|also read|read also|read next|"
                             r"you may (?:also )?like|most (?:read|popular|viewed))\W*$", re.IGNORECASE)
# where a page flattened onto one line runs from the story into its share bar or its links to other stories, after a
# full stop: "... coordinating with Qatar. Share this: Facebook Twitter Related Posts Egypt, Saudi Arabia discuss ..."
INLINE_TAIL = re.compile(r"[.!?][\"”’'»)]*(\s+)(?:Share this(?: article| story| post)?\s*:|"
                         r"Related (?:Posts|Articles|Stories|News|Coverage|Content)\b|(?:Read|See) [Mm]ore\s*:|"
                         r"(?:Also [Rr]ead|Read [Aa]lso|Read [Nn]ext)\s*:|You [Mm]ay [Aa]lso [Ll]ike\b|"
                         r"Recommended (?:for [Yy]ou|[Ss]tories|[Aa]rticles)\b|More [Ss]tories\b)")
TERMINAL_RE = re.compile(r"[.!?…][\"”’'»)\]]*$")
BULLET = re.compile(r"^\s*(?:[•●▪◦·*]|[-–—](?=\s))\s*")

# Whole lines of site chrome. Matched case-insensitively against the stripped line.
_CHROME = [
    r"sign ?up\b.*\b(newsletter|inbox|free|now|today|alerts?)\b",
    r"^sign ?up( now| today| here)?\W*$",
    r"\bnewsletters?\b.*\b(inbox|delivered|subscribe|sign ?up)\b",
    r"^(subscribe|subscribers?)\b",
    r"\bsubscribe (now|today|here|to (our|the))\b",
    r"^follow( us| topic| this topic| the author)?\W*(on \w+)?\W*$",
    r"^follow (us|topic|@)",
    r"^leave a (comment|reply)\W*$",
    r"^(\d+\s+)?comments?\W*$",
    r"\bakismet\b",
    r"learn how your comment data is processed",
    r"^your (support|donation|contribution)\b",
    r"^thank you for (registering|subscribing|reading|signing up|your support)",
    r"please refresh (the|your) (page|browser)",
    r"^stay up to date\b",
    r"\bnotifications? (can|will) be managed\b",
    r"\bbrowser (preferences|settings)\b",
    r"^(read|see|view|show|load) (more|full story|comments|all)\b",
    r"^(related|recommended|more from|more on this|most (read|popular|viewed)|trending|you may (also )?like|"
    r"editor'?s picks|top stories|latest news|also read|read also|read next)\b\W*",
    r"^(advertisement|advert|sponsored( content)?|promoted|ad)\W*$",
    r"^share( this( article| story)?| on| via)?\W*$",
    r"^share (this|on|via)\b",
    r"^(click|tap) here\b",
    r"^(download|get) (the|our) .{0,20}app\b",
    r"^(all rights reserved|copyright\b|©)",
    r"\bcookies?\b.*\b(accept|consent|policy|settings)\b",
    r"^(log ?in|sign ?in|register|create (an|a free) account)\b",
    r"^(already (a subscriber|have an account)|unlock (this|unlimited)|this (article|content) is (for|only available to) subscribers)",
    r"^(listen to (this|the) (article|story)|\d+\s*min(ute)?s? read)\W*$",
    r"^(topics?|tags?|filed under|categories)\s*:",
    r"^(back to top|skip to (main )?content|jump to)\b",
    r"^(print|e-?mail|facebook|twitter|whatsapp|linkedin|telegram|reddit|copy link)(\s*[|·/,]\s*\w+)*\W*$",
    r"^we (use|value) (cookies|your privacy)",
    r"^(donate|support (us|our journalism|independent journalism))\b",
    r"^(get|try) (unlimited|full) access\b",
    r"\bis (on|available on) (whatsapp|telegram)\b",
    r"^(open|continue) in (the )?app\b",
    r"^(previous|next) (article|story|post)\b",
    r"^(report an error|corrections? policy|editorial standards)\b",
]
CHROME = re.compile("|".join(f"(?:{p})" for p in _CHROME), re.IGNORECASE)

def _agencies() -> str:
    """The names of data/agencies.tsv as one alternation, longest first (and in capitals: "REUTERS", "XINHUA")."""
    names = {row[0].strip() for row in rows("agencies.tsv")}
    names |= {n.upper() for n in names}
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))) + ")"


AGENCIES = _agencies()
# A photo credit that stands alone on a line (the line above it is a caption).
PHOTO_CREDIT_LINE = re.compile(
    rf"^\s*(?:(?:photo|image|picture|photograph)s?(?:\s+credit)?\s*[:/|-]\s*.{{1,60}}"
    rf"|\(?(?:AP|AFP|Reuters|EPA) Photo[^)]*\)?"
    rf"|{AGENCIES}\s*/\s*[\w .'-]+(?: via {AGENCIES})?"
    rf"|{AGENCIES} via Getty Images"
    rf"|file photo)\W*$",
    re.IGNORECASE,
)
# A source credit on its own line: "Via AP news wire", "REUTERS", "Source: Xinhua".
SOURCE_CREDIT_LINE = re.compile(
    rf"^\s*(?:via {AGENCIES}(?: news ?wire| news)?|{AGENCIES}|(?:source|credit)s?\s*:\s*.{{1,60}})\W*$",
    re.IGNORECASE,
)
# A credit at the end of a caption line: "... July 26, 2024. REUTERS/Chalinee Thirasupa", "... Photo: Kyodo"
CAPTION_CREDIT = re.compile(
    rf"(?:\s+|(?<=[.!?]))(?:(?:photo|image|picture|photograph)s?\s*:\s*[\w .,'/&-]{{1,60}}"
    rf"|\(?(?:AP|AFP|Reuters|EPA) Photo/[^)]*\)?"
    rf"|{AGENCIES}\s*/\s*[A-Z][\w .'-]{{1,60}}"
    rf"|\(?(?:photo|image) (?:by|courtesy of) [\w .'-]{{1,60}}\)?"
    rf"|{AGENCIES} via Getty Images)\s*$",
    re.IGNORECASE,
)
# Wire credits at the end of a body paragraph: "... Foreign Ministry. REUTERS"
TRAILING_AGENCY = re.compile(r"(?<=[.!?\"”])\s+(REUTERS|AFP|AP|XINHUA|KYODO|BLOOMBERG|BERNAMA|YONHAP|ANI|PTI|IANS|TASS)\s*$")
CONTRIBUTOR = re.compile(
    r"(contributed (to )?(this )?(report|story|reporting)|^\(?(additional )?(reporting|writing|editing|compiled) by\b"
    r"|^(written|words|reporting|story) by\b|^\(?\s*(editing|edited) by\b)",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^(by|words by|written by|text by)\s+[A-Z][\w.'-]+(\s+(and\s+)?[A-Z][\w.'-]+){0,4}\s*(,.{0,60})?$", re.IGNORECASE)
BREADCRUMB = re.compile(r"(\s[»›>|/]\s.*){2,}|^home\s*[»›>|/]")
BYLINE_START = re.compile(r"^\s*by\s+[A-Z]", re.IGNORECASE)
SEPARATOR = re.compile(r"^[\W_]{1,}$")
# a place in capitals alone on its line, as some outlets set their dateline ("COLOMBO", "NEW DELHI"); not a section's
# label in capitals, which stays left out (the place, if it is one, is read by extract.places)
PLACE_ALONE = re.compile(r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,2}")
SECTION_LABELS = frozenset("""
WORLD NATION NATIONAL LOCAL REGION REGIONAL ASIA EUROPE AFRICA AMERICAS MIDDLE POLITICS BUSINESS ECONOMY OPINION
ANALYSIS EDITORIAL COMMENT COLUMN EXCLUSIVE BREAKING LIVE UPDATE UPDATED WATCH VIDEO VIDEOS PHOTOS GALLERY LISTEN
PODCAST NEWS LATEST DIPLOMACY INTERNATIONAL DEFENCE DEFENSE SECURITY SPORT SPORTS FEATURE FEATURES INTERVIEW EXPLAINER
ADVERTISEMENT SPONSORED PREMIUM SUBSCRIBERS TOP STORIES STORY MORE READ ALSO RELATED TRENDING HOME SHARE
""".split())
# a paragraph that opens with a dateline of its own ("Washington (CNN) —", "BEIJING, Nov 3 (Reuters) -")
OWN_DATELINE = re.compile(r"[^.!?\n]{1,60}?(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--|-\s)")

# Publisher voice: pronouns of the outlet speaking to its readers, outside quotations.
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]{20,}’")
# ("US" in capitals is the country: "US Secretary of State Antony Blinken")
FIRST_PLURAL = re.compile(r"\b((?i:we|our|ours)|us|Us)\b")
SECOND_PERSON = re.compile(r"\b(you|your)\b", re.IGNORECASE)
PUBLISHER_WORDS = re.compile(
    r"\b(journalism|journalists|reporters|reporting|newsroom|donat\w*|subscri\w*|paywalls?|readers|"
    r"independent journalism|membership|advertis\w+|newsletter|podcast|documentary)\b",
    re.IGNORECASE,
)

JOIN_WORDS = {
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but",
    "over", "into", "about", "as", "that", "than", "their", "its", "his", "her", "this", "these",
    "those", "whose", "which", "who", "nor", "between", "against", "after", "before", "under",
    "through", "during", "without", "within", "amid", "among", "via", "per", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "said",
    "told", "says", "our", "your", "my",
}
# a body opening with a wire dateline: a city in capitals, then a date or an agency ("MOSCOW, March 14.", "KYIV,
# Ukraine (AP) —", "BEIJING (Reuters) -")
WIRE_OPENING = re.compile(r"(?:[A-Z][A-Z.'’-]+\s+){0,2}[A-Z][A-Z.'’-]{2,}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
                          r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b|\s*\()")
NAME_TOKEN = re.compile(r"^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\.?$|^[A-Z]\.$|^[A-Z]{2,}$")
HEADER_LABEL = re.compile(
    r"^\s*(date|dated|status|stand|published|posted|updated|last updated|first published|publication date|"
    r"released|issued|modified|time)\b\s*[:\-–]?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
DATEISH = re.compile(
    rf"^\s*(?:{WEEKDAYS},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS},?\s+\d{{4}}|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{4}}([/.])\d{{1,2}}\1\d{{1,2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})(?:[\s,|–-]+.{{0,40}})?$",
    re.IGNORECASE,
)
TIMEISH = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hrs?|h|gmt|utc|est|edt|cst|pst|bst|cet|jst|kst|sgt|hkt|ist)?\b", re.IGNORECASE)
WIRE_PREFIX = re.compile(r"^([A-Z][A-Z&.'-]+(?: [A-Z][A-Z&.'-]+){0,3}):\s+(?=[A-Z])")


def line_key(text: str) -> str:
    """Normalised hash of a line, used to count lines repeated across an outlet's articles."""
    norm = re.sub(r"\W+", " ", text.lower()).strip()
    return hashlib.blake2b(norm.encode(), digest_size=8).hexdigest()


@dataclass(slots=True)
class Block:
    text: str
    line: int                  # first source line (1-based)
    kind: str = "body"
    blank_before: bool = False


@dataclass(slots=True)
class Cleaned:
    paragraphs: list[tuple[str, str]] = field(default_factory=list)   # (text, kind)
    removed: list[RemovedLine] = field(default_factory=list)
    date_lines: list[tuple[str, str]] = field(default_factory=list)   # (text, where) for the date finder
    captions: list[str] = field(default_factory=list)
    title: str | None = None
    outlet_hints: list[tuple[str, str]] = field(default_factory=list)  # (outlet, basis)


# a numeric date that ends a line, with a full stop after it
NUMERIC_DATE_STOP = re.compile(r"(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\.$")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text)


def is_sentence_like(text: str) -> bool:
    t = text.rstrip()
    return bool(TERMINAL_RE.search(t)) and len(_words(t)) >= 6 or holds_sentences(t)


# a whole article on one line, cut off or closed by chrome ("... the oil pipeline. Read more: Subscribe"):
# a full sentence inside, then more text
# (also one closed by a year or a quotation: "... talks with him since 2018. Beth Rigby ...", "... 'transcend
# differences". Read more")
INNER_SENTENCE = re.compile(r"(?:[a-z]{2,}|\d{4})[\"”’']?[.!?][\"”’']?\s+[A-Z]")


PAGE_WORDS = 80


def holds_sentences(text: str) -> bool:
    return len(_words(text)) >= 25 and bool(INNER_SENTENCE.search(text))


def holds_page(text: str) -> bool:
    """Whether a block holds an article's worth of sentences (80 words or more, and three sentences that end inside it):
    no caption, whatever credit closes it."""
    return len(_words(text)) >= PAGE_WORDS and len(INNER_SENTENCE.findall(text)) >= 3


def looks_like_name(text: str) -> bool:
    toks = text.split()
    return 2 <= len(toks) <= 4 and all(NAME_TOKEN.match(t) for t in toks) and not text.isupper()


APPEAL_WORDS = 150      # a publisher's appeal is a short paragraph; a longer block is a report (one told on one line)


def publisher_voice(text: str) -> bool:
    if len(_words(text)) > APPEAL_WORDS:
        return False
    outside = QUOTED.sub(" ", text)
    we = len(FIRST_PLURAL.findall(outside))
    you = len(SECOND_PERSON.findall(outside))
    words = len(PUBLISHER_WORDS.findall(outside))
    return (we >= 2 and words >= 1) or (we >= 1 and you >= 1 and words >= 1) or (you >= 2 and words >= 2)


def _unwrap_hard_wrapped(lines: list[str]) -> list[str] | None:
    """Text hard-wrapped at a fixed width (e.g. 72 columns): join lines within blank-line blocks."""
    long = [l for l in lines if len(l.strip()) >= 40]
    if len(long) < 6:
        return None
    widths = sorted(len(l.rstrip()) for l in long)
    p80 = widths[int(0.8 * (len(widths) - 1))]
    near = sum(1 for w in widths if p80 - 15 <= w <= p80 + 2)
    unpunct = sum(1 for l in long if not TERMINAL_RE.search(l.rstrip()))
    if p80 > 100 or near < 0.6 * len(long) or unpunct < 0.5 * len(long):
        return None
    out: list[str] = []
    buf: list[str] = []
    for l in lines:
        if not l.strip():
            if buf:
                out.append(" ".join(buf))
                buf = []
            out.append("")
        else:
            buf.append(l.strip())
    if buf:
        out.append(" ".join(buf))
    return out


def clean_text(text: str, *, title: str | None = None, repeated: frozenset[str] | set[str] = frozenset(),
               outlet: str | None = None) -> Cleaned:
    out = Cleaned(title=title)
    raw_lines = text.split("\n")
    unwrapped = _unwrap_hard_wrapped(raw_lines)
    lines = unwrapped if unwrapped is not None else raw_lines
    title_key = line_key(title) if title else None

    def drop(b: Block, reason: str) -> None:
        out.removed.append(RemovedLine(b.line, b.text, reason))

    lines = bylines_apart(lines, out.removed)

    # 1. Lines to blocks; drop whole-line chrome, credits and date headers.
    blocks: list[Block] = []
    blank = True
    in_appeal = False
    in_links = False        # under a heading of links to other stories, until a line that is no headline
    for i, raw in enumerate(lines, start=1):
        s = raw.strip()
        if not s:
            blank = True
            continue
        prefix = split_date_prefix(s)
        if prefix:
            # "date 2023-04-06 On a state visit to ...": the date is a header, the text stays
            out.date_lines.append((prefix[0], "header"))
            out.removed.append(RemovedLine(i, prefix[0], "date line"))
            s = prefix[1]
        b = Block(s, i, blank_before=blank)
        blank = False
        low = s.lower()
        header = HEADER_LABEL.match(s)
        if header and (DATEISH.match(header.group("rest")) or re.match(r"\s*\d", header.group("rest"))):
            out.date_lines.append((s, "header"))
            rest = re.sub(r"^\s*\d{4}-\d{2}-\d{2}\s*", "", header.group("rest"))
            if rest and looks_like_outlet(rest):
                out.outlet_hints.append((rest.strip(), "date header line"))
            drop(b, "date line")
            continue
        if stamp := wire_stamp_date(s):
            out.date_lines.append((stamp, "header"))      # ("160921 Apr 24" at a dpa story's foot: its day)
            drop(b, "wire transmission stamp")
            continue
        if WIRE_SLUG.fullmatch(s):
            drop(b, "wire slug")
            continue
        if DATEISH.match(s) and len(_words(s)) <= 12:
            out.date_lines.append((s, "header"))
            drop(b, "date line")
            continue
        if len(_words(s)) <= 8 and not s.endswith((".", "?", "!")) and foreign_date(s):
            out.date_lines.append((s, "header"))     # "Mardi 26 mars 2024", "Sabtu, 11 Januari 2025 | 15:20 WIB"
            drop(b, "date line")
            continue
        # "Reuters, June 10, 2025", "New Delhi, 5 August 2024": an outlet or place, then a date
        lead = re.match(r"^(?P<who>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}),\s+(?P<rest>.+)$", s)
        if lead and len(_words(s)) <= 10 and DATEISH.match(lead.group("rest")) and not s.endswith((".", "?", "!")):
            out.date_lines.append((lead.group("rest"), "header"))
            if looks_like_outlet(lead.group("who")):
                out.outlet_hints.append((lead.group("who"), "date header line"))
            drop(b, "date line")
            continue
        # (a line may end in a numeric date and a full stop: "By Hungary Today | 2024.01.26."; but "The trip was
        # announced on Sunday, 23 February 2025." is a sentence)
        dated = byline_date(s) if not is_sentence_like(NUMERIC_DATE_STOP.sub(r"\1", s)) else None
        if dated:
            # "By A. Writer Posted : June 3, 2024, 09:12 Updated : ...", "Mar 20, 2023 / 05:11 PM IST"
            out.date_lines.append((dated, "header"))
            drop(b, "byline" if BYLINE_START.match(s) else "date line")
            continue
        if title_key and line_key(s) == title_key:
            drop(b, "title repeated in text")
            continue
        if BREADCRUMB.search(s) and len(_words(s)) <= 25 and not s.endswith((".", "?", "!")):
            drop(b, "breadcrumb")
            continue
        if SEPARATOR.match(s):
            drop(b, "separator")
            continue
        if PHOTO_CREDIT_LINE.match(s):
            # a photo credit under a line marks that line as its caption
            if blocks and blocks[-1].kind == "body" and not blocks[-1].text.endswith(":"):
                blocks[-1].kind = "caption"
            drop(b, "photo credit")
            continue
        if SOURCE_CREDIT_LINE.match(s):
            agency = re.search(AGENCIES, s)
            if agency:
                out.outlet_hints.append((agency.group(0), "source credit line"))
            drop(b, "source credit")
            continue
        if CONTRIBUTOR.search(s) and len(_words(s)) <= 25:
            drop(b, "contributor credit")
            continue
        if BYLINE.match(s):
            drop(b, "byline")
            continue
        if in_links and not TERMINAL_RE.search(s) and len(_words(s)) <= 16:
            drop(b, "related link")     # "Read more" / "Zelenskiy, Trump clash in Oval Office ...": another story's
            continue
        in_links = bool(RELATED_HEADING.match(s))
        if CHROME.search(s) and (len(_words(s)) <= 30 or low.startswith(("your support", "this site uses"))):
            m = re.search(r"\bfrom (the [A-Z][\w ]+|[A-Z][\w]+(?: [A-Z][\w]+)*)\s*$", s)
            if m:
                out.outlet_hints.append((m.group(1), "site notice"))
            if low.startswith(("your support", "your donation", "your contribution")):
                in_appeal = True
            drop(b, "call to action / site notice")
            continue
        if in_appeal and (publisher_voice(s) or FIRST_PLURAL.search(QUOTED.sub(" ", s))):
            drop(b, "publisher appeal")
            continue
        in_appeal = False
        if publisher_voice(s):
            drop(b, "publisher appeal")
            continue
        if repeated and len(s) <= 200 and line_key(s) in repeated:
            drop(b, "repeated across different reports of this outlet")
            continue
        blocks.append(b)

    # 2. Join fragments that a scraper split where a link or emphasis was.
    joined: list[Block] = []
    for b in blocks:
        if joined and _should_join(joined[-1], b, opening=len(joined) == 1):
            prev = joined[-1]
            prev.text = f"{prev.text} {b.text}"
            continue
        joined.append(b)

    # 3. Judge what is left: captions, titles, labels, headings, standfirsts, body.
    body_started = False
    dateline: tuple[int, str] | None = None     # a place alone on its line, for the first paragraph (PLACE_ALONE)
    for idx, b in enumerate(joined):
        s = b.text
        bullet = BULLET.match(s)
        if bullet and len(s) > bullet.end():
            s = s[bullet.end():]
        credit = CAPTION_CREDIT.search(s)
        if credit and b.kind != "caption" and holds_page(s[:credit.start()]):
            # (a whole article on one line that ends with its photo's credit is no caption: "... He is expected to
            # visit Estonia and Latvia as well. Read also: ... Photo: President's Office")
            out.removed.append(RemovedLine(b.line, credit.group(0).strip(), "photo credit after the text"))
            s = b.text = s[:credit.start()].rstrip()
            credit = None
        elif credit and b.kind != "caption":
            b.kind = "caption"
        if b.kind == "caption":
            if credit:
                out.removed.append(RemovedLine(b.line, credit.group(0).strip(), "photo credit in caption"))
                s = s[:credit.start()].rstrip()
            if s:
                out.captions.append(s)
                out.date_lines.append((s, "caption"))
                out.paragraphs.append((s, "caption"))
            continue
        tail = INLINE_TAIL.search(s)
        if tail:
            # (a byline that closes the page stays, for the date finder: "... Advertisement By Staff Writer | 18 October
            # 2024")
            byline = BYLINE_AT_END.search(s, tail.start(1))
            cut = s[tail.start(1):byline.start() if byline else len(s)].strip()
            out.removed.append(RemovedLine(b.line, cut, "share bar or related links in the line"))
            s = s[:tail.start(1)] + (" " + byline.group(0) if byline else "")
        m = TRAILING_AGENCY.search(s)
        if m:
            out.removed.append(RemovedLine(b.line, m.group(1), "agency credit"))
            out.outlet_hints.append((m.group(1).title() if m.group(1) != "AP" else "AP", "agency credit"))
            s = s[:m.start()].rstrip()
        sentence = is_sentence_like(s)
        nwords = len(_words(s))
        if not sentence:
            if looks_like_name(s) and nwords <= 4:
                drop(b, "byline (a name on its own line)")
                continue
            if not body_started:
                if out.title is None and nwords >= 4 and not bullet:
                    out.title = s
                    out.removed.append(RemovedLine(b.line, s, "title (kept as the article title)"))
                    continue
                if DATELINE_LINE.fullmatch(s):
                    out.date_lines.append((s, "header"))        # (its day and month: ingest.pubdate)
                    drop(b, "dateline")
                    continue
                if PLACE_ALONE.fullmatch(s) and not bullet and not set(re.split(r"\s+", s)) & SECTION_LABELS:
                    # "COLOMBO" on its own line over the first paragraph: its dateline, kept at its start as wire
                    # ledes are ("COLOMBO — External Affairs Minister ...": extract.places reads its place)
                    dateline = (b.line, s)
                    continue
                if nwords < 8 and not bullet:
                    drop(b, "section label")
                    continue
                out.paragraphs.append((s, "standfirst"))
                continue
            if nwords <= 15 and not s.endswith((",", ";")):
                out.paragraphs.append((s, "heading"))
                continue
            out.paragraphs.append((s, "body"))
            continue
        if bullet and not body_started:
            out.paragraphs.append((s, "standfirst"))
            continue
        body_started = True
        w = WIRE_PREFIX.match(s)
        if w and not out.outlet_hints:
            out.outlet_hints.append((w.group(1), "wire prefix"))
        if dateline is not None and not OWN_DATELINE.match(s):     # (a paragraph with a dateline of its own keeps it)
            s, dateline = f"{dateline[1]} — {s}", None
        elif dateline is not None:
            out.removed.append(RemovedLine(dateline[0], dateline[1], "section label"))
            dateline = None
        out.paragraphs.append((s, "body"))
    if dateline is not None:
        out.removed.append(RemovedLine(dateline[0], dateline[1], "section label"))
    return out


def _should_join(a: Block, b: Block, opening: bool = False) -> bool:
    """Whether `b` goes on the sentence `a` breaks off (`opening`: `a` is the text's first block)."""
    at, bt = a.text.rstrip(), b.text.lstrip()
    if a.kind != "body" or b.kind != "body":
        return False
    if TERMINAL_RE.search(at) or at.endswith((":", ";")) or BULLET.match(bt):
        return False
    if WIRE_OPENING.match(bt):
        return False        # "... Kremlin says" / "MOSCOW, March 14. /TASS/. ...": a headline, then the body's dateline
    if opening and b.blank_before and _headline_over(at, bt):
        return False        # "Biden and Xi hold final talks before Trump takes over" over its lede, which names them
    first = bt[:1]
    last_word = at.split()[-1] if at.split() else ""
    if first.islower():
        return True
    return last_word in JOIN_WORDS or last_word.endswith(",")


HEADLINE_MAX_WORDS = 20
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def _headline_over(head: str, lede: str) -> bool:
    """Whether a short first paragraph is the headline of the paragraph after it, which names again every name it
    names but its first word, or two or more of its names and more than half of them, its first word counted ("Carney,
    Sheinbaum pledge closer partnership as trade war with Washington drags on" over "Prime Minister Mark Carney and
    Mexican President Claudia Sheinbaum unveiled ..."): a sentence that a scraper broke off goes on with other words."""
    if len(_words(head)) > HEADLINE_MAX_WORDS:
        return False
    capitalised = [w for w in CAPITALISED.findall(head) if w.lower() not in JOIN_WORDS]
    names, in_lede = set(capitalised[1:]), set(CAPITALISED.findall(lede))
    repeated = set(capitalised) & in_lede
    return bool(names) and (names <= in_lede or len(repeated) >= 2 and 2 * len(repeated) > len(set(capitalised)))


def looks_like_outlet(text: str) -> bool:
    t = text.strip()
    return 1 <= len(t.split()) <= 6 and t[:1].isupper() and not TIMEISH.search(t) and not re.search(r"\d", t)
