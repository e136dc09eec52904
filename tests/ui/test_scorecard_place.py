"""The agency scorecard is a place in the window: the open brand's agencies, read in the
background each time the place is shown."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from brandregie.checks import check_document
from brandregie.ingest.document import Document
from brandregie.review.service import ReviewService
from brandregie.ui import jobs
from brandregie.ui.scorecard.place import ScorecardPlace
from tests.ui.conftest import HeldJob, WindowFactory, deliver_what_the_worker_sent


def test_the_scorecard_place_shows_each_agency_of_the_open_brand(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.open_sample()
    service = ReviewService(window.store)
    for name in ("Studio Deeg", "Tekstbureau Tarwe"):
        agency = service.add_agency(name)
        job = service.create_assignment("Bakkerij Korenaar", f"Nieuwsbrief {name}",
                                        agency_id=agency.id,
                                        due=date.today())  # due today: in the period
        paragraphs = ["Bij Korenaar bakken we elke nacht vers brood."]
        version = service.add_version(job.id, "tekst.txt", paragraphs[0].encode()).id
        check = service.check_job(version)
        document = Document.from_paragraphs(check.file_name, paragraphs, language="nl")
        service.save_check(version, check_document(document, check.snapshot, lang="nl"),
                           document)
    window.show_page("scorecard")
    place = window.page("scorecard")
    assert isinstance(place, ScorecardPlace)
    qtbot.waitUntil(lambda: place.shown is not None, timeout=10_000)
    assert place.shown is not None and place.view is not None
    assert [a.agency for a in place.shown.agencies] == ["Studio Deeg", "Tekstbureau Tarwe"]
    assert len(place.view.cards) == 2
    assert window.navigation.titles["scorecard"] == "Agency scorecard"


def test_closing_the_app_stops_the_scorecard_being_read(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    """On a five-year store the scorecard takes seconds; the process must not wait for it
    after the window has gone. Held at its first step, it stops at the next once asked."""
    window = make_window()
    window.open_sample()
    service = ReviewService(window.store)
    job = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief", due=date.today())
    service.add_version(job.id, "tekst.txt", b"Bij Korenaar bakken we elke nacht vers brood.")
    place = window.page("scorecard")
    assert isinstance(place, ScorecardPlace)
    held = HeldJob(place.runner)
    window.show_page("scorecard")
    held.wait_until_held()
    reading = place.wanted
    assert reading is not None and not reading.done
    stopping = jobs.stop_all()
    assert reading in stopping
    held.release()
    assert jobs.wait_stopped(stopping, HeldJob.LIMIT) == []
    assert reading.outcome() is jobs.CANCELLED
    deliver_what_the_worker_sent()
    assert place.shown is None  # nothing read halfway is shown


def test_another_brand_opened_never_shows_the_last_brands_scorecard(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    """Switching brands on the scorecard place reads the new brand's scorecard (seconds on
    years of data); meanwhile the last brand's agencies and figures must not stand under the
    new brand's name."""
    window = make_window()
    window.open_sample()
    service = ReviewService(window.store)
    agency = service.add_agency("Studio Deeg")
    service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief", agency_id=agency.id,
                              due=date.today())
    session = window.session
    assert session is not None
    other = window.service.create(session.brand.model_copy(update={"name": "Molen De Hoop"}))
    assert other.brand_id is not None
    window.show_page("scorecard")
    place = window.page("scorecard")
    assert isinstance(place, ScorecardPlace)
    qtbot.waitUntil(lambda: place.shown is not None, timeout=10_000)
    assert place.view is not None and place.view.isVisible()
    held = HeldJob(place.runner)
    window.open_brand(other.brand_id)  # still on the scorecard place
    held.wait_until_held()
    try:  # the new brand's scorecard is being read
        assert window.current_page() == "scorecard"
        assert not place.view.isVisible()
    finally:
        held.release()
    qtbot.waitUntil(lambda: place.shown is not None and place.shown.brand == "Molen De Hoop",
                    timeout=10_000)
    assert place.view.isVisible() and place.view.cards == []
