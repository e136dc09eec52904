"""Team mode when the PostgreSQL server restarts or goes away while the app has it open.

Pooled connections are no longer pinged before every use (``brandregie.store.liveness``): a
restart must still be noticed before a read runs into it, and a server that stays away must
be named in one sentence, never a hang or a driver's traceback.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from brandregie.errors import StoreError
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.review.service import ReviewService
from brandregie.store import team
from brandregie.store.database import Store, open_store
from tests.store.pg_cluster import Cluster

pytestmark = pytest.mark.postgres


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    # Not under pytest's tmp_path: the postgres user cannot enter root's folders there.
    folder = Path(tempfile.mkdtemp(prefix="brandregie-pg."))
    try:
        server = Cluster(folder)
        server.start()
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _mission(service: ProfileService, brand_id: int) -> str:
    return service.snapshot(brand_id).brand.identity.mission


def _with_brand(store: Store, snapshot: ProfileSnapshot) -> int:
    created = ProfileService(store).create(snapshot.brand)
    assert created.brand_id is not None
    return created.brand_id


def test_after_a_server_restart_the_next_read_and_save_just_work(
        cluster: Cluster, sample_snapshot: ProfileSnapshot) -> None:
    with open_store(cluster.url) as store:
        brand_id = _with_brand(store, sample_snapshot)
        service = ProfileService(store)
        review = ReviewService(store)
        assignment = review.create_assignment(brand_id, "Vacaturetekst")
        with store.action():  # as the window opens an assignment: the pool holds connections
            review.assignment(assignment.id)
            review.versions(assignment.id)
        before = _mission(service, brand_id)

        cluster.restart()  # every pooled connection is dead now

        assert _mission(service, brand_id) == before
        assert review.detail(assignment.id).info.title == "Vacaturetekst"  # as the page opens it
        with store.action():
            assert review.requests(assignment.id) == []
        snap = service.snapshot(brand_id)
        assert snap.revision is not None
        saved = service.save(brand_id, snap.brand.model_copy(update={
            "identity": snap.brand.identity.model_copy(update={"mission": "Na de herstart"})}),
            base_revision=snap.revision)
        assert saved.brand.identity.mission == "Na de herstart"


def test_while_the_server_is_away_a_read_says_so_and_works_again_once_it_is_back(
        cluster: Cluster, sample_snapshot: ProfileSnapshot) -> None:
    with open_store(cluster.url) as store:
        brand_id = _with_brand(store, sample_snapshot)
        service = ProfileService(store)
        review = ReviewService(store)
        assignment = review.create_assignment(brand_id, "Vacaturetekst")
        watch = team.ConnectionWatch(store, clock=lambda: 100.0)
        assert watch.check().state is team.ConnectionState.CONNECTED

        cluster.stop()
        sentence = (f"the connection to the database server 127.0.0.1:{cluster.port} was lost; "
                    "try again in a moment")
        for _attempt in range(2):  # the dead pooled connection, then a new one refused
            with pytest.raises(StoreError) as caught:
                service.snapshot(brand_id)
            assert caught.value.message == sentence
        with pytest.raises(StoreError) as caught:
            review.detail(assignment.id)  # as the Assignments page opens it
        assert caught.value.message == sentence
        assert watch.check().state is team.ConnectionState.LOST

        cluster.start()
        assert service.snapshot(brand_id).brand.name == sample_snapshot.brand.name
        assert review.detail(assignment.id).info.title == "Vacaturetekst"
        assert watch.check().state is team.ConnectionState.CONNECTED
