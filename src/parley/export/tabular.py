"""The event table contract (parley.contract) as tables: flat CSV rows with side tables of
participants and sources, JSON records, a Parquet file with list, struct and date types, and a
pandas DataFrame with typed columns.

CSV cells that a spreadsheet would run as a formula are neutralised (formats.csv_cell).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

from ..contract import EventRow, event_rows

# The main table: one row per event (README: "The event table").
FLAT_COLUMNS = ["id", "date", "date_start", "date_end", "date_precision", "date_basis", "type", "mode", "status",
                "score", "summary", "dyad", "actors", "actor_countries", "recipients", "recipient_countries",
                "location", "location_country", "location_lat", "location_lon", "issues", "n_sources", "outlets",
                "first_url", "evidence", "conflicts"]
# The long tables beside it: one row per participant, one per source.
PARTICIPANT_COLUMNS = ["event_id", "position", "role", "name", "title", "country", "sector"]
SOURCE_COLUMNS = ["event_id", "position", "article_id", "url", "outlet", "published", "evidence", "path"]
CATEGORICAL = ["date_precision", "type", "mode", "status"]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def flat_row(r: EventRow) -> dict[str, Any]:
    actors, recipients = r.role("actor"), r.role("recipient")
    return {
        "id": r.id, "date": r.date, "date_start": _iso(r.date_start), "date_end": _iso(r.date_end),
        "date_precision": r.date_precision, "date_basis": r.date_basis, "type": r.type, "mode": r.mode,
        "status": r.status, "score": r.score, "summary": r.summary, "dyad": r.dyad,
        "actors": "; ".join(p.label for p in actors), "actor_countries": ";".join(p.country or "" for p in actors),
        "recipients": "; ".join(p.label for p in recipients),
        "recipient_countries": ";".join(p.country or "" for p in recipients),
        "location": r.place.name if r.place else None, "location_country": r.place.country if r.place else None,
        "location_lat": r.place.lat if r.place else None, "location_lon": r.place.lon if r.place else None,
        "issues": ";".join(r.issues), "n_sources": len(r.sources), "outlets": ", ".join(r.outlets),
        "first_url": r.first_url, "evidence": r.evidence, "conflicts": ";".join(r.conflicts),
    }


def flat_rows(events: list[dict]) -> list[dict[str, Any]]:
    return [flat_row(r) for r in event_rows(events)]


def participant_rows(rows: list[EventRow]) -> list[dict[str, Any]]:
    return [{"event_id": r.id, "position": p.position, "role": p.role, "name": p.name, "title": p.title,
             "country": p.country, "sector": p.sector} for r in rows for p in r.participants]


def source_rows(rows: list[EventRow]) -> list[dict[str, Any]]:
    return [{"event_id": r.id, "position": s.position, "article_id": s.article_id, "url": s.url, "outlet": s.outlet,
             "published": s.published, "evidence": s.evidence, "path": s.path} for r in rows for s in r.sources]


def _csv(columns: list[str], rows: list[dict[str, Any]]) -> str:
    from .formats import csv_cell

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns)
    w.writeheader()
    w.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
    return buf.getvalue()


def to_csv(events: list[dict]) -> str:
    """The main table, one row per event."""
    return _csv(FLAT_COLUMNS, flat_rows(events))


def side_paths(path: str | Path) -> tuple[Path, Path]:
    """Where the long tables go beside `x.csv`: `x.participants.csv` and `x.sources.csv`."""
    p = Path(path)
    stem = p.name[:-4] if p.name.lower().endswith(".csv") else p.name
    return p.with_name(stem + ".participants.csv"), p.with_name(stem + ".sources.csv")


def write_csv(events: list[dict], path: str | Path) -> list[Path]:
    """The main CSV at `path` and its participants and sources tables beside it; returns the paths."""
    rows = event_rows(events)
    parts, srcs = side_paths(path)
    Path(path).write_text(_csv(FLAT_COLUMNS, [flat_row(r) for r in rows]), encoding="utf-8")
    parts.write_text(_csv(PARTICIPANT_COLUMNS, participant_rows(rows)), encoding="utf-8")
    srcs.write_text(_csv(SOURCE_COLUMNS, source_rows(rows)), encoding="utf-8")
    return [Path(path), parts, srcs]


# -- JSON ---------------------------------------------------------------------------------------
def record(r: EventRow, ev: dict) -> dict[str, Any]:
    """One event as JSON: the contract (dates as ISO text), its statements and claims."""
    d = r.to_dict()
    d["date_start"], d["date_end"] = _iso(r.date_start), _iso(r.date_end)
    d["countries"] = r.countries
    d["statements"] = ev.get("statements") or []
    d["claims"] = ev.get("claims") or []
    return d


def records(events: list[dict]) -> list[dict[str, Any]]:
    return [record(r, e) for r, e in zip(event_rows(events), events)]


def to_json(events: list[dict]) -> str:
    """A JSON array (`-f json`; pandas.read_json reads it)."""
    return json.dumps(records(events), ensure_ascii=False, indent=1) + "\n"


def to_jsonl(events: list[dict]) -> str:
    """JSON Lines (`-f jsonl`): one event per line."""
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in records(events))


# -- Parquet ------------------------------------------------------------------------------------
def arrow_schema():
    import pyarrow as pa

    s = pa.string()
    participant = pa.struct([("position", pa.int32()), ("role", s), ("name", s), ("title", s), ("country", s),
                             ("sector", s)])
    source = pa.struct([("position", pa.int32()), ("article_id", s), ("url", s), ("outlet", s),
                        ("published", pa.date32()), ("evidence", s), ("path", s)])
    place = pa.struct([("name", s), ("country", s), ("lat", pa.float64()), ("lon", pa.float64())])
    return pa.schema([
        ("id", s), ("date", s), ("date_start", pa.date32()), ("date_end", pa.date32()),
        ("date_precision", pa.dictionary(pa.int8(), s)), ("date_basis", s), ("type", pa.dictionary(pa.int8(), s)),
        ("mode", s), ("status", pa.dictionary(pa.int8(), s)), ("score", pa.float64()), ("summary", s), ("dyad", s),
        ("participants", pa.list_(participant)), ("countries", pa.list_(s)), ("place", place),
        ("issues", pa.list_(s)), ("issue_labels", pa.list_(s)), ("sources", pa.list_(source)),
        ("n_sources", pa.int32()), ("first_url", s), ("evidence", s), ("conflicts", pa.list_(s)),
    ])


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def arrow_rows(rows: list[EventRow]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        d = r.to_dict()
        for s in d["sources"]:
            s["published"] = _day(s["published"])
        d.update(countries=r.countries, n_sources=len(r.sources), first_url=r.first_url, evidence=r.evidence)
        out.append(d)
    return out


def to_arrow(events: list[dict]):
    try:
        import pyarrow as pa
    except ImportError as exc:  # an optional extra
        raise RuntimeError("Parquet needs pyarrow: pip install 'parley[parquet]'") from exc
    return pa.Table.from_pylist(arrow_rows(event_rows(events)), schema=arrow_schema())


def to_parquet(events: list[dict], path: str) -> None:
    table = to_arrow(events)                 # (says which extra to install when pyarrow is missing)
    import pyarrow.parquet as pq

    pq.write_table(table, path)


# -- pandas -------------------------------------------------------------------------------------
def dataframe(events: list[dict]):
    """The main table as a DataFrame: dates as datetime64, the precision, type, mode and status as
    categories, numbers as numbers; `participants` and `sources` hold lists of dicts."""
    try:
        import pandas as pd
    except ImportError as exc:  # an optional extra
        raise RuntimeError("to_dataframe needs pandas: pip install 'parley[pandas]'") from exc
    rows = event_rows(events)
    flat = [flat_row(r) | {"participants": [p for p in participant_rows([r])],
                           "sources": [s for s in source_rows([r])]} for r in rows]
    df = pd.DataFrame(flat, columns=FLAT_COLUMNS + ["participants", "sources"])
    for col in ("date_start", "date_end"):
        df[col] = pd.to_datetime(df[col], format="%Y-%m-%d")
    for col in CATEGORICAL:
        df[col] = df[col].astype("category")
    for col in ("score", "location_lat", "location_lon"):
        df[col] = pd.to_numeric(df[col]).astype("float64")
    df["n_sources"] = df["n_sources"].astype("int64")
    return df
