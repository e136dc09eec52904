"""The Briefs page's documents laid out in a child process: the same PDF as in-process, the
builder's own sentence when it refuses, and a cancel that leaves nothing running."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from brandregie import childproc
from brandregie.export.brief import BriefRequest, BriefType
from brandregie.export.documents import (
    DocumentKind,
    RenderLimits,
    render,
    render_in_child,
)
from brandregie.export.errors import ExportError
from brandregie.i18n import set_language
from brandregie.profile.snapshot import ProfileSnapshot
from tests.export.long_guide import with_many_banned_words
from tests.export.pdftools import plain_text
from tests.processes import workers


def _text(data: bytes, path: Path) -> str:
    path.write_bytes(data)
    return plain_text(path)


def test_the_child_makes_the_pdf_this_process_would(vonk_snapshot: ProfileSnapshot,
                                                    tmp_path: Path) -> None:
    request = BriefRequest(type=BriefType.CAMPAIGN, title="Voorjaarsactie")
    seen: list[tuple[int, int]] = []
    apart = render_in_child(DocumentKind.BRIEF, vonk_snapshot, request, "nl",
                            progress=lambda done, total: seen.append((done, total)))
    here = render(DocumentKind.BRIEF, vonk_snapshot, request, "nl")
    assert apart.result == here.result and apart.result.pages > 1
    assert (apart.title, apart.file_name, apart.revision, apart.request) == \
        (here.title, here.file_name, 7, request)
    assert _text(apart.data, tmp_path / "apart.pdf") == _text(here.data, tmp_path / "here.pdf")
    assert seen and seen[-1] == (1, 1), "progress comes back, the last report included"


def test_a_refusal_in_the_child_reaches_the_person_in_their_language(
        vonk_snapshot: ProfileSnapshot) -> None:
    set_language("nl")
    try:
        with pytest.raises(ExportError) as caught:
            render_in_child(DocumentKind.BRIEF, vonk_snapshot,
                            BriefRequest(persona="Niemand"), "en")
    finally:
        set_language("en")
    assert caught.value.message.startswith('Er is geen persona "Niemand" in het profiel; '
                                           "het heeft: ")


def _large(snapshot: ProfileSnapshot) -> ProfileSnapshot:
    return ProfileSnapshot(with_many_banned_words(snapshot.brand), files=snapshot.files)


def test_cancel_kills_the_layout_at_once(sample_snapshot: ProfileSnapshot) -> None:
    """Cancelled while the ~100-page guide is laid out, no PDF comes back and the layout
    process is gone (how soon: bench/bench_export.py)."""
    flag = threading.Event()
    reports: list[int] = []

    def progress(done: int, total: int) -> None:
        reports.append(done)
        flag.set()  # the owner presses Esc as the first piece is reported

    with pytest.raises(childproc.Cancelled):
        render_in_child(DocumentKind.GUIDE, _large(sample_snapshot), None, "nl",
                        progress=progress, cancel=flag)
    assert len(reports) == 1, "the layout was under way, and stopped at the next look"
    assert not workers()


def test_a_layout_over_its_time_is_stopped_with_a_sentence(
        sample_snapshot: ProfileSnapshot) -> None:
    with pytest.raises(ExportError, match=r"^Making the PDF took longer than 0.5 seconds, so "
                                          "it was stopped$"):
        render_in_child(DocumentKind.GUIDE, _large(sample_snapshot), None, "nl",
                        limits=RenderLimits(timeout_seconds=0.5))
    assert not workers()


def test_with_the_sandbox_off_the_layout_runs_here(sample_snapshot: ProfileSnapshot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def during(done: int, total: int) -> None:
        if not reports:
            reports.append(workers())  # what runs while the layout reports its first piece
        else:
            reports.append(set())

    reports: list[set[int]] = []
    render_in_child(DocumentKind.GUIDE, sample_snapshot, None, "nl", progress=during)
    assert reports[0], "by default a child process lays the PDF out"
    monkeypatch.setenv("BRANDREGIE_SANDBOX", "off")
    reports.clear()
    rendered = render_in_child(DocumentKind.GUIDE, sample_snapshot, None, "nl", progress=during)
    assert rendered.result.pages > 3
    assert reports[0] == set(), "with the sandbox off, no other process is involved"
