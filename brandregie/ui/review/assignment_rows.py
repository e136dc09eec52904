"""The rows of the Assignments list as a Qt model over plain data.

Five years of use are thousands of assignments. Making an item object per row held the window
about 250 ms whenever the list was filled; this model keeps the service's rows as they come and
makes a cell's text, colour and tip only when the view draws that cell, so filling costs the
same for 20 rows as for 20,000.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from brandregie.checks.model import TrafficLight
from brandregie.models.review import AssignmentStatus
from brandregie.review.due import DUE_SOON_DAYS
from brandregie.review.records import AssignmentInfo
from brandregie.ui.review.assignment_tab import status_label
from brandregie.ui.review.dialogs import kind_label
from brandregie.ui.review.header import LIGHT_COLOURS

Index = QModelIndex | QPersistentModelIndex

#: The role that gives a row's assignment id (any column).
ASSIGNMENT_ID = Qt.ItemDataRole.UserRole
#: The role that gives a row's whole :class:`AssignmentInfo` (any column), for drawing it.
ASSIGNMENT_INFO = Qt.ItemDataRole.UserRole + 1
#: The role that gives the colour of a row's due date (passed, near) or None (any column).
DUE_BRUSH = Qt.ItemDataRole.UserRole + 2
TITLE, DUE, STATUS, SCORE = range(4)
_SERVED = frozenset({Qt.ItemDataRole.DisplayRole, ASSIGNMENT_ID, Qt.ItemDataRole.ForegroundRole,
                     Qt.ItemDataRole.ToolTipRole, ASSIGNMENT_INFO, DUE_BRUSH})


class AssignmentRows(QAbstractTableModel):
    """Assignment, due date (passed in red, near in amber), status and score, one row each."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[AssignmentInfo] = []
        self._places: dict[int, int] = {}
        self._today = date.today()
        self._overdue = QBrush(QColor(LIGHT_COLOURS[TrafficLight.RED]))
        self._soon = QBrush(QColor(LIGHT_COLOURS[TrafficLight.AMBER]))

    def set_rows(self, rows: Sequence[AssignmentInfo], today: date) -> None:
        """Show ``rows``. The same assignments in the same order (a refill after a check or an
        answer) change in place, keeping the view's selection and scroll position; others
        replace the rows (the view's current row is gone)."""
        if rows and [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows, self._today = list(rows), today
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, len(self._headers) - 1))
            return
        self.beginResetModel()
        self._rows, self._today = list(rows), today
        self._places = {info.id: row for row, info in enumerate(self._rows)}
        self.endResetModel()

    def row_of(self, assignment_id: int) -> int | None:
        """The row showing ``assignment_id``, None if it is not listed."""
        return self._places.get(assignment_id)

    def info(self, row: int) -> AssignmentInfo:
        return self._rows[row]

    # -- QAbstractTableModel ---------------------------------------------------------------------

    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 (Qt's own default)
        # one call where Qt's own asks rowCount and columnCount: the view lays out every row
        if 0 <= row < len(self._rows) and 0 <= column < len(self._headers) \
                and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # the role first: a drawn cell asks about ten, and this model answers four of them
        if role not in _SERVED or not index.isValid():
            return None
        info, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(info, column)
        if role == ASSIGNMENT_ID:
            return info.id
        if role == ASSIGNMENT_INFO:
            return info
        if role == DUE_BRUSH:
            return self._due_colour(info)
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE:
            return self._due_colour(info)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return kind_label(info.kind)
        return None

    def _due_colour(self, info: AssignmentInfo) -> QBrush | None:
        if info.due is None or info.status is AssignmentStatus.APPROVED:
            return None
        days = (info.due - self._today).days
        if days < 0:
            return self._overdue
        return self._soon if days <= DUE_SOON_DAYS else None


def widest_texts(column: int) -> list[str]:
    """Every text ``column`` can show at its widest (none for the title): the narrow columns
    fit these once, rather than measuring rows each time the list is filled. (The due date and
    status are drawn under the title: see :mod:`.assignment_cell`.)"""
    return ["100"] if column == SCORE else []


def _text(info: AssignmentInfo, column: int) -> str:
    if column == TITLE:
        return info.title + (f" · {info.agency_name}" if info.agency_name else "")
    if column == DUE:
        return info.due.isoformat() if info.due else ""
    if column == STATUS:
        return status_label(info.status)
    return "" if info.latest_score is None else str(info.latest_score)
