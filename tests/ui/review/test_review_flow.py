"""The whole review, as the owner does it, from a new assignment to approval and a restart.

Create an assignment, drop a Word file, wait for the check (on a worker thread), see the
findings in the text, dismiss one, ban a word, ask for changes, drop version 2, see what was
fixed, what is new and what remains, approve; close everything, open it again: all still there.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from brandregie.models.review import AssignmentKind, AssignmentStatus, FindingAnswer
from brandregie.profile.service import ProfileService
from brandregie.review.service import ReviewService
from brandregie.store.database import open_store
from brandregie.ui.review.dialogs import AssignmentDialog, TextDialog
from brandregie.ui.review.page import AssignmentsPage
from brandregie.ui.review.review_view import ReviewView
from brandregie.ui.review.text_view import DraftTextView
from tests.review.drafts import VERSION_1, VERSION_2, word_file
from tests.ui.review.conftest import drop_files, open_dialog, press_ok

CHECK_TIMEOUT = 60_000
NO_KEYS = Qt.KeyboardModifier.NoModifier


def _page(qtbot: QtBot, db: Path) -> tuple[AssignmentsPage, ReviewService]:
    store = open_store(db)
    service = ReviewService(store, author="anna")
    page = AssignmentsPage(service)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page, service


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


def _select_in_list(qtbot: QtBot, review: ReviewView, excerpt: str) -> str:
    """Click the finding whose words are ``excerpt`` in the findings list; its key."""
    tree = review.findings
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        if item is not None and item.text(1) == excerpt:
            tree.scrollToItem(item)
            rect = tree.visualItemRect(item)
            QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, NO_KEYS,
                             rect.center())
            key = review.current_key()
            assert key is not None
            return key
    raise AssertionError(f"no finding “{excerpt}” in the list")


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
    assert progress and progress[-1] == 1.0
    assert page.tabs.currentWidget() is review
    assert review.review is not None and review.review.version.number == 1

    # 3. the findings, in the list and highlighted in the text, linked both ways
    excerpts = [review.findings.topLevelItem(i).text(1)  # type: ignore[union-attr]
                for i in range(review.findings.topLevelItemCount())]
    assert {"ontzorgen", "goedkoop"} <= set(excerpts)
    assert len(review.text.highlighted_keys()) >= 2
    text = review.text.toPlainText()
    cheap_key = _select_in_list(qtbot, review, "goedkoop")
    assert review.text.textCursor().position() == text.index("goedkoop")
    _click_text(qtbot, review.text, text.index("ontzorgen") + 2)
    assert review.current_finding() is not None
    assert review.current_finding().finding.excerpt == "ontzorgen"  # type: ignore[union-attr]
    assert "Holle marketingtaal." in review.message.text()

    # 4. dismiss "goedkoop" with a reason: it stops counting
    score_before = review.badge.score
    _select_in_list(qtbot, review, "goedkoop")
    QTest.mouseClick(review.dismiss_button, Qt.MouseButton.LeftButton)
    reason = open_dialog(qtbot, review, TextDialog)
    assert reason.line is not None
    QTest.keyClicks(reason.line, "Actieprijs, dat mag")
    press_ok(qtbot, reason)
    dismissed = next(f for f in review.review.findings if f.key == cheap_key)
    assert dismissed.answer is FindingAnswer.DISMISSED
    assert dismissed.reason == "Actieprijs, dat mag"
    assert review.badge.score is not None and score_before is not None
    assert review.badge.score > score_before

    # 5. ban a word the brand does not want: double-click it, "Ban a word…", OK
    _click_text(qtbot, review.text, text.index("oven") + 1, double=True)
    assert review.text.textCursor().selectedText() == "oven"
    QTest.mouseClick(review.ban_button, Qt.MouseButton.LeftButton)
    ban = open_dialog(qtbot, review, TextDialog)
    assert ban.text() == "oven"
    with qtbot.waitSignal(page.runner.finished, timeout=CHECK_TIMEOUT):
        press_ok(qtbot, ban)
    assert review.review is not None and review.review.version.profile_revision == 2
    assert any(f.finding.rule == "terminology.banned" and f.finding.excerpt == "oven"
               for f in review.review.findings)
    assert any(f.key == cheap_key and f.dismissed for f in review.review.findings), \
        "the re-check keeps the owner's answers"

    # 6. ask for changes, with a summary
    QTest.mouseClick(review.changes_button, Qt.MouseButton.LeftButton)
    decision = open_dialog(qtbot, review, TextDialog)
    decision.set_text("Haal de holle woorden eruit en gebruik onze kleuren.")
    press_ok(qtbot, decision)
    assert service.assignment(assignment_id).status is AssignmentStatus.CHANGES_REQUESTED
    report = tmp_path / "feedback.pdf"
    review.save_report(str(report))
    pdf_text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True,
                              text=True, check=True).stdout
    assert "ontzorgen" in pdf_text and "Holle marketingtaal." in pdf_text
    assert "Actieprijs" not in pdf_text, "dismissed points are not sent to the agency"

    # 7. version 2: what was fixed, what is new, what remains
    page.tabs.setCurrentIndex(0)
    v2 = tmp_path / "nieuwsbrief-v2.docx"
    v2.write_bytes(word_file(VERSION_2))
    with qtbot.waitSignal(page.runner.finished, timeout=CHECK_TIMEOUT):
        drop_files(page.drop, [v2])
    assert review.review is not None and review.review.version.number == 2
    comparison = review.comparison
    assert comparison is not None
    assert {"goedkoop", "oven"} <= {f.excerpt for f in comparison.fixed}
    assert "fabriek" in {f.excerpt for f in comparison.new}
    assert "ontzorgen" in {new.excerpt for _old, new in comparison.remaining}
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
    assert "oven" in {b.term for b in brand.vocabulary.banned}
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
    review = page.review_view
    assert review.review is not None
    assert review.tabs.isTabEnabled(1)
    table = review.colours
    verdicts = []
    for row in range(table.rowCount()):
        where, verdict = table.item(row, 1), table.item(row, table.columnCount() - 1)
        assert where is not None and verdict is not None
        assert where.toolTip() == where.text()  # the whole text, where the column elides it
        verdicts.append(verdict.text())
    assert sorted(verdicts) == ["fits", "off-brand"]
    effective = review.review.effective
    assert effective is not None
    assert effective.score < 80, "half the banner is off-brand: it cannot look fine"
