"""Dates as a Dutch owner types and reads them: "1-3-2027" is 1 March 2027, shown "1 mrt 2027".

One field for every date in the app: type it (day first, as in the Netherlands; the pack's own
2027-03-01 works too) or pick it from a calendar. What is typed is read when the person leaves
the field or presses Enter, so a half-typed date is never taken for a whole one.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

_NUMERIC = re.compile(r"^\s*(\d{1,4})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{2,4})\s*$")
_WORDS = re.compile(r"^\s*(\d{1,2})\s*\.?\s+([^\W\d_]+)\.?\s+(\d{2,4})\s*$")


# The first three letters of each month's name, Dutch and English ("maart", "mrt", "Sept").
_MONTHS = {"jan": 1, "feb": 2, "maa": 3, "mrt": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5,
           "jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12}


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def parse_date(text: str) -> date | None:
    """The date in ``text``, day first ("1-3-2027", "1.3.27", "1 maart 2027", "2027-03-01");
    None when it is not a whole, real date."""
    text = text.strip()
    try:
        match = _NUMERIC.match(text)
        if match:
            first, month, last = match.groups()
            if len(first) == 4:  # the pack's own year-month-day
                return date(int(first), int(month), int(last))
            return date(_year(last), int(month), int(first))
        match = _WORDS.match(text)
        if match:
            day, name, year = match.groups()
            month_number = _MONTHS.get(name.lower()[:3])
            if month_number is not None:
                return date(_year(year), month_number, int(day))
    except ValueError:
        return None
    return None


def show_date(value: date) -> str:
    """``value`` the short way the interface language writes it: "1 mrt 2027", "1 Mar 2027"."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def show_moment(value: datetime) -> str:
    """``value`` in the computer's time zone, as :func:`show_date` writes the day, with the
    time: "6 nov 2026 09:14". One way for every date in the app, not ISO here and there."""
    local = value.astimezone()
    return f"{show_date(local.date())} {local:%H:%M}"


class DateField(QWidget):
    """A date typed in a text field or picked from a calendar beside it.

    ``edited`` fires when the person is done: Enter, leaving the field, or a day picked in the
    calendar. :meth:`text` is what stands in the field; :func:`parse_date` reads it.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("e.g. 1-3-2027"))
        self.line.setMaximumWidth(150)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick the date in a calendar"))
        self.button.setAccessibleName(self.tr("Pick the date in a calendar"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.button.clicked.connect(self.open_calendar)
        self.line.editingFinished.connect(self._typed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addStretch(1)
        self.setFocusProxy(self.line)
        self._last = ""

    def text(self) -> str:
        return self.line.text()

    def value(self) -> date | None:
        return parse_date(self.line.text())

    def set_value(self, value: date | None) -> None:
        self.line.setText(show_date(value) if value is not None else "")
        self._last = self.line.text()

    def open_calendar(self) -> None:
        current = self.value() or date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.calendar.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.calendar.hide()
        self.set_value(date(day.year(), day.month(), day.day()))
        self.edited.emit()

    def _typed(self) -> None:
        if self.line.text() != self._last:
            self._last = self.line.text()
            self.edited.emit()
