"""A field with its own message line underneath: where a check says what is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .. import theme
from .number_edits import mark_invalid


class FieldWithMessage(QWidget):
    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.message)
        self.setFocusProxy(field)

    @property
    def error(self) -> str:
        return self.message.text() if self.message.property("level") == "error" else ""

    def set_message(self, text: str, level: str = "error") -> None:
        mark_invalid(self.field, bool(text) and level == "error")
        self.message.setProperty("level", level if text else "")
        theme.set_role(self.message, level)  # coloured by resources/style.qss
        self.message.setText(text)
        self.message.setVisible(bool(text))
