"""Backups in the desktop app: File → Backups…, automatic backups, restore, recovery at start."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from brandregie.paths import default_database, resource, sample_pack
from brandregie.profile.pack import read_pack
from brandregie.profile.service import ProfileService
from brandregie.store import backup as b
from brandregie.store.database import Store, open_store
from brandregie.ui import backups as ui_backups
from brandregie.ui import dialogs
from brandregie.ui.backups import AppBackups, BackupsDialog
from brandregie.ui.jobs import Progress
from brandregie.ui.shell import Shell
from brandregie.ui.translation import install_language
from tests.ui.conftest import HeldJob, click, deliver_what_the_worker_sent


@pytest.fixture
def shell(qtbot: QtBot, db_path: Path, stores: list[Store]) -> Iterator[Shell]:
    """The running app on a database holding the sample brand."""
    store = open_store(db_path)
    stores.append(store)
    shell = Shell(store, threaded_saves=False)
    shell.window.open_sample()
    shell.window.show()
    yield shell
    shell.window.close()


def _story(shell: Shell) -> str:
    assert shell.window.session is not None
    return shell.window.session.brand.identity.story


def _write_story(shell: Shell, text: str) -> None:
    session = shell.window.session
    assert session is not None
    session.change(("identity", "story"), text, "Story", page="identity")
    assert session.flush()


def _backups_actions(shell: Shell) -> list[str]:
    menu = shell.window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return [a.text() for a in menu.actions() if a.objectName() == AppBackups.ACTION]


def test_the_file_menu_offers_backups_also_after_the_window_is_rebuilt(shell: Shell) -> None:
    backups = AppBackups(shell, start_delay_ms=60_000)
    assert _backups_actions(shell) == ["&Backups…"]
    shell.window.language_changed.emit("en")  # the shell rebuilds the window
    assert _backups_actions(shell) == ["&Backups…"]
    backups.timer.stop()


def test_the_app_backs_up_when_it_starts_and_when_it_closes(qtbot: QtBot, shell: Shell,
                                                           db_path: Path) -> None:
    backups = AppBackups(shell, start_delay_ms=0)
    qtbot.waitUntil(lambda: len(b.list_backups(db_path)) == 1, timeout=5000)
    backups.at_close()  # nothing changed since: no second copy
    assert len(b.list_backups(db_path)) == 1
    _write_story(shell, "Changed before closing.")
    backups.at_close()
    made = b.list_backups(db_path)
    assert [x.kind for x in made] == [b.AUTO, b.AUTO]
    with open_store(made[0].path) as copy:
        assert ProfileService(copy).snapshot("Bakkerij Korenaar").brand.identity.story == (
            "Changed before closing.")


def test_closing_during_a_backup_does_not_wait_for_it_and_lists_no_half_backup(
        qtbot: QtBot, shell: Shell, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = ui_backups._back_up
    held, let_go = threading.Event(), threading.Event()

    def held_backup(store: Store, min_interval: timedelta, progress: Progress
                    ) -> b.Backup | None:
        held.set()  # on its worker, about to copy a store that takes minutes to copy
        if progress.cancel.wait(30):  # until the app closes (a broken close fails in 30 s)
            let_go.set()
        return real(store, min_interval, progress)

    monkeypatch.setattr(ui_backups, "_back_up", held_backup)
    _write_story(shell, "Written before closing.")
    backups = AppBackups(shell, start_delay_ms=0)
    qtbot.waitUntil(held.is_set, timeout=5000)

    backups.at_close()

    assert let_go.is_set()  # closing cancelled the backup rather than waiting for it
    assert b.list_backups(db_path) == []  # nothing half-written counts as a backup
    folder = b.backups_folder(db_path)
    assert not [p for p in folder.rglob("*") if p.name.endswith(".partial")]
    assert _story(shell) == "Written before closing."
    with open_store(db_path) as store:  # the live data untouched; the next start backs it up
        assert ProfileService(store).snapshot("Bakkerij Korenaar").brand.identity.story == (
            "Written before closing.")
        assert b.maybe_backup(store) is not None


def test_closing_on_a_store_whose_backup_takes_long_stores_only_the_new_drafts(
        qtbot: QtBot, shell: Shell, db_path: Path) -> None:
    """A five-year store's backup takes seconds even when little changed: closing, which may
    take a second, stores the agency files new since the last backup for the next one rather
    than start a backup it cannot finish."""
    from brandregie.review.service import ReviewService

    backups = AppBackups(shell, start_delay_ms=0)
    qtbot.waitUntil(lambda: backups.last_took is not None and not backups.busy,
                    timeout=5000)  # the start's backup, made and ended
    assert len(b.list_backups(db_path)) == 1
    backups.last_took = 60.0  # as the start's backup of a five-year store took
    review = ReviewService(shell.store)
    job = review.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    pdf = b"%PDF-1.7\n" + os.urandom(300_000)
    review.add_version(job.id, "nieuwsbrief.pdf", pdf)

    backups.at_close()

    assert len(b.list_backups(db_path)) == 1  # no backup started that could not finish
    stored = list((b.backups_folder(db_path) / "files").glob("*/*"))
    assert [p.read_bytes() for p in stored] == [pdf]  # kept for the next start's backup


def _in_backups_dialog(act: Callable[[BackupsDialog], None]) -> None:
    """Do ``act`` in File → Backups… once it is up (it runs its own event loop, as in the app);
    closed after 30 s whatever happens, so a broken restore fails the test instead of hanging."""
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, BackupsDialog):
        QTimer.singleShot(30_000, dialog, dialog.reject)
        act(dialog)
    else:
        QTimer.singleShot(20, lambda: _in_backups_dialog(act))


def test_restoring_a_backup_in_the_app_brings_the_profile_back(
        qtbot: QtBot, shell: Shell, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backups = AppBackups(shell, start_delay_ms=60_000)
    _write_story(shell, "The story worth keeping.")
    dialog = BackupsDialog(shell.store, backups.close_brand, shell.window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.backed_up, timeout=10_000):  # made on a worker
        click(dialog.backup_button)
    assert dialog.list.topLevelItemCount() == 1
    intro = dialog.findChild(QLabel)
    assert intro is not None and "14 days" in intro.text()
    assert "backups themselves (1)" in dialog.space_label.text()
    dialog.close()
    _write_story(shell, "An edit regretted later.")
    old_window = shell.window

    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    QTimer.singleShot(0, lambda: _in_backups_dialog(lambda d: click(d.restore_button)))
    with qtbot.waitSignal(backups.restored, timeout=30_000) as reopened:
        backups.show_dialog()  # returns once the restore has closed the dialog
        assert shell.window is old_window  # rebuilt only after the dialog is gone

    assert reopened.args == [True]
    assert asked and "kept as a backup first" in asked[0]
    assert shell.window is not old_window and shell.window.isVisible()
    assert _story(shell) == "The story worth keeping."
    kinds = [x.kind for x in b.list_backups(db_path)]
    assert kinds == [b.BEFORE_RESTORE, b.MANUAL]
    assert "Restored" in shell.window.statusBar().currentMessage()
    assert _backups_actions(shell) == ["&Backups…"]
    backups.timer.stop()


DRAFT = "Bij Korenaar bakken we elke nacht vers brood, met zuurdesem en tijd.\n" * 20


def _restore_in_dialog(qtbot: QtBot, backups: AppBackups,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """File → Backups…, restore the newest backup, yes: as the person does it."""
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, _text: True)
    QTimer.singleShot(0, lambda: _in_backups_dialog(lambda d: click(d.restore_button)))
    with qtbot.waitSignal(backups.restored, timeout=30_000) as reopened:
        backups.show_dialog()
    assert reopened.args == [True]


def test_a_restore_stops_the_checks_and_drops_under_way_before_it_writes(
        qtbot: QtBot, shell: Shell, db_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from brandregie.review.service import ReviewService
    from brandregie.ui.review.intake import DraftIntake
    from brandregie.ui.review.worker import CheckRunner

    backups = AppBackups(shell, start_delay_ms=60_000)
    review = ReviewService(shell.store)
    job = review.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    b.create_backup(db_path, kind=b.MANUAL)  # the assignment, no draft yet
    version = review.add_version(job.id, "nieuwsbrief.txt", DRAFT.encode())
    checks = CheckRunner(review, shell.window)  # as the review page has them
    intake = DraftIntake(review, shell.window)
    held_check, held_drop = HeldJob(checks.jobs), HeldJob(intake.jobs)
    checks.jobs.cancelled.connect(lambda _task: held_check.release())
    intake.jobs.cancelled.connect(lambda _task: held_drop.release())
    checks.start(version.id)
    held_check.wait_until_held()  # checking, on its worker
    dropped = tmp_path / "tweede.txt"
    dropped.write_text(DRAFT + "Een tweede versie.\n")
    intake.add(job.id, [dropped])
    held_drop.wait_until_held()  # being kept, on its worker
    running = [*checks.jobs.running, *intake.jobs.running]

    _restore_in_dialog(qtbot, backups, monkeypatch)

    assert held_check.released.is_set() and held_drop.released.is_set()  # cancelled first
    assert all(task.done for task in running)  # and ended before the restore wrote
    after = ReviewService(shell.store)
    assert after.versions(job.id) == []  # as backed up: neither the draft nor the drop
    reused = after.add_version(job.id, "ander.txt", b"Een heel andere tekst.")
    assert reused.id == version.id and reused.check_status.value == "pending"
    (before,) = [x for x in b.list_backups(db_path) if x.kind == b.BEFORE_RESTORE]
    with open_store(before.path) as kept:  # the cancelled check, stored as such first
        (old,) = ReviewService(kept).versions(job.id)
    assert old.id == version.id and old.check_status.value == "cancelled"
    backups.timer.stop()


def test_a_check_or_drop_the_restore_did_not_stop_stores_nothing_after_it(
        qtbot: QtBot, shell: Shell, db_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Jobs outside the window (so not stopped) that end after a restore: the version id the
    check holds names another draft now, and the drop's assignment is not what it was."""
    from brandregie.review.service import ReviewService
    from brandregie.ui.review.intake import DraftIntake
    from brandregie.ui.review.worker import CheckRunner

    backups = AppBackups(shell, start_delay_ms=60_000)
    review = ReviewService(shell.store)
    job = review.create_assignment("Bakkerij Korenaar", "Nieuwsbrief")
    b.create_backup(db_path, kind=b.MANUAL)
    version = review.add_version(job.id, "nieuwsbrief.txt", DRAFT.encode())
    checks, intake = CheckRunner(review), DraftIntake(review)
    held_check, held_drop = HeldJob(checks.jobs), HeldJob(intake.jobs)
    told: list[object] = []
    checks.finished.connect(lambda _id, info: told.append(info))
    intake.stored.connect(told.append)
    checks.start(version.id)
    held_check.wait_until_held()
    dropped = tmp_path / "tweede.txt"
    dropped.write_text(DRAFT + "Een tweede versie.\n")
    intake.add(job.id, [dropped])
    held_drop.wait_until_held()

    _restore_in_dialog(qtbot, backups, monkeypatch)
    after = ReviewService(shell.store)
    reused = after.add_version(job.id, "ander.txt", b"Een heel andere tekst.")
    assert reused.id == version.id  # the id the late check holds
    held_check.release()
    held_drop.release()
    assert checks.wait() and intake.jobs.wait()
    deliver_what_the_worker_sent()

    (only,) = after.versions(job.id)  # the drop was not kept into the restored data
    assert only.file_name == "ander.txt" and only.check_status.value == "pending"
    assert only.score is None and told == []  # nor the late check's report, nor "cancelled"
    backups.timer.stop()


