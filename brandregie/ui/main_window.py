"""The main window: the brand switcher, the menus, and the window's own life (size, closing).

What it is made of, each in its own module: the places and their pages
(:mod:`~brandregie.ui.navigation`), the save state and conflict prompt in the status bar
(:mod:`~brandregie.ui.save_status`), importing and exporting packs (:mod:`~brandregie.ui.packs`),
the settings (:mod:`~brandregie.ui.settings_dialog`), the team and mail menu items
(:mod:`~brandregie.ui.connections`). The window holds the open brand's
:class:`~brandregie.ui.session.EditSession` and tells the parts when it changes. The work places
(``brandregie/ui/review/place.py``, ``brandregie/ui/export/place.py``) ask the window only for
what :class:`~brandregie.ui.work_place.WorkWindow` names.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from brandregie.ui import dialogs
from brandregie.ui.brand_switcher import BrandSwitcher
from brandregie.ui.icons import app_icon, icon
from brandregie.ui.navigation import BRAND_PAGES, WORK_PAGES, Navigation
from brandregie.ui.settings import (
    LAST_BRAND,
    LAST_PAGE,
    app_settings,
    initial_brand,
    restore_window,
    save_window,
)

if TYPE_CHECKING:
    from brandregie.profile.service import BrandSummary, ProfileService
    from brandregie.profile.snapshot import ProfileSnapshot
    from brandregie.store.database import Store
    from brandregie.ui.packs import PackActions
    from brandregie.ui.save_status import SaveStatus
    from brandregie.ui.session import EditSession
    from brandregie.ui.start import StartPage

__all__ = ["MainWindow", "app_icon"]

# a queued connection that disconnects itself after its first call
_QUEUED_ONCE = Qt.ConnectionType(Qt.ConnectionType.QueuedConnection.value
                                 | Qt.ConnectionType.SingleShotConnection.value)


class MainWindow(QMainWindow):
    """The brand's home: navigation, pages, brand switcher, status of the autosave.

    Built in two steps, so the app paints before its database is open: the *frame* (menus,
    toolbar, the list of places, "Opening…" where the page goes) needs no database and none
    of the pages' code; :meth:`attach` then puts the store in and opens the brand.
    ``MainWindow(store)`` does both at once; ``MainWindow(None)`` only the frame.
    """

    language_changed = Signal(str)  # "system", "nl" or "en": the shell rebuilds the window
    # the window has painted for the first time (see after_first_paint)
    first_painted = Signal()
    # the store is in and the first brand (or the start page) is shown
    attached = Signal()

    store: Store
    service: ProfileService
    save_status: SaveStatus
    packs: PackActions

    def __init__(self, store: Store | None, *, settings: QSettings | None = None,
                 threaded_saves: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else app_settings()
        self.threaded_saves = threaded_saves
        self.session: EditSession | None = None
        self._start_page: StartPage | None = None
        self.undo_group = QUndoGroup(self)
        self.painted = False
        self.ready = False  # attach() has run
        self.last_switch = 0.0  # time.monotonic() of the last page shown: background work waits
        self.setWindowTitle("BrandRegie")
        self.setWindowIcon(app_icon())
        self._build_toolbar()
        self._build_actions()
        if not restore_window(self, self.settings):
            self.resize(1180, 780)
        if store is not None:
            self.attach(store)

    def attach(self, store: Store, *, brands: Sequence[BrandSummary] | None = None,
               snapshot: ProfileSnapshot | None = None) -> None:
        """Put the open ``store`` in and open the brand of last time (or the start page).

        ``brands`` and ``snapshot`` (the brand :func:`initial_brand` picks), when read on a
        worker beforehand, spare the GUI thread those queries.
        """
        from brandregie.profile.service import ProfileService
        from brandregie.ui import connections
        from brandregie.ui.export.place import BriefsPlace
        from brandregie.ui.packs import PackActions
        from brandregie.ui.review.place import AssignmentsPlace
        from brandregie.ui.save_status import SaveStatus
        from brandregie.ui.scorecard.place import ScorecardPlace

        self.store = store
        self.service = ProfileService(store)
        self.save_status = SaveStatus(self)
        self.edit_menu.addAction(self.save_status.resolve_action)
        self.packs = PackActions(self, self)
        connections.install(self, self.file_menu, before=self.quit_separator)
        assignments = AssignmentsPlace(self)
        self.set_work_page("assignments", assignments)
        self.set_work_page("briefs", BriefsPlace(self))
        self.set_work_page("scorecard", ScorecardPlace(self))
        # Assignments loads its code in the background just after the brand is shown; Briefs
        # follows once that is in and the page is built if it is looked at (one at a time:
        # each competes for Python's lock), so neither page's first visit waits for imports.
        assignments.code_in.connect(self._load_briefs_after)
        for action in self.store_actions:
            action.setEnabled(True)
        self.switcher.setEnabled(True)
        self.ready = True
        self.reload_brands(brands)
        self.open_initial(brands, snapshot)
        self.attached.emit()

    def _load_briefs_after(self) -> None:
        """Assignments' code is in (and its page built, if shown): load the Briefs page's once
        the person is not opening assignments (its import held Python's lock through the first
        open: 281 ms and a pause of 121 on the five-year store, without it 162 and 50)."""
        from brandregie.ui.work_place import WorkPlace

        place, assignments = (self.navigation.work_pages.get(k) for k in ("briefs",
                                                                           "assignments"))
        if isinstance(place, WorkPlace) and isinstance(assignments, WorkPlace):
            assignments.when_quiet(lambda: place.load() if self.isVisible() else None)

    def show_problem(self, message: str) -> None:
        """The store could not be opened: say so where the page would be (the app stays up)."""
        self.opening.setText(message)
        self.opening.setStyleSheet("color: #B71C1C;")
        self.opening.setAccessibleDescription(message)

    # -- building ------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        self.opening = QLabel(self.tr("Opening your brands…"))
        self.opening.setObjectName("opening")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setWordWrap(True)
        self.opening.setMargin(48)
        self.navigation = Navigation(self.opening)
        self.navigation.list.setEnabled(False)
        self.navigation.chosen.connect(self.show_page)
        self.setCentralWidget(self.navigation)
        self.toolbar = QToolBar(self.tr("Brand"))
        self.toolbar.setObjectName("brandToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        label = QLabel(self.tr("Brand:") + " ")
        self.switcher = BrandSwitcher()
        label.setBuddy(self.switcher)
        self.toolbar.addWidget(label)
        self.toolbar.addWidget(self.switcher)
        self.switcher.activated.connect(self._switcher_chosen)

    def _action(self, text: str, slot: Callable[[], Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                menu: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New brand…"), self.new_brand,
                                       QKeySequence.StandardKey.New, file_menu)
        self.sample_action = self._action(self.tr("Open the &sample brand"), self.open_sample,
                                          None, file_menu)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Import pack…"),
                                          lambda: self.packs.import_pack(),
                                          QKeySequence.StandardKey.Open, file_menu)
        self.export_action = self._action(self.tr("&Export pack…"),
                                          lambda: self.packs.export_pack(), "Ctrl+E", file_menu)
        file_menu.addSeparator()
        self.settings_action = self._action(self.tr("Se&ttings…"), self.open_settings,
                                            QKeySequence.StandardKey.Preferences, file_menu)
        # attach() puts the e-mail server, team database and move-a-brand items here
        self.quit_separator = file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", file_menu)
        edit_menu = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Undo:"))
        self.undo_action.setIcon(icon("edit-undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Redo:"))
        self.redo_action.setIcon(icon("edit-redo"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo),
                                       QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.save_action = self._action(self.tr("&Save now"), self.save_now,
                                        QKeySequence.StandardKey.Save, edit_menu)
        go_menu = bar.addMenu(self.tr("&Go"))
        self.page_actions: dict[str, QAction] = {}
        for n, key in enumerate((*BRAND_PAGES, *WORK_PAGES)):
            # Ctrl+1 ... Ctrl+9, Ctrl+0; places after those have no key of their own
            shortcut = "Alt+Home" if key == "home" else f"Ctrl+{n % 10}" if n <= 10 else None
            self.page_actions[key] = self._action(self.navigation.titles[key],
                                                  partial(self.show_page, key),
                                                  shortcut, go_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&About BrandRegie"), self.about, None, help_menu)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # what needs the database waits for attach(); a brand's pages wait for the brand
        self.store_actions = (self.new_action, self.sample_action, self.import_action,
                              self.settings_action, self.save_action)
        for action in (*self.store_actions, self.export_action, *self.page_actions.values()):
            action.setEnabled(False)

    def set_work_page(self, key: str, widget: QWidget) -> None:
        """Put ``widget`` in the work place ``key`` (replacing what was there)."""
        self.navigation.set_work_page(key, widget, self.session)

    # -- brands --------------------------------------------------------------------------------

    def reload_brands(self, brands: Sequence[BrandSummary] | None = None) -> None:
        """Fill the brand switcher (with ``brands`` when they were just read)."""
        if brands is None:
            brands = self.service.list_brands()
        self.switcher.fill(brands, self.session.brand_id if self.session is not None else None)

    def open_initial(self, brands: Sequence[BrandSummary] | None = None,
                     snapshot: ProfileSnapshot | None = None) -> None:
        """Open the brand and page the person had open last (or the start page: no brands).

        ``brands`` and ``snapshot`` are what a worker read beforehand, if it did."""
        if brands is None:
            brands = self.service.list_brands()
        wanted = initial_brand(brands, self.settings.value(LAST_BRAND))
        if wanted is None:
            self.show_start()
            return
        page = str(self.settings.value(LAST_PAGE, "identity"))
        if snapshot is None or snapshot.brand_id != wanted:
            snapshot = None
        self.open_brand(wanted, snapshot, page=page)

    @property
    def start_page(self) -> StartPage:
        """The welcome page, for when there is no brand: built the first time it is needed
        (building it at every start held the GUI thread about 15 ms for nothing)."""
        if self._start_page is None:
            from brandregie.ui.start import StartPage

            page = StartPage(self.service)
            page.form.created.connect(lambda snap: self.open_brand(snap.brand_id))
            page.open_sample.connect(self.open_sample)
            self.navigation.set_start(page)
            self._start_page = page
        return self._start_page

    def show_start(self) -> None:
        self.start_page  # noqa: B018  (built now if it was not yet)
        self.navigation.show_start()
        self.switcher.setCurrentIndex(-1)
        for key in BRAND_PAGES:
            self.page_actions[key].setEnabled(False)
        self.export_action.setEnabled(False)
        self.save_status.follow(None)
        self.setWindowTitle("BrandRegie")

    def _switcher_chosen(self, index: int) -> None:
        brand_id = self.switcher.itemData(index)
        if brand_id is not None and (self.session is None or brand_id != self.session.brand_id):
            self.open_brand(int(brand_id))

    def close_session(self) -> bool:
        """Save and close the open brand; False if its changes could not be saved."""
        session = self.session
        if session is None:
            return True
        if not session.flush() and not dialogs.confirm(
                self, self.tr("Not saved"),
                self.tr("Your last changes to %1 could not be saved: %2\n\nClose it anyway?")
                .replace("%1", session.brand.name).replace("%2", session.error)):
            return False
        self.navigation.drop_brand_pages()
        self.undo_group.removeStack(session.undo_stack)
        session.close()
        session.deleteLater()
        self.session = None
        return True

    def open_brand(self, brand_id: int, snapshot: ProfileSnapshot | None = None, *,
                   page: str = "") -> bool:
        """Open the brand ``brand_id`` for editing (saving the one that was open);
        ``snapshot``: the brand as just read, if it was; ``page``: the page to show (default:
        the one shown now), the only one built."""
        from brandregie.ui.session import EditSession

        current_key = self.current_page()
        if not self.close_session():
            self.reload_brands()
            return False
        if snapshot is None:
            snapshot = self.service.snapshot(brand_id)
        session = EditSession(self.service, snapshot, threaded=self.threaded_saves, parent=self)
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(lambda _state: self._brand_changed())
        session.navigate.connect(self.show_page)
        for key in BRAND_PAGES:
            self.page_actions[key].setEnabled(True)
        self.export_action.setEnabled(True)
        self.navigation.follow(session)
        self.reload_brands()
        self._brand_changed()
        self.save_status.follow(session, snapshot)
        self.settings.setValue(LAST_BRAND, brand_id)
        shown = page or current_key
        self.show_page(shown if shown in self.navigation.titles else "identity")
        return True

    def _brand_changed(self) -> None:
        if self.session is None:
            return
        name = self.session.brand.name
        self.setWindowTitle(f"{name} — BrandRegie")
        self.switcher.rename(self.session.brand_id, name)

    # -- pages ---------------------------------------------------------------------------------

    def current_page(self) -> str:
        return self.navigation.current()

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use (so starting stays fast)."""
        return self.navigation.page(key, self.session)

    def show_page(self, key: str) -> None:
        if not self.ready or key not in self.navigation.titles or (
                self.session is None and key in BRAND_PAGES):
            return
        self.last_switch = time.monotonic()
        self.navigation.show_place(key, self.page(key))
        self.settings.setValue(LAST_PAGE, key)

    # -- file menu -----------------------------------------------------------------------------

    def new_brand(self) -> None:
        from brandregie.ui.start import NewBrandDialog

        dialog = NewBrandDialog(self.service, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.snapshot is not None:
            assert dialog.snapshot.brand_id is not None
            self.open_brand(dialog.snapshot.brand_id)
            self.show_page("identity")

    def open_sample(self) -> None:
        """Store the sample brand (once) and open it."""
        from brandregie.profile.sample import stored_sample_brand

        self.open_brand(stored_sample_brand(self.service))
        self.show_page("identity")

    def save_now(self) -> None:
        from brandregie.ui.session import SaveState

        if self.session is not None:
            if self.session.save_state is SaveState.FAILED:
                self.session.retry()
            else:
                self.session.flush()

    def open_settings(self) -> None:
        from brandregie.ui.settings_dialog import edit_settings

        language = edit_settings(self.settings, self)
        if language is not None:
            QTimer.singleShot(0, lambda: self.language_changed.emit(language))

    def about(self) -> None:
        from brandregie import __version__

        QMessageBox.about(self, self.tr("About BrandRegie"),
                          self.tr("BrandRegie %1\n\nKeep your own brand: the profile, reviews "
                                  "of what the agency delivers, and briefs.")
                          .replace("%1", __version__))

    # -- window --------------------------------------------------------------------------------

    def save_window_settings(self) -> None:
        save_window(self, self.settings, self.current_page())

    def after_first_paint(self, slot: Callable[[], object]) -> None:
        """Run ``slot`` (a bound method of a QObject) once the window has painted.

        Start-up work the person need not wait for (deadline notices, preloading) goes here, so
        it stays out of the first paint; a slot whose object is gone by then is not called.
        """
        self.first_painted.connect(slot, _QUEUED_ONCE)
        if self.painted:
            self.first_painted.emit()  # only this slot is still connected

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()  # queued: the slots run after this paint is on screen

    def closeEvent(self, event: QCloseEvent) -> None:
        from brandregie.ui.work_place import WorkPlace

        self.save_window_settings()
        places = [p for p in self.navigation.work_pages.values() if isinstance(p, WorkPlace)]
        if not all(place.may_close() for place in places) or not self.close_session():
            event.ignore()
            return
        for place in places:
            place.stop()
        event.accept()
