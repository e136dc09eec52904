"""A dropped file is read up to the size limit and no further, whatever its size said: a file
that grows while it is read, or a system file that says 0 bytes and never ends, is refused as
too large instead of filling the memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ENDLESS = Path("/proc/self/pagemap")  # a regular file of size 0 that reads on for gigabytes

#: Under a 1.5 GB address-space cap: keep the endless file as a version, print the outcome.
KEEP = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 * 1024,) * 2)
from brandregie.errors import BrandRegieError
from brandregie.paths import sample_pack
from brandregie.profile.pack import read_pack
from brandregie.profile.service import ProfileService
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
with open_store(sys.argv[1]) as store:
    ProfileService(store, author="anna").import_snapshot(read_pack(sample_pack()))
    service = ReviewService(store)
    assignment = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    try:
        service.add_version_from_file(assignment.id, sys.argv[2])
        print("kept")
    except BrandRegieError as exc:
        print(exc.message)
    print(len(service.versions(assignment.id)))
"""


@pytest.mark.skipif(not ENDLESS.is_file(), reason="needs Linux's /proc")
def test_a_file_that_never_ends_is_refused_as_too_large(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", KEEP, f"sqlite:///{tmp_path / 'store.db'}", str(ENDLESS)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == ["pagemap is too large to keep (more than 200 MB)", "0"]
