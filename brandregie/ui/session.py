"""The edit session: the brand being edited, its undo history and its autosave.

Every edit anywhere in the window is a :class:`EditCommand` on one ``QUndoStack`` that swaps the
whole (immutable) profile value, so undo and redo span all pages for free. At most 500 ms after
the first unsaved edit the profile is saved as one transaction through :class:`ProfileService`;
a save takes about a tenth of a second on SQLite, so it runs as a job of
:class:`~brandregie.ui.jobs.Runner` and never blocks the window; the result comes back to the
GUI thread as a signal. :meth:`EditSession.flush` saves at once and waits.

A save refused because a colleague saved first (team mode) is explained on the worker with
:func:`brandregie.profile.conflict.explain_conflict`. When the two edits touched different
fields the merge is saved at once (:func:`save_resolved`) and :attr:`EditSession.merged` says
so; otherwise :attr:`EditSession.conflict_found` asks the person to choose, and the edits stay
in the window, unsaved, until they do (autosave pauses meanwhile). Either way the merge is
pushed as ONE undo step ("merge with changes by ..."): undoing it is a deliberate, named step
back to the person's own version (saved as a new revision, so the colleague's work stays in the
history), and earlier steps stay reachable behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from brandregie.errors import BrandRegieError, ConflictError
from brandregie.profile.conflict import (
    SaveConflict,
    Side,
    explain_conflict,
    find_conflicts,
    save_resolved,
)
from brandregie.profile.editing import with_value
from brandregie.profile.history import describe_changes
from brandregie.profile.schema import Brand
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot
from brandregie.ui.jobs import Failure, Runner, Task

AUTOSAVE_MS = 500


@dataclass(frozen=True)
class State:
    """What an undo step restores: the profile and the bytes of the files it names."""

    brand: Brand
    files: Mapping[str, bytes] = field(default_factory=lambda: MappingProxyType({}))


class SaveState(Enum):
    SAVED = "saved"
    PENDING = "pending"
    SAVING = "saving"
    FAILED = "failed"


class ConflictSeen(ConflictError):
    """A refused save, already explained on the worker (so the GUI thread reads nothing)."""

    def __init__(self, message: str, conflict: SaveConflict,
                 theirs_files: Mapping[str, bytes]) -> None:
        super().__init__(message, current_revision=conflict.current_revision)
        self.conflict = conflict
        self.theirs_files = theirs_files


def _explained(service: ProfileService, brand_id: int, mine: Brand, base: int,
               refused: ConflictError) -> ConflictError:
    """On the worker: what the colleague changed and where it collides with ``mine``."""
    try:
        conflict = explain_conflict(service, brand_id, mine, base)
        files = service.snapshot(brand_id, conflict.current_revision).files
    except BrandRegieError:
        return refused  # explained as before: the person reopens the brand
    return ConflictSeen(refused.message, conflict, files)


def saved_by(conflict: SaveConflict) -> str:
    """Who saved since the person started editing, as "Anna, Bram" (oldest first)."""
    names: list[str] = []
    for info in reversed(conflict.saved_since):
        if info.author and info.author not in names:
            names.append(info.author)
    return ", ".join(names)


class EditCommand(QUndoCommand):
    """One edit: redo sets the new profile, undo the old; edits of one field merge."""

    def __init__(self, session: EditSession, old: State, new: State, text: str,
                 merge_key: object | None, page: str, action: tuple[str, str] | None) -> None:
        super().__init__(text)
        self.session = session
        self.old, self.new = old, new
        self.merge_key = merge_key
        self.page = page
        self.action = action

    def id(self) -> int:
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.session._apply(self.new, self.page, self.action)

    def undo(self) -> None:
        self.session._apply(self.old, self.page, None)


class EditSession(QObject):
    """The open brand: current value, base revision, undo stack and autosave."""

    changed = Signal(object)  # State
    navigate = Signal(str)  # the page an undo or redo touched
    save_state_changed = Signal()
    saved = Signal(object)  # ProfileSnapshot
    problem = Signal(str)  # a save failed: one sentence for the person
    refused_edit = Signal(str)  # an edit was refused as invalid (shown in place, not saved)
    conflict_found = Signal(object)  # SaveConflict: a colleague changed the same fields
    merged = Signal(str, bool)  # saved on top of a colleague's work: who, automatically?

    def __init__(self, service: ProfileService, snapshot: ProfileSnapshot, *,
                 threaded: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if snapshot.brand_id is None or snapshot.revision is None:
            raise ValueError("an edit session needs a stored brand")
        self.service = service
        self.brand_id: int = snapshot.brand_id
        self.base_revision: int = snapshot.revision
        self.state = State(snapshot.brand, snapshot.files)
        self.saved_state = self.state
        self.save_state = SaveState.SAVED
        self.error = ""
        self.undo_stack = QUndoStack(self)
        self._action: tuple[str, str] | None = None
        self._saves = Runner(self, synchronous=not threaded, one_at_a_time=False,
                             own_thread=True, finish_at_close=True)
        self._saves.started.connect(self._save_started)
        self._saves.finished.connect(self._saved)
        self._saves.failed.connect(self._failed)
        self._in_flight: Task | None = None  # the save running; its key is the State it saves
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._save_now)
        # A refused save waiting for the person's choice (autosave pauses until then).
        self.conflict: SaveConflict | None = None
        self._resolving: tuple[str, bool] | None = None
        self._theirs_files: Mapping[str, bytes] = {}

    # -- reading -------------------------------------------------------------------------------

    @property
    def brand(self) -> Brand:
        return self.state.brand

    @property
    def files(self) -> Mapping[str, bytes]:
        return self.state.files

    @property
    def dirty(self) -> bool:
        return self.state != self.saved_state

    @property
    def save_coming(self) -> bool:
        """Whether a save is running or the autosave timer will start one."""
        return self._in_flight is not None or self._timer.isActive()

    # -- editing -------------------------------------------------------------------------------

    def change(self, path: Sequence[str | int], value: Any, text: str, *, page: str = "",
               merge: bool = True) -> bool:
        """Set ``value`` at ``path`` as one undo step; raises ``ValidationError`` if invalid.

        Returns whether anything changed. Consecutive edits of the same path merge into one
        step (typing a word is one undo), unless ``merge`` is false.
        """
        brand = with_value(self.brand, path, value)
        return self.replace(brand, text, page=page,
                            merge_key=("path", tuple(path)) if merge else None)

    def replace(self, brand: Brand, text: str, *, files: Mapping[str, bytes] | None = None,
                page: str = "", merge_key: object | None = None,
                action: tuple[str, str] | None = None) -> bool:
        """Swap in a whole new profile (and files) as one undo step."""
        new = State(brand, MappingProxyType(dict(self.files if files is None else files)))
        if new == self.state:
            return False
        self.undo_stack.push(EditCommand(self, self.state, new, text, merge_key, page, action))
        return True

    def refused(self, reason: str) -> None:
        """A field refused what was typed: nothing changed, say why in the status bar."""
        self.refused_edit.emit(reason)

    def _apply(self, state: State, page: str, action: tuple[str, str] | None) -> None:
        self.state = state
        self._action = action
        self.changed.emit(state)
        if page:
            self.navigate.emit(page)
        self._schedule()

    # -- saving --------------------------------------------------------------------------------

    def _schedule(self) -> None:
        if not self.dirty:
            self.conflict = None
            if self._in_flight is None:
                self._set_save_state(SaveState.SAVED)
            self._timer.stop()
            return
        if self.conflict is not None:  # stays "not saved: conflict" until the person chooses
            self._timer.stop()
            return
        self._set_save_state(SaveState.PENDING)
        # Throttle, not debounce: a running timer is not restarted, so someone who keeps
        # typing still gets a save at most AUTOSAVE_MS after their first unsaved edit.
        if not self._timer.isActive():
            self._timer.start()

    def _set_save_state(self, state: SaveState, error: str = "") -> None:
        self.save_state, self.error = state, error
        self.save_state_changed.emit()

    def _changed_files(self, state: State) -> dict[str, bytes]:
        """Only the file bytes that are new since the last save (a save writes those)."""
        return {path: data for path, data in state.files.items()
                if path in state.brand.file_paths() and self.saved_state.files.get(path) != data}

    def _job(self, state: State) -> Callable[[], ProfileSnapshot]:
        action, note = self._action or ("edited", "")
        files = self._changed_files(state)
        base, brand_id, service = self.base_revision, self.brand_id, self.service

        def save() -> ProfileSnapshot:
            try:
                return service.save(brand_id, state.brand, base_revision=base,
                                    files=files or None, action=action, note=note)
            except ConflictError as exc:
                raise _explained(service, brand_id, state.brand, base, exc) from exc
        return save

    def _save_now(self) -> None:
        if not self.dirty:
            return
        if self._in_flight is not None:
            self._again = True
            return
        self._start(self.state, self._job(self.state))

    def _start(self, state: State, job: Callable[[], ProfileSnapshot]) -> None:
        self._set_save_state(SaveState.SAVING)
        self._saves.start(lambda _progress: job(), key=state)

    def _save_started(self, task: Task) -> None:
        self._in_flight = task  # before a synchronous save ends, inside start()

    def _ended(self, task: Task) -> tuple[State, tuple[str, bool] | None, bool] | None:
        """The save ``task`` is over: what it saved, the merge it made, whether to save again;
        None if it was handled already (by :meth:`flush`)."""
        if task is not self._in_flight:
            return None
        self._in_flight = None
        again, self._again = self._again, False
        resolving, self._resolving = self._resolving, None
        assert isinstance(task.key, State)
        return task.key, resolving, again

    def _failed(self, task: Task, failure: Failure) -> None:
        if self._ended(task) is None:
            return
        if isinstance(failure.error, ConflictSeen):
            self._conflicted(failure.error)
            return
        self._set_save_state(SaveState.FAILED, failure.message)
        self.problem.emit(failure.message)

    def _saved(self, task: Task, snapshot: ProfileSnapshot) -> None:
        ended = self._ended(task)
        if ended is None:
            return
        state, resolving, again = ended
        assert snapshot.revision is not None
        self.base_revision = snapshot.revision
        self.saved_state = state
        if self.state is state or self.state == state:
            self._action = None
        self.saved.emit(snapshot)
        if resolving is not None:
            self.merged.emit(*resolving)
        if self.dirty:
            self._set_save_state(SaveState.PENDING)
            if again:
                self._save_now()
            else:
                self._timer.start()
        else:
            self._set_save_state(SaveState.SAVED)

    def flush(self) -> bool:
        """Save now and wait (before switching brands, exporting or quitting); True if saved."""
        self._timer.stop()
        if self._in_flight is not None:
            self._saves.finish_now(self._in_flight)
        if self.dirty and self.save_state is not SaveState.FAILED:
            synchronous, self._saves.synchronous = self._saves.synchronous, True
            try:
                self._save_now()
            finally:
                self._saves.synchronous = synchronous
        return not self.dirty

    def retry(self) -> None:
        """Try a failed save again (after the person fixed the cause).

        After a conflict this looks again at what the colleague saved: it merges, or asks anew.
        """
        self.conflict = None
        self._set_save_state(SaveState.PENDING)
        self._save_now()

    # -- conflicts -----------------------------------------------------------------------------

    def _conflicted(self, refused: ConflictSeen) -> None:
        """Someone saved first: merge what does not collide, ask about what does."""
        conflict = refused.conflict
        mine = self.state.brand
        if mine != conflict.mine:  # typed on while the save was out: compare the newest
            conflict = replace(conflict, mine=mine,
                               my_changes=tuple(describe_changes(conflict.base, mine)),
                               conflicts=tuple(find_conflicts(conflict.base, mine,
                                                              conflict.theirs)))
        self._theirs_files = refused.theirs_files
        if conflict.merges_cleanly:
            self._save_resolution(conflict, {}, automatic=True)
            return
        self.conflict = conflict
        self._set_save_state(SaveState.FAILED, refused.message)
        self.conflict_found.emit(conflict)

    def resolve(self, conflict: SaveConflict,
                choices: Mapping[str, Side | str] | None = None) -> None:
        """Save the person's choice per conflicting field on top of the colleague's revision."""
        if conflict.mine != self.brand:  # the window moved on: look again instead
            self.retry()
            return
        self._save_resolution(conflict, choices or {}, automatic=False)

    def _save_resolution(self, conflict: SaveConflict, choices: Mapping[str, Side | str],
                         *, automatic: bool) -> None:
        """Show the merge as one undo step, then save it with :func:`save_resolved`."""
        self.conflict = None
        files = dict(self._theirs_files)
        for path, data in self.files.items():  # my new bytes win; unchanged ones are theirs
            if self.saved_state.files.get(path) != data or path not in files:
                files[path] = data
        who = saved_by(conflict)
        text = (self.tr("merge with changes by %1") if automatic
                else self.tr("resolve conflict with %1")).replace(
                    "%1", who or self.tr("a colleague"))
        new = State(conflict.resolve(choices), MappingProxyType(files))
        if new != self.state:
            self.undo_stack.push(EditCommand(self, self.state, new, text, None, "", None))
        self._timer.stop()
        self.base_revision = conflict.current_revision
        state = self.state
        changed = self._changed_files(state)
        service = self.service

        def save() -> ProfileSnapshot:
            try:
                return save_resolved(service, conflict, choices, files=changed or None)
            except ConflictError as exc:  # someone was quick again
                raise _explained(service, conflict.brand_id, state.brand,
                                 conflict.current_revision, exc) from exc

        self._resolving = (who, automatic)
        self._start(state, save)

    def close(self) -> None:
        """Wait for a save still running (the brand is closing)."""
        self._saves.wait()
