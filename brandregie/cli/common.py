"""Options shared by subcommands: where the profile comes from (``--pack`` or ``--db --brand``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from brandregie.deliverables import Deliverable
from brandregie.errors import BrandRegieError

if TYPE_CHECKING:
    from brandregie.profile.snapshot import ProfileSnapshot
    from brandregie.store.database import Store

#: What a draft or a brief can be (the assignment types of DESIGN.md).
DELIVERABLES = tuple(kind.value for kind in Deliverable)


def add_db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="DB",
                        help="the database: a SQLite file or a postgresql:// URL "
                             "(default: the one in your data folder)")


def add_profile_args(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """``--pack PACK`` or ``--db DB --brand NAME``: wherever a command takes a pack."""
    parser.add_argument("--pack", metavar="PACK", type=Path,
                        help="a brand.json or .brandpack file")
    add_db_arg(parser)
    parser.add_argument("--brand", metavar="NAME", help="the brand's name in the database")
    parser.set_defaults(_profile_required=required)


def load_profile(args: argparse.Namespace) -> ProfileSnapshot:
    """The snapshot the options point at; a stored brand carries its revision number."""
    if args.pack is not None:
        if args.brand is not None:
            raise BrandRegieError("give either --pack or --db with --brand, not both")
        from brandregie.profile.pack import read_pack

        return read_pack(args.pack)
    if args.brand is None:
        raise BrandRegieError("say which brand to use: --pack PACK, or --db DB --brand NAME")
    from brandregie.profile.service import ProfileService

    with open_db(args.db) as store:
        service = ProfileService(store)
        snapshot = service.snapshot(args.brand)
        if snapshot.revision is not None:  # what is made names it: keep it apart from edits
            service.keep(args.brand, snapshot.revision)
        return snapshot


def open_db(db: str | None) -> Store:
    """``--db``: a SQLite file (default: the user's own), or a team database whose password
    comes from the keyring exactly as in the app (:func:`brandregie.store.team.connect_url`)."""
    if db is not None and db.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        from brandregie.store.team import connect_url

        return connect_url(db)
    from brandregie.store.database import open_store

    return open_store(db)
