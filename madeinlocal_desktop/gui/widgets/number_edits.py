"""Line edits for amounts, percentages and decimals, with the check shown in the field itself.

They emit `value_edited` only with a valid value (None when emptied), so nothing invalid ever
reaches the record; an invalid text stays visible, framed in red, with `error` saying why. While
the text is invalid the record goes back to the value from before the typing began: "130 %" typed
key by key must not leave the "13 %" it passed through.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from .. import formatting
from .numbers import NumberError, parse_amount, parse_decimal, parse_percent


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Flip the `invalid` property the application style sheet draws in red."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class NumberEdit(QLineEdit):
    value_edited = Signal(object)  # the new valid value, or None when emptied
    error_changed = Signal(str)  # "" once the text is acceptable again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: object = None
        self._typing_from: object = None  # the value when the current typing began
        self._typing = False
        self.error = ""
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setClearButtonEnabled(False)
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._tidy)

    # -- to override -------------------------------------------------------------------------

    def parse(self, text: str) -> object:
        raise NotImplementedError

    def display(self, value: object) -> str:
        raise NotImplementedError

    def message(self, kind: str) -> str:
        raise NotImplementedError

    # -- behaviour ---------------------------------------------------------------------------

    def value(self) -> object:
        return self._value

    def set_value(self, value: object) -> None:
        """Show a stored value (no signal: this is not an edit)."""
        self._value = value
        self._typing = False
        self.setText(self.display(value))
        self._set_error("")

    def check_text(self, text: str) -> tuple[object, str]:
        """(value, "") for an acceptable text, (None, message) otherwise."""
        try:
            return self.parse(text), ""
        except NumberError as error:
            return None, self.message(error.kind)

    def _on_text_edited(self, text: str) -> None:
        if not self._typing:
            self._typing, self._typing_from = True, self._value
        value, error = self.check_text(text)
        self._set_error(error)
        if error:
            value = self._typing_from
        if value != self._value:
            self._value = value
            self.value_edited.emit(value)

    def _tidy(self) -> None:
        self._typing = False
        if not self.error:
            self.setText(self.display(self._value))

    def _set_error(self, error: str) -> None:
        mark_invalid(self, bool(error))
        self.setToolTip(error)
        if error != self.error:
            self.error = error
            self.error_changed.emit(error)


class MoneyEdit(NumberEdit):
    """Euros, typed "12 500,50" (or "12500.5" on a numeric keypad); the value is in cents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("amount in €"))

    def parse(self, text: str) -> object:
        return parse_amount(text, formatting.decimal_point())

    def display(self, value: object) -> str:
        return formatting.money(value, symbol=False)  # type: ignore[arg-type]

    def message(self, kind: str) -> str:
        if kind == "negative":
            return self.tr("An amount cannot be negative")
        if kind == "decimals":
            return self.tr("At most two decimals (cents)")
        return self.tr("Type an amount in euros, for example {example}").format(
            example=formatting.money(1250050, symbol=False))


class PercentEdit(NumberEdit):
    """A share typed as a percentage ("80", "42,1"); the value is in [0, 1]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("%")

    def parse(self, text: str) -> object:
        return parse_percent(text, formatting.decimal_point())

    def display(self, value: object) -> str:
        return formatting.percent(value, 2, symbol=False)  # type: ignore[arg-type]

    def message(self, kind: str) -> str:
        if kind in ("range", "negative"):
            return self.tr("A share must be between 0 and 100 %")
        return self.tr("Type a percentage between 0 and 100, for example {example}").format(
            example=formatting.number(42.5))


class DecimalEdit(NumberEdit):
    """A non-negative decimal such as a head count in full-time equivalents ("2,5")."""

    def parse(self, text: str) -> object:
        return parse_decimal(text, formatting.decimal_point())

    def display(self, value: object) -> str:
        return formatting.number(value, 2)  # type: ignore[arg-type]

    def message(self, kind: str) -> str:
        if kind == "negative":
            return self.tr("This number cannot be negative")
        return self.tr("Type a number, for example {example}").format(
            example=formatting.number(2.5))
