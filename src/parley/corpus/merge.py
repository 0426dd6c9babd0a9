from __future__ import annotations


def merge_pending(store) -> int:  # replaced by the real merger
    return 0
