"""The Territoire view's results: the territory's LM3 and euros a year with their intervals,
its coverage, and tabs for the chart by sector, the totals, the strata and the profile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .dashboard_format import Numbers, named
from .territory_state import TerritoryState


def _table(columns: list[str], name: str) -> QTableWidget:
    table = named(QTableWidget(0, len(columns)), name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], text_columns: tuple[int, ...] = (0,)
          ) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text if c in text_columns else "")
            if c not in text_columns:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class ResultsPanel(QWidget):
    recalculate_requested = Signal(object)  # calibration name or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers = Numbers()
        self._fictitious = False  # the demo's register: a saved chart says so
        self.lm3 = self._value("territoryLm3")
        self.lm3_detail = self._caption("territoryLm3Detail")
        self.kept = self._value("territoryKept")
        self.kept_detail = self._caption("territoryKeptDetail")
        self.turnover = self._value("territoryTurnover")
        self.turnover_detail = self._caption("territoryTurnoverDetail")
        cards = QHBoxLayout()
        cards.addWidget(self._card(self.tr("LM3 of the territory"), self.lm3, self.lm3_detail), 3)
        cards.addWidget(self._card(self.tr("Kept locally a year (R2 + R3)"), self.kept,
                                   self.kept_detail), 4)
        cards.addWidget(self._card(self.tr("Turnover in scope a year (R1)"), self.turnover,
                                   self.turnover_detail), 4)
        self.coverage = named(QLabel(), "territoryCoverage")
        self.coverage.setWordWrap(True)
        self.calibrate = named(QCheckBox(self.tr("Calibrate on the register's jobs by sector")),
                               "territoryCalibrate")
        self.recalculate = named(QPushButton(self.tr("Recalculate")), "territoryRecalculate")
        self.recalculate.clicked.connect(lambda: self.recalculate_requested.emit(
            "employment" if self.calibrate.isChecked() else None))
        controls = QHBoxLayout()
        controls.addStretch(1)
        controls.addWidget(self.calibrate)
        controls.addWidget(self.recalculate)

        self.tabs = named(QTabWidget(), "territoryTabs")
        self.tabs.setDocumentMode(True)
        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart: Any = None
        self.totals = _table([self.tr("Euros a year"), self.tr("Estimate"), self.tr("SE"),
                              self.tr("95% interval"), self.tr("Bootstrap 95%")],
                             "territoryTotals")
        self.strata = _table([self.tr("Stratum"), self.tr("N"), self.tr("Planned"),
                              self.tr("Answered"), self.tr("Weight"), self.tr("Note")],
                             "territoryStrata")
        self.profile_label = named(QLabel(), "profileSummary")
        self.profile_label.setWordWrap(True)
        self.profile = _table([self.tr("Sector (A17)"), self.tr("Establishments"),
                               self.tr("Salaried jobs"), self.tr("ESS establishments")],
                              "territoryProfile")
        profile_page = QWidget()
        lay = QVBoxLayout(profile_page)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.profile_label)
        lay.addWidget(self.profile, 1)
        self.tabs.addTab(self.chart_holder, self.tr("Euros by sector"))
        self.tabs.addTab(self.totals, self.tr("Totals"))
        self.tabs.addTab(self.strata, self.tr("Strata"))
        self.tabs.addTab(profile_page, self.tr("Profile of the territory"))
        self.message = named(QLabel(), "territoryMessage")
        self.message.setWordWrap(True)
        theme.set_role(self.message, "error")
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cards)
        layout.addWidget(self.coverage)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    @staticmethod
    def _value(name: str) -> QLabel:
        label = named(QLabel("—"), name)
        font = QFont(label.font())
        font.setPointSize(20)
        font.setBold(True)
        label.setFont(font)
        label.setProperty("role", "value")
        return label

    @staticmethod
    def _caption(name: str) -> QLabel:
        label = named(QLabel(), name)
        label.setProperty("role", "caption")
        label.setWordWrap(True)
        return label

    def _card(self, title: str, *widgets: QWidget) -> QFrame:
        card = named(QFrame(), "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(1)
        caption = QLabel(title)
        caption.setProperty("role", "caption")
        layout.addWidget(caption)
        for widget in widgets:
            layout.addWidget(widget)
        return card

    def _millions(self, value: float | None) -> str:
        """324 731 226 € → "324,7 M€": a territory total is not known to the euro."""
        if value is None:
            return "—"
        number = self.numbers.decimal(value / 1e6, 1)
        return f"{number}\u00a0M€" if self.numbers.french else f"€{number}M"

    def _short(self, value: float | None) -> str:
        """Millions, thousands or euros, whichever reads best: 807,8 M€, 117 k€, 950 €."""
        n = self.numbers
        if value is None:
            return "—"
        if abs(value) >= 1e6:
            return self._millions(value)
        if abs(value) >= 1e4:
            number = n.decimal(value / 1e3, 0)
            return f"{number}\u00a0k€" if n.french else f"€{number}k"
        return n.euros(value)

    # -- showing -------------------------------------------------------------------------------

    def busy(self, busy: bool) -> None:
        self.recalculate.setEnabled(not busy)

    def show_state(self, state: TerritoryState) -> None:
        n = self.numbers
        self._fictitious = state.fictitious
        self._show_profile(state)
        t = state.estimate
        self.message.setVisible(state.estimate_error is not None and state.version is not None)
        self.message.setText("" if state.estimate_error is None else str(state.estimate_error))
        self.recalculate.setEnabled(state.plan is not None)
        self.calibrate.setEnabled(state.plan is not None)
        if t is None:
            for label in (self.lm3, self.kept, self.turnover):
                label.setText("—")
            for label in (self.lm3_detail, self.kept_detail, self.turnover_detail):
                label.setText("")
            self.coverage.setText(self.tr("Import the register and save a design to estimate "
                                          "the territory.") if state.plan is None else "")
            _fill(self.totals, [])
            _fill(self.strata, [])
            self._show_chart(None)
            return
        lm3 = t["lm3"]
        self.lm3.setText(n.decimal(lm3["estimate"]))
        self.lm3_detail.setText(self.tr("95% interval {ci} · bootstrap {boot}").format(
            ci=n.interval(lm3.get("ci95")), boot=n.interval(lm3.get("bootstrap_ci95"))))
        for value, detail, key in ((self.kept, self.kept_detail, "local"),
                                   (self.turnover, self.turnover_detail, "r1")):
            total = t["totals"][key]
            value.setText(self._millions(total["estimate"]))
            value.setToolTip(n.euros(total["estimate"]))
            interval = total.get("ci95") or [None, None]
            detail.setText(self.tr("95% interval {low} to {high}").format(
                low=self._millions(interval[0]), high=self._millions(interval[1])))
        cov = t["coverage"]
        text = self.tr("{respondents} responding establishments out of {in_scope} in scope · "
                       "the strata that answered hold {est} of the establishments and {jobs} "
                       "of the salaried jobs").format(
            respondents=t["respondents"], in_scope=n.decimal(t["frame"]["in_scope"], 0),
            est=n.percent(cov["establishments"]), jobs=n.percent(cov["employment"]))
        if t["outside_frame"] or t["outside_scope"]:
            text += " · " + self.tr("{outside} interviews outside the register and {scope} "
                                    "outside the scope are left out").format(
                outside=t["outside_frame"], scope=t["outside_scope"])
        if t.get("calibration"):
            text += " · " + self.tr("weights calibrated on the register's jobs")
        self.coverage.setText(text)
        self._show_totals(t, state.categories)
        self._show_strata(t)
        self._show_chart(t)

    def _show_totals(self, t: dict[str, Any], categories: dict[str, str]) -> None:
        names = {"r1": self.tr("Turnover (R1)"), "r2": self.tr("First local round (R2)"),
                 "r3": self.tr("Second local round (R3)"),
                 "local": self.tr("Kept locally (R2 + R3)")}

        short = self._short

        def row(label: str, e: dict[str, Any]) -> list[str]:
            ci, boot = e.get("ci95") or [None, None], e.get("bootstrap_ci95")
            return [label, short(e["estimate"]), short(e["se"]),
                    f"{short(ci[0])} – {short(ci[1])}",
                    "—" if not boot else f"{short(boot[0])} – {short(boot[1])}"]

        rows = [row(label, t["totals"][key]) for key, label in names.items()]
        leak = sorted(t.get("leakage", {}).items(), key=lambda kv: -(kv[1]["estimate"] or 0))
        rows += [row(self.tr("Leakage: {category}").format(category=categories.get(code, code)),
                     e) for code, e in leak]
        _fill(self.totals, rows)

    def _show_strata(self, t: dict[str, Any]) -> None:
        n = self.numbers
        rows = []
        for s in t["strata"]:
            if not s["covered"]:
                note = self.tr("no answer: not covered")
            elif s["respondents"] == 1:
                note = self.tr("one answer: estimated with {others}").format(
                    others=", ".join(s["collapsed_with"]))
            elif s["collapsed_with"]:
                note = self.tr("estimated with {others}").format(
                    others=", ".join(s["collapsed_with"]))
            else:
                note = ""
            rows.append([s["key"], n.decimal(s["N"], 0),
                         "—" if s["n"] is None else n.decimal(s["n"], 0),
                         n.decimal(s["respondents"], 0), n.decimal(s["weight"], 1), note])
        _fill(self.strata, rows, (0, 5))

    def _show_profile(self, state: TerritoryState) -> None:
        n, p = self.numbers, state.profile
        if p is None:
            self.profile_label.setText(self.tr("No register yet."))
            _fill(self.profile, [])
            return
        basis, ess, head = p["jobs_basis"], p["ess"], p["head_office_in_territory"]
        self.profile_label.setText(self.tr(
            "{count} establishments, {jobs} salaried jobs (from the size band's midpoint; the "
            "interviewed shop's own staff for {own}) · social and solidarity economy: {ess} of "
            "establishments, {ess_jobs} of jobs · head office in the territory: {head}").format(
            count=n.decimal(p["establishments"], 0), jobs=n.decimal(p["jobs"], 0),
            own=basis["interview_staff"], ess=n.percent(ess["establishments"]),
            ess_jobs=n.percent(ess["jobs"]), head=n.percent(head["share"])))
        _fill(self.profile, [[f"{s['code']} {s['label']}", n.decimal(s["establishments"], 0),
                              n.decimal(s["jobs"], 0), n.decimal(s["ess_establishments"], 0)]
                             for s in p["by_sector"]])

    def _show_chart(self, territory: dict[str, Any] | None) -> None:
        """The chart is built when shown (and again for a file, at its designed size)."""
        if self.chart is None:
            if territory is None:
                return
            from . import mpl
            from .dashboard_charts import ChartPanel  # matplotlib's Qt backend, on first use

            mpl.load()
            self.chart = named(ChartPanel("territoire_par_secteur"), "territoryChart")
            self.chart_layout.addWidget(self.chart)
        if territory is None:
            self.chart.set_chart(None)
            return
        from ..analysis.territory_charts import kept_and_leaked_figure

        lang = "fr" if self.numbers.french else "en"
        self.chart.set_fictitious(self._fictitious)
        self.chart.set_chart(lambda: kept_and_leaked_figure(territory, lang=lang))
