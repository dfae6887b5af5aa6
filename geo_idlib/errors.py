"""Exception types shared by every room; the command line turns them into exit code 2."""
from __future__ import annotations

from pathlib import Path


class GeoIdlibError(Exception):
    """Base class of every error geo_idlib raises on purpose."""


class InputError(GeoIdlibError, ValueError):
    """Bad user input, located by file, line and field.

    >>> str(InputError("bad latitude 'x'", path="places.csv", line=3, field="lat"))
    "places.csv:3: field 'lat': bad latitude 'x'"
    """

    def __init__(self, message: str, *, path: str | Path | None = None,
                 line: int | None = None, field: str | None = None) -> None:
        self.message, self.path, self.line, self.field = message, path, line, field
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        if field is not None:
            where += f"field {field!r}: "
        super().__init__(f"{where}{message}")
