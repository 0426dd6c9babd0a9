"""The per-article stage on Ray gives exactly what the local run gives."""
from __future__ import annotations

import json

import pytest

from parley import api

from conftest import SEEDS

ray = pytest.importorskip("ray")


@pytest.mark.slow
def test_ray_runner_matches_local_run(tmp_path, seeds_db):
    db = tmp_path / "ray.db"
    report = api.ingest([str(SEEDS)], db, use_ray=True)
    assert report.ingested == 5 and report.extracted == 5

    def comparable(path):
        return sorted(json.dumps({k: e[k] for k in ("id", "type", "date", "location", "status")}, sort_keys=True)
                      for e in api.list_events(path))

    assert comparable(db) == comparable(seeds_db)
    ray.shutdown()
