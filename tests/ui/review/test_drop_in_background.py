"""Dropped drafts are read and kept on a worker: the window answers while a file is read, the
files become versions in the order they were dropped, each is checked once kept, and a file
that cannot be kept says why in one sentence while the others still land. No test here
measures time: each holds the job on its worker, or waits for the signal that proves the step.
(How long the window pauses for a 200 MB file: bench/bench_check_window.py.)"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from brandregie.models.review import CheckStatus
from brandregie.review.records import VersionInfo
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.page import AssignmentsPage
from tests.ui.conftest import HeldJob, click
from tests.ui.review.conftest import drop_files

TIMEOUT = 120_000
TEXT = "Wij bakken elke ochtend vers brood voor de buurt. Kom gerust langs in de winkel.\n"


def _page(qtbot: QtBot, store: Store) -> tuple[AssignmentsPage, ReviewService, int]:
    service = ReviewService(store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.open_assignment(assignment.id)
    return page, service, assignment.id


def _drafts(folder: Path, *names: str) -> list[Path]:
    paths = []
    for number, name in enumerate(names, 1):
        path = folder / name
        path.write_text(TEXT * number, encoding="utf-8")  # each file different
        paths.append(path)
    return paths


def test_dropped_files_are_kept_on_a_worker_in_order_and_each_checked_once_kept(
        qtbot: QtBot, review_store: Store, tmp_path: Path) -> None:
    page, service, assignment = _page(qtbot, review_store)
    first, second, third = _drafts(tmp_path, "eerste.txt", "tweede.md", "derde.txt")
    folder = tmp_path / "map"
    folder.mkdir()
    held = HeldJob(page.intake.jobs)  # the first file, held as it starts being read
    later: list[HeldJob] = []  # the next file read after the first is kept, held likewise
    page.intake.stored.connect(
        lambda _info: later.append(HeldJob(page.intake.jobs)) if not later else None)

    drop_files(page.drop, [first, folder, second, third])
    held.wait_until_held()
    try:
        assert page.intake.busy and page.progress_box.isVisible()
        assert page.progress_label.text() == "Adding eerste.txt (1 of 4)…"
        assert service.versions(assignment) == [], "nothing is kept before it is read"
        answered: list[bool] = []
        QTimer.singleShot(0, lambda: answered.append(True))
        qtbot.waitUntil(lambda: answered == [True], timeout=TIMEOUT)
        assert page.intake.busy, "the file is still held on its worker"
    finally:
        held.release()

    qtbot.waitUntil(lambda: bool(later) and later[0].reached.is_set(), timeout=TIMEOUT)
    try:  # the second file that lands is being read: the first is kept and its check started
        kept = service.versions(assignment)
        assert [v.file_name for v in kept] == ["eerste.txt"]
        assert page.runner.is_running(kept[0].id) or kept[0].check_status is CheckStatus.DONE
        assert page.progress_label.text() == "Adding tweede.md (3 of 4)…"
    finally:
        later[0].release()

    with qtbot.waitSignal(page.intake.ended, timeout=TIMEOUT) as ended:
        pass
    assert ended.args == [["map is a folder, not a file"]]
    box = page.findChild(QMessageBox, "problem")
    assert box is not None and box.text() == "map is a folder, not a file"
    qtbot.waitUntil(lambda: not page.runner.is_running(), timeout=TIMEOUT)
    versions = service.versions(assignment)
    assert [(v.number, v.file_name) for v in versions] == [
        (1, "eerste.txt"), (2, "tweede.md"), (3, "derde.txt")]
    assert all(v.check_status is CheckStatus.DONE for v in versions)
    shown = [page.versions.topLevelItem(i) for i in range(page.versions.topLevelItemCount())]
    assert [item.text(1) for item in shown if item is not None] == [
        "eerste.txt", "tweede.md", "derde.txt"]
    assert held.threads and threading.main_thread() not in held.threads
    assert not page.progress_box.isVisible()


def test_cancel_while_a_file_is_read_keeps_nothing_and_says_what_was_not_added(
        qtbot: QtBot, review_store: Store, tmp_path: Path) -> None:
    page, service, assignment = _page(qtbot, review_store)
    held = HeldJob(page.intake.jobs)
    stored: list[VersionInfo] = []
    page.intake.stored.connect(stored.append)
    drop_files(page.drop, _drafts(tmp_path, "eerste.txt", "tweede.txt"))
    held.wait_until_held()
    try:
        with qtbot.waitSignal(page.intake.ended, timeout=TIMEOUT) as ended:
            click(page.cancel_button)
    finally:
        held.release()
    assert page.intake.jobs.wait()
    assert ended.args == [["Cancelled: eerste.txt, tweede.txt not added."]]
    assert service.versions(assignment) == [] and stored == []
    assert not page.intake.busy and not page.progress_box.isVisible()
    box = page.findChild(QMessageBox, "problem")
    assert box is not None and box.text() == "Cancelled: eerste.txt, tweede.txt not added."
