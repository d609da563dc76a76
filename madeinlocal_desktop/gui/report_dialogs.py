"""File → PDF report… and Shop feedback sheets…: a small dialog, then the work on the worker
with the main window's progress bar and Cancel, then the PDF opens in the system's viewer.

The figures and the file are the facade's (`Project.report`, `Project.shop_sheets`); this module
only asks where and in which language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
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
    pass


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
