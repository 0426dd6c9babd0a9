"""JSON as the store keeps it: what the store writes and reads back (articles, candidates, events,
people). orjson encodes several times and decodes about twice as fast as the standard library,
and on a large merge that is seconds: every candidate of the blocks concerned is decoded, every
event fused anew is encoded. Text is kept as it is (UTF-8, no escapes: `ensure_ascii=False`), so
SQLite's JSON functions read the same values; the separators carry no spaces."""
from __future__ import annotations

from typing import Any

import orjson

_OPTIONS = orjson.OPT_NON_STR_KEYS        # (keys that are not strings are written as strings, as json does)


def dumps(value: Any) -> str:
    return orjson.dumps(value, option=_OPTIONS).decode()


def dump_bytes(value: Any) -> bytes:
    return orjson.dumps(value, option=_OPTIONS)


loads = orjson.loads
