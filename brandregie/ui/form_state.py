"""What a person typed and chose in a page's inputs, taken over by a rebuilt copy of the page.

A language switch rebuilds the window (see :mod:`brandregie.ui.shell`). The brand's pages are
bound to the profile and come back filled by themselves; a work page's form (a half-made brief)
is not stored anywhere, so its inputs are read here, in the order they sit in the page, and
written into the same inputs of the new page. Widgets are matched by their place in the widget
tree, which is the same in both languages because the page is built by the same code.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

Key = tuple[tuple[str, int], ...]


def _inputs(root: QWidget) -> list[tuple[Key, QWidget]]:
    """Every input below ``root`` with its place in the tree, in the tree's order."""
    found: list[tuple[Key, QWidget]] = []

    def walk(widget: QWidget, key: Key) -> None:
        seen: dict[str, int] = {}
        for child in widget.children():
            if not isinstance(child, QWidget) or child.isWindow():
                continue
            kind = type(child).__name__
            place = (kind, seen.get(kind, 0))
            seen[kind] = place[1] + 1
            child_key = (*key, place)
            if isinstance(child, QLineEdit) and isinstance(
                    widget, QAbstractSpinBox | QComboBox):
                continue  # the text inside a spin box or combo: the owner holds the value
            if isinstance(child, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox
                          | QRadioButton | QAbstractSpinBox):
                found.append((child_key, child))
            walk(child, child_key)

    walk(root, ())
    return found


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    return None


def capture(root: QWidget) -> dict[Key, object]:
    """The value of every enabled input below ``root``."""
    return {key: _value(w) for key, w in _inputs(root) if _value(w) is not None}


def restore(root: QWidget, state: dict[Key, object]) -> int:
    """Put ``state`` (from :func:`capture` on a copy of this page) back; returns how many."""
    restored = 0
    for key, widget in _inputs(root):
        if key not in state:
            continue
        value = state[key]
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            if widget.text() != value:
                widget.setText(value)
                widget.editingFinished.emit()
        elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
            if widget.toPlainText() != value:
                widget.setPlainText(value)
        elif isinstance(widget, QComboBox) and isinstance(value, tuple):
            index, text = value
            if widget.isEditable():
                widget.setEditText(str(text))
            elif isinstance(index, int) and index < widget.count():
                widget.setCurrentIndex(index)
        elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
            widget.setChecked(value)
        elif isinstance(widget, QDateEdit) and isinstance(value, str):
            widget.setDate(QDate.fromString(value, "yyyy-MM-dd"))
        elif isinstance(widget, QSpinBox | QDoubleSpinBox) and isinstance(value, int | float):
            widget.setValue(value)  # type: ignore[arg-type]
        else:
            continue
        restored += 1
    return restored
