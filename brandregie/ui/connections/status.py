"""The team database's connection state in the status bar, checked on a timer.

The check runs on a worker: a server host that stops answering (rather than refusing) keeps a
ping waiting until the connection's time-outs, and on the GUI thread that froze the window for
seconds every time it was tried again."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from brandregie.store.database import Store
from brandregie.store.team import ConnectionState, ConnectionWatch, TeamSettings
from brandregie.ui.connections.password import tr
from brandregie.ui.jobs import Runner

#: How often the state is checked while connected (ms); retries follow the watch's back-off.
CHECK_EVERY_MS = 5000


class ConnectionIndicator(QLabel):
    """"Team database: connected", or the reason it is lost and when it tries again."""

    def __init__(self, store: Store, settings: TeamSettings | None = None,
                 parent: QWidget | None = None, *, watch: ConnectionWatch | None = None,
                 start: bool = True) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Team database connection"))
        self.watch = watch if watch is not None else ConnectionWatch(store, settings)
        self.where = settings.display_name if settings is not None else store.display_name
        self.timer = QTimer(self)
        self.timer.setInterval(1000)  # poll is cheap; the watch decides when to really try
        self.timer.timeout.connect(self.refresh)
        # a thread of its own: a ping never waits behind a check or an export
        self.pinger = Runner(self, own_thread=True, one_at_a_time=False)
        self.pinger.finished.connect(lambda _task, _status: self.show_state())
        self.pinger.failed.connect(lambda _task, _failure: self.show_state())
        self._since_check = 0
        self.show_state()
        if start:
            self.timer.start()

    def refresh(self) -> None:
        status = self.watch.status
        self._since_check += self.timer.interval()
        if (status.state is ConnectionState.LOST or self._since_check >= CHECK_EVERY_MS) \
                and not self.checking:
            self._since_check = 0
            self.pinger.start(lambda _progress: self.watch.poll())
        self.show_state()

    @property
    def checking(self) -> bool:
        """A ping is on its way (at most one: a slow server is not asked again meanwhile)."""
        return self.pinger.busy

    def show_state(self) -> None:
        status = self.watch.status
        if status.state is ConnectionState.CONNECTED:
            self.setText(tr("Team database: connected"))
            self.setToolTip(self.where)
            self.setStyleSheet("")
        else:
            self.setText(tr("Connection lost — trying again in %1 s; your edits are kept")
                         .replace("%1", str(round(status.retry_in))))
            self.setToolTip(status.reason)
            self.setStyleSheet("color: #a4000f; font-weight: bold;")
