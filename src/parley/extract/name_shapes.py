"""The shapes of people's names as the mention patterns read them: honorifics and particles, the capitalised words
that are never part of a name, the letters of any Latin script, and whether a word before a name is someone else's
given name ("his son Hunter Biden")."""
from __future__ import annotations

import re

from .gazetteer import gazetteer
from .names import ARABIC_ARTICLE
from .titles import leading_rank, titles

# (and Malaysian and Bruneian styles: "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin"; Bhutan's minister and
# prime minister: "Lyonpo D.N. Dhungyel", "Lyonchhen Tshering Tobgay"; the clerical styles of Afghanistan and Pakistan:
# "Mullah Mohammad Hassan Akhund", "Maulana Fazlur Rehman"; Cambodia's: "Samdech Moha Borvor Thipadei Hun Manet",
# "Samdech Techo Hun Sen")
# (and the styles of heads of state: "His Majesty King Abdullah II", "His Highness Sheikh Mohamed", "H.E. Mahama", KCNA's
# "Respected Comrade Kim Jong Un"; the Gulf press's "H E Sheikh Mohammed", "HE Dr Subrahmanyam Jaishankar", in capitals
# before a name)
HONORIFIC = (r"(?:Mr|Ms|Mrs|Miss|Dr|Madam|Mme|Sir|Dame|Prof|H\.E\.|H\.M\.|H\.H\.|H\.R\.H\.|Sheikh|Sheikha|Shaikh|"
             r"(?-i:(?:H\s?E|HH|HRH)(?=\s+[A-Z][a-z]))|"
             r"(?:[Tt]he\s+)?(?-i:Hon(?:ourable|orable)?)|"
             r"Prince|Princess|(?:(?:Dear\s+)?Respected\s+)?Comrade|"
             r"(?:(?:His|Her|Their)\s+)?(?:Royal\s+)?(?:Majesty|Highness|Excellency)|"
             r"(?-i:Datuk\s+Seri|Dato['’]?\s+S(?:e)?ri|Tan\s+Sri|Datuk|Dato['’]?|Tun|Shri|Shrimati|Smt|Lyonpo|Lyonchhen|"
             r"Dasho|Mullah|Mawlawi|Maulvi|Maulana|Samdech(?:\s+Moha\s+Borvor\s+Thipadei|\s+Akka\s+Moha\s+Sena\s+Padei\s+Techo|"
             r"\s+Techo|\s+Moha)?))\.?")


PARTICLE = r"(?:bin|bint|al|el|Al|El|de|da|del|della|di|dos|das|du|van|von|der|den|la|le|ibn|abu|mac|st\.?)"


HONORIFIC_RX = re.compile(HONORIFIC, re.I)


# the networks officials post on, no person ("Maduro said on X, formerly Twitter, they had a productive meeting")
PLATFORMS = "Twitter|Telegram|Facebook|Instagram|WeChat|Weibo|YouTube|TikTok|WhatsApp|LinkedIn|Bluesky|Threads"

# Capitalised words that start sentences or name other things, never part of a person's name.
NOT_NAME = (PLATFORMS + "|"

    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    "August|September|October|November|December|The|This|That|These|Those|In|On|At|He|She|It|They|We|His|Her|"
    "Their|But|And|Or|As|If|While|After|Before|When|Since|According|Also|However|Both|Mr|Ms|Mrs|Dr|Hon|Honourable|"
    "Honorable|Foreign|Minister|"
    # words that open a sentence before a comma ("Meanwhile, the US president, Joe Biden, and Xi have begun")
    "Meanwhile|Meantime|Separately|Earlier|Later|Additionally|Moreover|Furthermore|Nevertheless|Nonetheless|Instead|"
    "Elsewhere|Yesterday|Today|Previously|Notably|Indeed|Overall|"
    "President|Premier|Prime|Chancellor|Secretary|State|Defense|Defence|"
    # the bodies a title word also begins ("General Assembly", "General Motors", "Commander Forces Command")
    "Assembly|Council|Committee|Commission|Command|Forces|Staff|Secretariat|Headquarters|Conference|Motors|"
    "Electric|Dynamics|Ministry|Department|Office|Agency|Congress|Parliament|Senate|Court|Armed|Army|Navy|"
    # (the last word of a ministry's name: "at the Ministry of Foreign Affairs, the Russian minister said")
    "Affairs|Relations|"
    # time zones of bylines ("4:21 PM UTC", "10:02 GMT")
    "UTC|GMT|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|HKT|SGT|AEST|AEDT|MSK|WIB|PKT"
)


# Words a headline in title case capitalises after a name ("PM Modi To Meet Xi Jinping On Sunday"), never a later word
# of a person's name (but a first one: "To Lam")
NOT_NAME_AFTER = "To|For|With|From|Amid|Over|Into|Against|Ahead|During|Without|Via|Vs"


# a capital, then letters of any Latin script ("Erdoğan", "Radosław", "Plenković", "Çavuşoğlu", "Ólafur")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"


LOWER = r"a-zß-öø-ÿā-žșțơưạ-ỹ"


