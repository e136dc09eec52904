"""``brandregie pack import PACK [--db DB]`` and ``pack export NAME -o PACK [--db DB]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from brandregie.cli.common import add_db_arg, open_db
from brandregie.errors import BrandRegieError
from brandregie.i18n import _


def register(subparsers: Any) -> None:
    pack = subparsers.add_parser("pack", help="import or export a brand pack")
    actions = pack.add_subparsers(dest="pack_command", required=True,
                                  parser_class=type(pack))
    imp = actions.add_parser("import", help="store a pack (a new revision if the brand exists)")
    imp.add_argument("pack", metavar="PACK", type=Path, help="a brand.json or .brandpack file")
    add_db_arg(imp)
    imp.set_defaults(func=import_pack)

    exp = actions.add_parser("export", help="write a stored brand as a pack")
    exp.add_argument("name", metavar="NAME", help="the brand's name")
    exp.add_argument("-o", "--output", metavar="PACK", type=Path, required=True,
                     help="a .brandpack (with logo and font files) or a .json file")
    add_db_arg(exp)
    exp.set_defaults(func=export_pack)


def import_pack(args: argparse.Namespace) -> int:
    from brandregie.profile.pack import load_pack
    from brandregie.profile.service import ProfileService

    loaded = load_pack(args.pack)
    with open_db(args.db) as store:
        service = ProfileService(store)
        before = {b.name: b.revision for b in service.list_brands()}
        stored = service.import_snapshot(loaded.snapshot, note=args.pack.name)
    if before.get(stored.name) == stored.revision:
        print(_("{name} is already up to date (revision {n})").format(name=stored.name,
                                                                      n=stored.revision))
    else:
        print(_("Imported {name}: revision {n}").format(name=stored.name, n=stored.revision))
    if loaded.ignored:
        print(_("Ignored fields this version does not know: {fields}").format(
            fields=", ".join(loaded.ignored)))
    return 0


def export_pack(args: argparse.Namespace) -> int:
    from brandregie.profile.pack import unusable_files, write_pack
    from brandregie.profile.service import ProfileService

    out: Path = args.output
    if not out.parent.resolve().is_dir():
        raise BrandRegieError(_("the folder {folder} does not exist").format(folder=out.parent))
    with open_db(args.db) as store:
        snapshot = ProfileService(store).snapshot(args.name)
    if out.suffix.lower() == ".brandpack":
        for file, problem in unusable_files(snapshot).items():
            print(_("Left out {file}: {problem}").format(file=file, problem=problem))
    try:
        write_pack(snapshot, out)
    except OSError as exc:
        raise BrandRegieError(_("{path} cannot be written: {reason}").format(
            path=out, reason=exc.strerror)) from None
    print(_("Exported {name} (revision {n}) to {path}").format(
        name=snapshot.name, n=snapshot.revision, path=out), file=sys.stdout)
    return 0
