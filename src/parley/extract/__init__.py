"""Extract stage of the per-article pipeline: PLOVER events with actors, dates, places, issues
and evidence (see assemble.py for the article-level logic, events.py for sentences)."""
from __future__ import annotations

from .assemble import extract_article
from .candidate import Candidate

__all__ = ["extract_article", "Candidate"]
