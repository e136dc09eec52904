"""A stand-in owner who keeps editing a brand, saved the way the desktop app autosaves.

Run as a child process by the crash and backup tests::

    python -m tests.ship.edit_driver DB [--debounce 0.7] [--file-kb 256] [--backup-every 2]

Each edit sets the brand's story to ``edit N`` (N counts on across restarts) and the logo to
fresh random bytes, waits ``--debounce`` seconds (the app saves about 0.7 s after the last
edit), then saves through :class:`ProfileService`. It prints ``EDIT N`` when an edit is made and
``SAVED N REV`` once its save has returned (committed), each line flushed at once, so the
parent knows what must survive a kill. With ``--backup-every`` it also takes automatic backups
while it writes, as the app does.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import time
from datetime import timedelta
from pathlib import Path

from brandregie.profile.pack import read_pack
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.backup import maybe_backup
from brandregie.store.database import open_store

BRAND = "Bakkerij Korenaar"
LOGO = "logos/logo.png"
_STORY = re.compile(r"^edit (\d+)$")


def edit_number(snapshot: ProfileSnapshot) -> int:
    """Which edit a stored profile holds (0 before the first)."""
    match = _STORY.match(snapshot.brand.identity.story)
    return int(match[1]) if match else 0


def logo_digest(snapshot: ProfileSnapshot) -> str | None:
    data = snapshot.files.get(LOGO)
    return hashlib.sha256(data).hexdigest() if data is not None else None


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--debounce", type=float, default=0.7)
    parser.add_argument("--file-kb", type=int, default=256)
    parser.add_argument("--backup-every", type=float, default=0.0)
    parser.add_argument("--count", type=int, default=0, help="stop after this many saves")
    args = parser.parse_args()

    store = open_store(args.db)
    service = ProfileService(store, author="driver")
    if not service.list_brands():
        service.import_snapshot(read_pack(Path(os.environ["BRANDREGIE_SAMPLE"])))
    current = service.snapshot(BRAND)
    number = edit_number(current)
    _say(f"READY {number} {current.revision}")
    saves = 0
    while not args.count or saves < args.count:
        number += 1
        logo = current.brand.visual.logos[0].model_copy(update={"file": LOGO})
        visual = current.brand.visual.model_copy(update={"logos": (logo,)})
        identity = current.brand.identity.model_copy(update={"story": f"edit {number}"})
        brand = current.brand.model_copy(update={"identity": identity, "visual": visual})
        _say(f"EDIT {number}")
        time.sleep(args.debounce)
        assert current.brand_id is not None and current.revision is not None
        current = service.save(current.brand_id, brand, base_revision=current.revision,
                               files={LOGO: os.urandom(args.file_kb * 1024)})
        saves += 1
        _say(f"SAVED {number} {current.revision} {logo_digest(current)}")
        if args.backup_every:
            backup = maybe_backup(store, min_interval=timedelta(seconds=args.backup_every))
            if backup is not None:
                _say(f"BACKUP {backup.path}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
