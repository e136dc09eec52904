"""The list of assignments on the Assignments page, refilled as a five-year store refills it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pytestqt.qtbot import QtBot

from brandregie.models.review import AssignmentKind, AssignmentStatus
from brandregie.review.records import AssignmentInfo
from brandregie.ui.review.assignment_list import AssignmentList

TODAY = date(2026, 12, 7)


def _rows(count: int) -> list[AssignmentInfo]:
    made = datetime(2022, 1, 3, tzinfo=UTC)
    return [AssignmentInfo(n, 1, "Bakkerij Korenaar", f"Opdracht {n}", AssignmentKind.NEWSLETTER,
                           AssignmentStatus.APPROVED if n < count - 3 else
                           AssignmentStatus.IN_REVIEW, None, "", TODAY + timedelta(days=n - count),
                           "", made, made, 2, 80) for n in range(count)]


def test_a_long_list_refilled_keeps_the_open_assignment_picked_and_quiet(qtbot: QtBot) -> None:
    widget = AssignmentList()
    qtbot.addWidget(widget)
    widget.resize(500, 700)
    widget.show()  # shown, as on the page: the view lays out what changes
    rows = _rows(400)  # refilling this with one picked took seconds (27 s for 2,000)
    widget.fill(rows, 397, TODAY)
    picked: list[object] = []
    widget.list.currentItemChanged.connect(lambda item, _old: picked.append(item))
    for _ in range(3):  # after each check and answer the page fills the list again
        widget.fill(rows, 397, TODAY)
    assert picked == []  # not announced as the person's choice
    current = widget.list.currentItem()
    assert current is not None and current.text(0) == "Opdracht 397"
    assert widget.list.topLevelItemCount() == 400
    assert [widget.list.topLevelItem(n).text(0) for n in (0, 399)] == [  # type: ignore[union-attr]
        "Opdracht 0", "Opdracht 399"]
    overdue = widget.list.topLevelItem(397)
    assert overdue is not None and overdue.foreground(1).color().name().lower() != "#000000"
    widget.fill(rows, None, TODAY)
    assert widget.list.currentItem() is None
