"""The edit session: the brand being edited, its undo history and its autosave.

Every edit anywhere in the window is a :class:`EditCommand` on one ``QUndoStack`` that swaps the
whole (immutable) profile value, so undo and redo span all pages for free. At most 700 ms after
the first unsaved edit the profile is saved as one transaction through :class:`ProfileService`;
a save takes about a tenth of a second on SQLite, so it runs on a worker thread and never blocks
the window. The
result comes back to the GUI thread as a queued signal; a test can call :meth:`flush` to save at
once and wait.
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from brandregie.errors import BrandRegieError, ConflictError
from brandregie.profile.editing import with_value
from brandregie.profile.schema import Brand
from brandregie.profile.service import ProfileService
from brandregie.profile.snapshot import ProfileSnapshot

AUTOSAVE_MS = 700


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
    _wake = Signal()  # a save finished on the worker thread (no arguments cross threads)

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
        self._threaded = threaded
        self._executor: ThreadPoolExecutor | None = None
        self._in_flight: Future[ProfileSnapshot] | None = None
        self._in_flight_state = self.state
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._save_now)
        self._done: queue.SimpleQueue[tuple[Future[ProfileSnapshot], State]] = (
            queue.SimpleQueue())
        self._wake.connect(self._collect)

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
            if self._in_flight is None:
                self._set_save_state(SaveState.SAVED)
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
            return service.save(brand_id, state.brand, base_revision=base, files=files or None,
                                action=action, note=note)
        return save

    def _save_now(self) -> None:
        if not self.dirty:
            return
        if self._in_flight is not None:
            self._again = True
            return
        state = self.state
        job = self._job(state)
        self._set_save_state(SaveState.SAVING)
        if not self._threaded:
            future: Future[ProfileSnapshot] = Future()
            try:
                future.set_result(job())
            except Exception as exc:  # delivered to _finished, like a worker's failure
                future.set_exception(exc)
            self._in_flight, self._in_flight_state = future, state
            self._finished(future, state)
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="brandregie-save")
        future = self._executor.submit(job)
        self._in_flight, self._in_flight_state = future, state
        future.add_done_callback(lambda f: self._report(f, state))

    def _report(self, future: Future[ProfileSnapshot], state: State) -> None:
        """On the worker thread: queue the result and wake the GUI thread (queued signal)."""
        self._done.put((future, state))
        self._wake.emit()

    def _collect(self) -> None:
        while True:
            try:
                future, state = self._done.get_nowait()
            except queue.Empty:
                return
            self._finished(future, state)

    def _finished(self, future: Future[ProfileSnapshot], state: State) -> None:
        if future is not self._in_flight:
            return  # already handled by flush()
        self._in_flight = None
        again, self._again = self._again, False
        try:
            snapshot = future.result()
        except ConflictError as exc:
            self._set_save_state(SaveState.FAILED, exc.message)
            self.problem.emit(exc.message)
            return
        except BrandRegieError as exc:
            self._set_save_state(SaveState.FAILED, exc.message)
            self.problem.emit(exc.message)
            return
        assert snapshot.revision is not None
        self.base_revision = snapshot.revision
        self.saved_state = state
        if self.state is state or self.state == state:
            self._action = None
        self.saved.emit(snapshot)
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
            future = self._in_flight
            future.exception()  # waits for the worker
            self._finished(future, self._in_flight_state)
        if self.dirty and self.save_state is not SaveState.FAILED:
            threaded, self._threaded = self._threaded, False
            try:
                self._save_now()
            finally:
                self._threaded = threaded
        return not self.dirty

    def retry(self) -> None:
        """Try a failed save again (after the person fixed the cause)."""
        self._set_save_state(SaveState.PENDING)
        self._save_now()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
