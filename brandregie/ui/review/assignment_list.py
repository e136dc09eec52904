"""The left side of the Assignments page: the brand's assignments, due first, and the buttons to
add one or manage the agencies. It draws the list; the page decides what goes in it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brandregie.checks.model import TrafficLight
from brandregie.models.review import AssignmentStatus
from brandregie.review.due import DUE_SOON_DAYS
from brandregie.review.records import AssignmentInfo
from brandregie.ui.page import SECTION_TITLE, heading
from brandregie.ui.review.assignment_tab import status_label
from brandregie.ui.review.dialogs import kind_label
from brandregie.ui.review.header import LIGHT_COLOURS


class AssignmentList(QWidget):
    """Title, the list (assignment, due, status, score), 'show approved', and two buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Assignments"), SECTION_TITLE))
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Assignment"), self.tr("Due"), self.tr("Status"),
                                   self.tr("Score")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Assignments"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
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
        without announcing the pick as the person's choice."""
        self.list.blockSignals(True)
        # no current item while clearing: with one, each removed row moved it, and clearing
        # 2,000 rows (five years of assignments) took 27 s on the GUI thread
        self.list.selectionModel().clear()
        self.list.clear()
        items: list[QTreeWidgetItem] = []
        chosen: QTreeWidgetItem | None = None
        for info in rows:
            due = info.due.isoformat() if info.due else ""
            score = "" if info.latest_score is None else str(info.latest_score)
            title = info.title + (f" · {info.agency_name}" if info.agency_name else "")
            item = QTreeWidgetItem([title, due, status_label(info.status), score])
            item.setData(0, Qt.ItemDataRole.UserRole, info.id)
            item.setToolTip(0, kind_label(info.kind))
            if info.due and info.status is not AssignmentStatus.APPROVED:
                days = (info.due - today).days
                if days < 0:
                    item.setForeground(1, QBrush(QColor(LIGHT_COLOURS[TrafficLight.RED])))
                elif days <= DUE_SOON_DAYS:
                    item.setForeground(1, QBrush(QColor(LIGHT_COLOURS[TrafficLight.AMBER])))
            items.append(item)
            if info.id == current:
                chosen = item
        self.list.addTopLevelItems(items)  # at once: the columns fit their contents once
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)

    def select(self, assignment_id: int) -> bool:
        """Pick the assignment ``assignment_id``; False if it is not in the list."""
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == assignment_id:
                self.list.setCurrentItem(item)
                return True
        return False
