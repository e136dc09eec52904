"""``brandregie backup create|list|restore [--db DB]``: backups of the local database by hand.

``restore`` takes a number from ``backup list`` (1 is the newest) or a backup file, keeps the
current database as a ``before-restore`` backup, and says where. Close the desktop app first:
it holds the database open.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brandregie.cli.common import add_db_arg
from brandregie.errors import BrandRegieError
from brandregie.i18n import _

if TYPE_CHECKING:
    from brandregie.store import backup as b


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("backup", help="back up the database, or restore a backup")
    actions = parser.add_subparsers(dest="backup_command", required=True,
                                    parser_class=type(parser))
    create = actions.add_parser("create", help="back up the database now")
    add_db_arg(create)
    create.set_defaults(func=create_backup)

    listing = actions.add_parser("list", help="the backups of the database, newest first")
    add_db_arg(listing)
    listing.set_defaults(func=list_backups)

    restore = actions.add_parser(
        "restore", help="put a backup back (the current data is kept as a backup first)")
    restore.add_argument("backup", metavar="BACKUP",
                         help="a number from `backup list` (1 is the newest) or a backup file")
    add_db_arg(restore)
    restore.set_defaults(func=restore_backup)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def _when(backup: b.Backup) -> str:
    return backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def create_backup(args: argparse.Namespace) -> int:
    from brandregie.store import backup as b
    from brandregie.store.database import open_store

    b.database_file(args.db)  # a team database: say so before trying to connect
    with open_store(args.db) as store:  # also brings an old schema up to date first
        made = b.create_backup(store)
    print(_("Backed up to {path}").format(path=made.path))
    return 0


def list_backups(args: argparse.Namespace) -> int:
    from brandregie.store import backup as b

    backups = b.list_backups(args.db)
    if not backups:
        print(_("No backups yet of {path}").format(path=b.database_file(args.db)))
        return 0
    kinds = {b.AUTO: _("automatic"), b.MANUAL: _("by hand"),
             b.BEFORE_RESTORE: _("before a restore")}
    for number, backup in enumerate(backups, start=1):
        print(f"{number:>3}  {_when(backup)}  {kinds[backup.kind]:<16}  "
              f"{_size(backup.size):>8}  {backup.path}")
    used = b.space_used(args.db)
    print(_("The backups use {total}: {databases} of databases, plus {files} in {count} files "
            "and texts kept once for all of them.").format(
        total=_size(used.total), databases=_size(used.databases), files=_size(used.files),
        count=used.file_count))
    return 0


def _chosen(args: argparse.Namespace) -> Path:
    from brandregie.store import backup as b

    text: str = args.backup
    if text.isdigit():
        backups = b.list_backups(args.db)
        number = int(text)
        if not 1 <= number <= len(backups):
            raise BrandRegieError(_("there is no backup number {n}; `brandregie backup list` "
                                    "shows them").format(n=number))
        return backups[number - 1].path
    return Path(text).expanduser()


def restore_backup(args: argparse.Namespace) -> int:
    from brandregie.store import backup as b
    from brandregie.store.database import open_store

    chosen = _chosen(args)
    safety = b.restore_backup(chosen, args.db)
    with open_store(args.db):  # the restored file opens (and an older schema is migrated)
        pass
    print(_("Restored {backup} into {path}").format(backup=chosen,
                                                   path=b.database_file(args.db)))
    if safety is not None:
        print(_("The data as it was before the restore is kept in {path}").format(path=safety))
    return 0
