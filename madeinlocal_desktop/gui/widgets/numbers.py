"""Reading and writing amounts and percentages the way surveyors type them.

French first: "12 500,50" is twelve thousand five hundred euros and fifty cents; the numeric
keypad's "." also works as a decimal mark ("12500.5"). In English, "12,500.50". Pure Python so
the rules are tested without widgets; the widgets turn `NumberError.kind` into a translated
message.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a type alias only: the domain is not imported before the first window
    from ...domain import Cents

_SPACES = re.compile(r"[\s\u00a0\u202f']")  # spaces, no-break spaces, Swiss apostrophe
_GROUPED = re.compile(r"^\d{1,3}([.,]\d{3})+$")


class NumberError(ValueError):
    """Why a text is not an acceptable number: "not_number", "negative", "decimals", "range"."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def _decimal(text: str, decimal_point: str) -> Decimal | None:
    raw = _SPACES.sub("", text).replace("€", "").replace("%", "")
    if raw == "":
        return None
    negative = raw.startswith(("-", "−"))
    if negative:
        raw = raw[1:]
    group_mark = "." if decimal_point == "," else ","
    if decimal_point in raw:
        raw = raw.replace(group_mark, "").replace(decimal_point, ".")
    elif group_mark in raw:
        if _GROUPED.match(raw):  # "12.500" or "12,500": thousands
            raw = raw.replace(group_mark, "")
        elif raw.count(group_mark) == 1:  # "12500.5" from a numeric keypad: a decimal mark
            raw = raw.replace(group_mark, ".")
        else:
            raise NumberError("not_number")
    if not re.fullmatch(r"\d+(\.\d*)?|\.\d+", raw):
        raise NumberError("not_number")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise NumberError("not_number") from None
    if negative and value != 0:
        raise NumberError("negative")
    return value


def parse_amount(text: str, decimal_point: str = ",") -> Cents | None:
    """Euros typed by a person → exact cents; empty → None (not answered, never zero)."""
    value = _decimal(text, decimal_point)
    if value is None:
        return None
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise NumberError("decimals")
    return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def parse_percent(text: str, decimal_point: str = ",") -> float | None:
    """A percentage typed as "80", "80 %" or "42,1" → a share in [0, 1]; empty → None."""
    value = _decimal(text, decimal_point)
    if value is None:
        return None
    if value > 100:
        raise NumberError("range")
    return float(value / 100)


def parse_decimal(text: str, decimal_point: str = ",") -> float | None:
    """A plain non-negative number such as a head count in full-time equivalents ("2,5")."""
    value = _decimal(text, decimal_point)
    return None if value is None else float(value)
