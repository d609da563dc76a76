"""File → PDF report… and Shop feedback sheets…: a small dialog, then the work on the worker
with the main window's progress bar and Cancel, then the PDF opens in the system's viewer.

The figures and the file are the facade's (`Project.report`, `Project.shop_sheets`); this module
only asks where and in which language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from . import file_dialogs

if TYPE_CHECKING:
    from .main_window import MainWindow


def _default_lang() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class ReportDialog(QDialog):
    """Where to write, in which language; for the sheets, which shops and how many files."""

    def __init__(self, suggested: Path, *, sheets: bool,
                 shops: list[tuple[str, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheets = sheets
        self.setWindowTitle(self.tr("Shop feedback sheets") if sheets else self.tr("PDF report"))
        self.language = QComboBox()
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if _default_lang() == "fr" else 1)
        self.path = QLineEdit(str(suggested))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&File:"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.all_shops = QRadioButton(self.tr("&All interviewed shops"))
        self.some_shops = QRadioButton(self.tr("&Only the shops ticked below"))
        self.shop_list = QListWidget()
        self.one_per_shop = QCheckBox(self.tr("One &file per shop"))
        if sheets:
            self.all_shops.setChecked(True)
            self.some_shops.toggled.connect(self.shop_list.setEnabled)
            self.shop_list.setEnabled(False)
            for shop_id, name in shops or []:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, shop_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.shop_list.addItem(item)
            for widget in (self.all_shops, self.some_shops, self.shop_list, self.one_per_shop):
                layout.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = buttons.addButton(self.tr("&Write the PDF"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = file_dialogs.save_file(self, "export", self.windowTitle(), self.path.text(),
                                         self.tr("PDF documents (*.pdf)"))
        if path is not None:
            chosen = str(path)
            self.path.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def chosen_shops(self) -> str | list[str]:
        if not self.sheets or self.all_shops.isChecked():
            return "all"
        return [self.shop_list.item(k).data(Qt.ItemDataRole.UserRole)
                for k in range(self.shop_list.count())
                if self.shop_list.item(k).checkState() == Qt.CheckState.Checked]

    def options(self) -> dict[str, Any]:
        found: dict[str, Any] = {"out": Path(self.path.text().strip()),
                                 "lang": self.language.currentData()}
        if self.sheets:
            found.update(shops=self.chosen_shops(), one_per_shop=self.one_per_shop.isChecked())
        return found


class ReportMenu(QObject):
    """The two File menu commands; `opener` is replaced in tests (no viewer offscreen)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ReportDialog | None = None
        self.opener: Callable[[Path], object] = \
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"report_pdf": self.report_pdf, "shop_sheets": self.shop_sheets}

    def _suggested(self, suffix: str) -> Path:
        session = self.window.session
        study = session.path if session is not None else Path.home() / "etude.madeinlocal"
        return study.with_name(f"{study.stem}-{suffix}.pdf")

    def report_pdf(self) -> None:
        self._open(ReportDialog(self._suggested(self.tr("report")), sheets=False,
                                parent=self.window))

    def shop_sheets(self) -> None:
        session = self.window.session
        if session is None:
            return

        def shops(project: Any) -> list[tuple[str, str]]:
            interviewed = {i.business_id for i in project.interviews.list()}
            return sorted(((b.id, b.name) for b in project.businesses.list()
                           if b.id in interviewed), key=lambda pair: pair[1].lower())

        session.run(shops, on_done=lambda found: self._open(ReportDialog(
            self._suggested(self.tr("shops")), sheets=True, shops=found, parent=self.window)),
            on_error=self.window._show_study_error)

    def _open(self, dialog: ReportDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._write(dialog.options()))
        dialog.open()

    def _write(self, options: dict[str, Any]) -> None:
        session = self.window.session
        if session is None:
            return
        sheets = "shops" in options

        def work(project: Any, task: Any) -> Path:
            if sheets:
                written = project.shop_sheets(progress=task.progress, cancel=task.should_cancel,
                                              **options)
                return written[0] if len(written) == 1 else written[0].parent
            return project.report(progress=task.progress, cancel=task.should_cancel,
                                  **options)

        label = self.tr("Writing the shop sheets…") if sheets else self.tr("Writing the report…")
        session.run_long(label, work, on_done=self._written,
                         on_error=self.window._show_study_error)

    def _written(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Written: {path}").format(path=path),
                                            10_000)
        self.opener(path)
