"""Starting the app: the window is up before the database is open, then shows the brand.

The database is opened by :class:`~brandregie.ui.opening.StoreOpener` on a worker; these tests
hold that worker back with an event, so "before" is a state the test controls, not a race.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from brandregie.paths import sample_pack
from brandregie.profile.pack import read_pack
from brandregie.profile.service import ProfileService
from brandregie.store.database import Store, open_store
from brandregie.ui.opening import StoreOpener
from brandregie.ui.shell import Shell
from brandregie.ui.start import StartPage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sample_db(db_path: Path) -> Path:
    """A user's database holding the sample brand (stored as "Open the sample brand" does)."""
    store = open_store(db_path)
    try:
        ProfileService(store).import_snapshot(read_pack(sample_pack()))
    finally:
        store.close()
    return db_path


@pytest.fixture
def shells() -> Iterator[list[Shell]]:
    """Shells a test starts; their windows are closed and stores closed at the end."""
    made: list[Shell] = []
    yield made
    for shell in made:
        shell.window.close()
        if shell.window.ready:
            shell.store.close()


def test_the_window_shows_before_the_database_is_open_and_then_the_brand(
        qtbot: QtBot, sample_db: Path, shells: list[Shell]) -> None:
    go_on = threading.Event()

    def slow_open() -> Store:
        go_on.wait(30)  # the database is "still opening" until the test says so
        return open_store(sample_db)

    shell = Shell(None)
    shells.append(shell)
    window = shell.window
    opener = StoreOpener(shell, slow_open)
    window.after_first_paint(opener.start_slot)
    window.show()
    qtbot.waitUntil(lambda: opener.runner.busy, timeout=5000)  # painted, opening started
    assert window.isVisible() and window.painted
    assert window.opening.isVisible()
    assert window.opening.text() == "Opening your brands…"
    assert window.windowTitle() == "BrandRegie"
    assert not window.navigation.list.isEnabled()
    assert not window.new_action.isEnabled() and not window.import_action.isEnabled()
    assert window.quit_action.isEnabled()
    window.page_actions["identity"].trigger()  # nothing to show yet: nothing happens
    assert window.opening.isVisible()

    with qtbot.waitSignal(opener.ready, timeout=30_000):
        go_on.set()
    assert window.windowTitle() == "Bakkerij Korenaar — BrandRegie"
    assert window.switcher.currentText() == "Bakkerij Korenaar"
    assert window.current_page() == "home"
    assert list(window.navigation.pages) == ["home"]  # only the page shown is built
    assert window.findChild(StartPage) is None  # the welcome page: only when there is no brand
    assert window.navigation.list.isEnabled() and window.new_action.isEnabled()
    window.page_actions["identity"].trigger()
    assert window.current_page() == "identity"
    assert not opener.message


def test_a_new_user_gets_the_start_page_once_the_database_is_open(
        qtbot: QtBot, db_path: Path, shells: list[Shell]) -> None:
    shell = Shell(None)
    shells.append(shell)
    opener = StoreOpener(shell, lambda: open_store(db_path))
    shell.window.show()
    with qtbot.waitSignal(opener.ready, timeout=30_000):
        opener.start()
    assert shell.window.navigation.stack.currentWidget() is shell.window.start_page
    assert shell.window.start_page.isVisible()
    assert not shell.window.opening.isVisible()


def test_a_database_that_cannot_be_opened_is_said_in_the_window(
        qtbot: QtBot, tmp_path: Path, shells: list[Shell]) -> None:
    broken = tmp_path / "brandregie.db"
    broken.write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    shell = Shell(None)
    shells.append(shell)
    opener = StoreOpener(shell, lambda: open_store(broken))  # no backup to offer
    shell.window.show()
    with qtbot.waitSignal(opener.problem, timeout=30_000) as told:
        opener.start()
    window = shell.window
    assert window.isVisible() and not window.ready  # still up: no crash, no half window
    assert window.opening.isVisible()
    text = window.opening.text()
    assert text.startswith("Your brands cannot be opened: ")
    assert told.args == [text]
    assert "Traceback" not in text
    assert not window.new_action.isEnabled() and window.quit_action.isEnabled()
    assert broken.read_bytes().startswith(b"this is not a database")  # left as it was


#: Builds the window's frame as run_app does, paints it, and names the heavy modules loaded.
PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from brandregie.logs import setup_logging
from brandregie.paths import default_database
from brandregie.ui import gui_thread
from brandregie.ui.errors import install_excepthook
from brandregie.ui.icons import app_icon
from brandregie.ui.shell import Shell
from brandregie.ui.single_instance import hand_over, pack_arguments, server_name
server_name(default_database())
setup_logging()
gui_thread.install(app)
shell = Shell(None)
shell.window.show()
shell.window.repaint()
heavy = ("sqlalchemy", "pydantic", "alembic", "brandregie.models", "brandregie.profile",
         "brandregie.store", "brandregie.ui.session", "brandregie.ui.page",
         "brandregie.ui.home", "brandregie.ui.review", "brandregie.ui.export",
         "brandregie.checks", "reportlab", "brandregie.ui.opening", "brandregie.childproc",
         "PySide6.QtNetwork")
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""


def test_the_first_paint_loads_no_database_and_no_page_code(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        env[var] = str(tmp_path / sub)
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
