"""The running app around the main window: language switches rebuild the window in place.

Rebuilding (rather than retranslating every label by hand) keeps the pages simple: a switch saves
the open brand, installs the new translators and opens a fresh window on the same brand, page,
place and size.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from brandregie.store.database import Store
from brandregie.ui import theme
from brandregie.ui.main_window import MainWindow
from brandregie.ui.settings import LAST_PAGE, app_settings
from brandregie.ui.translation import chosen_language, install_language


class Shell:
    """Owns the one main window of a running app."""

    def __init__(self, store: Store, *, settings: QSettings | None = None,
                 threaded_saves: bool = True) -> None:
        self.store = store
        self.settings = settings if settings is not None else app_settings()
        self.threaded_saves = threaded_saves
        self.language = install_language(chosen_language(self.settings))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app)
        self.settings.setValue(LAST_PAGE, "home")  # the brand at a glance is the first page
        self.window = self._build()

    def _build(self) -> MainWindow:
        window = MainWindow(self.store, settings=self.settings,
                            threaded_saves=self.threaded_saves)
        window.language_changed.connect(self.switch_language)
        return window

    def switch_language(self, _choice: str = "") -> MainWindow:
        """Apply the language in the settings: a new window in the same place."""
        old = self.window
        old.save_window_settings()
        if not old.close_session():
            return old
        self.language = install_language(chosen_language(self.settings))
        self.window = self._build()
        if old.isVisible():
            self.window.show()
        old.hide()
        old.deleteLater()
        return self.window
