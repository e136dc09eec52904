"""Fixtures for the Briefs page: the sample bakery in a real window, a real SMTP server.

The SMTP server (aiosmtpd on 127.0.0.1 with STARTTLS and a password) is the one the mail tests
use, imported from ``tests/mail/conftest.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from brandregie import secrets
from brandregie.mail.settings import password_account, save_settings
from brandregie.review.service import ReviewService
from brandregie.ui import dialogs
from brandregie.ui.export import saving
from brandregie.ui.export.page import BriefsPage
from brandregie.ui.export.place import BriefsPlace
from brandregie.ui.main_window import MainWindow
from tests.mail.conftest import (  # noqa: F401  (fixtures used by the tests here)
    PASSWORD,
    Server,
    _no_session_secrets,
    certificate,
    smtp_server,
)
from tests.ui.conftest import WindowFactory

#: Laying out a PDF takes a fraction of a second; a slow test machine gets room.
RENDER_TIMEOUT = 30_000


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    """The main window with the sample bakery open and the Briefs place on show."""
    win = make_window()
    win.open_sample()
    win.show_page("briefs")
    return win


@pytest.fixture
def page(window: MainWindow) -> BriefsPage:
    """The Briefs page in the window's "Briefs" place (built now, as on first show)."""
    place = window.page("briefs")
    assert isinstance(place, BriefsPlace)
    return place.build()


@pytest.fixture
def mail_server(smtp_server: Server) -> Server:  # noqa: F811  (the imported fixture)
    """The SMTP server set up in the app's e-mail settings, its password in this session."""
    save_settings(smtp_server.settings)
    secrets.remember_for_session(password_account(smtp_server.settings), PASSWORD)
    return smtp_server


@pytest.fixture
def agency_assignment(page: BriefsPage) -> int:
    """An assignment for the bakery's vacancy, with Studio Deeg (and its address) as agency."""
    service = ReviewService(page.store)
    agency = service.add_agency("Studio Deeg", "Sanne de Vries", "sanne@studiodeeg.test")
    assert page.session is not None
    assignment = service.create_assignment(page.session.brand_id, "Vacature leerling-bakker",
                                           agency_id=agency.id)
    page.refresh_assignments()
    return assignment.id


class FileChoices:
    """Stands in for the person in the file and folder dialogs: answers given in advance."""

    def __init__(self) -> None:
        self.files: list[Path | None] = []
        self.folders: list[Path | None] = []
        self.asked: list[str] = []  # the suggested path of each save dialog

    def save_file(self, _parent: QWidget | None, _title: str, suggested: str,
                  _filters: str) -> Path | None:
        self.asked.append(suggested)
        return self.files.pop(0)

    def folder(self, _parent: QWidget | None, _title: str, start: str) -> Path | None:
        self.asked.append(start)
        return self.folders.pop(0)


@pytest.fixture
def choices(monkeypatch: pytest.MonkeyPatch) -> FileChoices:
    answers = FileChoices()
    monkeypatch.setattr(dialogs, "save_file", answers.save_file)
    monkeypatch.setattr(saving, "choose_folder", answers.folder)
    return answers


def messages(widget: QWidget) -> list[QMessageBox]:
    """The page's message boxes on show (problems and results)."""
    return [b for b in widget.findChildren(QMessageBox, "briefs-message") if b.isVisible()]


def wait_message(qtbot: QtBot, widget: QWidget, timeout: int = RENDER_TIMEOUT) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = messages(widget)
        return bool(found)

    qtbot.waitUntil(shown, timeout=timeout)
    return found[-1]


def iter_inputs(root: QWidget) -> Iterator[QWidget]:
    """Every input a person can reach on ``root`` (visible, taking focus)."""
    from PySide6.QtCore import Qt

    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus \
                and widget.isEnabled() and type(widget).__name__ not in {"QScrollBar"}:
            yield widget
