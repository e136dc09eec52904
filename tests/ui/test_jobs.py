"""The one way the app runs background work: results, failures, cancelling, replacing."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from brandregie.errors import BrandRegieError
from brandregie.ui.jobs import CANCELLED, Failure, Progress, Runner, Task, stop_all, wait_stopped
from tests.ui.conftest import deliver_what_the_worker_sent


def _record(runner: Runner) -> list[tuple[str, object]]:
    told: list[tuple[str, object]] = []
    runner.finished.connect(lambda task, result: told.append(("finished", result)))
    runner.failed.connect(lambda task, failure: told.append(("failed", failure)))
    runner.cancelled.connect(lambda task: told.append(("cancelled", task.key)))
    runner.progress.connect(lambda task, done, total: told.append(("progress", (done, total))))
    return told


def test_a_job_runs_off_the_gui_thread_and_its_result_comes_back(qtbot: QtBot) -> None:
    runner = Runner()
    told = _record(runner)
    threads: list[threading.Thread] = []

    def job(progress: Progress) -> int:
        threads.append(threading.current_thread())
        progress(1, 2)
        return 42

    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(job)
    assert threads and threads[0] is not threading.main_thread()
    assert told == [("progress", (1, 2)), ("finished", 42)]
    assert not runner.busy


def test_the_persons_error_is_a_sentence_and_a_bug_is_said_plainly(qtbot: QtBot) -> None:
    runner = Runner(synchronous=True)
    told = _record(runner)

    def refused(_progress: Progress) -> None:
        raise BrandRegieError("the server said no")

    def bug(_progress: Progress) -> None:
        raise KeyError("oops")

    runner.start(refused)
    runner.start(bug)
    failures = [value for kind, value in told if kind == "failed"]
    assert all(isinstance(f, Failure) for f in failures)
    assert [(f.message, type(f.error)) for f in failures if isinstance(f, Failure)] == [
        ("the server said no", BrandRegieError),
        ("Something unexpected went wrong (KeyError). The details are in the log file.",
         type(None))]


def test_a_cancelled_job_stops_at_its_next_progress_and_sends_nothing_more(
        qtbot: QtBot) -> None:
    runner = Runner()
    told = _record(runner)
    going, stopped = threading.Event(), threading.Event()

    def job(progress: Progress) -> str:
        going.set()
        try:
            while not progress.cancel.wait(0.01):
                pass
            progress(1, 1)  # raises Cancelled
        finally:
            stopped.set()
        return "too late"

    task = runner.start(job, key="long")
    assert going.wait(5)
    runner.cancel(task)
    assert stopped.wait(5) and runner.wait()
    deliver_what_the_worker_sent()
    assert told == [("cancelled", "long")] and task.cancelled and not runner.busy


def test_one_at_a_time_a_new_job_replaces_the_running_one(qtbot: QtBot) -> None:
    runner = Runner()
    told = _record(runner)
    release = threading.Event()

    def slow(_progress: Progress) -> str:
        release.wait(5)
        return "old"

    first = runner.start(slow)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(lambda _progress: "new")
    release.set()
    assert runner.wait()
    deliver_what_the_worker_sent()
    assert told == [("finished", "new")] and first.cancelled


def test_side_by_side_each_job_is_told_by_its_key_and_can_be_waited_for(
        qtbot: QtBot) -> None:
    runner = Runner(one_at_a_time=False, own_thread=True)
    results: dict[object, object] = {}
    runner.finished.connect(lambda task, result: results.setdefault(task.key, result))

    def square(n: int) -> Callable[[Progress], int]:
        return lambda _progress: n * n

    tasks: list[Task] = [runner.start(square(n), key=n) for n in range(3)]
    for task in tasks:
        runner.finish_now(task)  # the GUI thread waits for it, and is told now
    assert results == {0: 0, 1: 1, 2: 4}


def test_a_job_that_ends_after_the_app_closed_leaves_no_traceback(
        qtbot: QtBot, capfd: pytest.CaptureFixture[str]) -> None:
    """Closing the app while a job runs: Qt deletes the signals' object before the job ends."""
    gate = threading.Event()
    runner = Runner()

    def job(progress: Progress) -> str:
        gate.wait(10)
        progress(1, 1)
        return "done"

    task = runner.start(job)
    shiboken6.delete(runner._signals)
    gate.set()
    assert task.wait(10)
    assert "Traceback" not in capfd.readouterr().err


def test_closing_stops_every_job_still_running_but_lets_a_save_finish(qtbot: QtBot) -> None:
    reader, saves = Runner(), Runner(own_thread=True, finish_at_close=True)
    under_way = [threading.Event(), threading.Event()]
    release = threading.Event()

    def held(index: int) -> Callable[[Progress], str]:
        def job(progress: Progress) -> str:
            under_way[index].set()
            release.wait(10)  # held on its worker until the window has closed
            progress(1, 1)
            return "done"
        return job

    reading, saving = reader.start(held(0)), saves.start(held(1))
    assert all(event.wait(10) for event in under_way)
    stopping = stop_all()
    assert reading in stopping and saving not in stopping
    release.set()
    assert wait_stopped(stopping, 10) == [] and saving.wait(10)
    assert reading.outcome() is CANCELLED and saving.outcome() == "done"
