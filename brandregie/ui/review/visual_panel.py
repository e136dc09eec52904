"""The draft's colours beside the nearest brand colours (with their distance), and its fonts
against the brand fonts."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brandregie.checks.model import TrafficLight
from brandregie.review.records import VersionReview
from brandregie.ui.review.header import LIGHT_COLOURS


def swatch(hex_value: str, size: int = 18) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_value))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#777777"))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def _table(headers: list[str]) -> QTableWidget:
    """A read-only table; the "Where" column (the last) takes the spare width, elided."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.setIconSize(QSize(18, 18))
    return table


class VisualPanel(QWidget):
    """Colours and fonts of the draft, each judged against the brand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The verdict right after the colour: in a narrow panel the last columns go first.
        self.colours = _table([self.tr("Colour in the draft"), self.tr("Verdict"),
                               self.tr("Nearest brand colour"), self.tr("Distance (ΔE)"),
                               self.tr("Where")])
        self.colours.setAccessibleName(self.tr("Colours"))
        self.brand_fonts = QLabel()
        self.brand_fonts.setWordWrap(True)
        self.fonts = _table([self.tr("Font in the draft"), self.tr("Verdict"),
                             self.tr("Brand font"), self.tr("Where")])
        self.fonts.setAccessibleName(self.tr("Fonts"))
        layout.addWidget(self.colours, 3)
        layout.addWidget(self.brand_fonts)
        layout.addWidget(self.fonts, 2)

    def show_review(self, review: VersionReview | None) -> bool:
        """Fill both tables; whether the draft has colours or fonts at all."""
        colours = review.colours if review else ()
        self.colours.setRowCount(len(colours))
        red = QBrush(QColor(LIGHT_COLOURS[TrafficLight.RED]))
        for row, match in enumerate(colours):
            own = QTableWidgetItem(match.hex)
            own.setIcon(swatch(match.hex))
            share = f" ({match.share:.0%})" if match.share is not None else ""
            verdict = QTableWidgetItem(self.tr("fits") if match.fits else self.tr("off-brand"))
            if not match.fits:
                verdict.setForeground(red)
            cells = [own, verdict]
            if match.nearest_hex is not None:
                nearest = QTableWidgetItem(f"{match.nearest_name} ({match.nearest_hex})")
                nearest.setIcon(swatch(match.nearest_hex))
                cells += [nearest, QTableWidgetItem(f"{match.distance:.1f}")]
            else:
                cells += [QTableWidgetItem(self.tr("no brand colours")), QTableWidgetItem("")]
            cells.append(QTableWidgetItem(match.where + share))
            for column, cell in enumerate(cells):
                cell.setToolTip(cell.text())  # the whole text where the column elides it
                self.colours.setItem(row, column, cell)
        fonts = review.fonts if review else ()
        brand_fonts = review.brand_fonts if review else ()
        self.brand_fonts.setText(self.tr("Brand fonts: {fonts}").format(
            fonts=", ".join(brand_fonts) or self.tr("none set")))
        self.fonts.setRowCount(len(fonts))
        for row, font_match in enumerate(fonts):
            verdict = QTableWidgetItem(self.tr("fits") if font_match.fits
                                       else self.tr("not a brand font"))
            if not font_match.fits:
                verdict.setForeground(red)
            for column, cell in enumerate((QTableWidgetItem(font_match.family), verdict,
                                           QTableWidgetItem(font_match.brand_font or "—"),
                                           QTableWidgetItem(font_match.where))):
                cell.setToolTip(cell.text())
                self.fonts.setItem(row, column, cell)
        return bool(colours or fonts)
