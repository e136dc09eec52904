"""The left side of the Assignments page: the brand's assignments, due first, and the buttons to
add one or manage the agencies. It draws the list; the page decides what goes in it.

The list is a view over :class:`~.assignment_rows.AssignmentRows`: a cell is made only when it
is drawn, so five years of assignments (2,000 rows) fill it in a few ms, where an item per row
held the window about 250 ms.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from brandregie.review.records import AssignmentInfo
from brandregie.ui.page import SECTION_TITLE, heading
from brandregie.ui.review.assignment_cell import AssignmentCell
from brandregie.ui.review.assignment_rows import (
    ASSIGNMENT_ID,
    DUE,
    STATUS,
    AssignmentRows,
    widest_texts,
)


class AssignmentView(QTreeView):
    """The list itself. Its narrow columns (due, status, score) are as wide as their widest
    possible text: fitting them to the rows read up to 1,000 rows each time the list was
    filled, and a wider status further down came out cut."""

    def __init__(self) -> None:
        super().__init__()
        self._widths: dict[int, int] = {}  # measured once per font and language

    def sizeHintForColumn(self, column: int) -> int:
        if column not in self._widths:
            texts = widest_texts(column)
            if not texts:
                return super().sizeHintForColumn(column)
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                              self) + 1  # as the item delegate pads a text
            metrics = self.fontMetrics()
            self._widths[column] = max(metrics.horizontalAdvance(t) for t in texts) + 2 * margin
        return self._widths[column]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange,
                            QEvent.Type.StyleChange):
            self._widths.clear()
        super().changeEvent(event)


class AssignmentList(QWidget):
    """Title, the list (assignment, due, status, score), 'show approved', and two buttons."""

    #: (assignment id or None) the person picked another assignment in the list
    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Assignments"), SECTION_TITLE))
        self.rows = AssignmentRows([self.tr("Assignment"), self.tr("Due"), self.tr("Status"),
                                    self.tr("Score")], self)
        self.list = AssignmentView()
        self.list.setModel(self.rows)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)  # no row measured to place the others
        self.list.setAllColumnsShowFocus(True)
        self.list.setAccessibleName(self.tr("Assignments"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(0)  # the title column: the rows in sight only
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # the agency, status and due date are drawn under the title, which keeps the width
        self.list.setItemDelegateForColumn(0, AssignmentCell(self.list))
        for column in (DUE, STATUS):
            self.list.setColumnHidden(column, True)
        self._filling = False
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.list, 1)
        self.show_approved = QCheckBox(self.tr("Show app&roved"))
        self.show_approved.setChecked(True)
        layout.addWidget(self.show_approved)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New assignment…"))
        self.agency_button = QPushButton(self.tr("A&gencies…"))
        self.agency_button.setToolTip(self.tr("The agencies you work with: name, contact, "
                                              "e-mail"))
        row.addWidget(self.new_button)
        row.addWidget(self.agency_button)
        layout.addLayout(row)

    def fill(self, rows: Sequence[AssignmentInfo], current: int | None, today: date) -> None:
        """Show ``rows`` (``current`` picked), due dates passed in red and near in amber,
        without announcing the pick as the person's choice. A refill with the same rows (after
        a check or an answer) keeps the scroll position."""
        self._filling = True
        try:
            self.rows.set_rows(rows, today)
            row = None if current is None else self.rows.row_of(current)
            if row is None:
                self.list.selectionModel().clear()
            elif self.list.currentIndex().row() != row:
                self.list.setCurrentIndex(self.rows.index(row, 0))
        finally:
            self._filling = False

    def select(self, assignment_id: int) -> bool:
        """Pick the assignment ``assignment_id``; False if it is not in the list."""
        row = self.rows.row_of(assignment_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.rows.index(row, 0))
        return True

    def current(self) -> int | None:
        """The assignment picked in the list, if any."""
        index = self.list.currentIndex()
        return int(index.data(ASSIGNMENT_ID)) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._filling:
            self.chosen.emit(int(current.data(ASSIGNMENT_ID)) if current.isValid() else None)
