"""A pack opened while BrandRegie already runs goes to the open window, not to a second app.

The running app listens on a local socket named after the user and the database; a second start
with pack files (a double-click in the file manager runs ``brandregie PACK``) hands the paths
over and quits. If nobody answers in time, the second start simply opens its own window.
Qt's network module is loaded only for that (and once the app listens): not before the window's
first paint.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

    from brandregie.ui.shell import Shell

_END = b"\n\n"
_OK = b"ok\n"


def server_name(db: Path) -> str:
    """One name per user and database file (the socket lives in the temp folder)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}\0{db}".encode()).hexdigest()[:16]
    return f"brandregie-{digest}"


def hand_over(name: str, paths: Sequence[Path], timeout_ms: int = 3000) -> bool:
    """Give ``paths`` to the app already running under ``name``; True once it confirmed."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    payload = "".join(f"{p.resolve()}\n" for p in paths).encode() + b"\n"
    socket.write(payload)
    socket.flush()
    answer = b""
    while socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
        if answer.startswith(_OK):
            break
    socket.disconnectFromServer()
    return answer.startswith(_OK)


class PackReceiver(QObject):
    """Listens for packs handed over by later starts; emits their paths."""

    received = Signal(list)  # list[Path]

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            # A socket left behind by an app that crashed: nobody answered, so take it over.
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if not buffer.endswith(_END):
                    return
                paths = [Path(line) for line in buffer.decode().splitlines() if line]
                socket.write(_OK)
                socket.flush()
                socket.disconnectFromServer()
                self.received.emit(paths)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)


def pack_arguments(args: Sequence[str]) -> list[Path]:
    """The pack files among the app's arguments (``brandregie.desktop`` passes one)."""
    return [Path(a) for a in args
            if a.endswith((".brandpack", ".json")) and Path(a).is_file()]


class PackOpener(QObject):
    """Imports packs into the running app's window: from its own arguments or handed over."""

    def __init__(self, shell: Shell, name: str) -> None:
        super().__init__()
        self.shell = shell
        self.receiver = PackReceiver(name, self)
        self.receiver.received.connect(self.open)

    def open(self, paths: list[Path]) -> None:
        window = self.shell.window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        for path in paths:
            window.packs.import_file(path)
