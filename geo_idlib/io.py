"""Files in and out: folders expanded to the files they hold, outputs written atomically.

A failure never leaves half a file behind, and :func:`write_all` writes a command's outputs
together at the end, all or nothing: every file is staged first, then all are renamed into place.
"""
from __future__ import annotations

import glob
import os
import secrets
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


def check_outputs(paths: Iterable[str | Path]) -> list[Path]:
    """``paths`` as paths, once each checked to be writable as a file: not a folder, not under a
    file, not given twice (one output would silently replace another). Raises :class:`InputError`.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> check_outputs([d / "m.html", d / "sub" / "m.csv"])[1].name
    'm.csv'
    >>> check_outputs([d])
    Traceback (most recent call last):
    ...
    geo_idlib.errors.InputError: ...: field 'out': is a folder: give a file name
    """
    out: list[Path] = []
    seen: dict[Path, Path] = {}
    for path in map(Path, paths):
        if path.is_dir():
            raise InputError("is a folder: give a file name", path=path, field="out")
        folder = next((p for p in path.parents if p.exists()), Path("."))
        if not folder.is_dir():
            raise InputError(f"cannot write under {folder}: it is a file", path=path, field="out")
        key = path.resolve()
        if key in seen:
            raise InputError(f"given for two outputs (also {seen[key]})", path=path, field="out")
        seen[key] = path
        out.append(path)
    return out


def _stage(path: Path, data: str | bytes, run: str) -> str:
    """``data`` in a temporary file beside ``path`` (mode of an ordinary new file), named for
    the ``run`` (``.NAME.RUN.XXXX.tmp``); its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{run}.", suffix=".tmp", dir=path.parent)
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


def _keep_old(path: Path, run: str) -> str | None:
    """A hard link ``.NAME.RUN.old`` to the file now at ``path`` (to put it back if a later
    output fails), or ``None`` when there is none (or the file system has no hard links)."""
    if not path.is_file():
        return None
    old = str(path.with_name(f".{path.name}.{run}.old"))
    try:
        os.link(path, old)
    except OSError:
        return None
    return old


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    >>> import tempfile, pathlib
    >>> p = write_atomic(pathlib.Path(tempfile.mkdtemp()) / "a.txt", "hi")
    >>> p.read_text()
    'hi'
    """
    return write_all({Path(path): data})[0]


def write_all(outputs: dict[Path, str | bytes]) -> list[Path]:
    """Write every ``{path: data}`` output, all or nothing: each is staged in a temporary file
    beside its path, then all are renamed into place; if anything fails (or the process is
    interrupted in a way Python sees), the temporary files are removed and the files that were
    at those paths are left or put back as they were. Text is written as UTF-8 as given.
    A path that cannot be written raises :class:`InputError`.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in write_all({d / "m.html": "<p>", d / "m.png": b"PNG"})]
    ['m.html', 'm.png']
    """
    paths = check_outputs(outputs)
    made = [p for p in {q for path in paths for q in (path.parent, *path.parent.parents)} if not p.exists()]
    run = secrets.token_hex(4)  # names this run's temporary files, found again whenever it stops
    staged: list[tuple[str, Path]] = []
    placed: list[tuple[str | None, Path]] = []
    olds: list[str] = []
    try:
        for path, data in zip(paths, outputs.values()):
            staged.append((_stage(path, data, run), path))
        for tmp, path in staged:
            old = _keep_old(path, run)
            if old:
                olds.append(old)
            os.replace(tmp, path)
            placed.append((old, path))
    except BaseException as exc:
        for old, path in reversed(placed):
            if old:
                os.replace(old, path)
            else:
                path.unlink(missing_ok=True)
        for path in paths:
            for tmp in path.parent.glob(f".{glob.escape(path.name)}.{run}.*.tmp"):
                tmp.unlink(missing_ok=True)
        for folder in sorted(made, key=lambda p: len(p.parts), reverse=True):
            try:
                folder.rmdir()
            except OSError:
                pass
        if isinstance(exc, OSError):
            where = Path(exc.filename).name if exc.filename else ""
            failed = next((p for p in paths if where.startswith(f".{p.name}.") or p.name == where), paths[0])
            raise InputError(f"cannot write ({exc.strerror or exc})", path=failed, field="out") from None
        raise
    finally:
        for old in olds:
            Path(old).unlink(missing_ok=True)
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
