"""A place in the main window for a work page that is heavy to load, light until it is opened.

The work pages (Assignments and reviews, Briefs) need the checks, the readers and the PDF
exporter: most of a second of imports. The window is built at start, so each place holds only
an "Opening…" label. When the person opens it, the page's Qt-free code
(:attr:`~WorkPlace.code_modules`: services, checks, readers, exporters, nearly all of the
time) is imported on a worker thread while the window keeps answering; its modules that use Qt
(:attr:`~WorkPlace.ui_modules`, then :attr:`~WorkPlace.page_module`) follow on the GUI thread,
a few per turn of the event loop (a Qt module imported on a worker crashed the bundled app now
and then, see :mod:`~brandregie.ui.gui_thread`), and the page is built as soon as they are in.
A second, heavier job then does the place's :attr:`~WorkPlace.prepare` (loading language
tools, starting the child-process server), so the page's first real work does not wait for
it: a second after the page is shown, or :attr:`~WorkPlace.prepare_delay_ms` after its code
was loaded ahead (:meth:`WorkPlace.load` before anyone opened the page), whichever comes
first, and then only once the person has not gone to another page for a second (ten seconds'
wait at the most): it competes for a core and Python's lock, so it keeps out of the way of the
page's first build and of the person going from page to page.
:meth:`WorkPlace.load` may also be called earlier, to have it all ready before the person asks.
:meth:`WorkPlace.build` makes the page at once (tests and screenshots use it).
"""

from __future__ import annotations

import importlib
import logging
import math
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from brandregie.ui import gui_thread
from brandregie.ui.jobs import Runner, Task

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QStatusBar

    from brandregie.store.database import Store
    from brandregie.ui.session import EditSession

log = logging.getLogger(__name__)

P = TypeVar("P", bound=QWidget)


class WorkWindow(Protocol):
    """What a work place asks of the main window: kept this narrow, so no place imports it."""

    store: Store
    settings: QSettings
    last_switch: float  # time.monotonic() when the person last went to another page

    def statusBar(self) -> QStatusBar: ...

    def after_first_paint(self, slot: Callable[[], object]) -> None: ...

    def reload_brands(self) -> None: ...


class _SessionPage(Protocol):
    """What a work page offers besides being a widget: it follows the open brand."""

    def set_session(self, session: EditSession | None) -> None: ...


def _import(modules: Sequence[str]) -> None:
    """On a worker: import the Qt-free ``modules`` (a failure is logged; building the page
    reports it)."""
    for module in modules:
        try:
            importlib.import_module(module)
        except Exception:
            log.exception("importing %s failed", module)


def _prepare(module: str, prepare: Callable[[], None]) -> None:
    """On a worker: the place's extra preparation, only a head start (a failure is logged)."""
    try:
        prepare()
    except Exception:
        log.exception("preparing %s failed", module)


