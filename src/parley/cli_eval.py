"""`parley eval ...`: Parley's engines against gold standards (TimeML, PLOVER, a gold corpus)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from . import api
from .cli_common import err, out

eval_app = typer.Typer(no_args_is_help=True, help="Evaluate Parley's engines against gold standards.")


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


@eval_app.command("plover")
def eval_plover(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="PLOVER gold-standard records, JSON Lines."),
    errors: int = typer.Option(0, "--errors", help="Also list this many miscoded records."),
) -> None:
    """Code PLOVER gold records and print category accuracy and actor / recipient country F1."""
    from .extract.plover_gold import PloverReport, evaluate

    rep = evaluate(gold)
    print(f"PLOVER gold records: {rep.records} ({rep.no_event} with no event found)")
    print(f"category accuracy: {rep.accuracy:.3f} ({rep.correct}/{rep.records})")
    for name, c in (("actor", rep.actor), ("recipient", rep.recipient)):
        p, r, f = PloverReport.f1(c)
        print(f"{name} country: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(f"{'category':<10} {'gold':>4} {'right':>5}")
    for cat, n in sorted(rep.per_category.items()):
        print(f"{cat:<10} {n:>4} {rep.per_category_correct[cat]:>5}")
    for e in rep.errors[:errors]:
        out.print(f"{escape(e['id'] or '?')}: gold={e['gold']} got={e['got']} ({escape(str(e['trigger']))}): "
                  f"{escape(e['text'])}", highlight=False)


@eval_app.command("events")
def eval_events(
    corpus: Path = typer.Argument(..., help="A corpus folder: articles/, sources.jsonl, gold.json (the shape of news-dev)."),
    errors: int = typer.Option(0, "--errors", help="Show this many misses of each kind."),
    way: Optional[str] = typer.Option(None, "--way", help="Only one way: jsonl (with the metadata) or files."),
    keep: Optional[Path] = typer.Option(None, "--keep", help="Keep the databases in this folder."),
) -> None:
    """Ingest a gold corpus both ways (JSON Lines with metadata, plain files) and score the
    articles' own candidates and the merged events."""
    if not (corpus / "gold.json").is_file() or not (corpus / "sources.jsonl").is_file():
        err.print(f"[red]error:[/] {escape(str(corpus))} has no gold.json and sources.jsonl")
        raise typer.Exit(2)
    ways = (way,) if way else api.EVAL_WAYS
    results = api.eval_events(corpus, ways, keep)
    right, total, pd_miss = results.pop("pubdates_text_url")
    out.print(f"publication dates from text and URL alone: {right}/{total} right where the gold has one",
              highlight=False)
    for x in pd_miss[:errors]:
        out.print(f"    {escape(x)}", highlight=False)
    for name, r in results.items():
        a, e = r["articles"], r["events"]
        right, total, pd_miss = r["pubdates"]
        out.print(f"[bold]{name}[/]", highlight=False)
        out.print(f"  {a.line()}", highlight=False)
        out.print(f"  publication dates: {right}/{total} right where the gold has one", highlight=False)
        out.print(f"  participants that are not people or states: {len(r['bad_participants'])}", highlight=False)
        out.print(f"  skipped inputs: {len(r['skipped'])}", highlight=False)
        out.print(f"  {e.line()}", highlight=False)
        if errors:
            for title, items in (("per-article misses", a.misses), ("event rows", e.rows),
                                 ("publication dates missed", pd_miss),
                                 ("non-person participants", r["bad_participants"]), ("skipped", r["skipped"])):
                if items:
                    out.print(f"  [dim]{title}:[/]")
                    for x in items[:errors] if title != "event rows" else items:
                        out.print(f"    {escape(x)}", highlight=False)
