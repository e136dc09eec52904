"""The command line (a contract, see DESIGN.md), also the desktop app's entry point.

``brandregie`` alone starts the desktop app. Each subcommand lives in its own module of this
package and offers ``register(subparsers)``; the module list below is the one place they are
wired in. Bad input exits 2 with one line on stderr and no traceback.

Fast start: arguments are parsed before anything heavy loads. A command module imports only
argparse-level things at its top and the rest inside its ``run`` (SQLAlchemy, ReportLab, the
readers and checks cost seconds), and only the module of the command given is imported at all,
so ``--version`` and ``--help`` answer at once and ``check`` never loads the PDF layout
(``tests/cli/test_startup.py`` holds this).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from brandregie import __version__
from brandregie.errors import BrandRegieError

EXIT_OK = 0
EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2

#: Subcommand modules (``brandregie.cli.<name>``), each with ``register(subparsers)``.
COMMANDS = ("pack", "brief", "guide", "export", "backup", "check", "annotate")


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
    try:
        result: int = args.func(args)
    except BrandRegieError as exc:
        sys.stderr.write(f"brandregie: {exc.message}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("brandregie: interrupted\n")
        return 130
    return result
