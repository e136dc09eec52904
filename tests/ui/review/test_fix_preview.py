"""The finding card shows the brand's version of the words, where the fix is mechanical."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.ui.review.review_view import ReviewView
from tests.ui.review.conftest import checked_draft

DRAFT = ("Heeft u al kennis gemaakt met onze broodspecialisten? "
         "Wij zijn niet goedkoop, maar wel lekker.\n")


def test_the_card_shows_the_brands_version(qtbot: QtBot, review_db: Path, tmp_path: Path,
                                           sample_snapshot: ProfileSnapshot) -> None:
    draft = tmp_path / "post.txt"
    draft.write_text(DRAFT, "utf-8")
    with open_store(review_db) as store:
        service = ReviewService(store, author="anna")
        version_id = checked_draft(service, draft, sample_snapshot)
        view = ReviewView(service)
        qtbot.addWidget(view)
        view.show_version(version_id)
        assert view.review is not None
        cards: dict[str, str] = {}
        for reviewed in view.review.findings:
            view.select_finding(reviewed.key)
            cards[reviewed.finding.excerpt] = view.cards.cards[reviewed.key].label.text()
        assert "“broodspecialisten” → “bakkers”" in cards["broodspecialisten"]
        assert "(safe to apply)" in cards["broodspecialisten"]
        assert "“Heeft u” → “Heb je”" in cards["u"]
        # the banned word's suggestion is advice: shown as a proposal to check
        assert "“goedkoop” → “eerlijke prijs”" in cards["goedkoop"]
        assert "(to check:" in cards["goedkoop"]
