"""The main window's "Briefs" place: holds the Briefs page and builds it when first shown.

The page needs the PDF and Vale exporters (ReportLab, YAML, word lists), which take about a
second to import on a slow laptop; the window is built at start, so the place stays light
until the person opens it. Only Qt is imported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from brandregie.ui.export.page import BriefsPage
    from brandregie.ui.main_window import MainWindow
    from brandregie.ui.session import EditSession


class BriefsPlace(QWidget):
    """Stands in the window's stack; the real page appears inside it on first show."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.page: BriefsPage | None = None
        self.session: EditSession | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.loading = QLabel(self.tr("Opening Briefs…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.loading)

    def set_session(self, session: EditSession | None) -> None:
        """Called by the window with the open brand; passed on once the page exists."""
        self.session = session
        if self.page is not None:
            self.page.set_session(session)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.page is None:
            QTimer.singleShot(0, self.build)  # "Opening…" paints first

    def build(self) -> BriefsPage:
        """The page, made now if it was not yet (also what tests and screenshots call)."""
        if self.page is None:
            from brandregie.ui.export.page import page_for_window

            page = page_for_window(self.window_)
            page.set_session(self.session)
            self.layout_.removeWidget(self.loading)
            self.loading.deleteLater()
            self.layout_.addWidget(page)
            page.show()  # a widget moved into a shown parent stays hidden until shown
            self.page = page
        return self.page


def briefs_place(window: MainWindow) -> BriefsPlace:
    """The factory the main window calls for its "Briefs" place."""
    return BriefsPlace(window)
