"""Versions of one report and the chrome that outlets repeat around their reports.

- **Versions.** An update, a re-download or a syndicated wire copy is the same report under
  another id: two articles are versions of one report when most of the long sentences of the
  shorter one are in the other (`same_report`). Versions are kept, each as its own article, and
  linked in one family (`articles.family`: the smallest id of the family).
- **Chrome.** A line counts as repeated site furniture only if it is short, is no sentence
  ("Share this article", "Live Updates", "Most read"), and appears in articles of one outlet
  whose bodies differ: in `REPEAT_MIN` families, not merely in three versions of one report.
  What the chrome is depends on the whole corpus, so it is settled after each ingest, whatever
  the order in which articles arrived.
"""
from __future__ import annotations

import hashlib
import re

from .boilerplate import is_sentence_like, line_key
from .segment import split_sentences

REPEAT_MIN = 3              # a line in this many different reports of one outlet is chrome
REPEAT_MAX_CHARS = 200      # longer lines are never chrome
SHINGLE_MIN_WORDS = 8       # sentences this long identify a report
SAME_REPORT = 0.5           # share of the shorter report's sentences found in the other


def chrome_candidates(text: str) -> list[str]:
    """Keys of the lines that could be chrome: short and sentence-less."""
    keys = set()
    for line in text.split("\n"):
        if _furniture(line):
            keys.add(line_key(line.strip()))
    return sorted(keys)


def _furniture(line: str) -> bool:
    """A line that could be chrome (short and sentence-less): the page's, not the report's."""
    s = line.strip()
    return bool(s) and len(s) <= REPEAT_MAX_CHARS and not is_sentence_like(s)


def fingerprint(text: str) -> list[str]:
    """Hashes of the report's long sentences, folded (case, punctuation, white space). Lines that
    could be chrome are left out: an outlet's "Sign up now: get our newsletters delivered to your
    inbox" is in all its pages and identifies none (and would make every new page look at all)."""
    out = set()
    for line in text.split("\n"):
        if _furniture(line):
            continue
        for s, e in split_sentences(line, 0, len(line)):
            words = re.findall(r"\w+", line[s:e].lower())
            if len(words) >= SHINGLE_MIN_WORDS:
                out.add(hashlib.blake2b(" ".join(words).encode(), digest_size=8).hexdigest())
    return sorted(out)


def same_report(a: list[str] | set[str], b: list[str] | set[str]) -> bool:
    """Whether two fingerprints are versions of one report."""
    sa, sb = set(a), set(b)
    return same_report_counts(len(sa & sb), len(sa), len(sb))


def same_report_counts(shared: int, n_a: int, n_b: int) -> bool:
    """`same_report` from the number of sentences the two share and the sizes of their fingerprints."""
    if not n_a or not n_b:
        return False
    return shared >= min(2, n_a, n_b) and shared >= SAME_REPORT * min(n_a, n_b)


def chrome_digest(keys: list[str] | set[str]) -> str:
    """One value for the set of chrome lines a text was cleaned of (to tell when it changes)."""
    return hashlib.blake2b(" ".join(sorted(keys)).encode(), digest_size=8).hexdigest() if keys else ""
