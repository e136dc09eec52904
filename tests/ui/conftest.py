"""Fixtures for the desktop app: a real SQLite file, real windows, typing like a person."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from brandregie.store.database import Store, open_store
from brandregie.ui import gui_thread
from brandregie.ui.jobs import Runner, Task
from brandregie.ui.main_window import MainWindow
from brandregie.ui.page import ProfilePage
from brandregie.ui.session import EditSession
from brandregie.ui.translation import install_language


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one key event per character (also ë, é, ’ and ĳ).

    ``qtbot.keyClicks`` aborts on non-ASCII characters here, so each character is sent as a key
    event that carries the text, as a keyboard with a compose key would.
    """
    widget.setFocus()
    for char in text:
        code = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(widget, event)
    QApplication.processEvents()


def key(widget: QWidget, code: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press and release one key on ``widget`` (``qtbot.keyClick``, typed)."""
    QTest.keyClick(widget, code, modifier)


def deliver_what_the_worker_sent() -> None:
    """Deliver every signal a finished worker queued for the GUI thread, now.

    Once a worker thread has ended, whatever it emitted is already posted; this hands it all
    over, so a test can then assert that nothing arrived (no time to wait for).
    """
    QCoreApplication.sendPostedEvents()


class HeldJob:
    """Holds the next job of a :class:`Runner` at its first progress report until released.

    The hold runs on the job's own thread (a direct connection to the signal the worker emits),
    so while it lasts the job is known to be under way and not finished: a test can then show
    what the window does meanwhile, with no timing involved. ``threads`` are the threads the
    job reported from.
    """

    #: Seconds a hold lasts at most, should a test fail before releasing it.
    LIMIT = 60

    def __init__(self, runner: Runner) -> None:
        self.reached, self.released = threading.Event(), threading.Event()
        self.threads: list[threading.Thread] = []
        # the carrier the worker thread emits on (private to the runner: only tests hold it)
        runner._signals.progress.connect(self._hold, Qt.ConnectionType.DirectConnection)

    def _hold(self, _task: Task, _done: int, _total: int) -> None:
        self.threads.append(threading.current_thread())
        if not self.reached.is_set():
            self.reached.set()
            self.released.wait(self.LIMIT)

    def wait_until_held(self) -> None:
        assert self.reached.wait(self.LIMIT), "the job reported progress"

    def release(self) -> None:
        self.released.set()


def click(widget: QWidget) -> None:
    """A left click in the middle of ``widget``."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in a text field and type ``text`` over it."""
    widget.setFocus()
    key(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Every test starts in English (a test that wants Dutch switches itself)."""
    install_language("en")
    yield
    install_language("en")


@pytest.fixture(scope="session", autouse=True)
def _gui_thread_first(qapp: QApplication) -> None:
    """As in the app: cycles are freed on the GUI thread, workers yield Python quickly."""
    gui_thread.install(qapp)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "brandregie.db"


@pytest.fixture
def stores(db_path: Path) -> Iterator[list[Store]]:
    """Every store a test opens on its database file, closed at the end."""
    opened: list[Store] = []
    yield opened
    for store in opened:
        store.close()


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, db_path: Path, stores: list[Store]) -> WindowFactory:
    """A main window on the test database, shown; call again to "restart the app"."""

    def make(*, threaded: bool = True) -> MainWindow:
        store = open_store(db_path)
        stores.append(store)
        window = MainWindow(store, threaded_saves=threaded)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        return window

    return make


@pytest.fixture
def sample_window(make_window: WindowFactory) -> MainWindow:
    """A window with the sample brand open (as after "Open the sample brand")."""
    window = make_window()
    window.open_sample()
    return window


def session_of(window: MainWindow) -> EditSession:
    assert window.session is not None
    return window.session


def shown_page(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    """Show the page ``key`` and wait until every part of it is built (large pages build their
    lower parts in later turns of the event loop)."""
    window.show_page(key)
    page = window.page(key)
    if isinstance(page, ProfilePage):
        qtbot.waitUntil(lambda: not page.building)
    return page


def wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the autosave (it fires by itself; the test only waits for it)."""
    session = session_of(window)
    qtbot.waitUntil(lambda: not session.dirty and session._in_flight is None, timeout=5000)


def restart(qtbot: QtBot, window: MainWindow, make_window: WindowFactory) -> MainWindow:
    """Close the window like the person does and start the app again on the same database."""
    window.close()
    return make_window()


def choose(qtbot: QtBot, combo: QWidget, value: object) -> None:
    """Pick the item whose data is ``value`` with the arrow keys, as on a keyboard."""
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    target = combo.findData(value)
    assert target >= 0, f"{value!r} is not a choice"
    combo.setFocus()
    for _ in range(combo.count() + 1):
        if combo.currentIndex() == target:
            return
        key(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    raise AssertionError(f"could not reach {value!r} with the keyboard")


def press(qtbot: QtBot, widget: QWidget, code: Qt.Key, times: int = 1) -> None:
    widget.setFocus()
    for _ in range(times):
        key(widget, code)


def add_text_item(qtbot: QtBot, editor: QWidget, text: str) -> None:
    """Click Add under a list of texts, type the text in the open editor, press Enter."""
    from brandregie.ui.list_editor import StringListEditor

    assert isinstance(editor, StringListEditor)
    from PySide6.QtWidgets import QLineEdit

    click(editor.buttons.add)
    fields = [f for f in editor.list.viewport().findChildren(QLineEdit) if f.isVisible()]
    assert len(fields) == 1, "Add opens one text field in the list"
    field = fields[0]
    type_text(field, text)
    key(field, Qt.Key.Key_Return)
    # the view commits and closes the editor on its next turn of the event loop
    qtbot.waitUntil(lambda: editor.list.state() != editor.list.State.EditingState)


def append_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Go to the end of a text box (Ctrl+End) and type ``text`` there."""
    widget.setFocus()
    key(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)
