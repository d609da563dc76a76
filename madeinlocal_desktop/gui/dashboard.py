"""The dashboard: a study's LM3, recirculation, leakage, money trail and what-if scenarios.

    view = DashboardView(session)   # the study session (gui/session.py); None: no study
    view.refresh()      # analyses on the worker now; progress bar and Cancel
    view.invalidate()   # the study changed: analyse now if shown, else at the next show

The view never touches the study file itself: the analysis, the study's settings and the
scenario basis are all read on the worker thread (`_analyse`), and arrive here as one
`DashboardState`. Charts come from analysis/charts.py, built and drawn on the chart thread
(dashboard_charts), which imports matplotlib when the dashboard is first shown, not when the
application starts; the UI thread only paints their pictures.
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..analysis.dashboard_data import ScenarioBasis, scenario_basis
from ..errors import UserFacingError
from . import file_dialogs, theme
from .dashboard_format import Numbers, chart_lang, named
from .dashboard_scenario import ScenarioPanel
from .first_paint import after_first_paint
from .session import StudySession
from .tasks import Task, TaskRunner

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..analysis.engine import AnalysisResult
    from ..domain import Study
    from ..project import Project
    from .dashboard_charts import ChartPanel

CHARTS = ("by_sector", "by_ownership", "leakage", "money_trail")

@dataclass(frozen=True)
class DashboardState:
    """Everything one analysis gives the dashboard, made on the worker thread."""

    study: Study
    result: AnalysisResult
    data: dict[str, Any]  # result.to_dict(): the same figures as `madeinlocal analyse`
    basis: ScenarioBasis
    impact: dict[str, Any] | None = None  # project.impact.scenario_rates(), None if unavailable


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No automatic garbage collection meanwhile (in any thread).

    Reading a large study makes hundreds of thousands of rows at once; the collector, triggered
    by so many new objects, then walked them all in one full pass holding the interpreter lock
    (about 55 ms at 10,000 interviews): the UI thread stood still. Those rows are freed by their
    reference counts anyway; what survives is collected afterwards, young and small.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _analyse(project: Project, task: Task, bootstrap: int, seed: int | None) -> DashboardState:
    with _collector_paused():
        study = project.study
        result = project.analysis.run(bootstrap=bootstrap, seed=seed, progress=task.progress,
                                      should_cancel=task.should_cancel)
        data = result.to_dict()
        try:  # the scenario's jobs and income; the dashboard shows without them if it fails
            impact = project.impact.scenario_rates()
        except UserFacingError:
            impact = None
        return DashboardState(study, result, data, scenario_basis(data, study.categories),
                              impact)


def _big(label: QLabel, points: int) -> QLabel:
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(True)
    label.setFont(font)
    return label


def _caption(text: str, name: str = "") -> QLabel:
    label = named(QLabel(text), name)
    label.setProperty("role", "caption")
    label.setWordWrap(True)
    return label


def _builders(data: dict[str, Any], lang: str,
              labels: dict[str, str]) -> dict[str, Callable[[], Figure]]:
    """The tabs' charts, built on the chart thread (analysis/charts.py imports matplotlib)."""
    overall = data["lm3"]["ratio_of_totals"]

    def by_sector() -> Figure:
        from ..analysis import charts

        return charts.lm3_by_group_figure(data["by_sector"], kind="sector", lang=lang,
                                          overall=overall)

    def by_ownership() -> Figure:
        from ..analysis import charts

        return charts.lm3_by_group_figure(data["by_ownership"], kind="ownership", lang=lang,
                                          overall=overall)

    def leakage() -> Figure:
        from ..analysis import charts

        return charts.leakage_figure(data["leakage_by_category"], lang=lang, labels=labels,
                                     retained=data.get("retained"),
                                     not_described=data.get("not_described"))

    def money_trail() -> Figure:
        from ..analysis import charts

        return charts.money_trail_figure(data, lang=lang, labels=labels)

    return {"by_sector": by_sector, "by_ownership": by_ownership, "leakage": leakage,
            "money_trail": money_trail}


