"""The draft's text: highlights sit on the finding's own words, also after emoji."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from brandregie.checks.model import Finding, Location, Severity
from brandregie.ingest.document import Document
from brandregie.review.compare import finding_key
from brandregie.review.records import DraftView, ReviewedFinding
from brandregie.store.database import Store
from brandregie.ui.review.text_view import BREAK_EVERY, DraftTextView, OffsetMap
from tests.review.drafts import VERSION_1, word_file
from tests.ui.review.conftest import page_on_new_assignment

TEXT = "Vers 🥖 brood 🎉🎉 uit de fabriek."


def _finding(word: str) -> ReviewedFinding:
    start = TEXT.index(word)
    finding = Finding("terminology.banned", Severity.ERROR, "m", word,
                      Location(1, start, start + len(word)))
    return ReviewedFinding(finding, finding_key(finding))


def test_offsets_after_emoji_map_to_the_same_words_in_qt() -> None:
    mapping = OffsetMap(TEXT)
    start = TEXT.index("fabriek")
    assert mapping.to_qt(start) == start + 3  # three emoji take two UTF-16 units each
    assert mapping.from_qt(mapping.to_qt(start)) == start
    assert OffsetMap("plain").to_qt(3) == 3


def test_the_highlight_covers_the_word_and_a_click_on_it_finds_the_finding(
        qtbot: QtBot) -> None:
    view = DraftTextView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    found = _finding("fabriek")
    document = Document.from_paragraphs("d.txt", [TEXT])
    view.show_draft(DraftView("d.txt", "text", document.text, document.blocks), [found])
    selection = view.extraSelections()[0]
    assert selection.cursor.selectedText() == "fabriek"
    clicked: list[str] = []
    view.finding_clicked.connect(clicked.append)
    cursor = view.textCursor()
    cursor.setPosition(OffsetMap(TEXT).to_qt(TEXT.index("fabriek") + 3))
    rect = view.cursorRect(cursor)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    assert clicked == [found.key]


def test_the_draft_can_be_opened_with_the_keyboard_alone(
        qtbot: QtBot, review_store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    service, assignment, page = page_on_new_assignment(qtbot, review_store)
    draft = tmp_path / "nieuwsbrief.docx"
    draft.write_bytes(word_file(VERSION_1))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([str(draft)], "")))
    button = page.drop.open_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        QTest.keyClick(button, Qt.Key.Key_Space)
    assert [v.file_name for v in service.versions(assignment.id)] == ["nieuwsbrief.docx"]


def test_a_line_without_spaces_is_shown_with_places_to_break_and_findings_stay_on_their_words(
        qtbot: QtBot) -> None:
    """Qt's layout of a line with nowhere to break grows with the square of its length (a
    hostile draft of one 2-million-letter line held the window for minutes)."""
    run = "x" * 2_345
    text = f"Ons {run}fabriek {run} en de fabriek 😀 bakt."
    start = text.index("fabriek")
    last = text.rindex("fabriek")
    findings = [ReviewedFinding(f, finding_key(f)) for f in (
        Finding("terminology.banned", Severity.ERROR, "m", "fabriek",
                Location(1, start, start + 7)),
        Finding("terminology.banned", Severity.WARNING, "m", "fabriek",
                Location(1, last, last + 7)))]
    view = DraftTextView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    document = Document.from_paragraphs("d.txt", [text])
    view.show_draft(DraftView("d.txt", "text", document.text, document.blocks), findings)
    shown = view.toPlainText()
    assert max(len(run) for run in re.split(r"[\s\u200b]+", shown)) <= BREAK_EVERY
    assert shown.replace("\u200b", "") == text
    assert [s.cursor.selectedText() for s in view.extraSelections()] == ["fabriek", "fabriek"]
    mapping = OffsetMap(text)
    for offset in (0, start, start + 3, last + 2, len(text)):
        assert mapping.from_qt(mapping.to_qt(offset)) == offset
    clicked: list[str] = []
    view.finding_clicked.connect(clicked.append)
    cursor = view.textCursor()
    cursor.setPosition(mapping.to_qt(last + 3))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, view.cursorRect(cursor).center())
    assert clicked == [findings[1].key]
