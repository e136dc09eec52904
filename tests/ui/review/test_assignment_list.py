"""The list of assignments on the Assignments page, with as many rows as years of use give."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from brandregie import models as m
from brandregie.models.review import AssignmentKind, AssignmentStatus
from brandregie.review.records import AssignmentInfo
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from brandregie.ui.review.assignment_cell import second_line
from brandregie.ui.review.assignment_list import AssignmentList
from brandregie.ui.review.page import AssignmentsPage
from tests.ui.conftest import key

TODAY = date(2026, 12, 7)
MANY = 300  # enough to need scrolling several screens; five years are 2,000


def _rows(count: int) -> list[AssignmentInfo]:
    made = datetime(2022, 1, 3, tzinfo=UTC)
    return [AssignmentInfo(n, 1, "Bakkerij Korenaar", f"Opdracht {n}", AssignmentKind.NEWSLETTER,
                           AssignmentStatus.APPROVED if n < count - 3 else
                           AssignmentStatus.IN_REVIEW, None, "", TODAY + timedelta(days=n - count),
                           "", made, made, 2, 80) for n in range(count)]


def _texts(view: QTreeView, row: int) -> list[str]:
    model = view.model()
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def _shown_titles(view: QTreeView) -> list[str]:
    """The titles the person sees in the list's window now, top to bottom."""
    titles, y = [], 1
    while y < view.viewport().height() and (index := view.indexAt(QPoint(5, y))).isValid():
        titles.append(str(index.data()))
        y = view.visualRect(index).bottom() + 2
    return titles


@pytest.fixture
def many(review_store: Store) -> ReviewService:
    """The bakery with MANY assignments (a third approved, one in ten without a due date),
    written in one transaction, and "Zomeractie" somewhere in the middle."""
    service = ReviewService(review_store)
    brand = service.profiles.snapshot("Bakkerij Korenaar").brand_id
    with review_store.session() as s:
        s.add_all(m.Assignment(
            brand_id=brand, title="Zomeractie" if n == MANY // 2 else f"Opdracht {n:03}",
            kind=AssignmentKind.NEWSLETTER, due=None if n % 10 == 9 else TODAY + timedelta(n),
            status=AssignmentStatus.APPROVED if n % 3 == 0 else AssignmentStatus.IN_REVIEW)
            for n in range(MANY))
    return service


