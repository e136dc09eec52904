"""What the Assignments page's buttons do: make, edit and delete assignments, the agencies,
the agency's requests and saving a version's file.

Each action asks in a window-modal dialog and then calls the service once; the page only
draws (:mod:`brandregie.ui.review.page`) and reaches here through its buttons. Texts keep the
page's translation context ("AssignmentsPage"), where their Dutch is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTreeWidgetItem

from brandregie.errors import BrandRegieError
from brandregie.review.agreement import Agreement
from brandregie.review.due import DUE_SOON_DAYS
from brandregie.ui.review.assignments_screen import AssignmentsScreen
from brandregie.ui.review.dialogs import AgenciesDialog, AssignmentDialog, RequestDialog


class AssignmentActions(QObject):
    """The page's actions on assignments, their requests and their files."""

    def __init__(self, page: AssignmentsScreen) -> None:
        super().__init__(page.widget())
        self.page = page
        tab = page.detail_tab
        tab.edit_button.clicked.connect(self.edit_assignment)
        tab.delete_button.clicked.connect(self.delete_assignment)
        tab.save_file_button.clicked.connect(self.save_selected_file)
        tab.request_button.clicked.connect(self.log_request)
        tab.requests.itemChanged.connect(self._request_toggled)

    def new_assignment(self) -> None:
        page, brand = self.page, self.page.list_reader.brand_id
        if brand is None:
            return
        dialog = AssignmentDialog(page.service.agencies(), parent=page.widget())
        dialog.setObjectName("assignmentDialog")

        def create() -> None:
            values = dialog.values()
            try:
                info = page.service.create_assignment(
                    brand, values.title, kind=values.kind, agency_id=values.agency_id,
                    due=values.due, brief=values.brief)
                if values.agreement != Agreement():
                    page.service.set_agreement(info.id, values.agreement)
            except BrandRegieError as exc:
                page.problem(exc.message)
                return
            page.show_approved.setChecked(True)
            page.refresh()
            page.open_assignment(info.id)

        dialog.accepted.connect(create)
        dialog.open()

    def edit_assignment(self) -> None:
        page, current = self.page, self.page.assignment
        if current is None:
            return
        dialog = AssignmentDialog(page.service.agencies(), current, parent=page.widget(),
                                  agreement=page.service.agreement(current.id))
        dialog.setObjectName("assignmentDialog")

        def save() -> None:
            values = dialog.values()
            try:
                page.service.update_assignment(
                    current.id, title=values.title, kind=values.kind,
                    agency_id=values.agency_id, due=values.due, brief=values.brief)
                page.service.set_agreement(current.id, values.agreement)
            except BrandRegieError as exc:
                page.problem(exc.message)
                return
            page.refresh()

        dialog.accepted.connect(save)
        dialog.open()

    def delete_assignment(self) -> None:
        page, current = self.page, self.page.assignment
        if current is None:
            return
        answer = QMessageBox.question(
            page.widget(), QCoreApplication.translate("AssignmentsPage", "Delete assignment"),
            QCoreApplication.translate(
                "AssignmentsPage", "Delete “{title}” with all its versions and reviews? This "
                "cannot be undone.").format(title=current.title))
        if answer == QMessageBox.StandardButton.Yes:
            page.service.delete_assignment(current.id)
            page.assignment = None
            page.refresh()

    def manage_agencies(self) -> None:
        dialog = AgenciesDialog(self.page.service, self.page.widget())
        dialog.finished.connect(lambda _result: self.page.refresh())
        dialog.open()

    def selected_version(self) -> int | None:
        """The version picked in the assignment's list of versions, if any."""
        item = self.page.detail_tab.versions.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def save_selected_file(self) -> None:
        page, version = self.page, self.selected_version()
        if version is None:
            return
        name, data = page.service.version_data(version)
        path, _filter = QFileDialog.getSaveFileName(
            page.widget(), QCoreApplication.translate("AssignmentsPage", "Save the draft as"),
            name)
        if path:
            try:
                Path(path).write_bytes(data)
            except OSError as exc:
                page.problem(QCoreApplication.translate(
                    "AssignmentsPage", "The file could not be saved: {why}").format(
                    why=exc.strerror or exc))

    def log_request(self) -> None:
        page, current = self.page, self.page.assignment
        if current is None:
            return
        assignment_id = current.id
        dialog = RequestDialog(parent=page.widget())
        dialog.setObjectName("requestDialog")

        def add() -> None:
            try:
                page.service.add_request(assignment_id, dialog.text.text(), dialog.due.value())
            except BrandRegieError as exc:
                page.problem(exc.message)
                return
            page.refresh()

        dialog.accepted.connect(add)
        dialog.open()

    def _request_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 2:
            return
        page = self.page
        request_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        page.service.set_request_done(request_id, item.checkState(2) == Qt.CheckState.Checked)
        page.banner.set_deadlines(page.service.deadlines(page.today(), within_days=DUE_SOON_DAYS))
