"""A PDF whose packed streams inflate beyond reason is refused before PDFium unpacks them
(issue #20, class 2: a 1 GB content stream took the reader's whole 1 GB memory cap)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandregie.ingest import Limits, read_document
from brandregie.ingest.errors import TooLargeError
from brandregie.ingest.limits import MB
from tests.hostile.drafts import (
    pdf_with_a_huge_stream,
    pdf_with_a_large_photo,
    pdf_with_an_attachment,
)


def test_a_content_stream_bomb_is_refused_with_its_reason(tmp_path: Path) -> None:
    draft = pdf_with_a_huge_stream(tmp_path, megabytes=100)
    with pytest.raises(TooLargeError) as caught:
        read_document(draft)
    assert caught.value.message == ("huge-stream.pdf is too large to check: a part of it "
                                    "unpacks to more than 64 MB")


def test_many_streams_within_the_budget_each_are_refused_together(tmp_path: Path) -> None:
    draft = pdf_with_a_huge_stream(tmp_path, megabytes=3, streams=4)
    limits = Limits(max_pdf_stream_bytes=4 * MB, max_pdf_streams_bytes=10 * MB)
    with pytest.raises(TooLargeError, match="its parts unpack to more than 10 MB together"):
        read_document(draft, limits=limits)
    assert read_document(draft, limits=Limits(max_pdf_stream_bytes=4 * MB)).pages == 1


def test_a_large_photo_is_no_stream_bomb(tmp_path: Path) -> None:
    document = read_document(pdf_with_a_large_photo(tmp_path))
    assert "Vers brood, elke dag." in document.text
    assert document.notes == ("image 1 on page 1 is too large to check",)


def test_an_attached_file_is_not_unpacked_to_read_the_pages(tmp_path: Path) -> None:
    document = read_document(pdf_with_an_attachment(tmp_path))  # 100 MB, past the 64 MB
    assert document.text == "Vers brood, elke dag." and document.notes == ()
