"""TimeML documents (TempEval-3) and the TempEval-3 TIMEX3 scores.

Scores, as TempEval-3 defines them: extents matched strictly (same characters) and relaxed
(overlapping, one to one); type and value F1 count a system expression as correct when it
relaxed-matches a gold one and has the same attribute, i.e. attribute P = correct / system,
R = correct / gold.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from .tagger import Timex, tag

TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    docid: str
    dct: dt.date | None
    dct_value: str | None
    text: str
    gold: list[GoldTimex]
    path: Path | None = None


def _strip(fragment: str) -> tuple[str, list[GoldTimex]]:
    """Plain text of a TimeML TEXT element and the TIMEX3 spans in it."""
    out: list[str] = []
    pos = 0
    gold: list[GoldTimex] = []
    open_tx: tuple[int, dict[str, str]] | None = None
    last = 0
    for m in TAG.finditer(fragment):
        chunk = html.unescape(fragment[last:m.start()])
        out.append(chunk)
        pos += len(chunk)
        last = m.end()
        closing, name = m.group(1) == "/", m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_tx = (pos, dict(ATTR.findall(m.group(3))))
        elif open_tx is not None:
            start, attrs = open_tx
            gold.append(GoldTimex(start, pos, "", attrs.get("type", ""), attrs.get("value", "")))
            open_tx = None
    chunk = html.unescape(fragment[last:])
    out.append(chunk)
    text = "".join(out)
    for g in gold:
        g.text = text[g.start:g.end]
    return text, gold


def read_timeml(path: str | Path) -> TimeMLDoc:
    raw = Path(path).read_text(encoding="utf-8", errors="replace")
    docid = re.search(r"<DOCID>(.*?)</DOCID>", raw, re.S)
    dct_value = None
    dct_m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw, re.S)
    if dct_m:
        dct_value = dict(ATTR.findall(dct_m.group(1))).get("value")
    dct = None
    if dct_value and re.match(r"\d{4}-\d{2}-\d{2}", dct_value):
        dct = dt.date.fromisoformat(dct_value[:10])
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    text, gold = _strip(body.group(1) if body else "")
    return TimeMLDoc(docid.group(1).strip() if docid else Path(path).stem, dct, dct_value, text, gold, Path(path))


def write_timeml(doc: TimeMLDoc, timexes: list[Timex], path: str | Path) -> None:
    parts = []
    pos = 0
    for i, t in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        parts.append(escape(doc.text[pos:t.start]))
        attrs = f'tid="t{i}" type={quoteattr(t.type)} value={quoteattr(t.value or "")}'
        if t.mod:
            attrs += f" mod={quoteattr(t.mod)}"
        parts.append(f"<TIMEX3 {attrs}>{escape(doc.text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    parts.append(escape(doc.text[pos:]))
    dct = (f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(doc.dct_value or "")} '
           f'functionInDocument="CREATION_TIME">{escape(doc.dct_value or "")}</TIMEX3></DCT>')
    Path(path).write_text(
        f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{escape(doc.docid)}</DOCID>\n{dct}\n<TEXT>{"".join(parts)}</TEXT>\n</TimeML>\n',
        encoding="utf-8",
    )


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)   # (doc, text, gold, system)

    def add(self, other: "Counts") -> None:
        for f in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.errors.extend(other.errors)

    @staticmethod
    def prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
        p = correct / system if system else 0.0
        r = correct / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def scores(self) -> dict[str, tuple[float, float, float]]:
        return {
            "strict": self.prf(self.strict, self.system, self.gold),
            "relaxed": self.prf(self.relaxed, self.system, self.gold),
            "type": self.prf(self.type_ok, self.system, self.gold),
            "value": self.prf(self.value_ok, self.system, self.gold),
        }


def score_document(doc: TimeMLDoc, system: list[Timex]) -> Counts:
    c = Counts(gold=len(doc.gold), system=len(system))
    used: set[int] = set()
    for g in doc.gold:
        exact = next((i for i, s in enumerate(system) if i not in used and s.start == g.start and s.end == g.end), None)
        best = exact if exact is not None else next(
            (i for i, s in enumerate(system) if i not in used and s.start < g.end and g.start < s.end), None)
        if best is None:
            c.errors.append((doc.docid, g.text, f"{g.type} {g.value}", "MISSED"))
            continue
        used.add(best)
        s = system[best]
        c.relaxed += 1
        c.strict += exact is not None
        c.type_ok += s.type == g.type
        c.value_ok += (s.value or "") == g.value
        if (s.value or "") != g.value or s.type != g.type or exact is None:
            c.errors.append((doc.docid, f"{g.text} | {s.text}", f"{g.type} {g.value}", f"{s.type} {s.value} [{s.rule}]"))
    for i, s in enumerate(system):
        if i not in used:
            c.errors.append((doc.docid, s.text, "SPURIOUS", f"{s.type} {s.value} [{s.rule}]"))
    return c


def evaluate(folder: str | Path, out_dir: str | Path | None = None) -> dict[str, Counts]:
    """Tag every .tml file under `folder` and score it; results per sub-folder and overall."""
    root = Path(folder)
    files = sorted(root.rglob("*.tml"))
    results: dict[str, Counts] = {}
    total = Counts()
    for f in files:
        doc = read_timeml(f)
        system = tag(doc.text, doc.dct)
        counts = score_document(doc, system)
        group = f.relative_to(root).parts[0] if len(f.relative_to(root).parts) > 1 else root.name
        results.setdefault(group, Counts()).add(counts)
        total.add(counts)
        if out_dir is not None:
            target = Path(out_dir) / f.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            write_timeml(doc, system, target)
    results["all"] = total
    return results
