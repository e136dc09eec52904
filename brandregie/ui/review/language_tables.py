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
from brandregie.ui.jobs import Runner, Task

#: The languages the fixes look words up in (they fix Dutch only).
FIX_LANGUAGES = ("nl",)
#: The languages a voice chart looks words up in (English loans in a Dutch text too).
VOICE_LANGUAGES = ("nl", "en")


def _load(langs: tuple[str, ...]) -> None:
    """On a worker: waits while another thread loads them (the tools hold a lock)."""
    for lang in langs:
        tools(lang)


class LanguageTables(QObject):
    """Whether the tables are in, and a job that gets them in when they are not."""

    #: The tables are in: whatever was shown without them can be shown in full.
    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = Runner(self, one_at_a_time=False)
        self.runner.finished.connect(self._loaded)

    def missing(self, langs: tuple[str, ...] = FIX_LANGUAGES) -> bool:
        """True while the tables of ``langs`` are not in; then they are loading on a worker."""
        if all(loaded(lang) for lang in langs):
            return False
        if all(task.key != langs for task in self.runner.running):
            self.runner.start(lambda _progress: _load(langs), key=langs)
        return True

    def _loaded(self, _task: Task, _result: object) -> None:
        self.ready.emit()
