"""The progress display of `parley ingest` (Rich): articles handled with their rate and the time
left, updated after every article, then each later phase on its own line (boilerplate settled,
waiting articles extracted, events merged) with the time it has taken so far."""
from __future__ import annotations

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, TaskID,
                           TextColumn, TimeElapsedColumn, TimeRemainingColumn)
from rich.text import Text

PHASES = {"articles": "articles", "settle": "boilerplate", "extract": "waiting articles", "merge": "merging events"}


class RateColumn(ProgressColumn):
    """Articles per second (Rich's speed estimate over the last updates); nothing for a phase
    without a count."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        if not task.fields.get("counted") or speed is None:
            return Text("")
        return Text(f"{speed:.1f}/s", style="progress.data.speed")


class CountColumn(MofNCompleteColumn):
    def render(self, task) -> Text:
        return super().render(task) if task.fields.get("counted") else Text("")


class IngestProgress:
    """A context manager; pass `on_phase` to api.ingest."""

    def __init__(self, console: Console, disable: bool = False):
        self.progress = Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                                 CountColumn(), RateColumn(), TimeElapsedColumn(), TextColumn("left"),
                                 TimeRemainingColumn(), console=console, transient=False,
                                 disable=disable, refresh_per_second=4)
        self.console = self.progress.console
        self.tasks: dict[str, TaskID] = {}
        self.current: str | None = None

    def __enter__(self) -> "IngestProgress":
        self.progress.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._finish()
        self.progress.__exit__(*exc)

    def _finish(self) -> None:
        """The phase under way is done: its bar full, its clock stopped."""
        if self.current is None:
            return
        task = self.tasks[self.current]
        done = next(t.completed for t in self.progress.tasks if t.id == task)
        if self.current != "articles":
            done = 1                    # a phase without a count: a full bar once it is over
        self.progress.update(task, total=done, completed=done)
        self.progress.stop_task(task)

    def on_phase(self, phase: str, done: int, total: int | None) -> None:
        if phase != self.current:
            self._finish()
            self.current = phase
            self.tasks[phase] = self.progress.add_task(PHASES.get(phase, phase), total=total,
                                                       counted=phase == "articles")
        self.progress.update(self.tasks[phase], completed=done, total=total)
