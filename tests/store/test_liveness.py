"""A pooled team-database connection that sat unused is pinged before it is used again
(``brandregie.store.liveness``); the ping must leave it as it found it, outside a transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import ReviewService
from brandregie.store import liveness, team
from brandregie.store.database import open_store

pytestmark = pytest.mark.postgres


def test_the_connection_indicator_stays_connected_after_the_pool_sat_unused(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The status bar's watch takes a pooled connection every few seconds: one that sat long
    enough to be pinged first made the watch fail with a driver's error ("can't change
    'autocommit' now: connection in transaction status INTRANS") instead of saying connected."""
    with open_store(pg_url) as store:
        with store.session() as s:  # a connection goes back to the pool
            s.execute(text("SELECT 1"))
        monkeypatch.setattr(liveness, "IDLE_PING_AFTER", 0.0)  # it has sat long enough
        watch = team.ConnectionWatch(store)
        assert watch.check().state is team.ConnectionState.CONNECTED
        assert watch.check().state is team.ConnectionState.CONNECTED
        with store.session() as s:  # and a read after the pings works as ever
            assert s.execute(text("SELECT 2")).scalar() == 2


def test_an_assignment_opens_after_the_pool_sat_unused(
        pg_url: str, sample_snapshot: ProfileSnapshot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening an assignment reads on an autocommit connection (Store.action(reads_only=True));
    a pinged connection left in a transaction made that open fail with the same driver error."""
    with open_store(pg_url) as store:
        brand = ProfileService(store).create(sample_snapshot.brand)
        assert brand.brand_id is not None
        review = ReviewService(store)
        assignment = review.create_assignment(brand.brand_id, "Vacature bakker")
        monkeypatch.setattr(liveness, "IDLE_PING_AFTER", 0.0)  # every pooled one has sat
        for _open in range(2):
            assert review.detail(assignment.id).info.title == "Vacature bakker"
