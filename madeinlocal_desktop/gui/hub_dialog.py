"""Étude → Serveur de consolidation…: enrol this study file with a hub, then sync in the
background, with a status in the status bar and retries with back-off while offline.

`HubSync` belongs to the main window: it syncs through the session's `run_long` (the progress
panel shows it, Cancel stops it), right after a study opens and every few minutes, and when the
hub cannot be reached it waits 30 s, 1 min, 2 min... (at most 15 min) before trying again.
Bundles made meanwhile wait in the queue on this computer; nothing is lost by being offline.
`HubDialog` (gui/hub_enrol_dialog.py) is where a person enrols with a code and sees where
things stand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
)

from . import theme

if TYPE_CHECKING:
    from .hub_enrol_dialog import HubDialog
    from .main_window import MainWindow
    from .session import StudySession

FIRST_RETRY_S = 30
LONGEST_RETRY_S = 15 * 60
EVERY_S = 10 * 60  # a sync while the study stays open, when the last one went well
START_DELAY_MS = 1500  # after the study opens: let its views load first


def retry_delay(failures: int) -> int:
    """Seconds before the next try after `failures` failed ones in a row."""
    return int(min(FIRST_RETRY_S * 2 ** max(failures - 1, 0), LONGEST_RETRY_S))


class HubSync(QObject):
    """The main window's hub sync: status bar text, timer, back-off."""

    state_changed = Signal()  # the status text changed (the dialog follows it)
    synced = Signal(object)  # a HubSyncResult

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: StudySession | None = None
        self.status: Any = None  # project.hub.status() as last read
        self.failures = 0
        self.busy = False
        self.text = ""
        self.label = QLabel()
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync)
        self.dialog: HubDialog | None = None
        self.last_error: BaseException | None = None

    # -- the study opening and closing ---------------------------------------------------------

    def attach(self, session: StudySession) -> None:
        self.detach()
        self.session = session
        session.run(lambda project: project.hub.status(), on_done=self._status_read)

    def detach(self) -> None:
        self.timer.stop()
        self.session = None
        self.status = None
        self.failures = 0
        self.busy = False
        self._show("")

    def _status_read(self, status: Any) -> None:
        self.status = status
        if status.enrolled:
            self._show(self.tr("Consolidation server: %Ln bundle(s) waiting", "",
                               status.queued))
            self.timer.start(START_DELAY_MS)
        self.state_changed.emit()

    # -- syncing -------------------------------------------------------------------------------

    def sync(self) -> None:
        session = self.session
        if session is None or self.busy or self.status is None or not self.status.enrolled:
            return
        self.timer.stop()
        self.busy = True
        self._show(self.tr("Consolidation server: syncing…"))

        def work(project: Any, task: Any) -> Any:
            from ..errors import Cancelled
            from ..project.hub import Backoff

            # One try per call: the timer does the waiting, so that the worker (and with it
            # every view) is never held by a hub that does not answer.
            try:
                return project.hub.sync(backoff=Backoff(attempts=1), progress=task.progress,
                                        should_cancel=task.should_cancel)
            except Cancelled:
                return None  # stopped by the person: the bundles imported so far stay

        session.run_long(self.tr("Syncing with the consolidation server…"), work,
                         on_done=self._synced, on_error=self._failed)

    def _synced(self, result: Any) -> None:
        self.busy = False
        if result is None:  # cancelled
            self._show(self.tr("Consolidation server: sync stopped"))
            self.timer.start(EVERY_S * 1000)
            self.state_changed.emit()
            return
        self.failures = 0
        when = QTime.currentTime().toString("HH:mm")
        if result.refused:
            self._show(self.tr("Consolidation server: synced at {time}, %Ln bundle(s) refused",
                               "", len(result.refused)).format(time=when), warning=True)
        else:
            self._show(self.tr("Consolidation server: synced at {time}").format(time=when))
        if self.status is not None:
            from dataclasses import replace  # not at start-up: the window paints first

            self.status = replace(self.status, queued=result.queued)
        if result.imported:
            self.window.exchange.follow_study()
        self.timer.start(EVERY_S * 1000)
        self.synced.emit(result)
        self.state_changed.emit()

    def _failed(self, error: BaseException) -> None:
        from ..project.hub import HubUnavailable

        self.busy = False
        if not isinstance(error, HubUnavailable):  # a person must act: no retry
            self.timer.stop()
            self._show(self.tr("Consolidation server: sync refused"), warning=True,
                       tip=str(error))
            self.last_error = error
            self.state_changed.emit()
            return
        self.failures += 1
        delay = retry_delay(self.failures)
        self.timer.start(delay * 1000)
        session = self.session
        if session is not None:  # how many bundles now wait, for the status text
            session.run(lambda project: project.hub.status(),
                        on_done=lambda status: self._offline(status, delay, error))

    def _offline(self, status: Any, delay: int, error: BaseException) -> None:
        self.status = status
        wait = (self.tr("%Ln min", "", delay // 60) if delay >= 60
                else self.tr("%Ln s", "", delay))
        self._show(self.tr("Consolidation server offline: %Ln bundle(s) waiting, next try in "
                           "{wait}", "", status.queued).format(wait=wait), warning=True,
                   tip=str(error))
        self.state_changed.emit()

    def _show(self, text: str, *, warning: bool = False, tip: str = "") -> None:
        self.text = text
        self.label.setText(text)
        self.label.setToolTip(tip)
        theme.set_role(self.label, "warning" if warning else "")
        self.label.setVisible(bool(text))

    # -- the dialog ----------------------------------------------------------------------------

    def open_dialog(self) -> None:
        if self.session is None:
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        from .hub_enrol_dialog import HubDialog  # its widgets: not before the first window

        self.dialog = HubDialog(self.session, self, self.window)
        self.dialog.open()

    def enrolled(self, status: Any) -> None:
        self.status = status
        self.failures = 0
        self.state_changed.emit()
        self.sync()
