"""What the CLI's commands share: the consoles, the filter options, and the one-line refusals
(a user's mistake is one line on stderr and exit 2, never a traceback)."""
from __future__ import annotations

from pathlib import Path
from typing import NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape

from . import api
from .export.query import EventFilter
from .filters import PLOVER_TYPES, STATUSES, FilterError, build_filter

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)     # a one-line reason stays one line, terminal or not

DbOption = typer.Option(api.DEFAULT_DB, "--db", help="SQLite file; it must exist (`parley ingest` creates it).")
BetweenOption = typer.Option(None, "--between", help="Two states (names, ISO alpha-2 or alpha-3 codes): "
                             "--between China --between JP.")
CountryOption = typer.Option(None, help="Events involving this country (name or ISO code) or organisation (UN).")
ActorOption = typer.Option(None, help="Events with this person (any part of the name).")
TypeOption = typer.Option(None, "--type", help="PLOVER category: " + ", ".join(PLOVER_TYPES) + ".")
IssueOption = typer.Option(None, help="Issue id or label words, e.g. taiwan.")
StatusOption = typer.Option(None, help=" | ".join(STATUSES))
FromOption = typer.Option(None, "--from", help="ISO date or prefix (2024, 2024-03, 2024-03-05), inclusive.")
ToOption = typer.Option(None, "--to", help="ISO date or prefix, inclusive.")
TextOption = typer.Option(None, help="Words in the summary, statements or evidence.")


def hint(text: str) -> str:
    """Help or message text shown through Rich with its brackets kept ("pip install 'parley[ray]'")."""
    return escape(text)


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr and the exit code (2: the command was used wrongly)."""
    err.print(f"[red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code)


def require_db(db: Path) -> None:
    """Refuse a database that does not exist (a typo must not create and show an empty one)."""
    p = Path(db)
    if not p.exists():
        fail(f"no database at {db}; run `parley ingest PATH --db {db}` first")
    if p.is_dir():
        fail(f"{db} is a folder, not a database")


def require_output(output: Optional[Path]) -> None:
    """Refuse an output file that cannot be written, before any work is done."""
    if output is None:
        return
    parent = Path(output).parent
    if not parent.is_dir():
        fail(f"cannot write {output}: no folder {parent}")
    if Path(output).is_dir():
        fail(f"cannot write {output}: it is a folder")


def checked_filter(between: Optional[list[str]], country: Optional[str], actor: Optional[str], type_: Optional[str],
                   issue: Optional[str], status: Optional[str], date_from: Optional[str], date_to: Optional[str],
                   text: Optional[str]) -> EventFilter:
    try:
        return build_filter(between, country, actor, type_, issue, status, date_from, date_to, text)
    except FilterError as exc:
        fail(exc.message())
