"""``brandregie annotate``: the agency's own file back with the brand's feedback in it.

A fresh check of the draft; every finding becomes a Word comment (``.docx``), a highlight with
its note (``.pdf``) or a point of the feedback report PDF (anything else). Exit codes as for
``check``: 0 done, 1 the draft scored under ``--fail-under``, 2 bad input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from brandregie.cli.check import score
from brandregie.cli.common import DELIVERABLES, add_profile_args, load_profile
from brandregie.i18n import SUPPORTED

EXIT_OK, EXIT_FAILED_CHECK = 0, 1
AUTHOR = "BrandRegie"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "annotate", help="the draft back with the brand's feedback in it",
        description="Check a draft and write the feedback into a copy of it: a .docx with a "
                    "Word comment at each finding, a .pdf with highlights and notes, any other "
                    "draft as the feedback report PDF.")
    add_profile_args(parser)
    parser.add_argument("draft", metavar="DRAFT", type=Path)
    parser.add_argument("-o", "--output", metavar="OUT", type=Path, required=True,
                        help="the file to write (.docx for a Word draft, else .pdf)")
    parser.add_argument("--lang", choices=SUPPORTED, default=None,
                        help="the language of the feedback (default: the brand's)")
    parser.add_argument("--type", choices=DELIVERABLES, default=None,
                        help="what the draft is (vacancy texts get vacancy checks)")
    parser.add_argument("--fail-under", metavar="SCORE", type=score, default=None,
                        help="exit with 1 when the draft scores under SCORE (0-100)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from brandregie.checks import check_document
    from brandregie.errors import BrandRegieError
    from brandregie.export.text import document_language
    from brandregie.ingest import read_document
    from brandregie.ingest.opening import read_draft
    from brandregie.review.annotate import annotated_copy, feedback_kind
    from brandregie.review.notes import notes_for

    snapshot = load_profile(args)
    lang = document_language(snapshot, args.lang)
    draft: Path = args.draft
    document = read_document(draft)
    report = check_document(document, snapshot, lang=lang, deliverable=args.type)
    kind = feedback_kind(draft.name, document.kind)
    out: Path = args.output
    if out.resolve() == draft.resolve():
        raise BrandRegieError("write the feedback to a new file: -o must not be the draft")
    if kind == "report":
        from brandregie.export.feedback import build_feedback_report
        from brandregie.review.feedback import report_without_review

        build_feedback_report(report_without_review(snapshot, report, draft.name, lang), out,
                              lang=lang)
    else:
        notes = notes_for(((f, "") for f in report.findings), document.text, snapshot.brand,
                          lang)
        data = annotated_copy(kind, read_draft(draft, draft.name), notes, AUTHOR, draft.name)
        try:
            out.write_bytes(data)
        except OSError as exc:
            raise BrandRegieError(f"cannot write {out}: {exc.strerror}") from None
    sys.stdout.write(f"{out}: {len(report.findings)} findings, score {report.score}/100\n")
    if args.fail_under is not None and report.score < args.fail_under:
        return EXIT_FAILED_CHECK
    return EXIT_OK
