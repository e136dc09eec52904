"""The command line (a contract, see DESIGN.md), also the desktop app's entry point.

``brandregie`` alone starts the desktop app. Each subcommand lives in its own module of this
package and offers ``register(subparsers)``; the module list below is the one place they are
wired in. :func:`main` is the one guard around every command and the app: bad input exits 2
with one line on stderr; an unexpected error exits 3 with one line naming the log file that
holds its traceback. Never a traceback on the terminal.

Fast start: arguments are parsed before anything heavy loads. A command module imports only
argparse-level things at its top and the rest inside its ``run`` (SQLAlchemy, ReportLab, the
readers and checks cost seconds), and only the module of the command given is imported at all,
so ``--version`` and ``--help`` answer at once and ``check`` never loads the PDF layout
(``tests/cli/test_startup.py`` holds this).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from brandregie import __version__
from brandregie.errors import BrandRegieError

EXIT_OK = 0
EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL_ERROR = 3
#: The cycle collector's thresholds in a command's process (Python's default: 700, 10, 10).
CYCLE_THRESHOLDS = (100_000, 50, 100)

#: Subcommand modules (``brandregie.cli.<name>``), each with ``register(subparsers)``.
COMMANDS = ("pack", "brief", "guide", "export", "backup", "check", "fix", "annotate",
            "scorecard")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``only`` (a command's name), that command alone is registered."""
    parser = _Parser(prog="brandregie", description="Keep your own brand.")
    parser.add_argument("--version", action="version", version=f"brandregie {__version__}")
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMANDS if only is None else (only,):
        importlib.import_module(f"brandregie.cli.{name}").register(subparsers)
    return parser


def _opens_a_pack(arg: str) -> bool:
    """``brandregie PACK``: a pack double-clicked in the file manager opens in the app."""
    return arg.endswith((".brandpack", ".json")) and Path(arg).is_file()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command (or the app); whatever goes wrong ends in one line on stderr."""
    try:
        code = _run(argv)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's teardown
        return code
    except BrandRegieError as exc:
        return _say(exc.message, EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return _say("interrupted", 130)
    except BrokenPipeError:  # ``brandregie check ... | head``: the reader left, nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED_CHECK
    except OSError as exc:  # the environment (disk full, a folder gone), not the input's fault
        _log_traceback(exc)
        reason = exc.strerror or str(exc)
        where = f": {exc.filename}" if exc.filename else ""
        return _say(f"{reason}{where}", EXIT_BAD_INPUT)
    except Exception as exc:  # a bug: its traceback goes to the log, one line here
        return _internal_error(exc)


def _say(message: str, code: int) -> int:
    from brandregie.shown import shown

    sys.stderr.write(f"brandregie: {shown(message)}\n")
    return code


def _log_traceback(exc: BaseException) -> str | None:
    """Write ``exc`` with its traceback to the log; the log file's path, if it could be written."""
    from brandregie import logs

    try:
        where = logs.current_log_file() or logs.setup_logging()
        logs.log.critical("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    except Exception:  # logging must never turn one line into a traceback
        return None
    return str(where) if where is not None else None


def _internal_error(exc: BaseException) -> int:
    from brandregie.i18n import _
    from brandregie.logs import summarize

    where = _log_traceback(exc)
    message = _("internal error ({summary})").format(summary=summarize(exc))
    if where is not None:
        message += "; " + _("the details are in {path}").format(path=where)
    return _say(message, EXIT_INTERNAL_ERROR)


def _run(argv: Sequence[str] | None) -> int:
    # Warnings are for the log (set up on an error), not the terminal: the one line says it.
    logging.getLogger("brandregie").addHandler(logging.NullHandler())
    args_list = list(sys.argv[1:] if argv is None else argv)
    if (not args_list or args_list[0] in ("--quit-after-paint", "-platform")
            or _opens_a_pack(args_list[0])):
        from brandregie.app import run_app  # Qt only when the desktop app is wanted

        return run_app(args_list)
    parser = build_parser(args_list[0] if args_list[0] in COMMANDS else None)
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    if argv is None:  # this process is the command: short-lived, no threads of its own
        from brandregie import childproc

        childproc.fork_per_run()  # no process server started, none left behind
        # Imports and checks make many objects and few cycles: with the default threshold the
        # cycle collector walks them again and again (10-15 % of checking 1 MB of text).
        gc.set_threshold(*CYCLE_THRESHOLDS)
    result: int = args.func(args)
    return result
