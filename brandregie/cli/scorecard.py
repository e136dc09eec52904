"""``brandregie scorecard``: per agency, on time, rounds to approval, brand fit, budget kept.

Read from what the review stores (assignments, versions, decisions, agreements); written as
JSON (``.json``) or as a PDF in the brand's look for the yearly talk with the agency (``.pdf``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from brandregie.cli.brief import iso_date
from brandregie.cli.common import add_db_arg
from brandregie.errors import BrandRegieError
from brandregie.i18n import SUPPORTED


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "scorecard", help="how each agency delivers: on time, on brand, within budget",
        description="Per agency over a period: the share of first drafts in on time, the "
                    "rounds to approval, the brand fit of first drafts per quarter, what they "
                    "keep getting wrong, and the budget kept or overrun.")
    add_db_arg(parser)
    parser.add_argument("--brand", metavar="NAME", required=True,
                        help="the brand's name in the database")
    parser.add_argument("--agency", metavar="NAME", help="only this agency")
    parser.add_argument("--since", metavar="DATE", type=iso_date,
                        help="from this date on (YYYY-MM-DD); default: everything")
    parser.add_argument("--until", metavar="DATE", type=iso_date,
                        help="up to this date (YYYY-MM-DD); default: today")
    parser.add_argument("-o", "--output", metavar="OUT", type=Path, required=True,
                        help="the file to write: .json or .pdf")
    parser.add_argument("--lang", choices=SUPPORTED, default=None,
                        help="the language of the finding kinds and the PDF "
                             "(default: the brand's)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out: Path = args.output
    suffix = out.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise BrandRegieError(f"write the scorecard to a .json or .pdf file, not {out.name}")
    if args.since is not None and args.until is not None and args.since > args.until:
        raise BrandRegieError("--since is after --until")
    from brandregie.export.text import document_language
    from brandregie.profile.service import ProfileService
    from brandregie.review.scorecard.figures import build_scorecard
    from brandregie.store.database import open_store

    with open_store(args.db) as store:
        snapshot = ProfileService(store).snapshot(args.brand)
        card = build_scorecard(store, snapshot.brand.name, agency=args.agency,
                               since=args.since, until=args.until)
    lang = document_language(snapshot, args.lang)
    if suffix == ".json":
        import json

        from brandregie.review.scorecard.figures import scorecard_json

        text = json.dumps(scorecard_json(card, lang), ensure_ascii=False, indent=2) + "\n"
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise BrandRegieError(f"cannot write {out}: {exc.strerror}") from None
        print(f"{out}: {len(card.agencies)} agencies")
        return 0
    from brandregie.cli.brief import report
    from brandregie.review.scorecard.pdf import build_scorecard_pdf

    result = build_scorecard_pdf(card, snapshot, out, lang=lang)
    report(out, result.pages, result.warnings)
    return 0
