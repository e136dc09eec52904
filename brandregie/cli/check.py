"""``brandregie check``: drafts against the brand, for a person (text) or a program (json).

Exit codes follow DESIGN.md: 0 done, 1 a draft scored under ``--fail-under``, 2 bad input (an
unreadable draft, a bad pack or option). An unreadable draft is named on stderr and the others
are still checked, so one broken attachment does not hide the rest.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from brandregie.cli.common import DELIVERABLES, add_profile_args, load_profile
from brandregie.errors import BrandRegieError
from brandregie.i18n import SUPPORTED, _, system_language, translator
from brandregie.shown import shown

if TYPE_CHECKING:
    from brandregie.checks import Category, Report, Severity

EXIT_OK, EXIT_FAILED_CHECK, EXIT_BAD_INPUT = 0, 1, 2
#: The checks of one draft stop after this much work (cooperatively, between text segments):
#: with the reader's text budget a real draft takes a few seconds at most.
CHECK_SECONDS = 30
#: Longest excerpt shown in the text output (the JSON output has them whole).
SHOWN_EXCERPT = 90


def score(text: str) -> float:
    """A score for ``--fail-under``: a number from 0 to 100."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 100")
    return value


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check", help="check drafts against the brand",
        description="Check drafts (txt, md, docx, pdf, html, eml, png, jpg, ...) against a "
                    "brand: a score, and every place where a draft departs from the brand.")
    add_profile_args(parser)
    parser.add_argument("drafts", metavar="DRAFT", nargs="+", type=Path)
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text for people (default), json for programs")
    parser.add_argument("--fail-under", metavar="SCORE", type=score, default=None,
                        help="exit with 1 when a draft scores under SCORE (0-100)")
    parser.add_argument("--lang", choices=SUPPORTED, default=None,
                        help="the language of the report (default: the system's)")
    parser.add_argument("--type", choices=DELIVERABLES, default=None,
                        help="what the draft is (vacancy texts get vacancy checks; "
                             "default: recognised from the text)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from brandregie.checks import check_document
    from brandregie.checks.engine import Cancelled
    from brandregie.ingest import read_document

    snapshot = load_profile(args)
    lang = args.lang or system_language()
    reports: list[Report] = []
    bad = False
    for path in args.drafts:
        try:
            document = read_document(path)
        except BrandRegieError as exc:
            sys.stderr.write(f"brandregie: {shown(exc.message)}\n")
            bad = True
            continue
        try:
            report = check_document(document, snapshot, lang=lang, deliverable=args.type,
                                    cancel=_after(CHECK_SECONDS))
        except Cancelled:
            sys.stderr.write("brandregie: " + shown(_(
                "checking {name} took longer than {s} seconds, so it was stopped").format(
                    name=path.name, s=CHECK_SECONDS)) + "\n")
            bad = True
            continue
        reports.append(replace(report, file=str(path)))
    if args.format == "json":
        sys.stdout.write(json.dumps([r.to_json() for r in reports], ensure_ascii=False,
                                    indent=2) + "\n")
    else:
        sys.stdout.write(render_text(reports, lang))
    if bad:
        return EXIT_BAD_INPUT
    if args.fail_under is not None and any(r.score < args.fail_under for r in reports):
        return EXIT_FAILED_CHECK
    return EXIT_OK


def _after(seconds: float) -> Callable[[], bool]:
    """True once this process has computed ``seconds`` more: the checks' cooperative budget.
    Processor time, not the clock's: on a busy machine (a CI runner at a load of 14 on two
    cores) a 3 MB text that needs 4 s of work took over 30 s by the clock and was stopped."""
    deadline = time.process_time() + seconds
    return lambda: time.process_time() > deadline


def _category_names(tr: Callable[[str], str]) -> dict[Category, str]:
    from brandregie.checks import Category

    return {Category.TERMINOLOGY: tr("Words"), Category.TONE: tr("Tone of voice"),
            Category.READABILITY: tr("Readability"), Category.MESSAGES: tr("Key messages"),
            Category.VISUAL: tr("Colours and fonts"), Category.VOICE: tr("Sounds like us")}


def _severity_names(tr: Callable[[str], str]) -> dict[Severity, str]:
    from brandregie.checks import Severity

    return {Severity.ERROR: tr("error"), Severity.WARNING: tr("warning"),
            Severity.INFO: tr("hint")}


@lru_cache(maxsize=8192)
def _fill(text: str, width: int, first: str, rest: str) -> str:
    """``textwrap.fill``, at once where the text fits on its line; messages repeat, so each is
    wrapped once (a long draft has thousands of findings and a few hundred messages)."""
    if (len(first) + len(text) <= width and text == text.strip()
            and not any(c in text for c in "\t\n\x0b\x0c\r")):
        return first + text if text else ""
    return textwrap.fill(text, width, initial_indent=first, subsequent_indent=rest)


def _short(text: str) -> str:
    return text if len(text) <= SHOWN_EXCERPT else text[:SHOWN_EXCERPT - 1].rstrip() + "…"


def render_text(reports: list[Report], lang: str, width: int | None = None) -> str:
    """The reports as a person reads them: score first, then findings by category."""
    from brandregie.checks import Category, Severity
    from brandregie.checks.model import category_of
    from brandregie.checks.names import rule_name
    from brandregie.checks.rules.readability import MIN_WORDS

    width = width or min(100, shutil.get_terminal_size((100, 24)).columns)
    tr = translator(lang)
    categories = _category_names(tr)
    severities = _severity_names(tr)
    label_width = max(len(s) for s in severities.values())
    indent = " " * (4 + label_width + 2)
    lights = {"green": tr("green"), "amber": tr("amber"), "red": tr("red")}
    lines: list[str] = []
    for report in reports:
        if lines:
            lines.append("")
        head = tr("{file}: {score}/100 ({light})").format(
            file=shown(report.file), score=report.score,
            light=lights[report.traffic_light.value])
        lines.append(head)
        if report.revision is not None:
            lines.append("  " + tr("checked against {brand}, revision {n}").format(
                brand=report.brand, n=report.revision))
        else:
            lines.append("  " + tr("checked against {brand}").format(brand=report.brand))
        scores = [f"{categories[c].lower()} {s}" for c, s in report.categories if s is not None]
        lines.append("  " + " · ".join(scores))
        stats = report.stats
        if stats.reading_level and stats.words >= MIN_WORDS:
            lines.append("  " + tr("{words} words, reading level {level}").format(
                words=stats.words, level=stats.reading_level))
        lines.extend(_fill(tr("Note: {note}").format(note=shown(note)), width, "  ", "    ")
                     for note in report.notes)
        counts = report.counts()
        if all(score is None for _category, score in report.categories):
            lines.append("  " + tr("Nothing in the draft could be checked."))
            continue
        if not report.findings:
            lines.append("  " + tr("No findings: the draft fits the brand."))
            continue
        lines.append("  " + tr("{errors} errors, {warnings} warnings, {hints} hints").format(
            errors=counts[Severity.ERROR], warnings=counts[Severity.WARNING],
            hints=counts[Severity.INFO]))
        for category in Category:
            found = [f for f in report.findings if f.category is category]
            if not found:
                continue
            lines.append("")
            lines.append(f"  {categories[category]}")
            for finding in found:
                where = finding.location.said(tr)
                label = severities[finding.severity].ljust(label_width)
                excerpt = f"“{shown(_short(finding.excerpt))}”" if finding.excerpt else ""
                lines.append(_fill(f"{where}{': ' if where and excerpt else ''}{excerpt}",
                                   width, f"    {label}  ", indent))
                lines.append(_fill(shown(finding.message), width, indent, indent))
                if finding.suggestion:
                    lines.append(_fill(f"→ {shown(finding.suggestion)}", width, indent,
                                       indent + "  "))
            more = tr("and {n} more like this ({rule})")
            lines.extend(f"    … {more.format(n=n, rule=rule_name(rule, tr))}"
                         for rule, n in report.omitted if category_of(rule) is category)
    return "\n".join(lines) + "\n"
