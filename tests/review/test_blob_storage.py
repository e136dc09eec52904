"""Agency files are kept once by content, compressed where that pays, and go with the last
version that delivered them (SQLite and PostgreSQL)."""

from __future__ import annotations

import os

from sqlalchemy import select

from brandregie import models as m
from brandregie.review.service import ReviewService
from brandregie.store.blobs import BLOB_IO_BYTES
from brandregie.store.database import Store

TEXT = ("Wij zoeken een bakker die van vroeg opstaan houdt.\n" * 3000).encode()
PDF = b"%PDF-1.7\n" + os.urandom(200_000)


def _blobs(store: Store) -> dict[str, tuple[int, int, str]]:
    with store.session() as s:
        return {r.sha256: (r.size, r.stored_size, r.codec) for r in s.execute(
            select(m.Blob.sha256, m.Blob.size, m.Blob.stored_size, m.Blob.codec))}


def test_the_same_attachment_twice_is_one_stored_file(service: ReviewService,
                                                      store: Store) -> None:
    one = service.create_assignment("Bakkerij Korenaar", "Vacature bakker")
    two = service.create_assignment("Bakkerij Korenaar", "Vacature bakker (herhaald)")
    first = service.add_version(one.id, "vacature.txt", TEXT)
    again = service.add_version(two.id, "vacature-kopie.txt", TEXT)
    scan = service.add_version(one.id, "vacature.pdf", PDF)
    stored = _blobs(store)
    assert len(stored) == 2
    size, kept, codec = stored[first.sha256]
    assert (size, codec) == (len(TEXT), "zlib") and kept < len(TEXT) / 20
    assert stored[scan.sha256] == (len(PDF), len(PDF), "raw")  # compressing did not pay
    assert service.version_data(again.id) == ("vacature-kopie.txt", TEXT)
    assert service.check_job(scan.id).data == PDF


def test_a_file_goes_with_the_last_version_that_delivered_it(service: ReviewService,
                                                             store: Store) -> None:
    one = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    two = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief (kopie)")
    first = service.add_version(one.id, "brief.txt", TEXT)
    other = service.add_version(one.id, "brief.pdf", PDF)
    service.add_version(two.id, "brief.txt", TEXT)
    service.delete_version(other.id)
    assert set(_blobs(store)) == {first.sha256}
    service.delete_assignment(one.id)
    assert set(_blobs(store)) == {first.sha256}  # the other assignment still has it
    service.delete_assignment(two.id)
    assert _blobs(store) == {}


def test_a_large_file_is_kept_and_read_back_byte_for_byte(service: ReviewService,
                                                          store: Store) -> None:
    """Files past blob I/O's threshold (on SQLite written and read through it), raw and
    compressed, come back exactly as delivered."""
    scan = b"%PDF-1.7\n" + os.urandom(2 * BLOB_IO_BYTES)
    text = TEXT * (3 * BLOB_IO_BYTES // len(TEXT) + 1)
    assignment = service.create_assignment("Bakkerij Korenaar", "Jaarverslag")
    big = service.add_version(assignment.id, "jaarverslag.pdf", scan)
    long = service.add_version(assignment.id, "jaarverslag.txt", text)
    stored = _blobs(store)
    assert stored[big.sha256] == (len(scan), len(scan), "raw")
    assert stored[long.sha256][2] == "zlib"
    assert service.version_data(big.id) == ("jaarverslag.pdf", scan)
    assert service.check_job(long.id).data == text
    service.delete_version(big.id)
    assert set(_blobs(store)) == {long.sha256}
