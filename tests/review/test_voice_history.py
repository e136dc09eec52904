"""Each agency's voice distance over time, read from the store without Qt."""

from __future__ import annotations

from brandregie.review.service import ReviewService
from brandregie.review.voice_history import voice_history
from brandregie.store.database import Store
from tests.checks.test_voice import HELD_OUT, OWN, REWRITE
from tests.review.drafts import BRAND, checked
from tests.review.own_voice import with_own_texts


def _brand_id(service: ReviewService) -> int:
    brand_id = service.profiles.snapshot(BRAND).brand_id
    assert brand_id is not None
    return brand_id


def test_an_agency_coming_closer_to_the_owners_voice_shows_a_falling_line(
        store: Store, service: ReviewService) -> None:
    with_own_texts(store)
    glans = service.add_agency("Studio Glans", "", "")
    eigen = service.add_agency("Buro Eigen", "", "")
    first = checked(service, REWRITE, name="over-ons-1.txt", agency_id=glans.id)
    assignment = service.review(first).assignment.id
    checked(service, HELD_OUT, name="over-ons-2.txt", assignment_id=assignment)
    checked(service, OWN[4], name="maandag.txt", title="Maandag", agency_id=eigen.id)

    lines = voice_history(store, _brand_id(service))
    assert [line.agency for line in lines] == ["Buro Eigen", "Studio Glans"]
    eigen_line, glans_line = lines
    assert [p.version for p in glans_line.points] == [1, 2]
    assert glans_line.points[0].distance > 1.6 > glans_line.points[1].distance
    assert glans_line.change < 0 and glans_line.latest == glans_line.points[1].distance
    assert eigen_line.latest < 1.6  # the owner's own words are near, whoever delivers them


def test_only_the_newest_versions_per_agency_are_measured(store: Store,
                                                          service: ReviewService) -> None:
    with_own_texts(store)
    first = checked(service, REWRITE, name="a.txt")
    assignment = service.review(first).assignment.id
    for name, text in (("b.txt", HELD_OUT), ("c.txt", OWN[3])):
        checked(service, text, name=name, assignment_id=assignment)
    seen: list[tuple[int, int]] = []
    lines = voice_history(store, _brand_id(service), per_agency=2,
                          progress=lambda done, total: seen.append((done, total)))
    assert [p.version for p in lines[0].points] == [2, 3]
    assert lines[0].agency == "" and seen[-1] == (2, 2)


def test_without_own_texts_there_is_no_line(store: Store, service: ReviewService) -> None:
    checked(service, REWRITE, name="a.txt")
    assert voice_history(store, _brand_id(service)) == []
