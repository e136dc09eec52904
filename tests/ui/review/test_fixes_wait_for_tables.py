"""On a fresh machine the language tables take seconds to load; the review view never loads them
on the GUI thread: while the warm-up is still loading them, the fix bar says "Preparing
suggestions…" and the window goes on answering, and the fixes (and a voice card's chart) appear
once the tables are in."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from brandregie.checks import language, tables
from brandregie.models.review import DecisionOutcome, FindingAnswer
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.ui.jobs import Progress, Runner
from brandregie.ui.review.review_view import ReviewView
from brandregie.ui.review.voice_chart import VoiceChart
from tests.checks.test_voice import REWRITE
from tests.review.drafts import checked
from tests.review.own_voice import with_own_texts
from tests.ui.review.conftest import checked_draft

DRAFT = ("Heeft u al kennis gemaakt met onze broodspecialisten? "
         "Wij zijn niet goedkoop, maar wel lekker.\n")


def _fresh_process(monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    """As a first start on a new machine: an empty cache folder, no table loaded yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setattr(language, "_TOOLS", {})
    tables.lemma_table.cache_clear()
    tables._simplemma_lemmatiser.cache_clear()


def _hold_warm_up(release: threading.Event) -> Runner:
    """The app's warm-up on its worker, held while it holds the tables' loading."""
    holding = threading.Event()

    def warm(progress: Progress) -> None:
        def step(done: int, total: int) -> None:
            if done == 0:
                holding.set()
                release.wait(30)
            progress(done, total)

        language.warm_up(("nl", "en"), step)

    runner = Runner()
    runner.start(warm, key="prepare")
    assert holding.wait(30)
    return runner


def test_the_fix_bar_waits_for_the_warm_up_and_the_window_answers(
        qtbot: QtBot, review_db: Path, tmp_path: Path, sample_snapshot: ProfileSnapshot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    draft = tmp_path / "post.txt"
    draft.write_text(DRAFT, "utf-8")
    with open_store(review_db) as store:
        service = ReviewService(store, author="anna")
        version_id = checked_draft(service, draft, sample_snapshot)

        _fresh_process(monkeypatch, tmp_path / "fresh-cache")
        release = threading.Event()
        warm_up = _hold_warm_up(release)

        view = ReviewView(service)
        qtbot.addWidget(view)
        view.show()
        view.show_version(version_id)  # returns: the GUI thread did not load the tables
        bar = view.fix_bar
        assert bar.isVisible() and bar.preparing.isVisible()
        assert bar.preparing.text() == "Preparing suggestions…"
        assert not bar.apply_all_button.isVisible() and view.fixes == {}
        assert view.review is not None
        key = next(f.key for f in view.review.findings if f.finding.excerpt == "u")
        view.select_finding(key)
        assert "→" not in view.cards.cards[key].label.text()
        assert not view.bar.fix_button.isVisible()

        # the window answers: keys, and events posted to the GUI thread
        QTest.keyClick(view.cards, Qt.Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
        answered: list[bool] = []
        QTimer.singleShot(0, lambda: answered.append(True))
        QCoreApplication.processEvents()
        assert answered
        assert not language.loaded("nl")  # still the warm-up's job, not the GUI thread's
        assert next(f.answer for f in view.review.findings if f.key == key) \
            is FindingAnswer.OPEN  # no fix applied from nothing

        with qtbot.waitSignal(view.tables.ready, timeout=60_000):
            release.set()
        assert warm_up.wait()
        assert language.loaded("nl") and language.loaded("en")
        assert (tmp_path / "fresh-cache").is_dir()  # the tables were made in the new folder
        assert not bar.preparing.isVisible() and bar.apply_all_button.isVisible()
        assert bar.apply_all_button.text() == "Apply all safe fixes (2)"
        assert view.current_key() == key  # the owner's place is kept
        assert "“Heeft u” → “Heb je”" in view.cards.cards[key].label.text()
        assert view.bar.fix_button.isVisible()
        view.close()


def test_the_voice_chart_comes_once_the_tables_are_in(
        qtbot: QtBot, review_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(review_db) as store:
        with_own_texts(store)
        service = ReviewService(store, author="anna")
        version_id = checked(service, REWRITE, name="over-ons.txt")
        _fresh_process(monkeypatch, tmp_path / "fresh-cache")
        release = threading.Event()
        warm_up = _hold_warm_up(release)

        view = ReviewView(service)
        qtbot.addWidget(view)
        view.show()
        view.show_version(version_id)
        assert view.review is not None
        key = next(f.key for f in view.review.findings if f.finding.rule == "voice.drift")
        qtbot.waitUntil(lambda: key in view.cards.cards)  # the cards below come in turns
        assert view.cards.cards[key].extra is None  # no chart yet, and no load here
        assert not language.loaded("nl")

        with qtbot.waitSignal(view.tables.ready, timeout=60_000):
            release.set()
        assert warm_up.wait()
        qtbot.waitUntil(lambda: key in view.cards.cards
                        and isinstance(view.cards.cards[key].extra, VoiceChart),
                        timeout=60_000)  # nl, then en (the loans) too
        view.close()


def test_feedback_with_applied_fixes_waits_for_the_tables(
        qtbot: QtBot, review_db: Path, tmp_path: Path, sample_snapshot: ProfileSnapshot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Fixes applied in an earlier session: their feedback is not written on the GUI thread
    while the tables load; it is once they are in."""
    draft = tmp_path / "post.txt"
    draft.write_text(DRAFT, "utf-8")
    with open_store(review_db) as store:
        service = ReviewService(store, author="anna")
        version_id = checked_draft(service, draft, sample_snapshot)
        view = ReviewView(service)
        qtbot.addWidget(view)
        view.show_version(version_id)
        view.fix_bar.apply_all_button.click()
        service.decide(version_id, DecisionOutcome.CHANGES_REQUESTED, "Zie de opmerkingen")
        view.close()

        _fresh_process(monkeypatch, tmp_path / "fresh-cache")
        release = threading.Event()
        warm_up = _hold_warm_up(release)
        view = ReviewView(service)
        qtbot.addWidget(view)
        view.show()
        view.show_version(version_id)
        out = tmp_path / "feedback.pdf"
        assert view.save_feedback(str(out)) is None and not out.exists()
        assert view.status.text() == "Preparing suggestions… try again in a moment."
        assert not language.loaded("nl")

        with qtbot.waitSignal(view.tables.ready, timeout=60_000):
            release.set()
        assert warm_up.wait()
        assert view.save_feedback(str(out)) == str(out)
        view.feedback.saver.settle()
        assert out.stat().st_size > 0
        view.close()
