"""Reading and checking a stored version, as the background worker does it."""

from __future__ import annotations

import threading
from pathlib import Path

from brandregie.models.review import CheckStatus
from brandregie.review.checking import READ_SHARE, run_check
from brandregie.review.service import ReviewService
from tests.review.drafts import VERSION_1, VERSION_2, word_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "drafts"


def _version(service: ReviewService, name: str, data: bytes) -> int:
    assignment = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    return service.add_version(assignment.id, name, data).id


def test_a_word_draft_is_read_checked_and_stored_with_its_look(service: ReviewService) -> None:
    version = _version(service, "nieuwsbrief.docx", word_file(VERSION_1))
    seen: list[float] = []
    info = run_check(service, version, lang="en", progress=seen.append)
    assert info.check_status is CheckStatus.DONE and info.score is not None
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert any(p <= READ_SHARE for p in seen) and any(p > READ_SHARE for p in seen)
    review = service.review(version)
    assert review.draft is not None and "ontzorgen" in review.draft.text
    assert "Arial" in {f.family for f in review.draft.fonts}
    assert "#003366" in {c.hex for c in review.draft.colours}
    rules = {f.finding.rule for f in review.findings}
    assert {"terminology.banned", "visual.font", "visual.colour"} <= rules
    for reviewed in review.findings:
        loc = reviewed.finding.location
        if reviewed.finding.rule == "terminology.banned":
            assert review.draft.text[loc.start:loc.end] == reviewed.finding.excerpt


def test_an_image_draft_is_checked_on_its_colours(service: ReviewService) -> None:
    version = _version(service, "banner.jpg", (FIXTURES / "banner.jpg").read_bytes())
    run_check(service, version, lang="en")
    review = service.review(version)
    assert review.draft is not None and review.draft.kind == "image"
    assert review.draft.images and review.draft.images[0].width == 300
    assert any(f.finding.rule == "visual.colour" for f in review.findings)


def test_a_damaged_word_file_gets_a_clear_message_on_its_version(
        service: ReviewService) -> None:
    version = _version(service, "kapot.docx", b"PK\x03\x04 this is no zip at all" * 20)
    info = run_check(service, version, lang="en")
    assert info.check_status is CheckStatus.FAILED
    assert "kapot.docx" in info.error and "Traceback" not in info.error
    assert service.review(version).report is None


def test_a_cancelled_check_stores_nothing_but_the_cancel(service: ReviewService) -> None:
    version = _version(service, "nieuwsbrief.docx", word_file(VERSION_1))
    cancel = threading.Event()
    cancel.set()
    info = run_check(service, version, lang="en", cancel=cancel)
    assert info.check_status is CheckStatus.CANCELLED
    assert service.review(version).report is None


def test_the_review_sets_each_colour_and_font_beside_the_brand(service: ReviewService) -> None:
    version = _version(service, "nieuwsbrief.docx", word_file(VERSION_2))
    run_check(service, version, lang="en")
    review = service.review(version)
    brown = next(c for c in review.colours if c.hex == "#5B3A1E")
    assert (brown.nearest_name, brown.distance, brown.fits) == ("Roggebruin", 0.0, True)
    fonts = {f.family: f for f in review.fonts}
    assert fonts["Merriweather"].fits and fonts["Source Sans 3"].brand_font == "Source Sans 3"
    assert review.brand_fonts == ("Merriweather", "Source Sans 3")


def test_an_off_palette_colour_shows_its_nearest_brand_colour_and_distance(
        service: ReviewService) -> None:
    version = _version(service, "nieuwsbrief.docx", word_file(VERSION_1))
    run_check(service, version, lang="en")
    review = service.review(version)
    navy = next(c for c in review.colours if c.hex == "#003366")
    assert not navy.fits and navy.nearest_name is not None
    assert navy.distance is not None and navy.distance > 6
    assert not next(f for f in review.fonts if f.family == "Arial").fits

