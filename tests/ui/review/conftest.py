"""Fixtures for the review pages: the sample bakery in a real SQLite file, helpers to act."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.records import AssignmentInfo
from brandregie.review.service import ReviewService
from brandregie.store.database import Store, open_store
from tests.mail.conftest import certificate, smtp_server  # noqa: F401  (fixtures)
from tests.review.drafts import checked

if TYPE_CHECKING:
    from brandregie.ui.review.page import AssignmentsPage
    from brandregie.ui.review.review_view import ReviewView

D = TypeVar("D", bound=QDialog)


@pytest.fixture
def review_db(tmp_path: Path, sample_snapshot: ProfileSnapshot) -> Path:
    """A database file holding the sample bakery (revision 1)."""
    path = tmp_path / "brandregie.db"
    with open_store(path) as store:
        ProfileService(store).import_snapshot(sample_snapshot)
    return path


@pytest.fixture
def review_store(review_db: Path) -> Iterator[Store]:
    with open_store(review_db) as store:
        yield store


def checked_draft(service: ReviewService, draft: Path, snapshot: ProfileSnapshot,
                  title: str = "Post") -> int:
    """A new assignment whose first version is ``draft``, already checked against ``snapshot``
    (as the check's job leaves it), so a test can open its review at once."""
    return checked(service, draft, title=title, lang=None, snapshot=snapshot)


def shown_review(qtbot: QtBot, service: ReviewService, draft: Path,
                 snapshot: ProfileSnapshot) -> tuple[ReviewView, int]:
    """The review view, shown and active, on a newly checked version of ``draft``."""
    from brandregie.ui.review.review_view import ReviewView

    version_id = checked_draft(service, draft, snapshot, title="Nieuwsbrief")
    view = ReviewView(service)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.show_version(version_id)
    return view, version_id


def page_on_new_assignment(qtbot: QtBot, store: Store) -> tuple[
        ReviewService, AssignmentInfo, AssignmentsPage]:
    """The Assignments page, shown, on a new assignment of the bakery with no draft yet: where
    a test drops a draft."""
    from brandregie.ui.review.page import AssignmentsPage

    service = ReviewService(store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.show()
    page.open_assignment(assignment.id)
    return service, assignment, page


def opened_review(qtbot: QtBot, page: AssignmentsPage) -> ReviewView:
    """The page's review once the version it opens is drawn: read on a worker, then drawn a
    part per turn of the event loop, as the person sees it fill in."""
    qtbot.waitUntil(lambda: not page.review_opening, timeout=10_000)
    return page.review_view


def drop_files(widget: QWidget, paths: list[Path]) -> None:
    """Drag ``paths`` onto ``widget`` and let go, as from a file manager."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the drop area takes files"
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def open_dialog(qtbot: QtBot, parent: QWidget, kind: type[D]) -> D:
    """The dialog of ``kind`` that ``parent`` has just opened (waits for it to show)."""
    found: list[D] = []

    def shown() -> bool:
        found[:] = [d for d in parent.findChildren(kind) if d.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(shown, timeout=3000)
    return found[0]


def press_ok(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
