"""The self-contained HTML timeline: one file, inline CSS and SVG, a few lines of inline script,
nothing fetched from the network. Article text is untrusted: Jinja2 autoescaping is on."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources

from jinja2 import Environment, PackageLoader, select_autoescape

from . import charts
from .chart_data import ChartData, from_events


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(loader=PackageLoader("parley", "templates"), autoescape=select_autoescape(["html"]),
                       trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return resources.files("parley.templates").joinpath("_style.css").read_text(encoding="utf-8")


def chart_set(events) -> dict[str, str]:
    """The three charts of a list of events or of their counts (chart_data.ChartData)."""
    if not isinstance(events, ChartData):
        events = from_events(events)
    return {"per_month": charts.events_per_month(events), "cooperation": charts.cooperation_line(events),
            "issues": charts.issue_heatmap(events)}


def timeline_html(events: list[dict], title: str = "Parley timeline", filters: str = "") -> str:
    return environment().get_template("timeline_export.html").render(
        events=events, title=title, filters=filters, charts=chart_set(events), css=stylesheet(),
        generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
