"""Scale-out of the per-article stage on Ray (an existing distributed engine, not a home-made pool).

`parley ingest --ray` (local Ray) or `--ray-address ray://head:10001` (a cluster) runs
`pipeline.process_document` / the extract step on a pool of Ray actors, one per CPU the cluster
offers (or `workers`). Each actor is a long-lived process that loads spaCy once, when it starts,
and keeps it for every article it is given. Work streams: at most `in_flight` small batches per
actor are queued, and each result is handed back as soon as its batch is done, whatever the input
order (the store's content does not depend on the order articles arrive in), so the driver writes
results while the workers go on, and memory stays bounded whatever the corpus size. The stage is
pure and returns plain data; the corpus stage (SQLite writes, merging) stays on the driver.
"""
from __future__ import annotations

from collections import deque
from typing import Callable, Iterator

from .pipeline import Runner


class RayRunner(Runner):
    def __init__(self, address: str | None = None, batch: int = 8, workers: int | None = None,
                 in_flight: int = 2):
        try:
            import ray
        except ImportError as exc:
            raise RuntimeError("Ray is not installed: pip install 'parley[ray]'") from exc
        self.ray = ray
        if not ray.is_initialized():
            ray.init(address=address, ignore_reinit_error=True, log_to_driver=False,
                     include_dashboard=False, configure_logging=False)
        self.batch = batch
        self.in_flight = in_flight
        n = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        worker = ray.remote(num_cpus=1)(StageWorker)
        self.actors = [worker.remote() for _ in range(n)]

    def map(self, fn: Callable, items: list) -> Iterator:
        """fn(*item) for every item, on the actor pool, each batch's results as soon as it is done
        (not in input order). Each actor has at most `in_flight` batches queued."""
        ray = self.ray
        batches = deque(items[i:i + self.batch] for i in range(0, len(items), self.batch))
        running: dict = {}                      # object ref -> actor

        def submit(actor) -> None:
            ref = actor.run.remote(fn, batches.popleft())
            running[ref] = actor

        for _ in range(self.in_flight):
            for actor in self.actors:
                if batches:
                    submit(actor)
        while running:
            done, _ = ray.wait(list(running), num_returns=1)
            actor = running.pop(done[0])
            if batches:
                submit(actor)
            yield from ray.get(done[0])

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.actors = []


class StageWorker:
    """A Ray actor: loads the model when it starts, then runs batches of per-article work."""

    def __init__(self) -> None:
        from .nlp import nlp

        nlp()

    def run(self, fn: Callable, items: list) -> list:
        return [fn(*item) for item in items]
