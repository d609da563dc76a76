"""Table models of the input-output view: the regional employment form and the multipliers.

Numbers are shown with QLocale (French: "5 590", "1,904") and typed the way people type them
("5 590", "5590", "5590,5"); the models hold plain floats.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from ..analysis.io_results import Column, IOMultipliers
from . import formatting, theme
from .widgets.numbers import NumberError, parse_decimal

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RAW = Qt.ItemDataRole.UserRole  # the unformatted value, for sorting and tests


def fixed(value: float | None, digits: int) -> str:
    """Always `digits` decimals, so a column of multipliers lines up ("1,900", not "1,9")."""
    return "—" if value is None else QLocale().toString(float(value), "f", digits)


class RegionalEmploymentModel(QAbstractTableModel):
    """Code, label, national employment and the editable regional employment (persons)."""

    CODE, LABEL, NATIONAL, REGIONAL = range(4)
    edited = Signal()
    refused = Signal(str)  # why a typed text was not accepted

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._codes: list[str] = []
        self._labels: list[str] = []
        self._national: list[float | None] = []
        self._regional: list[float | None] = []

    # -- content -----------------------------------------------------------------------------
    def set_sectors(self, sectors: Sequence[tuple[str, str]], national: Mapping[str, float],
                    regional: Mapping[str, float] | None = None) -> None:
        """New rows; typed values are kept for the codes the new table shares with the old."""
        kept = {c: v for c, v in zip(self._codes, self._regional, strict=True) if v is not None}
        if regional is not None:
            kept = dict(regional)
        self.beginResetModel()
        self._codes = [code for code, _ in sectors]
        self._labels = [label for _, label in sectors]
        self._national = [national.get(code) for code in self._codes]
        self._regional = [kept.get(code) for code in self._codes]
        self.endResetModel()

    def set_regional(self, values: Mapping[str, float]) -> None:
        self._regional = [values.get(code, current)
                          for code, current in zip(self._codes, self._regional, strict=True)]
        self.dataChanged.emit(self.index(0, self.REGIONAL),
                              self.index(self.rowCount() - 1, self.REGIONAL))
        self.edited.emit()

    def codes(self) -> list[str]:
        return list(self._codes)

    def regional(self) -> dict[str, float | None]:
        return dict(zip(self._codes, self._regional, strict=True))

    def totals(self) -> tuple[float, float]:
        """(regional, national) totals over the sectors filled in."""
        regional = sum(v for v in self._regional if v is not None)
        national = sum(v for v in self._national if v is not None)
        return regional, national

    def row_of(self, code: str) -> int:
        return self._codes.index(code) if code in self._codes else -1

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Code"), self.tr("Sector"), self.tr("National jobs"),
                self.tr("Regional jobs"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.REGIONAL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _above_national(self, row: int) -> bool:
        regional, national = self._regional[row], self._national[row]
        return regional is not None and national is not None and regional > national

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.CODE:
                return self._codes[row]
            if column == self.LABEL:
                return self._labels[row]
            value = self._national[row] if column == self.NATIONAL else self._regional[row]
            return formatting.number(value, 1 if role == Qt.ItemDataRole.EditRole else 0)
        if role == RAW:
            return (self._codes[row], self._labels[row], self._national[row],
                    self._regional[row])[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.NATIONAL:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.REGIONAL and self._above_national(row):
                return self.tr("Above national employment: type persons, not thousands")
            if column == self.LABEL:
                return self._labels[row]
        if role == Qt.ItemDataRole.BackgroundRole and column == self.REGIONAL:
            # The one column people type in, red where the figure cannot be right.
            return QBrush(theme.colour("error_bg" if self._above_national(row)
                                       else "editable_bg"))
        return None

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.REGIONAL:
            return False
        if isinstance(value, int | float):
            number: float | None = float(value)
        else:
            try:
                number = parse_decimal(str(value), formatting.decimal_point())
            except NumberError as error:
                self.refused.emit(self.tr("Negative employment is not possible")
                                  if error.kind == "negative"
                                  else self.tr("Type a number of persons, for example 5 590"))
                return False
        if number is not None and number < 0:
            self.refused.emit(self.tr("Negative employment is not possible"))
            return False
        self._regional[index.row()] = number
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


# (column of Project.io.multipliers(), decimals); the headers are translated in `headers()`.
MULTIPLIER_COLUMNS: tuple[tuple[Column, int], ...] = (
    ("output_multipliers", 3),
    ("output_multipliers_type2", 3),
    ("value_added_effects", 3),
    ("income_effects", 3),
    ("income_multipliers_type1", 3),
    ("income_multipliers_type2", 3),
    ("jobs_per_million_eur", 1),
)


class MultipliersModel(QAbstractTableModel):
    """Read-only: one row per sector, the columns the result has (Type II only when closed)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._result: IOMultipliers | None = None
        self._columns: list[tuple[Column, int]] = []

    def headers(self, *, one_line: bool = False) -> dict[str, str]:
        """Column titles on two short lines (numeric columns stay narrow); `one_line` for
        the headers of exported files."""
        titles = {
            "sectors": self.tr("Code"),
            "labels": self.tr("Sector"),
            "output_multipliers": self.tr("Output\n(Type I)"),
            "output_multipliers_type2": self.tr("Output\n(Type II)"),
            "value_added_effects": self.tr("Value added\nper €"),
            "income_effects": self.tr("Income\nper €"),
            "income_multipliers_type1": self.tr("Income\n(Type I)"),
            "income_multipliers_type2": self.tr("Income\n(Type II)"),
            "jobs_per_million_eur": self.tr("Jobs\nper M€"),
            "column_sources": self.tr("Local\npurchases"),
        }
        if one_line:
            return {key: " ".join(text.split()) for key, text in titles.items()}
        return titles

    def source_label(self, source: str | None) -> str:
        if source == "survey":
            return self.tr("Survey")
        if source == "national":
            return self.tr("National")
        return (source or "").upper()

    def set_result(self, result: IOMultipliers | None) -> None:
        self.beginResetModel()
        self._result = result
        self._columns = [] if result is None else [
            (key, digits) for key, digits in MULTIPLIER_COLUMNS
            if any(v is not None for v in result.column(key) or ())]
        self.endResetModel()

    def value(self, row: int, key: str) -> Any:
        result = self._result
        if result is None:
            return None
        if key == "sectors":
            return result.sectors[row]
        if key == "labels":
            return result.names[row]
        if key == "column_sources":
            return result.column_sources.get(result.sectors[row])
        values = result.column(cast("Column", key))
        return None if values is None else values[row]

    def column_keys(self) -> list[str]:
        return ["sectors", "labels", *(k for k, _ in self._columns), "column_sources"]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._result is None else len(self._result.sectors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._result is None else len(self.column_keys())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._result is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[self.column_keys()[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.column_keys()[index.column()]
        value = self.value(index.row(), key)
        digits = dict[str, int](self._columns).get(key)
        if role == RAW:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "column_sources" and self._result is not None:
                observed = self._result.survey_shares.get(self._result.sectors[index.row()])
                if value == "survey" and observed:  # the measured share, next to its source
                    return f"{self.source_label(value)} {formatting.percent(observed['share'], 0)}"
                return self.source_label(value)
            if digits is not None:
                return fixed(value, digits)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and digits is not None:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and key == "labels":
            return value
        return None
