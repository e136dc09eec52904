"""``brandregie export``: the brand for the agency's tools and the HR documents.

``export tokens`` writes W3C design tokens (``.json``) or CSS custom properties (``.css``);
``export vale`` writes a Vale style package; ``export advocacy`` and ``export employer-plan``
write the advocacy kit and the employer-branding plan as PDF.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from brandregie.cli.brief import add_output_args, report
from brandregie.cli.common import add_profile_args, load_profile
from brandregie.errors import BrandRegieError
from brandregie.i18n import SUPPORTED

if TYPE_CHECKING:
    from brandregie.export.render import ExportResult, Output
    from brandregie.profile.snapshot import ProfileSnapshot

PdfBuilder = Callable[..., "ExportResult"]
#: The PDF kinds: what the command is called, the builder (``module:function``), its help.
PDF_KINDS = (
    ("advocacy", "brandregie.export.advocacy:build_advocacy_kit",
     "the employee advocacy kit as PDF"),
    ("employer-plan", "brandregie.export.employer:build_employer_plan",
     "the employer-branding plan for HR and marketing as PDF"),
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export", help="design tokens, a Vale style, the advocacy kit or the employer plan")
    kinds = parser.add_subparsers(dest="export_kind", required=True,
                                  parser_class=type(parser))

    tokens = kinds.add_parser("tokens", help="design tokens: W3C JSON (.json) or CSS (.css)")
    add_profile_args(tokens)
    tokens.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                        help="brand.tokens.json or brand.css")
    tokens.set_defaults(func=run_tokens)

    vale = kinds.add_parser("vale", help="a Vale style package for checking copy")
    add_profile_args(vale)
    vale.add_argument("-o", "--output", metavar="FOLDER", type=Path, required=True)
    vale.add_argument("--lang", choices=SUPPORTED, default=None,
                      help="the language of the messages (default: the brand's)")
    vale.set_defaults(func=run_vale)

    for name, builder, text in PDF_KINDS:
        pdf = kinds.add_parser(name, help=text)
        add_profile_args(pdf)
        add_output_args(pdf)
        pdf.set_defaults(func=run_pdf, builder=builder)


def run_tokens(args: argparse.Namespace) -> int:
    output: Path = args.output
    suffix = output.suffix.lower()
    if suffix not in (".json", ".css"):
        raise BrandRegieError(f"{output.name}: give a .json file (W3C design tokens) or a "
                              ".css file (custom properties)")
    from brandregie.export.tokens import design_tokens_css, design_tokens_json

    snapshot = load_profile(args)
    text = design_tokens_json(snapshot) if suffix == ".json" else design_tokens_css(snapshot)
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise BrandRegieError(f"{output} cannot be written: {exc.strerror or exc}") from None
    sys.stdout.write(f"{output}\n")
    return 0


def run_vale(args: argparse.Namespace) -> int:
    from brandregie.export.vale import write_vale_package

    ini = write_vale_package(load_profile(args), args.output, lang=args.lang)
    sys.stdout.write(f"{ini}\n")
    return 0


def run_pdf(args: argparse.Namespace) -> int:
    snapshot: ProfileSnapshot = load_profile(args)
    out: Output = args.output
    module, _sep, function = args.builder.partition(":")
    build: PdfBuilder = getattr(importlib.import_module(module), function)
    result = build(snapshot, out, lang=args.lang)
    report(args.output, result.pages, result.warnings)
    return 0
