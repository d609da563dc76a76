"""Work off the UI thread: one worker thread owns the study database (as in Anki's taskman).

    runner.run(lambda task: project.analysis.run(progress=task.progress,
                                                 should_cancel=task.should_cancel),
               on_done=self.show_result, on_progress=bar.setValue)

Callbacks always run on the UI thread. Tasks run one at a time, in the order submitted, so two
writes never race. A cancelled task ends silently (its `on_cancelled`, if any, is called).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..errors import Cancelled

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

_PROGRESS_INTERVAL = 0.03  # seconds: ~30 progress updates a second are plenty for a bar
_SWITCH_INTERVAL = 0.001  # seconds a busy thread keeps the interpreter before it must let go


def share_the_interpreter() -> None:
    """Let the UI thread have the interpreter back within about a millisecond.

    With the study's worker and the chart thread both computing, Python's default 5 ms hand-over
    let the UI thread wait behind them for 50-250 ms at a time (measured while a 10,000-interview
    dashboard opened): the window stood still. One thread alone never hands over, so this costs
    nothing when nothing runs in the background.
    """
    sys.setswitchinterval(min(sys.getswitchinterval(), _SWITCH_INTERVAL))


class Task:
    """Handed to the work function: report progress, ask whether to stop."""

    def __init__(self, runner: TaskRunner, on_progress: Callable[[float], None] | None) -> None:
        self._runner = runner
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self._last = 0.0
        self.finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def should_cancel(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, fraction: float) -> None:
        now = time.monotonic()
        if self._on_progress is None or (now - self._last < _PROGRESS_INTERVAL and fraction < 1):
            return
        self._last = now
        self._runner._post(self._on_progress, max(0.0, min(1.0, fraction)))


class UiBridge(QObject):
    """Lives on the UI thread; a signal emitted from the worker is queued to it."""

    call = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._deliver)

    @staticmethod
    def _deliver(callback: Callable[[Any], None], value: Any) -> None:
        callback(value)


class TaskRunner:
    """A single worker thread; create it on the UI thread."""

    def __init__(self) -> None:
        self._executor: ThreadPoolExecutor | None = None  # started by the first task
        self._bridge = UiBridge()
        self.stopped = False  # shut down: takes no more work

    def _submit(self, work: Callable[[], Any]) -> Future[Any]:
        if self._executor is None:
            # Imported here: the window paints before the worker's first task, not after.
            from concurrent.futures import ThreadPoolExecutor

            share_the_interpreter()
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="study-db")
        return self._executor.submit(work)

    def _post(self, callback: Callable[[Any], None], value: Any) -> None:
        self._bridge.call.emit(callback, value)

    def run(
        self,
        work: Callable[[Task], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
        on_cancelled: Callable[[None], None] | None = None,
    ) -> Task:
        task = Task(self, on_progress)

        def body() -> None:
            try:
                value = work(task)
            except Cancelled:
                if on_cancelled is not None:
                    self._post(on_cancelled, None)
            except BaseException as error:  # delivered to the UI, never lost in the thread
                if on_error is not None:
                    self._post(on_error, error)
                else:
                    self._post(_raise, error)
            else:
                if on_done is not None:
                    self._post(on_done, value)
            finally:
                task.finished.set()

        self._submit(body)
        return task

    def call_sync(self, work: Callable[[], Any]) -> Any:
        """Run on the worker and wait: for short reads needed before a view can show."""
        return self._submit(work).result()

    def shutdown(self) -> None:
        self.stopped = True
        if self._executor is not None:
            self._executor.shutdown(wait=True)


def _raise(error: BaseException) -> None:
    raise error
