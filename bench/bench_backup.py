"""Benchmark backups: how long an automatic backup holds up the app, and a restore.

Run: ``.venv/bin/python bench/bench_backup.py`` (``--sizes 10 100`` for other database sizes
in MB). The desktop app takes its automatic backups on the GUI thread, so the time one takes is
a pause the person could feel; goal: well under 0.2 s for a typical database (a few MB: a brand
with its logos, fonts and a long history) and a rate of hundreds of MB/s. The baseline is a
plain file copy (``shutil.copyfile``) of the same database, the least any backup can cost; the
ratio says what consistency and the check of each copy add. A ``maybe_backup`` when nothing
changed must cost next to nothing (it is called every minute).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _best(run: Callable[[], object], times: int = 3) -> float:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return min(samples)


def _database(folder: Path, megabytes: int) -> Path:
    """The sample brand with as many saved logo versions (1 MB each) as make ``megabytes``."""
    from brandregie.paths import sample_pack
    from brandregie.profile.pack import read_pack
    from brandregie.profile.service import ProfileService
    from brandregie.store.database import open_store

    db = folder / f"brand-{megabytes}.db"
    with open_store(db) as store:
        service = ProfileService(store)
        snap = service.import_snapshot(read_pack(sample_pack()))
        logo = snap.brand.visual.logos[0].model_copy(update={"file": "logos/logo.png"})
        brand = snap.brand.model_copy(update={"visual": snap.brand.visual.model_copy(
            update={"logos": (logo,)})})
        for n in range(max(1, megabytes)):
            story = snap.brand.identity.model_copy(update={"story": f"version {n}"})
            assert snap.brand_id is not None and snap.revision is not None
            snap = service.save(snap.brand_id, brand.model_copy(update={"identity": story}),
                                base_revision=snap.revision,
                                files={"logos/logo.png": os.urandom(1_000_000)})
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50, 200])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")  # never the real backups folder
        from brandregie.store import backup as b
        from brandregie.store.database import open_store

        print(f"{'size':>8} {'copy':>9} {'backup':>9} {'MB/s':>7} {'ratio':>6} "
              f"{'unchanged':>10} {'restore':>9}")
        for megabytes in args.sizes:
            db = _database(folder, megabytes)
            size = db.stat().st_size / 1e6
            copy = _best(partial(shutil.copyfile, db, folder / "plain-copy.db"))
            backup = _best(partial(b.create_backup, db))
            with open_store(db) as store:
                b.maybe_backup(store, min_interval=timedelta(0))
                unchanged = _best(partial(b.maybe_backup, store, min_interval=timedelta(0)),
                                  times=20)
            newest = b.list_backups(db)[0].path
            restore = _best(partial(b.restore_backup, newest, db))
            print(f"{size:6.0f}MB {copy * 1000:7.1f}ms {backup * 1000:7.1f}ms "
                  f"{size / backup:7.0f} {backup / copy:5.1f}x {unchanged * 1000:8.2f}ms "
                  f"{restore * 1000:7.1f}ms")
    print("copy = plain file copy (baseline); backup = create_backup (online backup API, "
          "checked, fsynced); unchanged = maybe_backup with nothing to do; restore = "
          "restore_backup incl. its safety copy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
