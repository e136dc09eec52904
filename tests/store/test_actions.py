"""One user action, one transaction: opening an assignment takes one connection, not one per
read (on a team database each is a wait for the network), and shows what separate reads show."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from brandregie.errors import NotFoundError
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.agreement import Agreement
from brandregie.review.service import ReviewService
from brandregie.store.database import Store, open_store
from brandregie.ui.review.review_reading import read_review

DRAFT = (b"Wij zoeken een enthousiaste bakker die houdt van vroeg opstaan en goed brood. "
         b"Je werkt in een klein team.")


def _checkouts(store: Store) -> list[int]:
    count = [0]

    def checked_out(*_args: object) -> None:
        count[0] += 1

    event.listen(store.engine, "checkout", checked_out)
    return count


def _assignment(store: Store, snapshot: ProfileSnapshot) -> tuple[ReviewService, int]:
    brand = ProfileService(store).create(snapshot.brand)
    assert brand.brand_id is not None
    review = ReviewService(store)
    assignment = review.create_assignment(brand.brand_id, "Vacature bakker")
    review.set_agreement(assignment.id, Agreement(rounds=2))
    review.add_request(assignment.id, "Graag het logo groter")
    for n in (1, 2):
        review.add_version(assignment.id, f"vacature-{n}.txt", DRAFT + b" Versie %d." % n)
    return review, assignment.id


def test_opening_an_assignment_reads_it_whole_through_one_connection_per_part(
        db_url: str, sample_snapshot: ProfileSnapshot) -> None:
    with open_store(db_url) as store:
        review, assignment_id = _assignment(store, sample_snapshot)
        checkouts = _checkouts(store)

        detail = review.detail(assignment_id)
        assert checkouts[0] == 1
        assert detail.info == review.assignment(assignment_id)
        assert detail.agreement.rounds == 2
        assert [v.file_name for v in detail.versions] == ["vacature-1.txt", "vacature-2.txt"]
        assert [r.text for r in detail.requests] == ["Graag het logo groter"]
        assert detail.decisions == []

        checkouts[0] = 0
        read = read_review(review, detail.versions[-1].id, with_fixes=False)
        assert checkouts[0] == 1
        assert read.review is not None and read.review.version.number == 2


def test_an_action_joins_its_reads_and_a_failure_inside_spoils_only_that_action(
        db_url: str, sample_snapshot: ProfileSnapshot) -> None:
    with open_store(db_url) as store:
        review, assignment_id = _assignment(store, sample_snapshot)
        with pytest.raises(NotFoundError), store.action():
            review.add_request(assignment_id, "Nog een wens")
            review.assignment(assignment_id + 1000)  # gone: the whole action is undone
        assert [r.text for r in review.requests(assignment_id)] == ["Graag het logo groter"]
        with store.action(), store.action():  # nested: one transaction, committed at the end
            review.add_request(assignment_id, "Nog een wens")
        assert len(review.requests(assignment_id)) == 2


def test_a_write_inside_a_reading_action_is_refused_and_nothing_is_written(
        db_url: str, sample_snapshot: ProfileSnapshot) -> None:
    with open_store(db_url) as store:
        review, assignment_id = _assignment(store, sample_snapshot)
        with pytest.raises(RuntimeError, match="a write inside"), \
                store.action(reads_only=True):
            review.add_request(assignment_id, "Nog een wens")
        assert [r.text for r in review.requests(assignment_id)] == ["Graag het logo groter"]
