"""Killing the app (SIGKILL) at random moments while the owner types never damages the database
and loses at most the last second of edits.

The victim is the real desktop app, offscreen (``tests/ship/app_editor.py``): its main window,
edit session and autosave, with automatic backups running. After each kill the database must
pass ``PRAGMA integrity_check``, the profile must read back, every save the app reported as done
must be there, and so must every edit made more than about a second before the kill. Bounded:
at most ``KILLS`` kills within ``BUDGET_S`` seconds.
"""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import pytest

from brandregie.profile.service import ProfileService
from brandregie.store.backup import list_backups
from brandregie.store.database import open_store
from tests.ship.edit_driver import BRAND, LOGO, edit_number
from tests.ship.support import Driver, integrity

KILLS = 15
BUDGET_S = 60.0
MIN_KILLS = 5
#: "Loses at most the last second": an edit this old at the kill must have been saved (one
#: second, plus a little for the save's own transaction and for reading the child's output).
LOSS_LIMIT_S = 1.25


def _wait_for_a_save(driver: Driver, timeout: float) -> None:
    """Until the app starts an autosave (or ``timeout``: typing may go on without a pause)."""
    seen = len(driver.said("SAVING"))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and len(driver.said("SAVING")) == seen:
        time.sleep(0.005)


@pytest.mark.slow
def test_killing_the_app_while_it_saves_never_damages_or_loses_work(
        stored_db: Path, drivers: list[Driver]) -> None:
    rng = random.Random(20261124)
    started = time.monotonic()
    kills = 0
    total_edits = 0
    total_saves = 0
    mid_save = 0  # kills that landed while a save was under way
    late: list[str] = []  # kills that lost edits older than LOSS_LIMIT_S
    while kills < KILLS and time.monotonic() - started < BUDGET_S:
        driver = Driver.start(stored_db, str(rng.randrange(1 << 30)),
                              module="tests.ship.app_editor")
        drivers.append(driver)
        ready = driver.wait_for("READY")
        time.sleep(rng.uniform(0.3, 3.0))
        if kills % 2:  # every other kill aims at a save in progress
            _wait_for_a_save(driver, timeout=3.0)
            time.sleep(rng.uniform(0.0, 0.08))
        killed_at = time.monotonic()
        saving = len(driver.said("SAVING")) > len(driver.said("SAVED"))
        driver.process.send_signal(signal.SIGKILL)
        driver.finish()
        assert driver.process.returncode == -signal.SIGKILL, "the app had already stopped"
        kills += 1
        mid_save += saving

        assert integrity(stored_db) == "ok", f"damaged after kill {kills}"
        with open_store(stored_db) as store:
            snap = ProfileService(store).snapshot(BRAND)
        kept = edit_number(snap)
        edits = [(line.at, int(line.words[1])) for line in driver.said("EDIT")]
        saves = [int(line.words[1]) for line in driver.said("SAVED")]
        total_edits += len(edits)
        total_saves += len(saves)
        made = max((n for _, n in edits), default=int(ready.words[1]))
        assert kept <= made
        assert kept >= max(saves, default=0), (
            f"kill {kills}: a save the app reported as done is missing")
        lost = [(killed_at - at, n) for at, n in edits
                if n > kept and at <= killed_at - LOSS_LIMIT_S]
        if lost:  # collected, so every kill still checks integrity and reported saves
            age, number = max(lost)
            late.append(f"kill {kills}: edit {number}, made {age:.1f} s before the kill, "
                        f"was not saved (the database holds edit {kept})")
        if LOGO in snap.brand.file_paths():
            assert len(snap.files[LOGO]) == 300_000  # file bytes arrive whole or not at all
        for backup in list_backups(stored_db):
            assert integrity(backup.path) == "ok", f"a damaged backup after kill {kills}"

    elapsed = time.monotonic() - started
    print(f"{kills} kills in {elapsed:.1f} s ({mid_save} during a save); "
          f"{total_edits} edits, {total_saves} saves")
    assert kills >= MIN_KILLS, f"only {kills} kills fitted in {BUDGET_S} s"
    assert total_saves > 0
    assert late == [], (f"{len(late)} of {kills} kills lost more than the last "
                        f"{LOSS_LIMIT_S} s of edits:\n" + "\n".join(late))
