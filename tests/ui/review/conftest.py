"""Fixtures for the review pages: the sample bakery in a real SQLite file, helpers to act."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.database import Store, open_store
from tests.mail.conftest import certificate, smtp_server  # noqa: F401  (fixtures)

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
