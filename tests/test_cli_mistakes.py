"""Every user mistake gets one line on stderr and a non-zero exit, never a traceback; the
command line's filter values are checked before anything is read."""
from __future__ import annotations

import sys

import pytest

from parley import cli


def run(argv: list[str], capsys, monkeypatch) -> tuple[int, str, str]:
    """Run `parley ARGV` in this process, through the same entry point as the installed command."""
    monkeypatch.setattr(sys, "argv", ["parley", *argv])
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("PARLEY_DEBUG", raising=False)
    code = 0
    try:
        cli.main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    """A database holding one short article of our own."""
    from parley import api

    folder = tmp_path_factory.mktemp("one")
    (folder / "talks.txt").write_text(
        "Published 2024-06-03\n\nJapanese Foreign Minister Yoko Kamikawa met Chinese Foreign Minister Wang Yi in "
        "Beijing on Sunday, the ministry said. The two discussed seafood imports.", encoding="utf-8")
    path = folder / "one.db"
    api.ingest([str(folder / "talks.txt")], path)
    return path


MISTAKES = [
    (["extract", "/no/such.txt"], "no such file"),
    (["events", "--db", "/etc/passwd"], "not a Parley database"),
    (["timeline", "--db", "{missing}"], "no database at"),
    (["events", "--db", "{missing}"], "no database at"),
    (["articles", "--db", "{missing}"], "no database at"),
    (["people", "--db", "{missing}"], "no database at"),
    (["serve", "--db", "{missing}"], "no database at"),
    (["serve", "--port", "99999", "--db", "{db}"], "not a TCP port"),
    (["timeline", "--db", "{db}", "-f", "csv", "-o", "/nonexistent/dir/x.csv"], "no folder /nonexistent/dir"),
    (["timeline", "--db", "{db}", "-f", "nope"], "unknown format"),
    (["events", "--db", "{db}", "--from", "2024-13-45"], "--from: '2024-13-45' is not a date that exists"),
    (["events", "--db", "{db}", "--from", "yesterday"], "--from: 'yesterday' is not a date"),
    (["events", "--db", "{db}", "--to", "2024-02-30"], "--to: '2024-02-30' is not a date that exists"),
    (["events", "--db", "{db}", "--from", "2024-05", "--to", "2024-03"], "comes after --to"),
    (["events", "--db", "{db}", "--type", "FOO"], "choose one of AGREE, CONSULT"),
    (["events", "--db", "{db}", "--status", "done"], "choose one of happened, planned, background"),
    (["events", "--db", "{db}", "--country", "Narnia"], "unknown country 'Narnia'"),
    (["events", "--db", "{db}", "--country", "Japna"], "did you mean Japan (JPN)?"),
    (["events", "--db", "{db}", "--between", "CN"], "exactly two countries"),
    (["events", "--db", "{db}", "--between", "CN", "--between", "China"], "two different countries"),
    (["events", "--db", "{db}", "--between", "CN", "--between", "UN"], "not a state"),
]


@pytest.mark.parametrize("argv,says", MISTAKES, ids=[" ".join(a) for a, _ in MISTAKES])
def test_each_mistake_is_one_line_and_a_nonzero_exit(argv, says, small_db, tmp_path, capsys, monkeypatch):
    missing = tmp_path / "typo.db"
    argv = [a.format(db=small_db, missing=missing) for a in argv]
    code, out, err = run(argv, capsys, monkeypatch)
    assert code != 0, (argv, out, err)
    assert "Traceback" not in out + err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and says in lines[0], err
    assert not missing.exists()             # a database is never created by a command that reads one


def test_valid_filters_are_normalised_and_answer(small_db, capsys, monkeypatch):
    code, out, err = run(["events", "--db", str(small_db), "--json", "--between", "JP", "--between", "China",
                          "--from", "2024", "--to", "2024-06", "--type", "consult", "--status", "HAPPENED"],
                         capsys, monkeypatch)
    assert code == 0, err
    assert out.strip() and all('"CONSULT"' in line for line in out.splitlines())
    code, out, _ = run(["events", "--db", str(small_db), "--json", "--from", "2025"], capsys, monkeypatch)
    assert code == 0 and out.strip() == ""


def test_version_and_install_hints_keep_their_brackets(capsys, monkeypatch):
    from parley import __version__

    code, out, _ = run(["--version"], capsys, monkeypatch)
    assert code == 0 and out.strip() == f"parley {__version__}"
    code, out, _ = run(["ingest", "--help"], capsys, monkeypatch)
    assert code == 0 and "parley[ray]" in out


def test_serve_create_makes_the_database_it_is_asked_for(tmp_path, capsys, monkeypatch):
    import uvicorn

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.update(kw))
    code, _, err = run(["serve", "--db", str(tmp_path / "new.db"), "--create", "--port", "8123"], capsys, monkeypatch)
    assert code == 0 and served["port"] == 8123 and (tmp_path / "new.db").exists(), err
