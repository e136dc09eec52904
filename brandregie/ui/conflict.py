"""The choice after a refused save: what a colleague changed, what I changed, who keeps what.

Shown when :class:`~brandregie.ui.session.EditSession` reports a conflict (both people changed
the same field). The dialog only collects the choice per field; the session saves it with
:func:`brandregie.profile.conflict.save_resolved`. It is window-modal, opened with ``open()``,
so the person can still see the rest of the app and a test drives it like a person would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from brandregie.profile.conflict import SaveConflict, Side
from brandregie.ui.history_page import local_time


class ConflictDialog(QDialog):
    """Per conflicting field: keep mine or take theirs (mine is chosen until changed)."""

    def __init__(self, conflict: SaveConflict, explanation: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Someone else saved this brand"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.message = QLabel(self._intro(explanation))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        lists = QHBoxLayout()
        self.their_changes = self._changes(lists, self.tr("&Their changes"),
                                           conflict.their_changes)
        self.my_changes = self._changes(lists, self.tr("&Your changes"), conflict.my_changes)
        layout.addLayout(lists, 1)
        heading = QLabel(self.tr("Both of you changed these; choose per field what to keep:"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.groups: dict[str, QButtonGroup] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        fields = QWidget()
        field_layout = QVBoxLayout(fields)
        for item in conflict.conflicts:
            box = QGroupBox(item.label)
            box.setAccessibleName(item.label)
            box_layout = QVBoxLayout(box)
            mine = QRadioButton(self.tr("Keep mine: %1").replace("%1", item.shown(Side.MINE)))
            mine.setAccessibleName(self.tr("%1: keep mine").replace("%1", item.label))
            theirs = QRadioButton(self.tr("Take theirs: %1")
                                  .replace("%1", item.shown(Side.THEIRS)))
            theirs.setAccessibleName(self.tr("%1: take theirs").replace("%1", item.label))
            box_layout.addWidget(mine)
            box_layout.addWidget(theirs)
            group = QButtonGroup(box)
            group.addButton(mine)
            group.addButton(theirs)
            mine.setChecked(True)
            self.groups[item.path] = group
            self.mine_buttons[item.path] = mine
            self.theirs_buttons[item.path] = theirs
            field_layout.addWidget(box)
        field_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        scroll.setAccessibleName(self.tr("Fields you both changed"))
        layout.addWidget(scroll, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save my choice"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Not &now"))
        cancel.setToolTip(self.tr("Keep your changes in the window, unsaved, and choose later"))
        self.all_mine = QPushButton(self.tr("Keep all &mine"))
        self.all_theirs = QPushButton(self.tr("Take all t&heirs"))
        for button in (self.all_mine, self.all_theirs):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.all_mine.clicked.connect(self._all_mine)  # bound methods: no reference cycle
        self.all_theirs.clicked.connect(self._all_theirs)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        first = next(iter(self.mine_buttons.values()), None)
        (first or ok).setFocus()
        self.resize(720, 560)

    def _intro(self, explanation: str) -> str:
        lines = [explanation] if explanation else []
        for info in reversed(self.conflict.saved_since):  # oldest first, as it happened
            lines.append(self.tr("Revision %1 saved by %2 on %3")
                         .replace("%1", str(info.number))
                         .replace("%2", info.author or self.tr("a colleague"))
                         .replace("%3", local_time(info.created_at)))
        lines.append(self.tr("Your changes are not saved yet. Nothing is lost: choose what to "
                             "keep where you both changed the same thing."))
        return "\n".join(lines)

    def _changes(self, row: QHBoxLayout, title: str, lines: tuple[str, ...]) -> QListWidget:
        column = QVBoxLayout()
        label = QLabel(title)
        view = QListWidget()
        view.setAccessibleName(title.replace("&", ""))
        view.addItems(list(lines) or [self.tr("(none)")])
        label.setBuddy(view)
        column.addWidget(label)
        column.addWidget(view)
        row.addLayout(column)
        return view

    def choose_all(self, side: Side) -> None:
        """The "Keep all mine" / "Take all theirs" shortcuts."""
        buttons = self.mine_buttons if side is Side.MINE else self.theirs_buttons
        for button in buttons.values():
            button.setChecked(True)

    def _all_mine(self) -> None:
        self.choose_all(Side.MINE)

    def _all_theirs(self) -> None:
        self.choose_all(Side.THEIRS)

    def choices(self) -> dict[str, Side]:
        """The chosen side per conflicting field path."""
        return {path: Side.THEIRS if self.theirs_buttons[path].isChecked() else Side.MINE
                for path in self.groups}
