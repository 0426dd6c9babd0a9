"""A time budget for the work on one article, checked at the loops of the per-article stage.

Extraction is linear in an article's length, but a pathological input (a 5 MB "sentence" of
comma-joined clauses) may still take minutes. `time_budget(seconds)` sets a deadline for the
current thread; `check()` — called once per parsed sentence, per trigger word and per time
expression — raises `BudgetExceeded` past it, so the article is stored without its events and
with a one-line reason ("extraction stopped after 60 s"), instead of stalling the run.

The deadline belongs to the thread, so the web app's worker thread and a CLI run never share
one. `PARLEY_EXTRACT_BUDGET` (seconds) overrides the default.
"""
from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from typing import Iterator

EXTRACT_BUDGET_S = 60.0

_local = threading.local()


class BudgetExceeded(Exception):
    """The work on one article ran past its time budget."""


def extract_budget() -> float:
    """Seconds allowed for extracting one article's events (PARLEY_EXTRACT_BUDGET overrides)."""
    try:
        value = float(os.environ.get("PARLEY_EXTRACT_BUDGET", EXTRACT_BUDGET_S))
    except ValueError:
        return EXTRACT_BUDGET_S
    return value if value > 0 else EXTRACT_BUDGET_S


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Run the block under a deadline `seconds` from now (nested budgets keep the earlier one)."""
    outer = getattr(_local, "deadline", None)
    mine = time.monotonic() + seconds
    _local.deadline = mine if outer is None else min(outer, mine)
    _local.seconds = seconds if outer is None or mine <= outer else getattr(_local, "seconds", seconds)
    try:
        yield
    finally:
        _local.deadline = outer


def check() -> None:
    """Raise BudgetExceeded when the current thread's deadline has passed (no deadline: no-op)."""
    deadline = getattr(_local, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise BudgetExceeded(f"extraction stopped after its time budget of {getattr(_local, 'seconds', 0):g} s "
                             f"(PARLEY_EXTRACT_BUDGET)")
