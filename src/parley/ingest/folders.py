"""What to read: the paths given on the command line, expanded into files to read or Problems.

Folders are walked recursively, in sorted order, hidden entries (".git", ".DS_Store") left out.
Nothing is opened here, and every entry that will not be read is reported with a reason, never
dropped in silence:
- FIFOs, sockets and device files are not regular files and are never opened (opening a FIFO
  blocks until a writer comes; reading /dev/zero never ends);
- a subfolder that cannot be listed ("permission denied"), a broken symbolic link;
- a symbolic link to a folder is followed, once: a link back into a folder being read (a loop),
  or to a folder already read, is reported instead of being read again.
File names that are not valid UTF-8 ("x\\xff.txt") or hold control characters are labelled with
backslash escapes, so the label can be printed on one line and stored, while the file is still
opened by its real name.
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..records import Problem

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
NOT_REGULAR = [(stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
               (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder")]


@dataclass(slots=True)
class InputFile:
    """One thing to read: a path, or stdin when path is None."""

    path: Path | None
    label: str

    @property
    def is_stdin(self) -> bool:
        return self.path is None


def label_of(path: str | Path) -> str:
    """A printable, storable name for a path on one line: bytes that are not UTF-8, and control
    characters (a newline in a file name), become \\xNN escapes."""
    label = os.fsencode(path).decode("utf-8", errors="backslashreplace")
    return CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", label)


def kind_of(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO (named pipe)"), or None for a regular file."""
    for test, what in NOT_REGULAR:
        if test(mode):
            return what
    return None if stat.S_ISREG(mode) else "not a regular file"


def list_inputs(paths: list[str]) -> tuple[list[InputFile], list[Problem]]:
    """Expand folders recursively (sorted, hidden entries left out) and check that paths exist."""
    files: list[InputFile] = []
    problems: list[Problem] = []
    for item in iter_inputs(paths):
        (problems if isinstance(item, Problem) else files).append(item)
    return files, problems


def iter_inputs(paths: list[str]) -> Iterator[InputFile | Problem]:
    """`list_inputs` as a stream, in the same order: a folder of a million files is walked
    without holding the list of them."""
    seen_dirs: set[tuple[int, int]] = set()
    for p in paths:
        if p == "-":
            yield InputFile(None, "<stdin>")
            continue
        path = Path(p)
        try:
            st = path.stat()
        except FileNotFoundError:
            what = "broken symbolic link" if path.is_symlink() else "no such file or folder"
            yield Problem(label_of(path), "missing", what)
            continue
        except OSError as exc:
            yield Problem(label_of(path), "unreadable", f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, st, seen_dirs)
        elif stat.S_ISREG(st.st_mode):
            yield InputFile(path, label_of(path))
        else:
            yield _not_regular(path, st.st_mode)


def _not_regular(path: Path, mode: int) -> Problem:
    return Problem(label_of(path), "not-a-file", f"{kind_of(mode)}, not a regular file; not opened")


def _walk(top: Path, top_stat: os.stat_result, seen_dirs: set[tuple[int, int]]) -> Iterator[InputFile | Problem]:
    """Depth-first, sorted, without recursion (a folder 10,000 deep is no trouble)."""
    seen_dirs.add((top_stat.st_dev, top_stat.st_ino))
    stack: list[Path] = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: os.fsencode(e.name))
        except OSError as exc:
            yield Problem(label_of(folder), "unreadable",
                          f"cannot list this folder: {exc.strerror or exc}; its files were not read")
            continue
        subfolders: list[Path] = []
        for entry in entries:
            path = Path(entry.path)
            try:
                st = entry.stat(follow_symlinks=True)
            except FileNotFoundError:
                yield Problem(label_of(path), "missing", "broken symbolic link")
                continue
            except OSError as exc:
                yield Problem(label_of(path), "unreadable", f"cannot read: {exc.strerror or exc}")
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in seen_dirs:
                    what = "a link to a folder already read (or a loop)" if entry.is_symlink() else "a folder already read"
                    yield Problem(label_of(path), "duplicate-folder", f"{what}; not read again")
                    continue
                seen_dirs.add(key)
                subfolders.append(path)
            elif stat.S_ISREG(st.st_mode):
                yield InputFile(path, label_of(path))
            else:
                yield _not_regular(path, st.st_mode)
        stack.extend(reversed(subfolders))
