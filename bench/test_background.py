"""The five background articles (real Dutch marketing writing) are checked without error.

The articles live beside the repository in this workplace (``../shared/background``), not in it,
so this is a bench, not part of the suite: ``.venv/bin/pytest bench/test_background.py``. Without
the articles every test here is skipped and says why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from brandregie.checks import check_document
from brandregie.ingest import read_document
from brandregie.paths import sample_pack
from brandregie.profile.pack import read_pack
from brandregie.profile.snapshot import ProfileSnapshot

#: ``shared/background`` beside the checkout (or beside a folder above it, for a worktree).
BACKGROUND = next((folder / "shared" / "background" for folder in Path(__file__).resolve().parents
                   if (folder / "shared" / "background").is_dir()),
                  Path(__file__).resolve().parents[2] / "shared" / "background")
ARTICLES = sorted(BACKGROUND.glob("*.txt"))

pytestmark = pytest.mark.skipif(not ARTICLES, reason=f"no background articles in {BACKGROUND}")


@pytest.fixture
def sample_snapshot() -> ProfileSnapshot:
    return read_pack(sample_pack())


def test_all_five_articles_are_there() -> None:
    assert len(ARTICLES) == 5


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_article_is_checked_as_dutch_with_sound_findings(path: Path,
                                                         sample_snapshot: ProfileSnapshot
                                                         ) -> None:
    document = read_document(path)
    report = check_document(document, sample_snapshot, lang="nl")
    assert report.language == "nl"
    assert 0 <= report.score <= 100
    assert report.stats.words > 400
    for finding in report.findings:
        location = finding.location
        assert 0 <= location.start <= location.end <= len(document.text)
        if finding.rule.startswith(("terminology.", "tone.")):
            shown = " ".join(document.text[location.start:location.end].split())
            assert shown == finding.excerpt


def test_quoted_u_vraagt_wij_draaien_is_not_an_address_error(
        sample_snapshot: ProfileSnapshot) -> None:
    path = BACKGROUND / "01-u-vraagt-wij-draaien.txt"
    report = check_document(read_document(path), sample_snapshot)
    assert [f for f in report.findings if f.rule == "tone.address"] == []
