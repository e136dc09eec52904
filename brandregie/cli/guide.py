"""``brandregie guide``: the whole brand profile as a PDF brand guide."""

from __future__ import annotations

import argparse

from brandregie.cli.brief import add_output_args, report
from brandregie.cli.common import add_profile_args, load_profile


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "guide", help="the brand guide as PDF",
        description="Write the whole profile as a brand guide: identity, tone of voice, "
                    "vocabulary, positioning, colours, fonts, logos and the employer brand.")
    add_profile_args(parser)
    add_output_args(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from brandregie.export.guide import build_guide

    result = build_guide(load_profile(args), args.output, lang=args.lang)
    report(args.output, result.pages, result.warnings)
    return 0
