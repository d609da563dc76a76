"""The what-if panel: move part of a category's non-local spending to local suppliers.

Beside the new LM3 and the euros kept locally, the jobs, income and value added those extra local
purchases bring to the territory through the study's input-output model: the model is linear, so
the effects of one euro per category (`Project.impact.scenario_rates`, computed with the
analysis) times the euros moved are exactly those of `Project.impact.scenario`.

Figures follow the sliders live: each change restarts a ~100 ms timer, then the scenario is
computed on the worker from a `ScenarioBasis` made once per analysis (constant time, whatever the
study's size). Requests that arrive while one is computing are merged into the latest, so a fast
drag never queues stale work. The chart, slower to draw than labels, waits for a longer pause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..analysis.chart_format import format_euros_short
from ..analysis.dashboard_data import ScenarioBasis, ScenarioOutcome, run_scenario
from .dashboard_format import Numbers, chart_lang, named
from .dashboard_saved import SavedScenarios
from .session import while_alive
from .tasks import TaskRunner

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..analysis.scenario_impact import ScenarioSpec
    from .dashboard_charts import ChartPanel
    from .session import StudySession

DEBOUNCE_MS = 100
CHART_DEBOUNCE_MS = 300
DEFAULT_SHIFT = 20  # percent: a first scenario worth looking at


def _percent_slider(value: int) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setSingleStep(1)
    slider.setPageStep(10)
    slider.setValue(value)
    return slider


class ScenarioPanel(QWidget):
    outcomeChanged = Signal(object)  # ScenarioOutcome, on the UI thread

    def __init__(self, runner: TaskRunner, numbers: Numbers,
                 parent: QWidget | None = None, *, session: StudySession | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._numbers = numbers
        self._basis: ScenarioBasis | None = None
        self._labels: dict[str, str] = {}
        self._impact: dict[str, Any] | None = None
        self._inflight = False
        self._pending = False
        self.outcome: ScenarioOutcome | None = None
        self.chart: ChartPanel | None = None
        self._build_ui()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._request)
        self._chart_timer = QTimer(self, singleShot=True, interval=CHART_DEBOUNCE_MS)
        self._chart_timer.timeout.connect(self._update_chart)
        self._resume: set[QTimer] = set()  # stopped while hidden, started again when shown
        self.set_basis(None, {})

    def _build_ui(self) -> None:
        title = QLabel(self.tr("What if more were bought locally?"))
        title.setObjectName("scenarioTitle")
        self.category = named(QComboBox(), "scenarioCategory")
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(18)
        self.shift_slider = _percent_slider(DEFAULT_SHIFT)
        self.shift_slider.setObjectName("scenarioShift")
        self.shift_value = named(QLabel(), "scenarioShiftValue")
        self.shift_value.setMinimumWidth(48)
        self.respend_slider = _percent_slider(45)
        self.respend_slider.setObjectName("scenarioRespendSlider")
        self.respend = named(QSpinBox(), "scenarioRespend")
        self.respend.setRange(0, 100)
        self.respend.setSuffix(" %")
        self.respend.setValue(45)
        self.respend.setToolTip(self.tr(
            "Share of their own spending that the new local suppliers spend locally (round 3). "
            "Starts at the survey mean for that kind of recipient, else the study's default."))

        shift_row = QHBoxLayout()
        shift_row.addWidget(self.shift_slider, 1)
        shift_row.addWidget(self.shift_value)
        respend_row = QHBoxLayout()
        respend_row.addWidget(self.respend_slider, 1)
        respend_row.addWidget(self.respend)
        form = QFormLayout()
        # The sliders' long labels above them, the category beside its list: the panel must
        # fit 1280 × 720, and 1366 × 768 at 125 %, with its chart whole.
        category_row = QFormLayout()
        category_row.addRow(self.tr("Spending category"), self.category)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(3)
        form.addRow(self.tr("Share of its non-local spending moved to local suppliers"),
                    shift_row)
        form.addRow(self.tr("Re-spend share of the new local suppliers"), respend_row)

        self.lm3 = named(QLabel("—"), "scenarioLm3")
        self.lm3_detail = named(QLabel(), "scenarioLm3Detail")
        self.kept = named(QLabel("—"), "scenarioKept")
        self.kept_detail = named(QLabel(self.tr("more kept in the local economy per year")),
                                 "scenarioKeptDetail")
        self.recirculation = named(QLabel(), "scenarioRecirculation")
        self.jobs = named(QLabel("—"), "scenarioJobs")
        self.jobs_detail = named(QLabel(), "scenarioJobsDetail")
        for label in (self.lm3_detail, self.kept_detail, self.recirculation, self.jobs_detail):
            label.setWordWrap(True)
        # The panel must still fit a 1366 × 768 laptop at 125 %: the new LM3 and the
        # scenario's effects in the territory take one line each.
        results = QFormLayout()
        results.setVerticalSpacing(3)
        results.addRow(self.tr("New LM3"), self._row(self.lm3, self.lm3_detail))
        results.addRow(self.tr("Euros kept locally"), self._stack(self.kept, self.kept_detail))
        results.addRow(self.tr("Local recirculation"), self.recirculation)
        self.impact_row = self._row(self.jobs, self.jobs_detail)
        results.addRow(self.tr("In the territory"), self.impact_row)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self._layout.setSpacing(3)  # the saved scenarios' row must not push past 768 px
        self._layout.addWidget(title)
        self.saved = SavedScenarios(self._runner, self._numbers, self.current_spec,
                                    session=self._session)
        self.saved.loaded.connect(self.apply_spec)
        self._layout.addWidget(self.saved)
        self._layout.addLayout(category_row)
        self._layout.addLayout(form)
        line = QFrame(frameShape=QFrame.Shape.HLine, frameShadow=QFrame.Shadow.Sunken)
        self._layout.addWidget(line)
        self._layout.addLayout(results)
        self._layout.addStretch(0)

        self.category.currentIndexChanged.connect(self._category_changed)
        self.shift_slider.valueChanged.connect(self._changed)
        self.respend_slider.valueChanged.connect(self.respend.setValue)
        self.respend.valueChanged.connect(self.respend_slider.setValue)
        self.respend.valueChanged.connect(self._changed)

    @staticmethod
    def _row(value: QWidget, detail: QWidget) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(value)
        layout.addWidget(detail, 1)
        return box

    @staticmethod
    def _stack(*widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (another view, the window closing), the panel asks the worker nothing: a
        change not yet computed is computed when it is shown again."""
        super().hideEvent(event)
        for timer in (self._timer, self._chart_timer):
            if timer.isActive():
                timer.stop()
                self._resume.add(timer)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for timer in self._resume:
            timer.start()
        self._resume.clear()

    # -- data ------------------------------------------------------------------------------

    def attach_chart(self, chart: ChartPanel) -> None:
        self.chart = chart
        chart.setMinimumHeight(40)  # squeezed below its drawing, it scrolls: the panel fits
        self._layout.addWidget(chart, 1)
        self._update_chart()

    def set_basis(self, basis: ScenarioBasis | None, labels: dict[str, str], *,
                  impact: dict[str, Any] | None = None) -> None:
        """A new analysis: new categories and amounts; the sliders keep their positions.
        `impact` is `Project.impact.scenario_rates()` (None: no input-output figures)."""
        self._basis, self._labels, self._impact = basis, labels, impact
        previous = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for code in basis.categories if basis else []:
            self.category.addItem(labels.get(code, code), code)
        index = self.category.findData(previous)
        self.category.setCurrentIndex(index if index >= 0 else 0)
        self.category.blockSignals(False)
        enabled = basis is not None and self.category.count() > 0
        for widget in (self.category, self.shift_slider, self.respend_slider, self.respend):
            widget.setEnabled(enabled)
        if not enabled:
            self.outcome = None
            self._show(None)
            return
        if index < 0:
            self._category_changed()
        else:
            self._changed()

    def _category_changed(self, *_: Any) -> None:
        code = self.category.currentData()
        if self._basis is not None and code in self._basis.default_respend:
            self.respend.blockSignals(True)
            self.respend.setValue(round(self._basis.default_respend[code] * 100))
            self.respend_slider.setValue(self.respend.value())
            self.respend.blockSignals(False)
        self._changed()

    def _changed(self, *_: Any) -> None:
        self.shift_value.setText(self._numbers.percent(self.shift_slider.value() / 100, 0))
        # Not restarted on every move: while the slider is dragged the figures still follow,
        # at most every DEBOUNCE_MS, with the values current when the timer fires.
        if not self._timer.isActive():
            self._timer.start()

    # -- computing on the worker -----------------------------------------------------------

    def current_request(self) -> tuple[str, float, float] | None:
        code = self.category.currentData()
        if self._basis is None or code is None:
            return None
        return code, self.shift_slider.value() / 100, self.respend.value() / 100

    def current_spec(self) -> ScenarioSpec | None:
        """The sliders as a scenario (one category), as saved by `saved`."""
        from ..analysis.scenario_impact import ScenarioSpec

        request = self.current_request()
        return None if request is None else ScenarioSpec.single(*request)

    def apply_spec(self, spec: ScenarioSpec) -> None:
        """Put a saved scenario's first category on the sliders (its full figures, every
        category included, are shown under the list of saved scenarios)."""
        shift = spec.shifts[0] if spec.shifts else None
        index = -1 if shift is None else self.category.findData(shift.category)
        if shift is None or index < 0:
            return
        self.category.blockSignals(True)
        self.category.setCurrentIndex(index)
        self.category.blockSignals(False)
        self.shift_slider.setValue(round(shift.fraction * 100))
        self.respend.setValue(round(shift.respend(spec) * 100))
        self._changed()

    def _request(self) -> None:
        if self._inflight:
            self._pending = True  # the reply will ask again with the latest values
            return
        request, basis = self.current_request(), self._basis
        if request is None or basis is None:
            return
        self._inflight = True
        self._runner.run(lambda task: run_scenario(basis, *request),
                         on_done=while_alive(self._arrived), on_error=while_alive(self._failed))

    def _arrived(self, outcome: ScenarioOutcome) -> None:
        self._inflight = False
        if self._pending:  # newer values are waiting: fetch them, but show this one meanwhile
            self._pending = False
            self._request()
        if outcome.category != self.category.currentData():
            return  # the category or the study changed while computing
        self.outcome = outcome
        self._show(outcome)
        self._chart_timer.start()
        self.outcomeChanged.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        self._inflight = False
        self.lm3_detail.setText(str(error))

    def _show(self, outcome: ScenarioOutcome | None) -> None:
        n = self._numbers
        if outcome is None:
            self.lm3.setText("—")
            self.lm3_detail.setText("")
            self.kept.setText("—")
            self.recirculation.setText("")
            self._show_impact(None)
            self._update_chart()
            return
        self.lm3.setText(n.decimal(outcome.lm3_after))
        self.lm3_detail.setText(self.tr("today {today} ({change})").format(
            today=n.decimal(outcome.lm3_before),
            change=("+" if outcome.lm3_after >= outcome.lm3_before else "")
            + n.decimal(outcome.lm3_after - outcome.lm3_before)))
        self.kept.setText(n.euros(outcome.kept_locally, signed=True))
        self.recirculation.setText(self.tr("{before} today → {after}").format(
            before=n.percent(outcome.recirculation_before),
            after=n.percent(outcome.recirculation_after)))
        self._show_impact(outcome)

    def impact_of(self, outcome: ScenarioOutcome) -> dict[str, Any] | None:
        """The outcome's effects (direct, indirect, induced, total), or None without a model
        or for a category that buys nothing from an industry (wages, rent...)."""
        rates = ((self._impact or {}).get("categories") or {}).get(outcome.category)
        if rates is None:
            return None
        euros = outcome.shifted  # the extra local purchases, Round 2: the model adds the rest
        return {layer: None if values is None else
                {name: None if v is None else v * euros for name, v in values.items()}
                for layer, values in rates.items() if layer != "household_income"}

    def _show_impact(self, outcome: ScenarioOutcome | None) -> None:
        n = self._numbers
        effects = None if outcome is None else self.impact_of(outcome)
        if effects is None:
            self.jobs.setText("—")
            self.jobs_detail.setText(
                "" if outcome is None or self._impact is None
                else self.tr("not a purchase from an industry: no input-output effect"))
            self.impact_row.setToolTip("")
            return
        total, direct = effects["total"], effects["direct"]
        lang = chart_lang(n.locale)
        self.jobs.setText(n.decimal(total["jobs"] or 0.0, 1))
        self.jobs_detail.setText(self.tr("jobs, {wages} of wages, {value} of value added").format(
            wages=format_euros_short(total["income"] or 0.0, lang),
            value=format_euros_short(total["value_added"] or 0.0, lang)))
        model = (self._impact or {}).get("model") or {}
        how = (self.tr("regional model {method}").format(method=str(model["method"]).upper())
               if model.get("regionalised") else self.tr("national table"))
        if model.get("closed"):
            how += self.tr(", household spending included")
        self.impact_row.setToolTip(self.tr(
            "The extra local purchases through the input-output model ({how}): {jobs} jobs, "
            "of which {direct} direct; {wages} of wages and salaries and {value} of value added "
            "a year.").format(how=how, jobs=n.decimal(total["jobs"] or 0.0, 1),
                              direct=n.decimal(direct["jobs"] or 0.0, 1),
                              wages=n.euros(total["income"] or 0.0),
                              value=n.euros(total["value_added"] or 0.0)))

    def _update_chart(self) -> None:
        if self.chart is None:
            return
        outcome = self.outcome
        if outcome is None:
            self.chart.set_chart(None)
            return
        lang, labels, data = chart_lang(self._numbers.locale), self._labels, outcome.to_dict()

        def on_screen() -> Figure:  # drawn on the chart thread, which imports matplotlib
            from ..analysis.charts import scenario_figure

            # On screen the panel's labels say what the titles would; a saved file keeps them.
            return scenario_figure([data], lang=lang, labels=labels, compact=True)

        def for_file() -> Figure:
            from ..analysis.charts import scenario_figure

            return scenario_figure([data], lang=lang, labels=labels)

        self.chart.set_chart(on_screen, for_file=for_file)
