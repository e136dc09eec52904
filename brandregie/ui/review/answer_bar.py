"""The owner's answers on the current finding card, without a dialog.

Accept, Dismiss (a reason picked inline: one of a few, or typed), Remark (typed inline), Apply
fix (the brand's version, where the fix is mechanical), Allow this word, Ban this word. Each
button names its key; the keys themselves are the view's actions
(:mod:`brandregie.ui.review.actions`), so they work wherever the focus is in the review.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class AnswerBar(QWidget):
    """Buttons for the current finding, and the inline reason and remark editors."""

    accept = Signal()
    dismiss = Signal(str)
    remark = Signal(str)
    allow = Signal()
    ban = Signal()
    fix = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerBar")
        self.current_reason = ""
        self.current_remark = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.accept_button = self._button(self.tr("Accept"), "A",
                                          self.tr("Agree: the agency should change this"))
        self.accept_button.clicked.connect(self.accept)
        self.dismiss_button = self._button(self.tr("Dismiss"), "D",
                                           self.tr("This is fine here; pick or type why"))
        self.dismiss_button.clicked.connect(lambda: self.open_dismiss(self.current_reason))
        self.remark_button = self._button(self.tr("Remark"), "R",
                                          self.tr("A note for the agency about this point"))
        self.remark_button.clicked.connect(lambda: self.open_remark(self.current_remark))
        self.allow_button = self._button(self.tr("Allow word"), "W",
                                         self.tr("Always allow this word for the brand "
                                                 "(changes the profile)"))
        self.allow_button.clicked.connect(self.allow)
        self.ban_button = self._button(self.tr("Ban word"), "B",
                                       self.tr("Never allow this word (or the words selected "
                                               "in the draft) for the brand"))
        self.ban_button.clicked.connect(self.ban)
        self.fix_button = self._button(self.tr("Apply fix"), "F",
                                       self.tr("Put the brand's version shown on the card in "
                                               "the draft sent back (a tracked change in Word)"))
        self.fix_button.setObjectName("applyFix")
        self.fix_button.clicked.connect(self.fix)
        for button in (self.accept_button, self.dismiss_button, self.remark_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        words = QHBoxLayout()  # a second row: the bar fits a narrow panel without scrolling
        words.setSpacing(4)
        words.addWidget(self.fix_button)
        words.addWidget(self.allow_button)
        words.addWidget(self.ban_button)
        words.addStretch(1)
        layout.addLayout(words)

        self.reason_row = QWidget()
        reason_layout = QHBoxLayout(self.reason_row)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.setAccessibleName(self.tr("Why this is fine here"))
        self.reason.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.reason.addItems(self.reasons())
        reason_line = self.reason.lineEdit()
        assert reason_line is not None
        reason_line.returnPressed.connect(self._dismissed)
        ok = QPushButton(self.tr("Dismiss"))
        ok.setObjectName("confirmDismiss")
        ok.clicked.connect(self._dismissed)
        reason_layout.addWidget(self.reason, 1)
        reason_layout.addWidget(ok)
        layout.addWidget(self.reason_row)

        self.remark_row = QWidget()
        remark_layout = QHBoxLayout(self.remark_row)
        remark_layout.setContentsMargins(0, 0, 0, 0)
        self.remark_edit = QLineEdit()
        self.remark_edit.setPlaceholderText(self.tr("A note for the agency; Enter saves it"))
        self.remark_edit.setAccessibleName(self.tr("Remark"))
        self.remark_edit.returnPressed.connect(self._remarked)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self._remarked)
        remark_layout.addWidget(self.remark_edit, 1)
        remark_layout.addWidget(save)
        layout.addWidget(self.remark_row)
        self.close_editors()

    def reasons(self) -> list[str]:
        return [self.tr("Fine in this context"), self.tr("A quote or a name"),
                self.tr("Required by law or the client"), self.tr("Agreed with the agency")]

    def _button(self, text: str, key: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(f"{tip} ({key})")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        return button

    def set_state(self, *, can_accept: bool, word: bool, reason: str, remark: str,
                  fix: bool = False) -> None:
        """Fit the bar to the current finding (a new finding closes the editors)."""
        self.accept_button.setEnabled(can_accept)
        self.fix_button.setVisible(fix)
        self.allow_button.setEnabled(word)
        self.current_reason, self.current_remark = reason, remark
        self.close_editors()

    def close_editors(self) -> None:
        self.reason_row.hide()
        self.remark_row.hide()

    def open_dismiss(self, reason: str = "") -> None:
        self.remark_row.hide()
        self.reason_row.show()
        self.reason.setCurrentIndex(0)
        if reason:
            self.reason.setEditText(reason)
        self.reason.setFocus()
        line = self.reason.lineEdit()
        if line is not None:
            line.selectAll()

    def open_remark(self, remark: str = "") -> None:
        self.reason_row.hide()
        self.remark_row.show()
        self.remark_edit.setText(remark)
        self.remark_edit.setFocus()
        self.remark_edit.selectAll()

    def _dismissed(self) -> None:
        if self.reason_row.isVisible():
            self.reason_row.hide()
            self.dismiss.emit(self.reason.currentText().strip())

    def _remarked(self) -> None:
        if self.remark_row.isVisible():
            self.remark_row.hide()
            self.remark.emit(self.remark_edit.text().strip())
