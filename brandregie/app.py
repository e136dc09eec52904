"""The desktop app's entry point: Qt starts here, and only here outside ``brandregie/ui/``.

``--quit-after-paint`` quits as soon as the main window has painted once: the start-up
benchmark (``bench/bench_startup.py``) times that against a bare PySide6 window.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from brandregie.errors import BrandRegieError
from brandregie.store.database import open_store


class _QuitAfterPaint(QObject):
    """Quits the app right after the watched window's first paint, printing when that was.

    ``painted at <seconds since the epoch>`` on stdout lets the benchmark measure from launch
    to the first paint, without what happens after it (closing, the interpreter's teardown).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)  # after the whole window has painted
        return False

    def painted(self) -> None:
        print(f"painted at {time.time():.6f}", flush=True)
        QApplication.quit()


def run_app(argv: Sequence[str] = ()) -> int:
    """Open the user's database and show the main window."""
    args = list(argv)
    quit_after_paint = "--quit-after-paint" in args
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication([sys.argv[0], *[a for a in args if a != "--quit-after-paint"]])
    app.setApplicationName("BrandRegie")
    app.setOrganizationName("BrandRegie")
    app.setApplicationDisplayName("BrandRegie")
    app.setDesktopFileName("brandregie")

    from brandregie.logs import setup_logging
    from brandregie.paths import default_database
    from brandregie.ui import gui_thread
    from brandregie.ui.backups import AppBackups, offer_restore_at_start
    from brandregie.ui.connections import open_database
    from brandregie.ui.errors import install_excepthook
    from brandregie.ui.main_window import app_icon
    from brandregie.ui.shell import Shell
    from brandregie.ui.single_instance import PackOpener, hand_over, pack_arguments, server_name

    packs = pack_arguments(args)  # packs double-clicked in the file manager (brandregie.desktop)
    instance = server_name(default_database())
    if packs and hand_over(instance, packs):
        return 0  # BrandRegie already runs: its window opens them

    app.setWindowIcon(app_icon())
    setup_logging()  # rotated brandregie.log in the user's log folder, hard crashes in faults.log
    install_excepthook()
    collector = gui_thread.install(app)  # cycles freed here only; workers yield quickly
    try:
        store = open_database()  # the team database in team mode (asks for its password)
        if store is None:
            return 0  # the team database could not be opened and the person chose to quit
    except BrandRegieError as exc:
        try:  # a damaged database: offer the newest backup, then try once more
            if not offer_restore_at_start(exc.message):
                raise
            store = open_store()
        except BrandRegieError as again:
            QMessageBox.critical(None, "BrandRegie", again.message)
            return 2
    shell = Shell(store)
    shell.window.after_first_paint(collector.freeze)  # what start-up loaded stays for good
    backups = AppBackups(shell)  # on start, every few minutes after changes, at close
    opener = PackOpener(shell, instance)  # also takes packs opened while the app runs
    if packs:
        QTimer.singleShot(0, lambda: opener.open(packs))
    watcher = _QuitAfterPaint()
    if quit_after_paint:
        shell.window.installEventFilter(watcher)
    shell.window.show()
    code = app.exec()
    backups.at_close()
    store.close()
    return code
