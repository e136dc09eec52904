"""The PDF preview: every page of the document in a QtPdf view, white pages on a grey desk.

PDFium renders a page with a transparent background; the pages are drawn on white here so they
look like paper (and like the printed brief), whatever the desktop theme's colours are.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

# The desk around the pages: a neutral grey that lets white pages stand out in any theme.
DESK = QColor("#8A8D91")


class PdfPreview(QWidget):
    """Shows a PDF's pages (fit to width, scrolling through all pages) or a short note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))
        self.view.setAccessibleName(self.tr("Preview of the PDF"))
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, DESK)  # QPdfView paints the desk in Dark
        palette.setColor(QPalette.ColorRole.Base, QColor(Qt.GlobalColor.white))
        self.view.setPalette(palette)
        self.note = QLabel()
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setMargin(24)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.note)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_note(self, text: str) -> None:
        """No document: say what to do instead (the old pages go away)."""
        self.document.close()
        self._buffer = None
        self.note.setText(text)
        self.stack.setCurrentWidget(self.note)

    def show_pdf(self, data: bytes) -> int:
        """Show the PDF in ``data``; returns its number of pages (0 if QtPdf cannot read it)."""
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer  # the document reads from it while pages are drawn
        if self.document.status() is not QPdfDocument.Status.Ready:
            return 0
        self.stack.setCurrentWidget(self.view)
        self.view.pageNavigator().jump(0, QPointF(0, 0))  # a new document opens at its top
        return self.document.pageCount()

    def page_count(self) -> int:
        return self.document.pageCount() if self.stack.currentWidget() is self.view else 0
