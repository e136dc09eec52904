"""A check cancelled in the instant its outcome is being stored: what the window is told and
what the database keeps agree. The check is held on its worker just as it starts writing its
outcome (past its last look at the cancel flag), the owner cancels, then it goes on; no test
here measures time."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from brandregie.models.review import CheckStatus
from brandregie.review.records import VersionInfo
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.worker import CheckRunner

TIMEOUT = 120_000
TEXT = b"Wij bakken elke ochtend vers brood voor de buurt. Kom gerust langs in de winkel.\n"


class HeldWrite:
    """Holds a worker thread at its first write of a version's check until released."""

    LIMIT = 60

    def __init__(self, store: Store) -> None:
        self.reached, self.released = threading.Event(), threading.Event()
        self.engine = store.engine
        event.listen(self.engine, "before_cursor_execute", self._hold)

    def _hold(self, *args: Any) -> None:
        statement = args[2]
        if (threading.current_thread() is not threading.main_thread()
                and statement.lstrip().upper().startswith("UPDATE DRAFT_VERSIONS")
                and not self.reached.is_set()):
            self.reached.set()
            self.released.wait(self.LIMIT)

    def remove(self) -> None:
        self.released.set()
        event.remove(self.engine, "before_cursor_execute", self._hold)


@pytest.fixture
def held(review_store: Store) -> Iterator[HeldWrite]:
    hold = HeldWrite(review_store)
    yield hold
    hold.remove()


def test_a_check_cancelled_as_its_outcome_is_stored_is_told_as_it_is_kept(
        qtbot: QtBot, review_store: Store, held: HeldWrite) -> None:
    service = ReviewService(review_store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    version = service.add_version(assignment.id, "nieuwsbrief.txt", TEXT)
    runner = CheckRunner(service)
    told: list[VersionInfo] = []
    runner.finished.connect(lambda _version, info: told.append(info))

    runner.start(version.id)
    assert held.reached.wait(HeldWrite.LIMIT), "the check began storing its outcome"
    runner.cancel(version.id)  # the owner cancels in that instant
    held.released.set()
    assert runner.wait()
    qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT)
    kept = service.versions(assignment.id)[0]
    assert [info.check_status for info in told] == [kept.check_status]
    assert kept.check_status is CheckStatus.CANCELLED
