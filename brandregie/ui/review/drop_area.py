"""Where the owner drops the agency's draft, or picks it with "Open…" (keyboard reachable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from brandregie.ingest import SUPPORTED_SUFFIXES


def _local_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DropArea(QFrame):
    """A dashed area that takes files; emits ``files_chosen`` with their paths."""

    files_chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setObjectName("dropArea")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel(self.tr("Drop the agency's draft here\n(Word, PDF, web page, e-mail, "
                                    "text or image)"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.open_button = QPushButton(self.tr("&Open draft…"))
        self.open_button.setToolTip(self.tr("Choose the draft file; it becomes the next version"))
        self.open_button.clicked.connect(self.choose)
        layout.addWidget(self.open_button, alignment=Qt.AlignmentFlag.AlignCenter)
        self._highlight(False)

    def _highlight(self, on: bool) -> None:
        colour = "palette(highlight)" if on else "palette(mid)"
        self.setStyleSheet(f"#dropArea {{ border: 2px dashed {colour}; border-radius: 8px; }}")

    def choose(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Open the agency's draft"), "",
            self.tr("Drafts ({patterns});;All files (*)").format(patterns=patterns))
        if names:
            self.files_chosen.emit([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()
            self._highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        # a folder or a pipe too: the page says why it is not taken, rather than nothing
        files = [p for p in _local_files(event) if p.exists()]
        if files:
            event.acceptProposedAction()
            self.files_chosen.emit(files)
        else:
            event.ignore()
