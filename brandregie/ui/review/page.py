"""The "Assignments and reviews" page: the work given to agencies, each draft and its review.

Left: the deadline banner and the assignments (due first). Right, for the chosen assignment:
its facts and brief, the drop area for the next draft (checked in the background with progress
and cancel), the versions, the agency's requests and the decisions; and the review view of the
version being looked at. All reading and writing goes through
:class:`~brandregie.review.service.ReviewService`, one short transaction per action. The page
draws; what its buttons do is :mod:`~brandregie.ui.review.assignment_actions`, the drafts being
added and checked :mod:`~brandregie.ui.review.draft_progress`, reading the list
:mod:`~brandregie.ui.review.list_reader`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QSplitter,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.review.due import DUE_SOON_DAYS
from brandregie.review.records import AssignmentInfo
from brandregie.review.service import BrandChange, ReviewService
from brandregie.ui.dates import show_date
from brandregie.ui.review.agreement_form import agreement_summary
from brandregie.ui.review.assignment_actions import AssignmentActions
from brandregie.ui.review.assignment_list import AssignmentList
from brandregie.ui.review.assignment_tab import AssignmentTab, status_label
from brandregie.ui.review.deadlines import DeadlineBanner, notify
from brandregie.ui.review.dialogs import kind_label
from brandregie.ui.review.draft_progress import DraftProgress
from brandregie.ui.review.intake import DraftIntake
from brandregie.ui.review.list_reader import ListContent, ListReader
from brandregie.ui.review.review_tab import ReviewTab
from brandregie.ui.review.review_view import ReviewView
from brandregie.ui.review.worker import CheckRunner
from brandregie.ui.session import EditSession

#: How long after the first list is asked for the review view is made (ms): five years of
#: assignments take longer to read, a few are shown by then and do not wait for it.
MAKE_REVIEW_AFTER_MS = 50


class AssignmentsPage(QWidget):
    """Assignments of one brand and their reviews."""

    #: (brand id) a review answer changed the profile (allow/ban a word): reload it
    profile_changed = Signal(int)

    def __init__(self, service: ReviewService, parent: QWidget | None = None, *,
                 brand_id: int | None = None, runner: CheckRunner | None = None,
                 today: Callable[[], date] = date.today, fill_now: bool = True) -> None:
        super().__init__(parent)
        self.service = service
        self.brand_id = brand_id
        self.today = today
        self.runner = runner or CheckRunner(service, self)
        self.intake = DraftIntake(service, self)  # dropped files, read and kept off the GUI
        self.assignment: AssignmentInfo | None = None
        self.last_activity = 0.0  # time.monotonic() when the person last opened an assignment
        self.session: EditSession | None = None
        self.tray: QSystemTrayIcon | None = None
        self._build()
        # fill_now=False: set_session follows (the work place) and reads the list on a worker
        self.list_reader = ListReader(service, self.show_approved.isChecked, today,
                                      self._show_list, self.problem, self,
                                      first_on_worker=not fill_now)
        self.list_reader.asked.connect(self.open_assignment)
        self.acts = AssignmentActions(self)  # what the buttons do
        self.new_button.clicked.connect(self.acts.new_assignment)
        self.agency_button.clicked.connect(self.acts.manage_agencies)
        self.drafts = DraftProgress(self)
        self.cancel_button.clicked.connect(self.drafts.cancel)
        if fill_now:
            self.refresh()

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.banner = DeadlineBanner()
        self.banner.show_assignment.connect(self.open_assignment)
        outer.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.assignment_list = left = AssignmentList()
        self.list, self.show_approved = left.list, left.show_approved
        self.new_button, self.agency_button = left.new_button, left.agency_button
        left.chosen.connect(self._on_list_selected)
        self.show_approved.toggled.connect(lambda _on: self.refresh())
        splitter.addWidget(left)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._detail_tab(), self.tr("Assignment"))
        # the review of a draft is built when it is first needed: the page opens sooner
        self.review_tab = ReviewTab(self.tabs, self.tr("Review"), self._make_review)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 1040])
        outer.addWidget(splitter, 1)

    @property
    def review_view(self) -> ReviewView:
        """The "Review" tab: a draft's findings (built on first use, in its tab's place)."""
        return self.review_tab.view()

    @property
    def review_opening(self) -> bool:
        """The review of the open assignment is still being made, read or drawn."""
        return self.review_tab.opening

    def _make_review(self) -> ReviewView:
        view = ReviewView(self.service)
        view.brand_editor = self._edit_brand
        view.profile_changed.connect(self.profile_changed)
        view.recheck_requested.connect(self.runner.start)
        view.decided.connect(lambda _id: self._refresh_current())
        return view

    def _detail_tab(self) -> QWidget:
        tab = AssignmentTab()
        self.detail_tab = tab
        self.detail_title, self.facts, self.brief = tab.detail_title, tab.facts, tab.brief
        self.edit_button, self.delete_button = tab.edit_button, tab.delete_button
        self.drop, self.progress_box = tab.drop, tab.progress_box
        self.progress, self.progress_label = tab.progress, tab.progress_label
        self.cancel_button, self.versions = tab.cancel_button, tab.versions
        self.open_version_button, self.recheck_button = tab.open_version_button, \
            tab.recheck_button
        self.save_file_button, self.requests = tab.save_file_button, tab.requests
        self.request_button, self.decisions = tab.request_button, tab.decisions
        self.drop.files_chosen.connect(self.add_drafts)
        self.versions.itemActivated.connect(lambda _item, _col: self.open_selected_version())
        self.open_version_button.clicked.connect(self.open_selected_version)
        self.recheck_button.clicked.connect(self.recheck_selected)
        return tab

    # -- the main window ---------------------------------------------------------------------

    def set_session(self, session: EditSession | None) -> None:
        """The main window's open brand: show its assignments, edit its words through it."""
        self.session = session
        self.set_brand(session.brand_id if session is not None else None)

    def _edit_brand(self, change: BrandChange) -> bool:
        """Apply ``change`` as an undoable edit of the open brand and save it at once."""
        session = self.session
        if session is None or session.brand_id != change.brand_id:
            return False
        session.replace(change.apply(session.brand), change.note,
                        action=("edited", change.note))
        if not session.flush():
            raise BrandRegieError(session.error or self.tr("The brand could not be saved."))
        return True

    # -- loading -------------------------------------------------------------------------------

    def set_brand(self, brand_id: int | None) -> None:
        """Show the assignments of ``brand_id`` (the main window's current brand)."""
        self.brand_id = brand_id
        self.assignment = None
        self.drafts.pending.clear()  # another brand's versions
        if self.list_reader.start_first(brand_id):  # on a worker, while the page paints
            self.show_assignment(None)
            # the review is made while a long list is read (the window waits for it then
            # anyway), or just after a short one is shown: ready for the first open
            self.review_tab.make_soon(MAKE_REVIEW_AFTER_MS)
        else:
            self.refresh()

    @property
    def building(self) -> bool:
        """The first list is still being read (or the assignment asked for meanwhile opened)."""
        return self.list_reader.busy

    def refresh(self, *, show_version: int | None = None) -> None:
        """Reload the list, the banner and the open assignment from the store.

        ``show_version`` puts that version in the review view (default: keep what it shows).
        """
        self._show_list(self.list_reader.read_now(self.brand_id), show_version=show_version)

    def _show_list(self, content: ListContent, *, show_version: int | None = None) -> None:
        current = self.assignment.id if self.assignment else None
        self.new_button.setEnabled(content.brand_id is not None)
        self.assignment_list.fill(content.rows, current, content.today)
        self.banner.set_deadlines(content.deadlines)
        listed = current is not None and self.assignment_list.rows.row_of(current) is not None
        self.show_assignment(current if listed else None, show_version=show_version)

    def notify_deadlines(self) -> QSystemTrayIcon | None:
        """A tray notification about overdue and nearly due work (at start)."""
        self.tray = notify(self.service.deadlines(self.today(), within_days=DUE_SOON_DAYS),
                           self.window())
        return self.tray

    def open_assignment(self, assignment_id: int) -> None:
        if self.list_reader.wait_for(assignment_id):  # opened once the list is in; its
            self.review_tab.make_soon()  # review is wanted then: made while the list is read
        elif self.assignment_list.select(assignment_id):
            self.tabs.setCurrentIndex(0)

    def _on_list_selected(self, assignment_id: int | None) -> None:
        self.show_assignment(assignment_id)
        self.tabs.setCurrentIndex(0)

    def _refresh_current(self) -> None:
        self.refresh()

    def show_assignment(self, assignment_id: int | None, *,
                        show_version: int | None = None) -> None:
        """Show ``assignment_id`` (None: none) as stored now, its review opened."""
        self.last_activity = time.monotonic()  # the work place's warm-up waits for a pause
        enabled = assignment_id is not None
        for widget in (self.edit_button, self.delete_button, self.drop, self.request_button):
            widget.setEnabled(enabled)
        if assignment_id is None:
            self.assignment = None
            self.detail_title.setText(self.tr("Choose an assignment, or make a new one"))
            self.facts.clear()
            self.brief.clear()
            self.versions.clear()
            self.requests.clear()
            self.decisions.clear()
            self.review_tab.open(None, None)
            return
        detail = self.service.detail(assignment_id)  # one transaction for the page's reads
        info = detail.info
        changed = self.assignment is None or self.assignment.id != info.id
        self.assignment = info
        self.detail_title.setText(info.title)
        facts = [kind_label(info.kind), status_label(info.status)]
        if info.agency_name:
            facts.insert(1, info.agency_name)
        if info.due:
            facts.append(self.tr("due {date}").format(date=show_date(info.due)))
        agreed = agreement_summary(detail.agreement)
        self.facts.setText(" · ".join(facts) + (f"\n{agreed}" if agreed else ""))
        self.brief.setText(info.brief or self.tr("(no brief noted)"))
        versions = detail.versions
        self.detail_tab.fill_versions(versions)
        self.detail_tab.fill_requests(detail.requests, self.today())
        self.detail_tab.fill_decisions(detail.decisions)
        latest = versions[-1].id if versions else None
        self.review_tab.open(info.id, latest if show_version is None else show_version,
                             again=show_version is None and not changed and latest is not None
                             and self.review_tab.assignment == info.id)
        self.drafts.check_pending(versions)  # once the review is drawn, in a quiet moment

    # -- actions -------------------------------------------------------------------------------

    def add_drafts(self, paths: list[Path]) -> None:
        """Each file becomes the next version of the open assignment, in the order given, and
        is checked once kept (read and kept in the background: :mod:`.intake`)."""
        if self.assignment is not None:
            self.intake.add(self.assignment.id, paths)

    def open_selected_version(self) -> None:
        version = self.acts.selected_version()
        if version is not None:
            self.review_view.open_version(version)
            self.tabs.setCurrentWidget(self.review_view)

    def recheck_selected(self) -> None:
        version = self.acts.selected_version()
        if version is not None:
            self.runner.start(version)

    def widget(self) -> QWidget:
        return self

    def problem(self, message: str) -> None:
        """Tell the owner what went wrong, without stopping the window (window-modal)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("BrandRegie"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("problem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

