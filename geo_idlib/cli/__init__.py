"""The ``geo-idlib`` command: the only place that parses arguments, prints and exits.

Each command group lives in its own module exposing ``register(subparsers)``; every command
function takes the parsed ``args`` and returns an exit code. A :class:`GeoIdlibError` (bad
input) becomes one line on stderr and exit code 2. Command modules import the heavy libraries
inside the commands, so that ``geo-idlib --help`` answers at once.
"""
from __future__ import annotations

import argparse
import importlib
import re
import signal
import sys
import threading

from geo_idlib import __version__
from geo_idlib.errors import GeoIdlibError, InputError

#: Command-group modules, in the order of the data flow.
COMMAND_MODULES = ["geo_idlib.cli.gazetteer_cmds", "geo_idlib.cli.reports_cmds", "geo_idlib.cli.control_cmds",
                   "geo_idlib.cli.map_cmds"]
EXAMPLES = """examples:
  geo-idlib map reports/ -o maps/idlib.html            # a folder of reports -> a reviewed map
  geo-idlib resolve "Kafr Nubl" Saraqeb --near Idlib
  geo-idlib extract reports/ -o events.csv && geo-idlib merge events.csv acled.csv -o all.gpkg

Every command's --help ends with its own examples."""


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every command group registered."""
    parser = argparse.ArgumentParser(
        prog="geo-idlib", description="Place names, reports and maps of the air war in north-west Syria.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"geo-idlib {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised where the command is so that its ``finally`` blocks and
    temporary files are cleaned up as on Ctrl-C."""


def _terminated(signum: int, frame: object) -> None:
    raise Terminated(signum)


def _on_signals(handler):
    """Install ``handler`` for SIGTERM and SIGHUP (in the main thread only); the handlers before."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if sig}


#: Arguments that are file names (any bytes the system allows); every other one is text.
PATH_ARGUMENTS = frozenset({"out", "inputs", "control", "flows"})


def check_text_arguments(args: argparse.Namespace) -> None:
    """An :class:`InputError` for a text argument holding bytes that are not UTF-8 (Python keeps
    them as lone surrogates, which no output could be written with).

    >>> check_text_arguments(argparse.Namespace(title="ab\\udcffc", out="a\\udcff.html"))
    Traceback (most recent call last):
    ...
    geo_idlib.errors.InputError: field 'title': not UTF-8 text (is the terminal set to UTF-8?)
    """
    for dest, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if dest not in PATH_ARGUMENTS and any(isinstance(v, str) and _SURROGATES.search(v) for v in values):
            raise InputError("not UTF-8 text (is the terminal set to UTF-8?)", field=dest.replace("_", "-"))


_SURROGATES = re.compile("[\ud800-\udfff]")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``geo-idlib`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    before = _on_signals(_terminated)
    try:
        check_text_arguments(args)
        return int(args.func(args) or 0)
    except GeoIdlibError as exc:
        print(f"geo-idlib: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("geo-idlib: interrupted (outputs are written whole or not at all)", file=sys.stderr)
        return 130
    except Terminated as exc:
        print("geo-idlib: stopped by a signal (outputs are written whole or not at all)", file=sys.stderr)
        return 128 + exc.args[0]
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
