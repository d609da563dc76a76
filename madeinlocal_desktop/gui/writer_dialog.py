""""Who is typing on this computer?": the dialog behind the status bar's writer badge."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .widgets.field_message import FieldWithMessage


class WriterDialog(QDialog):
    """"Who is typing on this computer?": the kit's surveyors offered, any name accepted."""

    def __init__(self, choices: list[str], current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is typing on this computer?"))
        explain = QLabel(self.tr(
            "Your name signs what you type in this study file on this computer: the history, "
            "the bundles you send and the conflicts others see. Choose it once."))
        explain.setWordWrap(True)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(choices)
        self.name.setCurrentText(current or "")
        line = self.name.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Your first and last name"))
        self.name_field = FieldWithMessage(self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.name_field)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def chosen(self) -> str:
        return self.name.currentText().strip()

    def _accept(self) -> None:
        if not self.chosen():
            self.name_field.set_message(self.tr("Type your name"))
            return
        self.accept()
