"""The assignment tab of the assignments page: its facts and brief, the drop area with the
check's progress, the agency's versions, its requests and the decisions. It draws; the page
(:mod:`brandregie.ui.review.page`) wires the buttons to what they do."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brandregie.models.review import AssignmentStatus, CheckStatus, DecisionOutcome
from brandregie.review.records import DecisionInfo, RequestInfo, VersionInfo
from brandregie.ui.dates import show_date, show_moment
from brandregie.ui.page import heading
from brandregie.ui.review.drop_area import DropArea


def status_label(status: AssignmentStatus) -> str:
    return {
        AssignmentStatus.BRIEFED: QCoreApplication.translate("Review", "Briefed"),
        AssignmentStatus.DRAFT_RECEIVED: QCoreApplication.translate("Review", "Draft received"),
        AssignmentStatus.IN_REVIEW: QCoreApplication.translate("Review", "In review"),
        AssignmentStatus.CHANGES_REQUESTED: QCoreApplication.translate("Review",
                                                                       "Changes requested"),
        AssignmentStatus.APPROVED: QCoreApplication.translate("Review", "Approved"),
    }[status]


def check_label(version: VersionInfo) -> str:
    return {
        CheckStatus.PENDING: QCoreApplication.translate("Review", "Checking…"),
        CheckStatus.DONE: QCoreApplication.translate("Review", "Checked"),
        CheckStatus.FAILED: QCoreApplication.translate("Review", "Could not be read"),
        CheckStatus.CANCELLED: QCoreApplication.translate("Review", "Check cancelled"),
    }[version.check_status]


def _stretch_only(tree: QTreeWidget, column: int) -> None:
    """``column`` takes the room left; the others are as wide as what they show."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


class AssignmentTab(QScrollArea):
    """One assignment's facts, versions, requests and decisions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        head = QHBoxLayout()
        self.detail_title = heading(scale=1.4)
        self.detail_title.setWordWrap(True)
        head.addWidget(self.detail_title, 1)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        head.addWidget(self.edit_button)
        head.addWidget(self.delete_button)
        layout.addLayout(head)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.brief = QLabel()
        self.brief.setWordWrap(True)
        self.brief.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.brief.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.brief)

        self.drop = DropArea()
        layout.addWidget(self.drop)
        progress_row = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Check progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel check"))
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.hide()
        layout.addWidget(self.progress_box)

        versions_box = QGroupBox(self.tr("Versions from the agency"))
        versions_layout = QVBoxLayout(versions_box)
        self.versions = QTreeWidget()
        self.versions.setHeaderLabels([self.tr("Version"), self.tr("File"), self.tr("Received"),
                                       self.tr("Score"), self.tr("Check")])
        self.versions.setRootIsDecorated(False)
        _stretch_only(self.versions, 1)  # the file name; the received time is never cut
        self.versions.setAccessibleName(self.tr("Versions"))
        versions_layout.addWidget(self.versions)
        buttons = QHBoxLayout()
        self.open_version_button = QPushButton(self.tr("Re&view"))
        self.recheck_button = QPushButton(self.tr("Check a&gain"))
        self.recheck_button.setToolTip(self.tr("Check against the brand profile as it is now"))
        self.save_file_button = QPushButton(self.tr("Save file &as…"))
        for button in (self.open_version_button, self.recheck_button, self.save_file_button):
            buttons.addWidget(button)
            button.setEnabled(False)
        self.versions.currentItemChanged.connect(lambda _now, _before: self._version_chosen())
        buttons.addStretch(1)
        versions_layout.addLayout(buttons)
        layout.addWidget(versions_box)

        requests_box = QGroupBox(self.tr("What the agency asked of you"))
        requests_layout = QVBoxLayout(requests_box)
        self.requests = QTreeWidget()
        self.requests.setHeaderLabels([self.tr("Request"), self.tr("By"), self.tr("Done")])
        self.requests.setRootIsDecorated(False)
        _stretch_only(self.requests, 0)
        self.requests.setAccessibleName(self.tr("Requests from the agency"))
        requests_layout.addWidget(self.requests)
        request_buttons = QHBoxLayout()
        self.request_button = QPushButton(self.tr("&Log a request…"))
        request_buttons.addWidget(self.request_button)
        request_buttons.addStretch(1)
        requests_layout.addLayout(request_buttons)
        layout.addWidget(requests_box)

        decisions_box = QGroupBox(self.tr("Decisions"))
        decisions_layout = QVBoxLayout(decisions_box)
        self.decisions = QLabel()
        self.decisions.setWordWrap(True)
        decisions_layout.addWidget(self.decisions)
        layout.addWidget(decisions_box)
        layout.addStretch(1)
        self.setWidget(body)

    def show_progress(self, doing: str | None) -> None:
        """The bar from 0 with ``doing`` beside it (a file being added, a check), or hidden."""
        self.progress_box.setVisible(doing is not None)
        if doing is not None:
            self.progress.setValue(0)
            self.progress_label.setText(doing)

    def fill_versions(self, versions: list[VersionInfo]) -> None:
        self.versions.clear()
        for version in versions:
            item = QTreeWidgetItem([
                str(version.number), version.file_name,
                show_moment(version.received_at),
                "" if version.score is None else str(version.score),
                check_label(version)])
            if version.error:
                item.setToolTip(4, version.error)
                item.setForeground(4, QBrush(QColor("#C0392B")))
            item.setData(0, Qt.ItemDataRole.UserRole, version.id)
            self.versions.addTopLevelItem(item)
        count = self.versions.topLevelItemCount()
        last = self.versions.topLevelItem(count - 1) if count else None
        if last is not None:
            self.versions.setCurrentItem(last)
        self._version_chosen()

    def _version_chosen(self) -> None:
        """The version buttons act on the chosen version: without one they are off."""
        chosen = self.versions.currentItem() is not None
        for button in (self.open_version_button, self.recheck_button, self.save_file_button):
            button.setEnabled(chosen)

    def fill_requests(self, requests: list[RequestInfo], today: date) -> None:
        self.requests.blockSignals(True)
        self.requests.clear()
        for request in requests:
            item = QTreeWidgetItem([request.text,
                                    show_date(request.due) if request.due else "", ""])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(2, Qt.CheckState.Checked if request.done
                               else Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.UserRole, request.id)
            if not request.done and request.due and request.due < today:
                item.setForeground(1, QBrush(QColor("#C0392B")))
            self.requests.addTopLevelItem(item)
        self.requests.blockSignals(False)

    def fill_decisions(self, decisions: list[DecisionInfo]) -> None:
        lines = []
        for decision in decisions:
            what = (self.tr("Approved") if decision.outcome is DecisionOutcome.APPROVED
                    else self.tr("Changes requested"))
            when = show_moment(decision.decided_at)
            line = self.tr("Version {n}: {what} ({when})").format(
                n=decision.version_number, what=what, when=when)
            if decision.summary:
                line += "\n    " + decision.summary.replace("\n", "\n    ")
            lines.append(line)
        self.decisions.setText("\n".join(lines) or self.tr("No decision yet."))
