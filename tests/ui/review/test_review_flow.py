"""The whole review, as the owner does it, from a new assignment to approval and a restart.

Create an assignment, drop a Word file, wait for the check (on a worker thread), see the
findings beside the text; then by keyboard alone walk the findings, dismiss two (and undo one),
remark, allow a word, ask for changes and save the commented Word file; drop version 2, see
what was fixed, what is new and what remains, approve; close everything, open it again.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from brandregie.models.review import AssignmentKind, AssignmentStatus, FindingAnswer
from brandregie.profile.service import ProfileService
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.ui.review.dialogs import AssignmentDialog, TextDialog
from brandregie.ui.review.page import AssignmentsPage
from brandregie.ui.review.review_view import ReviewView
from brandregie.ui.review.text_view import DraftTextView
from tests.review.annotated import word_comments
from tests.review.drafts import VERSION_1, VERSION_2, word_file
from tests.ui.review.conftest import drop_files, open_dialog, opened_review, press_ok

CHECK_TIMEOUT = 60_000
NO_KEYS = Qt.KeyboardModifier.NoModifier


def _page(qtbot: QtBot, db: Path) -> tuple[AssignmentsPage, ReviewService]:
    store = open_store(db)
    service = ReviewService(store, author="anna")
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    _activate(qtbot, page)
    return page, service


def _activate(qtbot: QtBot, page: AssignmentsPage) -> None:
    """Keys reach a window's shortcuts only while it is the active one (as on a desktop)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def _point_at(view: DraftTextView, offset: int) -> tuple[int, int]:
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    rect = view.cursorRect(cursor)
    return rect.center().x() + 3, rect.center().y()


def _click_text(qtbot: QtBot, view: DraftTextView, offset: int, *, double: bool = False
                ) -> None:
    x, y = _point_at(view, offset)
    click = QTest.mouseDClick if double else QTest.mouseClick
    click(view.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, QPoint(x, y))


def _key(qtbot: QtBot, review: ReviewView, key: Qt.Key, text: str = "") -> None:
    """Press ``key`` where the focus is in the review (as a person at the keyboard does)."""
    target = QApplication.focusWidget() or review
    QTest.keyClick(target, key, NO_KEYS)


def _type(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, text)


def _walk_to(qtbot: QtBot, review: ReviewView, excerpt: str) -> str:
    """Press N (then P) until the finding whose words are ``excerpt`` is the current one."""
    for key in (Qt.Key.Key_N, Qt.Key.Key_P):
        for _step in range(len(review.cards.order()) + 1):
            current = review.current_finding()
            if current is not None and current.finding.excerpt == excerpt:
                return current.key
            _key(qtbot, review, key)
    raise AssertionError(f"no finding “{excerpt}” reached with N")


def _wait_check(qtbot: QtBot, page: AssignmentsPage) -> None:
    with qtbot.waitSignal(page.runner.finished, timeout=CHECK_TIMEOUT):
        pass