class WorkPlace(QWidget, Generic[P]):
    """Stands in the window's stack; the real page appears inside it once it is opened.

    A subclass names :attr:`page_module` and makes the page (a widget with
    ``set_session(session)``) in :meth:`make_page`.
    """

    #: The page's own module (it uses Qt: imported on the GUI thread, last).
    page_module = ""
    #: The Qt-free modules the page's code imports, imported on a worker: none of them may
    #: import Qt or ``brandregie.ui`` (``tests/ui/test_import_threads.py`` watches).
    code_modules: tuple[str, ...] = ()
    #: The modules using Qt that the page module imports, leaves first: imported on the GUI
    #: thread, a few per turn of the event loop (one left out only makes a turn longer).
    ui_modules: tuple[str, ...] = ()
    #: What else to get ready on the worker once the code is imported (a module-level function).
    prepare: Callable[[], None] | None = None
    #: How long :attr:`prepare` waits when the code was loaded ahead (nobody looks at the page
    #: yet): it is heavy work on the worker, and the person may be busy on other pages.
    prepare_delay_ms = 2000
    #: How long :attr:`prepare` waits once the page is opened: the person looks at the page
    #: first, and a switch to the next page right away is not slowed by it.
    prepare_after_show_ms = 1000
    #: :attr:`prepare` starts only once the person has not gone to another page (nor, where
    #: the page notes it in ``last_activity``, opened something on it) for this long (it
    #: competes with them for a core and Python's lock) ...
    quiet_ms = 1000
    #: ... or once it has waited this long for such a moment.
    prepare_wait_max_ms = 10_000

    #: All of the page's code is in, and the page is built if it is being looked at: the
    #: moment another place may load its own code without slowing this one.
    code_in = Signal()

    def __init__(self, window: WorkWindow, loading_text: str) -> None:
        super().__init__()  # the window puts it in its stack
        self.window_ = window
        self.page: P | None = None
        self.session: EditSession | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.loading = QLabel(loading_text)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.loading)
        self.loading_started = False
        self.preparing = False
        self._waited_ms = 0  # how long the preparation has waited for a quiet moment
        self.loader = Runner(self)
        self.loader.finished.connect(self._loaded)

    def make_page(self) -> P:
        raise NotImplementedError

    def load(self) -> None:
        """Import the page's Qt-free code on a worker thread and its Qt part on the GUI thread
        (once), then run :attr:`prepare` on the worker."""
        if not self.loading_started:
            self.loading_started = True
            modules = self.code_modules
            self.loader.start(lambda _progress: _import(modules), key="import")

    def may_close(self) -> bool:
        """The window is asked to close: False keeps it open (work the owner would lose)."""
        return True

    def stop(self) -> None:
        """The window closes: what is still loading is not waited for, nor frozen after."""
        self.loader.cancel()

    def set_session(self, session: EditSession | None) -> None:
        """Called by the window with the open brand; passed on once the page exists."""
        self.session = session
        if self.page is not None:
            cast(_SessionPage, self.page).set_session(session)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.page is not None:
            return
        if self.page_module in sys.modules:
            QTimer.singleShot(0, self._show_page)  # "Opening…" paints first
        else:
            self.load()

    def _loaded(self, task: Task, _result: None) -> None:
        if not self.window().isVisible():
            return  # the window was closed meanwhile: nothing of it is here to stay
        if task.key != "import":
            gui_thread.freeze()  # the language tables and the like: out of the collector's way
            return
        gui_thread.import_in_turns(self, [*self.ui_modules, self.page_module], self._code_in)

    def _code_in(self) -> None:
        """All of the page's code is in: keep it out of the collector's way, build the page if
        it is being looked at, then get the rest ready on the worker (a while later if the
        code was loaded ahead)."""
        if not self.window().isVisible():
            return
        gui_thread.freeze()  # what was just loaded stays for good
        if self.isVisible():
            self._show_page()
        else:
            QTimer.singleShot(self.prepare_delay_ms, self, self.start_prepare)
        self.code_in.emit()

    def _show_page(self) -> None:
        """The page is being looked at: build it, and get its work ready soon."""
        self.build()
        if self.loading_started:  # only a place that loaded its own code prepares it
            QTimer.singleShot(self.prepare_after_show_ms, self, self.start_prepare)

    def start_prepare(self) -> None:
        """Run :attr:`prepare` on the worker (once; also without a page built), at a moment
        the person is not going from page to page (:attr:`quiet_ms`)."""
        prepare, module = type(self).prepare, self.page_module
        if prepare is None or self.preparing or not self.window().isVisible():
            return
        wait = self.wait_ms()
        if wait and self._waited_ms < self.prepare_wait_max_ms:
            self._waited_ms += wait
            QTimer.singleShot(wait, self, self.start_prepare)
            return
        self.preparing = True
        self.loader.start(lambda _progress: _prepare(module, prepare), key="prepare")

    def wait_ms(self) -> int:
        """How long until a quiet moment (0: now): the person has not gone to another page
        (nor opened something on this one, where the page notes ``last_activity``) for
        :attr:`quiet_ms`, and the page is not still being built."""
        busy_at = max(self.window_.last_switch, getattr(self.page, "last_activity", 0.0))
        left = self.quiet_ms - (time.monotonic() - busy_at) * 1000
        if left <= 0 and self.building:
            left = 50  # its first list is still being read
        return max(0, math.ceil(left))

    def when_quiet(self, then: Callable[[], None], waited_ms: int = 0) -> None:
        """Call ``then`` at this place's next quiet moment (:meth:`wait_ms`), or once it has
        waited :attr:`prepare_wait_max_ms`: for other work that would compete with it for a
        core and Python's lock."""
        wait = self.wait_ms()
        if wait and waited_ms < self.prepare_wait_max_ms:
            QTimer.singleShot(wait, self, lambda: self.when_quiet(then, waited_ms + wait))
            return
        then()

    @property
    def building(self) -> bool:
        """The page is built in steps, and some are still to come."""
        return bool(getattr(self.page, "building", False))

    def build(self) -> P:
        """The page, made now if it was not yet."""
        if self.page is None:
            page = self.make_page()
            cast(_SessionPage, page).set_session(self.session)
            self.layout_.removeWidget(self.loading)
            self.loading.hide()  # gone at once, not at the next turn (a screenshot saw it)
            self.loading.deleteLater()
            self.layout_.addWidget(page)
            page.show()  # a widget moved into a shown parent stays hidden until shown
            self.page = page
        return self.page
