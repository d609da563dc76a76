"""`ImpactView`: what relocalising would bring to the territory, in three tabs.

- Opportunities: the sectors the territory imports but could make (methods.md §4c), ranked by
  the jobs that producing a share of the gap locally would bring, as a table and a chart, with
  the survey's leakage and the register's establishments beside each sector.
- Money for capital: interest and owners' pay leaving the territory, by ownership type.
- Map: the territory's communes at their centroids, sized by the figure the user picks,
  exportable as PNG or SVG.

Every figure comes from `Project.impact` on the worker thread; a generation counter drops late
answers. The view computes when it is shown, so opening a study never waits for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserFacingError
from . import file_dialogs, formatting, mpl, theme
from .impact_models import Column, PinnedTotals, RowsModel, euros, jobs, millions
from .widgets.banner import Banner

if TYPE_CHECKING:
    from ..project import Project
    from .dashboard_charts import ChartPanel
    from .session import StudySession

__all__ = ["ImpactView"]

DEFAULT_SHARE = 25  # percent: Shuman's "25 % shift"
SIZES = ("shops", "kept", "establishments")


def _lang() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def _table(model: RowsModel, *, sortable: bool = True) -> QTableView:
    view = QTableView()
    if sortable:
        proxy = PinnedTotals(view)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(22)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    theme.set_role(label, "secondary")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _chart(name: str) -> ChartPanel:
    from .dashboard_charts import ChartPanel  # matplotlib's Qt backend, when first needed

    return ChartPanel(name)


class ImpactView(QWidget):
    opportunities_shown = Signal(dict)
    capital_shown = Signal(dict)
    map_shown = Signal(dict)
    io_requested = Signal()  # "type the territory's employment": show the input-output view

    def __init__(self, session: StudySession | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: StudySession | None = None
        self._generation = 0
        self.opportunities: dict[str, Any] | None = None
        self.capital: dict[str, Any] | None = None
        self.map: dict[str, Any] | None = None
        self.charts: dict[str, ChartPanel] = {}
        self.category_labels: dict[str, str] = {}
        self._build()
        self._session = session

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = Banner()
        self.banner.action_clicked.connect(self.io_requested)
        self.fictitious = QLabel(self.tr("Fictitious data: this demonstration study is made up. "
                                         "Do not quote its figures."))
        self.fictitious.setObjectName("impactFictitious")
        theme.set_role(self.fictitious, "fictitious")
        self.fictitious.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_opportunities(), self.tr("Relocalisation opportunities"))
        self.tabs.addTab(self._build_capital(), self.tr("Money for capital"))
        self.tabs.addTab(self._build_map(), self.tr("Map"))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.fictitious)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def _build_opportunities(self) -> QWidget:
        self.share_spin = QSpinBox()
        self.share_spin.setRange(0, 100)
        self.share_spin.setSuffix(" %")
        self.share_spin.setValue(DEFAULT_SHARE)
        self.share_spin.setToolTip(self.tr(
            "Share of each sector's gap that local businesses would produce (Shuman's "
            "studies use 25 %)"))
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.clicked.connect(self.compute_opportunities)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._choose_export)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Share of each gap produced locally:")))
        controls.addWidget(self.share_spin)
        controls.addWidget(self.compute_button)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        self.opportunities_summary = _note()
        self.opportunities_model = RowsModel(self)
        self.opportunities_table = _table(self.opportunities_model)
        self.opportunities_chart = _PlaceHolder()
        self.opportunities_tabs = QTabWidget()
        self.opportunities_tabs.addTab(self.opportunities_table, self.tr("Table"))
        self.opportunities_tabs.addTab(self.opportunities_chart, self.tr("Chart"))
        self.opportunities_note = _note(self.tr(
            "Expected jobs: those a self-reliant territory would have, E* = national jobs × "
            "(domestic use ÷ output) × (territory's population ÷ France's). The gap is what "
            "is missing; producing a share of it locally adds the direct jobs and, through the "
            "regional model, those of local suppliers (and of household spending in the "
            "closed model)."))
        self.attribution = _note()
        theme.set_role(self.attribution, "fine-print")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.opportunities_summary)
        layout.addWidget(self.opportunities_tabs, 1)
        layout.addWidget(self.opportunities_note)
        layout.addWidget(self.attribution)
        return page

    def _build_capital(self) -> QWidget:
        self.capital_summary = _note()
        self.capital_model = RowsModel(self)
        self.capital_table = _table(self.capital_model, sortable=False)
        self.capital_chart = _PlaceHolder()
        page = QWidget()
        self.capital_page = QVBoxLayout(page)
        self.capital_page.setContentsMargins(0, 4, 0, 0)
        self.capital_page.addWidget(self.capital_summary)
        self.capital_page.addWidget(self.capital_table)
        self.capital_page.addWidget(self.capital_chart, 1)
        return page

    def _build_map(self) -> QWidget:
        self.size_combo = QComboBox()
        for code, text in zip(SIZES, (self.tr("Interviewed shops"),
                                      self.tr("Euros kept locally (rounds 2 and 3)"),
                                      self.tr("Establishments of the business register")),
                              strict=True):
            self.size_combo.addItem(text, code)
        self.size_combo.currentIndexChanged.connect(lambda _: self.compute_map())
        self.map_export = QPushButton(self.tr("Export PNG/SVG…"))
        self.map_export.setEnabled(False)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Size of the points:")))
        controls.addWidget(self.size_combo)
        controls.addStretch(1)
        controls.addWidget(self.map_export)
        self.map_chart = _PlaceHolder()
        self.map_note = _note()
        page = QWidget()
        self.map_page = QVBoxLayout(page)
        self.map_page.setContentsMargins(0, 4, 0, 0)
        self.map_page.addLayout(controls)
        self.map_page.addWidget(self.map_chart, 1)
        self.map_page.addWidget(self.map_note)
        return page

    def _panel(self, name: str, placeholder: QWidget, replace: Any) -> ChartPanel:
        """The chart panel of `name`, put where its placeholder was the first time."""
        if name not in self.charts:
            panel = _chart(name)
            panel.failed.connect(lambda text: self.banner.show_message(text))
            replace(placeholder, panel)
            placeholder.deleteLater()
            self.charts[name] = panel
        return self.charts[name]

    # -- the project ---------------------------------------------------------------------------

    def set_session(self, session: StudySession | None) -> None:
        self._session = session
        self.opportunities = self.capital = self.map = None
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Compute the current tab afresh (the study may have changed since)."""
        if self._session is None:
            return
        index = self.tabs.currentIndex()
        if index == 0:
            self.compute_opportunities()
        elif index == 1:
            self.compute_capital()
        else:
            self.compute_map()

    def _run(self, work: Any, done: Any) -> None:
        session = self._session
        if session is None:
            return
        self._generation += 1
        generation = self._generation
        self.banner.clear()

        def deliver(value: Any) -> None:
            if generation == self._generation:
                done(value)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._failed(error)

        session.run(work, on_done=deliver, on_error=failed)

    def _failed(self, error: BaseException) -> None:
        self.compute_button.setEnabled(True)
        if isinstance(error, UserFacingError) and error.code == "impact.no_territory_employment":
            self.banner.show_message(str(error), "warning",
                                     action=self.tr("Open the input-output model"))
            return
        self.banner.show_error(error)

    # -- opportunities -------------------------------------------------------------------------

    def compute_opportunities(self, *_: object) -> None:
        share = self.share_spin.value() / 100

        french = _lang() == "fr"

        def work(project: Project) -> tuple[dict[str, Any], dict[str, str]]:
            mpl.load()
            labels = {c.code: c.label_fr if french else c.label_en
                      for c in project.study.categories}
            return project.impact.opportunities(share), labels

        self.compute_button.setEnabled(False)
        self._run(work, lambda found: self._show_opportunities(*found))

    def _show_opportunities(self, result: dict[str, Any], labels: dict[str, str]) -> None:
        from ..analysis.impact_charts import opportunities_figure

        self.category_labels = labels
        self.fictitious.setVisible(bool(result.get("fictitious")))
        self.compute_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.opportunities = result
        counts = result["territory_employment"].get("establishments") is not None
        survey = any(row.get("survey_leakage") is not None for row in result["sectors"])
        columns = [
            Column("rank", self.tr("Rank"), lambda v: "" if v is None else str(v)),
            Column("code", self.tr("Sector"), lambda v: str(v), numeric=False,
                   tooltip=lambda row: str(row.get("label") or "")),
            Column("label", self.tr("Activity"), lambda v: str(v), numeric=False),
            Column("expected_jobs", self.tr("Expected\njobs"), jobs),
            Column("local_jobs", self.tr("Jobs\nhere"), jobs),
            Column("gap_jobs", self.tr("Gap"), jobs,
                   tooltip=lambda row: self.tr("Surplus: {n} jobs (the territory sells "
                                               "outside)").format(n=jobs(row["surplus_jobs"]))
                   if row["surplus_jobs"] > 0 else ""),
            Column("direct_jobs", self.tr("Direct\njobs"), lambda v: jobs(v, 1)),
            Column("direct_output", self.tr("Direct\noutput"), millions),
            Column("total_jobs", self.tr("Total\njobs"), lambda v: jobs(v, 1)),
            Column("total_value_added", self.tr("Value added"), millions),
        ]
        if counts:
            columns.append(Column("establishments", self.tr("Establishments"), jobs))
        if survey:
            columns.append(Column("survey_leakage", self.tr("Survey\nleakage"), millions,
                                  tooltip=self._leakage_tooltip))
        totals = {**result["totals"], "code": self.tr("Total"), "label": "", "rank": None,
                  "total": True}
        self.opportunities_model.set_rows(columns, [*result["sectors"], totals])
        header = self.opportunities_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.opportunities_summary.setText(self._opportunities_summary(result))
        self.banner.clear()
        for item in result.get("notices") or []:
            self.banner.show_message(item["text"], "warning")
        table = result.get("table") or {}
        french = _lang() == "fr"
        self.attribution.setText((table.get("attribution_fr") if french else None)
                                 or table.get("attribution") or "")
        panel = self._panel("opportunities", self.opportunities_chart, self._chart_tab)
        lang = _lang()
        panel.set_fictitious(bool(result.get("fictitious")))
        panel.set_chart(lambda: opportunities_figure(result, lang=lang))
        self.opportunities_shown.emit(result)

    def _chart_tab(self, old: QWidget, new: QWidget) -> None:
        tabs = self.opportunities_tabs
        index, current = tabs.indexOf(old), tabs.currentIndex()
        tabs.removeTab(index)
        tabs.insertTab(index, new, self.tr("Chart"))
        tabs.setCurrentIndex(current)

    def _leakage_tooltip(self, row: Mapping[str, Any]) -> str:
        found = row.get("leakage_categories") or {}
        labels = self._category_labels()
        return "\n".join(f"{labels.get(code, code)} : {euros(value)}" if _lang() == "fr"
                         else f"{labels.get(code, code)}: {euros(value)}"
                         for code, value in found.items())

    def _category_labels(self) -> dict[str, str]:
        return self.category_labels

    def _opportunities_summary(self, result: dict[str, Any]) -> str:
        population = result["population"]
        territory = result["territory_employment"]
        sources = {"settings": self.tr("typed in the input-output view"),
                   "file": self.tr("from a file"),
                   "frame": self.tr("from the business register")}
        regional = result.get("regionalisation")
        model = (self.tr("regional model {method}").format(method=regional["method"].upper())
                 if regional else self.tr("national model"))
        if result.get("closed"):
            model += self.tr(", household spending included")
        totals = result["totals"]
        return self.tr(
            "{people} inhabitants ({share} of France), {jobs} jobs in the territory ({source}); "
            "{model}. Producing {theta} of every gap locally: {direct} direct jobs, {total} in "
            "all, {value} of value added a year.").format(
            people=formatting.number(population["territory"], 0),
            share=formatting.percent(population["share"], 2),
            jobs=formatting.number(territory["total"], 0),
            source=sources.get(territory["source"], territory["source"]), model=model,
            theta=formatting.percent(result["share"], 0),
            direct=formatting.number(totals["direct_jobs"], 0),
            total=formatting.number(totals["total_jobs"], 0),
            value=millions(totals["total_value_added"]))

    def _choose_export(self, *_args: object) -> None:
        path, _ = file_dialogs.save_file(
            self, "export", self.tr("Export the opportunities"), "opportunites.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        result, session, lang = self.opportunities, self._session, _lang()
        if result is None or session is None:
            return
        session.run(
            lambda project: project.impact.export_opportunities(path, result, lang=lang),
            on_done=lambda written: self.banner.show_message(
                self.tr("Exported to {path}").format(path=written), "info"),
            on_error=self.banner.show_error)

    # -- money for capital ---------------------------------------------------------------------

    def compute_capital(self) -> None:
        def work(project: Project) -> dict[str, Any]:
            mpl.load()
            return project.impact.capital()

        self._run(work, self._show_capital)

    def _show_capital(self, result: dict[str, Any]) -> None:
        from ..analysis.chart_format import ownership_label
        from ..analysis.impact_charts import capital_figure

        self.capital = result
        self.fictitious.setVisible(bool(result.get("fictitious")))
        lang = _lang()

        def per_100(part: dict[str, Any], key: str) -> float | None:
            share = part.get(key)
            return None if share is None else 100 * share

        rows = []
        groups = sorted(result["by_ownership"].items(),
                        key=lambda item: -(item[1]["capital"]["outside_share"] or 0))
        for code, group in [*groups, ("all", result["all"])]:
            rows.append({
                "key": code, "total": code == "all",
                "name": self.tr("All") if code == "all" else ownership_label(code, lang),
                "n": group["n"], "turnover": group["turnover"],
                "interest_out": per_100(group["lender"], "outside_share"),
                "owners_out": per_100(group["owner"], "outside_share"),
                "local": per_100(group["capital"], "local_share_of_turnover"),
                "outside": per_100(group["capital"], "outside_share"),
                "outside_euros": group["capital"]["outside"]})
        cents = self.tr("{value} €")

        def per(value: Any) -> str:
            return "—" if value is None else cents.format(value=jobs(value, 2))

        columns = [Column("name", self.tr("Ownership"), str, numeric=False),
                   Column("n", self.tr("Interviews"), str),
                   Column("turnover", self.tr("Turnover"), euros),
                   Column("interest_out", self.tr("Interest leaving\n(per 100 €)"), per),
                   Column("owners_out", self.tr("Owners' pay leaving\n(per 100 €)"), per),
                   Column("local", self.tr("Paid to local lenders\nand owners (per 100 €)"),
                          per),
                   Column("outside", self.tr("Capital leaving\n(per 100 €)"), per),
                   Column("outside_euros", self.tr("Capital leaving\n(euros a year)"), euros)]
        self.capital_model.set_rows(columns, rows)
        # As tall as its rows, so the chart below gets the rest of the page.
        table = self.capital_table
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + 22 * len(rows) + 2 * table.frameWidth() + 2)
        self.capital_summary.setText(self._capital_summary(rows))
        panel = self._panel("capital", self.capital_chart,
                            lambda old, new: self.capital_page.replaceWidget(old, new))
        panel.set_fictitious(bool(result.get("fictitious")))
        panel.set_chart(lambda: capital_figure(result, lang=lang))
        self.capital_shown.emit(result)

    def _capital_summary(self, rows: list[dict[str, Any]]) -> str:
        groups = [r for r in rows if not r["total"] and r["outside"] is not None]
        if not groups:
            return ""
        euro = self.tr("{value} €")
        listed = ", ".join(f"{r['name']} {euro.format(value=jobs(r['outside'], 2))}"
                           for r in groups)
        return self.tr(
            "Pay to lenders and owners outside the territory, per 100 € of turnover: {list}. "
            "Local lenders and owners receive {local} per 100 € overall.").format(
            list=listed, local=euro.format(value=jobs(rows[-1]["local"], 2)))

    # -- the map -------------------------------------------------------------------------------

    def compute_map(self) -> None:
        size = self.size_combo.currentData()

        def work(project: Project) -> dict[str, Any]:
            mpl.load()
            return {"data": project.impact.map_data(size), "frame": project.impact.has_frame()}

        self._run(work, self._show_map)

    def _show_map(self, found: dict[str, Any]) -> None:
        from ..analysis.territory_map import CommunePoint, territory_map_figure

        data = found["data"]
        self.map = data
        self.fictitious.setVisible(bool(data.get("fictitious")))
        item = self.size_combo.model().item(SIZES.index("establishments"))  # type: ignore[attr-defined]
        item.setEnabled(found["frame"])
        if not found["frame"]:
            item.setToolTip(self.tr("Available once the business register (SIRENE) of the "
                                    "territory is imported"))
        points = [CommunePoint(p["code"], p["name"], p["latitude"], p["longitude"],
                               float(p["value"])) for p in data["points"]]
        lang, size = _lang(), data["size_by"]
        if "map" not in self.charts:
            self._panel("map", self.map_chart,
                        lambda old, new: self.map_page.replaceWidget(old, new))
            self.map_export.clicked.connect(self.charts["map"].save_dialog)
        panel = self.charts["map"]
        self.map_export.setEnabled(True)
        panel.set_fictitious(bool(data.get("fictitious")))
        panel.set_chart(lambda: territory_map_figure(points, size, territory=data["territory"],
                                                     lang=lang))
        notes = []
        if data["missing"]:
            notes.append(self.tr("Not on the map (no centroid): {names}").format(
                names=", ".join(f"{p['name']} ({p['code']})" for p in data["missing"])))
        if data["outside"]["communes"]:
            notes.append(self.tr("Outside the territory, not shown: {n} commune(s)").format(
                n=data["outside"]["communes"]))
        if data["unknown"]:
            notes.append(self.tr("Unknown commune codes: {codes}").format(
                codes=", ".join(data["unknown"])))
        self.map_note.setText("\n".join(notes))
        self.map_shown.emit(data)


class _PlaceHolder(QLabel):
    """Where a chart will be, until the first result arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_role(self, "secondary")
        self.setText(self.tr("Computing…"))
