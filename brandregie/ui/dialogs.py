"""The few standard dialogs the app asks questions with, in one place.

Widgets call these functions instead of the static ``QFileDialog``/``QColorDialog`` helpers, so a
test replaces one function (the person picking a file) and clicks the real button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMessageBox, QWidget


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def choose_colour(parent: QWidget | None, title: str, initial: QColor) -> QColor | None:
    colour = QColorDialog.getColor(initial, parent, title)
    return colour if colour.isValid() else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)
