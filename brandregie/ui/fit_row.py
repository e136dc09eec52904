"""A row of buttons that puts them one under the other where the row is too narrow for them side
by side. A button's text is then never cut: at the window's usual laptop size the review's fix
buttons were shown as "lige verbeteringen toepas", cut at both ends."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

SPACING = 4


class FitRow(QWidget):
    """``widgets`` left to right while they fit, top to bottom when they do not."""

    def __init__(self, widgets: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(SPACING)
        for widget in self._widgets:
            self._box.addWidget(widget)
        self._box.addStretch(1)  # side by side, they keep to the left
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def side_by_side_width(self) -> int:
        """The width the shown widgets need in one row."""
        shown = [w for w in self._widgets if not w.isHidden()]
        return sum(w.sizeHint().width() for w in shown) + SPACING * max(len(shown) - 1, 0)

    def stacked(self) -> bool:
        return self._box.direction() is QBoxLayout.Direction.TopToBottom

    def sizeHint(self) -> QSize:
        # the width of one row even while stacked, so that given room again they line up
        return QSize(self.side_by_side_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        # as narrow as the widest widget: narrower than the row, they go one under the other
        widest = max((w.sizeHint().width() for w in self._widgets if not w.isHidden()),
                     default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a widget shown, hidden or retitled
            self._fit(self.width())
        return super().event(event)

    def _fit(self, width: int) -> None:
        direction = (QBoxLayout.Direction.LeftToRight if width >= self.side_by_side_width()
                     else QBoxLayout.Direction.TopToBottom)
        if direction is not self._box.direction():
            self._box.setDirection(direction)
            self.updateGeometry()
