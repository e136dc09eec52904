"""Team mode against the real PostgreSQL server: passwords, clear failures, a lost connection."""

from __future__ import annotations

from pathlib import Path

import pytest

from brandregie import secrets
from brandregie.errors import StoreError
from brandregie.profile import schema as s
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store import team
from brandregie.store.migrate import current_revision, head_revision
from tests.databases import TeamDatabase
from tests.mail.conftest import free_port
from tests.store.tcp_proxy import Relay

pytestmark = pytest.mark.postgres


def test_connecting_runs_the_migrations_with_the_password_from_the_keyring(
        team_db: TeamDatabase, sample_snapshot: ProfileSnapshot) -> None:
    where = secrets.set_secret(team.password_account(team_db.settings), team_db.password)
    try:
        with team.connect(team_db.settings) as store:
            assert current_revision(store.engine) == head_revision()
            ProfileService(store).create(sample_snapshot.brand)
            assert team_db.password not in store.display_name
            assert team_db.password not in store.url
        with team.connect(team_db.settings) as again:  # a second person, same database
            assert [b.name for b in ProfileService(again).list_brands()] == ["Bakkerij Korenaar"]
    finally:
        if where is secrets.Where.KEYRING:
            secrets.delete_secret(team.password_account(team_db.settings))


def test_a_wrong_password_is_refused_clearly(team_db: TeamDatabase) -> None:
    with pytest.raises(StoreError) as caught:
        team.connect(team_db.settings, password="niet-het-goede")
    assert caught.value.message == (f"the database server did not accept the password for "
                                    f"{team_db.settings.user}")
    assert "niet-het-goede" not in caught.value.message


def test_without_any_password_the_person_is_asked(team_db: TeamDatabase) -> None:
    with pytest.raises(team.PasswordNeeded) as caught:
        team.connect(team_db.settings)
    assert caught.value.account == team.password_account(team_db.settings)
    assert "asks for the password" in caught.value.message


def test_an_unreachable_server_and_a_missing_database_are_named(team_db: TeamDatabase) -> None:
    closed = team_db.settings.with_changes(port=free_port())
    with pytest.raises(StoreError, match=r"the database server 127\.0\.0\.1:\d+ cannot be "
                                         "reached"):
        team.connect(closed, password=team_db.password)
    missing = team_db.settings.with_changes(database="bestaat_niet")
    with pytest.raises(StoreError, match="there is no database “bestaat_niet”"):
        team.connect(missing, password=team_db.password)


def test_a_lost_connection_shows_and_reconnects_keeping_the_edit(
        team_db: TeamDatabase, sample_snapshot: ProfileSnapshot) -> None:
    relay = Relay((team_db.settings.host, team_db.settings.port))
    relay.start()
    via_relay = team_db.settings.with_changes(port=relay.port)
    now = [0.0]
    try:
        with team.connect(via_relay, password=team_db.password) as store:
            service = ProfileService(store, author="anna")
            first = service.create(sample_snapshot.brand)
            assert first.brand_id is not None
            watch = team.ConnectionWatch(store, via_relay, delays=(2, 5), clock=lambda: now[0])
            assert watch.check().state is team.ConnectionState.CONNECTED

            edit = first.brand.model_copy(update={"identity": first.brand.identity.model_copy(
                update={"mission": "Bewaard tijdens de storing"})})
            relay.cut()  # the network goes away
            with pytest.raises(StoreError):
                service.save(first.brand_id, edit, base_revision=1)
            status = watch.check()
            assert status.state is team.ConnectionState.LOST
            assert status.reason == f"the database server 127.0.0.1:{relay.port} cannot be reached"
            assert (status.retry_in, status.attempts) == (2, 1)
            assert edit.identity.mission == "Bewaard tijdens de storing"  # still in hand

            relay.start()  # the network is back, on the same address
            now[0] = 1.0
            assert watch.poll().state is team.ConnectionState.LOST  # not yet time to retry
            assert watch.status.retry_in == 1.0
            now[0] = 2.5
            assert watch.poll().state is team.ConnectionState.CONNECTED
            saved = service.save(first.brand_id, edit, base_revision=1)
            assert saved.revision == 2
            assert service.snapshot(first.brand_id).brand.identity.mission == \
                "Bewaard tijdens de storing"
    finally:
        relay.cut()


def test_retries_slow_down_while_the_server_stays_away(team_db: TeamDatabase) -> None:
    relay = Relay((team_db.settings.host, team_db.settings.port))
    relay.start()
    settings = team_db.settings.with_changes(port=relay.port)
    clock = [0.0]
    try:
        with team.connect(settings, password=team_db.password) as store:
            watch = team.ConnectionWatch(store, settings, delays=(1, 2, 5), clock=lambda: clock[0])
            relay.cut()
            delays = []
            for _ in range(4):
                status = watch.poll()
                delays.append(status.retry_in)
                clock[0] += status.retry_in
            assert delays == [1, 2, 5, 5]
    finally:
        relay.cut()


def test_settings_are_kept_without_the_password(team_db: TeamDatabase, tmp_path: Path) -> None:
    path = team.save_settings(team_db.settings, tmp_path / "team.json")
    assert team.load_settings(path) == team_db.settings
    assert team_db.password not in path.read_text()
    assert team_db.settings.user in team.team_url(team_db.settings)
    assert "password" not in team.team_url(team_db.settings)


def test_the_app_opens_the_team_database_when_team_mode_is_on(
        team_db: TeamDatabase, sample_snapshot: ProfileSnapshot) -> None:
    with team.open_active_store() as local:  # team mode off: the local file
        assert local.is_sqlite
        ProfileService(local).create(s.Brand(name="Alleen lokaal"))
    team.save_settings(team_db.settings)
    secrets.remember_for_session(team.password_account(team_db.settings), team_db.password)
    with team.open_active_store() as shared:
        assert not shared.is_sqlite
        assert ProfileService(shared).list_brands() == []
