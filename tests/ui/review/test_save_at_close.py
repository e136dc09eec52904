"""A feedback file or corrected copy asked for just before the window closes is written: the
close stops the jobs still running (jobs.stop_all), but not a save the owner asked for."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from brandregie.ui import jobs
from brandregie.ui.jobs import Progress
from brandregie.ui.review.saving import FileSaver


def test_a_file_being_saved_when_the_window_closes_is_written(
        qtbot: QtBot, tmp_path: Path) -> None:
    notes: list[str] = []
    saver = FileSaver(notes.append, notes.append)
    out = tmp_path / "nieuwsbrief - feedback.pdf"
    under_way, release = threading.Event(), threading.Event()

    def job(progress: Progress) -> Path:
        under_way.set()
        release.wait(10)  # still writing when the window closes
        progress(1, 2)
        out.write_bytes(b"%PDF-1.7\n")
        return out

    saver.start(job, out)
    saving = saver.runner.running[0]
    assert under_way.wait(10)
    stopping = jobs.stop_all()  # the window has closed
    assert saving not in stopping and not saving.cancelled
    release.set()
    saver.settle()
    assert out.read_bytes() == b"%PDF-1.7\n"
    assert notes[-1] == "Saved nieuwsbrief - feedback.pdf"
