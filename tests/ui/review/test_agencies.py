"""Agencies are kept with name, contact and e-mail; the same file twice is not a new version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.dialogs import AgenciesDialog, AgencyDialog, AssignmentDialog
from brandregie.ui.review.page import AssignmentsPage
from tests.review.drafts import VERSION_1, word_file
from tests.ui.review.conftest import drop_files, open_dialog, press_ok


def _page(qtbot: QtBot, service: ReviewService) -> AssignmentsPage:
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_owner_adds_and_changes_an_agency_and_picks_it_for_an_assignment(
        qtbot: QtBot, review_store: Store) -> None:
    service = ReviewService(review_store)
    page = _page(qtbot, service)
    QTest.mouseClick(page.agency_button, Qt.MouseButton.LeftButton)
    agencies = open_dialog(qtbot, page, AgenciesDialog)
    QTest.mouseClick(agencies.add_button, Qt.MouseButton.LeftButton)
    form = open_dialog(qtbot, agencies, AgencyDialog)
    QTest.keyClicks(form.name, "Studio Deeg")
    QTest.keyClicks(form.contact, "Sanne")
    QTest.keyClicks(form.email, "sanne@deeg.nl")
    press_ok(qtbot, form)
    assert agencies.list.count() == 1
    assert agencies.list.item(0).text() == "Studio Deeg — Sanne <sanne@deeg.nl>"
    QTest.mouseClick(agencies.edit_button, Qt.MouseButton.LeftButton)
    form = open_dialog(qtbot, agencies, AgencyDialog)
    form.email.clear()
    QTest.keyClicks(form.email, "hallo@deeg.nl")
    press_ok(qtbot, form)
    assert service.agencies()[0].email == "hallo@deeg.nl"
    agencies.close()

    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, page, AssignmentDialog)
    assert [dialog.agency.itemText(i) for i in range(dialog.agency.count())] == [
        "(no agency)", "Studio Deeg"]
    assert dialog.agency.currentText() == "Studio Deeg"  # a new job goes to the agency there is
    QTest.keyClicks(dialog.title, "Vacature bakker")
    press_ok(qtbot, dialog)
    assert page.assignment is not None and page.assignment.agency_name == "Studio Deeg"


def test_dropping_the_same_file_again_says_so_instead_of_adding_a_version(
        qtbot: QtBot, review_store: Store, tmp_path: Path) -> None:
    service = ReviewService(review_store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    page = _page(qtbot, service)
    page.open_assignment(assignment.id)
    draft = tmp_path / "nieuwsbrief.docx"
    draft.write_bytes(word_file(VERSION_1))
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        drop_files(page.drop, [draft])
    copy = tmp_path / "nieuwsbrief (1).docx"
    copy.write_bytes(draft.read_bytes())
    drop_files(page.drop, [copy])
    box = open_dialog(qtbot, page, QMessageBox)
    assert "same file as version 1" in box.text()
    box.accept()
    assert len(service.versions(assignment.id)) == 1
    assert not page.runner.is_running()
