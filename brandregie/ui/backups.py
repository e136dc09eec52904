"""Backups in the desktop app: back up now, or put a backup back, from File → Backups….

The list shows every backup of the open database (automatic ones, those made by hand, and the
safety copies a restore leaves), what is kept for how long, and the space the backups take now.
Backing up runs on a worker, so the window never waits for it. Restoring saves and closes the
open brand, then writes the backup into the database on a worker (the current data is kept as
a backup first) while a busy note shows; the job's end closes the dialog. Only once the
dialog's own event loop has returned does the app rebuild its window on the restored data:
rebuilding widgets under a running dialog slot is what crashed once. Plain backup work lives
in :mod:`brandregie.store.backup`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from brandregie.errors import BrandRegieError
from brandregie.store import backup as b
from brandregie.store.backup_files import SpaceUsed
from brandregie.store.database import Store
from brandregie.ui import dialogs
from brandregie.ui.jobs import Failure, Progress, Runner, Task
from brandregie.ui.main_window import MainWindow
from brandregie.ui.shell import Shell

log = logging.getLogger("brandregie.backup")
#: Called before a restore: saves and closes the open brand; False if it could not (nothing is
#: restored then).
BeforeRestore = Callable[[], bool]


def _t(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def kind_label(kind: str) -> str:
    return {b.AUTO: _t("automatic"), b.MANUAL: _t("by hand"),
            b.BEFORE_RESTORE: _t("before a restore")}.get(kind, kind)


def when_label(backup: b.Backup) -> str:
    return backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def size_label(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def retention_text() -> str:
    """What is kept for how long, as the dialog states it."""
    return (_t("BrandRegie backs up your data when it starts and closes, and every ten minutes "
               "while you work. It keeps the newest %1 automatic backups and the newest of "
               "each of the last %2 days; backups you make and the copy kept before a restore "
               "stay until you delete them. An agency's file or a long text is kept once for "
               "all backups. Restoring a backup keeps what you have now as a backup first, so "
               "nothing is lost.")
            .replace("%1", str(b.KEEP_RECENT)).replace("%2", str(b.KEEP_DAILY)))


def space_text(used: SpaceUsed, backups: int) -> str:
    return (_t("The backups use %1 now: %2 for the backups themselves (%3), plus %4 for the "
               "files and texts they share (%5).")
            .replace("%1", size_label(used.total)).replace("%2", size_label(used.databases))
            .replace("%3", str(backups)).replace("%4", size_label(used.files))
            .replace("%5", str(used.file_count)))


class BackupsDialog(QDialog):
    """The backups of the open database, newest first, with Back up now and Restore."""

    #: A backup made with Back up now is in the list.
    backed_up = Signal()

    def __init__(self, store: Store, before_restore: BeforeRestore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.before_restore = before_restore
        #: None: no restore was tried; True: the last one put its backup back; False: it failed.
        #: Once tried, the open brand is closed, and the app reopens its window after the dialog.
        self.restored: bool | None = None
        self._note: QProgressDialog | None = None
        self._restoring: Path | None = None
        self.setWindowTitle(_t("Backups"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(retention_text())
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setAccessibleName(_t("Backups"))
        self.list.setHeaderLabels([_t("Made"), _t("Kind"), _t("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 200)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item, _col: self.restore_selected())
        layout.addWidget(self.list)
        self.space_label = QLabel()
        self.space_label.setWordWrap(True)
        layout.addWidget(self.space_label)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)
        self._worker = Runner(self, own_thread=True)
        self._worker.finished.connect(self._backed_up)
        self._worker.failed.connect(self._backup_failed)
        self._restorer = Runner(self, own_thread=True, finish_at_close=True)
        self._restorer.finished.connect(lambda _task, _result: self._restore_ended(None))
        self._restorer.failed.connect(lambda _task, failure: self._restore_ended(failure))
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(_t("Back up now"))
        self.restore_button = QPushButton(_t("Restore…"))
        self.folder_button = QPushButton(_t("Open folder"))
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def backups(self) -> list[b.Backup]:
        return b.list_backups(self.store)

    def refresh(self) -> None:
        self.list.clear()
        backups = self.backups()
        for backup in backups:
            item = QTreeWidgetItem([when_label(backup), kind_label(backup.kind),
                                    size_label(backup.size)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(0, str(backup.path))
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.space_label.setText(space_text(b.space_used(self.store), len(backups)))
        self.folder_label.setText(_t("Kept in %1").replace("%1",
                                                          str(b.backups_folder(self.store))))
        self._selection_changed()

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(str(item.data(0, Qt.ItemDataRole.UserRole))) if item is not None else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def back_up_now(self) -> None:
        """A backup made by hand, on a worker; the button waits, the window does not."""
        if self._worker.busy:
            return
        store = self.store
        self.backup_button.setEnabled(False)
        self.backup_button.setText(_t("Backing up…"))
        self._worker.start(lambda _progress: b.create_backup(store, kind=b.MANUAL))

    def _backup_done(self) -> None:
        self.backup_button.setEnabled(True)
        self.backup_button.setText(_t("Back up now"))

    def _backed_up(self, _task: Task, _made: object) -> None:
        self._backup_done()
        self.refresh()
        self.backed_up.emit()

    def _backup_failed(self, _task: Task, failure: Failure) -> None:
        self._backup_done()
        dialogs.show_error(self, _t("No backup made"), failure.message)

    def done(self, result: int) -> None:
        if self._restorer.busy:
            return  # the restore under way closes the dialog itself when it ends
        self._worker.wait()  # a backup under way finishes before the dialog goes
        super().done(result)

    def restore_selected(self) -> None:
        """Ask, close the open brand, and write the chosen backup into the database on a
        worker. The store stays open: SQLite's backup API replaces the content in one
        transaction and every later session reads the restored data. Rebuilding the backup
        and checking every part of it can take seconds, so a busy note shows meanwhile."""
        path = self.selected()
        item = self.list.currentItem()
        if path is None or item is None or self._restorer.busy:
            return
        if not dialogs.confirm(self, _t("Restore backup"),
                               _t("Put back the data as it was on %1? What you have now is "
                                  "kept as a backup first.").replace("%1", item.text(0))):
            return
        if not self.before_restore():
            return
        self.store.generation += 1  # a job begun before stores nothing from now on
        self.restored = False
        self.list.setEnabled(False)  # nothing else starts until the restore has ended
        self.buttons.setEnabled(False)
        note = QProgressDialog(_t("Restoring the backup…"), "", 0, 0, self)
        note.setCancelButton(None)
        note.setWindowModality(Qt.WindowModality.ApplicationModal)
        note.setMinimumDuration(500)
        self._note, self._restoring = note, path
        target = b.database_file(self.store)
        self._worker.wait()  # a backup by hand under way is written first
        self._restorer.start(lambda _progress: b.restore_backup(path, target))

    def _restore_ended(self, failure: Failure | None) -> None:
        """The restore job ended (a queued signal, no nested loop): close on success; on
        failure say why in one sentence and keep the dialog open for another choice."""
        if self._note is not None:
            self._note.close()
            self._note.deleteLater()
            self._note = None
        if failure is None:
            self.restored = True
            log.info("restored backup %s", self._restoring)
            self.accept()
            return
        self.list.setEnabled(True)
        self.buttons.setEnabled(True)
        self.refresh()
        dialogs.show_error(self, _t("Not restored"), failure.message)

    def open_folder(self) -> None:
        folder = b.backups_folder(self.store)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def offer_restore_at_start(reason: str) -> bool:
    """The database cannot be opened: offer the newest backup. True if it was put back."""
    try:
        backups = b.list_backups(None)
    except BrandRegieError:
        return False
    if not backups:
        return False
    newest = backups[0]
    if not dialogs.confirm(None, "BrandRegie",
                           _t("Your data cannot be opened: %1\n\nPut back the newest backup, "
                              "from %2? The file that cannot be opened is kept.")
                           .replace("%1", reason).replace("%2", when_label(newest))):
        return False
    try:
        b.restore_backup(newest.path, None)
    except BrandRegieError as exc:
        dialogs.show_error(None, _t("Not restored"), exc.message)
        return False
    return True


def _back_up(store: Store, min_interval: timedelta, progress: Progress) -> b.Backup | None:
    """A backup if one is due; a failure is logged, never in the way: the next try is soon.
    Cancelled (the app closes), it stops at once and leaves no backup."""
    try:
        made = b.maybe_backup(store, min_interval=min_interval, cancel=progress.cancel)
    except BrandRegieError as exc:
        log.warning("automatic backup failed: %s", exc.message)
        return None
    if made is not None:
        log.info("automatic backup %s", made.path)
    return made


def _store_new_drafts(store: Store, progress: Progress) -> int:
    """At close, on a store whose backup takes longer than closing may wait: only the agency
    files new since the last backup, kept for the next one (a failure is logged)."""
    try:
        if not b.backup_due(store, min_interval=timedelta(0)):
            return 0
        return b.store_new_drafts(store, cancel=progress.cancel)
    except BrandRegieError as exc:
        log.warning("storing the new drafts for the next backup failed: %s", exc.message)
        return 0


class AppBackups(QObject):
    """The running app's backups: one shortly after start, one a while after each change
    (at most every :data:`~brandregie.store.backup.BACKUP_INTERVAL`), one at close; and
    File → Backups… in the window (also after the window is rebuilt).

    Automatic backups run as jobs of a :class:`~brandregie.ui.jobs.Runner` (a 50 MB database
    takes about half a second, see ``bench/bench_backup.py``), one at a time, so the window
    never waits for one. Closing does not wait for a long one either: a backup under way is
    cancelled (nothing half-written counts; the parts it wrote are kept, and the next start
    takes it up). If none was under way, closing gets ``close_budget_ms``: for the last
    backup, when the backups this session took at most that long; else (a five-year store's
    backup takes seconds even when little changed) only for the agency files that are new
    since the last backup, which the next start's backup then finds stored. Either is
    cancelled the same way once the time is up; nothing is done when nothing changed.
    """

    ACTION = "backupsAction"
    #: The window is open again after a restore was tried in the Backups dialog; True if the
    #: backup is back.
    restored = Signal(bool)

    def __init__(self, shell: Shell, *, start_delay_ms: int = 3000,
                 check_every_ms: int = 60_000, close_budget_ms: int = 1000) -> None:
        super().__init__()
        self.close_budget_ms = close_budget_ms
        self.shell = shell
        self.store = shell.store
        self._worker = Runner(self, one_at_a_time=False, own_thread=True)
        self._closed = False
        #: Seconds the last automatic backup made this session took (None: none made yet).
        self.last_took: float | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.back_up(b.BACKUP_INTERVAL))
        self.timer.start(check_every_ms)
        QTimer.singleShot(start_delay_ms, self, lambda: self.back_up(timedelta(0)))
        self.attach(shell.window)

    @property
    def busy(self) -> bool:
        """Whether an automatic backup is under way (its end not yet told)."""
        return self._worker.busy

    def back_up(self, min_interval: timedelta) -> Task | None:
        """Start an automatic backup on a worker if one is due (None: one is running, or the
        app is closing)."""
        if self._closed or self._worker.busy:
            return None
        return self._worker.start(lambda progress: self._timed(min_interval, progress))

    def _timed(self, min_interval: timedelta, progress: Progress) -> b.Backup | None:
        """The backup job; how long a backup made took is kept for closing."""
        start = time.perf_counter()
        made = _back_up(self.store, min_interval, progress)
        if made is not None:
            self.last_took = time.perf_counter() - start
        return made

    def at_close(self) -> None:
        """After the window has saved and closed: a backup under way is cancelled; if none
        was, the last one is made if it takes at most ``close_budget_ms`` (on a store whose
        backups take longer, only the new agency files are stored), else cancelled too.
        Returns once the worker has stopped (a cancelled backup stops within milliseconds);
        the next start backs up what was not."""
        self.timer.stop()
        start = time.perf_counter()
        was_running = [task for task in self._worker.running if not task.done]
        self._worker.cancel()
        for task in was_running:
            task.wait()  # a cancelled backup stops at its next step
        cancelled = bool(was_running)
        parts_only = self.last_took is not None and \
            self.last_took * 1000 > self.close_budget_ms
        if not was_running:
            store = self.store
            last = self._worker.start(
                (lambda progress: _store_new_drafts(store, progress)) if parts_only else
                (lambda progress: _back_up(store, timedelta(0), progress)))
            if not last.wait(self.close_budget_ms / 1000):
                self._worker.cancel(last)
                last.wait()
                cancelled = True
            elif parts_only:
                log.info("at close, %s new agency files stored for the next backup in %.0f "
                         "ms (a backup takes %.0f s here: the next start makes it)",
                         last.outcome(), (time.perf_counter() - start) * 1000, self.last_took)
        self._closed = True
        if cancelled:
            log.info("automatic backup cancelled at close after %.0f ms; the next start "
                     "takes it up", (time.perf_counter() - start) * 1000)

    def attach(self, window: MainWindow) -> None:
        """Put File → Backups… (before Settings) into ``window``, once."""
        if window.findChild(QAction, self.ACTION) is not None or not self.store.is_sqlite:
            return
        action = QAction(_t("&Backups…"), window)
        action.setObjectName(self.ACTION)
        action.triggered.connect(lambda _checked=False: self.show_dialog())
        for menu in window.settings_action.associatedObjects():
            if isinstance(menu, QMenu):  # the File menu
                menu.insertAction(window.settings_action, action)
        window.language_changed.connect(lambda _lang: self.attach(self.shell.window))

    def show_dialog(self) -> None:
        """File → Backups…; a restore tried in it reopens the window once the dialog is gone."""
        dialog = BackupsDialog(self.store, self.close_brand, self.shell.window)
        dialog.exec()
        self.after_dialog(dialog)

    def close_brand(self) -> bool:
        """Before a restore: save and close the open brand (False: it could not be saved),
        and stop the review's checks and drops under way, waiting until their jobs have ended
        (a cancelled check is stored as cancelled first, in the data kept as a backup)."""
        if not self.shell.window.close_session():
            return False
        from brandregie.ui.review.intake import DraftIntake
        from brandregie.ui.review.worker import CheckRunner

        for intake in self.shell.window.findChildren(DraftIntake):
            intake.stop()
        for checks in self.shell.window.findChildren(CheckRunner):
            checks.stop()
        return True

    def after_dialog(self, dialog: BackupsDialog) -> None:
        """The dialog has closed: if a restore was tried, rebuild the window on the data as it
        is now, from the app's own event loop (queued): never under the dialog, whose parent
        the old window is."""
        restored = dialog.restored
        dialog.deleteLater()
        if restored is not None:
            QTimer.singleShot(0, self, lambda: self._reopen(restored))

    def _reopen(self, restored: bool) -> None:
        self.shell.switch_language()  # a fresh window in the same place, on the data as it is
        self.attach(self.shell.window)  # no language_changed on this rebuild: attach here
        if restored:
            self.shell.window.statusBar().showMessage(
                _t("Restored the backup; what you had before is kept as a backup."), 10_000)
        self.restored.emit(restored)
