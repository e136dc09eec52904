"""The "Review" tab of the assignments page: the review view, made when first needed.

The page opens sooner without it: a stand-in holds the tab until the person looks at it or
opens an assignment, and then the view is made in the stand-in's place, in a turn of its own.
Opening a version (:meth:`ReviewTab.open`) reads it on a worker and draws it a part per turn
(:meth:`ReviewView.open_version`), so opening an assignment never holds the window long.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from brandregie.ui.review.review_view import ReviewView


class ReviewTab(QObject):
    """Holds the tab; :attr:`made` is the view once made (None before)."""

    #: the review asked for is drawn (what follows a few per turn aside: the cards below
    #: the first screenful, once the tab shows them)
    drawn = Signal()

    def __init__(self, tabs: QTabWidget, label: str, make: Callable[[], ReviewView]) -> None:
        super().__init__(tabs)
        self.tabs, self.label, self._make = tabs, label, make
        self.made: ReviewView | None = None
        #: Asked before the view was made: the version to show once it is (None: none).
        self._asked = False
        self._version: int | None = None
        #: The assignment whose version the view shows (or is opening).
        self.assignment: int | None = None
        self._stand_in = QWidget()
        tabs.addTab(self._stand_in, label)
        tabs.currentChanged.connect(self._chosen)
        tabs.tabBar().tabBarClicked.connect(self._clicked)

    def view(self) -> ReviewView:
        """The view, made now if it was not yet (showing what was asked for meanwhile)."""
        if self.made is None:
            view = self._make()
            tabs = self.tabs
            index, current = tabs.indexOf(self._stand_in), tabs.currentIndex()
            tabs.blockSignals(True)
            tabs.removeTab(index)
            tabs.insertTab(index, view, self.label)
            tabs.setCurrentIndex(current)
            tabs.blockSignals(False)
            self._stand_in.deleteLater()
            self.made = view
            view.turns.done.connect(self.drawn)
            if self._asked:  # an assignment was opened before: its version
                self._asked = False
                view.open_version(self._version)
        return self.made

    def make_soon(self, after_ms: int = 0) -> None:
        """Make the view in a turn of its own ``after_ms`` from now (the page paints first),
        if it is not made by then."""
        if self.made is None:
            QTimer.singleShot(after_ms, self, self.view)

    def _chosen(self, index: int) -> None:
        if self.made is None and self.tabs.widget(index) is self._stand_in:
            self.view()  # now that the person looks at it

    def _clicked(self, index: int) -> None:
        """Clicked: the keys go to the review's findings, not the tab bar."""
        if self.tabs.widget(index) in (self._stand_in, self.made):
            self.view().tabs.focus_content_soon()

    @property
    def opening(self) -> bool:
        """The review asked for is still being made, read or drawn."""
        return self._asked or (self.made is not None and self.made.building)

    def open(self, assignment: int | None, version_id: int | None, *,
             again: bool = False) -> None:
        """The review of ``version_id`` of ``assignment`` (``again``: the version the view
        shows, as stored now, where it shows one); the view is made in a turn of its own."""
        self.assignment = assignment
        if self.made is not None:
            if again:
                self.made.reopen(version_id)
            elif assignment is None:
                self.made.show_version(None)
            else:
                self.made.open_version(version_id)
            return
        if assignment is None:
            self._asked = False
            return
        if not self._asked:
            QTimer.singleShot(0, self, self.view)
        self._asked, self._version = True, version_id
