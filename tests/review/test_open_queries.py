"""Opening an assignment reads what the review page shows, and no more.

On a team database every query is a round trip, and a store of five years holds thousands of
versions, each with a check of hundreds of kilobytes: listing versions must not fetch the
checks, and opening a review again must not read the whole brand again (#21).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from brandregie.profile.service import ProfileService
from brandregie.review.service import ReviewService
from brandregie.store.database import Store
from tests.review.drafts import check_version

TEXT = ["Bij Korenaar ontzorgen we je graag met goedkoop brood.",
        "Kom langs in de winkel en proef het zelf."]


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The SQL the store runs meanwhile."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def _checked_versions(service: ReviewService, count: int) -> tuple[int, list[int]]:
    job = service.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    ids = []
    for n in range(count):
        version = service.add_version(job.id, f"v{n}.txt", f"versie {n}".encode())
        check_version(service, version.id, [*TEXT, f"Versie {n}."])
        ids.append(version.id)
    return job.id, ids


def test_listing_versions_fetches_none_of_their_checks(store: Store,
                                                       service: ReviewService) -> None:
    job, ids = _checked_versions(service, 3)
    with statements(store) as seen:
        versions = service.versions(job)
        info = service.assignment(job)
    assert [v.id for v in versions] == ids and info.versions == 3
    assert all(v.score is not None for v in versions)  # what the list shows is there
    assert not any("report" in s or "document" in s for s in seen)


def test_a_review_opened_again_reads_its_check_but_not_the_whole_brand(
        store: Store, service: ReviewService) -> None:
    _job, ids = _checked_versions(service, 2)
    first = service.review(ids[-1])
    with statements(store) as seen:
        again = service.review(ids[-1])
    assert again.findings == first.findings and again.brand == first.brand
    assert again.draft is not None and again.draft == first.draft
    assert sum("draft_versions.report" in s for s in seen) == 1  # with the document, at once
    assert not any("FROM colours" in s or "FROM banned_terms" in s for s in seen)
    assert len(seen) <= 8


def test_the_brand_saved_by_someone_else_is_read_anew(store: Store) -> None:
    mine, theirs = ProfileService(store, author="anna"), ProfileService(store, author="bram")
    before = mine.snapshot("Bakkerij Korenaar")
    current = theirs.snapshot("Bakkerij Korenaar")
    assert current.brand_id is not None and current.revision is not None
    identity = current.brand.identity.model_copy(update={"story": "Elke dag vers."})
    theirs.save(current.brand_id, current.brand.model_copy(update={"identity": identity}),
                base_revision=current.revision)
    after = mine.snapshot("Bakkerij Korenaar")
    assert after.brand.identity.story == "Elke dag vers." != before.brand.identity.story
    assert after.revision != before.revision


def test_the_list_of_assignments_is_read_in_a_few_queries_however_long(
        store: Store, service: ReviewService) -> None:
    agency = service.add_agency("Studio Deeg")
    for n in range(6):
        job = service.create_assignment("Bakkerij Korenaar", f"Opdracht {n}",
                                        agency_id=agency.id if n % 2 else None)
        for v in range(n % 3):
            version = service.add_version(job.id, f"v{v}.txt", f"opdracht {n} versie {v}".encode())
            if v == 1:
                check_version(service, version.id, TEXT)
    with statements(store) as seen:
        listed = {a.title: a for a in service.assignments()}
    assert len(seen) <= 4  # the rows, their agencies, the brand's name, the newest versions
    assert [listed[f"Opdracht {n}"].versions for n in range(6)] == [0, 1, 2, 0, 1, 2]
    assert listed["Opdracht 2"].latest_score is not None
    assert listed["Opdracht 1"].latest_score is None  # delivered, not checked yet
    assert {a.agency_name for t, a in listed.items() if t[-1] in "135"} == {"Studio Deeg"}
    assert {a.agency_name for t, a in listed.items() if t[-1] in "024"} == {""}
    assert {a.brand_name for a in listed.values()} == {"Bakkerij Korenaar"}
    one = service.assignment(listed["Opdracht 5"].id)
    assert one == listed["Opdracht 5"]


def test_the_scorecard_of_a_year_is_read_in_a_few_queries(store: Store,
                                                          service: ReviewService) -> None:
    from brandregie.review.scorecard.figures import build_scorecard
    from tests.review.year import build_year

    build_year(service)
    assignments = len(service.assignments())
    with statements(store) as seen:
        card = build_scorecard(store, "Bakkerij Korenaar")
    assert assignments >= 30 and sum(len(a.assignments) for a in card.agencies) == assignments
    assert len(seen) <= 12, seen


def test_the_agreements_of_every_open_assignment_are_read_at_once(
        store: Store, service: ReviewService) -> None:
    from brandregie.review.agreement import Agreement

    ids = [service.create_assignment("Bakkerij Korenaar", f"Opdracht {n}").id for n in range(5)]
    service.set_agreement(ids[1], Agreement(budget_cents=250_000, rounds=2))
    service.set_agreement(ids[3], Agreement(budget_hours=12.5, hourly_rate_cents=9_500))
    with statements(store) as seen:
        agreed = service.agreements([*ids, 99_999])  # one deleted meanwhile: left out
    assert len(seen) == 1
    assert agreed == {i: service.agreement(i) for i in ids}
    assert agreed[ids[1]].budget == 250_000 and agreed[ids[0]] == Agreement()
