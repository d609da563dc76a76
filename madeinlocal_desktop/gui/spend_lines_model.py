"""The spending lines of an interview as a Qt table; every edit goes through the undo stack.

A value that fails its check (a negative amount, a share of 130 %) is not stored: the cell keeps
the typed text in red with the reason, and the line keeps its last valid value, so autosave never
writes anything invalid.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QUndoStack

from ..domain import Category, R2Rule, RespendSource, SpendLine, new_id
from . import formatting, labels, theme
from .interview_commands import AddLine, RemoveLine, SetCells
from .widgets.numbers import NumberError, parse_amount, parse_percent

AnyIndex = QModelIndex | QPersistentModelIndex
CATEGORY, AMOUNT, LOCAL_SHARE, LOCAL_AMOUNT, RESPEND_SHARE, RESPEND_SOURCE = range(6)
EDITABLE = (CATEGORY, AMOUNT, LOCAL_SHARE, RESPEND_SHARE, RESPEND_SOURCE)
_FIELDS = {CATEGORY: "category", AMOUNT: "amount", LOCAL_SHARE: "local_share",
           RESPEND_SHARE: "respend_share", RESPEND_SOURCE: "respend_source"}



class SpendLinesModel(QAbstractTableModel):
    changed = Signal()  # a stored value changed: time to autosave
    errors_changed = Signal()

    def __init__(self, categories: list[Category], undo_stack: QUndoStack) -> None:
        super().__init__()
        self.categories = categories
        self._labels = {c.code: labels.category(c) for c in categories}
        self._shared = {c.code for c in categories if c.r2_rule == R2Rule.SHARE}
        self.undo_stack = undo_stack
        self.lines: list[SpendLine] = []
        self.invalid: dict[tuple[str, int], tuple[str, str]] = {}  # (line, column) → text, why
        self.read_only = False

    # -- loading and reading -----------------------------------------------------------------

    def set_lines(self, lines: list[SpendLine]) -> None:
        self.beginResetModel()
        self.lines = [dataclasses.replace(line) for line in lines]
        self.invalid.clear()
        self.endResetModel()
        self.errors_changed.emit()

    def category_label(self, code: str) -> str:
        return self._labels.get(code, code)

    def errors(self) -> list[str]:
        rows = {line.id: number for number, line in enumerate(self.lines, start=1)}
        return [self.tr("Line {number}: {problem}").format(number=rows[line_id], problem=why)
                for (line_id, _column), (_text, why) in sorted(
                    self.invalid.items(), key=lambda item: rows.get(item[0][0], 0))
                if line_id in rows]

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Spending category"), self.tr("Amount (€)"), self.tr("Local share"),
                self.tr("of which local (€)"), self.tr("Re-spend share"),
                self.tr("Source"))[section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line, column = self.lines[index.row()], index.column()
        invalid = self.invalid.get((line.id, column))
        if role == Qt.ItemDataRole.DisplayRole:
            return invalid[0] if invalid else self._display(line, column)
        if role == Qt.ItemDataRole.EditRole:
            if invalid:
                return invalid[0]
            if column == CATEGORY:
                return line.category
            if column == RESPEND_SOURCE:
                return str(line.respend_source or "")
            if self._automatic(line, column) or self._not_answered(line, column):
                return ""
            return self._display(line, column).replace("\u00a0%", "").replace("%", "")
        if role == Qt.ItemDataRole.BackgroundRole and invalid:
            return QBrush(theme.colour("error_bg"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if invalid:
                return invalid[1]
            if self._automatic(line, column):
                return self.tr("Left empty: the analysis uses the mean of the survey answers "
                               "for this group, else the input-output estimate, else the "
                               "study's default. It is an estimate, not a missing answer. "
                               "Asked and not answered? Choose the source \"Survey answer\".")
            if self._not_answered(line, column):
                return self.tr("Asked and not answered: counted as a missing answer and "
                               "filled in by the analysis, with bounds")
            return None
        if role == Qt.ItemDataRole.FontRole and self._automatic(line, column):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (CATEGORY,
                                                                         RESPEND_SOURCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (column == LOCAL_AMOUNT
                                                       or self._automatic(line, column)):
            return QBrush(theme.colour("secondary"))
        return None

    def _display(self, line: SpendLine, column: int) -> str:
        if column == CATEGORY:
            return self.category_label(line.category) if line.category else ""
        if column == AMOUNT:
            return formatting.money(line.amount, symbol=False)
        if column == LOCAL_SHARE:
            return formatting.percent(line.local_share, 2)
        if column == LOCAL_AMOUNT:
            if line.amount is None or line.local_share is None:
                return ""
            return formatting.money(round(line.amount * line.local_share), symbol=False)
        if column == RESPEND_SHARE:
            if self._automatic(line, column):
                return self.tr("automatic")
            if self._not_answered(line, column):
                return self.tr("not answered")
            return formatting.percent(line.respend_share, 2)
        return labels.respend_source(line.respend_source)

    def _automatic(self, line: SpendLine, column: int) -> bool:
        """A re-spend share left for the analysis to fill in (only where it is needed)."""
        return column == RESPEND_SHARE and line.respend_automatic \
            and line.category in self._shared

    def _not_answered(self, line: SpendLine, column: int) -> bool:
        return column == RESPEND_SHARE and line.respend_not_answered \
            and line.category in self._shared

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        line, column = self.lines[index.row()], index.column()
        try:
            new = self._parse(column, value)
        except NumberError as error:
            self.invalid[(line.id, column)] = (str(value), self._why(column, error.kind))
            self._refresh(index.row())
            self.errors_changed.emit()
            return True
        was_invalid = self.invalid.pop((line.id, column), None) is not None
        changes = {column: new}
        if column == RESPEND_SHARE:  # a typed share is a survey answer unless said otherwise
            if new is None:
                changes[RESPEND_SOURCE] = None
            elif line.respend_source is None:
                changes[RESPEND_SOURCE] = RespendSource.SURVEY
        old = {c: getattr(line, _FIELDS[c]) for c in changes}
        if old != changes:
            self.undo_stack.push(SetCells(self, line.id, old, changes, index.row() + 1))
        elif was_invalid:
            self._refresh(index.row())
        if was_invalid:
            self.errors_changed.emit()
        return True

    @staticmethod
    def _parse(column: int, value: Any) -> Any:
        text = "" if value is None else str(value)
        point = formatting.decimal_point()
        if column == AMOUNT:
            return parse_amount(text, point)
        if column in (LOCAL_SHARE, RESPEND_SHARE):
            return parse_percent(text, point)
        if column == RESPEND_SOURCE:
            return RespendSource(text) if text else None
        return text

    def _why(self, column: int, kind: str) -> str:
        if column == AMOUNT:
            if kind == "negative":
                return self.tr("the amount cannot be negative")
            if kind == "decimals":
                return self.tr("the amount has more than two decimals")
            return self.tr("the amount is not a number")
        what = self.tr("the local share") if column == LOCAL_SHARE \
            else self.tr("the re-spend share")
        if kind in ("range", "negative"):
            return self.tr("{what} must be between 0 and 100 %").format(what=what)
        return self.tr("{what} is not a percentage").format(what=what)

    def _refresh(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- edits (called by the undo commands) -------------------------------------------------

    def row_of(self, line_id: str) -> int:
        return next(i for i, line in enumerate(self.lines) if line.id == line_id)

    def apply_cells(self, line_id: str, values: dict[int, Any]) -> None:
        row = self.row_of(line_id)
        self.lines[row] = dataclasses.replace(
            self.lines[row], **{_FIELDS[c]: v for c, v in values.items()})
        for column in values:
            self.invalid.pop((line_id, column), None)
        self._refresh(row)
        self.errors_changed.emit()
        self.changed.emit()

    def insert_line(self, row: int, line: SpendLine) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.insert(row, line)
        self.endInsertRows()
        self.changed.emit()

    def take_line(self, line_id: str) -> tuple[int, SpendLine]:
        row = self.row_of(line_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        line = self.lines.pop(row)
        self.endRemoveRows()
        self.invalid = {k: v for k, v in self.invalid.items() if k[0] != line_id}
        self.errors_changed.emit()
        self.changed.emit()
        return row, line

    # -- user actions ------------------------------------------------------------------------

    def add_line(self) -> int:
        row = len(self.lines)
        self.undo_stack.push(AddLine(self, row, SpendLine(id=new_id(), category="", amount=None,
                                                          local_share=None)))
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.undo_stack.push(RemoveLine(self, self.lines[row].id))
