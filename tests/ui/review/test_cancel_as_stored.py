"""A check, or a dropped file, cancelled in the instant it is being stored: what the window is
told and what the database keeps agree. The job is held on its worker just as it starts writing
(past its last look at the cancel flag), the owner cancels, then it goes on; no test here
measures time."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select

from brandregie.models.blob import Blob
from brandregie.models.review import CheckStatus
from brandregie.review.records import VersionInfo
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.worker import CheckRunner
from tests.ui.conftest import click
from tests.ui.review.conftest import page_on_new_assignment

TIMEOUT = 120_000
TEXT = b"Wij bakken elke ochtend vers brood voor de buurt. Kom gerust langs in de winkel.\n"


class HeldWrite:
    """Holds a worker thread at its first statement starting with ``start`` until released."""

    LIMIT = 60

    def __init__(self, store: Store, start: str = "UPDATE DRAFT_VERSIONS") -> None:
        self.start = start
        self.reached, self.released = threading.Event(), threading.Event()
        self.engine = store.engine
        event.listen(self.engine, "before_cursor_execute", self._hold)

    def _hold(self, *args: Any) -> None:
        statement = args[2]
        if (threading.current_thread() is not threading.main_thread()
                and statement.lstrip().upper().startswith(self.start)
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


def test_a_dropped_file_cancelled_as_it_is_stored_is_not_kept_as_the_window_says(
        qtbot: QtBot, review_store: Store, tmp_path: Path) -> None:
    service, assignment, page = page_on_new_assignment(qtbot, review_store)
    draft = tmp_path / "nieuwsbrief.txt"
    draft.write_bytes(TEXT)
    hold = HeldWrite(review_store, "INSERT INTO DRAFT_VERSIONS")  # its file is written already
    try:
        page.add_drafts([draft])
        assert hold.reached.wait(HeldWrite.LIMIT), "the file began to be stored"
        with qtbot.waitSignal(page.intake.ended, timeout=TIMEOUT) as ended:
            click(page.cancel_button)
    finally:
        hold.released.set()
        assert page.intake.jobs.wait()
        hold.remove()
    assert ended.args == [["Cancelled: nieuwsbrief.txt not added."]]
    assert service.versions(assignment.id) == []
    with review_store.session() as s:
        assert s.scalar(select(func.count()).select_from(Blob)) == 0  # nothing half-stored
