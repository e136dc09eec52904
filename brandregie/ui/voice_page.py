"""The "Sounds like us" page: texts the owner wrote or approved, which the voice check learns
how the business sounds from (``brand.voice.texts``; see :mod:`brandregie.checks.voice`)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from brandregie.ui.icons import icon
from brandregie.ui.jobs import Failure, Progress, Runner, Task
from brandregie.ui.list_editor import ListEditor
from brandregie.ui.page import ProfilePage, undo_text
from brandregie.ui.session import EditSession

#: What the reader takes; the same formats a draft may come in.
FILE_FILTER = "*.docx *.odt *.pdf *.html *.htm *.txt *.md *.eml *.pptx *.doc *.rtf"


def read_own_text(path: Path, progress: Progress) -> str:
    """The words of a document, paragraphs apart (a job: the reader runs in a child process)."""
    from brandregie.ingest.reader import read_document

    document = read_document(path)
    return "\n\n".join(block.text.strip() for block in document.blocks if block.text.strip())


def _title(item: Any) -> str:
    """A text's title, else its first words: pasted texts often have no title."""
    if item.title:
        return str(item.title)
    words = str(item.text).split()
    return " ".join(words[:6]) + ("…" if len(words) > 6 else "")


class VoicePage(ProfilePage):
    key = "voice"

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Sounds like us"),
                         self.tr("Texts you wrote or approved. The checks learn from them how "
                                 "your business sounds, and say where a draft does not. Add "
                                 "three or more, in the language of your drafts; without them "
                                 "the voice check stays silent."), parent)
        self.texts = ListEditor(session, self.key, ("voice", "texts"),
                                kind=self.tr("own text"), title=_title,
                                new_item=lambda n: {"title": "",
                                                    "text": self.tr("Paste a text you wrote.")})
        t = self.texts
        t.fields.line(t.form, self.tr("Title"), t.item_path("title"))
        t.fields.text(t.form, self.tr("Text"), t.item_path("text"))
        t.fields.line(t.form, self.tr("Where it appeared"), t.item_path("source"))
        self.from_file = QPushButton(icon("list-add"), self.tr("Add from a file…"))
        self.from_file.setToolTip(self.tr("Add the text of a document you wrote (Word, PDF, "
                                          "web page, text)"))
        self.from_file.clicked.connect(self.choose_file)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.texts)
        row = QHBoxLayout()
        row.addWidget(self.from_file)
        row.addStretch(1)
        column.addLayout(row)
        self.reader = Runner(self)
        self.reader.finished.connect(self._read)
        self.reader.failed.connect(self._not_read)
        self.parts.append(self.texts)
        self.add(holder, self.tr("Own texts"))
        self.finish()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a text you wrote"), "",
            self.tr("Documents (%1)").replace("%1", FILE_FILTER))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        """Read ``path`` off the GUI thread; its text becomes a new own text."""
        self.from_file.setEnabled(False)
        self.reader.start(partial(read_own_text, path), key=path)

    def _read(self, task: Task, text: object) -> None:
        self.from_file.setEnabled(True)
        path = task.key
        assert isinstance(path, Path)
        if not str(text).strip():
            QMessageBox.information(self, self.tr("No text found"),
                                    self.tr("%1 has no text to learn from.").replace(
                                        "%1", path.name))
            return
        items = [*self.texts.items(), {"title": path.stem, "text": str(text),
                                       "source": path.name}]
        self.session.change(self.texts.path, items, undo_text("add %1", self.texts.kind),
                            page=self.key, merge=False)
        self.texts.select(len(items) - 1)

    def _not_read(self, task: Task, failure: Failure) -> None:
        self.from_file.setEnabled(True)
        QMessageBox.warning(self, self.tr("Cannot read file"), failure.message)
