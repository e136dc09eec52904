"""Picking an assignment on the Briefs page brings what was agreed into the brief; the budget
reaches the PDF only while "Share the budget with the agency" is ticked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from brandregie.review.agreement import Agreement
from brandregie.review.service import ReviewService
from brandregie.ui.export.page import BriefsPage
from tests.export.pdftools import plain_text, qpdf_check
from tests.ui.conftest import choose, key
from tests.ui.export.conftest import RENDER_TIMEOUT


def _pdf(qtbot: QtBot, page: BriefsPage, path: Path) -> str:
    """Preview (F5), write the PDF shown, check it with qpdf; its words on one line."""
    page.form.title.setFocus()
    with qtbot.waitSignal(page.runner.finished, timeout=RENDER_TIMEOUT):
        key(page.form.title, Qt.Key.Key_F5)
    assert page.rendered is not None
    path.write_bytes(page.rendered.data)
    qpdf_check(path)
    return " ".join(plain_text(path).split())


def test_the_agreement_is_in_the_brief_and_the_budget_only_when_shared(
        qtbot: QtBot, page: BriefsPage, tmp_path: Path) -> None:
    service = ReviewService(page.store)
    agency = service.add_agency("Studio Deeg")
    assert page.session is not None
    assignment = service.create_assignment(page.session.brand_id, "Nieuwsbrief mei",
                                           agency_id=agency.id, due=date(2027, 4, 20))
    service.set_agreement(assignment.id, Agreement(
        budget_hours=12, hourly_rate_cents=9_500, deliverables="nieuwsbrief\ntwee posts",
        rounds=3, delivery=date(2027, 5, 1)))
    page.refresh_assignments()
    form = page.form
    choose(qtbot, form.assignment, assignment.id)
    assert form.deliverables.toPlainText() == "nieuwsbrief\ntwee posts"
    assert form.rounds.value() == 3
    assert form.deadline.value() == date(2027, 5, 1)
    assert form.first_draft.value() == date(2027, 4, 20)
    # the brief is in Dutch: so are its words and amounts
    assert form.budget.text().replace("\xa0", " ") == "12 uur tegen € 95,00 (€ 1.140,00)"
    assert form.share_budget.isChecked()

    shared = _pdf(qtbot, page, tmp_path / "shared.pdf")
    for words in ("12 uur tegen € 95,00 (€ 1.140,00)", "nieuwsbrief", "twee posts",
                  "1 mei 2027", "20 april 2027", "Studio Deeg"):
        assert words in shared, words

    form.share_budget.setFocus()
    key(form.share_budget, Qt.Key.Key_Space)  # untick it, as at the keyboard
    assert not form.share_budget.isChecked() and not form.budget.isEnabled()
    kept = _pdf(qtbot, page, tmp_path / "kept.pdf")
    assert "twee posts" in kept and "1 mei 2027" in kept
    assert "€" not in kept and "95" not in kept and "1.140" not in kept

    # another agency's job without an agreement: nothing of the first one's stays behind
    other = service.create_assignment(page.session.brand_id, "Vacature bakker",
                                      agency_id=service.add_agency("Tekstbureau Tarwe").id)
    page.refresh_assignments()
    choose(qtbot, form.assignment, other.id)
    assert form.budget.text() == "" and form.deliverables.toPlainText() == ""
    assert form.agency.text() == "Tekstbureau Tarwe"
