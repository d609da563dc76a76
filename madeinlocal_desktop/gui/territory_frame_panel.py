"""The Territoire view's register panel: the frame's summary, its import (with the column
mapping when the file is not in the SIRENE layout), and the search that adds an establishment
of the frame to the study's business register."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import InvalidInput
from . import file_dialogs, formatting, theme
from .dashboard_format import named
from .session import StudySession
from .territory_state import TerritoryState

SIRET_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = 50  # search results listed; more matches ask for a narrower search


def _day(stamp: str | None) -> str:
    """'2026-03-02T…' → 02/03/2026 (the interface's way of writing a date)."""
    from PySide6.QtCore import QDate, QLocale

    date = QDate.fromString((stamp or "")[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(date, QLocale.FormatType.ShortFormat) if date.isValid() else "—"


class FramePanel(QWidget):
    failed = Signal(object)  # an error for the view's banner
    reported = Signal(str)  # a line for the view's banner (level info)
    search_done = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._has_frame = False
        self.summary = named(QLabel(self.tr("No business register yet.")), "frameSummary")
        self.summary.setWordWrap(True)
        self.left_out = named(QLabel(), "frameLeftOut")
        self.left_out.setWordWrap(True)
        theme.set_role(self.left_out, "secondary")
        self.import_button = named(QPushButton(self.tr("Import a SIRENE extract…")),
                                   "importFrame")
        self.import_button.setToolTip(self.tr(
            "StockEtablissement CSV from INSEE (or any CSV or Excel file of establishments)"))
        self.import_button.clicked.connect(self.choose_file)
        source = QGroupBox(self.tr("Business register of the territory"))
        box = QVBoxLayout(source)
        box.addWidget(self.summary)
        box.addWidget(self.left_out)
        box.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.search = named(QLineEdit(), "frameSearch")
        self.search.setPlaceholderText(self.tr("Find an establishment: name, address, SIRET…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.results = named(QTableWidget(0, 4), "frameResults")
        self.results.setHorizontalHeaderLabels([self.tr("Name"), self.tr("SIRET"),
                                                self.tr("NAF"), self.tr("Register")])
        self.results.verticalHeader().setVisible(False)
        self.results.verticalHeader().setDefaultSectionSize(22)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 70)  # the code; its label is in the tooltip
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = named(QPushButton(self.tr("Add to the business register")),
                                "addToRegister")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_selected)
        finder = QGroupBox(self.tr("From the register to the study's businesses"))
        lay = QVBoxLayout(finder)
        lay.addWidget(self.search)
        lay.addWidget(self.results, 1)
        row = QHBoxLayout()
        self.found_label = QLabel()
        theme.set_role(self.found_label, "secondary")
        row.addWidget(self.found_label, 1)
        row.addWidget(self.add_button)
        lay.addLayout(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(source)
        layout.addWidget(finder, 1)

    # -- showing -------------------------------------------------------------------------------

    def show_state(self, state: TerritoryState) -> None:
        version = state.version
        self._has_frame = version is not None
        finder_enabled = version is not None
        self.search.setEnabled(finder_enabled)
        self.results.setEnabled(finder_enabled)
        if version is None:
            self.summary.setText(self.tr(
                "No business register yet. Import the territory's establishments from an "
                "extract of INSEE's SIRENE register (StockEtablissement), filtered on the "
                "département: only the active establishments of the study's {n} communes are "
                "kept.").format(n=state.communes))
            self.left_out.setText("")
            self.import_button.setText(self.tr("Import a SIRENE extract…"))
            return
        self.import_button.setText(self.tr("Replace with a newer extract…"))
        day = _day(version.get("imported_at"))
        self.summary.setText(self.tr(
            "<b>{count} active establishments</b> in the territory · version {version} · "
            "{file} · imported on {day}").format(
            count=formatting.number(version["establishments"], 0), version=version["version"],
            file=version.get("source_name") or "—", day=day))
        report = version.get("report") or {}
        left = report.get("left_out") or {}
        parts = []
        for key, text in (("closed", self.tr("{n} closed")),
                          ("elsewhere", self.tr("{n} outside the study's communes")),
                          ("unknown_naf", self.tr("{n} without a NAF rév. 2 code")),
                          ("duplicate", self.tr("{n} repeated rows"))):
            if left.get(key):
                parts.append(text.format(n=formatting.number(left[key], 0)))
        text = self.tr("Left out of {rows} rows: {parts}.").format(
            rows=formatting.number(report.get("rows", 0), 0), parts=", ".join(parts)) \
            if parts else ""
        changes = report.get("changes")
        if changes:
            text += " " + self.tr("Against the previous extract: {added} new, {gone} gone, "
                                  "{changed} changed.").format(**changes)
        self.left_out.setText(text)

    # -- importing -----------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = file_dialogs.open_file(self, "frame", self.tr("Business register extract"),
                                      self.tr("Register extracts (*.csv *.xlsx *.txt)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        replace = self._has_frame

        def done(found: Any) -> None:
            data = found.to_dict()
            self.reported.emit(self.tr("Register version {version}: {kept} establishments kept "
                                       "out of {rows} rows.").format(
                version=data["version"], kept=formatting.number(data["kept"], 0),
                rows=formatting.number(data["rows"], 0)))

        def failed(error: BaseException) -> None:
            if isinstance(error, InvalidInput) and error.code == "territory.column_missing" \
                    and mapping is None:
                self._ask_mapping(path)
                return
            self.failed.emit(error)

        self.session.run_long(
            self.tr("Importing {name}…").format(name=path.name),
            lambda project, task: project.territory.import_frame(path, replace=replace,
                                                                 mapping=mapping),
            on_done=done, on_error=failed, determinate=False, cancellable=False)

    def _ask_mapping(self, path: Path) -> None:
        from .territory_mapping import ColumnMappingDialog

        def show(found: tuple[list[str], dict[str, str]]) -> None:
            columns, fields = found
            dialog = ColumnMappingDialog(columns, fields, path.name, self)
            dialog.accepted.connect(lambda: self.import_file(path, dialog.mapping()))
            dialog.open()
            self.mapping_dialog = dialog  # kept alive while open; reachable by tests

        self.session.run(lambda project: (project.territory.register_columns(path),
                                          project.territory.register_fields()),
                         on_done=show, on_error=self.failed.emit)

    # -- searching and adding ------------------------------------------------------------------

    def run_search(self) -> None:
        text = self.search.text()
        self.session.run(lambda project: project.territory.search(text, SHOWN + 1),
                         on_done=self._show_results, on_error=self.failed.emit)

    def _show_results(self, rows: list[dict[str, Any]]) -> None:
        more = len(rows) > SHOWN
        rows = rows[:SHOWN]
        self.results.setRowCount(len(rows))
        for r, found in enumerate(rows):
            name = found["name"] or "—"
            items = [QTableWidgetItem(name), QTableWidgetItem(found["siret"]),
                     QTableWidgetItem(found["naf"]),
                     QTableWidgetItem(self.tr("already in") if found["in_register"] else "")]
            items[0].setData(SIRET_ROLE, None if found["in_register"] else found["siret"])
            items[0].setToolTip(" · ".join(v for v in (found["name"], found["address"],
                                                       found["commune"]) if v))
            items[2].setToolTip(found["naf_label"])
            for c, item in enumerate(items):
                self.results.setItem(r, c, item)
        said = (self.tr("The first {n} shown: type more to narrow the search") if more
                else self.tr("{n} found")).format(n=len(rows))
        self.found_label.setText(said if self.search.text().strip() else "")
        self._selection_changed()
        self.search_done.emit()

    def _selected_siret(self) -> str | None:
        rows = self.results.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.results.item(rows[0].row(), 0)
        return None if item is None else item.data(SIRET_ROLE)

    def _selection_changed(self) -> None:
        self.add_button.setEnabled(self._selected_siret() is not None)

    def add_selected(self) -> None:
        siret = self._selected_siret()
        if siret is None:
            return

        def done(business: Any) -> None:
            self.reported.emit(self.tr("{name} was added to the business register (SIRET "
                                       "{siret}).").format(name=business.name, siret=siret))
            self.run_search()

        self.session.run(lambda project: project.territory.add_to_register(siret),
                         on_done=done, on_error=self.failed.emit)