def test_a_backup_that_cannot_be_restored_says_why_and_keeps_the_data(
        qtbot: QtBot, shell: Shell, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backups = AppBackups(shell, start_delay_ms=60_000)
    _write_story(shell, "The story as it is now.")
    made = b.create_backup(db_path, kind=b.MANUAL)
    made.path.write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, _text: True)
    shown: list[str] = []

    def show_error(parent: BackupsDialog, _title: str, text: str) -> None:
        shown.append(text)
        assert parent.isVisible() and parent.restore_button.isEnabled()  # pick another
        QTimer.singleShot(0, parent.reject)

    monkeypatch.setattr(dialogs, "show_error", show_error)
    QTimer.singleShot(0, lambda: _in_backups_dialog(lambda d: click(d.restore_button)))
    with qtbot.waitSignal(backups.restored, timeout=30_000) as reopened:
        backups.show_dialog()

    assert reopened.args == [False]
    assert len(shown) == 1 and shown[0].endswith("is damaged: file is not a database")
    assert _story(shell) == "The story as it is now."
    assert "Restored" not in shell.window.statusBar().currentMessage()
    backups.timer.stop()


def test_a_database_that_cannot_be_opened_at_start_offers_the_newest_backup(
        monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store() as store:
        ProfileService(store).import_snapshot(read_pack(sample_pack()))
    b.create_backup(None)
    path = default_database()
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.write(os.urandom(size))  # the whole file is garbage now
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, _text: True)

    assert ui_backups.offer_restore_at_start("file is not a database")

    with open_store() as store:
        assert [x.name for x in ProfileService(store).list_brands()] == ["Bakkerij Korenaar"]
    assert any(p.name.endswith("-damaged.db") for p in b.backups_folder(None).iterdir())


def test_a_pack_opened_from_the_file_manager_is_imported_into_the_app(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "brandregie", str(sample_pack()),
                           "--quit-after-paint"], env=env, capture_output=True, text=True,
                          timeout=120, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with open_store() as store:
        assert [x.name for x in ProfileService(store).list_brands()] == ["Bakkerij Korenaar"]


def test_the_backups_dialog_speaks_dutch(qtbot: QtBot, shell: Shell) -> None:
    translator = QTranslator()
    assert translator.load(str(resource("translations", "backups_nl.qm")))
    tree = ast.parse(Path(ui_backups.__file__).read_text(encoding="utf-8"))
    messages = {node.args[0].value for node in ast.walk(tree)
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "_t" and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)}
    untranslated = [m for m in messages if translator.translate("Backups", m) in ("", m)]
    assert len(messages) > 15 and untranslated == []

    install_language("nl")
    dialog = BackupsDialog(shell.store, lambda: False, shell.window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Back-ups"
    assert dialog.backup_button.text() == "Nu back-up maken"
