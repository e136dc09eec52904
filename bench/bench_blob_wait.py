"""How long a small write waits while a large draft is stored (the window's writes behind it).

    .venv/bin/python bench/bench_blob_wait.py [--mb 199] [--runs 2]

A real SQLite file with the sample brand. A worker thread keeps a ``--mb`` MB draft (random
bytes: stored as it is) through ``ReviewService.add_version``, as a drop does; meanwhile the
main thread, as the GUI thread would, sets an assignment's agreement every 10 ms through the
same store, and the longest of those calls is printed, split into the wait for SQLite's write
lock and the rest.

Then the same in plain ``sqlite3`` for two ways of writing the bytes: as the store does now
(a zeroblob, the bytes through blob I/O, one transaction), and a zeroblob of the full size
committed first, then filled 4 MB per transaction. The second keeps each fill short, but the
zeroblob's insert writes every page of the file (zeros) in one transaction itself, so the
longest wait is not shorter (at load 9-10: 0.7-2.5 s against 1.1-1.8 s for 199 MB) and the
whole write takes 3-4x as long. Short holds need the bytes in rows of a few MB each (a table of
parts: a schema change).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_CHUNK = 4 << 20


def _through_the_store(folder: Path, data: bytes) -> tuple[float, float]:
    """(longest small write, the large write) in seconds, through the services."""
    from brandregie.paths import sample_pack
    from brandregie.profile.pack import read_pack
    from brandregie.profile.service import ProfileService
    from brandregie.review.agreement import Agreement
    from brandregie.review.service import ReviewService
    from brandregie.store.database import open_store

    with open_store(folder / "brandregie.db") as store:
        ProfileService(store).import_snapshot(read_pack(sample_pack()))
        review = ReviewService(store)
        job = review.create_assignment("Bakkerij Korenaar", "Jaarverslag")
        other = review.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
        took: list[float] = []

        def big() -> None:
            start = time.perf_counter()
            review.add_version(job.id, "jaarverslag.pdf", data)
            took.append(time.perf_counter() - start)

        worker = threading.Thread(target=big)
        waits: list[float] = []
        worker.start()
        rounds = 0
        while worker.is_alive() or rounds < 5:
            start = time.perf_counter()
            review.set_agreement(other.id, Agreement(rounds=1 + rounds % 3))
            waits.append(time.perf_counter() - start)
            rounds += 1
            time.sleep(0.01)
        worker.join()
        return max(waits), took[0]


def _plain(folder: Path, data: bytes, write: Callable[[sqlite3.Connection, bytes], None]
           ) -> tuple[float, float, float]:
    """(longest small write, of it the lock wait, the large write) in plain sqlite3."""
    path = folder / f"plain-{time.monotonic_ns()}.db"
    big = sqlite3.connect(path, isolation_level=None, timeout=60)
    big.execute("PRAGMA journal_mode=WAL")
    big.execute("PRAGMA synchronous=NORMAL")
    big.execute("CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, data BLOB)")
    big.execute("CREATE TABLE notes (note INTEGER)")
    stop = threading.Event()
    waits: list[tuple[float, float]] = []

    def small() -> None:
        gui = sqlite3.connect(path, isolation_level=None, timeout=60)
        while not stop.is_set():
            start = time.perf_counter()
            gui.execute("BEGIN IMMEDIATE")
            locked = time.perf_counter()
            gui.execute("INSERT INTO notes VALUES (1)")
            gui.execute("COMMIT")
            waits.append((time.perf_counter() - start, locked - start))
            time.sleep(0.01)
        gui.close()

    thread = threading.Thread(target=small)
    thread.start()
    time.sleep(0.1)
    start = time.perf_counter()
    write(big, data)
    took = time.perf_counter() - start
    time.sleep(0.1)
    stop.set()
    thread.join()
    big.close()
    longest = max(waits)
    return longest[0], longest[1], took


def _as_now(db: sqlite3.Connection, data: bytes) -> None:
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO blobs VALUES ('a', zeroblob(?))", (len(data),))
    (rowid,) = db.execute("SELECT rowid FROM blobs WHERE sha256 = 'a'").fetchone()
    with db.blobopen("blobs", "data", rowid) as blob:
        blob.write(data)
    db.execute("COMMIT")


def _zeroblob_first(db: sqlite3.Connection, data: bytes) -> None:
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO blobs VALUES ('a', zeroblob(?))", (len(data),))
    db.execute("COMMIT")
    (rowid,) = db.execute("SELECT rowid FROM blobs WHERE sha256 = 'a'").fetchone()
    for at in range(0, len(data), _CHUNK):
        db.execute("BEGIN IMMEDIATE")
        with db.blobopen("blobs", "data", rowid) as blob:
            blob.seek(at)
            blob.write(data[at:at + _CHUNK])
        db.execute("COMMIT")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=199)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    data = b"%PDF-1.7\n" + os.urandom(args.mb * 1_000_000)
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="brandregie-blob-wait-") as name:
            folder = Path(name)
            waited, took = _through_the_store(folder, data)
            print(f"run {run + 1}, load {os.getloadavg()[0]:.1f}:")
            print(f"  the store now: a small write waited at most {waited * 1000:5.0f} ms while "
                  f"the {args.mb} MB draft was stored ({took:.2f} s)", flush=True)
            for label, how in (("plain sqlite3, as the store", _as_now),
                               ("plain sqlite3, zeroblob first", _zeroblob_first)):
                longest, lock, took = _plain(folder, data, how)
                print(f"  {label:<32} longest small write {longest * 1000:5.0f} ms (lock wait "
                      f"{lock * 1000:.0f}), the large write {took:.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
