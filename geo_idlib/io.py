"""Files in and out: folders expanded to the files they hold, outputs written atomically.

A failure never leaves half a file behind, and :func:`write_all` writes a command's outputs
together at the end: every file is staged first, then all are renamed into place.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from geo_idlib.errors import InputError


def expand_paths(paths: Iterable[str | Path], suffixes: Iterable[str]) -> list[Path]:
    """``paths`` with every folder replaced by the files in it (and its subfolders) whose suffix
    is one of ``suffixes``, sorted by path; hidden files are skipped. Files are kept as given.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.txt", "a.md", "notes.pdf", ".hidden.txt"): _ = (d / name).write_text("x")
    >>> [p.name for p in expand_paths([d], [".txt", ".md"])]
    ['a.md', 'b.txt']
    """
    wanted = {s.lower() for s in suffixes}
    out: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            out.append(path)
            continue
        found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in wanted
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not found:
            raise InputError(f"no {', '.join(sorted(wanted))} files in this folder", path=path)
        out.extend(found)
    return out


def _stage(path: Path, data: str | bytes) -> str:
    """``data`` in a temporary file beside ``path`` (mode of an ordinary new file); its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600 files; outputs are ordinary files
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    >>> import tempfile, pathlib
    >>> p = write_atomic(pathlib.Path(tempfile.mkdtemp()) / "a.txt", "hi")
    >>> p.read_text()
    'hi'
    """
    return write_all({Path(path): data})[0]


def write_all(outputs: dict[Path, str | bytes]) -> list[Path]:
    """Write every ``{path: data}`` output: all are staged beside their paths, then renamed into
    place; if staging fails, nothing is written. Text is written as UTF-8 as given.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in write_all({d / "m.html": "<p>", d / "m.png": b"PNG"})]
    ['m.html', 'm.png']
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in outputs.items():
            staged.append((_stage(Path(path), data), Path(path)))
        for tmp, path in staged:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    return [path for _, path in staged]


def size_text(n: int) -> str:
    """A file size for people.

    >>> size_text(512), size_text(2_345_678)
    ('512 B', '2.3 MB')
    """
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"
