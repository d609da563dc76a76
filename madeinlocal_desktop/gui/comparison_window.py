"""The comparison window: two or more study files side by side (`project.compare_studies`).

The first study is the baseline; each other one gets its difference with it and the 95 %
interval of that difference. What makes the studies hard to compare (different fiscal years,
territories, local rules or categories) shows in a warning strip above the table, never only in
a tooltip. The files are read on the worker thread, with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from . import file_dialogs, theme
from .dashboard_format import Numbers
from .impact_models import Column, RowsModel
from .tasks import Task, TaskRunner
from .widgets.banner import Banner

__all__ = ["ComparisonWindow"]


def _decimal(value: float, digits: int) -> str:
    return QLocale().toString(float(value), "f", digits)


class ComparisonWindow(QWidget):
    compared = Signal(dict)

    def __init__(self, runner: TaskRunner, first: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Compare studies"))
        self._runner = runner
        self._task: Task | None = None
        self.result: dict[str, Any] | None = None
        self.banner = Banner()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("comparisonWarnings")
        theme.set_role(self.warnings, "caution")
        self.warnings.hide()
        self.files = QListWidget()
        self.files.setMaximumHeight(96)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(self.tr("Add studies…"))
        add.clicked.connect(self._choose_files)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_selected)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.compare)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._choose_export)
        buttons = QVBoxLayout()
        for button in (add, remove, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.files, 1)
        top.addLayout(buttons)
        self.studies = QLabel(self.tr("The first study is the baseline: each other one is "
                                      "compared with it."))
        self.studies.setWordWrap(True)
        self.model = RowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.note = QLabel(self.tr(
            "Differences in bold: their 95 % interval excludes 0 (independent samples, "
            "se = √(se_a² + se_b²), Welch's t). Shares are of turnover; pts: percentage points."))
        self.note.setWordWrap(True)
        theme.set_role(self.note, "secondary")
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.studies)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(1100, 680)
        if first is not None:
            self.add_files([first])

    # -- files ---------------------------------------------------------------------------------

    def paths(self) -> list[Path]:
        return [Path(self.files.item(k).data(Qt.ItemDataRole.UserRole))
                for k in range(self.files.count())]

    def add_files(self, paths: list[Path]) -> None:
        known = {p.resolve() for p in self.paths()}
        for path in paths:
            if Path(path).resolve() in known:
                continue
            self.files.addItem(Path(path).name)
            item = self.files.item(self.files.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))

    def _choose_files(self, *_args: object) -> None:
        self.add_files(file_dialogs.open_files(self, "study", self.tr("Add studies"),
                                               self.tr("Made in Local studies (*.madeinlocal)")))

    def _remove_selected(self, *_: object) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    # -- comparing -----------------------------------------------------------------------------

    def compare(self, *_: object) -> None:
        paths = self.paths()
        self.banner.clear()
        if len(paths) < 2:
            self.banner.show_message(self.tr("Add at least one other study to compare with."),
                                     "info")
            return

        def work(task: Task) -> dict[str, Any]:
            from ..project import compare_studies

            return compare_studies(paths, progress=task.progress,
                                   should_cancel=task.should_cancel)

        self.compare_button.setEnabled(False)
        self._task = self._runner.run(work, on_done=self._show, on_error=self._failed,
                                      on_cancelled=lambda _: self.compare_button.setEnabled(True))

    def _failed(self, error: BaseException) -> None:
        self.compare_button.setEnabled(True)
        self.banner.show_error(error)

    def _show(self, result: dict[str, Any]) -> None:
        self.compare_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.result = result
        letters = [chr(ord("A") + k) for k in range(len(result["studies"]))]
        self.studies.setText("\n".join(
            self.tr("{letter} = {label}: {name}, fiscal year {year}, {territory}, "
                    "{n} interviews").format(
                letter=letter, label=s["label"], name=s["name"], year=s["fiscal_year"],
                territory=s["territory"] or "—", n=s["n"])
            for letter, s in zip(letters, result["studies"], strict=True)))
        texts = [item["text"] for item in result.get("notices") or []]
        self.warnings.setText("\n".join(texts))
        self.warnings.setVisible(bool(texts))
        columns = [Column("name", self.tr("Measure"), str, numeric=False)]
        for k, letter in enumerate(letters):
            columns.append(Column(f"value{k}", letter, str, tooltip=self._tip(k)))
        for k, letter in enumerate(letters[1:], start=1):
            columns.append(Column(f"diff{k}", f"{letter} − {letters[0]}", str))
            columns.append(Column(f"ci{k}", self.tr("95 % interval"), str))
        self.model.set_rows(columns, self._rows(result))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.compared.emit(result)

    @staticmethod
    def _tip(k: int) -> Callable[[Mapping[str, Any]], str]:
        return lambda row: str(row.get(f"tip{k}", ""))

    def _rows(self, result: dict[str, Any]) -> list[dict[str, Any]]:
        sections = {"sector": self.tr("By sector"), "ownership": self.tr("By ownership"),
                    "category": self.tr("Leakage by spending category (share of turnover)")}
        names = {"lm3": self.tr("LM3 (ratio of totals)"),
                 "recirculation": self.tr("Local recirculation"), "leakage": ""}
        rows: list[dict[str, Any]] = []
        current = None
        for row in result["rows"]:
            measure, breakdown = row["measure"], row["breakdown"]
            if breakdown != "all" and (breakdown, measure) != current:
                title = sections[breakdown]
                if breakdown != "category":
                    title += " — " + names[measure]
                rows.append({"section": title})
                current = (breakdown, measure)
            out: dict[str, Any] = {"name": names[measure] if breakdown == "all"
                                   else "   " + str(row["label"]), "key": row["key"]}
            for k, value in enumerate(row["values"]):
                out[f"value{k}"] = self._value(measure, value)
                if value is not None:
                    se = "—" if value["se"] is None else self._value(measure, {
                        "estimate": value["se"]})
                    out[f"tip{k}"] = self.tr("n = {n} businesses, standard error {se}").format(
                        n=value["n"], se=se)
            significant = False
            for k, found in enumerate(row["differences"][1:], start=1):
                out[f"diff{k}"], out[f"ci{k}"] = self._difference(measure, found)
                significant = significant or bool(found and found.get("significant"))
            out["total"] = significant  # drawn in bold
            rows.append(out)
        return rows

    @staticmethod
    def _value(measure: str, value: dict[str, Any] | None) -> str:
        if value is None or value.get("estimate") is None:
            return "—"
        # fixed decimals, as the differences beside them: a column reads 38,0 %, not 38 %
        return (_decimal(value["estimate"], 3) if measure == "lm3"
                else Numbers(QLocale()).percent(value["estimate"], 1))

    def _difference(self, measure: str, found: dict[str, Any] | None) -> tuple[str, str]:
        if found is None or found.get("difference") is None:
            return "—", ""

        def text(value: float) -> str:
            return (_decimal(value, 3) if measure == "lm3"
                    else self.tr("{value} pts").format(value=_decimal(100 * value, 1)))

        d = found["difference"]
        shown = ("+" if d >= 0 else "") + text(d)
        ci = found.get("ci95")
        if ci is None:
            return shown, ""
        separator = " ; " if QLocale().language() == QLocale.Language.French else ", "
        return shown, f"[{text(ci[0])}{separator}{text(ci[1])}]"

    # -- export --------------------------------------------------------------------------------

    def _choose_export(self, *_args: object) -> None:
        path, _ = file_dialogs.save_file(
            self, "export", self.tr("Export the comparison"), "comparaison.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        result = self.result
        if result is None:
            return

        def work(task: Task) -> Path:
            from ..project import export_comparison

            return export_comparison(result, path)

        self._runner.run(work, on_done=lambda written: self.banner.show_message(
            self.tr("Exported to {path}").format(path=written), "info"),
            on_error=self.banner.show_error)
