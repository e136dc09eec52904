"""Helpers for shipping tests: integrity checks and the edit driver as a child process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from brandregie.paths import sample_pack

ROOT = Path(__file__).resolve().parents[2]


def integrity(db: Path) -> str:
    """``PRAGMA integrity_check`` of a database file, as SQLite reports it."""
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return f"unreadable: {exc}"
    finally:
        connection.close()
    return "\n".join(str(r[0]) for r in rows)


@dataclass
class Line:
    at: float  # time.monotonic() when the parent read it
    words: list[str]


@dataclass
class Driver:
    """A child process editing ``db``; its output lines are collected as they come."""

    process: subprocess.Popen[str]
    lines: list[Line] = field(default_factory=list)
    _reader: threading.Thread | None = None

    @classmethod
    def start(cls, db: Path, *args: str, module: str = "tests.ship.edit_driver") -> Driver:
        """Run ``python -m module DB args...`` from the repository root."""
        env = dict(os.environ, BRANDREGIE_SAMPLE=str(sample_pack()), PYTHONUNBUFFERED="1",
                   QT_QPA_PLATFORM="offscreen")
        process = subprocess.Popen([sys.executable, "-m", module, str(db), *args],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=env, cwd=ROOT)
        driver = cls(process)
        driver._reader = threading.Thread(target=driver._read, daemon=True)
        driver._reader.start()
        return driver

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            self.lines.append(Line(time.monotonic(), raw.split()))

    def wait_for(self, word: str, timeout: float = 60.0) -> Line:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.lines:
                if line.words and line.words[0] == word:
                    return line
            if self.process.poll() is not None and self._reader and not self._reader.is_alive():
                break
            time.sleep(0.01)
        stderr = self.process.stderr.read() if self.process.stderr else ""
        raise AssertionError(f"the driver never said {word}: {stderr}")

    def finish(self) -> None:
        """Wait for the process and for every line it wrote."""
        self.process.wait(timeout=60)
        if self._reader is not None:
            self._reader.join(timeout=10)
        if self.process.stderr is not None:
            self.process.stderr.close()

    def said(self, word: str) -> list[Line]:
        return [line for line in self.lines if line.words and line.words[0] == word]
