"""A draft is judged on the file that was opened, not on what the name showed a moment before:
a pipe, device or socket put in its place (directly or behind a link) is refused with one
sentence at once, never waited on; a regular file behind a link is still read.

Nothing here measures time. A read that would wait on a pipe is released by opening the pipe's
other end after a generous bound, so a regression fails instead of hanging the run.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from brandregie.ingest import Document, read_document
from brandregie.ingest.errors import DocumentError, TooLargeError
from brandregie.ingest.limits import DEFAULT_LIMITS, MB, Limits
from brandregie.ingest.opening import read_draft
from brandregie.ingest.worker import parse_file

TEXT = "Bij Korenaar bakken we elke dag vers brood.\n"
BOUND = 60.0  # seconds a refusal may take on a loaded machine before the test gives up


def _outcome(read: Callable[[], object], pipe: Path) -> object:
    """What ``read()`` returns or raises; if it waits on ``pipe`` instead, it is released (a
    writer opens and closes the pipe) and the test fails."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(read())
        except BaseException as exc:  # handed to the test's thread
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(BOUND)
    if thread.is_alive():
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))  # lets the waiting open return
        thread.join(BOUND)
        pytest.fail(f"the read waited on the pipe {pipe.name}")
    [result] = outcome
    return result


def _refusal(read: Callable[[], object], pipe: Path) -> str:
    """The sentence ``read()`` refuses with (see :func:`_outcome`)."""
    result = _outcome(read, pipe)
    assert isinstance(result, DocumentError), result
    return result.message


def test_a_draft_swapped_for_a_pipe_after_a_look_is_never_waited_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the race, made certain: right after anything looks at the draft, it becomes a pipe
    draft = tmp_path / "concept.txt"
    draft.write_text(TEXT)
    real_stat = os.stat
    swapped: list[Path] = []

    def look_then_swap(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        status = real_stat(path, *args, **kwargs)
        if not swapped and Path(path) == draft:
            swapped.append(draft)
            draft.unlink()
            os.mkfifo(draft)
        return status

    monkeypatch.setattr(os, "stat", look_then_swap)
    result = _outcome(lambda: read_document(draft), draft)
    if swapped:  # looked before it opened: then what it opened must be refused
        assert isinstance(result, DocumentError), result
        assert result.message == "concept.txt is not a regular file"
    else:  # opened first (and only once): the draft it opened is read whole
        assert isinstance(result, Document), result
        assert result.text.strip() == TEXT.strip()


@pytest.mark.parametrize("name", ["concept.txt", "concept.pdf", "concept"])
def test_a_pipe_in_the_drafts_place_is_refused_at_once(tmp_path: Path, name: str) -> None:
    draft = tmp_path / name
    os.mkfifo(draft)
    assert _refusal(lambda: read_document(draft), draft) == f"{name} is not a regular file"


def test_a_link_to_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)
    link = tmp_path / "nieuwsbrief.docx"
    link.symlink_to(pipe)
    assert _refusal(lambda: read_document(link), pipe) == "nieuwsbrief.docx is not a regular file"


def test_the_reader_process_refuses_a_pipe_swapped_in_after_the_first_look(
        tmp_path: Path) -> None:
    # the reader process opens the path again: a pipe put there in between is refused too
    pipe = tmp_path / "offerte.pdf"
    os.mkfifo(pipe)
    refused = _refusal(lambda: parse_file(str(pipe), "offerte.pdf", DEFAULT_LIMITS), pipe)
    assert refused == "offerte.pdf is not a regular file"


def test_a_device_behind_a_link_is_refused_not_read_for_ever(tmp_path: Path) -> None:
    link = tmp_path / "eindeloos.txt"
    link.symlink_to("/dev/zero")  # reads zeros for ever
    with pytest.raises(DocumentError) as refused:
        read_document(link)
    assert refused.value.message == "eindeloos.txt is not a regular file"


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        with pytest.raises(DocumentError) as refused:
            read_document(path)
    assert refused.value.message == "s.txt is not a regular file"


def test_a_draft_behind_a_link_is_still_read(tmp_path: Path) -> None:
    draft = tmp_path / "echt.txt"
    draft.write_text(TEXT)
    link = tmp_path / "snelkoppeling.txt"
    link.symlink_to(draft)
    assert read_document(link).text.strip() == TEXT.strip()


def test_a_draft_read_again_is_never_waited_on_nor_read_past_the_limit(tmp_path: Path) -> None:
    # fix and annotate read the agency's file again to write into it: it may be a pipe by now
    pipe = tmp_path / "nieuwsbrief.docx"
    os.mkfifo(pipe)
    assert _refusal(lambda: read_draft(pipe, "nieuwsbrief.docx"), pipe) \
        == "nieuwsbrief.docx is not a regular file"
    grown = tmp_path / "groot.txt"
    grown.write_bytes(b"vers brood " * 200_000)  # 2.2 MB, where every limit below is 1 MB
    small = Limits(max_text_bytes=MB, max_email_bytes=MB, max_file_bytes=MB, max_image_bytes=MB)
    with pytest.raises(TooLargeError) as refused:
        read_draft(grown, "groot.txt", small)
    assert refused.value.message == \
        "groot.txt is too large to check: 2.1 MB (at most 1 MB for this kind of file)"


def test_check_of_a_pipe_exits_2_with_one_sentence(tmp_path: Path,
                                                  sample_pack_path: Path) -> None:
    pipe = tmp_path / "concept.txt"
    os.mkfifo(pipe)
    result = subprocess.run(
        [sys.executable, "-m", "brandregie", "check", "--pack", str(sample_pack_path),
         str(pipe)], capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
    assert result.returncode == 2  # bad input (DESIGN.md's exit codes)
    assert result.stderr.strip().splitlines() == ["brandregie: concept.txt is not a regular file"]


def test_pack_import_of_a_pipe_exits_2_with_one_sentence(tmp_path: Path) -> None:
    pipe = tmp_path / "merk.json"
    os.mkfifo(pipe)  # a brand pack is opened the same way as a draft
    result = subprocess.run(
        [sys.executable, "-m", "brandregie", "pack", "import", str(pipe), "--db",
         str(tmp_path / "brand.db")], capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"brandregie: {pipe} is not a regular file"]
