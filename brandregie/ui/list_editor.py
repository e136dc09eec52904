"""List editors: add, remove and reorder the items of a profile list, and edit the chosen one.

:class:`ListEditor` shows the items of a list of objects (values, colours, personas) on the
left and a form for the selected item on the right. :class:`StringListEditor` edits a list of
short texts in place (proof points, hashtags). Insert adds, Delete removes, Alt+Up and Alt+Down
move the selected item; each is one undo step named after the item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from brandregie.profile.editing import Path, get_at
from brandregie.profile.schema import Brand
from brandregie.ui.icons import icon
from brandregie.ui.page import Fields, Refreshable, form_layout, undo_text
from brandregie.ui.session import EditSession

translate = QCoreApplication.translate



class _Buttons(QWidget):
    """Add, remove, up, down: a row of small buttons under a list."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.add = QPushButton(icon("list-add"), translate("ListEditor", "Add"))
        self.remove = QPushButton(icon("list-remove"), translate("ListEditor", "Remove"))
        self.up = QPushButton(icon("go-up"), "")
        self.down = QPushButton(icon("go-down"), "")
        for button, name, tip in (
                (self.add, translate("ListEditor", "Add %1"),
                 translate("ListEditor", "Add %1 (Insert)")),
                (self.remove, translate("ListEditor", "Remove %1"),
                 translate("ListEditor", "Remove the selected %1 (Delete)")),
                (self.up, translate("ListEditor", "Move %1 up"),
                 translate("ListEditor", "Move the selected %1 up (Alt+Up)")),
                (self.down, translate("ListEditor", "Move %1 down"),
                 translate("ListEditor", "Move the selected %1 down (Alt+Down)"))):
            button.setAccessibleName(name.replace("%1", kind))
            button.setToolTip(tip.replace("%1", kind))
            row.addWidget(button)
        row.addStretch(1)


class _ListKeys(QObject):
    """Insert adds, Delete removes, Alt+Up and Alt+Down move: keys of the list itself."""

    def __init__(self, widget: QWidget, add: Callable[[], None], remove: Callable[[], None],
                 move: Callable[[int], None]) -> None:
        super().__init__(widget)
        self.add, self.remove, self.move = add, remove, move
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if isinstance(watched, QAbstractItemView) and (
                watched.state() == QAbstractItemView.State.EditingState):
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        code = event.key()
        if mods == Qt.KeyboardModifier.NoModifier and code == Qt.Key.Key_Insert:
            self.add()
        elif mods == Qt.KeyboardModifier.NoModifier and code == Qt.Key.Key_Delete:
            self.remove()
        elif mods == Qt.KeyboardModifier.AltModifier and code in (Qt.Key.Key_Up,
                                                                   Qt.Key.Key_Down):
            self.move(-1 if code == Qt.Key.Key_Up else 1)
        else:
            return False
        return True


