"""The real desktop app, offscreen, with an owner typing into it: the crash test's victim.

Run as a child process (``QT_QPA_PLATFORM=offscreen``)::

    python -m tests.ship.app_editor DB SEED

It opens the main window on DB (which holds the sample brand) and types the brand's story the
way a person does: bursts of keystrokes a fraction of a second apart, then a pause. Every edit
goes through the window's edit session (undo step plus autosave ~0.7 s after the last edit);
every few dozen edits also replace the logo with fresh bytes, so saves write file data too. The
app also takes automatic backups while it runs, as the desktop app does.

It prints, each line flushed at once::

    READY N        the window is open; the stored story is ``edit N``
    EDIT N         the owner just made edit N (the story now reads ``edit N``)
    SAVING         an autosave just started (its transaction runs on a worker thread)
    SAVED N REV    the autosave of edit N committed as revision REV
    BACKUP PATH    an automatic backup was taken

so the parent knows what must survive when it kills the process.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer  # noqa: TID251 (drives the real app)
from PySide6.QtWidgets import QApplication  # noqa: TID251

from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.store.backup import maybe_backup
from brandregie.store.database import open_store
from brandregie.ui import gui_thread
from brandregie.ui.session import EditSession, SaveState
from brandregie.ui.shell import Shell
from tests.ship.edit_driver import BRAND, LOGO, edit_number


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Owner:
    """Types into the open brand on a timer, in bursts and pauses."""

    def __init__(self, session: EditSession, number: int, rng: random.Random) -> None:
        self.session = session
        self.number = number
        self.rng = rng
        self.burst = 0
        session.saved.connect(self.saved)
        session.save_state_changed.connect(self.save_state_changed)

    def save_state_changed(self) -> None:
        if self.session.save_state is SaveState.SAVING:
            _say("SAVING")

    def saved(self, snapshot: ProfileSnapshot) -> None:
        _say(f"SAVED {edit_number(snapshot)} {snapshot.revision}")

    def type_next(self) -> None:
        self.number += 1
        session = self.session
        if self.number % 25 == 0:  # now and then a new logo: a save with file bytes
            logo = session.brand.visual.logos[0].model_copy(update={"file": LOGO})
            visual = session.brand.visual.model_copy(update={"logos": (logo,)})
            identity = session.brand.identity.model_copy(update={"story": f"edit {self.number}"})
            brand = session.brand.model_copy(update={"visual": visual, "identity": identity})
            session.replace(brand, "Logo", files={LOGO: os.urandom(300_000)}, page="visual")
        else:
            session.change(("identity", "story"), f"edit {self.number}", "Story",
                           page="identity")
        _say(f"EDIT {self.number}")
        if self.burst <= 0:  # a new burst of typing after a pause
            self.burst = self.rng.randint(5, 40)
            delay = self.rng.uniform(0.3, 1.5)
        else:
            self.burst -= 1
            delay = self.rng.uniform(0.04, 0.2)
        QTimer.singleShot(int(delay * 1000), self.type_next)


def main() -> int:
    db, seed = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([sys.argv[0]])
    gui_thread.install(app)  # as run_app does
    store = open_store(db)
    shell = Shell(store)
    shell.window.show()
    session = shell.window.session
    assert session is not None and session.brand.name == BRAND, "the brand did not open"
    owner = Owner(session, edit_number_of(session), random.Random(seed))
    _say(f"READY {owner.number}")

    def backup() -> None:
        made = maybe_backup(store, min_interval=timedelta(seconds=1))
        if made is not None:
            _say(f"BACKUP {made.path}")

    backups = QTimer()
    backups.timeout.connect(backup)
    backups.start(700)
    QTimer.singleShot(0, owner.type_next)
    return app.exec()


def edit_number_of(session: EditSession) -> int:
    story = session.brand.identity.story
    return int(story.split()[1]) if story.startswith("edit ") else 0


if __name__ == "__main__":
    sys.exit(main())
