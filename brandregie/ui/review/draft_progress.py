"""The Assignments page's drafts in the background: being added, being checked, pending.

Dropped files are read and kept by :class:`~brandregie.ui.review.intake.DraftIntake` and each is
checked once kept by :class:`~brandregie.ui.review.worker.CheckRunner`; this shows their
progress in the assignment's tab and redraws the page when a check is stored.

A check the app was closed during (a version left pending) runs again when its assignment is
opened, but only once that assignment's review is drawn and the person has opened nothing for
a moment: a check holds Python's lock on its worker for a second or more, and started with the
open it made the open the person asked for wait (on the five-year store the busiest assignment
took 460 ms to open, 200 is the target), as it would the next ones.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from brandregie.models.review import CheckStatus
from brandregie.review.records import VersionInfo
from brandregie.ui.review.assignments_screen import AssignmentsScreen

#: A pending check starts once the person has opened nothing on the page for this long (ms) ...
QUIET_MS = 500
#: ... or once it has waited this long for such a moment.
WAIT_MAX_MS = 5000


class DraftProgress(QObject):
    """Wires the page's intake and checks to its progress bar, and holds pending checks."""

    def __init__(self, page: AssignmentsScreen) -> None:
        super().__init__(page.widget())
        self.page = page
        #: pending versions of an opened assignment, to check once its review is drawn
        self.pending: list[int] = []
        self._waited_ms = 0
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._start_pending)
        runner, intake = page.runner, page.intake
        runner.started.connect(self._check_started)
        runner.progress.connect(self._check_progress)
        runner.finished.connect(self._check_finished)
        intake.started.connect(self._intake_started)
        intake.progress.connect(lambda done: page.detail_tab.progress.setValue(done))
        intake.stored.connect(self._draft_stored)
        intake.ended.connect(self._intake_ended)
        page.review_tab.drawn.connect(self._start_pending)

    def check_pending(self, versions: list[VersionInfo]) -> None:
        """Check again each of ``versions`` left pending (the app was closed during its
        check), once the review being opened is drawn and the person opens nothing more for
        :data:`QUIET_MS`. A version whose check runs now (a draft just dropped) is pending
        too, but not left so: taken for one, it was checked again once its check was done."""
        self.pending += [v.id for v in versions if v.check_status is CheckStatus.PENDING
                         and v.id not in self.pending
                         and not self.page.runner.is_running(v.id)]
        self._start_pending()

    def _start_pending(self) -> None:
        if not self.pending or self._later.isActive() or self.page.review_tab.opening:
            return  # the review's ``drawn`` calls again
        quiet_ms = (time.monotonic() - self.page.last_activity) * 1000
        if quiet_ms < QUIET_MS and self._waited_ms < WAIT_MAX_MS:
            wait = max(1, int(QUIET_MS - quiet_ms))
            self._waited_ms += wait
            self._later.start(wait)
            return
        pending, self.pending, self._waited_ms = self.pending, [], 0
        for version_id in pending:
            self.page.runner.start(version_id)  # one already running is left running

    def cancel(self) -> None:
        self.page.intake.cancel()
        self.page.runner.cancel()

    def _intake_started(self, name: str, place: int, count: int) -> None:
        self.page.detail_tab.show_progress(QCoreApplication.translate(
            "AssignmentsPage", "Adding {name} ({place} of {count})…").format(
            name=name, place=place, count=count))

    def _draft_stored(self, info: VersionInfo) -> None:
        page = self.page
        page.runner.start(info.id)
        if page.assignment is not None and info.assignment_id == page.assignment.id:
            page.show_assignment(info.assignment_id)

    def _intake_ended(self, problems: list[str]) -> None:
        page = self.page
        page.detail_tab.show_progress(QCoreApplication.translate(
            "AssignmentsPage", "Checking the draft…") if page.runner.is_running() else None)
        if problems:  # a file kept as it was cancelled is listed (and checked) now
            if page.assignment is not None:
                page.show_assignment(page.assignment.id)
            page.problem("\n".join(problems))

    def _check_started(self, version_id: int) -> None:
        if version_id in self.pending:  # checked now (a new draft, a recheck): not again later
            self.pending.remove(version_id)
        if not self.page.intake.busy:  # else the bar shows the files being added until they are
            self.page.detail_tab.show_progress(QCoreApplication.translate(
                "AssignmentsPage", "Checking the draft…"))

    def _check_progress(self, _version_id: int, done: float) -> None:
        if not self.page.intake.busy:
            self.page.detail_tab.progress.setValue(round(done * 100))

    def _check_finished(self, _version_id: int, info: object) -> None:
        page = self.page
        if not page.runner.is_running() and not page.intake.busy:
            page.detail_tab.progress_box.hide()
        assert isinstance(info, VersionInfo)
        ours = page.assignment is not None and info.assignment_id == page.assignment.id
        page.refresh(show_version=info.id if ours else None)
        if ours:
            page.tabs.setCurrentWidget(page.review_tab.view())
