"""The Territoire view's design panel: strata, scope, allocation and sample size, the strata it
gives (with their sizes and priors, editable for a fixed or Neyman allocation), and the seeded
draw with its reserve and call sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import file_dialogs, formatting
from .dashboard_format import named
from .session import StudySession
from .territory_frame_panel import _day
from .territory_state import TerritoryState

SECTOR_LEVELS = (None, "a17", "a38", "naf_group")
ALLOCATIONS = ("proportional", "neyman", "fixed")
KEY, N, SIZE, CV = range(4)




class DesignPanel(QWidget):
    failed = Signal(object)
    reported = Signal(str)

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sector = named(QComboBox(), "designSector")
        for level, text in zip(SECTOR_LEVELS, (self.tr("no sector"), self.tr("A17 sectors"),
                                               self.tr("A38 sectors"),
                                               self.tr("NAF groups (e.g. 47.2)")), strict=True):
            self.sector.addItem(text, level)
        self.by_size = named(QCheckBox(self.tr("× employee-size band (0, 1-9, 10-49, 50+)")),
                             "designSize")
        self.scope = named(QLineEdit(), "designScope")
        self.scope.setPlaceholderText(self.tr("every activity, or NAF prefixes: 47,56,10.71"))
        self.allocation = named(QComboBox(), "designAllocation")
        for code, text in zip(ALLOCATIONS, (self.tr("proportional to the strata"),
                                            self.tr("Neyman (from prior CVs)"),
                                            self.tr("fixed, stratum by stratum")), strict=True):
            self.allocation.addItem(text, code)
        self.allocation.currentIndexChanged.connect(self._allocation_changed)
        self.by_n = QRadioButton(self.tr("sample size n"))
        self.n = named(QSpinBox(), "designN")
        self.n.setRange(2, 1_000_000)
        self.n.setValue(120)
        self.by_width = QRadioButton(self.tr("95% half-width of the LM3"))
        self.half_width = named(QDoubleSpinBox(), "designHalfWidth")
        self.half_width.setRange(0.001, 1.0)
        self.half_width.setDecimals(3)
        self.half_width.setSingleStep(0.005)
        self.half_width.setValue(0.05)
        self.by_n.setChecked(True)
        size_row = QHBoxLayout()
        for widget in (self.by_n, self.n, self.by_width, self.half_width):
            size_row.addWidget(widget)
        size_row.addStretch(1)
        strata_row = QHBoxLayout()
        strata_row.addWidget(self.sector)
        strata_row.addWidget(self.by_size)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Strata:"), strata_row)
        form.addRow(self.tr("Scope:"), self.scope)
        form.addRow(self.tr("Allocation:"), self.allocation)
        form.addRow(self.tr("Size from:"), size_row)

        self.strata = named(QTableWidget(0, 4), "designStrata")
        self.strata.setHorizontalHeaderLabels([self.tr("Stratum"), self.tr("N"),
                                               self.tr("n"), self.tr("Prior CV")])
        self.strata.verticalHeader().setVisible(False)
        self.strata.verticalHeader().setDefaultSectionSize(21)
        self.strata.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.strata.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Stretch)
        self._given: set[str] = set()  # strata whose prior CV the study chose
        self._edits: set[tuple[int, int]] = set()  # cells typed since the table was filled
        self._filling = False
        self.strata.itemChanged.connect(self._item_changed)
        self.plan_label = named(QLabel(), "planSummary")
        self.plan_label.setWordWrap(True)
        self.save_button = named(QPushButton(self.tr("Save the design")), "saveDesign")
        self.save_button.clicked.connect(self.save_design)
        actions = QHBoxLayout()
        actions.addWidget(self.plan_label, 1)
        actions.addWidget(self.save_button)
        design = QGroupBox(self.tr("Sampling design"))
        box = QVBoxLayout(design)
        box.addLayout(form)
        box.addWidget(self.strata, 1)
        box.addLayout(actions)

        self.seed = named(QSpinBox(), "drawSeed")
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setValue(2026)
        self.reserve = named(QSpinBox(), "drawReserve")
        self.reserve.setRange(0, 1000)
        self.reserve.setValue(3)
        self.draw_button = named(QPushButton(self.tr("Draw the sample")), "drawSample")
        self.draw_button.clicked.connect(self.draw)
        self.sheet_button = named(QPushButton(self.tr("Call sheet…")), "callSheet")
        self.sheet_button.setToolTip(self.tr("Excel (.xlsx) or CSV for French Excel"))
        self.sheet_button.clicked.connect(self.choose_sheet)
        self.draw_label = named(QLabel(), "drawSummary")
        self.draw_label.setWordWrap(True)
        draw_row = QHBoxLayout()
        draw_row.addWidget(QLabel(self.tr("Seed")))
        draw_row.addWidget(self.seed)
        draw_row.addWidget(QLabel(self.tr("Reserve per stratum")))
        draw_row.addWidget(self.reserve)
        draw_row.addStretch(1)
        draw_row.addWidget(self.draw_button)
        draw_row.addWidget(self.sheet_button)
        drawing = QGroupBox(self.tr("Draw"))
        lay = QVBoxLayout(drawing)
        lay.addLayout(draw_row)
        lay.addWidget(self.draw_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(design, 1)
        layout.addWidget(drawing)
        self._allocation_changed()

    # -- showing -------------------------------------------------------------------------------

    def show_state(self, state: TerritoryState) -> None:
        has_frame = state.version is not None
        for widget in (self.save_button, self.draw_button):
            widget.setEnabled(has_frame)
        spec = state.design
        if spec is not None:
            strata = list(spec.get("strata") or [])
            level = next((v for v in strata if v != "size"), None)
            self.sector.setCurrentIndex(max(0, self.sector.findData(level)))
            self.by_size.setChecked("size" in strata)
            self.scope.setText(",".join(spec.get("scope") or []))
            self.allocation.setCurrentIndex(max(0, self.allocation.findData(
                spec.get("allocation"))))
            if spec.get("half_width") is not None:
                self.by_width.setChecked(True)
                self.half_width.setValue(float(spec["half_width"]))
            elif spec.get("n") is not None:
                self.by_n.setChecked(True)
                self.n.setValue(int(spec["n"]))
        elif has_frame and self.sector.currentData() is None:
            self.sector.setCurrentIndex(self.sector.findData("a17"))
            self.by_size.setChecked(True)
        self._fill_strata(state.plan)
        if state.plan is not None:
            plan = state.plan
            self.plan_label.setText(self.tr(
                "{in_scope} establishments in scope, {strata} strata · n = {n} · expected "
                "half-width of the LM3's 95% interval: {width}").format(
                in_scope=formatting.number(plan["in_scope"], 0), strata=len(plan["strata"]),
                n=formatting.number(plan["n"], 0),
                width=formatting.number(plan.get("expected_half_width"), 3)))
        elif state.plan_error is not None:
            self.plan_label.setText(str(state.plan_error))
        else:
            self.plan_label.setText(self.tr("No design yet: choose the strata and the size, "
                                            "then save.") if has_frame else "")
        draw = state.draw
        self.sheet_button.setEnabled(draw is not None)
        if draw is None:
            self.draw_label.setText(self.tr("Not drawn yet.") if has_frame else "")
        else:
            self.seed.setValue(int(draw["seed"]))
            self.reserve.setValue(int(draw["reserve"]))
            self.draw_label.setText(self.tr(
                "Drawn on {day} with seed {seed} (register version {version}): {sample} "
                "establishments to interview and {reserve} in reserve.").format(
                day=_day(draw.get("drawn_at")), seed=draw["seed"],
                version=draw["frame_version"], sample=draw["sample"],
                reserve=draw["reserve_units"]))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self._edits.add((item.row(), item.column()))

    def _fill_strata(self, plan: dict[str, Any] | None) -> None:
        rows = (plan or {}).get("strata") or []
        self._filling = True
        self._edits.clear()
        self._given = {s["key"] for s in rows if s["cv_source"] == "given"}
        self.strata.setRowCount(len(rows))
        for r, stratum in enumerate(rows):
            cells = [stratum["key"], formatting.number(stratum["N"], 0), str(stratum["n"]),
                     formatting.number(stratum["cv"], 2)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (N, SIZE, CV):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if c == CV:
                    item.setToolTip(self.tr("given") if stratum["cv_source"] == "given" else
                                    self.tr("the demo study's value for this sector"))
                self.strata.setItem(r, c, item)
        self._allocation_changed()
        self._filling = False

    def _allocation_changed(self, *_: object) -> None:
        fixed = self.allocation.currentData() == "fixed"
        for widget in (self.by_n, self.n, self.by_width, self.half_width):
            widget.setEnabled(not fixed)
        editable = {SIZE: fixed, CV: not fixed}
        for r in range(self.strata.rowCount()):
            for c in range(4):
                item = self.strata.item(r, c)
                if item is None:
                    continue
                flags = Qt.ItemFlag.ItemIsEnabled
                if editable.get(c):
                    flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable
                item.setFlags(flags)

    # -- saving and drawing --------------------------------------------------------------------

    def spec(self) -> dict[str, Any]:
        """The design as typed (checked by the facade when saved)."""
        strata = [v for v in (self.sector.currentData(),) if v]
        if self.by_size.isChecked():
            strata.append("size")
        allocation = self.allocation.currentData()
        cv: dict[str, str] = {}
        fixed: dict[str, str] = {}
        for r in range(self.strata.rowCount()):
            key = self._cell(r, KEY)
            cv_text = self._cell(r, CV).replace(",", ".")
            n_text = self._cell(r, SIZE)
            if allocation == "fixed":
                fixed[key] = n_text
            elif key in self._given or (r, CV) in self._edits:
                cv[key] = cv_text
        spec: dict[str, Any] = {"strata": strata, "scope": self.scope.text(),
                                "allocation": allocation, "cv": cv, "fixed": fixed}
        if allocation != "fixed":
            if self.by_width.isChecked():
                spec["half_width"] = round(self.half_width.value(), 4)
            else:
                spec["n"] = self.n.value()
        return spec

    def _cell(self, row: int, column: int) -> str:
        item = self.strata.item(row, column)
        return "" if item is None else item.text().strip()

    def save_design(self) -> None:
        spec = self.spec()

        def done(plan: Any) -> None:
            self.reported.emit(self.tr("Design saved: {n} establishments to interview in "
                                       "{strata} strata.").format(
                n=formatting.number(plan.n, 0), strata=len(plan.strata)))

        self.session.run(lambda project: project.territory.save_design(spec),
                         on_done=done, on_error=self.failed.emit)

    def draw(self) -> None:
        seed, reserve = self.seed.value(), self.reserve.value()

        def done(found: dict[str, Any]) -> None:
            self.reported.emit(self.tr("Sample drawn with seed {seed}.").format(seed=seed))

        self.session.run(lambda project: project.territory.draw(seed=seed, reserve=reserve),
                         on_done=done, on_error=self.failed.emit)

    def choose_sheet(self) -> None:
        target, chosen = file_dialogs.save_file(
            self, "export", self.tr("Call sheet"), self.tr("call-sheet.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV for French Excel (*.csv)"))
        if target is not None:
            if target.suffix.lower() not in (".xlsx", ".csv"):
                target = target.with_suffix(".csv" if "csv" in chosen else ".xlsx")
            self.export_sheet(target)

    def export_sheet(self, path: Path) -> None:
        from PySide6.QtCore import QLocale

        lang = "fr" if QLocale().language() == QLocale.Language.French else "en"
        self.session.run(lambda project: project.territory.export_call_sheet(path, lang=lang),
                         on_done=lambda written: self.reported.emit(
                             self.tr("Call sheet written: {name}").format(name=written.name)),
                         on_error=self.failed.emit)
