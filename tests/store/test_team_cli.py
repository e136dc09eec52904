"""``--db postgresql://user@host/db`` on the command line takes the password from the keyring,
exactly as the app does, and refuses one written into the URL (real PostgreSQL and keyring)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from brandregie import secrets
from brandregie.paths import sample_pack
from brandregie.store import team
from tests.databases import TeamDatabase, skip_or_fail

pytestmark = pytest.mark.postgres


def cli(*args: str | Path, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brandregie", *map(str, args)],
                          capture_output=True, text=True, timeout=120, check=False,
                          env=env or {k: v for k, v in os.environ.items() if k != "PGPASSWORD"})


def url_of(db: TeamDatabase, password: str | None = None) -> str:
    who = db.settings.user + (f":{password}" if password else "")
    return f"postgresql://{who}@{db.settings.host}:{db.settings.port}/{db.settings.database}"


@pytest.fixture
def in_keyring(team_db: TeamDatabase) -> Iterator[TeamDatabase]:
    status = secrets.keyring_status()
    if not status.available:
        skip_or_fail(f"no usable keyring here ({status.reason}); scripts/test runs these under "
                     "gnome-keyring in dbus-run-session")
    account = team.password_account(team_db.settings)
    assert secrets.set_secret(account, team_db.password) is secrets.Where.KEYRING
    try:
        yield team_db
    finally:
        secrets.delete_secret(account)


def test_check_against_the_team_database_with_the_password_only_in_the_keyring(
        in_keyring: TeamDatabase, tmp_path: Path) -> None:
    url = url_of(in_keyring)
    imported = cli("pack", "import", sample_pack(), "--db", url)
    assert imported.returncode == 0, imported.stderr
    draft = tmp_path / "concept.txt"
    draft.write_text("Bakkerij Korenaar bakt elke dag vers brood voor de buurt.", "utf-8")
    checked = cli("check", "--db", url, "--brand", "Bakkerij Korenaar", draft)
    assert checked.returncode == 0, checked.stderr
    assert "checked against Bakkerij Korenaar, revision 1" in checked.stdout


def test_a_password_in_the_url_is_refused_and_not_repeated(team_db: TeamDatabase) -> None:
    result = cli("pack", "import", sample_pack(), "--db", url_of(team_db, team_db.password))
    assert result.returncode == 2
    assert "leave the password out of --db" in result.stderr
    assert team_db.password not in result.stderr + result.stdout


def test_without_a_password_anywhere_it_says_where_to_put_it(team_db: TeamDatabase) -> None:
    result = cli("pack", "import", sample_pack(), "--db", url_of(team_db))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "asks for the password" in result.stderr and "keyring set BrandRegie" in result.stderr
