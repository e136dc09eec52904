"""The voice.drift card shows the voice as bars (draft beside own texts); an approved version
joins "Sounds like us" with one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from brandregie.models.review import DecisionOutcome
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.ui.review.review_view import ReviewView
from brandregie.ui.review.voice_chart import VoiceChart
from tests.checks.test_voice import OWN, REWRITE
from tests.review.drafts import checked
from tests.review.own_voice import with_own_texts


def _view(qtbot: QtBot, service: ReviewService, version_id: int) -> ReviewView:
    view = ReviewView(service)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.show_version(version_id)
    return view


def test_the_voice_card_shows_the_features_as_bars(qtbot: QtBot, review_db: Path) -> None:
    with open_store(review_db) as store:
        with_own_texts(store)
        service = ReviewService(store, author="anna")
        version_id = checked(service, REWRITE, name="over-ons.txt")
        view = _view(qtbot, service, version_id)
        assert view.review is not None
        drift = [f for f in view.review.findings if f.finding.rule == "voice.drift"]
        assert drift, "the polished rewrite is named"
        qtbot.waitUntil(lambda: drift[0].key in view.cards.cards)  # cards come in turns
        card = view.cards.cards[drift[0].key]
        chart = card.extra
        assert isinstance(chart, VoiceChart)
        view.select_finding(drift[0].key)
        qtbot.waitUntil(chart.isVisible, timeout=3000)
        rows = {label: (here, usual) for label, here, usual in chart.rows()}
        assert "Superlatives" in rows and "Nouns made of verbs" in rows
        here, usual = rows["Superlatives"]
        assert here.endswith("per 100 words") and float(here.split()[0]) > float(usual.split()[0])
        assert chart.height() >= 5 * chart.fontMetrics().height()
        # other findings have no chart
        others = [f for f in view.review.findings if f.finding.rule != "voice.drift"]
        assert all(view.cards.cards[f.key].extra is None for f in others
                   if f.key in view.cards.cards)


def test_an_approved_version_joins_sounds_like_us_with_one_click(
        qtbot: QtBot, review_db: Path) -> None:
    with open_store(review_db) as store:
        service = ReviewService(store, author="anna")
        version_id = checked(service, OWN[:2], name="over-ons.txt", title="Over ons")
        view = _view(qtbot, service, version_id)
        assert not view.own_text.isVisible()  # not approved yet: nothing to offer
        service.decide(version_id, DecisionOutcome.APPROVED)
        view.show_version(version_id)
        assert view.own_text.isVisible() and view.own_text.button.isEnabled()
        QTest.mouseClick(view.own_text.button, Qt.MouseButton.LeftButton)
        texts = service.profiles.snapshot("Bakkerij Korenaar").brand.voice.texts
        assert [t.title for t in texts] == ["Over ons (version 1)"]
        assert texts[0].text.startswith("Ik sta elke ochtend om vier uur")
        assert not view.own_text.button.isEnabled()
        assert view.own_text.button.text() == "In “Sounds like us”"
        assert "Sounds like us" in view.status.text()
