"""A pack opened while BrandRegie runs goes to the running app; a second start then quits."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from brandregie.paths import default_database, sample_pack
from brandregie.profile.service import ProfileService
from brandregie.store.database import open_store
from brandregie.ui.single_instance import PackReceiver, hand_over, server_name


def _listening(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    up = probe.waitForConnected(200)
    probe.abort()
    return up


def _brands() -> list[str]:
    with open_store() as store:
        return [b.name for b in ProfileService(store).list_brands()]


def test_a_pack_opened_while_the_app_runs_goes_to_that_app(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    running = subprocess.Popen([sys.executable, "-m", "brandregie"], env=env, cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        name = server_name(default_database())
        deadline = time.monotonic() + 60
        while not _listening(name):
            assert running.poll() is None, running.stderr.read() if running.stderr else ""
            assert time.monotonic() < deadline, "the app never started listening"
            time.sleep(0.1)

        started = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "brandregie", str(sample_pack())],
                                env=env, cwd=tmp_path, capture_output=True, text=True,
                                timeout=60, check=False)
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 30
        qtbot.waitUntil(lambda: _brands() == ["Bakkerij Korenaar"], timeout=20_000)
        assert running.poll() is None  # the first app is still there, with the pack in it
    finally:
        running.terminate()
        running.wait(timeout=30)
        if running.stderr is not None:
            running.stderr.close()


def test_nobody_listening_means_the_second_start_opens_its_own_window() -> None:
    started = time.monotonic()
    assert not hand_over(server_name(Path("/nowhere/brand.db")), [sample_pack()])
    assert time.monotonic() - started < 2


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets")
def test_a_socket_left_by_a_crashed_app_is_taken_over(qtbot: QtBot) -> None:
    name = server_name(Path(f"/crashed/{time.time()}.db"))
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # bound, never listening, never removed: what a killed app leaves
    stale.close()
    try:
        receiver = PackReceiver(name)
        assert receiver.listening
        receiver.server.close()
    finally:
        path.unlink(missing_ok=True)
