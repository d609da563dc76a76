"""Phone teams in the app: export the XLSForm, import KoboToolbox / ODK submissions, import a
list of shops (File menu). Everything goes through `project.interop` on the task runner; the
previews change nothing, an import says what it did (docs/interop.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import exchange_text
from .exchange_widgets import PathField, documents_folder, keep_fitted, slug
from .panel_tasks import run_quietly
from .widgets.banner import Banner

if TYPE_CHECKING:
    from ..domain.changes import Changed
    from ..project import Project
    from ..project.interop import Plan, ShopPlan, ShopTable
    from .session import StudySession


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1,
                                                  QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(table.columnCount() - 1,
                                                  QHeaderView.ResizeMode.Stretch)


class ExportXlsformDialog(QDialog):
    written = Signal(object)

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitted(self)
        self.session = session
        self.setWindowTitle(self.tr("Export the XLSForm form"))
        self.setMinimumWidth(620)
        self.banner = Banner()
        explain = QLabel(self.tr(
            "The interview as an XLSForm for KoboToolbox or ODK Central: upload it there, "
            "collect on phones with KoboCollect or ODK Collect, then import the submissions "
            "here (File → Import KoboToolbox / ODK submissions…)."))
        explain.setWordWrap(True)
        self.destination = PathField(mode="save", caption=self.tr("Save the form as"),
                                     name_filter=self.tr("XLSForm (*.xlsx)"))
        self.destination.suffix = ".xlsx"
        self.destination.set_path(documents_folder() / f"{slug(session.study.name)}-form.xlsx")
        form = QFormLayout()
        form.addRow(self.tr("Form file"), self.destination)
        self.export_button = QPushButton(self.tr("Export the form"))
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(_buttons(self.export_button, close))

    def export(self) -> None:
        path = self.destination.path
        if path is None or not path.parent.is_dir():
            self.destination.set_message(self.tr("Choose where to save the form"))
            return
        self.destination.set_message("")
        self.export_button.setEnabled(False)
        run_quietly(self.session, self, lambda project: project.interop.export_xlsform(path),
                    on_done=self._written, on_error=self._failed)

    def _written(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.banner.show_message(self.tr("Wrote the form {name}.").format(
            name=Path(path).name), "info")
        self.written.emit(Path(path))

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        exchange_text.show_error(self.banner, error)


class SubmissionsDialog(QDialog):
    """Choose a Kobo XLSX/CSV or an ODK Central zip, see what it would do, import it."""

    imported = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitted(self)
        self.session = session
        self.plan: Plan | None = None
        self.setWindowTitle(self.tr("Import KoboToolbox / ODK submissions"))
        self.setMinimumSize(820, 460)
        self.banner = Banner()
        self.source = PathField(mode="open", caption=self.tr("Choose the export"),
                                name_filter=self.tr("Kobo or ODK exports (*.xlsx *.csv *.zip)"))
        self.source.edited.connect(self.preview)
        form = QFormLayout()
        form.addRow(self.tr("Export file"), self.source)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = _table([self.tr("Status"), self.tr("Row"), self.tr("Shop"),
                             self.tr("Reason")])
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons(self.import_button, close))

    def _status(self, status: str) -> str:
        return {"new": self.tr("new"), "updated": self.tr("updated"),
                "unchanged": self.tr("unchanged"), "refused": self.tr("refused")}[status]

    def preview(self) -> None:
        path = self.source.path
        if path is None:
            return
        self.banner.clear()
        self.import_button.setEnabled(False)
        run_quietly(self.session, self,
                    lambda project: project.interop.preview_submissions(path),
                    on_done=self.show_plan, on_error=self._failed)

    def show_plan(self, plan: Plan) -> None:
        self.plan = plan
        rows = []
        for item in plan.items:
            reasons = "; ".join(str(r.message()) for r in item.refusals)
            rows.append([self._status(item.status), str(item.row), item.shop_name, reasons])
        _fill(self.table, rows)
        counts = {s: plan.count(s) for s in ("new", "updated", "unchanged", "refused")}
        self.summary.setText(self.tr(
            "{new} new, {updated} updated, {unchanged} unchanged, {refused} refused").format(
            **counts))
        if plan.repeats_dropped:
            self.banner.show_message(self.tr(
                "This CSV does not hold the spending lines: export as XLSX to get them."),
                "warning")
        elif counts["refused"]:
            self.banner.show_message(self.tr(
                "Refused submissions: correct them on the server, then export again. Nothing "
                "is imported while one is refused."), "warning")
        self.import_button.setEnabled(counts["refused"] == 0
                                      and counts["new"] + counts["updated"] > 0)

    def import_now(self) -> None:
        path = self.source.path
        if path is None:
            return
        self.import_button.setEnabled(False)

        def work(project: Project, task: Any) -> Changed[Plan]:
            return project.interop.import_submissions(path, progress=task.progress,
                                                      should_cancel=task.should_cancel)

        self.session.run_long(self.tr("Importing the submissions…"), work,
                              on_done=self._imported, on_error=self._failed)

    def _imported(self, plan: Plan) -> None:
        self.show_plan(plan)
        self.import_button.setEnabled(False)
        self.banner.show_message(self.tr(
            "Imported: {new} new and {updated} updated interviews.").format(
            new=plan.count("new"), updated=plan.count("updated")), "info")
        self.imported.emit()

    def _failed(self, error: BaseException) -> None:
        exchange_text.show_error(self.banner, error)


class ShopListDialog(QDialog):
    """A CSV/XLSX list of shops: map its columns, preview, add the new shops."""

    imported = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitted(self)
        self.session = session
        self.shops: ShopTable | None = None
        self.setWindowTitle(self.tr("Import a list of shops"))
        self.setMinimumSize(820, 560)
        self.banner = Banner()
        self.source = PathField(mode="open", caption=self.tr("Choose the list"),
                                name_filter=self.tr("Lists of shops (*.csv *.xlsx)"))
        self.source.edited.connect(self.load)
        form = QFormLayout()
        form.addRow(self.tr("List file"), self.source)
        self.fields = {"name": self.tr("Name"), "siret": self.tr("SIRET"),
                       "naf": self.tr("NAF code"),
                       "commune": self.tr("Commune (name, INSEE or postal code)"),
                       "address": self.tr("Address"), "ownership": self.tr("Ownership")}
        self.mapping = _table([self.tr("Field"), self.tr("Column of the file")])
        self.combos: dict[str, QComboBox] = {}
        self.mapping.setRowCount(len(self.fields))
        for row, (key, label) in enumerate(self.fields.items()):
            self.mapping.setItem(row, 0, QTableWidgetItem(label))
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.preview)
            self.combos[key] = combo
            self.mapping.setCellWidget(row, 1, combo)
        self.mapping.setWordWrap(False)
        self.mapping.resizeColumnToContents(0)
        self.mapping.resizeRowsToContents()
        self.mapping.setFixedHeight(self.mapping.horizontalHeader().height() + sum(
            self.mapping.rowHeight(r) for r in range(self.mapping.rowCount())) + 4)
        self.summary = QLabel()
        self.table = _table([self.tr("Status"), self.tr("Row"), self.tr("Shop"),
                             self.tr("Reason")])
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.mapping)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons(self.import_button, close))

    def load(self) -> None:
        path = self.source.path
        if path is None:
            return
        self.banner.clear()

        def work(project: Project) -> tuple[ShopTable, dict[str, str]]:
            table = project.interop.read_shop_list(path)
            return table, project.interop.guess_shop_mapping(table)

        run_quietly(self.session, self, work, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, loaded: tuple[ShopTable, dict[str, str]]) -> None:
        self.shops = None  # no preview while the combo boxes are filled
        table, guesses = loaded
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), "")
            for column in table.header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(guesses.get(key, ""))))
            combo.blockSignals(False)
        self.shops = table
        self.preview()

    def current_mapping(self) -> dict[str, str]:
        return {key: combo.currentData() for key, combo in self.combos.items()
                if combo.currentData()}

    def _run(self, importing: bool) -> None:
        shops, mapping = self.shops, self.current_mapping()
        if shops is None:
            return
        self.import_button.setEnabled(False)

        def work(project: Project) -> ShopPlan | Changed[ShopPlan]:
            manager = project.interop
            return (manager.import_shops if importing else manager.preview_shops)(shops,
                                                                                  mapping)

        done: Callable[[Any], None] = self._imported if importing else self.show_plan
        run_quietly(self.session, self, work, on_done=done, on_error=self._failed)

    def preview(self) -> None:
        self.banner.clear()
        self._run(False)

    def import_now(self) -> None:
        self._run(True)

    def show_plan(self, plan: ShopPlan, *, importable: bool = True) -> None:
        status = {"new": self.tr("new"), "known": self.tr("already in the register"),
                  "refused": self.tr("refused")}
        rows = []
        for item in plan.items:
            reason = item.reason()
            shop = item.business.name if item.business is not None else item.name
            rows.append([status[item.status], str(item.row), shop,
                         str(reason.params["error"]) if reason is not None else ""])
        _fill(self.table, rows)
        self.summary.setText(self.tr(
            "{new} new shops, {known} already in the register, {refused} refused").format(
            new=plan.count("new"), known=plan.count("known"), refused=plan.count("refused")))
        self.import_button.setEnabled(importable and plan.count("new") > 0)

    def _imported(self, plan: ShopPlan) -> None:
        self.show_plan(plan, importable=False)
        self.banner.show_message(self.tr("Added {n} shops to the register.").format(
            n=plan.count("new")), "info")
        self.imported.emit()

    def _failed(self, error: BaseException) -> None:
        exchange_text.show_error(self.banner, error)
