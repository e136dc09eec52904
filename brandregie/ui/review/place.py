"""The main window's "Assignments and reviews" place: light at start, the page on first show.

The review page needs the checks (language tools, word lists) and the PDF exporter, which take
a second or more to import; the window is built at start, so this place stays light. At start
it does two small things: it tells the owner what is overdue or nearly due (status bar and a
tray notice; one SQL query, no checks needed), and it loads the checks on a worker thread, so
the page opens at once and the first draft is checked without a wait.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSystemTrayIcon, QVBoxLayout, QWidget

from brandregie.errors import BrandRegieError
from brandregie.review.due import Deadlines, find_deadlines
from brandregie.ui.review.deadlines import notify

if TYPE_CHECKING:
    from brandregie.ui.main_window import MainWindow
    from brandregie.ui.review.page import AssignmentsPage
    from brandregie.ui.session import EditSession

log = logging.getLogger(__name__)

DUE_SOON_DAYS = 3


#: How long after the first paint the reader and language tools load in the background.
PRELOAD_DELAY_MS = 2000


class _Preload(QRunnable):
    """Import the review page and load the reader and language tools, off the GUI thread."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        super().__init__()
        self.languages = languages
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            import brandregie.ui.review.page  # noqa: F401  (the import is the work)
            from brandregie.review.checking import warm_up

            warm_up(self.languages)
        except Exception:  # only a head start: opening the page loads what failed here
            log.exception("preloading the review page failed")


class AssignmentsPlace(QWidget):
    """Stands in the window's stack; the real page appears inside it on first show."""

    def __init__(self, window: MainWindow, *, today: date | None = None,
                 preload: bool = True) -> None:
        super().__init__(window)
        self.window_ = window
        self.today = today
        self.page: AssignmentsPage | None = None
        self.session: EditSession | None = None
        self.tray: QSystemTrayIcon | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.loading = QLabel(self.tr("Opening assignments…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.loading)
        window.after_first_paint(self.tell_deadlines)  # a query: not before the first paint
        if preload:
            window.after_first_paint(self.preload_later)

    def preload_later(self) -> None:
        """The preload competes for Python's lock: it waits until the window has settled."""
        QTimer.singleShot(PRELOAD_DELAY_MS, self, self.preload)

    def preload(self) -> None:
        """Load the reader and language tools in the background (dropped if the page is gone)."""
        QThreadPool.globalInstance().start(_Preload(("nl", "en")))

    def deadlines(self) -> Deadlines:
        try:
            with self.window_.store.session() as s:
                return find_deadlines(s, self.today or date.today(), DUE_SOON_DAYS)
        except BrandRegieError as exc:
            log.warning("deadlines at start: %s", exc)
            return Deadlines()

    def tell_deadlines(self) -> Deadlines:
        """At start: overdue and nearly due work in the status bar and from the tray."""
        deadlines = self.deadlines()
        if deadlines:
            self.window_.statusBar().showMessage(QCoreApplication.translate(
                "Review", "Overdue: {late} · due within {days} days: {soon} — see Assignments "
                "and reviews").format(late=len(deadlines.overdue), days=DUE_SOON_DAYS,
                                      soon=len(deadlines.due_soon)), 20_000)
            self.tray = notify(deadlines, self.window_)
        return deadlines

    def set_session(self, session: EditSession | None) -> None:
        """Called by the window with the open brand; passed on once the page exists."""
        self.session = session
        if self.page is not None:
            self.page.set_session(session)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.page is None:
            QTimer.singleShot(0, self.build)  # "Opening…" paints first

    def build(self) -> AssignmentsPage:
        """The page, made now if it was not yet (also what tests and screenshots call)."""
        if self.page is None:
            from brandregie.review.service import ReviewService
            from brandregie.ui.review.page import AssignmentsPage

            fixed = self.today
            page = AssignmentsPage(ReviewService(self.window_.store), self,
                                   today=(lambda: fixed) if fixed is not None else date.today)
            page.profile_changed.connect(lambda _brand: self.window_.reload_brands())
            page.set_session(self.session)
            self.layout_.removeWidget(self.loading)
            self.loading.deleteLater()
            self.layout_.addWidget(page)
            page.show()
            self.page = page
        return self.page


def assignments_place(window: MainWindow) -> AssignmentsPlace:
    """The factory the main window calls for its "Assignments and reviews" place."""
    return AssignmentsPlace(window)
