"""The guard against PySide6's None reference-count bug: void Qt calls cannot abort the app."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel
    if sys.argv[1] == "guarded":
        import brandregie.ui  # noqa: F401  (installs the guard)
    app = QApplication([])
    label = QLabel()
    for n in range(200_000):
        label.setText("x")
    print("survived")
""")


@pytest.mark.slow
def test_many_void_qt_calls_do_not_abort_the_app() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    guarded = subprocess.run([sys.executable, "-c", SCRIPT, "guarded"], env=env,
                             capture_output=True, text=True, timeout=120)
    assert guarded.returncode == 0, guarded.stderr[-2000:]
    assert guarded.stdout.strip() == "survived"


def test_void_calls_leave_none_alone_in_the_app(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(1000):
        label.setText("x")
    # with the bug each call takes a reference; guarded, the count stays far from zero
    assert sys.version_info >= (3, 12) or sys.getrefcount(None) > 1 << 39
