"""What the Assignments page's helpers see of the page.

The page imports its helpers, not the reverse: :mod:`brandregie.ui.review.assignment_actions`
(what the buttons beside the list and the assignment do) and
:mod:`brandregie.ui.review.draft_progress` (drafts being added and checked) reach the page
through :class:`AssignmentsScreen` only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtWidgets import QCheckBox, QTabWidget, QWidget

from brandregie.review.records import AssignmentInfo
from brandregie.review.service import ReviewService
from brandregie.ui.review.assignment_tab import AssignmentTab
from brandregie.ui.review.deadlines import DeadlineBanner
from brandregie.ui.review.intake import DraftIntake
from brandregie.ui.review.list_reader import ListReader
from brandregie.ui.review.review_tab import ReviewTab
from brandregie.ui.review.worker import CheckRunner


class AssignmentsScreen(Protocol):
    """What the helpers need of the page (the page imports them, not the reverse)."""

    service: ReviewService
    today: Callable[[], date]
    runner: CheckRunner
    intake: DraftIntake
    list_reader: ListReader
    banner: DeadlineBanner
    show_approved: QCheckBox
    tabs: QTabWidget
    detail_tab: AssignmentTab
    review_tab: ReviewTab
    #: The assignment shown (None: none is).
    assignment: AssignmentInfo | None
    #: time.monotonic() when the person last opened an assignment
    last_activity: float

    def widget(self) -> QWidget: ...

    def refresh(self, *, show_version: int | None = None) -> None: ...

    def open_assignment(self, assignment_id: int) -> None: ...

    def show_assignment(self, assignment_id: int | None, *,
                        show_version: int | None = None) -> None: ...

    def problem(self, message: str) -> None: ...
