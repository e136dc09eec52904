"""The main window: navigation through the brand and the work, a brand switcher, the menus.

Places in the navigation:

- the brand: Identity, Character and tone, Positioning, Vocabulary, Visual identity, Employer
  brand, Personas, History (built here, one edit session per open brand);
- the work: ``"assignments"`` (Assignments and reviews, ``brandregie/ui/review/place.py``) and
  ``"briefs"`` (Briefs, ``brandregie/ui/export/place.py``): light places that load their page
  when first opened (:class:`~brandregie.ui.work_place.WorkPlace`). A work page follows the open
  brand through ``set_session(session: EditSession | None)``, called again whenever the person
  switches brands (``None`` when no brand is open); ``window.set_work_page(key, widget)`` puts
  another widget in a place (tests).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QIcon,
    QKeySequence,
    QPaintEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.paths import resource, sample_pack
from brandregie.profile.conflict import SaveConflict
from brandregie.profile.pack import read_pack, write_pack
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.database import Store
from brandregie.ui import connections, dialogs
from brandregie.ui.conflict import ConflictDialog
from brandregie.ui.export.place import BriefsPlace
from brandregie.ui.history_page import HistoryPage
from brandregie.ui.page import icon
from brandregie.ui.profile_pages import (
    CharacterPage,
    EmployerPage,
    IdentityPage,
    PersonasPage,
    PositioningPage,
    VisualPage,
    VocabularyPage,
)
from brandregie.ui.review.place import AssignmentsPlace
from brandregie.ui.session import EditSession, SaveState
from brandregie.ui.settings import GEOMETRY, LANGUAGE, LAST_BRAND, LAST_PAGE, STATE, app_settings
from brandregie.ui.start import NewBrandDialog, StartPage

BRAND_PAGES = ("identity", "character", "positioning", "vocabulary", "visual", "employer",
               "personas", "history")
WORK_PAGES = ("assignments", "briefs")
_PAGE_CLASSES: dict[str, Callable[[EditSession], QWidget]] = {
    "identity": IdentityPage, "character": CharacterPage, "positioning": PositioningPage,
    "vocabulary": VocabularyPage, "visual": VisualPage, "employer": EmployerPage,
    "personas": PersonasPage, "history": HistoryPage,
}


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "brandregie.svg")))


class SettingsDialog(QDialog):
    """Preferences: the interface language."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        for value, text in (("system", self.tr("Follow the system")), ("nl", "Nederlands"),
                            ("en", "English")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> str:
        return str(self.language.currentData())


# a queued connection that disconnects itself after its first call
_QUEUED_ONCE = Qt.ConnectionType(Qt.ConnectionType.QueuedConnection.value
                                 | Qt.ConnectionType.SingleShotConnection.value)


