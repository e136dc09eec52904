"""A PDF or image draft as it looks, with each finding drawn as a box at its place.

Pages are rendered by QtPdf on demand (only those in view, a few kept), fit to the width, on
white (PDFium renders a transparent page). A finding's box comes from the page's own text: its
words are searched on its page (any white space between them) and QtPdf gives their bounds. A
click on a box selects its finding; selecting a finding scrolls to its box and flashes it.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QScrollArea, QWidget

from brandregie.review.notes import passage_of
from brandregie.review.records import ReviewedFinding
from brandregie.ui.review.text_view import DISMISSED_COLOUR, SELECTED_OUTLINE, SEVERITY_COLOURS

GAP = 12
#: How strongly a finding's box colours the words under it (0-255); flashing: FLASH_ALPHA.
BOX_ALPHA, FLASH_ALPHA = 110, 200
KEEP_PAGES = 6
FLASH_MS = 700


def _pattern(passage: str) -> re.Pattern[str] | None:
    words = passage.replace("…", " ").split()
    return re.compile(r"\s*".join(re.escape(w) for w in words[:40]), re.IGNORECASE) \
        if words else None


class _Pages(QWidget):
    """All pages one under another; paints those in view."""

    clicked = Signal(str)

    def __init__(self, owner: PdfPagesView) -> None:
        super().__init__()
        self.owner = owner
        self.setAccessibleName(self.tr("Pages of the draft"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#8A8D91"))
        for index, rect in enumerate(self.owner.page_rects):
            if rect.intersects(QRectF(event.rect())):
                painter.drawImage(rect.topLeft(), self.owner.page_image(index))
                self.owner.paint_boxes(painter, index, rect)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        key = self.owner.key_at(event.position())
        if key is not None:
            self.clicked.emit(key)
        super().mousePressEvent(event)


class PdfPagesView(QScrollArea):
    """The draft's pages; ``finding_clicked(key)`` when a box is clicked."""

    finding_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._pages = _Pages(self)
        self._pages.clicked.connect(self.finding_clicked)
        self.setWidget(self._pages)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_rects: list[QRectF] = []
        self._images: OrderedDict[int, QImage] = OrderedDict()
        self._findings: list[ReviewedFinding] = []
        self._text = ""
        self._boxes: dict[int, list[tuple[str, QRectF]]] = {}
        self._selected: str | None = None
        self._flash: str | None = None
        self._image: QImage | None = None

    # -- content ---------------------------------------------------------------------------------

    def show_pdf(self, data: bytes, findings: Sequence[ReviewedFinding], text: str) -> int:
        """Show the PDF in ``data`` with ``findings`` boxed; its number of pages (0: unreadable)."""
        self._reset(findings, text)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer
        if self.document.status() is not QPdfDocument.Status.Ready:
            return 0
        self._lay_out()
        return self.document.pageCount()

    def show_image(self, image: QImage, findings: Sequence[ReviewedFinding]) -> None:
        """An image draft: one page, the picture itself (its findings are colours, no boxes)."""
        self._reset(findings, "")
        self._image = image
        self._lay_out()

    def set_findings(self, findings: Sequence[ReviewedFinding]) -> None:
        self._findings = list(findings)
        self._boxes.clear()
        self._pages.update()

    def _reset(self, findings: Sequence[ReviewedFinding], text: str) -> None:
        self.document.close()
        self._buffer = None
        self._image = None
        self._images.clear()
        self._boxes.clear()
        self._findings, self._text = list(findings), text
        self._selected = self._flash = None

    def page_count(self) -> int:
        return len(self.page_rects)

    # -- geometry --------------------------------------------------------------------------------

    def _page_size(self, index: int) -> QSize:
        """Page ``index`` in points (the picture's pixels for an image)."""
        if self._image is not None:
            return self._image.size()
        size = self.document.pagePointSize(index)
        return QSize(max(1, round(size.width())), max(1, round(size.height())))

    def _scale(self, index: int) -> float:
        width = max(200, self.viewport().width() - 2 * GAP)
        natural = self._page_size(index).width()
        return min(width / natural, 2.0 if self._image is None else 3.0)

    def _lay_out(self) -> None:
        count = 1 if self._image is not None else self.document.pageCount()
        self.page_rects = []
        top = float(GAP)
        widest = 0.0
        for index in range(count):
            size = self._page_size(index)
            scale = self._scale(index)
            rect = QRectF(GAP, top, size.width() * scale, size.height() * scale)
            self.page_rects.append(rect)
            top += rect.height() + GAP
            widest = max(widest, rect.width())
        self._images.clear()
        self._pages.setFixedSize(int(widest + 2 * GAP), int(top))
        self._pages.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.page_rects:
            self._lay_out()

    def page_image(self, index: int) -> QImage:
        """Page ``index`` at its shown size, on white (cached for the last few pages)."""
        if index in self._images:
            self._images.move_to_end(index)
            return self._images[index]
        size = self.page_rects[index].size().toSize()
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        if self._image is not None:
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), self._image)
        else:
            painter.drawImage(0, 0, self.document.render(index, size))
        painter.end()
        self._images[index] = image
        while len(self._images) > KEEP_PAGES:
            self._images.popitem(last=False)
        return image

    # -- boxes -----------------------------------------------------------------------------------

    def boxes(self, index: int) -> list[tuple[str, QRectF]]:
        """(finding key, box in points) of the findings on page ``index``."""
        if index in self._boxes or self._image is not None:
            return self._boxes.get(index, [])
        found: list[tuple[str, QRectF]] = []
        page_text = self.document.getAllText(index).text()
        cursor = 0
        for reviewed in sorted(self._findings, key=lambda f: f.finding.location.start):
            if (reviewed.finding.location.page or 1) - 1 != index:
                continue
            pattern = _pattern(passage_of(reviewed.finding, self._text))
            match = pattern.search(page_text, cursor) if pattern is not None else None
            if match is None:
                continue
            cursor = match.start()
            selection = self.document.getSelectionAtIndex(index, match.start(),
                                                          match.end() - match.start())
            for polygon in selection.bounds():
                found.append((reviewed.key, polygon.boundingRect()))
        self._boxes[index] = found
        return found

    def paint_boxes(self, painter: QPainter, index: int, page: QRectF) -> None:
        scale = page.width() / max(1, self._page_size(index).width())
        answers = {f.key: f for f in self._findings}
        for key, box in self.boxes(index):
            reviewed = answers[key]
            colour = QColor(DISMISSED_COLOUR if reviewed.set_aside
                            else SEVERITY_COLOURS[reviewed.finding.severity])
            colour.setAlpha(FLASH_ALPHA if key == self._flash else BOX_ALPHA)
            shown = QRectF(page.left() + box.left() * scale, page.top() + box.top() * scale,
                           box.width() * scale, box.height() * scale).adjusted(-1, -1, 1, 1)
            painter.fillRect(shown, colour)
            if key == self._selected:
                painter.setPen(QPen(QColor(SELECTED_OUTLINE), 2))
                painter.drawRect(shown)

    def key_at(self, point: QPointF) -> str | None:
        for index, page in enumerate(self.page_rects):
            if not page.contains(point):
                continue
            scale = page.width() / max(1, self._page_size(index).width())
            spot = QPointF((point.x() - page.left()) / scale, (point.y() - page.top()) / scale)
            hits = [(box.width() * box.height(), key) for key, box in self.boxes(index)
                    if box.adjusted(-2, -2, 2, 2).contains(spot)]
            return min(hits)[1] if hits else None
        return None

    def select_finding(self, key: str | None, *, flash: bool = False) -> None:
        """Outline ``key``'s box and scroll it into view."""
        self._selected = key
        reviewed = next((f for f in self._findings if f.key == key), None)
        if reviewed is not None and self.page_rects:
            index = min(max((reviewed.finding.location.page or 1) - 1, 0),
                        len(self.page_rects) - 1)
            page = self.page_rects[index]
            scale = page.width() / max(1, self._page_size(index).width())
            box = next((b for k, b in self.boxes(index) if k == key), None)
            y = page.top() + (box.center().y() * scale if box is not None else 0)
            self.ensureVisible(int(page.center().x()), int(y), 20,
                               self.viewport().height() // 3)
            if flash:
                self._flash = key
                QTimer.singleShot(FLASH_MS, self._unflash)
        self._pages.update()

    def _unflash(self) -> None:
        self._flash = None
        self._pages.update()

    def boxed_keys(self) -> set[str]:
        """The findings with a box on the pages (for tests and screen readers)."""
        return {key for index in range(len(self.page_rects)) for key, _box in self.boxes(index)}
