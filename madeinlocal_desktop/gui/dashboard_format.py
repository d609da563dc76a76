"""Numbers on the dashboard's labels, written the way the user's locale writes them (QLocale).

French first: "1,38", "12 500 €", "26,9 %". The charts use the same conventions without Qt
(analysis/chart_format.py), so a label and the chart beside it always agree.
"""

from __future__ import annotations

import math
from typing import TypeVar

from PySide6.QtCore import QLocale, QObject

NBSP = "\u00a0"

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget the object name that the style sheet and the tests find it by."""
    widget.setObjectName(name)
    return widget


def chart_lang(locale: QLocale) -> str:
    """The charts speak French or English; French users first, English for everyone else."""
    return "fr" if locale.language() == QLocale.Language.French else "en"


class Numbers:
    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale if locale is not None else QLocale()
        self.french = chart_lang(self.locale) == "fr"

    def decimal(self, value: float | None, digits: int = 2) -> str:
        if value is None or not math.isfinite(value):
            return "—"
        return self.locale.toString(float(value), "f", digits)

    def euros(self, value: float | None, *, signed: bool = False) -> str:
        if value is None or not math.isfinite(value):
            return "—"
        rounded = float(round(value))
        sign = "+" if signed and rounded > 0 else ""
        if self.french:  # QLocale's currency format adds cents; a yearly total needs none
            return f"{sign}{self.locale.toString(rounded, 'f', 0)}{NBSP}€"
        return sign + self.locale.toCurrencyString(rounded, "€", 0)

    def percent(self, share: float | None, digits: int = 1) -> str:
        if share is None or not math.isfinite(share):
            return "—"
        number = self.locale.toString(float(share) * 100, "f", digits)
        return f"{number}{NBSP}%" if self.french else f"{number}%"

    def interval(self, pair: list[float | None] | tuple[float, float] | None,
                 digits: int = 2) -> str:
        if not pair or pair[0] is None or pair[1] is None:
            return "—"
        return f"{self.decimal(pair[0], digits)} – {self.decimal(pair[1], digits)}"

    def parse(self, text: str) -> float:
        """The inverse of `decimal` (tests read labels back the user's way)."""
        value, ok = self.locale.toDouble(text.strip())
        if not ok:
            raise ValueError(f"{text!r} is not a number in {self.locale.name()}")
        return float(value)
