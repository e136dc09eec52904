"""Opening the database after the window's first paint, so starting never waits for it.

The app shows the window's frame at once (:class:`~brandregie.ui.main_window.MainWindow` with no
store) and hands it to a :class:`StoreOpener`. Its one job, on the job runner's worker, imports
the Qt-free code the filled window needs (the ORM, the profile, what the first page shows),
opens the database (creating or upgrading its schema) and reads the brand list and the brand
to open; the GUI thread then imports the window's Qt modules a few per turn of the event loop
and builds widgets (:meth:`~brandregie.ui.shell.Shell.attach`). Once the brand is shown, the
other brand pages' modules follow the same way, so their first visits import nothing; what
was loaded is frozen out of the collector's way after each.

What cannot run on a worker stays on the GUI thread: asking for the team database's password
(team mode) and offering the newest backup when the database cannot be opened. An error that
remains is shown in the window, in a sentence, where the page would be; the app stays up
until the person quits.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from brandregie.ui import gui_thread
from brandregie.ui.jobs import Failure, Runner, Task
from brandregie.ui.navigation import PAGE_CLASSES
from brandregie.ui.settings import LAST_BRAND, initial_brand

if TYPE_CHECKING:
    from brandregie.profile.service import BrandSummary
    from brandregie.profile.snapshot import ProfileSnapshot
    from brandregie.store.database import Store
    from brandregie.ui.shell import Shell


# The code the window needs once a database is open: the ORM and the profile. The window's
# frame needs none of it: the app imports it on a worker after the first paint
# (load_store_code). Modules that use Qt are imported on the GUI thread only, a few per turn of
# the event loop (WINDOW_MODULES before the window is filled in, the other pages' after the
# brand is shown): a Qt binding module made on a worker while the GUI thread runs events
# crashed the frozen app now and then.
STORE_MODULES = ("brandregie.profile.service", "brandregie.profile.pack")

# The Qt-free code that the filled window's own modules and its first page import: on the
# worker too, so the GUI thread imports only their Qt part (the Home page's charts pull in the
# checks and the readers: 0.2 s that held the window between the first paint and the brand).
WINDOW_CODE_MODULES = (
    "brandregie.secrets", "brandregie.store.team", "brandregie.profile.editing",
    "brandregie.profile.conflict", "brandregie.review.due", "brandregie.review.fit",
    "brandregie.review.voice_history", "brandregie.checks.rules.voice",
)

# The modules using Qt that filling the window imports (MainWindow.attach and the Home page
# it shows first), leaves first: on the GUI thread, a few per turn of the event loop, before
# the window is filled in.
WINDOW_MODULES = (
    "brandregie.ui.connections", "brandregie.ui.session", "brandregie.ui.packs",
    "brandregie.ui.review.deadlines", "brandregie.ui.review.place",
    "brandregie.ui.work_place", "brandregie.ui.export.place", "brandregie.ui.scorecard.place",
    "brandregie.ui.dates", "brandregie.ui.fields", "brandregie.ui.page",
    "brandregie.ui.history_page", "brandregie.ui.save_status", "brandregie.ui.start",
    "brandregie.ui.tone", "brandregie.ui.visual_widgets", "brandregie.ui.home.agency_lines",
    "brandregie.ui.home.chart", "brandregie.ui.home.voice_chart", "brandregie.ui.home.page",
)


def load_store_code(modules: Sequence[str] = STORE_MODULES) -> None:
    """Import what opening the store needs (on a worker: the window keeps answering)."""
    for module in modules:
        importlib.import_module(module)


@dataclass(frozen=True)
class Opened:
    """What the worker read: the open store, its brands and the brand to show first."""

    store: Store
    brands: list[BrandSummary]
    snapshot: ProfileSnapshot | None


def _team_mode() -> bool:
    from brandregie.store import team

    return team.load_settings().enabled


def open_local(last_brand: object, opener: Callable[[], Store] | None = None) -> Opened | None:
    """On a worker: load the code, open this computer's database and read what is shown
    first; None in team mode (the GUI thread connects: it may have to ask a password)."""
    load_store_code((*STORE_MODULES, *WINDOW_CODE_MODULES))
    if opener is None:
        if _team_mode():
            return None
        from brandregie.store.database import open_store

        opener = open_store
    return read_store(opener(), last_brand)


def read_store(store: Store, last_brand: object) -> Opened:
    """The brands of ``store`` and the snapshot of the one to open (the store is closed again
    if that fails)."""
    from brandregie.profile.service import ProfileService

    try:
        service = ProfileService(store)
        brands = service.list_brands()
        wanted = initial_brand(brands, last_brand)
        snapshot = service.snapshot(wanted) if wanted is not None else None
    except BaseException:
        store.close()
        raise
    return Opened(store, brands, snapshot)


class StoreOpener(QObject):
    """Opens the store for ``shell``'s window off the GUI thread, then fills the window in.

    ``opener`` makes the store (default: the user's own file, or the team database in team
    mode); ``synchronous`` runs the job inline (tests).
    """

    ready = Signal(object)  # Store: the window is filled in
    problem = Signal(str)  # the store could not be opened: shown in the window

    def __init__(self, shell: Shell, opener: Callable[[], Store] | None = None, *,
                 synchronous: bool = False) -> None:
        super().__init__()
        self.shell = shell
        self.opener = opener
        self.message = ""  # why the store could not be opened, once it could not
        self.retried = False
        self.runner = Runner(self, synchronous=synchronous, finish_at_close=True)
        self.runner.finished.connect(self._opened)
        self.runner.failed.connect(self._failed)

    def start(self) -> Task:
        """Start opening (the window's frame is up, or is about to be)."""
        last, opener = self.shell.settings.value(LAST_BRAND), self.opener
        return self.runner.start(lambda _progress: open_local(last, opener), key="open")

    def start_slot(self) -> None:
        """:meth:`start`, as a slot (for ``MainWindow.after_first_paint``)."""
        self.start()

    def _opened(self, task: Task, opened: Opened | None) -> None:
        """The worker is done: the window's Qt code comes in, in turns, then fills it."""
        gui_thread.freeze()  # what the worker loaded: out of the collector's way meanwhile
        gui_thread.import_in_turns(self, WINDOW_MODULES, partial(self._fill, opened))

    def _fill(self, opened: Opened | None) -> None:
        if opened is None:  # team mode: connect here, asking for the password if need be
            from brandregie.ui.connections import open_database

            store = open_database(self.shell.window)
            if store is None:  # the person chose to quit
                self.shell.window.close()
                return
            self.shell.attach(store)
        else:
            store = opened.store
            self.shell.attach(store, brands=opened.brands, snapshot=opened.snapshot)
        gui_thread.freeze()  # what start-up loaded stays for good
        self.ready.emit(store)
        self._load_pages(sorted({module for module, _name in PAGE_CLASSES.values()}))

    def _load_pages(self, modules: list[str]) -> None:
        """Import the brand pages' code a few modules per turn of the event loop (a head start:
        a first visit then imports nothing), then keep it out of the collector's way."""
        gui_thread.import_in_turns(self, modules, gui_thread.freeze)

    def _failed(self, task: Task, failure: Failure) -> None:
        if failure.error is not None and not self.retried:
            from brandregie.ui.backups import offer_restore_at_start

            # a damaged database: offer the newest backup, then try once more
            self.retried = True
            if offer_restore_at_start(failure.message):
                self.start()
                return
        self.message = self.tr("Your brands cannot be opened: %1").replace("%1", failure.message)
        self.shell.window.show_problem(self.message)
        self.problem.emit(self.message)