def _page(qtbot: QtBot, service: ReviewService) -> AssignmentsPage:
    page = AssignmentsPage(service, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_every_assignment_is_listed_due_first_and_shown_when_scrolled(
        qtbot: QtBot, many: ReviewService) -> None:
    page = _page(qtbot, many)
    view = page.list
    assert view.model().rowCount() == MANY
    first = _shown_titles(view)
    assert first[0] == "Opdracht 000" and len(first) < MANY  # one screen, the earliest due
    seen, bar = set(first), view.verticalScrollBar()
    for _ in range(MANY):  # page down with the scroll bar, as far as it goes
        if bar.value() == bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
        seen.update(_shown_titles(view))
    titles = {"Zomeractie", *(f"Opdracht {n:03}" for n in range(MANY) if n != MANY // 2)}
    assert seen == titles
    dues = [_texts(view, row)[1] for row in range(MANY)]
    dated = [due for due in dues if due]
    assert dated == sorted(dated) and dues[len(dated):] == [""] * (MANY - len(dated))


def test_hiding_the_approved_ones_and_showing_them_again(qtbot: QtBot,
                                                        many: ReviewService) -> None:
    page = _page(qtbot, many)
    page.show_approved.setChecked(False)
    statuses = {_texts(page.list, row)[2] for row in range(page.list.model().rowCount())}
    assert page.list.model().rowCount() == MANY - MANY // 3 and statuses == {"In review"}
    page.show_approved.setChecked(True)
    assert page.list.model().rowCount() == MANY


def test_the_keyboard_walks_the_whole_list_and_finds_by_typing(qtbot: QtBot,
                                                               many: ReviewService) -> None:
    page = _page(qtbot, many)
    view = page.list
    view.setFocus()
    key(view, Qt.Key.Key_Down)  # the first key picks the first row
    assert page.detail_title.text() == "Opdracht 000"  # picked: its details are shown
    key(view, Qt.Key.Key_End)
    last = _texts(view, MANY - 1)[0]
    assert page.detail_title.text() == last and _shown_titles(view)[-1] == last
    key(view, Qt.Key.Key_Home)
    key(view, Qt.Key.Key_Down)
    assert page.detail_title.text() == "Opdracht 001"
    QTest.keyClicks(view, "Zom")  # type-ahead, as in any list
    assert page.detail_title.text() == "Zomeractie"
    assert "Zomeractie" in _shown_titles(view)


def test_a_refill_after_an_answer_keeps_the_pick_and_the_place(qtbot: QtBot,
                                                               many: ReviewService) -> None:
    page = _page(qtbot, many)
    view = page.list
    row = next(r for r in range(MANY) if _texts(view, r)[0] == "Opdracht 200")
    view.setCurrentIndex(view.model().index(row, 0))
    assert page.assignment is not None and page.assignment.title == "Opdracht 200"
    before = _shown_titles(view)
    view.scrollTo(view.model().index(row + 5, 0))  # looking a little further down
    shown = _shown_titles(view)
    chosen: list[object] = []
    page.assignment_list.chosen.connect(chosen.append)
    picked = page.assignment.id
    many.update_assignment(picked, title="Opdracht 200 (nieuw)", kind=AssignmentKind.NEWSLETTER,
                           agency_id=None, due=page.assignment.due, brief="")
    page.refresh()  # as after each check and answer
    assert chosen == []  # not announced as the person's choice
    assert page.assignment is not None and page.assignment.id == picked
    assert view.currentIndex().row() == row and _texts(view, row)[0] == "Opdracht 200 (nieuw)"
    assert page.detail_title.text() == "Opdracht 200 (nieuw)"
    assert _shown_titles(view) == [t.replace("Opdracht 200", "Opdracht 200 (nieuw)")
                                   for t in shown] and before != shown


def test_a_new_assignment_is_listed_and_picked(qtbot: QtBot, many: ReviewService) -> None:
    page = _page(qtbot, many)
    info = many.create_assignment("Bakkerij Korenaar", "Kerstfolder", due=TODAY)
    page.refresh()
    page.open_assignment(info.id)
    assert page.list.model().rowCount() == MANY + 1
    assert _texts(page.list, page.list.currentIndex().row())[0] == "Kerstfolder"
    assert page.detail_title.text() == "Kerstfolder" and "Kerstfolder" in _shown_titles(page.list)


def test_opened_by_the_window_the_list_comes_after_the_page_and_opens_what_was_asked(
        qtbot: QtBot, many: ReviewService) -> None:
    brand = many.profiles.snapshot("Bakkerij Korenaar").brand_id
    summer = next(a.id for a in many.assignments(brand) if a.title == "Zomeractie")
    page = AssignmentsPage(many, today=lambda: TODAY, fill_now=False)  # as the work place does
    qtbot.addWidget(page)
    page.show()
    page.set_brand(brand)  # the list is read on a worker: the page paints meanwhile
    assert page.building
    page.open_assignment(summer)  # from the deadline banner, before the list is in
    qtbot.waitUntil(lambda: not page.building, timeout=10_000)
    assert page.list.model().rowCount() == MANY
    assert page.assignment_list.current() == summer and page.detail_title.text() == "Zomeractie"
    page.show_approved.setChecked(False)  # later reads are at once, as before
    assert page.list.model().rowCount() == MANY - MANY // 3 and not page.building


def test_a_long_list_refilled_keeps_the_open_assignment_picked_and_quiet(qtbot: QtBot) -> None:
    widget = AssignmentList()
    qtbot.addWidget(widget)
    widget.resize(500, 700)
    widget.show()  # shown, as on the page: the view lays out what changes
    rows = _rows(400)  # refilling this with one picked took seconds (27 s for 2,000)
    widget.fill(rows, 397, TODAY)
    picked: list[object] = []
    widget.chosen.connect(picked.append)
    for _ in range(3):  # after each check and answer the page fills the list again
        widget.fill(rows, 397, TODAY)
    assert picked == []  # not announced as the person's choice
    assert widget.current() == 397 and _texts(widget.list, 397)[0] == "Opdracht 397"
    assert widget.list.model().rowCount() == 400
    assert [_texts(widget.list, n)[0] for n in (0, 399)] == ["Opdracht 0", "Opdracht 399"]
    overdue = widget.list.model().index(397, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue is not None and overdue.color().name().lower() != "#000000"
    approved = widget.list.model().index(0, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert approved is None  # past due but approved: not red
    # the title takes the row's width, with agency, status and due date on a line of their own
    view, metrics = widget.list, widget.list.fontMetrics()
    assert view.columnWidth(0) > view.viewport().width() - 2 * metrics.horizontalAdvance("100")
    assert view.visualRect(view.model().index(397, 0)).height() >= 2 * metrics.lineSpacing()
    assert second_line(widget.rows.info(397)) == ["In review", "due 4 Dec 2026"]
    assert second_line(widget.rows.info(0)) == ["Approved"]  # done: its date is no news
    widget.fill(rows, None, TODAY)
    assert widget.current() is None and picked == []
    widget.fill(rows[:10], 5, TODAY)  # fewer rows: the pick is kept by assignment, not row
    assert widget.current() == 5 and widget.list.model().rowCount() == 10


def test_what_was_asked_before_the_list_is_in_opens_when_the_list_is_read_again_meanwhile(
        qtbot: QtBot, many: ReviewService) -> None:
    brand = many.profiles.snapshot("Bakkerij Korenaar").brand_id
    open_one = next(a for a in many.assignments(brand)
                    if a.status is not AssignmentStatus.APPROVED and a.title != "Opdracht 000")
    page = AssignmentsPage(many, today=lambda: TODAY, fill_now=False)
    qtbot.addWidget(page)
    page.show()
    page.set_brand(brand)  # the first list is read on a worker
    page.open_assignment(open_one.id)  # before it is in
    page.show_approved.setChecked(False)  # read again at once: the worker's read is dropped
    assert page.building  # what was asked for is still to open
    qtbot.waitUntil(lambda: not page.building, timeout=10_000)
    assert page.assignment_list.current() == open_one.id
    assert page.detail_title.text() == open_one.title
    assert page.list.model().rowCount() == MANY - MANY // 3
