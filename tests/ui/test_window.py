"""Desktop manners: the File menu, keyboard, remembered window, clear errors, saves off the
GUI thread, a refused save explained."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSlider,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from brandregie.errors import PackError
from brandregie.profile.pack import read_pack
from brandregie.profile.service import ProfileService
from brandregie.store.database import Store, open_store
from brandregie.ui import dialogs
from brandregie.ui.errors import install_excepthook
from brandregie.ui.main_window import MainWindow
from brandregie.ui.navigation import BRAND_PAGES
from brandregie.ui.profile_pages import IdentityPage
from brandregie.ui.session import SaveState
from tests.ui.conftest import (
    WindowFactory,
    replace_text,
    restart,
    session_of,
    shown_page,
    wait_saved,
)

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QSlider, QListWidget,
          QTableWidget, QAbstractButton, QTabWidget)


def test_every_control_has_an_accessible_name(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    nameless = []
    for key in BRAND_PAGES:
        page = shown_page(qtbot, window, key)
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, INPUTS) or isinstance(widget, QTabWidget):
                continue
            if widget.parent() is not None and isinstance(widget.parent(), QComboBox):
                continue  # a combo's own line edit: the combo carries the name
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(),
                                                            QAbstractSpinBox | QComboBox):
                continue
            if type(widget).__name__ == "QToolButton" or widget.objectName().startswith("qt_"):
                continue  # Qt's own helpers inside scroll areas and tab bars
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name.strip():
                nameless.append(f"{key}: {type(widget).__name__}")
    assert nameless == []


def test_tab_goes_through_a_page_top_to_bottom(qtbot: QtBot,
                                               make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    window.show_page("identity")
    page = window.page("identity")
    assert isinstance(page, IdentityPage)
    wanted = [page.name.widget, page.why.widget, page.mission.widget, page.vision.widget,
              page.story.widget, page.values.list, page.values.buttons.add,
              page.values.fields.bindings[0].widget, page.values.fields.bindings[1].widget]
    chain: list[QWidget] = []
    widget: QWidget | None = page.name.widget
    for _ in range(200):
        assert widget is not None
        if widget in wanted and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is page.name.widget:
            break
    assert chain == wanted


def test_common_actions_have_shortcuts(make_window: WindowFactory) -> None:
    window = make_window()
    shortcuts = {action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
                 for action in window.findChildren(type(window.undo_action))}
    for keys in ("Ctrl+N", "Ctrl+O", "Ctrl+E", "Ctrl+S", "Ctrl+Z", "Ctrl+Q", "Ctrl+1",
                 "Ctrl+8"):
        assert keys in shortcuts


def test_window_size_place_brand_and_page_are_remembered(qtbot: QtBot,
                                                        make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    window.resize(760, 560)  # inside the offscreen 800x600 screen
    window.show_page("vocabulary")
    window = restart(qtbot, window, make_window)
    assert (window.width(), window.height()) == (760, 560)
    assert window.current_page() == "vocabulary"
    assert session_of(window).brand.name == "Bakkerij Korenaar"


def test_export_and_import_packs_from_the_file_menu(qtbot: QtBot, make_window: WindowFactory,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.open_sample()
    identity = window.page("identity")
    assert isinstance(identity, IdentityPage)
    window.show_page("identity")
    replace_text(qtbot, identity.name.widget, "Bakkerij Korenaar Zwolle")
    monkeypatch.setattr(dialogs, "save_file", lambda *a: tmp_path / "korenaar")
    window.export_action.trigger()  # saves the edit first, then writes the pack
    exported = read_pack(tmp_path / "korenaar.brandpack")
    assert exported.brand.name == "Bakkerij Korenaar Zwolle"

    monkeypatch.setattr(dialogs, "open_file", lambda *a: window_pack(tmp_path))
    window.import_action.trigger()
    assert session_of(window).brand.name == "Bakkerij De Graankorrel"
    assert window.switcher.count() == 2

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "brandregie-pack", "version": 1, "brand": {"name": ""}}',
                      encoding="utf-8")
    monkeypatch.setattr(dialogs, "open_file", lambda *a: broken)
    window.import_action.trigger()
    assert errors == ["brand.name: must not be empty"]
    assert session_of(window).brand.name == "Bakkerij De Graankorrel"


def window_pack(folder: Path) -> Path:
    pack = folder / "graankorrel.json"
    pack.write_text('{"format": "brandregie-pack", "version": 1, '
                    '"brand": {"name": "Bakkerij De Graankorrel"}}', encoding="utf-8")
    return pack


def test_saves_run_off_the_gui_thread(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    session = session_of(window)
    threads: list[threading.Thread] = []
    real_save = session.service.save

    def recording_save(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real_save(*args, **kwargs)  # type: ignore[arg-type]

    session.service.save = recording_save  # type: ignore[method-assign, assignment]
    identity = window.page("identity")
    assert isinstance(identity, IdentityPage)
    window.show_page("identity")
    replace_text(qtbot, identity.story.widget, "Kort verhaal.")
    assert session.save_state is SaveState.PENDING
    assert window.save_status.save_label.text() == "Unsaved changes…"
    wait_saved(qtbot, window)
    assert threads and all(t is not threading.main_thread() for t in threads)
    # Typing may span more than one autosave on a slow machine: each one is a revision.
    assert session.base_revision >= 2
    assert window.save_status.revision_label.text() == f"Revision {session.base_revision}"


def test_a_save_refused_because_someone_else_saved_is_explained(
        qtbot: QtBot, make_window: WindowFactory, stores: list[Store], db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.open_sample()
    session = session_of(window)
    other = open_store(db_path)
    stores.append(other)
    colleague = ProfileService(other, author="collega")
    theirs = colleague.snapshot(session.brand_id).brand
    # the same field: no merge by itself, the person is asked (tests/ui/test_conflict.py)
    colleague.save(session.brand_id, theirs.model_copy(update={"identity": theirs.identity
                   .model_copy(update={"vision": "Hun visie"})}), base_revision=1)
    identity = window.page("identity")
    assert isinstance(identity, IdentityPage)
    window.show_page("identity")
    replace_text(qtbot, identity.vision.widget, "Mijn visie")
    qtbot.waitUntil(lambda: session.save_state is SaveState.FAILED
                    and window.save_status.conflict_dialog is not None, timeout=5000)
    dialog = window.save_status.conflict_dialog
    assert dialog is not None and "changed by someone else" in dialog.message.text()
    dialog.reject()  # "Not now"
    assert window.save_status.save_label.text() == "Not saved: conflict"
    assert session.brand.identity.vision == "Mijn visie"  # nothing typed is thrown away
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text))
    window.close()  # closing asks first: the last changes are not saved
    assert window.isVisible() and "could not be saved" in asked[0]
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    window.close()
    assert not window.isVisible()


def _close_message_box(found: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        found.append(box.text())
        box.accept()
    else:
        QTimer.singleShot(20, lambda: _close_message_box(found))


def test_an_unexpected_error_shows_a_message_and_logs_it(qtbot: QtBot,
                                                        make_window: WindowFactory) -> None:
    window = make_window()
    uninstall = install_excepthook()
    shown: list[str] = []
    try:
        QTimer.singleShot(20, lambda: _close_message_box(shown))
        try:
            raise RuntimeError("the oven is on fire")
        except RuntimeError as exc:
            sys.excepthook(RuntimeError, exc, exc.__traceback__)
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
        assert "the oven is on fire" in shown[0]
        QTimer.singleShot(20, lambda: _close_message_box(shown))
        problem = PackError("brand.json is not valid JSON")
        sys.excepthook(PackError, problem, None)
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=3000)
        assert shown[1] == "brand.json is not valid JSON"
    finally:
        uninstall()
    assert isinstance(window, MainWindow)


def test_start_up_work_waits_for_the_first_paint(qtbot: QtBot, db_path: Path,
                                                 stores: list[Store]) -> None:
    """Deadline notices and preloading run after the window is on screen, never before."""
    store = open_store(db_path)
    stores.append(store)
    window = MainWindow(store)
    qtbot.addWidget(window)

    class Work(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.runs: list[bool] = []

        def run(self) -> None:
            self.runs.append(window.painted)

    before, gone = Work(), Work()
    gone_runs = gone.runs
    window.after_first_paint(before.run)
    window.after_first_paint(gone.run)
    gone.deleteLater()
    QApplication.processEvents()
    assert before.runs == [] and not window.painted

    window.show()
    qtbot.waitUntil(lambda: before.runs == [True], timeout=5000)
    after = Work()
    window.after_first_paint(after.run)
    qtbot.waitUntil(lambda: after.runs == [True], timeout=5000)
    QApplication.processEvents()
    assert before.runs == [True], "each piece of work runs once"
    assert gone_runs == [], "work whose object is gone is dropped"


def test_the_briefs_code_loads_in_the_background_after_the_assignments(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    from brandregie.ui.work_place import WorkPlace

    window = make_window()
    window.open_sample()
    assignments, briefs = window.page("assignments"), window.page("briefs")
    assert isinstance(assignments, WorkPlace) and isinstance(briefs, WorkPlace)
    qtbot.waitUntil(lambda: assignments.loading_started, timeout=30_000)  # a while after start
    qtbot.waitUntil(lambda: briefs.loading_started and not briefs.loader.busy, timeout=120_000)
    assert briefs.page is None  # loaded, not built: nobody opened it yet
    window.show_page("briefs")
    qtbot.waitUntil(lambda: briefs.page is not None, timeout=5000)  # no second of imports now
    assert briefs.page is not None and briefs.page.isVisible()
