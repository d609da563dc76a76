"""Long study work started from a dialog, shown by the dialog's own progress panel.

A dialog is window-modal, so the main window's status-bar panel (and its Cancel button) is out
of reach while it is open: exchange dialogs embed a `ProgressPanel` of their own and run their
work through this helper. The work still goes through the session's single worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from shiboken6 import isValid

if TYPE_CHECKING:  # the session module pulls in the domain: not before the first window
    from ..project import Project
    from .session import StudySession
    from .tasks import Task
    from .widgets.progress_panel import ProgressPanel


def run_with_panel(session: StudySession, panel: ProgressPanel, label: str,
                   work: Callable[[Project, Task], Any], *,
                   on_done: Callable[[Any], None],
                   on_error: Callable[[BaseException], None],
                   on_cancelled: Callable[[], None] | None = None,
                   determinate: bool = True, cancellable: bool = True) -> Task:
    """Run `work(project, task)` on the worker; the replies are dropped if the dialog is gone
    (closed while the work ran), so no callback finds its widgets deleted. What the result
    changed is broadcast all the same."""

    def reply(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            if not isValid(panel):
                return
            panel.done()
            if callback is not None:
                callback(value)
        return deliver

    def progress(fraction: float) -> None:
        if isValid(panel):
            panel.set_progress(fraction)

    task = session.runner.run(lambda t: work(session.project_getter(), t),
                              on_done=session.announcing(reply(on_done)),
                              on_error=reply(on_error),
                              on_cancelled=reply(None if on_cancelled is None
                                                 else lambda _: on_cancelled()),
                              on_progress=progress)
    panel.start(label, task, determinate=determinate, cancellable=cancellable)
    return task


def run_quietly(session: StudySession, owner: Any, work: Callable[[Project], Any], *,
                on_done: Callable[[Any], None],
                on_error: Callable[[BaseException], None]) -> Task:
    """Short work (a read, one resolution) whose replies are dropped once `owner` is gone."""

    def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        return lambda value: callback(value) if isValid(owner) else None

    return session.runner.run(lambda task: work(session.project_getter()),
                              on_done=session.announcing(alive(on_done)),
                              on_error=alive(on_error))