class DashboardView(QWidget):
    resultShown = Signal()  # a new analysis is on screen
    analysisCancelled = Signal()

    def __init__(self, session: StudySession | None = None, *,
                 bootstrap: int = 2000, seed: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Without a study nothing runs: an idle runner (its thread starts on first use).
        self.runner = session.runner if session is not None else TaskRunner()
        self.bootstrap = bootstrap
        self.seed = seed  # None: the engine's fixed default, as `madeinlocal analyse`
        self.state: DashboardState | None = None
        self.numbers = Numbers()
        self.charts: dict[str, ChartPanel] = {}
        self._task: Task | None = None
        self._generation = 0  # results of an older request are dropped
        self._stale = False  # the study changed since the figures on screen were computed
        self._details = ""
        self.exported: Path | None = None  # the last file the figures were exported to
        self._fictitious = False  # the demo: saved charts carry the mark
        self._build_ui()
        self._open_study()

    # -- layout ----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.fictitious_banner = named(QLabel(self.tr(
            "Fictitious data: this demo study is invented from start to finish. "
            "Do not quote its figures.")), "fictitiousBanner")
        self.fictitious_banner.setWordWrap(True)
        theme.set_role(self.fictitious_banner, "fictitious")
        self.fictitious_banner.hide()
        self.message = named(QLabel(), "messageBanner")
        self.message.setWordWrap(True)
        theme.set_role(self.message, "alert")
        self.copy_details = named(QPushButton(self.tr("Copy details")), "copyDetails")
        self.copy_details.clicked.connect(self._copy_details)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.copy_details)
        self._show_message("")

        self.placeholder = QLabel(self.tr("Open a study to see its dashboard."),
                                  alignment=Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self._content())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(self.fictitious_banner)
        layout.addLayout(message_row)
        layout.addWidget(self.pages, 1)

    def _content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._headline())
        self.tabs = named(QTabWidget(), "chartTabs")
        self.tabs.setDocumentMode(True)
        self.save_button = named(QToolButton(), "saveChart")
        self.save_button.setText(self.tr("Save as PNG/SVG…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save_current)
        self.export_button = named(QToolButton(), "exportTable")
        self.export_button.setText(self.tr("Export the figures…"))
        self.export_button.setToolTip(self.tr(
            "This tab's figures as a spreadsheet (CSV for French Excel, or XLSX)"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export_current)
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.addWidget(self.export_button)
        corner_row.addWidget(self.save_button)
        self.tabs.setCornerWidget(corner)
        self.scenario = ScenarioPanel(self.runner, self.numbers, session=self.session)
        self.scenario.saved.exportRequested.connect(lambda: self.choose_export(["scenarios"]))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.scenario)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        # Size hints would favour the form; on a 1366-px laptop the charts get about 5/8.
        splitter.setSizes([850, 470])
        self.scenario.setMinimumWidth(340)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        return content

    def _headline(self) -> QHBoxLayout:
        self.headline = _big(named(QLabel("—"), "headlineLm3"), 26)
        self.headline_detail = _caption("", "headlineDetail")
        self.typical = _caption("", "headlineTypical")
        lm3_card = self._card(self.tr("Local multiplier LM3 (per euro of sales)"),
                              self.headline, self.headline_detail, self.typical)
        self.recirculation = _big(named(QLabel("—"), "recirculationValue"), 26)
        self.leakage_detail = _caption("", "leakageDetail")
        recirculation_card = self._card(self.tr("Local recirculation share (R2 / R1)"),
                                        self.recirculation, self.leakage_detail)

        self.refresh_button = named(QPushButton(self.tr("Recalculate")), "refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        self.progress = named(QProgressBar(), "analysisProgress")
        self.progress.setRange(0, 100)
        self.progress.setFormat(self.tr("Analysing… %p%"))
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.provenance = _caption("", "provenance")
        self.study_name = named(QLabel(), "studyName")
        self.study_name.setWordWrap(True)
        status = QGridLayout()
        status.addWidget(self.study_name, 0, 0, 1, 2)
        status.addWidget(self.refresh_button, 1, 0, 1, 2)
        status.addWidget(self.progress, 2, 0)
        status.addWidget(self.cancel_button, 2, 1)
        status.addWidget(self.provenance, 3, 0, 1, 2)
        self.export_status = _caption("", "exportStatus")
        status.addWidget(self.export_status, 4, 0, 1, 2)
        status.setRowStretch(5, 1)
        self._set_busy(False)

        row = QHBoxLayout()
        row.addWidget(lm3_card, 3)
        row.addWidget(recirculation_card, 2)
        row.addLayout(status, 2)
        return row

    @staticmethod
    def _card(title: str, *widgets: QWidget) -> QFrame:
        card = named(QFrame(), "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(1)
        layout.addWidget(_caption(title))
        for widget in widgets:
            layout.addWidget(widget)
        return card

    # -- the study -------------------------------------------------------------------------

    @property
    def project(self) -> Project | None:
        """The study's project, for work on the worker thread only."""
        return None if self.session is None else self.session.project_getter()

    def _open_study(self) -> None:
        """Show the session's study (or none); its analysis starts when the view is shown."""
        self.pages.setCurrentIndex(0 if self.session is None else 1)
        if self.session is not None:
            self._show_study(self.session.study)
            self.invalidate()

    def invalidate(self) -> None:
        """The study changed (an interview saved, an import...): analyse again now if the
        dashboard is on screen, else when it is next shown, so a hidden dashboard never keeps
        the shared worker busy."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _show_study(self, study: Study) -> None:
        self.fictitious_banner.setVisible(study.fictitious)
        self._fictitious = study.fictitious
        self.study_name.setText(self.tr("{name} · fiscal year {year}").format(
            name=study.name, year=study.fiscal_year))

    # -- running the analysis --------------------------------------------------------------

    def refresh(self) -> None:
        """Analyse the study again on the worker; a run already going is cancelled first."""
        project = self.project
        if project is None:
            return
        self._stale = False
        if self._task is not None:
            self._task.cancel()
        self._generation += 1
        generation = self._generation
        bootstrap, seed = self.bootstrap, self.seed
        self.progress.setValue(0)
        self._set_busy(True)
        self._task = self.runner.run(
            lambda task: _analyse(project, task, bootstrap, seed),
            on_done=self._guard(generation, self._show_state),
            on_error=self._guard(generation, self._failed),
            on_progress=self._guard(generation, self._progress),
            on_cancelled=self._guard(generation, self._cancelled),
        )

    def cancel(self) -> None:
        """Stop the running analysis; the figures on screen stay as they were."""
        if self._task is not None:
            self._task.cancel()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _guard(self, generation: int | None, callback: Any) -> Any:
        """Drop replies meant for an older request (unless `generation` is None: a reply that
        stays true, such as a file written) or for a view already destroyed."""
        def deliver(value: Any) -> None:
            if isValid(self) and generation in (None, self._generation):
                callback(value)
        return deliver

    def _progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))

    def _cancelled(self, _: None) -> None:
        self._task = None
        self._set_busy(False)
        self.analysisCancelled.emit()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(error, UserFacingError):
            self._show_message(str(error))
        else:
            details = "".join(traceback.format_exception(error))
            self._show_message(self.tr("Unexpected error: {error}").format(error=error), details)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.refresh_button.setEnabled(not busy)

    def _show_message(self, text: str, details: str = "") -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._details = details
        self.copy_details.setVisible(bool(details))

    def _copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)

    # -- showing a result ------------------------------------------------------------------

    def _show_state(self, state: DashboardState) -> None:
        self._task = None
        self._set_busy(False)
        self._show_message("")
        self.state = state
        self._show_study(state.study)
        self._show_headline(state.data)
        self.scenario.set_basis(state.basis, self.category_labels(), impact=state.impact)
        self._render_charts()
        self.resultShown.emit()

    def _clear(self) -> None:
        for label in (self.headline, self.recirculation):
            label.setText("—")
        for label in (self.headline_detail, self.typical, self.leakage_detail, self.provenance,
                      self.study_name):
            label.setText("")
        self.scenario.set_basis(None, {})
        self._render_charts()

    def _show_headline(self, data: dict[str, Any]) -> None:
        n, lm3 = self.numbers, data["lm3"]
        self.headline.setText(n.decimal(lm3["ratio_of_totals"]))
        self.headline_detail.setText(self.tr("95% interval {interval} · n = {n} interviews")
                                     .format(interval=n.interval(lm3.get("ci95")), n=data["n"]))
        typical = self.tr("Typical shop (mean of LM3): {mean}").format(mean=n.decimal(lm3["mean"]))
        missing = data.get("missing") or {}
        bounds, imputed = missing.get("bounds") or {}, (missing.get("counts") or {})
        count = imputed.get("local_share", 0) + imputed.get("respend_share", 0)
        if count and bounds.get("low") is not None:
            typical += "\n" + self.tr("{count} missing shares imputed: LM3 from {low} to {high} "
                                      "with them at 0% or 100%").format(
                count=count, low=n.decimal(bounds["low"]), high=n.decimal(bounds["high"]))
        spread, estimated = lm3.get("proxy_ci95"), data.get("proxy_shares") or {}
        tip = ""
        if spread and estimated.get("groups"):
            low, high = n.decimal(spread[0]), n.decimal(spread[1])
            typical += "\n" + self.tr("Estimated re-spend shares ({count} groups): LM3 {low} to "
                                      "{high}").format(count=len(estimated["groups"]),
                                                       low=low, high=high)
            tip = self.tr(
                "Nobody answered for these recipients' local re-spending: the study uses an "
                "estimate ({groups}). Drawing each estimate {draws} times around its value "
                "(Monte Carlo), the LM3 stays between {low} and {high} in 95% of the draws."
            ).format(groups=", ".join(f"{group} {n.percent(v['share'])}"
                                      for group, v in estimated["groups"].items()),
                     draws=n.decimal(estimated.get("draws"), 0), low=low, high=high)
        self.typical.setToolTip(tip)
        self.typical.setText(typical)
        self.recirculation.setText(n.percent(data.get("recirculation_share")))
        leaked = sum(e.get("share") or 0.0 for e in data.get("leakage_by_category", {}).values())
        self.leakage_detail.setText(self.tr("{share} of turnover is paid outside the territory")
                                    .format(share=n.percent(leaked)))
        boot = lm3.get("bootstrap") or {}
        self.provenance.setText(self.tr("Bootstrap: {b} resamples, seed {seed}").format(
            b=n.decimal(boot.get("B"), 0), seed=boot.get("seed", "—")))

    def category_labels(self) -> dict[str, str]:
        if self.state is None:
            return {}
        french = chart_lang(self.numbers.locale) == "fr"
        return {c.code: c.label_fr if french else c.label_en for c in self.state.study.categories}

    # -- charts (drawn on the chart thread, which imports matplotlib on first show) --------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        first = self.session is not None and not self.charts
        if first:
            # The saved scenarios are listed now too: opening a study keeps the worker free.
            self.scenario.saved.set_project(self.project)
            self._ensure_charts()
            self._render_charts()
        if first or self._stale:
            # The analysis and matplotlib's import start once the view has painted: started
            # with it, they held the interpreter while the paint's every call into Python waited
            # for it (its first paint took 50-180 ms instead of 10 on a 10,000-interview study).
            after_first_paint(self, lambda: self._shown(first))

    def _shown(self, first: bool) -> None:
        if first:
            from . import dashboard_charts

            # Importing matplotlib takes most of a second: on the chart thread, while the
            # analysis runs on the study's worker.
            dashboard_charts.warm_up()
        if self._stale and self.isVisible():
            self.refresh()

    def _ensure_charts(self) -> None:
        from .dashboard_charts import ChartPanel

        titles = {"by_sector": self.tr("By sector"), "by_ownership": self.tr("By ownership"),
                  "leakage": self.tr("Leakage"), "money_trail": self.tr("Money trail")}
        file_names = {"by_sector": "lm3_by_sector", "by_ownership": "lm3_by_ownership",
                      "leakage": "leakage_by_category", "money_trail": "money_trail"}
        for key in CHARTS:
            panel = ChartPanel(file_names[key])
            panel.prefetch = True  # drawn while hidden: a tab shows its chart at once
            panel.failed.connect(self._show_message)
            self.charts[key] = panel
            self.tabs.addTab(panel, titles[key])
        scenario_chart = ChartPanel("scenario")
        scenario_chart.failed.connect(self._show_message)
        self.charts["scenario"] = scenario_chart
        self.scenario.attach_chart(scenario_chart)

    def _render_charts(self) -> None:
        if not self.charts:
            return  # not shown yet: drawn on first show
        self.save_button.setEnabled(self.state is not None)
        self.export_button.setEnabled(self.state is not None)
        for panel in self.charts.values():
            panel.set_fictitious(self._fictitious)
        if self.state is None:
            for key in CHARTS:
                self.charts[key].set_chart(None)
            return
        builders = _builders(self.state.data, chart_lang(self.numbers.locale),
                             self.category_labels())
        shown = self.tabs.currentWidget()  # its chart first, then the hidden tabs'
        for key in sorted(builders, key=lambda key: self.charts[key] is not shown):
            self.charts[key].set_chart(builders[key])

    # -- result exports (issue 13 §4) ------------------------------------------------------

    def export_results(self, path: str | Path, tables: list[str] | None = None) -> None:
        """Write the figures on screen (all tables, or `tables`) to `path` on the worker;
        the outcome is said in the message banner."""
        project = self.project
        if project is None:
            return
        data = None if self.state is None else self.state.data
        lang = chart_lang(self.numbers.locale)
        target = Path(path)

        def written(done: Path) -> None:
            self.exported = done
            self.export_status.setText(
                self.tr("Figures exported to {file}").format(file=done.name))

        self._show_message("")
        self.export_status.setText("")
        self.runner.run(lambda task: project.analysis.export_results(
            target, data=data, lang=lang, dialect=lang, tables=tables),
            # Reported even if an analysis started meanwhile (the view's first, once painted).
            on_done=self._guard(None, written), on_error=self._guard(None, self._failed))

    def choose_export(self, tables: list[str] | None = None, name: str = "") -> None:
        """Ask where, then export: CSV for French Excel or an XLSX workbook."""
        csv_filter = self.tr("CSV for Excel (*.csv)")
        xlsx_filter = self.tr("Excel workbook (*.xlsx)")
        suggested = name or (self.tr("results") if tables is None else tables[0])
        target, chosen = file_dialogs.save_file(
            self, "export", self.tr("Export the results"), suggested + ".xlsx",
            f"{xlsx_filter};;{csv_filter}")
        if target is None:
            return
        path = str(target)
        suffix = ".csv" if chosen == csv_filter else ".xlsx"
        if target.suffix.lower() not in (".csv", ".xlsx"):
            path += suffix
        self.export_results(path, tables)

    def current_table(self) -> str:
        """The result table behind the tab on screen (the money trail: the headline)."""
        keys = {"by_sector": "by_sector", "by_ownership": "by_ownership",
                "leakage": "leakage", "money_trail": "headline"}
        panel = self.tabs.currentWidget()
        found = next((key for key, chart in self.charts.items() if chart is panel), "")
        return keys.get(found, "headline")

    def _export_current(self) -> None:
        self.choose_export([self.current_table()])

    def _save_current(self) -> None:
        panel = self.tabs.currentWidget()
        if panel is not None and hasattr(panel, "save_dialog"):
            panel.save_dialog()


if __name__ == "__main__":
    import sys

    from .dashboard_preview import preview

    sys.exit(preview(sys.argv[1:]))
