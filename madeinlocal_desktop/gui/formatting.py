"""Numbers shown the way the interface's language writes them (QLocale: "12 500,50 €")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

if TYPE_CHECKING:  # a type alias only; the domain is not imported before the first window
    from ..domain import Cents


def decimal_point() -> str:
    return QLocale().decimalPoint()


def money(cents: Cents | None, *, symbol: bool = True, always_cents: bool = False) -> str:
    """1250050 → "12 500,50 €"; whole euros drop the ",00" unless `always_cents`."""
    if cents is None:
        return ""
    decimals = 2 if always_cents or cents % 100 else 0
    text = QLocale().toString(cents / 100, "f", decimals)
    return f"{text}\u00a0€" if symbol else text


def _trimmed(value: float, decimals: int) -> str:
    """Up to `decimals` decimals, trailing zeros dropped: 42.10 → "42,1", 80.00 → "80"."""
    text = QLocale().toString(round(value, decimals), "f", decimals)
    point = QLocale().decimalPoint()
    if decimals and point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def percent(share: float | None, decimals: int = 1, *, symbol: bool = True) -> str:
    """0.4542 → "45,4 %" (French puts a no-break space before %)."""
    if share is None:
        return ""
    text = _trimmed(share * 100, decimals)
    if not symbol:
        return text
    return f"{text}\u00a0%" if QLocale().language() == QLocale.Language.French else f"{text}%"


def number(value: float | None, decimals: int = 1) -> str:
    return "" if value is None else _trimmed(float(value), decimals)
