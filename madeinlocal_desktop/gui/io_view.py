"""`InputOutputView`: the study's regional input-output model on one screen.

Left, the settings a coordinator chooses (table, regional employment by sector, location-quotient
method and δ, closed model, h_loc, survey shares); right, what they give (multipliers by sector
as a table and a chart, the impact of extra demand, exports) with the table's attribution.

Every call to the study runs through the study session, on its worker thread (`Project` is only
touched there); the view keeps a generation counter so a late answer never overwrites a newer
one. The main window adds it as a tab: `InputOutputView(session)`.

Preview on the demo study: `python -m madeinlocal_desktop.gui.io_view [--screenshot PNG]`
(gui/io_preview.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import Changed
from ..errors import UserFacingError
from . import chart_saving, file_dialogs, formatting, mpl, theme
from .forms.ui_io_settings import Ui_InputOutputView
from .io_models import RAW, MultipliersModel, RegionalEmploymentModel
from .io_shock_panel import ShockPanel
from .widgets.banner import Banner
from .widgets.compact_header import CompactHeader

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..analysis.io_results import IOMultipliers
    from ..project import Project
    from .session import StudySession

__all__ = ["InputOutputView"]

from ..domain.io_settings import DELTA_METHODS, METHODS


def _lang() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def _load(project: Project, lang: str) -> dict[str, Any]:
    """On the worker: everything the view shows when it opens (one round trip)."""
    mpl.load()
    from ..analysis.io_charts import multipliers_figure

    io = project.io
    settings = io.settings()
    data: dict[str, Any] = {
        "settings": settings, "configured": io.has_settings(), "tables": io.tables(),
        "staff": project.respondents.means().get("staff"), "sectors": [], "national": {},
        "result": None, "figure": None, "error": None,
        "employment_source": project.territory.employment_source(), "register": None}
    try:
        data["sectors"] = io.sectors(settings.table)
        data["national"] = io.national_employment(settings.table)
        if project.territory.has_frame() and settings.regional_employment is None:
            data["register"] = project.territory.regional_employment(settings.table)
        if data["configured"]:
            data["result"] = io.multipliers()
            data["figure"] = multipliers_figure(data["result"], lang=lang)
    except UserFacingError as error:  # e.g. a table folder moved away: the form still opens
        data["error"] = error
    return data


def _compute(project: Project, changes: dict[str, Any], lang: str
             ) -> Changed[tuple[IOMultipliers, Figure]]:
    """On the worker: save the settings (audited), compute, and draw the chart."""
    mpl.load()
    from ..analysis.io_charts import multipliers_figure

    saved = project.io.save_settings(**changes)
    result = project.io.multipliers()
    return Changed((result, multipliers_figure(result, lang=lang)), saved.changes)


class InputOutputView(QWidget, Ui_InputOutputView):
    computed = Signal(object)  # the IOMultipliers shown (Project.io.multipliers())
    exported = Signal(object)  # the Path written

    def __init__(self, session: StudySession | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: StudySession | None = None
        self._result: IOMultipliers | None = None
        self._generation = 0
        self._canvas: QWidget | None = None
        self._build()
        if session is not None:
            self.set_session(session)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = Banner()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        settings = self._build_settings()
        splitter.addWidget(settings)
        splitter.addWidget(self._build_results())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        # The settings as narrow as they can be: the multipliers table needs the width.
        splitter.setSizes([settings.minimumSizeHint().width(), 10_000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def _build_settings(self) -> QWidget:
        """The form is ui/io_settings.ui; its method list is in the order of METHODS."""
        box = QGroupBox()
        self.setupUi(box)
        self.table_combo.activated.connect(self._table_chosen)
        self.folder_button.clicked.connect(self._choose_folder)  # narrow: the title needs room
        for index, code in enumerate(METHODS):
            self.method_combo.setItemData(index, code)
        self.method_combo.currentIndexChanged.connect(self._method_changed)
        theme.set_role(self.h_loc_hint, "secondary")

        self.employment = RegionalEmploymentModel(self)
        self.employment.refused.connect(lambda text: self.banner.show_message(text))
        self.employment.edited.connect(self._update_total)
        self.employment_view.setModel(self.employment)
        header = self.employment_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RegionalEmploymentModel.LABEL, QHeaderView.ResizeMode.Stretch)
        self.import_button.clicked.connect(self._choose_employment_file)
        self.register_button.clicked.connect(self.fill_from_register)
        theme.set_role(self.total_label, "secondary")
        theme.set_role(self.source_label, "secondary")
        self.compute_button.clicked.connect(self.compute)
        return box

    def _build_results(self) -> QWidget:
        self.multipliers = MultipliersModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.multipliers)
        proxy.setSortRole(RAW)
        self.multipliers_view = QTableView()
        self.multipliers_view.setHorizontalHeader(CompactHeader(self.multipliers_view))
        # "Fabrication de … de tabac" and "Fabrication de … machines" stay apart when cut.
        self.multipliers_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.multipliers_view.setModel(proxy)
        self.multipliers_view.setSortingEnabled(True)
        self.multipliers_view.verticalHeader().setVisible(False)
        self.multipliers_view.verticalHeader().setDefaultSectionSize(22)
        self.multipliers_view.setAlternatingRowColors(True)
        self.multipliers_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.multipliers_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.multipliers_view, self.tr("Multipliers"))
        self.tabs.addTab(self.chart_area, self.tr("Chart"))

        self.summary_label = QLabel(self.tr("Type the territory's employment by sector, then "
                                            "Save and compute."))
        self.summary_label.setWordWrap(True)
        self.shock = ShockPanel()
        self.shock.failed.connect(self._show_error)

        self.export_csv = QPushButton(self.tr("Export CSV…"))
        self.export_csv.clicked.connect(lambda: self._choose_export(".csv"))
        self.export_xlsx = QPushButton(self.tr("Export Excel…"))
        self.export_xlsx.clicked.connect(lambda: self._choose_export(".xlsx"))
        exports = QHBoxLayout()
        exports.addWidget(QLabel(self.tr("Multipliers table:")))
        exports.addWidget(self.export_csv)
        exports.addWidget(self.export_xlsx)
        exports.addStretch(1)
        for button in (self.export_csv, self.export_xlsx):
            button.setEnabled(False)

        self.attribution_label = QLabel()
        self.attribution_label.setWordWrap(True)
        self.attribution_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.set_role(self.attribution_label, "fine-print")

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.shock)
        layout.addLayout(exports)
        layout.addWidget(self.attribution_label)
        return panel

    # -- the study ------------------------------------------------------------------------------
    def set_session(self, session: StudySession | None) -> None:
        self._session = session
        self.shock.set_session(session)
        self.refresh()

    def refresh(self) -> None:
        """Read the study's settings and, when it has some, its multipliers."""
        self._generation += 1
        self._clear_results()
        session = self._session
        if session is None:
            self.employment.set_sectors([], {})
            return
        generation = self._generation
        self._busy(True)
        lang = _lang()
        session.run(lambda project: _load(project, lang),
                         on_done=lambda data: self._loaded(generation, data),
                         on_error=self._failed)

    def _loaded(self, generation: int, data: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        settings = data["settings"]
        self._fill_tables(data["tables"], settings.table)
        self.method_combo.setCurrentIndex(max(self.method_combo.findData(settings.method), 0))
        self.delta_spin.setValue(settings.delta)
        self.closed_check.setChecked(settings.closed)
        self.survey_check.setChecked(settings.use_survey)
        self.h_loc_edit.set_value(settings.h_loc)
        staff = data["staff"]
        self.h_loc_hint.setText(
            self.tr("empty: staff mean, {share} ({n} answers)").format(
                share=formatting.percent(staff[0]), n=staff[1]) if staff
            else self.tr("no staff answers yet: type a share"))
        employment = settings.regional_employment if data["configured"] else None
        self.employment.set_sectors(data["sectors"], data["national"],
                                    employment or data["register"] or {})
        self._update_total()
        self._show_source(data["employment_source"], data["register"] is not None)
        if data["error"] is not None:
            self._show_error(data["error"])
        if data["result"] is not None:
            self._show_result(data["result"], data["figure"])

    def _fill_tables(self, tables: list[dict[str, Any]], current: str) -> None:
        self.table_combo.clear()
        french = _lang() == "fr"
        for table in tables:
            title = (table.get("title_fr") if french else None) or table["title"]
            self.table_combo.addItem(title, table["id"])
            self.table_combo.setItemData(self.table_combo.count() - 1, title,
                                         Qt.ItemDataRole.ToolTipRole)
        if self.table_combo.findData(current) < 0:  # a folder table
            self.table_combo.addItem(Path(current).name, current)
            self.table_combo.setItemData(self.table_combo.count() - 1, current,
                                         Qt.ItemDataRole.ToolTipRole)
        self.table_combo.setCurrentIndex(self.table_combo.findData(current))

    def _table_chosen(self, *_: object) -> None:
        """Another table: its sectors in the form (values kept for the codes they share)."""
        session, table = self._session, self.table_combo.currentData()
        if session is None or table is None:
            return

        def read(project: Project) -> tuple[list[tuple[str, str]], dict[str, float]]:
            return project.io.sectors(table), project.io.national_employment(table)

        def show(found: tuple[list[tuple[str, str]], dict[str, float]]) -> None:
            self.employment.set_sectors(*found)
            self._update_total()

        session.run(read, on_done=show, on_error=self._show_error)

    def _choose_folder(self, *_: object) -> None:
        folder = file_dialogs.folder(self, "io", self.tr("Folder of an input-output table"))
        if folder is not None:
            self.table_combo.addItem(Path(folder).name, folder)
            self.table_combo.setCurrentIndex(self.table_combo.count() - 1)
            self._table_chosen()

    def _method_changed(self, *_: object) -> None:
        self.delta_spin.setEnabled(self.method_combo.currentData() in DELTA_METHODS)

    def _update_total(self, *_: object) -> None:
        regional, national = self.employment.totals()
        if regional <= 0:
            self.total_label.setText(self.tr("Leave every cell empty to use the national "
                                             "table."))
            return
        self.total_label.setText(self.tr("Total: {regional} persons, {share} of national "
                                         "employment").format(
            regional=formatting.number(regional, 0),
            share=formatting.percent(regional / national if national else None, 2)))

    # -- computing ------------------------------------------------------------------------------
    def settings_from_form(self) -> dict[str, Any] | None:
        """The settings typed in the form, or None (with the reason shown) when incomplete."""
        self.banner.clear()
        if self.h_loc_edit.error:
            self.banner.show_message(self.h_loc_edit.error)
            self.h_loc_edit.setFocus()
            return None
        regional = self.employment.regional()
        filled = {code: value for code, value in regional.items() if value is not None}
        missing = [code for code, value in regional.items() if value is None]
        if filled and missing:
            self.banner.show_message(self.tr("Type the employment of every sector (0 when it is "
                                             "absent from the territory); missing: {codes}")
                                     .format(codes=", ".join(missing)))
            self._select_sector(missing[0])
            return None
        return {"table": self.table_combo.currentData(),
                "method": self.method_combo.currentData(),
                "delta": round(self.delta_spin.value(), 4),
                "closed": self.closed_check.isChecked(),
                "use_survey": self.survey_check.isChecked(),
                "h_loc": self.h_loc_edit.value(),
                "regional_employment": filled or None}

    def compute(self, *_: object) -> None:
        """Save the form's settings in the study (with history) and compute, off the UI thread."""
        session, changes = self._session, self.settings_from_form()
        if session is None or changes is None:
            return
        self._generation += 1
        generation, lang = self._generation, _lang()
        self._busy(True)
        session.run(lambda project: _compute(project, changes, lang),
                    on_done=lambda found: self._computed(generation, found),
                    on_error=self._failed)

    def _computed(self, generation: int, found: tuple[IOMultipliers, Figure]) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        self._show_result(*found)

    def _show_result(self, result: IOMultipliers, figure: Figure) -> None:
        self._result = result
        self.multipliers.set_result(result)
        self.multipliers_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # table order
        header = self.multipliers_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Long French sector names give way (elided, full text in the tooltip) to the numbers.
        header.setSectionResizeMode(self.multipliers.column_keys().index("labels"),
                                    QHeaderView.ResizeMode.Stretch)
        self.summary_label.setText(self._summary(result))
        table = result.table
        french = _lang() == "fr"
        attribution = (table.get("attribution_fr") if french else None) or table.get(
            "attribution") or ""
        self.attribution_label.setText(attribution)
        self.shock.set_sectors(list(zip(result.sectors, result.names, strict=True)))
        self.shock.setEnabled(True)
        for button in (self.export_csv, self.export_xlsx):
            button.setEnabled(True)
        self._show_figure(figure)
        self.computed.emit(result)

    def _show_figure(self, figure: Figure) -> None:
        # Imported here: the Qt backend of matplotlib loads only when a chart is shown.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from .chart_theme import follow_palette

        follow_palette(figure, self.palette())
        canvas = FigureCanvasQTAgg(figure)
        # Room for every label, but no scrolling for the 17 sectors of A17 on a laptop screen.
        rows = len(self._result.sectors) if self._result else 17
        canvas.setMinimumHeight(90 + 19 * rows)
        self.save_chart = chart_saving.offer_saving(
            canvas, figure, "multiplicateurs",
            fictitious=self._result is not None and self._result.fictitious,
            failed=self.banner.show_message)
        old, self._canvas = self._canvas, canvas
        self.chart_area.setWidget(canvas)
        if old is not None:
            old.deleteLater()

    def _summary(self, result: IOMultipliers) -> str:
        parts = []
        regional = result.regionalisation
        if regional and regional.get("method") != "national":
            text = self.tr("Regionalised with {method}").format(method=regional["method"].upper())
            if regional.get("lambda") is not None:
                text += self.tr(", δ = {delta}, λ* = {lam}").format(
                    delta=formatting.number(regional["delta"], 2),
                    lam=formatting.number(regional["lambda"], 3))
            parts.append(text)
        else:
            parts.append(self.tr("National table (no regional employment)"))
        survey = result.survey_shares
        if survey:
            parts.append(self.tr("local purchases measured by the survey for {codes}").format(
                codes=", ".join(survey)))
        shares = result.io_proxy.get("shares") or {}
        if shares:
            parts.append(self.tr("Round-3 estimate for groups without answers: suppliers "
                                 "{supplier}, staff {staff}").format(
                supplier=formatting.percent(shares.get("supplier")),
                staff=formatting.percent(shares.get("staff"))))
        return " · ".join(parts)

    # -- importing and exporting ----------------------------------------------------------------
    def _choose_employment_file(self, *_: object) -> None:
        path = file_dialogs.open_file(self, "io", self.tr("Regional employment"),
                                      self.tr("CSV files (*.csv)"))
        if path is not None:
            self.import_employment(path)

    def _show_source(self, source: dict[str, Any] | None, from_register: bool) -> None:
        if from_register:
            self.source_label.setText(self.tr("Filled from the business register (salaried jobs "
                                              "by sector): Save and compute to use it."))
        elif source is not None and source.get("source") == "frame":
            self.source_label.setText(self.tr(
                "Source: business register, version {version} ({file}), salaried jobs by "
                "sector; it follows a newer extract until a figure is typed.").format(
                version=source["version"], file=source.get("source_name") or "—"))
        elif source is not None:
            self.source_label.setText(self.tr("Source: typed or imported by hand."))
        else:
            self.source_label.setText("")

    def fill_from_register(self, *_: object) -> None:
        """The register's salaried jobs by sector in the form (saved when computed)."""
        session, table = self._session, self.table_combo.currentData()
        if session is None:
            return

        def show(values: dict[str, float]) -> None:
            self.employment.set_regional(values)
            self._show_source(None, True)

        session.run(lambda project: project.territory.regional_employment(table),
                    on_done=show, on_error=self._show_error)

    def import_employment(self, path: Path) -> None:
        """Fill the form from a `code,employment` file (nothing is saved until computed)."""
        session, table = self._session, self.table_combo.currentData()
        if session is None:
            return
        session.run(lambda project: project.io.read_regional_employment(path, table),
                    on_done=self.employment.set_regional, on_error=self._show_error)

    def _choose_export(self, suffix: str) -> None:
        name = self.tr("multipliers") + suffix
        kind = self.tr("CSV files (*.csv)") if suffix == ".csv" else self.tr(
            "Excel workbooks (*.xlsx)")
        path, _filter = file_dialogs.save_file(self, "export", self.tr("Export the multipliers"),
                                               name, kind)
        if path is not None:
            self.export_to(path if path.suffix else path.with_name(path.name + suffix))

    def export_to(self, path: Path) -> None:
        """Write the multipliers table (.csv for French Excel, or .xlsx) through the facade."""
        session = self._session
        if session is None:
            return
        headers, lang = self.multipliers.headers(one_line=True), _lang()

        def done(written: Path) -> None:
            self.banner.show_message(self.tr("Exported to {name}").format(name=written.name),
                                     "info")
            self.exported.emit(written)

        session.run(lambda project: project.io.export_multipliers(path, headers=headers,
                                                                  lang=lang),
                    on_done=done, on_error=self._show_error)

    # -- state and errors -----------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.compute_button.setEnabled(not busy)
        self.busy_label.setText(self.tr("Computing…") if busy else "")

    def _clear_results(self) -> None:
        self._result = None
        self.multipliers.set_result(None)
        self.shock.setEnabled(False)
        self.shock.clear()
        for button in (self.export_csv, self.export_xlsx):
            button.setEnabled(False)
        self.attribution_label.clear()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self._show_error(error)

    def _select_sector(self, code: str) -> None:
        row = self.employment.row_of(code)
        if row >= 0:
            index = self.employment.index(row, RegionalEmploymentModel.REGIONAL)
            self.employment_view.setCurrentIndex(index)
            self.employment_view.scrollTo(index)

    def _show_error(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            self.banner.show_error(error)
            return
        field = error.field or ""
        sector = error.params.get("code")
        if field.startswith("io.regional_employment."):
            sector = field.rsplit(".", 1)[1]
        if isinstance(sector, str) and self.employment.row_of(sector) >= 0:
            self._select_sector(sector)
        elif field == "io.h_loc":
            self.h_loc_edit.setFocus()
        self.banner.show_error(error)


if __name__ == "__main__":  # the preview lives apart so the view module stays small
    import sys

    from .io_preview import main

    sys.exit(main(sys.argv[1:]))
