"""Drawing a review a step per turn of the event loop, so no turn holds the window long.

A step is a plain call (draw the header, the draft, the cards, the tabs). Starting a new run
drops what is left of the last one: a step never draws a version that is no longer wanted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal


class Turns(QObject):
    """Runs steps one per turn (or all at once); :attr:`busy` while steps are left."""

    #: the last step of a run has run: all of it is drawn
    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._left: list[Callable[[], object]] = []
        self._run = 0

    @property
    def busy(self) -> bool:
        return bool(self._left)

    def run(self, steps: Sequence[Callable[[], object]], *, now: bool = False) -> None:
        """``steps`` in order: the first at once, each next in a later turn (``now``: all at
        once). Whatever is left of an earlier run is dropped."""
        self._run += 1
        self._left = list(steps)
        if now:
            self.finish()
        else:
            self._next(self._run)

    def finish(self) -> None:
        """What is left, at once (a caller that needs it all drawn now)."""
        if not self._left:
            return
        while self._left:
            self._left.pop(0)()
        self.done.emit()

    def drop(self) -> None:
        self._run += 1
        self._left = []

    def _next(self, run: int) -> None:
        if run != self._run or not self._left:
            return
        self._left.pop(0)()
        if run != self._run:
            return
        if self._left:
            QTimer.singleShot(0, self, lambda: self._next(run))
        else:
            self.done.emit()