# (a word may end in the apostrophe of a transliterated ayn where the name goes on: "Mohammed Shia' Al-Sudani")
# a family name of a prefix and a capital: "LeBlanc", "McDonald", "DeSantis", "MacArthur", "DiMaio"
INNER_CAPITAL = r"(?:Mc|Mac|Le|La|De|Di|Du|Da|Fitz)[" + UPPER + r"][" + LOWER + r"]+"


NAME_SHAPE = (r"(?:(?:" + ARABIC_ARTICLE + r")?(?:" + INNER_CAPITAL + r"|[" + UPPER + r"][" + LOWER + r"]+)"
              r"(?:[-'’ʻʼ](?!s\b)[" + UPPER + LOWER + r"]+)*"     # ("Mataʻafa": a Samoan glottal stop, an ʻokina)
              r"(?:['’](?=\s+[" + UPPER + r"]))?"
              r"|[" + UPPER + r"]{2,}(?:-[" + UPPER + r"]+)?"
              # initials run together before a name ("M.U.M. Ali Sabry"), not a state's ("U.S. Secretary")
              r"|(?!(?:U\.S|U\.K|U\.N|E\.U|U\.A\.E)\.)(?:[A-Z]\.){2,4}(?=\s+[A-Z][a-z])|[A-Z]\.)")


def name_pattern(state_words: str) -> str:
    """A person's name as the mention patterns read it: up to four capitalised words (particles
    between), none of them a word of NOT_NAME; after the first, none a name of a state either
    (`state_words`, a regex: countries, demonyms, capitals), so that "Wang Japan must..." reads
    "Wang" — while "Israel Katz" and "Santiago Peña" keep their given names."""
    # (an initial run into the name it opens: "U.Khurelsukh", "L.Oyun-Erdene", as Mongolian outlets write them)
    first = rf"(?!(?:{NOT_NAME})\b)(?:[A-Z]\.(?=[{UPPER}][{LOWER}]))?{NAME_SHAPE}"
    then = rf"(?!(?:{NOT_NAME}|{NOT_NAME_AFTER}|{state_words})\b){NAME_SHAPE}" if state_words else \
        rf"(?!(?:{NOT_NAME}|{NOT_NAME_AFTER})\b){NAME_SHAPE}"
    # (the words of a name are never a paragraph apart: "... with President Al-Sisi" / "Published: 25 Jun")
    return rf"{first}(?:{WS1}(?:{PARTICLE}{WS1}){{0,2}}{then}){{0,3}}"


PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person", "they": "group",
            "them": "group", "their": "group"}


MONTH_AND_DAY_WORDS = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())


WS1 = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"     # white space within a paragraph (at most one line break)


# a dash between spaces, which no name holds: it parts a byline's or a headline's pieces ("Reporter at Agência Brasil -
# Belém")
SPACED_DASH = re.compile(r"\s[-–—]\s")
# a nickname in quotes inside a name, and the rest of the name after it: 'Ferdinand "Bongbong" Marcos Jr.', 'Luiz Inacio
# "Lula" da Silva'
NICKNAME_THEN = re.compile(r'[^\S\n]+["“‘\'][A-Z][\w-]+["”’\'][^\S\n]+(?P<rest>(?:(?:da|de|dos|do|van|von|bin|al)[^\S\n]+)?'
                           r"[A-Z][\w'’-]+(?:[^\S\n]+(?:Jr\.?|Sr\.?|[A-Z][\w'’-]+)){0,2})")
HONORIFIC_BEFORE = re.compile(rf"(?<![\w-])(?i:{HONORIFIC})\s+")


def given_name_before(text: str, start: int) -> bool:
    """Whether a family name is written after another given name, itself after a word in lower case ("since Bill
    Clinton met Hafez al-Assad", "his son Hunter Biden"): someone else of that family. Not after a title or a run of
    capitalised words ("First Lady Jill Biden", a credit "Lukas Coch" run into the text), which tell nothing."""
    m = given_word_before(text, start)
    if m is None or not m.group(0).endswith(" "):
        return False
    return bool(re.search(r"(?:^|\s)[a-z][\w’'-]*\s+$", text[max(0, start - 80):start - len(m.group(0))] + " "))


def other_given_name(text: str, start: int) -> bool:
    """Whether a known family name is written after a given name of someone else's within a sentence
    ("first lady Jill Biden", "his son Hunter Biden"): not the known official. A word that opens a
    sentence, a title, honorific or state name is no given name ("When Biden", "President Biden")."""
    return given_word_before(text, start) is not None


def given_word_before(text: str, start: int) -> re.Match | None:
    """The word before `start` (with the space after it) where it may be a given name within a sentence
    (`other_given_name`), else None."""
    window = text[max(0, start - 40):start]
    m = re.search(rf"(?<![\w.’'-])([{UPPER}][{LOWER}]+)\s$", window)
    if not m or re.fullmatch(rf"(?:{NOT_NAME}|{HONORIFIC})\.?", m.group(1)) or titles()[0].fullmatch(m.group(1)) \
            or leading_rank().match(m.group(1)) or gazetteer().country_of_word(m.group(1)):
        return None
    before = window[:m.start()].rstrip(" \t\"“‘'(")
    return m if before and before[-1] not in ".!?:;\n—–-" else None
