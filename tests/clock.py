"""A clock a test moves by hand, so the burst rule can be tested without waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class Clock:
    """Returns ``now``; each call then moves on by ``step`` (a save every ``step``)."""

    def __init__(self, step: timedelta = timedelta(0),
                 start: datetime = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)) -> None:
        self.now, self.step = start, step

    def __call__(self) -> datetime:
        now = self.now
        self.now += self.step
        return now

    def wait(self, delta: timedelta) -> None:
        self.now += delta
