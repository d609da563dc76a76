"""Table models of the impact views: one generic read-only model, its columns declared by the view.

A column is a key of the row dicts, a header, a formatter (QLocale numbers: "1 158", "48,5 M€")
and optionally a tooltip; the unformatted value is under `RAW` for sorting and tests.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from . import formatting, theme

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RAW = Qt.ItemDataRole.UserRole
KEY = Qt.ItemDataRole.UserRole + 1  # the row's own key (sector code, ownership...)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    text: Callable[[Any], str]
    numeric: bool = True
    tooltip: Callable[[Mapping[str, Any]], str] | None = None


def jobs(value: Any, decimals: int = 0) -> str:
    return "—" if value is None else QLocale().toString(float(value), "f", decimals)


def euros(value: Any) -> str:
    return "—" if value is None else formatting.money(round(float(value)) * 100)


def millions(value: Any) -> str:
    """12 345 678 → "12,3 M€": columns of large amounts stay narrow."""
    if value is None:
        return "—"
    text = QLocale().toString(float(value) / 1e6, "f", 1)
    return f"{text}\u00a0M€"


class RowsModel(QAbstractTableModel):
    """Rows of dicts under declared columns; a row with `section` set is a heading line."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = []
        self._rows: list[Mapping[str, Any]] = []

    def set_rows(self, columns: Sequence[Column], rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._columns, self._rows = list(columns), list(rows)
        self.endResetModel()

    def row(self, number: int) -> Mapping[str, Any]:
        return self._rows[number]

    def keys(self) -> list[str]:
        return [c.key for c in self._columns]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self._columns[section].numeric else LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        heading = bool(row.get("section"))
        if role == Qt.ItemDataRole.DisplayRole:
            if heading:
                return row["section"] if index.column() == 0 else ""
            return column.text(row.get(column.key))
        if role == RAW:
            return None if heading else row.get(column.key)
        if role == KEY:
            return row.get("key") or row.get("code")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.numeric and not heading else LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None and not heading:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.BackgroundRole and heading:
            return QBrush(theme.colour("section_bg"))
        if role == Qt.ItemDataRole.FontRole and (heading or row.get("total")):
            font = QFont()
            font.setBold(True)
            return font
        return None


class PinnedTotals(QSortFilterProxyModel):
    """Sorts on `RAW`, but a total row stays at the bottom whichever way the column sorts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(RAW)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        a, b = (bool(model.row(i.row()).get("total")) for i in (left, right))
        if a != b:  # the total goes last: "less" only when ascending puts it after
            return b if self.sortOrder() == Qt.SortOrder.AscendingOrder else a
        x, y = left.data(RAW), right.data(RAW)
        if x is None or y is None:
            return x is None and y is not None
        return bool(x < y)
