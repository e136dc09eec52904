"""What the Assignments list shows, read from the store: inline, or on a worker.

Five years of use are 2,000 assignments: reading them is ~40 ms. The page's first fill came in
the same turn of the event loop as building the page, and together they held the window over
200 ms; so the first read runs on a worker while the page paints, and the list is filled
when it is in (a few ms, see :mod:`.assignment_rows`). An assignment the person opens meanwhile
is kept here (:meth:`ListReader.wait_for`) and asked for (``asked``) in the turn after the list
is filled, so the list paints first and each of the two turns stays short. Later reads (after
a check, an answer, an edit) stay inline: the person's pick and place are kept and the page
never shows an empty list in between.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from brandregie.review.due import DUE_SOON_DAYS, Deadlines
from brandregie.review.records import AssignmentInfo
from brandregie.review.service import ReviewService
from brandregie.ui.jobs import Failure, Runner, Task


@dataclass(frozen=True, slots=True)
class ListContent:
    """A brand's assignments as the list shows them, and the deadlines for the banner."""

    brand_id: int | None  # None: there is no brand yet
    rows: list[AssignmentInfo]
    deadlines: Deadlines
    today: date


def read_list(service: ReviewService, brand_id: int | None, *, include_approved: bool,
              today: date) -> ListContent:
    """The list of ``brand_id`` (None: the first brand there is)."""
    if brand_id is None:
        brands = service.profiles.list_brands()
        brand_id = brands[0].id if brands else None
    rows = ([] if brand_id is None
            else service.assignments(brand_id, include_approved=include_approved))
    return ListContent(brand_id, rows, service.deadlines(today, within_days=DUE_SOON_DAYS),
                       today)


class ListReader(QObject):
    """Reads the page's list: inline (:meth:`read_now`), or on a worker the first time
    (:meth:`start_first`); a newer read drops the one still running. An assignment asked for
    meanwhile is kept (:meth:`wait_for`) until it is asked for again (``asked``), in the turn
    after the list was filled with the first read."""

    read = Signal(object)  # ListContent, from the worker
    failed = Signal(str)  # the sentence for the person
    asked = Signal(int)  # (assignment id) the one asked for while the first list was read

    def __init__(self, service: ReviewService, include_approved: Callable[[], bool],
                 today: Callable[[], date], on_read: Callable[[ListContent], None],
                 on_failed: Callable[[str], None], parent: QObject | None = None, *,
                 first_on_worker: bool = False) -> None:
        super().__init__(parent)
        self.service = service
        self.include_approved, self.today = include_approved, today
        self.first_on_worker = first_on_worker
        self.brand_id: int | None = None  # the brand last listed (None: there is none)
        #: the assignment asked for while the first list was read, until ``asked`` tells it
        self.waiting: int | None = None
        self._runner = Runner(self)
        self._runner.finished.connect(lambda _task, content: self._listed(content))
        self._runner.failed.connect(self._not_listed)
        self.read.connect(on_read)
        self.failed.connect(on_failed)

    @property
    def busy(self) -> bool:
        """The first list is being read, or the assignment asked for meanwhile is still to
        be asked for."""
        return self._runner.busy or self.waiting is not None

    def read_now(self, brand_id: int | None) -> ListContent:
        """The list of ``brand_id``, read on this thread (a read still running is dropped)."""
        self._runner.cancel()
        content = read_list(self.service, brand_id, include_approved=self.include_approved(),
                            today=self.today())
        self.brand_id = content.brand_id
        if self.waiting is not None:  # asked for while the first read ran: this read is in
            QTimer.singleShot(0, self, self._ask)
        return content

    def start_first(self, brand_id: int | None) -> bool:
        """The first read, on a worker (``read`` tells it); False when it is not the first, or
        was not to run on a worker."""
        if not self.first_on_worker:
            return False
        self.first_on_worker = False
        service, include_approved, today = self.service, self.include_approved(), self.today()
        self._runner.start(lambda _progress: read_list(
            service, brand_id, include_approved=include_approved, today=today))
        return True

    def _listed(self, content: ListContent) -> None:
        self.brand_id = content.brand_id
        self.read.emit(content)
        if self.waiting is not None:  # the list paints first
            QTimer.singleShot(0, self, self._ask)

    def _not_listed(self, _task: Task, failure: Failure) -> None:
        self.waiting = None  # there is no list to open it in
        self.failed.emit(failure.message)

    def _ask(self) -> None:
        waiting, self.waiting = self.waiting, None
        if waiting is not None:
            self.asked.emit(waiting)

    def wait_for(self, assignment_id: int) -> bool:
        """Keep ``assignment_id`` to ask for once the first list is in; False if it is in
        already."""
        if self.busy:
            self.waiting = assignment_id
        return self.busy
