"""``brandregie brief``: a PDF brief for one assignment, filled in from the profile."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from brandregie.cli.common import DELIVERABLES, add_profile_args, load_profile
from brandregie.i18n import SUPPORTED


def iso_date(text: str) -> date:
    """An ISO 8601 date for argparse; anything else is a one-line usage error."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (expected YYYY-MM-DD)") from None


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not 1 or more")
    return value


def not_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value


def add_output_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True,
                        help="where to write the PDF")
    parser.add_argument("--lang", choices=SUPPORTED, default=None,
                        help="the document's language (default: the brand's first language)")


def report(path: Path, pages: int, warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        sys.stderr.write(f"brandregie: warning: {warning}\n")
    sys.stdout.write(f"{path} ({pages} page{'s' if pages != 1 else ''})\n")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "brief", help="a PDF brief for an assignment, in the brand's own look",
        description="Write a brief for the agency: the profile fills in the audience, key "
                    "message, tone of voice, positioning and mandatories.")
    add_profile_args(parser)
    parser.add_argument("--type", required=True, choices=DELIVERABLES,
                        help="the deliverable")
    parser.add_argument("--persona", metavar="NAME", help="the persona it is for")
    parser.add_argument("--key-message", metavar="N", type=positive,
                        help="which key message of the profile (1 = the first)")
    parser.add_argument("--deadline", metavar="DATE", type=iso_date, help="YYYY-MM-DD")
    parser.add_argument("--first-draft", metavar="DATE", type=iso_date,
                        help="when the first draft is due (YYYY-MM-DD)")
    parser.add_argument("--title", metavar="TEXT", default="", help="the assignment's title")
    parser.add_argument("--background", metavar="TEXT", default="")
    parser.add_argument("--why-now", metavar="TEXT", default="")
    parser.add_argument("--objective", metavar="TEXT", default="")
    parser.add_argument("--success", metavar="TEXT", default="",
                        help="how success is measured")
    parser.add_argument("--cta", metavar="TEXT", default="", help="the call to action")
    parser.add_argument("--deliverable", metavar="TEXT", action="append", default=[])
    parser.add_argument("--channel", metavar="TEXT", action="append", default=[])
    parser.add_argument("--mandatory", metavar="TEXT", action="append", default=[],
                        help="a must-have, such as legal text (repeatable)")
    parser.add_argument("--budget", metavar="TEXT", default="")
    parser.add_argument("--rounds", metavar="N", type=not_negative,
                        help="number of revision rounds")
    parser.add_argument("--sign-off", metavar="NAME", default="", help="who approves")
    parser.add_argument("--contact", metavar="TEXT", default="")
    parser.add_argument("--agency", metavar="NAME", default="")
    add_output_args(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from brandregie.export.brief import BriefRequest, BriefType, build_brief

    snapshot = load_profile(args)
    request = BriefRequest(
        type=BriefType(args.type), title=args.title, persona=args.persona,
        key_message=None if args.key_message is None else args.key_message - 1,
        deadline=args.deadline, first_draft=args.first_draft, background=args.background,
        why_now=args.why_now, objective=args.objective, success_measure=args.success,
        call_to_action=args.cta, deliverables=tuple(args.deliverable),
        channels=tuple(args.channel), mandatories=tuple(args.mandatory), budget=args.budget,
        revision_rounds=args.rounds, sign_off=args.sign_off, contact=args.contact,
        agency=args.agency)
    result = build_brief(snapshot, request, args.output, lang=args.lang)
    report(args.output, result.pages, result.warnings)
    return 0
