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

# What the page's modules import that does not use Qt: loaded on a worker (nearly all the time).
# The feedback files' code (the PDF exporter, ReportLab: most of the rest) is not among them:
# the page imports it where it is used, and _warm_up loads it once the page is in.
CODE_MODULES = (
    "brandregie.review.service", "brandregie.review.records", "brandregie.review.agreement",
    "brandregie.review.due", "brandregie.review.checking", "brandregie.review.fixing",
    "brandregie.review.own_texts", "brandregie.review.voice_bars", "brandregie.review.notes",
    "brandregie.review.annotate", "brandregie.fixes.model", "brandregie.checks.names",
    "brandregie.checks.message", "brandregie.checks.voice", "brandregie.ingest",
    "brandregie.models.mail",
    "brandregie.mail.service", "brandregie.mail.providers", "brandregie.mail.smtp",
    "brandregie.store.team", "difflib", "ctypes.util",  # ctypes: ui.memory
)

# The page's modules that use Qt, leaves first: on the GUI thread, a few per turn of the event loop.
UI_MODULES = (
    "brandregie.ui.review.agreement_form", "brandregie.ui.review.drop_area",
    "brandregie.ui.review.assignment_tab", "brandregie.ui.review.dialogs",
    "brandregie.ui.review.header", "brandregie.ui.review.assignment_rows",
    "brandregie.ui.review.assignment_cell",
    "brandregie.ui.review.assignment_list", "brandregie.ui.review.list_reader",
    "brandregie.ui.review.deadlines", "brandregie.ui.review.intake",
    "brandregie.ui.connections.password",
    "brandregie.ui.connections", "brandregie.ui.connections.settings_dialog",
    "brandregie.ui.connections.mail", "brandregie.ui.connections.send",
    "brandregie.ui.review.answer_bar", "brandregie.ui.review.text_view",
    "brandregie.ui.review.voice_chart", "brandregie.ui.review.cards",
    "brandregie.ui.review.language_tables", "brandregie.ui.review.review_screen",
    "brandregie.ui.review.actions", "brandregie.ui.review.saving",
    "brandregie.ui.review.feedback_actions", "brandregie.ui.review.compare_tree",
    "brandregie.ui.review.compare_view", "brandregie.ui.review.fix_bar",
    "brandregie.ui.review.own_text_bar", "brandregie.ui.review.review_head",
    "PySide6.QtPdf", "brandregie.ui.review.pdf_view",
    "brandregie.ui.review.visual_panel", "brandregie.ui.review.review_reading",
    "brandregie.ui.review.draft_centre", "brandregie.ui.review.review_tabs",
    "brandregie.ui.review.turns", "brandregie.ui.review.review_view",
    "brandregie.ui.review.review_tab",
    "brandregie.ui.review.worker", "brandregie.ui.review.assignments_screen",
    "brandregie.ui.review.assignment_actions", "brandregie.ui.review.draft_progress",
)

# How long after the brand is shown the page's code loads in the background (its Qt-free part
# on a worker, about 0.15 s; its Qt part on the GUI thread, a few ms per turn of the event
# loop); the reader and language tools follow WorkPlace.prepare_delay_ms later.
PRELOAD_DELAY_MS = 300


def _warm_up() -> None:
    import brandregie.review.feedback_file  # noqa: F401  (the feedback files: ReportLab)
    from brandregie.review.checking import warm_up
    from brandregie.ui.jobs import start_child_processes

    start_child_processes()  # the readers' server, with the PDF layout loaded too
    warm_up(("nl", "en"))


class AssignmentsPlace(WorkPlace["AssignmentsPage"]):
    """Stands in the window's stack; the real page appears inside it on first show."""

    page_module = PAGE_MODULE
    code_modules = CODE_MODULES
    ui_modules = UI_MODULES
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
        """Load the page's code in the background (:meth:`load`) once the brand has painted,
        so that opening the page right after start does not wait for it."""
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

    def may_close(self) -> bool:
        """Dropped drafts still being added are lost if the window closes: ask first."""
        if self.page is None or not self.page.intake.busy:
            return True
        from brandregie.ui import dialogs

        return dialogs.confirm(self, QCoreApplication.translate(
            "AssignmentsPlace", "Drafts still being added"), QCoreApplication.translate(
            "AssignmentsPlace", "BrandRegie is still adding the drafts you dropped. Close "
            "anyway? Those not added yet are not kept: drop them again next time."))

    def make_page(self) -> AssignmentsPage:
        from brandregie.review.service import ReviewService
        from brandregie.ui.review.page import AssignmentsPage

        fixed = self.today
        page = AssignmentsPage(ReviewService(self.window_.store), self,
                               today=(lambda: fixed) if fixed is not None else date.today,
                               fill_now=False)  # build() calls set_session next
        page.profile_changed.connect(lambda _brand: self.window_.reload_brands())
        return page

