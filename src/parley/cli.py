"""The `parley` command (Typer + Rich): a thin face over parley.api."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import api
from .ingest.sources import DEFAULT_MAX_BYTES

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Parley: a verified, deduplicated, source-linked timeline of events between states.")
eval_app = typer.Typer(no_args_is_help=True, help="Evaluate Parley's engines against gold standards.")
app.add_typer(eval_app, name="eval")

out = Console(soft_wrap=True)
err = Console(stderr=True)
DbOption = typer.Option(api.DEFAULT_DB, "--db", help="SQLite file (created if missing).")


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
    db: Path = DbOption,
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Largest article accepted, in bytes."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Only store cleaned articles; extract events on a later run."),
    ray: bool = typer.Option(False, "--ray", help="Run the per-article stage on Ray (pip install 'parley[ray]')."),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", help="Address of a running Ray cluster."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read articles (.txt, .html, .jsonl) into the database, extract and merge their events."""
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, transient=True, disable=quiet or not err.is_terminal)
    task = progress.add_task("files", total=None)

    def on_progress(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    def on_problem(p) -> None:
        progress.console.print(f"[yellow]skipped[/] {escape(p.source)}: {escape(p.detail)}", highlight=False)

    with progress:
        try:
            report = api.ingest(paths, db, max_bytes=max_bytes, extract=not no_extract, use_ray=ray,
                                ray_address=ray_address, on_problem=on_problem, on_progress=on_progress)
        except ImportError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2)
    err.print(f"{escape(report.summary())} in {report.seconds:.1f}s → {db}", highlight=False)
    if report.readable == 0:
        err.print("[red]nothing could be read[/]")
        raise typer.Exit(1)


@app.command()
def articles(db: Path = DbOption, limit: Optional[int] = typer.Option(None, help="Show at most this many."),
             as_json: bool = typer.Option(False, "--json", help="One JSON object per line.")) -> None:
    """List the stored articles."""
    _require_db(db)
    rows = api.list_articles(db, limit)
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} articles in {db}", show_lines=False)
    for col in ("id", "published", "outlet", "title", "source", "words"):
        table.add_column(col, overflow="fold")
    for r in rows:
        pub = r["published"] or "—"
        if r["published"] and r["published_basis"]:
            pub = f"{pub} ({r['published_basis']})"
        table.add_row(r["id"][:10], pub, r["outlet"] or "—", escape(r["title"] or "—"), escape(r["source"]), str(r["words"]))
    out.print(table)
    skipped = api.skipped_inputs(db)
    if skipped:
        out.print(f"{len(skipped)} inputs were skipped; `parley skipped` lists them.")


@app.command()
def skipped(db: Path = DbOption) -> None:
    """List inputs that were skipped, with the reason."""
    _require_db(db)
    table = Table(title="skipped inputs")
    for col in ("source", "reason", "detail"):
        table.add_column(col, overflow="fold")
    for r in api.skipped_inputs(db):
        table.add_row(escape(r["source"]), r["reason"], escape(r["detail"]))
    out.print(table)


@app.command()
def show(article_id: str = typer.Argument(..., help="Article id or a unique prefix of it."), db: Path = DbOption,
         as_json: bool = typer.Option(False, "--json", help="The full stored record as JSON.")) -> None:
    """Show one article: metadata, cleaned text and the lines removed as boilerplate."""
    _require_db(db)
    try:
        a = api.get_article(db, article_id)
    except api.NotFound as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(1)
    if as_json:
        print(json.dumps(a.to_dict(), ensure_ascii=False, indent=1))
        return
    out.rule(escape(a.title or a.source))
    meta = Table.grid(padding=(0, 2))
    meta.add_row("id", a.id)
    meta.add_row("source", escape(a.source))
    if a.url:
        meta.add_row("url", escape(a.url))
    meta.add_row("outlet", escape(f"{a.outlet or '—'}" + (f" ({a.outlet_basis})" if a.outlet_basis else "")))
    pub = a.published
    meta.add_row("published", escape(f"{pub.value or 'unknown'} ({pub.precision or '-'}; {pub.basis or '-'}: {pub.reason})"))
    for c in pub.candidates[1:]:
        meta.add_row("", escape(f"candidate {c.value} ({c.source}): {c.reason}"))
    meta.add_row("language", f"{a.language} ({a.language_score:.2f})")
    meta.add_row("format", f"{a.format}, {a.encoding or '-'}; {len(a.paragraphs)} paragraphs, {len(a.sentences)} sentences")
    out.print(meta)
    out.rule("text")
    for p in a.paragraphs:
        body = escape(a.text[p.start:p.end])
        if p.kind == "body":
            out.print(body)
        else:
            out.print(f"[dim]\\[{p.kind}][/] {body}")
        out.print()
    out.rule(f"removed ({len(a.removed)})")
    for r in a.removed:
        out.print(f"[dim]line {r.line:>3}[/] [yellow]{escape(r.reason)}[/]: {escape(r.text)}", highlight=False)


@eval_app.command("timex")
def eval_timex(
    folder: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of TempEval-3 TimeML files (*.tml), searched recursively."),
    out_dir: Optional[Path] = typer.Option(None, "--out", help="Write the tagged TimeML documents here."),
    errors: int = typer.Option(0, "--errors", help="Also list this many disagreements with the gold standard."),
) -> None:
    """Tag TimeML documents and print TempEval-3 scores: strict and relaxed span P/R/F1, type F1, value F1."""
    from .time.timeml import evaluate

    results = evaluate(folder, out_dir)
    print(f"TempEval-3 TIMEX3 scores for {folder}")
    print(f"{'part':<10} {'gold':>5} {'system':>6}  {'strict P':>8} {'R':>5} {'F1':>5}  {'relaxed P':>9} {'R':>5} {'F1':>5}"
          f"  {'type F1':>7}  {'value F1':>8}")
    for part, counts in results.items():
        sc = counts.scores()
        (sp, sr, sf), (rp, rr, rf) = sc["strict"], sc["relaxed"]
        print(f"{part:<10} {counts.gold:>5} {counts.system:>6}  {sp:>8.3f} {sr:>5.3f} {sf:>5.3f}  {rp:>9.3f} {rr:>5.3f} "
              f"{rf:>5.3f}  {sc['type'][2]:>7.3f}  {sc['value'][2]:>8.3f}")
    for doc, text, gold, system in results["all"].errors[:errors]:
        out.print(f"{escape(doc)}: {escape(text)!r} gold={escape(gold)} system={escape(system)}", highlight=False)
    if out_dir:
        err.print(f"tagged documents written to {out_dir}")


def _require_db(db: Path) -> None:
    if not Path(db).exists():
        err.print(f"[red]no database at {db}[/]; run `parley ingest PATH --db {db}` first")
        raise typer.Exit(1)


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `parley events --json | head`
        sys.stderr.close()


if __name__ == "__main__":
    main()
