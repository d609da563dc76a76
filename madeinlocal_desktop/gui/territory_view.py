"""`TerritoryView`: the study as a territory, on one screen.

Left, the business register (frame) and the sampling design with its draw; right, the
territory's estimates (LM3, euros kept and turnover a year, with intervals), their coverage,
and tabs for the chart of euros kept and leaked by sector, the totals, the strata and the
territory's profile. Everything is read on the worker (`territory_state.load_state`); the
estimates with their bootstrap run as long work with progress and Cancel.

    view = TerritoryView(session)   # session: the open study's StudySession
    view.refresh()                  # read again (done when first shown)

Preview on the demo study: `python -m madeinlocal_desktop.gui.territory_view [--screenshot PNG]`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from . import theme
from .dashboard_format import named
from .session import StudySession
from .tasks import Task
from .territory_design_panel import DesignPanel
from .territory_frame_panel import FramePanel
from .territory_results import ResultsPanel
from .territory_state import TerritoryState, estimate_state, load_state
from .widgets.banner import Banner

__all__ = ["TerritoryView"]


def _lang() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class TerritoryView(QWidget):
    loaded = Signal(object)  # the TerritoryState shown

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state: TerritoryState | None = None
        self._generation = 0
        self._stale = True
        self._task: Task | None = None
        self.banner = Banner()
        self.fictitious = named(QLabel(self.tr(
            "Fictitious data: the demo's register, shops and figures are invented. Do not quote "
            "them.")), "territoryFictitious")
        theme.set_role(self.fictitious, "fictitious")
        self.fictitious.setWordWrap(True)
        self.fictitious.hide()
        self.frame_panel = FramePanel(session)
        self.design_panel = DesignPanel(session)
        self.results = ResultsPanel()
        self.left = named(QTabWidget(), "territoryLeft")
        self.left.addTab(self.frame_panel, self.tr("Register"))
        self.left.addTab(self.design_panel, self.tr("Design and draw"))
        for panel in (self.frame_panel, self.design_panel):
            panel.failed.connect(self.banner.show_error)
            panel.reported.connect(lambda text: self.banner.show_message(text, "info"))
        self.results.recalculate_requested.connect(self.estimate)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([520, 830])
        self.left.setMinimumWidth(430)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.fictitious)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        session.on_changes(self, self.invalidate, "businesses", "interviews", "frame")

    # -- reading ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def invalidate(self) -> None:
        """The study changed: read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._generation += 1
        generation, lang = self._generation, _lang()
        self.results.busy(True)
        self._task = self.session.run_long(
            self.tr("Estimating the territory…"),
            lambda project, task: load_state(project, lang, progress=task.progress,
                                             should_cancel=task.should_cancel),
            on_done=lambda state: self._show(generation, state),
            on_error=lambda error: self._failed(generation, error))

    def estimate(self, calibrate: str | None = None) -> None:
        """Estimate again (with the calibration chosen), keeping the rest on screen."""
        state = self.state
        if state is None:
            return
        self._generation += 1
        generation, lang = self._generation, _lang()
        self.results.busy(True)
        self._task = self.session.run_long(
            self.tr("Estimating the territory…"),
            lambda project, task: estimate_state(project, state, lang, calibrate=calibrate,
                                                 progress=task.progress,
                                                 should_cancel=task.should_cancel),
            on_done=lambda found: self._show(generation, found),
            on_error=lambda error: self._failed(generation, error))

    def _show(self, generation: int, state: TerritoryState) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.state = state
        self.results.busy(False)
        self.fictitious.setVisible(state.fictitious)
        self.frame_panel.show_state(state)
        self.design_panel.show_state(state)
        self.results.show_state(state)
        self.loaded.emit(state)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.results.busy(False)
        self.banner.show_error(error)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def focus_search(self) -> None:
        self.left.setCurrentWidget(self.frame_panel)
        self.frame_panel.search.setFocus()

    def show_example(self) -> None:
        """For screenshots: a search in the register, its first establishment selected."""
        panel = self.frame_panel
        panel.search.setText("martin")
        panel.search_done.connect(lambda: panel.results.selectRow(0))
        panel.run_search()

    def details(self) -> dict[str, Any] | None:
        return None if self.state is None else self.state.estimate


if __name__ == "__main__":  # the preview lives apart so the view module stays small
    import sys

    from .territory_preview import main

    sys.exit(main(sys.argv[1:]))
