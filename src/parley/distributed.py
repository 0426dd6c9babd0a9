"""Scale-out of the per-article stage on Ray (an existing distributed engine, not a home-made pool).

`parley ingest --ray` (local Ray: one worker process per core) or `--ray-address ray://head:10001`
(a cluster) runs `pipeline.process_document` / the extract step on Ray workers. The stage is pure
and returns plain data, so workers share nothing; each worker process loads spaCy once (the model
is cached per process) and keeps it for every article it is given. The corpus stage (SQLite
writes, merging) stays on the driver. Results come back in input order, chunk by chunk, so memory
stays bounded by the pipeline's chunk size.
"""
from __future__ import annotations

from typing import Callable, Iterator

from .pipeline import Runner


class RayRunner(Runner):
    def __init__(self, address: str | None = None, batch: int = 16):
        try:
            import ray
        except ImportError as exc:
            raise RuntimeError("Ray is not installed: pip install 'parley[ray]'") from exc
        self.ray = ray
        if not ray.is_initialized():
            ray.init(address=address, ignore_reinit_error=True, log_to_driver=False,
                     include_dashboard=False, configure_logging=False)
        self.batch = batch
        self._remote = ray.remote(_run_batch)

    def map(self, fn: Callable, items: list) -> Iterator:
        """fn(*item) for every item, on Ray workers, in input order. Items go in small batches so
        that a worker's per-call overhead is shared by several articles."""
        refs = [self._remote.remote(fn, items[i:i + self.batch]) for i in range(0, len(items), self.batch)]
        for ref in refs:
            yield from self.ray.get(ref)

    def close(self) -> None:
        pass                            # leave Ray running for the rest of the process


def _run_batch(fn: Callable, items: list) -> list:
    return [fn(*item) for item in items]
