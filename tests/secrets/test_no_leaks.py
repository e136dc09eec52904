"""Secrets never land in the database, the logs, the exports or an error report.

Each test does what a person does with real passwords (save them, send mail with a wrong one
and the right one, connect to the team database, move a brand, export, crash) and then searches
every byte BrandRegie wrote: database files, logs, settings, exports, and the team database's
rows. The password is searched as text and in the encodings a mail log-in uses.
"""

from __future__ import annotations

import base64
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from brandregie import logs, secrets
from brandregie.errors import StoreError
from brandregie.mail.compose import Attachment
from brandregie.mail.errors import MailError
from brandregie.mail.service import MailService
from brandregie.mail.settings import password_account, save_settings
from brandregie.profile.pack import write_pack
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.profile.transfer import move_brand
from brandregie.store import team
from brandregie.store.database import Store, open_store
from tests.databases import TeamDatabase
from tests.mail.conftest import PASSWORD, USER, Server, make_pdf

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def _needles(secret: str, user: str = USER) -> list[bytes]:
    """The secret as bytes, and as AUTH PLAIN / AUTH LOGIN would carry it (base64)."""
    raw = secret.encode()
    return [raw, base64.b64encode(raw), base64.b64encode(b"\0" + user.encode() + b"\0" + raw),
            secret.encode("utf-16-le")]


def _leaks(folders: list[Path], secret: str) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path} holds {needle!r}" for needle in _needles(secret)
                          if needle in data]
    return found


def _user_folders() -> list[Path]:
    return [Path(os.environ[v]) for v in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME",
                                           "XDG_CACHE_HOME") if Path(os.environ[v]).exists()]


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "log"
    logs.setup_logging(logging.DEBUG, folder=folder)
    uninstall = logs.install_excepthook()
    yield folder
    uninstall()
    logs.stop_logging()


def _crash_with(secret: str) -> None:
    """An unexpected error whose message quotes the secret, reported like any crash."""
    try:
        raise RuntimeError(f"login failed: server said 535 for password {secret}")
    except RuntimeError as exc:
        logs.report(exc, show_dialog=lambda summary, where: None)


def test_mail_passwords_stay_out_of_files_logs_and_exports(
        tmp_path: Path, log_folder: Path, smtp_server: Server,
        sample_snapshot: ProfileSnapshot) -> None:
    settings = smtp_server.settings
    save_settings(settings)  # into the user's config folder
    where = secrets.set_secret(password_account(settings), PASSWORD)
    exports = tmp_path / "exports"
    exports.mkdir()
    try:
        with open_store(tmp_path / "brand.db") as store:
            brand = ProfileService(store).create(sample_snapshot.brand)
            assert brand.brand_id is not None
            service = MailService(store, settings=settings)
            kwargs = {"brand_id": brand.brand_id, "to": "joost@noord.test", "subject": "Brief",
                      "body": "Zie bijlage.", "attachment": Attachment("b.pdf", make_pdf("b")),
                      "profile_revision": brand.revision}
            wrong = PASSWORD[::-1]
            secrets.remember_for_session("smtp:typo", wrong)  # a typo the person made, too
            with pytest.raises(MailError):
                service.send(password=wrong, **kwargs)  # type: ignore[arg-type]
            sent = service.send(**kwargs)  # type: ignore[arg-type]
            logging.getLogger("brandregie.test").info("settings now %s with %s", settings,
                                                      PASSWORD)
            _crash_with(PASSWORD)
            (exports / "sent.eml").write_bytes(bytes(service.message(sent.id)))
            write_pack(ProfileService(store).snapshot(brand.brand_id), exports / "k.brandpack")
        logs.stop_logging()
        assert len(smtp_server.inbox.messages) == 1
        log_text = (log_folder / logs.LOG_NAME).read_text()
        assert "535 for password " + secrets.MASK in log_text  # the crash was reported ...
        assert "mail 1 to joost@noord.test not sent" in log_text  # ... and the failed send
        folders = [tmp_path, *_user_folders()]
        assert _leaks(folders, PASSWORD) == []
        assert _leaks(folders, wrong) == []
    finally:
        if where is secrets.Where.KEYRING:
            secrets.delete_secret(password_account(settings))


def _all_rows_as_text(store: Store) -> str:
    with store.engine.connect() as conn:
        parts = [str(row[0]) for table in inspect(conn).get_table_names()
                 for row in conn.execute(text(f'SELECT CAST(t AS text) FROM "{table}" t'))]
    return "\n".join(parts)


@pytest.mark.postgres
def test_team_passwords_stay_out_of_both_databases_logs_and_errors(
        tmp_path: Path, log_folder: Path, team_db: TeamDatabase,
        sample_snapshot: ProfileSnapshot) -> None:
    team.save_settings(team_db.settings)
    wrong = team_db.password + "-oud"
    with pytest.raises(StoreError) as refused:
        team.connect(team_db.settings, password=wrong)
    logging.getLogger("brandregie.test").warning("team connect failed: %s", refused.value)
    where = secrets.set_secret(team.password_account(team_db.settings), team_db.password)
    try:
        with open_store(tmp_path / "local.db") as local, team.connect(team_db.settings) as shared:
            ProfileService(local).create(sample_snapshot.brand)
            move_brand(local, shared, "Bakkerij Korenaar")
            logging.getLogger("brandregie.test").info("team store %s (%s)", shared.display_name,
                                                      shared.url)
            rows = _all_rows_as_text(shared)
            assert "Bakkerij Korenaar" in rows  # the search does see the data
            assert team_db.password not in rows and wrong not in rows
            move_brand(shared, local, "Bakkerij Korenaar")
            write_pack(ProfileService(local).snapshot("Bakkerij Korenaar"),
                       tmp_path / "k.brandpack")
        _crash_with(team_db.password)
        logs.stop_logging()
        assert team_db.password not in str(refused.value) and wrong not in str(refused.value)
        folders = [tmp_path, *_user_folders()]
        assert _leaks(folders, team_db.password) == []
        assert _leaks(folders, wrong) == []
    finally:
        if where is secrets.Where.KEYRING:
            secrets.delete_secret(team.password_account(team_db.settings))
