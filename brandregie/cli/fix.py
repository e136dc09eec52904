"""``brandregie fix``: the brand's fixes applied to a draft, written to a new file.

A Word draft comes back with each fix as a tracked change (and the other findings as
comments); text and Markdown keep their lines one for one. Only fixes that are safe to apply
unread are applied; the others are listed for the person to check. Exit codes as for
``check``: 0 done, 2 bad input (one line on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from brandregie.cli.common import add_profile_args, load_profile
from brandregie.errors import BrandRegieError
from brandregie.i18n import SUPPORTED, system_language, translator

if TYPE_CHECKING:
    from brandregie.fixes.files import FixOutcome

EXIT_OK = 0
KIND_NAMES = "terms, names, address, exclamation, emoji"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "fix", help="apply the brand's fixes to a draft",
        description="Write a copy of a draft with the brand's fixes: a Word file with tracked "
                    "changes (and comments for the rest), text and Markdown line for line.")
    add_profile_args(parser)
    parser.add_argument("draft", metavar="DRAFT", type=Path)
    parser.add_argument("-o", "--output", metavar="OUT", type=Path, required=True,
                        help="the fixed copy to write")
    parser.add_argument("--only", metavar="KINDS", default=None,
                        help=f"fix only these kinds, comma-separated ({KIND_NAMES})")
    parser.add_argument("--author", metavar="NAME", default=None,
                        help="the name on tracked changes and comments (default: BrandRegie)")
    parser.add_argument("--lang", choices=SUPPORTED, default=None,
                        help="the language of messages (default: the system's)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from brandregie.fixes.files import DEFAULT_AUTHOR, fix_file
    from brandregie.fixes.propose import parse_kinds

    lang = args.lang or system_language()
    tr = translator(lang)
    try:
        kinds = parse_kinds(args.only)
    except ValueError as exc:
        raise BrandRegieError(tr("--only knows no kind “{kinds}”; the kinds are: {known}")
                              .format(kinds=exc, known=KIND_NAMES)) from None
    snapshot = load_profile(args)
    outcome = fix_file(args.draft, args.output, snapshot, kinds,
                       author=args.author or DEFAULT_AUTHOR, lang=lang)
    sys.stdout.write(render(outcome, args.draft, args.output, lang))
    return EXIT_OK


def render(outcome: FixOutcome, draft: Path, out: Path, lang: str) -> str:
    """What was changed, and what is left to check, for a person."""
    tr = translator(lang)
    unit = tr("line {n}") if outcome.unit == "line" else tr("paragraph {n}")
    lines = [tr("{file}: {applied} fixes applied, {check} to check").format(
        file=draft, applied=len(outcome.applied), check=len(outcome.to_check))]
    for fix in outcome.applied:
        lines.append(f"  {unit.format(n=outcome.place(fix.start))}: "
                     f"“{fix.before}” → “{fix.after}”")
    if outcome.to_check:
        lines.append(tr("To check (not applied):"))
        for fix in outcome.to_check:
            lines.append(f"  {unit.format(n=outcome.place(fix.start))}: "
                         f"“{fix.before}” → “{fix.after}” ({tr(fix.note)})")
    lines.append(tr("Written: {path}").format(path=out))
    return "\n".join(lines) + "\n"
