"""``brandregie backup create|list|restore``, run as a separate process like a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from brandregie.profile.service import ProfileService
from brandregie.store.database import open_store
from tests.ship.edit_driver import BRAND


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "brandregie", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=60, check=False)


def _set_story(db: Path, story: str) -> None:
    with open_store(db) as store:
        service = ProfileService(store)
        snap = service.snapshot(BRAND)
        identity = snap.brand.identity.model_copy(update={"story": story})
        assert snap.brand_id is not None and snap.revision is not None
        service.save(snap.brand_id, snap.brand.model_copy(update={"identity": identity}),
                     base_revision=snap.revision)


def _story(db: Path) -> str:
    with open_store(db) as store:
        return ProfileService(store).snapshot(BRAND).brand.identity.story


def test_back_up_list_and_restore_by_number(stored_db: Path, tmp_path: Path) -> None:
    assert "No backups yet" in run("backup", "list", "--db", stored_db, cwd=tmp_path).stdout
    _set_story(stored_db, "the version to keep")
    made = run("backup", "create", "--db", stored_db, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    path = Path(made.stdout.strip().rsplit(" ", 1)[-1])
    assert path.is_file()
    _set_story(stored_db, "an edit regretted later")

    listed = run("backup", "list", "--db", stored_db, cwd=tmp_path)
    assert listed.returncode == 0
    assert listed.stdout.split()[0] == "1" and str(path) in listed.stdout

    restored = run("backup", "restore", "1", "--db", stored_db, cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert "before the restore is kept in" in restored.stdout
    assert _story(stored_db) == "the version to keep"
    again = run("backup", "list", "--db", stored_db, cwd=tmp_path).stdout.splitlines()
    assert len(again) == 3 and "before a restore" in again[0]
    assert again[-1].startswith("The backups use")  # the space they take, files counted once


def test_restore_from_a_backup_file(stored_db: Path, tmp_path: Path) -> None:
    made = run("backup", "create", "--db", stored_db, cwd=tmp_path)
    path = made.stdout.strip().rsplit(" ", 1)[-1]
    _set_story(stored_db, "later")
    assert run("backup", "restore", path, "--db", stored_db, cwd=tmp_path).returncode == 0
    assert _story(stored_db) != "later"


def test_bad_backup_choices_are_one_clear_line_and_exit_2(stored_db: Path,
                                                          tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database " * 300)
    for args in (("restore", "3"), ("restore", str(notes)),
                 ("restore", str(tmp_path / "missing.db"))):
        done = run("backup", *args, "--db", stored_db, cwd=tmp_path)
        assert done.returncode == 2, args
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    team = run("backup", "create", "--db", "postgresql://anna@127.0.0.1:1/brands",
               cwd=tmp_path)
    assert team.returncode == 2 and "pg_dump" in team.stderr
