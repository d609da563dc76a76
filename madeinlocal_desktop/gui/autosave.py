"""Saving a form as it is typed, and never losing an edit when a save fails.

A form tells its `Autosaver` about each change; a moment later the autosaver asks the form for
what to store (`snapshot()`: the record's id and a function of the Project that stores its
values, or None while nothing can be stored yet) and runs it on the study's worker. Until a
save of a record has succeeded, the autosaver keeps that save: one that fails (the file locked
by another program, a read-only medium, a full disk) is tried again after a short back-off and
at the next change, even if the form shows another record meanwhile. Saves are whole records,
so the latest save of a record carries every earlier change; `unsaved` says whether anything
typed has not reached the file.

The policy lives here, apart from the widgets, so the forms that use it (interview, business)
keep small methods that survive a move of their layout to Qt Designer files.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from ..errors import UserFacingError

if TYPE_CHECKING:
    from ..project import Project
    from .session import StudySession

SaveWork = Callable[["Project"], Any]
Snapshot = tuple[str, SaveWork]  # (record id, the save of its current values)
AUTOSAVE_DELAY_MS = 200
RETRY_DELAYS_MS = (500, 1000, 2000, 4000, 8000, 15000)  # then every 15 s

# The storage codes of a write that failed for a reason outside the data (storage/database.py).
LOCKED, READ_ONLY, DISK_FULL, WRITE_FAILED = (
    "storage.locked", "storage.read_only", "storage.disk_full", "storage.write_failed")
WRITE_FAILURES = frozenset({LOCKED, READ_ONLY, DISK_FULL, WRITE_FAILED})
ELSEWHERE_HELPS = frozenset({READ_ONLY, DISK_FULL, WRITE_FAILED})  # a copy elsewhere would do


def write_failure_code(error: BaseException | None) -> str | None:
    """The storage code of a failed write, None for any other error."""
    if isinstance(error, UserFacingError) and error.code in WRITE_FAILURES:
        return error.code
    return None


def worth_retrying(error: BaseException) -> bool:
    """A file that cannot be written now may be in a moment; a value the rules refuse is not
    accepted by trying again (it waits for the next change)."""
    return write_failure_code(error) is not None or not isinstance(error, UserFacingError)


class Autosaver(QObject):
    saved = Signal(object)  # what the save returned
    failed = Signal(object)  # the error; the values stay in the form
    state_changed = Signal()

    def __init__(self, session: StudySession, snapshot: Callable[[], Snapshot | None],
                 parent: QObject | None = None, *, delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self.session = session
        self._snapshot = snapshot
        self._delay = delay_ms
        self._change = 0  # a counter of the changes made in the form
        # Saves not known to have succeeded, by record: (change, work). The worker removes an
        # entry as soon as its save succeeds, so a window about to close can ask right after
        # waiting for the worker, before the replies have reached the UI thread.
        self._unconfirmed: dict[str, tuple[int, SaveWork]] = {}
        self._lock = threading.Lock()
        self.error: BaseException | None = None  # the last failure, None once saves work
        self.attempts = 0  # failed attempts in a row
        self.retry_at: float | None = None  # monotonic time of the next retry, if any
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.save_now)

    # -- what the form calls -----------------------------------------------------------------

    def changed(self) -> None:
        """A value changed: save it a moment from now."""
        self._change += 1
        self._timer.start(self._delay)
        self.state_changed.emit()

    def flush(self) -> None:
        """Save now whatever is waiting (for the timer or for a retry)."""
        if self._timer.isActive() or self.failing:
            self._timer.stop()
            self.save_now()

    def save_now(self) -> None:
        self._timer.stop()
        snapshot = self._snapshot()
        with self._lock:
            if snapshot is not None:
                key, work = snapshot
                self._unconfirmed[key] = (self._change, work)
            waiting = list(self._unconfirmed.items())
        for key, (change, work) in waiting:
            self._submit(key, change, work)
        if waiting:
            self.state_changed.emit()

    def _submit(self, key: str, change: int, work: SaveWork) -> None:
        def done(value: Any) -> None:
            if isValid(self):  # a reply after the form was closed is dropped
                self._done(change, value)

        def failed(error: BaseException) -> None:
            if isValid(self):
                self._failed(change, error)

        self.session.run(lambda project: self._run(project, key, change, work),
                         on_done=done, on_error=failed)

    # -- what the form reads -----------------------------------------------------------------

    @property
    def pending(self) -> bool:
        """A save (or a retry) is waiting for its moment."""
        return self._timer.isActive()

    @property
    def unsaved(self) -> bool:
        """Something typed has not reached the file (yet, or because saving fails)."""
        with self._lock:
            return self._timer.isActive() or bool(self._unconfirmed)

    @property
    def failing(self) -> bool:
        with self._lock:
            return self.error is not None and bool(self._unconfirmed)

    @property
    def failure_code(self) -> str | None:
        return write_failure_code(self.error) if self.failing else None

    def confirmed_on_worker(self) -> bool:
        """After waiting for the worker: has every save asked for reached the file?"""
        with self._lock:
            return not self._unconfirmed

    # -- the save and its answer --------------------------------------------------------------

    def _run(self, project: Project, key: str, change: int, work: SaveWork) -> Any:
        value = work(project)
        with self._lock:
            latest = self._unconfirmed.get(key)
            if latest is not None and latest[0] <= change:
                del self._unconfirmed[key]
        return value

    def _done(self, change: int, value: Any) -> None:
        if not self.failing:
            self.error, self.attempts, self.retry_at = None, 0, None
        self.saved.emit(value)
        self.state_changed.emit()

    def _failed(self, change: int, error: BaseException) -> None:
        with self._lock:
            still_needed = any(c <= change for c, _ in self._unconfirmed.values())
        if not still_needed:  # a later save of the same record got through meanwhile
            return
        self.error = error
        self.attempts += 1
        self.retry_at = None
        if worth_retrying(error):
            if not self._timer.isActive():  # a change typed meanwhile retries sooner
                self._timer.start(RETRY_DELAYS_MS[min(self.attempts, len(RETRY_DELAYS_MS)) - 1])
            self.retry_at = time.monotonic() + self._timer.remainingTime() / 1000
        self.failed.emit(error)
        self.state_changed.emit()
