"""The rows of Parley's data files (src/parley/data/*.tsv): tab-separated, "#" opens a comment line."""
from __future__ import annotations

from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The fields of each line of data/`name` but comments and blank lines."""
    text = resources.files("parley.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
