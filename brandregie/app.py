"""The desktop app's entry point: Qt starts here, and only here outside ``brandregie/ui/``.

The window paints first and opens the database after (:mod:`brandregie.ui.opening`): nothing
before the first paint imports the ORM, opens the database or loads a page's code.

``--quit-after-paint`` prints when the main window painted its frame for the first time and
when it painted again with the brand in it, then quits: the start-up benchmark
(``bench/bench_startup.py``) times both against a bare PySide6 window.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from brandregie.store.database import Store
    from brandregie.ui.opening import StoreOpener
    from brandregie.ui.shell import Shell


#: How long the process waits at close for the jobs asked to stop (each stops within a
#: fraction of a second; one that does not is logged and left to the process's end).
CLOSE_WAIT_S = 2.0


class _QuitAfterPaint(QObject):
    """Prints when the watched window first painted, and when it painted with the brand in it
    (``painted at`` / ``ready at`` <seconds since the epoch> on stdout), then quits the app.

    The benchmark measures from launch to each, without what happens after (closing, the
    interpreter's teardown).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.ready = False
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)  # after the whole window has painted
        return False

    def painted(self) -> None:
        print(f"{'ready' if self.ready else 'painted'} at {time.time():.6f}", flush=True)
        if self.ready:
            QApplication.quit()

    def brand_shown(self, _store: object = None) -> None:
        """The window is filled in: wait for the paint that shows it."""
        self.ready = True
        self.window.installEventFilter(self)
        self.window.update()

    def quit(self, _message: str = "") -> None:
        QApplication.quit()


class _OpenAfterPaint(QObject):
    """Starts the :class:`~brandregie.ui.opening.StoreOpener` (a slot for after the paint)."""

    def __init__(self, shell: Shell, ready: Callable[[Store], None],
                 watcher: _QuitAfterPaint | None) -> None:
        super().__init__()
        self.shell, self.ready, self.watcher = shell, ready, watcher
        self.opener: StoreOpener | None = None

    def open(self) -> None:
        from brandregie.ui.opening import StoreOpener

        self.opener = StoreOpener(self.shell)
        self.opener.ready.connect(self.ready)
        if self.watcher is not None:
            self.opener.ready.connect(self.watcher.brand_shown)
            self.opener.problem.connect(self.watcher.quit)
        self.opener.start()


def run_app(argv: Sequence[str] = ()) -> int:
    """Show the main window, then open the user's database into it."""
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
    from brandregie.ui.errors import install_excepthook
    from brandregie.ui.icons import app_icon
    from brandregie.ui.shell import Shell
    from brandregie.ui.single_instance import hand_over, pack_arguments, server_name

    packs = pack_arguments(args)  # packs double-clicked in the file manager (brandregie.desktop)
    instance = server_name(default_database())
    if packs and hand_over(instance, packs):
        return 0  # BrandRegie already runs: its window opens them

    app.setWindowIcon(app_icon())
    setup_logging()  # rotated brandregie.log in the user's log folder, hard crashes in faults.log
    install_excepthook()
    gui_thread.install(app)  # cycles freed here only; workers yield quickly
    shell = Shell(None)  # the window's frame: no database, no page's code yet
    kept: list[object] = []  # what lives as long as the app once the store is open

    def store_ready(store: Store) -> None:
        from brandregie.ui.backups import AppBackups
        from brandregie.ui.single_instance import PackOpener

        kept.append(AppBackups(shell))  # on start, every few minutes after changes, at close
        pack_opener = PackOpener(shell, instance)  # also takes packs opened while it runs
        kept.append(pack_opener)
        if packs:
            QTimer.singleShot(0, lambda: pack_opener.open(packs))

    # The database is opened on a worker once the frame is on screen (started earlier, its
    # imports would hold Python's lock while the GUI thread paints); even the opener's code
    # is loaded only then.
    start = _OpenAfterPaint(shell, store_ready,
                            _QuitAfterPaint(shell.window) if quit_after_paint else None)
    shell.window.after_first_paint(start.open)
    shell.window.show()
    code = app.exec()
    from brandregie.ui import jobs

    stopping = jobs.stop_all()  # the scorecard, a check, a drop: the window is gone
    opener = start.opener
    if opener is not None:
        opener.runner.wait()  # a start still opening the database is let finish
    if not shell.window.ready:
        return 2 if opener is not None and opener.message else code
    for part in kept:
        at_close = getattr(part, "at_close", None)
        if callable(at_close):
            at_close()
    jobs.wait_stopped(stopping, CLOSE_WAIT_S)  # the store closes under none of them
    shell.store.close()
    return code