def test_the_owner_reviews_two_versions_and_approves(qtbot: QtBot, review_db: Path,
                                                     tmp_path: Path) -> None:
    page, service = _page(qtbot, review_db)
    review = page.review_view

    # 1. a new assignment, filled in like a person does
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, page, AssignmentDialog)
    QTest.keyClicks(dialog.title, "Nieuwsbrief mei")
    dialog.kind.setCurrentIndex(dialog.kind.findData(AssignmentKind.NEWSLETTER.value))
    press_ok(qtbot, dialog)
    assert page.assignment is not None and page.assignment.title == "Nieuwsbrief mei"
    assert page.assignment.status is AssignmentStatus.BRIEFED
    assignment_id = page.assignment.id

    # 2. drop the Word file; the check runs in the background with progress
    v1 = tmp_path / "nieuwsbrief-v1.docx"
    v1.write_bytes(word_file(VERSION_1))
    progress: list[float] = []
    page.runner.progress.connect(lambda _vid, done: progress.append(done))
    with qtbot.waitSignal(page.runner.finished, timeout=CHECK_TIMEOUT):
        drop_files(page.drop, [v1])
        assert page.progress_box.isVisible(), "the window shows the check's progress"
    opened_review(qtbot, page)
    assert progress and progress[-1] == 1.0
    assert page.tabs.currentWidget() is review
    assert review.review is not None and review.review.version.number == 1

    # 3. the findings: cards beside the draft, marked in the text, linked both ways
    excerpts = {card.reviewed.finding.excerpt for card in review.cards.cards.values()}
    assert {"ontzorgen", "goedkoop"} <= excerpts
    assert len(review.text.highlighted_keys()) >= 2
    text = review.text.toPlainText()
    _click_text(qtbot, review.text, text.index("ontzorgen") + 2)
    current = review.current_finding()
    assert current is not None and current.finding.excerpt == "ontzorgen"
    assert "Holle marketingtaal." in review.cards.cards[current.key].label.text()

    # 4. from here on the keyboard alone: N/P walk the findings in the panel's order
    _activate(qtbot, page)
    review.cards.setFocus()
    first_key = review.cards.order()[0]
    _key(qtbot, review, Qt.Key.Key_P)
    _key(qtbot, review, Qt.Key.Key_P)
    _key(qtbot, review, Qt.Key.Key_P)
    assert review.current_key() == first_key
    cheap_key = _walk_to(qtbot, review, "goedkoop")
    assert review.text.textCursor().position() == text.index("goedkoop")
    delivered = review.badge.score
    assert delivered is not None
    assert "as delivered" in review.header.score_line.full_text()

    # dismiss "goedkoop" with a typed reason (D, type, Enter): the score moves at once
    _key(qtbot, review, Qt.Key.Key_D)
    assert review.bar.reason_row.isVisible()
    _type("Actieprijs, dat mag")
    _key(qtbot, review, Qt.Key.Key_Return)
    dismissed = next(f for f in review.review.findings if f.key == cheap_key)
    assert dismissed.answer is FindingAnswer.DISMISSED
    assert dismissed.reason == "Actieprijs, dat mag"
    assert review.badge.score is not None and review.badge.score > delivered
    assert review.header.score_line.full_text() == (
        f"{review.badge.score} after your answers; {delivered} as delivered")
    assert review.current_key() != cheap_key, "an answer moves on to the next finding"

    # dismiss a second one with a reason picked from the list (D, Down, Enter) ...
    second_key = review.current_key()
    assert second_key is not None
    _key(qtbot, review, Qt.Key.Key_D)
    _key(qtbot, review, Qt.Key.Key_Down)
    _key(qtbot, review, Qt.Key.Key_Return)
    second = next(f for f in review.review.findings if f.key == second_key)
    assert second.dismissed and second.reason == "A quote or a name"
    after_two = review.badge.score
    # ... undo it (U): open again, the score back; then dismiss it again
    review.cards.setFocus()
    _key(qtbot, review, Qt.Key.Key_U)
    assert review.current_key() == second_key
    assert not next(f for f in review.review.findings if f.key == second_key).dismissed
    _key(qtbot, review, Qt.Key.Key_D)
    _key(qtbot, review, Qt.Key.Key_Return)
    assert review.badge.score == after_two
    assert sum(f.dismissed for f in review.review.findings) == 2

    # a remark on "ontzorgen" (R, type, Enter), kept with the answer
    review.cards.setFocus()
    hollow_key = _walk_to(qtbot, review, "ontzorgen")
    _key(qtbot, review, Qt.Key.Key_R)
    _type("Zeg wat je doet")
    _key(qtbot, review, Qt.Key.Key_Return)
    assert next(f for f in review.review.findings if f.key == hollow_key).remark == \
        "Zeg wat je doet"

    # 5. allow a word (W): the brand changes, the draft is checked again, answers kept
    review.cards.setFocus()
    _key(qtbot, review, Qt.Key.Key_P)
    _walk_to(qtbot, review, "ontzorgen")
    with qtbot.waitSignal(page.runner.finished, timeout=CHECK_TIMEOUT):
        _key(qtbot, review, Qt.Key.Key_W)
    opened_review(qtbot, page)
    assert review.review is not None and review.review.version.profile_revision == 2
    assert "ontzorgen" not in {f.finding.excerpt for f in review.review.findings}
    assert review.current_finding() is None or review.current_key() in review.cards.order()
    assert any(f.key == cheap_key and f.dismissed for f in review.review.findings), \
        "the re-check keeps the owner's answers"

    # 6. ask for changes (Alt+C, the summary, Ctrl+Enter)
    _activate(qtbot, page)
    review.cards.setFocus()
    QTest.keyClick(review, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    decision = open_dialog(qtbot, review, TextDialog)
    assert decision.box is not None
    decision.activateWindow()
    qtbot.waitUntil(decision.isActiveWindow)
    decision.box.selectAll()
    QTest.keyClicks(decision.box, "Minder holle woorden, en onze kleuren en letters.")
    QTest.keyClick(decision.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert service.assignment(assignment_id).status is AssignmentStatus.CHANGES_REQUESTED
    report = tmp_path / "feedback.pdf"
    review.save_report(str(report))
    pdf_text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True,
                              text=True, check=True).stdout
    assert "Actieprijs" not in pdf_text, "dismissed points are not sent to the agency"
    commented = tmp_path / "nieuwsbrief-v1 - feedback.docx"
    assert review.save_feedback(str(commented)) == str(commented)
    review.feedback.saver.settle()
    comments = word_comments(commented.read_bytes())
    assert comments, "the agency's Word file comes back with comments"
    assert "goedkoop" not in {words for words, _text in comments}  # dismissed
    assert all("Remark" not in said or "Zeg wat je doet" in said for _w, said in comments)
    assert service.version_data(review.review.version.id)[1] == v1.read_bytes()

    # 7. version 2: what was fixed, what is new, what remains
    page.tabs.setCurrentIndex(0)
    v2 = tmp_path / "nieuwsbrief-v2.docx"
    v2.write_bytes(word_file(VERSION_2))
    with qtbot.waitSignal(page.runner.finished, timeout=CHECK_TIMEOUT):
        drop_files(page.drop, [v2])
    opened_review(qtbot, page)
    assert review.review is not None and review.review.version.number == 2
    comparison = review.comparison
    assert comparison is not None
    assert "goedkoop" in {f.excerpt for f in comparison.fixed}
    assert "fabriek" in {f.excerpt for f in comparison.new}
    # side by side: version 1 left, version 2 right, the words taken out and put in marked
    _activate(qtbot, page)
    review.cards.setFocus()
    _key(qtbot, review, Qt.Key.Key_V)
    assert review.centre.currentWidget() is review.compare
    old_text = review.compare.old.toPlainText()
    new_text = review.compare.new.toPlainText()
    assert "goedkoop" in old_text and "fabriek" in new_text
    assert any("goedkoop" in old_text[a:b] for a, b in review.compare.removed)
    assert any("fabriek" in new_text[a:b] for a, b in review.compare.added)
    _key(qtbot, review, Qt.Key.Key_V)
    assert review.centre.currentWidget() is review.text
    tree = review.compare_tree
    titles = [tree.topLevelItem(i).text(0) for i in range(3)]  # type: ignore[union-attr]
    fixed, new, remaining = review.comparison_counts() or (0, 0, 0)
    assert titles[0].startswith("Fixed since version 1") and f"({fixed})" in titles[0]
    assert titles[1].startswith("New in version 2") and f"({new})" in titles[1]
    assert f"({remaining})" in titles[2]

    # 8. approve
    QTest.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
    approve = open_dialog(qtbot, review, TextDialog)
    press_ok(qtbot, approve)
    assert service.assignment(assignment_id).status is AssignmentStatus.APPROVED
    page.close()
    service.store.close()

    # 9. after a restart everything is still there
    page, service = _page(qtbot, review_db)
    page.open_assignment(assignment_id)
    opened_review(qtbot, page)
    assert page.assignment is not None and page.assignment.status is AssignmentStatus.APPROVED
    assert page.versions.topLevelItemCount() == 2
    assert "Version 1: Changes requested" in page.decisions.text()
    assert "Version 2: Approved" in page.decisions.text()
    versions = service.versions(assignment_id)
    assert service.version_data(versions[0].id) == ("nieuwsbrief-v1.docx", v1.read_bytes())
    first = service.review(versions[0].id)
    assert any(f.finding.excerpt == "goedkoop" and f.reason == "Actieprijs, dat mag"
               for f in first.findings)
    assert page.review_view.review is not None
    assert page.review_view.review.version.number == 2
    brand = ProfileService(service.store).snapshot("Bakkerij Korenaar").brand
    assert "ontzorgen" in brand.vocabulary.cliches.allowed
    service.store.close()


def test_an_image_draft_shows_its_colours_beside_the_brand_palette(
        qtbot: QtBot, review_db: Path) -> None:
    page, service = _page(qtbot, review_db)
    banner = service.create_assignment("Bakkerij Korenaar", "Banner website")
    page.refresh()
    page.open_assignment(banner.id)
    fixtures = Path(__file__).resolve().parents[2] / "fixtures" / "drafts"
    drop_files(page.drop, [fixtures / "banner.jpg"])
    _wait_check(qtbot, page)
    page.open_selected_version()
    review = opened_review(qtbot, page)
    assert review.review is not None
    assert review.tabs.isTabEnabled(1)
    table = review.colours
    verdicts = []
    for row in range(table.rowCount()):
        verdict, where = table.item(row, 1), table.item(row, table.columnCount() - 1)
        assert where is not None and verdict is not None
        assert where.toolTip() == where.text()  # the whole text, where the column elides it
        verdicts.append(verdict.text())
    assert sorted(verdicts) == ["fits", "off-brand"]
    effective = review.review.effective
    assert effective is not None
    assert effective.score < 80, "half the banner is off-brand: it cannot look fine"
