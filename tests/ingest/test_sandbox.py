"""The sandboxed reader process: timeouts, memory caps, crashes and cancel end in typed errors,
and the calling process is never harmed."""

from __future__ import annotations

import threading
import time

import pytest

from brandregie.ingest import sandbox
from brandregie.ingest.errors import Cancelled, DocumentError, ReadTimeoutError, TooLargeError
from brandregie.ingest.limits import MB, Limits
from tests.ingest import sandbox_targets


def test_result_and_progress_come_back() -> None:
    seen: list[float] = []
    result = sandbox.run(sandbox_targets.reports, name="x", limits=Limits(), progress=seen.append)
    assert result == "done"
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_a_stalled_reader_is_stopped_on_the_clock_all_the_same() -> None:
    start = time.monotonic()
    with pytest.raises(ReadTimeoutError, match="reading traag.pdf took longer than 1 seconds"):
        sandbox.run(sandbox_targets.sleeps, 30.0, name="traag.pdf",
                    limits=Limits(timeout_seconds=30.0, stall_seconds=1.0))
    assert time.monotonic() - start < 3


def test_a_reader_that_computes_too_long_is_stopped_at_its_processor_time() -> None:
    with pytest.raises(ReadTimeoutError) as caught:
        sandbox.run(sandbox_targets.computes, 30.0, name="zwaar.pdf",
                    limits=Limits(timeout_seconds=1.0, stall_seconds=60.0))
    assert caught.value.message == ("reading zwaar.pdf needed more than 1 seconds of computing, "
                                    "so it was stopped; the file may be damaged or built to "
                                    "stall readers")


def test_waiting_for_the_processor_does_not_count_against_a_reader() -> None:
    """On a loaded machine a reader waits for a core: two seconds on the clock, but hardly
    any processor time, stay within a limit of one second of processor time."""
    result = sandbox.run(sandbox_targets.sleeps, 2.0, name="groot.docx",
                         limits=Limits(timeout_seconds=1.0, stall_seconds=60.0))
    assert result == "woke"


def test_a_memory_hog_hits_the_cap_not_the_machine() -> None:
    with pytest.raises(TooLargeError, match="more memory"):
        sandbox.run(sandbox_targets.hogs_memory, 4096, name="groot.pdf",
                    limits=Limits(max_memory_bytes=1024 * MB))


def test_a_crashing_parser_is_a_damaged_file_not_a_crash() -> None:
    with pytest.raises(DocumentError, match="kapot.pdf could not be read"):
        sandbox.run(sandbox_targets.crashes, name="kapot.pdf", limits=Limits())


def test_cancel_stops_the_read_at_once() -> None:
    flag = threading.Event()
    timer = threading.Timer(0.3, flag.set)
    timer.start()
    start = time.monotonic()
    with pytest.raises(Cancelled, match="reading lang.pdf was cancelled"):
        sandbox.run(sandbox_targets.sleeps, 30.0, name="lang.pdf", limits=Limits(),
                    cancel=flag)
    assert time.monotonic() - start < 2


def test_errors_are_translated_in_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    from brandregie.i18n import set_language
    from brandregie.ingest import read_bytes

    set_language("nl")
    try:
        with pytest.raises(DocumentError) as caught:
            read_bytes(b"%PDF-1.4 kapot", "offerte.pdf")
    finally:
        set_language("en")
    assert caught.value.message == "offerte.pdf is beschadigd: het is geen geldig PDF-bestand"


def test_in_process_mode_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from brandregie.ingest import read_document

    draft = Path(__file__).resolve().parents[1] / "fixtures" / "drafts" / "reportlab.pdf"
    sandboxed = read_document(draft)
    monkeypatch.setenv("BRANDREGIE_SANDBOX", "off")
    assert not sandbox.enabled()
    assert read_document(draft) == sandboxed
