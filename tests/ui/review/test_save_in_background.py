"""Saving the feedback file and the corrected copy: the writing runs on a worker, the window
answers meanwhile, a line says when the file is there, and a failure is one sentence."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from brandregie.models.review import DecisionOutcome
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review import feedback_file
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from tests.ui.review.conftest import shown_review

TEXT = ("Heeft u al kennis gemaakt met onze broodspecialisten? Wij zijn goedkoop en "
        "innovatief.\n")




def test_the_feedback_pdf_is_written_on_a_worker_while_the_window_answers(
        qtbot: QtBot, review_db: Path, tmp_path: Path, sample_snapshot: ProfileSnapshot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    draft = tmp_path / "nieuwsbrief.txt"
    draft.write_text(TEXT, "utf-8")
    holding, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []
    real = feedback_file.feedback_attachment

    def held(*args: Any, **kwargs: Any) -> tuple[str, bytes, str]:
        threads.append(threading.current_thread())
        holding.set()
        assert release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(feedback_file, "feedback_attachment", held)
    with open_store(review_db) as store:
        view, version_id = shown_review(qtbot, ReviewService(store), draft, sample_snapshot)
        view.service.decide(version_id, DecisionOutcome.CHANGES_REQUESTED,
                            "Schrijf met je en jij.")
        view.reload()
        out = tmp_path / "nieuwsbrief - feedback.pdf"
        assert view.save_feedback(str(out)) == str(out)
        assert holding.wait(30), "the writing started on the worker"
        assert threads[0] is not threading.main_thread()

        # the window answers while the file is being written
        assert view.status.text() == "Saving nieuwsbrief - feedback.pdf…"
        first = view.current_key()
        QTest.keyClick(view, Qt.Key.Key_N)
        assert view.current_key() != first
        assert not out.exists()

        release.set()
        with qtbot.waitSignal(view.feedback.saver.runner.finished, timeout=60_000):
            pass
        assert view.status.text() == "Saved nieuwsbrief - feedback.pdf"
        subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Schrijf met je en jij." in text
        view.close()


def test_a_corrected_copy_that_cannot_be_written_is_one_sentence(
        qtbot: QtBot, review_db: Path, tmp_path: Path,
        sample_snapshot: ProfileSnapshot) -> None:
    draft = tmp_path / "post.md"
    draft.write_text("# Nieuws\n\n" + TEXT, "utf-8")
    with open_store(review_db) as store:
        view, _version_id = shown_review(qtbot, ReviewService(store), draft, sample_snapshot)
        view.fix_bar.apply_all_button.click()
        out = tmp_path / "missing folder" / "post - corrected.md"
        assert view.save_corrected_copy(str(out)) == str(out)
        view.feedback.saver.settle()
        box = view.findChild(QMessageBox, "problem")
        assert box is not None
        assert box.text().count(".") <= 1 and "cannot be written" in box.text()
        assert "post - corrected.md" in box.text() and not out.exists()
        assert view.status.text() == ""

        good = tmp_path / "post - corrected.md"
        view.save_corrected_copy(str(good))
        view.feedback.saver.settle()
        assert view.status.text() == "Saved post - corrected.md"
        assert "Heb je al kennis gemaakt met onze bakkers?" in good.read_text("utf-8")
        view.close()


def test_the_save_buttons_wait_while_a_file_is_being_written(
        qtbot: QtBot, review_db: Path, tmp_path: Path, sample_snapshot: ProfileSnapshot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A second save while one runs would replace the first job (its "Saved" line lost): the
    buttons that start a save are off until the file is there, even if the view redraws."""
    draft = tmp_path / "nieuwsbrief.txt"
    draft.write_text(TEXT, "utf-8")
    holding, release = threading.Event(), threading.Event()
    real = feedback_file.feedback_attachment

    def held(*args: Any, **kwargs: Any) -> tuple[str, bytes, str]:
        holding.set()
        assert release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(feedback_file, "feedback_attachment", held)
    with open_store(review_db) as store:
        view, version_id = shown_review(qtbot, ReviewService(store), draft, sample_snapshot)
        view.fix_bar.apply_all_button.click()
        view.service.decide(version_id, DecisionOutcome.CHANGES_REQUESTED, "Schrijf met je.")
        view.reload()
        buttons = (view.header.feedback_button, view.fix_bar.copy_button)
        assert all(b.isEnabled() for b in buttons)
        out = tmp_path / "nieuwsbrief - feedback.pdf"
        view.save_feedback(str(out))
        assert holding.wait(30)
        assert not any(b.isEnabled() for b in buttons), "no second save while one runs"
        view.reload()  # a redraw meanwhile (an answer, a recheck) does not turn them on
        assert not any(b.isEnabled() for b in buttons)

        release.set()
        with qtbot.waitSignal(view.feedback.saver.runner.finished, timeout=60_000):
            pass
        assert all(b.isEnabled() for b in buttons)
        assert view.status.text() == "Saved nieuwsbrief - feedback.pdf"
        subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
        view.close()


def test_after_a_failed_save_the_buttons_are_as_the_view_left_them(
        qtbot: QtBot, review_db: Path, tmp_path: Path,
        sample_snapshot: ProfileSnapshot) -> None:
    draft = tmp_path / "post.md"
    draft.write_text("# Nieuws\n\n" + TEXT, "utf-8")
    with open_store(review_db) as store:
        view, _version_id = shown_review(qtbot, ReviewService(store), draft, sample_snapshot)
        view.fix_bar.apply_all_button.click()
        assert view.fix_bar.copy_button.isEnabled()
        assert not view.header.feedback_button.isEnabled(), "not decided yet"
        view.save_corrected_copy(str(tmp_path / "missing folder" / "post - corrected.md"))
        view.feedback.saver.settle()
        assert view.findChild(QMessageBox, "problem") is not None
        assert view.fix_bar.copy_button.isEnabled()
        assert not view.header.feedback_button.isEnabled(), "still not decided"
        view.close()