class ListEditor(QWidget):
    """A list of objects in the profile with a form for the selected one."""

    def __init__(self, session: EditSession, page: str, path: Path, *, kind: str,
                 title: Callable[[Any], str], new_item: Callable[[int], dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.page = page
        self.path = tuple(path)
        self.kind = kind
        self.title = title
        self.new_item = new_item
        self.fields = Fields(session, page, describe=self.describe)
        self.parts: list[Refreshable] = [self.fields]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ListEditor", "List of %1").replace("%1", kind))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumWidth(200)
        self.list.setMaximumWidth(280)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        left.addWidget(self.list)
        self.buttons = _Buttons(kind)
        left.addWidget(self.buttons)
        layout.addLayout(left)
        self.detail = QFrame()
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.form: QFormLayout = form_layout()
        self.detail.setLayout(self.form)
        layout.addWidget(self.detail, 1)
        self.buttons.add.clicked.connect(self.add)
        self.buttons.remove.clicked.connect(self.remove)
        self.buttons.up.clicked.connect(lambda: self.move_item(-1))
        self.buttons.down.clicked.connect(lambda: self.move_item(1))
        self.list.currentRowChanged.connect(self._row_changed)
        self._keys = _ListKeys(self.list, self.add, self.remove, self.move_item)

    # paths for the detail form ---------------------------------------------------------------
    def item_path(self, *rest: str | int) -> Callable[[], Path | None]:
        def path() -> Path | None:
            row = self.list.currentRow()
            return (*self.path, row, *rest) if row >= 0 else None
        return path

    def describe(self) -> str:
        return undo_text("change %1 %2", self.kind, self.current_title())

    def current_title(self) -> str:
        items = self.items()
        row = self.list.currentRow()
        return self.title(items[row]) if 0 <= row < len(items) else ""

    def items(self) -> tuple[Any, ...]:
        value: tuple[Any, ...] = get_at(self.session.brand, self.path)
        return value

    # refreshing ------------------------------------------------------------------------------
    def refresh(self, brand: Brand) -> None:
        items: tuple[Any, ...] = get_at(brand, self.path)
        titles = [self.title(item) for item in items]
        shown = [self.list.item(i).text() for i in range(self.list.count())]
        if titles != shown:
            row = self.list.currentRow()
            self.list.blockSignals(True)
            if len(titles) == len(shown):
                for i, text in enumerate(titles):
                    self.list.item(i).setText(text)
            else:
                self.list.clear()
                self.list.addItems(titles)
            if titles:
                self.list.setCurrentRow(min(max(row, 0), len(titles) - 1),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list.blockSignals(False)
        elif titles and self.list.currentRow() < 0:
            self.list.blockSignals(True)
            self.list.setCurrentRow(0)
            self.list.blockSignals(False)
        self._update_buttons()
        for part in self.parts:
            part.refresh(brand)

    def _row_changed(self, _row: int) -> None:
        self._update_buttons()
        for part in self.parts:
            part.refresh(self.session.brand)

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.buttons.remove.setEnabled(row >= 0)
        self.buttons.up.setEnabled(row > 0)
        self.buttons.down.setEnabled(0 <= row < count - 1)

    # changing --------------------------------------------------------------------------------
    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def add(self) -> None:
        items = list(self.items())
        items.append(self.new_item(len(items)))
        self.session.change(self.path, items, undo_text("add %1", self.kind), page=self.page,
                            merge=False)
        self.select(len(items) - 1)
        self.focus_first_field()

    def focus_first_field(self) -> None:
        if self.fields.bindings:
            widget = self.fields.bindings[0].widget
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            select_all = getattr(widget, "selectAll", None)
            if callable(select_all):
                select_all()

    def remove(self) -> None:
        items = list(self.items())
        row = self.list.currentRow()
        if not 0 <= row < len(items):
            return
        title = self.title(items[row])
        del items[row]
        self.session.change(self.path, items, undo_text("remove %1 %2", self.kind, title),
                            page=self.page, merge=False)
        if items:
            self.select(min(row, len(items) - 1))

    def move_item(self, delta: int) -> None:
        items = list(self.items())
        row = self.list.currentRow()
        target = row + delta
        if not (0 <= row < len(items) and 0 <= target < len(items)):
            return
        title = self.title(items[row])
        items[row], items[target] = items[target], items[row]
        text = undo_text("move %1 %2 up" if delta < 0 else "move %1 %2 down", self.kind, title)
        self.session.change(self.path, items, text, page=self.page, merge=False)
        self.select(target)


class StringListEditor(QWidget):
    """A list of short texts, edited in place (double-click, F2 or just start typing)."""

    def __init__(self, session: EditSession, page: str, path: Path, *, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.page = page
        self.path = tuple(path)
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ListEditor", "List of %1").replace("%1", kind))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(160)
        layout.addWidget(self.list)
        self.buttons = _Buttons(kind)
        layout.addWidget(self.buttons)
        self.buttons.add.clicked.connect(self.add)
        self.buttons.remove.clicked.connect(self.remove)
        self.buttons.up.clicked.connect(lambda: self.move_item(-1))
        self.buttons.down.clicked.connect(lambda: self.move_item(1))
        self.list.itemChanged.connect(self._commit)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._keys = _ListKeys(self.list, self.add, self.remove, self.move_item)

    def texts(self) -> tuple[str, ...]:
        texts = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return tuple(t for t in texts if t)

    def refresh(self, brand: Brand) -> None:
        values: tuple[str, ...] = get_at(brand, self.path)
        if self.texts() != values or any(
                not self.list.item(i).text().strip() for i in range(self.list.count())):
            row = self.list.currentRow()
            self.list.blockSignals(True)
            self.list.clear()
            for text in values:
                self._append(text)
            if values:
                self.list.setCurrentRow(min(max(row, 0), len(values) - 1))
            self.list.blockSignals(False)
        self._update_buttons()

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.buttons.remove.setEnabled(row >= 0)
        self.buttons.up.setEnabled(row > 0)
        self.buttons.down.setEnabled(0 <= row < count - 1)

    def _commit(self, _item: QListWidgetItem | None = None, text: str | None = None) -> None:
        changed = self.session.change(self.path, self.texts(),
                                      text or undo_text("change %1", self.kind),
                                      page=self.page, merge=False)
        if not changed:
            self.refresh(self.session.brand)  # drop a row left empty

    def add(self) -> None:
        self.list.blockSignals(True)
        item = self._append("")
        self.list.blockSignals(False)
        self.list.setCurrentItem(item)
        self.list.setFocus()
        self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        title = self.list.item(row).text()
        self.list.blockSignals(True)
        self.list.takeItem(row)
        self.list.blockSignals(False)
        self._commit(text=undo_text("remove %1 %2", self.kind, title))

    def move_item(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if not (0 <= row < self.list.count() and 0 <= target < self.list.count()):
            return
        title = self.list.item(row).text()
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.blockSignals(False)
        text = undo_text("move %1 %2 up" if delta < 0 else "move %1 %2 down", self.kind, title)
        self._commit(text=text)
