"""The autosave in the status bar ("All changes saved", "Revision 7") and the conflict prompt.

:class:`~brandregie.ui.session.EditSession` saves; this shows how that went. When a colleague
saved the same fields first, it opens the window-modal
:class:`~brandregie.ui.conflict.ConflictDialog` and hands the person's choice back to the
session; "Edit > Resolve the save conflict…" (:attr:`SaveStatus.resolve_action`) looks again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QToolButton

from brandregie.profile.conflict import SaveConflict
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.ui import dialogs
from brandregie.ui.conflict import ConflictDialog
from brandregie.ui.session import EditSession, SaveState


class SaveStatus(QObject):
    """Follows the open brand's session and shows its save state in ``window``'s status bar."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: EditSession | None = None
        self.resolve_action = QAction(self.tr("&Resolve the save conflict…"), window)
        self.resolve_action.triggered.connect(lambda _checked=False: self.resolve_conflict())
        self.resolve_action.setEnabled(False)
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.revision_label = QLabel()
        self.revision_label.setAccessibleName(self.tr("Revision"))
        self.resolve_button = QToolButton()
        self.resolve_button.setDefaultAction(self.resolve_action)
        self.resolve_button.setAccessibleName(self.tr("Resolve the save conflict"))
        self.resolve_button.setVisible(False)
        self.conflict_dialog: ConflictDialog | None = None
        bar = window.statusBar()
        bar.addPermanentWidget(self.resolve_button)
        bar.addPermanentWidget(self.save_label)
        bar.addPermanentWidget(self.revision_label)
        bar.setSizeGripEnabled(True)

    def follow(self, session: EditSession | None, snapshot: ProfileSnapshot | None = None
               ) -> None:
        """Show ``session``'s saves from now on (``snapshot``: what it opened); None: none."""
        self.session = session
        if session is None:
            self.save_label.setText("")
            self.revision_label.setText("")
            return
        session.save_state_changed.connect(self._show_save_state)
        session.saved.connect(self._show_revision)
        session.problem.connect(self._save_problem)
        session.conflict_found.connect(self._conflict_found)
        session.merged.connect(self._merged)
        session.refused_edit.connect(self._refused)
        self._show_save_state()
        if snapshot is not None:
            self._show_revision(snapshot)

    def resolve_conflict(self) -> None:
        """Look again at what the colleague saved: merge, or choose anew."""
        if self.session is not None and self.session.conflict is not None:
            self.session.retry()

    def _show_revision(self, snapshot: ProfileSnapshot) -> None:
        self.revision_label.setText(self.tr("Revision %1").replace("%1", str(snapshot.revision)))

    def _show_save_state(self) -> None:
        session = self.session
        if session is None:
            return
        texts = {SaveState.SAVED: self.tr("All changes saved"),
                 SaveState.PENDING: self.tr("Unsaved changes…"),
                 SaveState.SAVING: self.tr("Saving…"),
                 SaveState.FAILED: self.tr("Not saved")}
        conflict = session.conflict is not None
        self.save_label.setText(self.tr("Not saved: conflict") if conflict
                                else texts[session.save_state])
        self.resolve_action.setEnabled(conflict)
        self.resolve_button.setVisible(conflict)
        self.save_label.setToolTip(session.error)
        self.save_label.setStyleSheet("color: #B71C1C;" if session.save_state
                                      is SaveState.FAILED else "")

    def _refused(self, reason: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Field left unchanged: %1").replace("%1", reason), 6000)

    def _save_problem(self, message: str) -> None:
        dialogs.show_error(self.window, self.tr("Not saved"), message)

    def _conflict_found(self, conflict: SaveConflict) -> None:
        """A colleague changed the same fields: ask, window-modal, what to keep."""
        session = self.session
        if session is None:
            return
        if self.conflict_dialog is not None:
            self.conflict_dialog.deleteLater()
        # bound methods only: a lambda holding the dialog would make a reference cycle that
        # the garbage collector may break on the save worker's thread, which crashes Qt
        self.conflict_dialog = ConflictDialog(conflict, session.error, self.window)
        self.conflict_dialog.finished.connect(self._conflict_answered)
        self.conflict_dialog.open()

    def _conflict_answered(self, result: int) -> None:
        dialog, self.conflict_dialog = self.conflict_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        session = self.session
        if session is None or session.conflict is not dialog.conflict:
            return  # the brand was closed or the conflict looked at again meanwhile
        if result == QDialog.DialogCode.Accepted.value:
            session.resolve(dialog.conflict, dialog.choices())
        else:
            self.window.statusBar().showMessage(
                self.tr("Not saved: conflict. Your changes stay here; choose Edit > "
                        "Resolve the save conflict when you are ready."), 10000)

    def _merged(self, who: str, automatic: bool) -> None:
        who = who or self.tr("a colleague")
        self.window.statusBar().showMessage(
            (self.tr("Merged with changes by %1") if automatic
             else self.tr("Saved your choice, merged with changes by %1")).replace("%1", who),
            8000)
