"""Preferences: language, light or dark, surveyor name, what to open at start-up, how many days
of automatic copies to keep. Applied on OK."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .settings import AppSettings


class PreferencesDialog(QDialog):
    language_changed = Signal(str)  # "fr", "en" or "" (the system's)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        # Each language is named in itself, so it can be found whatever is on screen now.
        self.language.addItem(self.tr("The system's language"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self.theme = QComboBox()
        self.theme.addItem(self.tr("The system's appearance"), "")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme())))
        self.surveyor = QLineEdit(settings.surveyor())
        self.surveyor.setPlaceholderText(self.tr("filled in on new interviews"))
        self.reopen = QCheckBox(self.tr("Reopen the last study at start-up"))
        self.reopen.setChecked(settings.reopen_last())
        self.backup_days = QSpinBox()
        self.backup_days.setRange(1, 365)
        self.backup_days.setValue(settings.backup_days())
        self.backup_days.setSuffix(self.tr(" days"))
        self.backup_days.setToolTip(self.tr("Each open study is copied once a day into the "
                                            "application's data folder; older copies are "
                                            "deleted (File → Restore a backup…)"))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Appearance"), self.theme)
        form.addRow(self.tr("Surveyor's name"), self.surveyor)
        form.addRow(self.reopen)
        form.addRow(self.tr("Keep automatic copies for"), self.backup_days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        language = str(self.language.currentData())
        changed = language != self.settings.language()
        self.settings.set_language(language)
        chosen_theme = str(self.theme.currentData())
        if chosen_theme != self.settings.theme():
            self.settings.set_theme(chosen_theme)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.choose(app, chosen_theme)
        self.settings.set_surveyor(self.surveyor.text())
        self.settings.set_reopen_last(self.reopen.isChecked())
        self.settings.set_backup_days(self.backup_days.value())
        super().accept()
        if changed:
            self.language_changed.emit(language)
