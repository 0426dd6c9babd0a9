"""Properties of ingest -> extract -> merge over random inputs (hypothesis; see fuzz_inputs.py):
no exception escapes, every input is stored, already present or skipped with a one-line reason,
and a second run over the same inputs changes nothing. `scripts/fuzz_ingest.py` runs the same
properties over tens of thousands of cases."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import fuzz_inputs as fz

SETTINGS = settings(max_examples=25, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def run_folder(entries: list[fz.Entry]) -> fz.Outcome:
    with tempfile.TemporaryDirectory(prefix="pz") as tmp:
        return fz.run_entries(entries, Path(tmp))


@pytest.mark.slow
@SETTINGS
@given(fz.entries)
def test_folders_of_random_files(entries):
    fz.check(run_folder(entries))


@pytest.mark.slow
@SETTINGS
@given(fz.article_bytes)
def test_mutated_articles(data):
    fz.check(run_folder([fz.Entry(b"article.txt", "file", data)]))


@pytest.mark.slow
@SETTINGS
@given(fz.jsonl_bytes)
def test_json_lines_with_random_values(data):
    fz.check(run_folder([fz.Entry(b"batch.jsonl", "file", data)]))


def test_the_properties_can_fail():
    """check() is not vacuous: an input that is not accounted for, or a two-line reason, fails it."""
    from parley.records import Problem

    good = fz.Outcome(inputs=3, stored=1, present=1, skipped=1, problems=[Problem("a", "empty", "empty file")],
                      rerun_changed=False)
    fz.check(good)
    for bad in (fz.Outcome(3, 1, 1, 0, [], False), fz.Outcome(1, 1, 0, 0, [], True)):
        with pytest.raises(AssertionError):
            fz.check(bad)
    two_lines = Problem("a\nb", "empty", "x")
    object.__setattr__(two_lines, "detail", "one\ntwo")
    with pytest.raises(AssertionError):
        fz.check(fz.Outcome(1, 0, 0, 1, [two_lines], False))
