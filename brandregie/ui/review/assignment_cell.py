"""How one assignment reads in the list: its title on the first line, and under it, smaller and
greyed, the agency, where it stands and when it is due (passed in red, near in amber).

The list sits in a narrow pane beside the review. With the title, due date, status and score in
four columns, the title (the one thing the owner looks for) was cut to "Ni…" at the window's
usual size; two lines in one column give it the pane's whole width, as a mail program's list
does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from brandregie.models.review import AssignmentStatus
from brandregie.review.records import AssignmentInfo
from brandregie.ui.dates import show_date
from brandregie.ui.review.assignment_rows import ASSIGNMENT_INFO, DUE_BRUSH
from brandregie.ui.review.assignment_tab import status_label

Index = QModelIndex | QPersistentModelIndex
_PAD = 4  # pixels around the two lines, as a list row pads its text


def second_line(info: AssignmentInfo) -> list[str]:
    """The greyed line under the title, in the order the owner scans it: where it stands, when
    it is due (its own part: it may be coloured; none once approved), who makes it:
    ["In review", "due 8 Dec 2026", "Studio Deeg"]."""
    parts = [status_label(info.status)]
    if info.due is not None and info.status is not AssignmentStatus.APPROVED:
        parts.append(QCoreApplication.translate("Review", "due %1").replace(
            "%1", show_date(info.due)))
    if info.agency_name:
        parts.append(info.agency_name)
    return parts


class AssignmentCell(QStyledItemDelegate):
    """Draws the title column as two lines; every other column is drawn as usual."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        lines = QFontMetrics(option.font).lineSpacing() * 2
        return QSize(hint.width(), max(hint.height(), lines + 2 * _PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        info = index.data(ASSIGNMENT_INFO)
        if index.column() != 0 or not isinstance(info, AssignmentInfo):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""  # the panel only: the lines come next
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected
                            else QPalette.ColorRole.Text)
        rect: QRect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        base: QFont = option.font
        painter.save()
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        top = QRect(rect.left(), rect.top(), rect.width(), QFontMetrics(bold).lineSpacing())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(info.title, Qt.TextElideMode.ElideRight,
                                                       rect.width()))
        painter.setFont(base)
        metrics = QFontMetrics(base)
        below = QRect(rect.left(), top.bottom() + 1, rect.width(), metrics.lineSpacing())
        grey = ink if selected else palette.color(QPalette.ColorGroup.Disabled,
                                                  QPalette.ColorRole.Text)
        brush = index.data(DUE_BRUSH)
        left = below.left()
        for n, part in enumerate(second_line(info)):
            text = part if n == 0 else " · " + part
            room = below.right() - left
            if room <= 0:
                break
            due = n == 1 and info.due is not None and info.status is not AssignmentStatus.APPROVED
            painter.setPen(brush.color() if due and brush is not None and not selected else grey)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRect(left, below.top(), room, below.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            left += metrics.horizontalAdvance(shown)
        painter.restore()
