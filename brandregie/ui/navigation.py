"""The window's places: the list on the left, the page of the chosen place on the right.

Places of the brand (Identity … History) are pages over the open brand's edit session, built
on first use and dropped when the brand closes. Places of the work (Assignments and reviews,
Briefs, the agency scorecard) stay for the window's life; a work page follows the open brand through
``set_session(session: EditSession | None)``. Which place is shown, and when a brand page may
be, is the window's to decide (:meth:`~brandregie.ui.main_window.MainWindow.show_page`).

The list is what the window shows at its first paint, so this module imports no page: each
page's module is imported on the page's first visit (:data:`PAGE_CLASSES`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QStackedWidget, QWidget

from brandregie.ui.icons import icon

if TYPE_CHECKING:
    from brandregie.ui.session import EditSession

BRAND_PAGES = ("home", "identity", "character", "positioning", "vocabulary", "visual", "employer",
               "personas", "voice", "history")
WORK_PAGES = ("assignments", "briefs", "scorecard")
# Each brand page: (its module, its class), a widget class taking the edit session.
PAGE_CLASSES: dict[str, tuple[str, str]] = {
    "home": ("brandregie.ui.home.page", "HomePage"),
    "identity": ("brandregie.ui.profile_pages", "IdentityPage"),
    "character": ("brandregie.ui.profile_pages", "CharacterPage"),
    "positioning": ("brandregie.ui.profile_pages", "PositioningPage"),
    "vocabulary": ("brandregie.ui.profile_pages", "VocabularyPage"),
    "visual": ("brandregie.ui.visual_page", "VisualPage"),
    "employer": ("brandregie.ui.employer_pages", "EmployerPage"),
    "personas": ("brandregie.ui.employer_pages", "PersonasPage"),
    "voice": ("brandregie.ui.voice_page", "VoicePage"),
    "history": ("brandregie.ui.history_page", "HistoryPage"),
}


def page_class(key: str) -> Callable[[EditSession], QWidget]:
    """The class of the brand page ``key``, its module imported now if it was not yet."""
    module, name = PAGE_CLASSES[key]
    return cast("Callable[[EditSession], QWidget]", getattr(importlib.import_module(module), name))


class Navigation(QSplitter):
    """The list of places and the stack of their pages (``start`` shows when no brand is)."""

    chosen = Signal(str)  # the person picked a place in the list

    def __init__(self, start: QWidget, parent: QWidget | None = None) -> None:
        """``start`` stands in the stack when no brand is open (see :meth:`set_start`)."""
        super().__init__(parent)
        self.titles = {
            "home": self.tr("At a glance"), "identity": self.tr("Identity"),
            "character": self.tr("Character and tone"),
            "positioning": self.tr("Positioning"), "vocabulary": self.tr("Vocabulary"),
            "visual": self.tr("Visual identity"), "employer": self.tr("Employer brand"),
            "personas": self.tr("Personas"), "voice": self.tr("Sounds like us"),
            "history": self.tr("History"),
            "assignments": self.tr("Assignments and reviews"), "briefs": self.tr("Briefs"),
            "scorecard": self.tr("Agency scorecard"),
        }
        self.pages: dict[str, QWidget] = {}
        self.work_pages: dict[str, QWidget] = {}
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Navigation"))
        self.list.setMinimumWidth(190)
        self.list.setMaximumWidth(260)
        self.list.setObjectName("navigation")
        self.list.setStyleSheet("QListWidget#navigation::item { padding: 4px 10px; }")
        self.rows: dict[str, int] = {}
        for header, keys in ((self.tr("Brand"), BRAND_PAGES), (self.tr("Work"), WORK_PAGES)):
            self._add_header(header)
            for key in keys:
                item = QListWidgetItem(icon(f"nav-{key}"), self.titles[key])
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.list.addItem(item)
                self.rows[key] = self.list.count() - 1
        self.list.currentItemChanged.connect(self._item_changed)
        self.start = start
        self.stack = QStackedWidget()
        self.stack.addWidget(start)
        self.addWidget(self.list)
        self.addWidget(self.stack)
        self.setStretchFactor(1, 1)
        self.setCollapsible(0, False)
        self.setChildrenCollapsible(False)

    def _add_header(self, text: str) -> None:
        head = QListWidgetItem(text.upper())
        head.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.list.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        head.setFont(font)
        self.list.addItem(head)

    def set_start(self, start: QWidget) -> None:
        """Put ``start`` where the start page stands (the window's frame held a stand-in)."""
        showing = self.stack.currentWidget() is self.start
        old, self.start = self.start, start
        self.stack.insertWidget(0, start)
        if showing:
            self.stack.setCurrentWidget(start)
        self.stack.removeWidget(old)
        old.deleteLater()

    def set_work_page(self, key: str, widget: QWidget, session: EditSession | None) -> None:
        """Put ``widget`` in the work place ``key`` (replacing what was there)."""
        if key not in WORK_PAGES:
            raise ValueError(f"unknown work place {key!r}; expected one of {WORK_PAGES}")
        old = self.work_pages.get(key)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.work_pages[key] = widget
        self.stack.addWidget(widget)
        _tell_session(widget, session)

    def follow(self, session: EditSession | None) -> None:
        """A brand was opened (or none is): the work pages follow it, the list is usable."""
        for widget in self.work_pages.values():
            _tell_session(widget, session)
        self.list.setEnabled(session is not None)

    def page(self, key: str, session: EditSession | None) -> QWidget:
        """The page for ``key``; a brand page is built over ``session`` on first use."""
        if key in self.work_pages:
            return self.work_pages[key]
        if session is None:
            raise LookupError("no brand is open")
        if key not in self.pages:
            page = page_class(key)(session)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def drop_brand_pages(self) -> None:
        """The brand closes: its pages go (the next brand gets new ones)."""
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def current(self) -> str:
        """The key of the place shown, or "" (the start page)."""
        widget = self.stack.currentWidget()
        for key, page in (*self.pages.items(), *self.work_pages.items()):
            if page is widget:
                return key
        return ""

    def show_place(self, key: str, page: QWidget) -> None:
        """Show ``page`` as the place ``key`` and mark it in the list."""
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        row = self.rows[key]
        if self.list.currentRow() != row:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)

    def show_start(self) -> None:
        self.stack.setCurrentWidget(self.start)
        self.list.setCurrentRow(-1)
        self.list.setEnabled(False)

    def _item_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None
                      ) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key:
            self.chosen.emit(str(key))


def _tell_session(widget: QWidget, session: EditSession | None) -> None:
    set_session = getattr(widget, "set_session", None)
    if callable(set_session):
        set_session(session)
