from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "china-japan"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def db(tmp_path_factory) -> Path:
    """A fresh database path outside tmp_path (tests ingest tmp_path as a folder)."""
    return tmp_path_factory.mktemp("db") / "test.db"


def run_parley(*args: str, stdin: bytes | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run the installed CLI as a user would."""
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "parley", *map(str, args)], input=stdin,
                          capture_output=True, timeout=timeout, env=env, cwd=ROOT)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> Path:
    """The seeds ingested once (articles, events, merge) for read-only tests."""
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    from parley import api

    api.ingest([str(SEEDS)], path)
    return path
