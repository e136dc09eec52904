"""Bindings: one input widget tied to one spot of the profile.

A binding reads its widget, sends the value through :meth:`EditSession.change` (validated, one
undo step per field) and shows a refusal in place: a red border, the reason under the field and
in its tooltip, and nothing saved. When the profile changes (an undo, another page) it writes the
new value back, unless the widget already means the same (so typing is never disturbed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from brandregie.profile.editing import Path, first_error, get_at
from brandregie.profile.schema import Brand
from brandregie.ui.dates import DateField, parse_date
from brandregie.ui.session import EditSession

PathFn = Callable[[], Path | None]

INVALID_STYLE = "border: 2px solid #C62828; border-radius: 3px;"

translate = QCoreApplication.translate



def explain(exc: ValidationError) -> str:
    """The first problem of a refused edit, in the interface language."""
    _path, kind = first_error(exc)
    if kind in ("string_too_short", "missing"):
        return translate("Validation", "This cannot be empty.")
    if kind == "colour":
        return translate("Validation",
                         "This is not a colour: write it as #RRGGBB, for example #E8B64C.")
    if kind.startswith("date"):
        return translate("Validation", "This is not a date: write it as day-month-year, for "
                         "example 1-3-2027, or pick it in the calendar.")
    if kind in ("greater_than_equal", "less_than_equal"):
        return translate("Validation", "This number is out of range.")
    return translate("Validation", "This value is not allowed.")


class Invalid(ValueError):
    """The widget holds text that is not a value yet (a half-typed date)."""


class Binding:
    """Base: subclasses say how to read, write and watch their widget."""

    def __init__(self, session: EditSession, widget: QWidget, path: PathFn, label: str,
                 describe: Callable[[], str], page: str) -> None:
        self.session = session
        self.widget = widget
        self.path = path
        self.label = label
        self.describe = describe
        self.page = page
        self.error = ""
        widget.setAccessibleName(label)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setStyleSheet("color: #B71C1C;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.message)
        self._base_tooltip = widget.toolTip()

    # subclasses ---------------------------------------------------------------------------------
    def read(self) -> Any:
        raise NotImplementedError

    def write(self, value: Any) -> None:
        raise NotImplementedError

    def styled(self) -> QWidget:
        """The widget that gets the red border of a refused value."""
        return self.widget

    # common -----------------------------------------------------------------------------------
    def refresh(self, brand: Brand) -> None:
        path = self.path()
        self.widget.setEnabled(path is not None)
        if path is None:
            with QSignalBlocker(self.widget):
                self.write(self.empty())
            self.set_error("")
            return
        value = get_at(brand, path)
        try:
            same = self.read() == value
        except Invalid:
            same = False
        if not same:
            with QSignalBlocker(self.widget):
                self.write(value)
        if same and self.error:
            return  # keep showing why the typed text was refused
        self.set_error("")

    def empty(self) -> Any:
        return ""

    def commit(self) -> None:
        path = self.path()
        if path is None:
            return
        try:
            value = self.read()
            self.session.change(path, value, self.describe(), page=self.page)
        except Invalid as exc:
            self.set_error(str(exc))
            return
        except ValidationError as exc:
            self.set_error(explain(exc))
            return
        self.set_error("")

    def set_error(self, text: str) -> None:
        if text == self.error:
            return
        self.error = text
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.styled().setStyleSheet(INVALID_STYLE if text else "")
        self.widget.setToolTip(text or self._base_tooltip)
        self.widget.setAccessibleDescription(text)
        self.widget.setProperty("invalid", bool(text))
        if text:
            self.session.refused(text)


class LineBinding(Binding):
    widget: QLineEdit

    def __init__(self, *args: Any, optional: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.optional = optional
        self.widget.textEdited.connect(self.commit)

    def read(self) -> Any:
        text = self.widget.text().strip()
        return (text or None) if self.optional else text

    def write(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))


class TextBinding(Binding):
    """Paragraphs in a plain text box."""

    widget: QPlainTextEdit

    def __init__(self, *args: Any, optional: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.optional = optional
        self.widget.textChanged.connect(self.commit)

    def read(self) -> Any:
        text = self.widget.toPlainText().strip()
        return (text or None) if self.optional else text

    def write(self, value: Any) -> None:
        self.widget.setPlainText(str(value or ""))


class LinesBinding(TextBinding):
    """A short list of words or phrases, one per line."""

    def read(self) -> Any:
        lines = (line.strip() for line in self.widget.toPlainText().splitlines())
        return tuple(line for line in lines if line)

    def write(self, value: Any) -> None:
        self.widget.setPlainText("\n".join(value or ()))

    def empty(self) -> Any:
        return ()


class IntBinding(Binding):
    widget: QSpinBox

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget.valueChanged.connect(self.commit)

    def read(self) -> Any:
        return self.widget.value()

    def write(self, value: Any) -> None:
        self.widget.setValue(int(value or 0))

    def empty(self) -> Any:
        return self.widget.minimum()


class FloatBinding(Binding):
    widget: QDoubleSpinBox

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget.valueChanged.connect(self.commit)

    def read(self) -> Any:
        return round(self.widget.value(), 2)

    def write(self, value: Any) -> None:
        self.widget.setValue(float(value or 0))

    def empty(self) -> Any:
        return self.widget.minimum()


class CheckBinding(Binding):
    widget: QCheckBox

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget.toggled.connect(self.commit)

    def read(self) -> Any:
        return self.widget.isChecked()

    def write(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def empty(self) -> Any:
        return False


class ChoiceBinding(Binding):
    """A choice from fixed values; an editable combo also keeps free text (colour roles)."""

    widget: QComboBox

    def __init__(self, *args: Any, choices: Sequence[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for value, text in choices:
            self.widget.addItem(text, value)
        if self.widget.isEditable():
            # taken when the person is done: an item picked, Enter, or leaving the field, so a
            # half-typed name ("DejaVu San") is never saved
            self.widget.setCurrentIndex(-1)
            self.widget.activated.connect(self.commit)
            line = self.widget.lineEdit()
            assert line is not None
            line.editingFinished.connect(self.commit)
        else:
            self.widget.currentIndexChanged.connect(self.commit)

    def read(self) -> Any:
        if self.widget.isEditable():
            text = self.widget.currentText().strip()
            index = self.widget.findText(text, Qt.MatchFlag.MatchFixedString)
            data = self.widget.itemData(index) if index >= 0 else None
            return text if data is None else data  # items without a value stand for their text
        return self.widget.currentData()

    def write(self, value: Any) -> None:
        index = self.widget.findData(value)
        if index >= 0:
            self.widget.setCurrentIndex(index)
            if self.widget.isEditable():
                self.widget.setEditText(self.widget.itemText(index))
        elif self.widget.isEditable():
            self.widget.setCurrentIndex(-1)
            self.widget.setEditText(str(value or ""))


class DateBinding(Binding):
    """An optional date, typed the Dutch way ("1-3-2027") or picked from a calendar.

    It is read when the person is done with the field (Enter, leaving it, a day picked), so
    "1-3-20" on its way to "1-3-2027" is never saved as a date of its own.
    """

    widget: DateField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget.line.setAccessibleName(self.label)
        self.widget.edited.connect(self._done)

    def styled(self) -> QWidget:
        return self.widget.line

    def _done(self) -> None:
        self.commit()
        if not self.error:
            value = self.widget.value()
            with QSignalBlocker(self.widget):
                self.widget.set_value(value)

    def read(self) -> Any:
        text = self.widget.text().strip()
        if not text:
            return None
        value = parse_date(text)
        if value is None:
            raise Invalid(translate("Validation", "This is not a date: write it as day-month-"
                                    "year, for example 1-3-2027, or pick it in the calendar."))
        return value

    def write(self, value: Any) -> None:
        self.widget.set_value(value if isinstance(value, date) else None)

    def empty(self) -> Any:
        return None


class HexBinding(LineBinding):
    """A colour as #RRGGBB; lower case is accepted and stored in capitals."""

    def read(self) -> Any:
        return self.widget.text().strip().upper()


class SliderBinding(Binding):
    """A level from 1 to 5 on a slider (the tone of voice dimensions)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget.valueChanged.connect(self.commit)  # type: ignore[attr-defined]

    def read(self) -> Any:
        return self.widget.value()  # type: ignore[attr-defined]

    def write(self, value: Any) -> None:
        self.widget.setValue(int(value or 3))  # type: ignore[attr-defined]

    def empty(self) -> Any:
        return 3
