"""Bylines run into a line of text, which a scraper that flattens a page leaves between a headline and its story: set
apart so that the headline, the byline and the story are read as what they are. Between bars or runs of spaces ("Yoon,
Xi agree to expand exchanges | By Jung Da-eun | President Yoon Suk Yeol and ..."), or after a single space, where the
byline names a reporter's role and may close with the city the story was filed from ("... critical minerals on agenda
By HT Correspondent, New Delhi Prime Minister Narendra Modi and ...")."""
from __future__ import annotations

import re

from ..records import RemovedLine
from .datelines import PERSON_START

NAME_WORD = r"[A-Z][\w.'’-]+"
BAR_BYLINE = re.compile(rf"(?:\s+[|]\s+|\s{{2,}})(?P<byline>By\s+(?:{NAME_WORD}\s){{0,3}}{NAME_WORD})"
                        r"(?:\s+[|]\s+|\s{2,})")
# (a reporter's role closes the byline: "By HT Correspondent", "By Staff Reporter", "By Our Bureau")
RUN_IN_BYLINE = re.compile(rf"(?<=[a-z0-9.!?'\"”’])\s+(?P<byline>By\s+(?:{NAME_WORD}\s+){{0,3}}"
                           r"(?:Correspondents?|Reporters?|Bureau|Desk|Writers?|Staff|Team|Agencies))"
                           rf"(?:,\s+(?P<city>(?:{NAME_WORD}\s+){{0,2}}?{NAME_WORD})(?=\s+{PERSON_START.pattern}))?\s+"
                           r"(?=[A-Z])")


def bylines_apart(lines: list[str], removed: list[RemovedLine]) -> list[str]:
    """The lines with each byline run into them taken out (recorded in `removed`), and what it stood between set apart
    as paragraphs; the city a run-in byline closes with opens the story as its dateline ("New Delhi — Prime Minister
    ...")."""
    kept: list[str] = []
    for i, line in enumerate(lines, start=1):
        while (m := BAR_BYLINE.search(line) or RUN_IN_BYLINE.search(line)) is not None:
            removed.append(RemovedLine(i, m.group("byline"), "byline"))
            kept += [line[:m.start()], ""]
            city = m.groupdict().get("city")
            line = (f"{city} — " if city else "") + line[m.end():]
        kept.append(line)
    return kept
