"""Extract stage (issue 4): PLOVER events from one article."""
from __future__ import annotations


def extract_article(article):  # replaced by the real extractor
    return []
