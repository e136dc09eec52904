"""Hostile drafts end cleanly, and what was not read is said (issue #20, classes 1-3, 7, 9).

Each case runs the real command line on a generated file: exit 0, 1 or 2, no traceback, at most
two lines on stderr, under 2 MB on stdout. Time and memory are measured by
``bench/bench_hostile.py`` (no timed tests here).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from brandregie.paths import sample_pack
from tests.hostile.drafts import (
    HOSTILE_DRAFTS,
    email_with_a_zip_bomb_attached,
    file_name_with_escapes,
    pdf_pages_sharing_one_stream,
    text_of_many_lines,
)

pytestmark = pytest.mark.slow


def check(draft: Path, fmt: str = "json") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "brandregie", "check", "--pack",
                           str(sample_pack()), "--format", fmt, str(draft)],
                          capture_output=True, timeout=120, check=False)


def assert_clean_end(result: subprocess.CompletedProcess[bytes]) -> None:
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode in (0, 1, 2), stderr
    assert "Traceback" not in stderr and len(stderr.splitlines()) <= 2, stderr
    assert len(result.stdout) < 2 * 1024 * 1024


@pytest.mark.parametrize("case", sorted(HOSTILE_DRAFTS))
def test_a_hostile_draft_ends_cleanly(case: str, tmp_path: Path) -> None:
    assert_clean_end(check(HOSTILE_DRAFTS[case](tmp_path), "text"))


def _report(result: subprocess.CompletedProcess[bytes]) -> dict[str, object]:
    assert_clean_end(result)
    reports = json.loads(result.stdout)
    assert len(reports) == 1
    report: dict[str, object] = reports[0]
    return report


def test_a_refused_attachment_is_said_and_never_green(tmp_path: Path) -> None:
    draft = email_with_a_zip_bomb_attached(tmp_path)
    report = _report(check(draft))
    assert any("attachment not read" in note for note in report["notes"])  # type: ignore[attr-defined]
    assert report["traffic_light"] != "green"
    text = check(draft, "text").stdout.decode()
    assert "Note: attachment not read: concept.docx" in text


def test_a_pdf_repeating_one_stream_is_read_in_part_and_says_so(tmp_path: Path) -> None:
    report = _report(check(pdf_pages_sharing_one_stream(tmp_path)))
    assert any("were not read" in note for note in report["notes"])  # type: ignore[attr-defined]
    assert report["traffic_light"] != "green"


def test_a_long_text_is_checked_in_part_with_findings_capped(tmp_path: Path) -> None:
    draft = text_of_many_lines(tmp_path, megabytes=3)
    report = _report(check(draft))
    assert any("characters of" in note for note in report["notes"])  # type: ignore[attr-defined]
    assert report["omitted"]  # more findings than are listed, counted per rule
    text = check(draft, "text").stdout.decode()
    assert "more like this (A word the brand never uses)" in text
    assert "terminology.banned" not in text  # rule ids are never shown


def test_a_file_name_with_escapes_is_printed_escaped(tmp_path: Path) -> None:
    result = check(file_name_with_escapes(tmp_path), "text")
    assert_clean_end(result)
    assert b"\x1b" not in result.stdout and b"\\x1b[2J\\u202etxt.exe.txt" in result.stdout
