"""An open study as the views see it: the worker that owns its Project, and one change signal.

Views take the session in their constructor (napari's habit: a view takes its model), run
their reads and writes through `run`, and listen to `changed` to refresh. Work that changes the
study returns what it changed (the facade's writes return a `Changes`, or a `Changed` value):
the session broadcasts it once the work is done, and no view declares or emits a change. The
`Project` object itself is only ever touched on the worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from ..domain.changes import split_result
from ..errors import Cancelled
from .tasks import Task, TaskRunner

if TYPE_CHECKING:  # the facade pulls in sqlite-utils: imported on the worker, never at start-up
    from ..domain import Study
    from ..project import Project
    from .paged_rows import PreparedRows

ProjectWork = Callable[["Project"], Any]
_LET_GO_AFTER_MS = 500


class StudyClosed(Cancelled, RuntimeError):
    """Work that reached the worker after its study was closed (a view's reload as the window
    closes the study): dropped as cancelled work is, not an error to show."""


class StudySession(QObject):
    changed = Signal(object)  # Changes: the one broadcast of what work changed in the study
    # (label, task, determinate, cancellable): the main window shows it in its progress panel
    long_work_started = Signal(str, object, bool, bool)
    long_work_progress = Signal(float)
    long_work_ended = Signal()
    path_changed = Signal(object)  # the study now lives in this file (a copy made elsewhere)

    def __init__(self, runner: TaskRunner, path: Path, project: Project, study: Study) -> None:
        super().__init__()
        self.runner = runner
        self.path = path
        self.study = study
        self._project: Project | None = project

    def project_getter(self) -> Project:
        """For work already running on the worker thread (the dashboard's analysis)."""
        if self._project is None:
            raise StudyClosed("the study is closed")
        return self._project

    def on_changes(self, owner: QObject, action: Callable[[], None], *kinds: str) -> None:
        """Call `action` when a change touches one of `kinds` (`Changes`' fields: "businesses",
        "records"...), for as long as `owner` lives: a view dropped with its study page (a new
        language, another study) stops listening, where a connected lambda would call it dead."""
        listener = _ChangeListener(owner, action, kinds)
        self.changed.connect(listener.heard)

    def run(self, work: ProjectWork, *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> Task:
        """The `Changes` the work's result carries are broadcast on `changed` after `on_done`
        (which receives the value, a `Changed` unwrapped), also when the view has gone."""
        return self.runner.run(lambda task: work(self.project_getter()),
                               on_done=self.announcing(while_alive(on_done)),
                               on_error=while_alive(on_error))

    def announcing(self, on_done: Callable[[Any], None] | None) -> Callable[[Any], None]:
        """A reply that hands `on_done` the value, then broadcasts what the result changed."""

        def done(result: Any) -> None:
            value, changes = split_result(result)
            if on_done is not None:
                on_done(value)
            if changes:
                self.changed.emit(changes)
        return done

    def let_go(self, replaced: PreparedRows[Any]) -> None:
        """Rows a list no longer shows, emptied on the worker a piece at a time: dropped on
        the UI thread, a 100,000-shop list's held the window ~70 ms. Once the new rows have
        painted: each call of the window into Python waits its turn while the worker runs."""
        from .paged_rows import let_go

        def later() -> None:
            if self._project is not None and not self.runner.stopped:  # else they go here
                self.runner.run(lambda task: let_go(replaced))

        QTimer.singleShot(_LET_GO_AFTER_MS, later)

    def run_long(self, label: str, work: Callable[[Project, Task], Any], *,
                 on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 determinate: bool = True, cancellable: bool = True) -> Task:
        """Work with a progress bar and a Cancel button in the main window."""

        def finish(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def done(value: Any) -> None:
                self.long_work_ended.emit()
                if callback is not None:
                    callback(value)
            return done

        task = self.runner.run(lambda t: work(self.project_getter(), t),
                               on_done=finish(self.announcing(while_alive(on_done))),
                               on_error=finish(while_alive(on_error)),
                               on_cancelled=finish(None),
                               on_progress=self.long_work_progress.emit)
        self.long_work_started.emit(label, task, determinate, cancellable)
        return task

    def continue_in_copy(self, path: Path, *, on_done: Callable[[Path], None],
                         on_error: Callable[[BaseException], None]) -> Task:
        """Carry on in a copy of the study at `path` (when this file cannot be written)."""

        def moved(new_path: Path) -> None:
            self.path = new_path
            self.path_changed.emit(new_path)
            on_done(new_path)

        return self.run(lambda project: project.continue_in_copy(path).resolve(),
                        on_done=moved, on_error=on_error)

    def close(self) -> None:
        """Close the file after the work already queued (the last autosave) has run."""
        project = self._project
        if project is not None:
            self.runner.call_sync(project.close)
            self._project = None


class _ChangeListener(QObject):
    """A child of its owner: deleted with it, and with it its connection (a method's)."""

    def __init__(self, owner: QObject, action: Callable[[], None], kinds: tuple[str, ...]) -> None:
        super().__init__(owner)
        self._action, self._kinds = action, kinds

    def heard(self, changes: Any) -> None:
        if any(getattr(changes, kind) for kind in self._kinds):
            self._action()


@overload
def while_alive(callback: Callable[[Any], None]) -> Callable[[Any], None]: ...
@overload
def while_alive(callback: None) -> None: ...
def while_alive(callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
    """Drop a reply whose widget was destroyed meanwhile (a view closed during the work)."""
    owner = getattr(callback, "__self__", None)
    if callback is None or not isinstance(owner, QObject):
        return callback

    def deliver(value: Any) -> None:
        if isValid(owner):
            callback(value)

    return deliver


def open_project(path: Path, passphrase: str | None = None) -> tuple[Project, Study]:
    """On the worker: open the file and read its settings (imports the storage layer there)."""
    from ..project import Project

    project = Project.open(path, passphrase=passphrase)
    try:
        opened = project, project.study
    except BaseException:
        project.close()
        raise
    ready_the_views()
    return opened


# The modules of the study's views: imported on the worker while the study opens (~0.3 s cold,
# pandas and matplotlib with them), not on the UI thread as the views are built.
VIEW_MODULES = ("business_register", "interviews_view", "dashboard", "respondents_view",
                "io_view", "territory_view", "impact_view", "conflicts_view", "duplicates_view")


def ready_the_views() -> None:
    """On the worker, as a study opens: what the views would otherwise wait for."""
    import importlib
    from contextlib import suppress

    from ..project import reference_communes

    for name in VIEW_MODULES:
        with suppress(ImportError):  # a build without the charts: the window says so in the tab
            importlib.import_module(f"{__package__}.{name}")
    reference_communes()  # read once (35,000 rows), before the business editor asks for it


def create_project(path: Path, study: Study) -> tuple[Project, Study]:
    from ..project import Project

    project = Project.create(path, study)
    ready_the_views()
    return project, project.study


def session_for(runner: TaskRunner, project: Project) -> StudySession:
    """A session around a project already open on `runner` (a preview, the self-test)."""
    return StudySession(runner, project.path, project, runner.call_sync(lambda: project.study))
