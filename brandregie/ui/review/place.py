"""The main window's "Assignments and reviews" place: light at start, the page on first show.

The review page needs the checks (language tools, word lists) and the PDF exporter, which take
a second or more to import; the window is built at start, so this place stays light
(:class:`~brandregie.ui.work_place.WorkPlace`). Once the window has painted it does two small
things: it tells the owner what is overdue or nearly due (status bar and a tray notice; one SQL
query, no checks needed), and two seconds later it loads the page's code, the reader server and
the language tools on a worker thread, so the page opens at once and the first draft is checked
without a wait.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from brandregie.errors import BrandRegieError
from brandregie.review import due
from brandregie.review.due import DUE_SOON_DAYS, Deadlines
from brandregie.ui.review.deadlines import notify
from brandregie.ui.work_place import WorkPlace, WorkWindow

if TYPE_CHECKING:
    from brandregie.ui.review.page import AssignmentsPage

log = logging.getLogger(__name__)


# The review page's module: importing it loads the checks, the readers and the exporter.
PAGE_MODULE = "brandregie.ui.review.page"

# How long after the first paint the reader and language tools load in the background.
PRELOAD_DELAY_MS = 2000


def _warm_up() -> None:
    from brandregie.review.checking import warm_up
    from brandregie.ui.jobs import start_child_processes

    start_child_processes()  # the readers' server, with the PDF layout loaded too
    warm_up(("nl", "en"))


class AssignmentsPlace(WorkPlace["AssignmentsPage"]):
    """Stands in the window's stack; the real page appears inside it on first show."""

    page_module = PAGE_MODULE
    prepare = staticmethod(_warm_up)

    def __init__(self, window: WorkWindow, *, today: date | None = None,
                 preload: bool = True) -> None:
        super().__init__(window, QCoreApplication.translate("AssignmentsPlace",
                                                            "Opening assignments…"))
        self.today = today
        self.tray: QSystemTrayIcon | None = None
        window.after_first_paint(self.tell_deadlines)  # a query: not before the first paint
        if preload:
            window.after_first_paint(self.preload_later)

    def preload_later(self) -> None:
        """Load the page and its tools in the background (:meth:`load`), a while after the
        window has settled: the preload competes for Python's lock."""
        QTimer.singleShot(PRELOAD_DELAY_MS, self, self.load)

    def deadlines(self) -> Deadlines:
        try:
            return due.read_deadlines(self.window_.store, self.today or date.today(), DUE_SOON_DAYS)
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
            self.tray = notify(deadlines, self)
        return deadlines

    def make_page(self) -> AssignmentsPage:
        from brandregie.review.service import ReviewService
        from brandregie.ui.review.page import AssignmentsPage

        fixed = self.today
        page = AssignmentsPage(ReviewService(self.window_.store), self,
                               today=(lambda: fixed) if fixed is not None else date.today)
        page.profile_changed.connect(lambda _brand: self.window_.reload_brands())
        return page