class MainWindow(QMainWindow):
    """The brand's home: navigation, pages, brand switcher, status of the autosave."""

    language_changed = Signal(str)  # "system", "nl" or "en": the shell rebuilds the window
    # the window has painted for the first time (see after_first_paint)
    first_painted = Signal()

    def __init__(self, store: Store, *, settings: QSettings | None = None,
                 threaded_saves: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.service = ProfileService(store)
        self.settings = settings if settings is not None else app_settings()
        self.threaded_saves = threaded_saves
        self.session: EditSession | None = None
        self.pages: dict[str, QWidget] = {}
        self.work_pages: dict[str, QWidget] = {}
        self.undo_group = QUndoGroup(self)
        self.painted = False
        self.setWindowTitle("BrandRegie")
        self.setWindowIcon(app_icon())
        self.titles = {
            "identity": self.tr("Identity"), "character": self.tr("Character and tone"),
            "positioning": self.tr("Positioning"), "vocabulary": self.tr("Vocabulary"),
            "visual": self.tr("Visual identity"), "employer": self.tr("Employer brand"),
            "personas": self.tr("Personas"), "history": self.tr("History"),
            "assignments": self.tr("Assignments and reviews"), "briefs": self.tr("Briefs"),
        }
        self._build_navigation()
        self._build_actions()
        self._build_status()
        self.set_work_page("assignments", AssignmentsPlace(self))
        self.set_work_page("briefs", BriefsPlace(self))
        self._restore_geometry()
        self.reload_brands()
        self._open_initial()

    # -- building ------------------------------------------------------------------------------

    def _build_navigation(self) -> None:
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(260)
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 4px 10px; }")
        self.nav_rows: dict[str, int] = {}
        for header, keys in ((self.tr("Brand"), BRAND_PAGES), (self.tr("Work"), WORK_PAGES)):
            head = QListWidgetItem(header.upper())
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(self.nav.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            head.setFont(font)
            self.nav.addItem(head)
            for key in keys:
                item = QListWidgetItem(self.titles[key])
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.nav.addItem(item)
                self.nav_rows[key] = self.nav.count() - 1
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.stack = QStackedWidget()
        self.start_page = StartPage(self.service)
        self.start_page.form.created.connect(lambda snap: self.open_brand(snap.brand_id))
        self.start_page.open_sample.connect(self.open_sample)
        self.stack.addWidget(self.start_page)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.toolbar = QToolBar(self.tr("Brand"))
        self.toolbar.setObjectName("brandToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        label = QLabel(self.tr("Brand:") + " ")
        self.switcher = QComboBox()
        self.switcher.setAccessibleName(self.tr("Open brand"))
        self.switcher.setMinimumContentsLength(24)
        self.switcher.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
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
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New brand…"), self.new_brand,
                                       QKeySequence.StandardKey.New, file_menu)
        self.sample_action = self._action(self.tr("Open the &sample brand"), self.open_sample,
                                          None, file_menu)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Import pack…"), self.import_pack,
                                          QKeySequence.StandardKey.Open, file_menu)
        self.export_action = self._action(self.tr("&Export pack…"), self.export_pack,
                                          "Ctrl+E", file_menu)
        file_menu.addSeparator()
        self.settings_action = self._action(self.tr("Se&ttings…"), self.open_settings,
                                            QKeySequence.StandardKey.Preferences, file_menu)
        connections.install(self, file_menu)  # e-mail server, team database, move a brand
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", file_menu)
        edit_menu = bar.addMenu(self.tr("&Edit"))
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
        self.resolve_action = self._action(self.tr("&Resolve the save conflict…"),
                                           self.resolve_conflict, None, edit_menu)
        self.resolve_action.setEnabled(False)
        go_menu = bar.addMenu(self.tr("&Go"))
        self.page_actions: dict[str, QAction] = {}
        for n, key in enumerate((*BRAND_PAGES, *WORK_PAGES), start=1):
            shortcut = f"Ctrl+{n % 10}"
            self.page_actions[key] = self._action(self.titles[key],
                                                  partial(self.show_page, key),
                                                  shortcut, go_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&About BrandRegie"), self.about, None, help_menu)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _build_status(self) -> None:
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.revision_label = QLabel()
        self.revision_label.setAccessibleName(self.tr("Revision"))
        self.resolve_button = QToolButton()
        self.resolve_button.setDefaultAction(self.resolve_action)
        self.resolve_button.setAccessibleName(self.tr("Resolve the save conflict"))
        self.resolve_button.setVisible(False)
        self.conflict_dialog: ConflictDialog | None = None
        self.statusBar().addPermanentWidget(self.resolve_button)
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.revision_label)
        self.statusBar().setSizeGripEnabled(True)

    def set_work_page(self, key: str, widget: QWidget) -> None:
        """Put ``widget`` in the work place ``key`` (replacing what was there)."""
        if key not in WORK_PAGES:
            raise ValueError(f"unknown work place {key!r}; expected one of {WORK_PAGES}")
        old = self.work_pages.get(key)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.work_pages[key] = widget
        self.stack.addWidget(widget)
        self._tell_session(widget)

    def _tell_session(self, widget: QWidget) -> None:
        set_session = getattr(widget, "set_session", None)
        if callable(set_session):
            set_session(self.session)

    # -- brands --------------------------------------------------------------------------------

    def reload_brands(self) -> None:
        brands = self.service.list_brands()
        self.switcher.blockSignals(True)
        self.switcher.clear()
        for brand in brands:
            self.switcher.addItem(brand.name, brand.id)
        if self.session is not None:
            self.switcher.setCurrentIndex(self.switcher.findData(self.session.brand_id))
        self.switcher.setEnabled(bool(brands))
        self.switcher.blockSignals(False)

    def _open_initial(self) -> None:
        brands = self.service.list_brands()
        if not brands:
            self._show_start()
            return
        last = self.settings.value(LAST_BRAND)
        ids = [b.id for b in brands]
        try:
            wanted = int(str(last)) if last is not None else ids[0]
        except ValueError:
            wanted = ids[0]
        page = str(self.settings.value(LAST_PAGE, "identity"))
        self.open_brand(wanted if wanted in ids else ids[0])
        self.show_page(page if page in self.titles else "identity")

    def _show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_page)
        self.switcher.setCurrentIndex(-1)
        self.nav.setCurrentRow(-1)
        self.nav.setEnabled(False)
        for key in BRAND_PAGES:
            self.page_actions[key].setEnabled(False)
        self.export_action.setEnabled(False)
        self.save_label.setText("")
        self.revision_label.setText("")
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
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.undo_group.removeStack(session.undo_stack)
        session.close()
        session.deleteLater()
        self.session = None
        return True

    def open_brand(self, brand_id: int) -> bool:
        """Open the brand ``brand_id`` for editing (saving the one that was open)."""
        current_key = self.current_page()
        if not self.close_session():
            self.reload_brands()
            return False
        snapshot = self.service.snapshot(brand_id)
        session = EditSession(self.service, snapshot, threaded=self.threaded_saves, parent=self)
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(lambda _state: self._brand_changed())
        session.navigate.connect(self.show_page)
        session.save_state_changed.connect(self._show_save_state)
        session.saved.connect(self._saved)
        session.problem.connect(self._save_problem)
        session.conflict_found.connect(self._conflict_found)
        session.merged.connect(self._merged)
        session.refused_edit.connect(
            lambda reason: self.statusBar().showMessage(self.tr("Field left unchanged: %1")
                                                        .replace("%1", reason), 6000))
        self.nav.setEnabled(True)
        for key in BRAND_PAGES:
            self.page_actions[key].setEnabled(True)
        self.export_action.setEnabled(True)
        for widget in self.work_pages.values():
            self._tell_session(widget)
        self.reload_brands()
        self._brand_changed()
        self._show_save_state()
        self._show_revision(snapshot)
        self.settings.setValue(LAST_BRAND, brand_id)
        self.show_page(current_key if current_key in self.titles else "identity")
        return True

    def _brand_changed(self) -> None:
        if self.session is None:
            return
        name = self.session.brand.name
        self.setWindowTitle(f"{name} — BrandRegie")
        index = self.switcher.findData(self.session.brand_id)
        if index >= 0 and self.switcher.itemText(index) != name:
            self.switcher.setItemText(index, name)

    def _saved(self, snapshot: ProfileSnapshot) -> None:
        self._show_revision(snapshot)

    def _show_revision(self, snapshot: ProfileSnapshot) -> None:
        self.revision_label.setText(self.tr("Revision %1").replace("%1", str(snapshot.revision)))

    def _show_save_state(self) -> None:
        session = self.session
        if session is None:
            return
        texts = {SaveState.SAVED: self.tr("All changes saved"),
                 SaveState.PENDING: self.tr("Unsaved changes…"),
                 SaveState.SAVING: self.tr("Saving…"),
                 SaveState.FAILED: self.tr("Not saved")}
        conflict = session.conflict is not None
        self.save_label.setText(self.tr("Not saved: conflict") if conflict
                                else texts[session.save_state])
        self.resolve_action.setEnabled(conflict)
        self.resolve_button.setVisible(conflict)
        self.save_label.setToolTip(session.error)
        self.save_label.setStyleSheet("color: #B71C1C;" if session.save_state
                                      is SaveState.FAILED else "")

    def _save_problem(self, message: str) -> None:
        dialogs.show_error(self, self.tr("Not saved"), message)

    def _conflict_found(self, conflict: SaveConflict) -> None:
        """A colleague changed the same fields: ask, window-modal, what to keep."""
        session = self.session
        if session is None:
            return
        if self.conflict_dialog is not None:
            self.conflict_dialog.deleteLater()
        # bound methods only: a lambda holding the dialog would make a reference cycle that
        # the garbage collector may break on the save worker's thread, which crashes Qt
        self.conflict_dialog = ConflictDialog(conflict, session.error, self)
        self.conflict_dialog.finished.connect(self._conflict_answered)
        self.conflict_dialog.open()

    def _conflict_answered(self, result: int) -> None:
        dialog, self.conflict_dialog = self.conflict_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        session = self.session
        if session is None or session.conflict is not dialog.conflict:
            return  # the brand was closed or the conflict looked at again meanwhile
        if result == QDialog.DialogCode.Accepted.value:
            session.resolve(dialog.conflict, dialog.choices())
        else:
            self.statusBar().showMessage(
                self.tr("Not saved: conflict. Your changes stay here; choose Edit > "
                        "Resolve the save conflict when you are ready."), 10000)

    def _merged(self, who: str, automatic: bool) -> None:
        who = who or self.tr("a colleague")
        self.statusBar().showMessage(
            (self.tr("Merged with changes by %1") if automatic
             else self.tr("Saved your choice, merged with changes by %1")).replace("%1", who),
            8000)

    def resolve_conflict(self) -> None:
        """Look again at what the colleague saved: merge, or choose anew."""
        if self.session is not None and self.session.conflict is not None:
            self.session.retry()

    # -- pages ---------------------------------------------------------------------------------

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        for key, page in (*self.pages.items(), *self.work_pages.items()):
            if page is widget:
                return key
        return ""

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use (so starting stays fast)."""
        if key in self.work_pages:
            return self.work_pages[key]
        if self.session is None:
            raise LookupError("no brand is open")
        if key not in self.pages:
            page = _PAGE_CLASSES[key](self.session)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> None:
        if key not in self.titles or (self.session is None and key in BRAND_PAGES):
            return
        page = self.page(key)
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        row = self.nav_rows[key]
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.settings.setValue(LAST_PAGE, key)

    def _nav_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None
                     ) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.show_page(str(key))

    # -- file menu -----------------------------------------------------------------------------

    def new_brand(self) -> None:
        dialog = NewBrandDialog(self.service, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.snapshot is not None:
            assert dialog.snapshot.brand_id is not None
            self.open_brand(dialog.snapshot.brand_id)
            self.show_page("identity")

    def open_sample(self) -> None:
        """Store the sample brand (once) and open it."""
        snapshot = read_pack(sample_pack())
        existing = {b.name.lower(): b.id for b in self.service.list_brands()}
        brand_id = existing.get(snapshot.brand.name.lower())
        if brand_id is None:
            stored = self.service.import_snapshot(snapshot)
            brand_id = stored.brand_id
        assert brand_id is not None
        self.open_brand(brand_id)
        self.show_page("identity")

    def import_pack(self) -> None:
        path = dialogs.open_file(self, self.tr("Import a brand pack"),
                                 self.tr("Brand packs (*.brandpack *.json)"))
        if path is not None:
            self.import_pack_file(path)

    def import_pack_file(self, path: Path) -> bool:
        try:
            snapshot = read_pack(path)
        except BrandRegieError as exc:
            dialogs.show_error(self, self.tr("Cannot import"), exc.message)
            return False
        existing = {b.name.lower(): b.id for b in self.service.list_brands()}
        if snapshot.brand.name.lower() in existing and not dialogs.confirm(
                self, self.tr("Import pack"),
                self.tr("%1 is already here. Import the pack as its newest version? The "
                        "current version stays in the history.")
                .replace("%1", snapshot.brand.name)):
            return False
        if not self.close_session():
            return False
        try:
            stored = self.service.import_snapshot(snapshot)
        except BrandRegieError as exc:
            dialogs.show_error(self, self.tr("Cannot import"), exc.message)
            self._open_initial()
            return False
        assert stored.brand_id is not None
        self.open_brand(stored.brand_id)
        self.statusBar().showMessage(self.tr("Imported %1").replace("%1", path.name), 5000)
        return True

    def export_pack(self) -> None:
        if self.session is None:
            return
        suggested = f"{self.session.brand.name}.brandpack"
        path = dialogs.save_file(self, self.tr("Export the brand pack"), suggested,
                                 self.tr("Brand pack with files (*.brandpack);;"
                                         "Brand profile only (*.json)"))
        if path is not None:
            self.export_pack_file(path)

    def export_pack_file(self, path: Path) -> bool:
        if self.session is None:
            return False
        if path.suffix.lower() not in (".brandpack", ".json"):
            path = path.with_name(path.name + ".brandpack")
        self.session.flush()
        snapshot = self.service.snapshot(self.session.brand_id)
        try:
            write_pack(snapshot, path)
        except OSError as exc:
            dialogs.show_error(self, self.tr("Cannot export"),
                               self.tr("%1 cannot be written: %2").replace("%1", str(path))
                               .replace("%2", exc.strerror or str(exc)))
            return False
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 6000)
        return True

    def save_now(self) -> None:
        if self.session is not None:
            if self.session.save_state is SaveState.FAILED:
                self.session.retry()
            else:
                self.session.flush()

    def open_settings(self) -> None:
        current = str(self.settings.value(LANGUAGE, "system"))
        dialog = SettingsDialog(current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.choice() != current:
            self.settings.setValue(LANGUAGE, dialog.choice())
            self.settings.sync()
            QTimer.singleShot(0, lambda: self.language_changed.emit(dialog.choice()))

    def about(self) -> None:
        from brandregie import __version__

        QMessageBox.about(self, self.tr("About BrandRegie"),
                          self.tr("BrandRegie %1\n\nKeep your own brand: the profile, reviews "
                                  "of what the agency delivers, and briefs.")
                          .replace("%1", __version__))

    # -- window --------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(GEOMETRY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self.settings.value(STATE)
            if isinstance(state, QByteArray):
                self.restoreState(state)
        else:
            self.resize(1180, 780)

    def save_window_settings(self) -> None:
        self.settings.setValue(GEOMETRY, self.saveGeometry())
        self.settings.setValue(STATE, self.saveState())
        key = self.current_page()
        if key:
            self.settings.setValue(LAST_PAGE, key)
        self.settings.sync()

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
        self.save_window_settings()
        if not self.close_session():
            event.ignore()
            return
        event.accept()
