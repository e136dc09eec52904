"""The desktop app's entry point: Qt starts here, and only here outside ``brandregie/ui/``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from brandregie.errors import BrandRegieError
from brandregie.store.database import open_store


def run_app(argv: Sequence[str] = ()) -> int:
    """Open the user's database and show the main window; ``--quit-after-paint`` for benchmarks."""
    from brandregie.ui.main_window import MainWindow

    args = list(argv)
    quit_after_paint = "--quit-after-paint" in args
    app = QApplication([sys.argv[0], *[a for a in args if a != "--quit-after-paint"]])
    app.setApplicationName("BrandRegie")
    app.setOrganizationName("BrandRegie")
    try:
        store = open_store()
    except BrandRegieError as exc:
        QMessageBox.critical(None, "BrandRegie", exc.message)
        return 2
    window = MainWindow(store)
    window.show()
    if quit_after_paint:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    store.close()
    return code
