"""The `parley` command (Typer + Rich): a thin face over parley.api. Every user mistake is one line
on stderr and a non-zero exit (2 for a wrong use), never a traceback."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__, api
from .cli_common import (ActorOption, BetweenOption, CountryOption, DbOption, FromOption, IssueOption, StatusOption,
                         TextOption, ToOption, TypeOption, checked_filter, err, fail, hint, out, require_db,
                         require_output)
from .cli_eval import eval_app
from .ingest.sources import DEFAULT_MAX_BYTES

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Parley: a verified, deduplicated, source-linked timeline of events between states.")
app.add_typer(eval_app, name="eval")


def _version(value: bool) -> None:
    if value:
        print(f"parley {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Parley: a verified, deduplicated, source-linked timeline of events between states."""


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
    db: Path = typer.Option(api.DEFAULT_DB, "--db", help="SQLite file (created if missing)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Largest article accepted, in bytes."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Only store cleaned articles; extract events on a later run."),
    ray: bool = typer.Option(False, "--ray", help=hint("Run the per-article stage on Ray (pip install 'parley[ray]').")),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", help="Address of a running Ray cluster."),
    ray_workers: Optional[int] = typer.Option(None, "--ray-workers", min=1,
                                              help="Ray actors for the per-article stage (default: one per CPU)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read articles (.txt, .html, .jsonl) into the database, extract and merge their events."""
    from .cli_progress import IngestProgress

    progress = IngestProgress(err, disable=quiet or not err.is_terminal)

    def on_problem(p) -> None:
        what = "no events from" if p.stored else "skipped"
        progress.console.print(f"[yellow]{what}[/] {escape(p.source)}: {escape(p.detail)}", highlight=False)

    with progress:
        try:
            report = api.ingest(paths, db, max_bytes=max_bytes, extract=not no_extract, use_ray=ray,
                                ray_address=ray_address, ray_workers=ray_workers, on_problem=on_problem, on_phase=progress.on_phase)
        except (ImportError, RuntimeError) as exc:     # Ray asked for but not installed or not reachable
            fail(str(exc))
    err.print(f"{escape(report.summary())} in {report.seconds:.1f}s → {db}", highlight=False)
    if report.readable == 0:
        err.print("[red]nothing could be read[/]")
        raise typer.Exit(1)


@app.command()
def articles(db: Path = DbOption, limit: Optional[int] = typer.Option(None, help="Show at most this many."),
             as_json: bool = typer.Option(False, "--json", help="One JSON object per line.")) -> None:
    """List the stored articles."""
    require_db(db)
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
    require_db(db)
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
    require_db(db)
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
    for v in api.article_versions(db, a.id):
        meta.add_row("version", escape(f"{v['id'][:10]} {v['outlet'] or '—'} {v['published'] or ''} {v['source']}"))
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


FORMATS = ("text", "md", "html", "json", "jsonl", "csv", "parquet", "timelinejs")
STORED_JSONL = "stored-jsonl"       # `events --json`: the merged events as stored, not a -f choice
LimitOption = typer.Option(None, "--limit", min=1, help="Only the first N events of the timeline (read a page, "
                           "not the whole store).")


@app.command()
def events(
    db: Path = DbOption,
    as_json: bool = typer.Option(False, "--json", help="One merged event per line, JSON (the event contract)."),
    between: Optional[list[str]] = BetweenOption, country: Optional[str] = CountryOption,
    actor: Optional[str] = ActorOption, type_: Optional[str] = TypeOption, issue: Optional[str] = IssueOption,
    status: Optional[str] = StatusOption, date_from: Optional[str] = FromOption, date_to: Optional[str] = ToOption,
    text: Optional[str] = TextOption,
    limit: Optional[int] = LimitOption,
) -> None:
    """The merged events: one per real-world event, with sources and evidence."""
    timeline(db, between, country, actor, type_, issue, status, date_from, date_to, text,
             fmt=STORED_JSONL if as_json else "text", output=None, title="Parley timeline", limit=limit)


@app.command()
def timeline(
    db: Path = DbOption,
    between: Optional[list[str]] = BetweenOption, country: Optional[str] = CountryOption,
    actor: Optional[str] = ActorOption, type_: Optional[str] = TypeOption, issue: Optional[str] = IssueOption,
    status: Optional[str] = StatusOption, date_from: Optional[str] = FromOption, date_to: Optional[str] = ToOption,
    text: Optional[str] = TextOption,
    fmt: str = typer.Option("text", "--format", "-f", help="text | md | html | json (an array) | jsonl | csv (and "
                     "X.participants.csv, X.sources.csv beside it) | parquet | timelinejs"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to this file instead of the terminal."),
    title: str = typer.Option("Parley timeline", help="Title of md / html / timelinejs output."),
    limit: Optional[int] = LimitOption,
) -> None:
    """The timeline of merged events, filtered, in the format an analyst needs."""
    from .export import formats
    from .export.html import timeline_html

    if fmt not in FORMATS and fmt != STORED_JSONL:
        fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and output is None:
        fail("--format parquet needs -o FILE")
    flt = checked_filter(between, country, actor, type_, issue, status, date_from, date_to, text)
    require_db(db)
    require_output(output)
    evs = api.events_page(db, flt, limit=limit).events if limit else api.list_events(db, flt)
    shown = ", ".join(f"{k}={v if not isinstance(v, tuple) else '/'.join(v)}" for k, v in vars(flt).items() if v)
    if fmt == "parquet":
        try:
            formats.to_parquet(evs, str(output))
        except RuntimeError as exc:
            fail(str(exc), 1)
        err.print(f"{len(evs)} events written to {escape(str(output))}", highlight=False)
        return
    if fmt == "csv" and output:
        paths = formats.write_csv(evs, output)
        err.print(f"{len(evs)} events written to {escape(str(output))} (participants and sources: "
                  f"{escape(paths[1].name)}, {escape(paths[2].name)})", highlight=False)
        return
    if fmt == "text":
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                Console(file=fh, width=200).print(formats.rich_table(evs))
        else:
            (out if out.is_terminal else Console(width=160)).print(formats.rich_table(evs))
        return
    body = {"md": lambda: formats.markdown(evs, title), "html": lambda: timeline_html(evs, title, shown),
            "json": lambda: formats.to_json(evs), "jsonl": lambda: formats.to_jsonl(evs),
            STORED_JSONL: lambda: formats.json_lines(evs),
            "csv": lambda: formats.to_csv(evs), "timelinejs": lambda: formats.timelinejs(evs, title)}[fmt]()
    undated = len(formats.timelinejs_doc(evs, title)[1]) if fmt == "timelinejs" else 0
    note = f" ({undated} undated, not on the timeline: listed under \"undated\")" if undated else ""
    if output:
        output.write_text(body, encoding="utf-8")
        err.print(f"{len(evs) - undated} events written to {escape(str(output))}{escape(note)}", highlight=False)
    else:
        sys.stdout.write(body)
        if undated:
            err.print(f"{len(evs) - undated} events on the timeline{note}")


@app.command()
def serve(
    db: Path = DbOption,
    host: str = typer.Option("127.0.0.1", help="Interface to bind (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, help="TCP port (1-65535)."),
    allow_host: Optional[list[str]] = typer.Option(None, "--allow-host", help="Another host name the app answers to "
                                                   "(besides 127.0.0.1, localhost, ::1 and --host); repeatable."),
    create: bool = typer.Option(False, "--create", help="Create the database if it does not exist (empty)."),
) -> None:
    """Browse, filter and verify the timeline in a browser (and a JSON API under /api/)."""
    if not 1 <= port <= 65535:
        fail(f"--port {port} is not a TCP port (1-65535)")
    if not create:
        require_db(db)
    api.open_store(db).close()          # a file that is not a database is refused here, in one line
    import uvicorn

    from .web import create_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning[/]: serving on {escape(host)} exposes the app beyond this machine; it has no login")
    err.print(f"Parley on http://{escape(host)}:{port}/  (database {escape(str(db))}; Ctrl-C stops)", highlight=False)
    uvicorn.run(create_app(db, allowed_hosts=[host, *(allow_host or [])]), host=host, port=port, log_level="warning")


@app.command()
def extract(
    path: str = typer.Argument(..., help="An article file (.txt, .html, .jsonl) or - for stdin."),
    as_json: bool = typer.Option(False, "--json", help="Print the candidate events as JSON Lines."),
) -> None:
    """Print one article's events with the evidence for every field, for a person to read."""
    if path != "-" and not Path(path).exists():
        fail(f"no such file or folder: {path}")
    results = api.extract_file(path)
    for r in results:
        if not isinstance(r, tuple):
            err.print(f"[yellow]{escape(r.message())}[/]", highlight=False)
            continue
        article, cands = r
        if as_json:
            for c in cands:
                print(json.dumps(c, ensure_ascii=False))
            continue
        pub = article.published
        out.rule(f"{escape(article.title or article.source)}")
        out.print(f"published: {pub.value or 'unknown'}"
                  + (f" ({escape(pub.basis or '')})" if pub.value else "") + f"   events: {len(cands)}")
        for c in cands:
            _print_candidate(article.text, c)
    if not any(isinstance(r, tuple) for r in results):
        raise typer.Exit(1)


def _print_candidate(text: str, c: dict) -> None:
    out.print()
    flag = {"planned": "[cyan]planned[/]", "background": "[dim]background[/]", "happened": "[green]happened[/]"}[c["status"]]
    out.print(f"[bold]{escape(c['type'])}[/]{'/' + escape(c['mode']) if c['mode'] else ''} {flag}  "
              f"[bold]{escape(c['summary'])}[/]", highlight=False)
    out.print(f"  date: {c['date'] or 'unknown'} ({c['date_precision'] or '-'}; {escape(c['date_basis'])})", highlight=False)
    if c.get("date_alternatives"):
        out.print(f"  other readings: {', '.join(c['date_alternatives'])}")
    if c["location"]:
        out.print(f"  place: {escape(c['location']['name'])}, {c['location']['country']} ({escape(c['location'].get('basis') or '')})")
    for role in ("actors", "recipients"):
        for p in c[role]:
            out.print(f"  {role[:-1]}: {escape(p['name'] or '(unnamed)')} | {escape(p['title'] or '-')} | {p['country'] or '-'} | {p['sector'] or '-'}", highlight=False)
    if c["issues"]:
        out.print("  issues: " + ", ".join(escape(i["label"]) for i in c["issues"]))
    for st in c["statements"]:
        who = (st["speaker"] or {}).get("name") or (st["speaker"] or {}).get("country") or "?"
        src = f" [dim](according to {escape(st['reported_by'].get('name') or '')})[/]" if st.get("reported_by") else ""
        out.print(f"  said: [magenta]{escape(st['category'] or 'statement')}[/] by {escape(who)}{src}: "
                  f"{escape(st['text'][:240])}", highlight=False)
    for claim in c.get("claims", []):
        out.print(f"  claim: {escape(claim['text'])}", highlight=False)
    for fieldname, spans in sorted(c["evidence"].items()):
        if fieldname == "statements":
            continue
        quotes = "; ".join(repr(text[s:e][:120]) for s, e in spans[:3])
        out.print(f"  [dim]evidence for {escape(fieldname)}: {escape(quotes)}[/]", highlight=False)


@app.command()
def people(
    db: Path = DbOption,
    name: Optional[str] = typer.Argument(None, help="Only people with this in their name or a spelling of it."),
    limit: Optional[int] = typer.Option(None, help="Show at most this many."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """The people of the corpus: one canonical person for every spelling, with country, title,
    variants and the articles they appear in."""
    require_db(db)
    rows = api.list_people(db, name, limit)
    if as_json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} people in {db}")
    for col in ("name", "country", "title", "spellings", "articles", "conflicts"):
        table.add_column(col, overflow="fold")
    for r in rows:
        conflicts = "; ".join(f"{c['field']}: " + ", ".join(v["value"] for v in c["values"]) for c in r["conflicts"])
        table.add_row(escape(r["name"]), r["country"] or "—", escape(r["title"] or "—"),
                      escape(", ".join(v for v in r["variants"] if v != r["name"])), str(len(r["articles"])),
                      escape(conflicts))
    out.print(table)


def main() -> None:
    import sqlite3

    from .store import StoreError, explain

    try:
        app()
    except BrokenPipeError:  # `parley events --json | head`
        sys.stderr.close()
    except StoreError as exc:  # a database that cannot be used: one line, no traceback
        err.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
        sys.exit(2)
    except sqlite3.Error as exc:
        err.print(f"[red]error:[/] {escape(explain(str(_db_argument()), exc))}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except OSError as exc:      # a file that cannot be read or written
        err.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
        sys.exit(1)
    except Exception as exc:    # a bug, not the user's mistake: still one line unless asked for more
        if os.environ.get("PARLEY_DEBUG"):
            raise
        err.print(f"[red]internal error:[/] {escape(type(exc).__name__)}: {escape(str(exc))} "
                  "(PARLEY_DEBUG=1 shows the traceback)", highlight=False)
        sys.exit(3)


def _db_argument() -> str:
    """The --db given on the command line (for an error message)."""
    args = sys.argv[1:]
    for i, a in enumerate(args):
        if a == "--db" and i + 1 < len(args):
            return args[i + 1]
        if a.startswith("--db="):
            return a[5:]
    return api.DEFAULT_DB


if __name__ == "__main__":
    main()
