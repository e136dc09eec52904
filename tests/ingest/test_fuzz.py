"""Random and mutated bytes, fed to every reader: only documents or typed errors come out.

Each reader is called in-process (fast, so hypothesis can try many inputs) through the same
``read_kind`` the sandbox runs, and a smaller number go through the public ``read_bytes``
with the real sandbox. ``read_kind`` turns any stray exception into "damaged" and logs it as a
warning; these tests fail on such a warning, so every reader must raise its typed errors itself.
"""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brandregie.ingest import Document, read_bytes
from brandregie.ingest.errors import DocumentError
from brandregie.ingest.formats.context import ReadContext
from brandregie.ingest.worker import READERS, read_kind

DRAFTS = Path(__file__).resolve().parents[1] / "fixtures" / "drafts"
SAMPLES = {
    "text": DRAFTS / "notitie.txt", "markdown": DRAFTS / "nieuwsbrief.md",
    "html": DRAFTS / "nieuwsbrief.html", "email": DRAFTS / "nieuwsbrief.eml",
    "docx": DRAFTS / "vacature.docx", "odt": DRAFTS / "lo-vacature.odt",
    "pptx": DRAFTS / "presentatie.pptx", "pdf": DRAFTS / "reportlab.pdf",
    "image": DRAFTS / "logo.png",
}
#: Old Office files are converted by LibreOffice, a program of its own (fuzzed by its makers; a
#: conversion takes seconds): tests/ingest/test_office.py feeds it damaged ones. What decides
#: that a file is one (the compound-file directory) is fuzzed here, through the public API.
CONVERTED = {"doc", "ppt"}
KINDS = sorted(SAMPLES)
assert set(SAMPLES) == set(READERS) - CONVERTED


class _Strays(logging.Handler):
    """Collects the worker's "a parser tripped over the file" warnings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


STRAYS = _Strays()
logging.getLogger("brandregie.ingest.worker").addHandler(STRAYS)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """A sample of some kind with bytes flipped, cut, duplicated or inserted."""
    kind = draw(st.sampled_from(KINDS))
    data = bytearray(SAMPLES[kind].read_bytes())
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "duplicate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if action == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at:at + draw(st.integers(1, 4096))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            data[at:at] = data[at:at + draw(st.integers(1, 512))]
    return kind, bytes(data)


@st.composite
def mutated_member(draw: st.DrawFn) -> tuple[str, bytes]:
    """An office file whose zip is intact but one XML part is damaged inside."""
    kind = draw(st.sampled_from(["docx", "odt", "pptx"]))
    source = zipfile.ZipFile(SAMPLES[kind])
    target = draw(st.sampled_from(sorted(n for n in source.namelist()
                                         if n.endswith((".xml", ".rels")))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            body = bytearray(source.read(info))
            if info.filename == target:
                for _ in range(draw(st.integers(1, 5))):
                    at = draw(st.integers(0, max(len(body) - 1, 0)))
                    if draw(st.booleans()):
                        body[at:at + 1] = draw(st.sampled_from(list(b'<>/"=&;: axw0')))\
                            .to_bytes(1, "big")
                    else:
                        del body[at:at + draw(st.integers(1, 60))]
            archive.writestr(info.filename, bytes(body))
    return kind, out.getvalue()


def _read(kind: str, data: bytes) -> None:
    STRAYS.records.clear()
    try:
        result = read_kind(data, ReadContext(f"draft.{kind}"), kind)
    except DocumentError as exc:
        assert exc.message.startswith(f"draft.{kind}")
    else:
        assert isinstance(result, Document)
        for block in result.blocks:
            assert result.text[block.start:block.end] == block.text
    assert [r.exc_info[1] for r in STRAYS.records if r.exc_info] == []


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_drafts_give_documents_or_typed_errors(sample: tuple[str, bytes]) -> None:
    _read(*sample)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_member())
def test_damaged_parts_inside_office_files_give_typed_errors(sample: tuple[str, bytes]) -> None:
    _read(*sample)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(KINDS), st.binary(max_size=2048))
def test_random_bytes_give_documents_or_typed_errors(kind: str, data: bytes) -> None:
    _read(kind, data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), st.sampled_from(["draft.txt", "draft.pdf", "draft.docx", "draft", "x.png"]))
def test_public_api_with_sandbox_gives_documents_or_typed_errors(
        sample: tuple[str, bytes], name: str) -> None:
    try:
        result = read_bytes(sample[1], name)
    except DocumentError as exc:
        assert exc.message
    else:
        assert isinstance(result, Document)
