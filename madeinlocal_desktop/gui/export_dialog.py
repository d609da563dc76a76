"""File → Export…: CSV (French Excel or international), XLSX or JSON, anonymised or not.

The formats are the core's (docs/exchange.md); this dialog only chooses among them, proposes a
destination, and runs the export on the worker with a progress bar and Cancel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from . import exchange_text, file_dialogs
from .exchange_widgets import keep_fitted, slug
from .forms.ui_export_dialog import Ui_ExportDialog
from .panel_tasks import run_with_panel
from .session import StudySession

if TYPE_CHECKING:
    from ..project import ExportResult


class Choice(NamedTuple):
    format: str  # the facade's ExportFormat value
    dialect: str  # the facade's CsvDialect value (ignored outside CSV)
    suffix: str  # "" for CSV: a folder, one file per table


CHOICES = {
    "csv_fr": Choice("csv", "fr", ""),
    "csv_en": Choice("csv", "en", ""),
    "xlsx": Choice("xlsx", "fr", ".xlsx"),
    "json": Choice("json", "fr", ".json"),
}


class ExportDialog(QDialog, Ui_ExportDialog):
    """The form is ui/export_dialog.ui; its format list is in the order of CHOICES."""

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        keep_fitted(self)
        self.session = session
        self.export_result: ExportResult | None = None
        self._path_edited = False
        for index, key in enumerate(CHOICES):
            self.format.setItemData(index, key)
        self.destination.mode = "folder"
        self.destination.caption = self.tr("Export to")
        self.banner.action_clicked.connect(self.show_folder)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.anonymised.toggled.connect(self._suggest_path)
        self.destination.edited.connect(lambda: setattr(self, "_path_edited", True))
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self._format_changed()

    @property
    def choice(self) -> Choice:
        return CHOICES[str(self.format.currentData())]

    def choose(self, key: str) -> None:
        self.format.setCurrentIndex(self.format.findData(key))

    def _format_changed(self) -> None:
        choice = self.choice
        self.explain.setText({
            "csv": self.tr("A folder with one file per table and a dictionary of the columns. "
                           "Excel opens the files with a double click."),
            "xlsx": self.tr("One sheet per table and a dictionary sheet; amounts in euros, "
                            "shares as percentages."),
            "json": self.tr("The whole study in the interchange format, which Made in Local "
                            "can import again."),
        }[choice.format])
        self.destination.mode = "folder" if choice.format == "csv" else "save"
        self.destination.suffix = choice.suffix
        self.destination.name_filter = {
            ".xlsx": self.tr("Excel workbooks (*.xlsx)"),
            ".json": self.tr("JSON files (*.json)")}.get(choice.suffix, "")
        self._suggest_path()

    def _suggest_path(self) -> None:
        choice = self.choice
        current = self.destination.path
        if self._path_edited and current is not None:
            # The person's folder and name stay; only the ending follows the format.
            stem = current.name.removesuffix(current.suffix) if current.suffix in (
                ".xlsx", ".json") else current.name
            self.destination.set_path(current.with_name(stem + choice.suffix))
            return
        name = slug(self.session.study.name)
        if self.anonymised.isChecked():
            name += "-" + self.tr("anonymised")
        name += "-csv" if choice.format == "csv" else ""
        self.destination.set_path(file_dialogs.start_folder("export") / f"{name}{choice.suffix}")

    def problem(self) -> str:
        path = self.destination.path
        if path is None:
            return self.tr("Choose where to export")
        if self.choice.format == "csv":
            if path.exists() and not path.is_dir():
                return self.tr("{name} is a file: a CSV export needs a folder").format(
                    name=path.name)
        elif path.is_dir():
            return self.tr("{name} is a folder: choose a file name").format(name=path.name)
        if not path.parent.is_dir():
            return self.tr("The folder {path} does not exist").format(path=path.parent)
        return ""

    def export(self) -> None:
        wrong = self.problem()
        self.destination.set_message(wrong)
        if wrong or self.progress.busy:
            return
        path, choice = self.destination.path, self.choice
        anonymised = self.anonymised.isChecked()
        assert path is not None
        self.banner.clear()
        self.export_button.setEnabled(False)
        run_with_panel(self.session, self.progress, self.tr("Exporting…"),
                       lambda project, task: project.exchange.export(
                           path, format=choice.format, anonymised=anonymised,
                           csv_dialect=choice.dialect, progress=task.progress,
                           should_cancel=task.should_cancel),
                       on_done=self._exported, on_error=self._failed,
                       on_cancelled=self._cancelled)

    def _exported(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.export_result = result
        text = self.tr("Exported %Ln file(s) to {path}.", "", len(result.files)).format(
            path=result.path)
        self.banner.show_message(text, "info", action=self.tr("Show the folder"))

    def _cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.banner.show_message(self.tr("Export cancelled."), "info")

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        exchange_text.show_error(self.banner, error)

    def show_folder(self) -> None:
        done = self.export_result
        if done is not None:
            target = done.path if done.path.is_dir() else done.path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def reject(self) -> None:
        self.progress.cancel()
        super().reject()
