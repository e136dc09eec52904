"""Logs in the user's log folder, rotated; an unexpected error is always shown, never silent."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from brandregie import logs
from brandregie.paths import log_dir


@pytest.fixture(autouse=True)
def _clean_logging() -> Iterator[None]:
    yield
    logs.stop_logging()


def test_the_log_is_written_in_the_users_log_folder() -> None:
    path = logs.setup_logging()
    logging.getLogger("brandregie.test").info("opened the sample brand")
    assert path == log_dir() / "brandregie.log"
    assert "opened the sample brand" in path.read_text(encoding="utf-8")


def test_the_log_is_rotated_and_old_logs_are_capped(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup_logging(folder=tmp_path)
    assert path is not None
    for n in range(400):
        logging.getLogger("brandregie.test").info("line %d of a long session", n)
    rotated = sorted(p.name for p in tmp_path.glob("brandregie.log.*"))
    assert rotated == [f"brandregie.log.{n}" for n in range(1, logs.BACKUP_COUNT + 1)]
    assert path.stat().st_size <= 2000
    assert "line 399" in path.read_text(encoding="utf-8")


def test_an_unwritable_log_folder_does_not_stop_the_app(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    blocker = tmp_path / "log"
    blocker.write_text("a file where the folder should be")
    assert logs.setup_logging(folder=blocker) is None
    assert "cannot write the log" in capsys.readouterr().err


def test_an_unexpected_error_shows_what_happened_and_where_the_log_is() -> None:
    logs.setup_logging()
    shown: list[tuple[str, Path | None]] = []
    uninstall = logs.install_excepthook(lambda summary, where: shown.append((summary, where)))
    try:
        try:
            raise KeyError("brand 7")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        uninstall()
    assert shown == [("KeyError: 'brand 7'", log_dir() / "brandregie.log")]
    text = (log_dir() / "brandregie.log").read_text(encoding="utf-8")
    assert "Unexpected error" in text and "Traceback" in text and "brand 7" in text


def test_an_error_in_a_worker_thread_is_reported_too() -> None:
    logs.setup_logging()
    shown: list[str] = []
    uninstall = logs.install_excepthook(lambda summary, where: shown.append(summary))
    try:
        def work() -> None:
            raise RuntimeError("the export worker failed")

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
    finally:
        uninstall()
    assert shown == ["RuntimeError: the export worker failed"]


def test_when_the_dialog_itself_fails_the_error_still_reaches_stderr(
        capsys: pytest.CaptureFixture[str]) -> None:
    logs.setup_logging()

    def broken_dialog(summary: str, where: Path | None) -> None:
        raise RuntimeError("no display")

    logs.report(ValueError("bad value"), broken_dialog)
    err = capsys.readouterr().err
    assert "ValueError: bad value" in err and str(log_dir()) in err
    assert "no display" in (log_dir() / "brandregie.log").read_text(encoding="utf-8")


def test_a_program_that_dies_of_a_bug_says_so_and_logs_the_traceback() -> None:
    code = ("from brandregie import logs\n"
            "logs.setup_logging()\n"
            "logs.install_excepthook()\n"
            "def save():\n"
            "    raise ZeroDivisionError('division by zero in the score')\n"
            "save()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    assert "unexpected error: ZeroDivisionError: division by zero in the score" in done.stderr
    assert str(log_dir() / "brandregie.log") in done.stderr
    log_text = (log_dir() / "brandregie.log").read_text(encoding="utf-8")
    assert "in save" in log_text
