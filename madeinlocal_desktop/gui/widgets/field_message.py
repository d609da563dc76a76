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

    @classmethod
    def in_place_of(cls, field: QWidget) -> FieldWithMessage:
        """Wrap a field that a Designer form laid out, where it stands in its layout."""
        container = field.parentWidget()
        layout = container.layout() if container is not None else None
        assert layout is not None, "the field must be laid out in its parent"
        spot = QWidget(container)
        layout.replaceWidget(field, spot)  # searches the nested layouts too
        holder = cls(field, container)
        layout.replaceWidget(spot, holder)
        spot.deleteLater()
        return holder

    @property
    def error(self) -> str:
        return self.message.text() if self.message.property("level") == "error" else ""

    def set_message(self, text: str, level: str = "error") -> None:
        mark_invalid(self.field, bool(text) and level == "error")
        self.message.setProperty("level", level if text else "")
        theme.set_role(self.message, level)  # coloured by resources/style.qss
        self.message.setText(text)
        self.message.setVisible(bool(text))
