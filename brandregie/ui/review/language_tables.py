"""The language tables the review view looks words up in, loaded off the GUI thread.

A fix, its preview on the card and a voice chart look words up in the lemma tables. The first
time on a new machine those are made from simplemma's data (seconds), and the app's warm-up may
still be at it when the owner opens a review; loading them from the view would freeze the window.
So the view asks :meth:`LanguageTables.missing` first, and while they are missing it shows that
suggestions are coming; a job waits for the warm-up's load (or loads them itself) and
:attr:`LanguageTables.ready` tells the view to fill in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from brandregie.checks.language import loaded, tools
from brandregie.ui.jobs import Progress, Runner, Task

#: The languages the fixes and the voice charts look words up in.
LOOKUP_LANGUAGES = ("nl", "en")


def _load(_progress: Progress) -> None:
    """On a worker: waits while another thread loads them (the tools hold a lock)."""
    for lang in LOOKUP_LANGUAGES:
        tools(lang)


class LanguageTables(QObject):
    """Whether the tables are in, and a job that gets them in when they are not."""

    #: The tables are in: whatever was shown without them can be shown in full.
    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = Runner(self)
        self.runner.finished.connect(self._loaded)

    @staticmethod
    def in_() -> bool:
        return all(loaded(lang) for lang in LOOKUP_LANGUAGES)

    def missing(self) -> bool:
        """True while the tables are not in; then they are being loaded on a worker."""
        if self.in_():
            return False
        if not self.runner.busy:
            self.runner.start(_load, key="tables")
        return True

    def _loaded(self, _task: Task, _result: object) -> None:
        if self.in_():
            self.ready.emit()
