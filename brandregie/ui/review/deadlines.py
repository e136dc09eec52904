"""Overdue and nearly due work, shown at start in a banner and once from the tray."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QWidget

from brandregie.review.due import DeadlineItem, Deadlines


def describe(item: DeadlineItem) -> str:
    """"Nieuwsbrief mei (Studio Deeg): 2 days overdue" in the interface language."""
    if item.days_left == -1:
        when = QCoreApplication.translate("Review", "1 day overdue")
    elif item.days_left < 0:
        when = QCoreApplication.translate("Review", "{n} days overdue").format(n=-item.days_left)
    elif item.days_left == 0:
        when = QCoreApplication.translate("Review", "due today")
    elif item.days_left == 1:
        when = QCoreApplication.translate("Review", "due tomorrow")
    else:
        when = QCoreApplication.translate("Review", "due in {n} days").format(n=item.days_left)
    who = f" ({item.agency_name})" if item.agency_name else ""
    if item.kind == "request":
        return QCoreApplication.translate("Review", "Agency asked: {what}").format(
            what=f"{item.title}{who}: {when}")
    return f"{item.title}{who}: {when}"


class DeadlineBanner(QFrame):
    """A strip on top of the assignments: what is overdue (red) and due soon (amber)."""

    #: (assignment id) the owner clicked "Show"
    show_assignment = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineBanner")
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Deadlines"))
        layout.addWidget(self.label, 1)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self._show_first)
        layout.addWidget(self.show_button)
        self.deadlines = Deadlines()
        self.hide()

    def set_deadlines(self, deadlines: Deadlines) -> None:
        self.deadlines = deadlines
        if not deadlines:
            self.hide()
            return
        lines = [describe(i) for i in (*deadlines.overdue, *deadlines.due_soon)]
        shown = lines[:4] + ([self.tr("and {n} more").format(n=len(lines) - 4)] if len(lines) > 4
                             else [])
        self.label.setText("\n".join(shown))
        colour = "#FDECEA" if deadlines.overdue else "#FFF4D6"
        border = "#C0392B" if deadlines.overdue else "#E0A100"
        sheet = (f"#deadlineBanner {{ background: {colour}; border-left: 4px solid {border}; }} "
                 "#deadlineBanner QLabel { color: #222; }")
        if sheet != self.styleSheet():  # set again, the banner is styled again: each refill
            self.setStyleSheet(sheet)
        self.show()

    def _show_first(self) -> None:
        items = (*self.deadlines.overdue, *self.deadlines.due_soon)
        if items:
            self.show_assignment.emit(items[0].assignment_id)


def notify(deadlines: Deadlines, parent: QWidget, icon: QIcon | None = None
           ) -> QSystemTrayIcon | None:
    """Show one tray notification about ``deadlines`` when the desktop has a tray."""
    if not deadlines or not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(icon or parent.windowIcon(), parent)
    tray.setToolTip(QCoreApplication.translate("Review", "BrandRegie"))
    tray.show()
    overdue, soon = len(deadlines.overdue), len(deadlines.due_soon)
    title = (QCoreApplication.translate("Review", "Overdue: {n}").format(n=overdue) if overdue
             else QCoreApplication.translate("Review", "Coming up: {n}").format(n=soon))
    body = "\n".join(describe(i) for i in (*deadlines.overdue, *deadlines.due_soon)[:3])
    tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning if overdue
                     else QSystemTrayIcon.MessageIcon.Information, 10_000)
    return tray
