"""The running app around the main window: language switches rebuild the window in place.

Rebuilding (rather than retranslating every label by hand) keeps the pages simple: a switch saves
the open brand, installs the new translators and opens a fresh window on the same brand, page,
place and size; what was typed in the work pages (a half-made brief) is carried over.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from brandregie.ui import theme
from brandregie.ui.form_state import Key, capture, restore
from brandregie.ui.main_window import MainWindow
from brandregie.ui.navigation import WORK_PAGES
from brandregie.ui.settings import LAST_PAGE, OWNER_NAME, app_settings
from brandregie.ui.translation import chosen_language, install_language

if TYPE_CHECKING:
    from brandregie.profile.service import BrandSummary
    from brandregie.profile.snapshot import ProfileSnapshot
    from brandregie.store.database import Store


class Shell:
    """Owns the one main window of a running app.

    ``Shell(None)`` shows the window's frame only (the app paints before its database is
    open); :meth:`attach` then puts the store in.
    """

    store: Store

    def __init__(self, store: Store | None, *, settings: QSettings | None = None,
                 threaded_saves: bool = True) -> None:
        self.settings = settings if settings is not None else app_settings()
        self.threaded_saves = threaded_saves
        self.language = install_language(chosen_language(self.settings))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app)
        self.settings.setValue(LAST_PAGE, "home")  # the brand at a glance is the first page
        self.window = self._build(None)
        if store is not None:
            self.attach(store)

    def attach(self, store: Store, *, brands: Sequence[BrandSummary] | None = None,
               snapshot: ProfileSnapshot | None = None) -> None:
        """The store is open: the window fills in (see :meth:`MainWindow.attach`)."""
        from brandregie.profile.service import set_owner_name

        self.store = store
        set_owner_name(str(self.settings.value(OWNER_NAME, "") or ""))  # the author of changes
        self.window.attach(store, brands=brands, snapshot=snapshot)

    def _build(self, store: Store | None) -> MainWindow:
        window = MainWindow(store, settings=self.settings, threaded_saves=self.threaded_saves)
        window.language_changed.connect(self.switch_language)
        return window

    def switch_language(self, _choice: str = "") -> MainWindow:
        """Apply the language in the settings: a new window in the same place."""
        old = self.window
        old.save_window_settings()
        forms = _work_forms(old)
        if not old.close_session():
            return old
        self.language = install_language(chosen_language(self.settings))
        self.window = self._build(self.store)
        _fill_work_forms(self.window, forms)
        if old.isVisible():
            self.window.setGeometry(old.geometry())  # exactly where it was, not a jump
            if old.isMaximized():
                self.window.showMaximized()
            else:
                self.window.show()
        old.hide()
        old.deleteLater()
        return self.window


def _built_page(window: MainWindow, key: str, *, build: bool) -> QWidget | None:
    """The page inside the work place ``key`` (built first when ``build``), or None."""
    place = window.page(key)
    if build and getattr(place, "page", True) is None:
        place.build()  # type: ignore[attr-defined]
    page = getattr(place, "page", None)
    return page if isinstance(page, QWidget) else None


def _work_forms(window: MainWindow) -> dict[str, tuple[dict[Key, object], bool]]:
    """What is typed in each opened work page, and whether its preview was up to date."""
    forms: dict[str, tuple[dict[Key, object], bool]] = {}
    for key in WORK_PAGES:
        page = _built_page(window, key, build=False)
        if page is not None:
            is_current = getattr(page, "is_current", None)
            forms[key] = (capture(page), bool(is_current()) if callable(is_current) else False)
    return forms


def _fill_work_forms(window: MainWindow,
                     forms: dict[str, tuple[dict[Key, object], bool]]) -> None:
    """Give the rebuilt work pages what was typed in the old ones (and the preview again)."""
    for key, (state, had_preview) in forms.items():
        page = _built_page(window, key, build=True)
        if page is None:
            continue
        restore(page, state)
        preview_now = getattr(page, "preview_now", None)
        if had_preview and callable(preview_now):
            preview_now()
