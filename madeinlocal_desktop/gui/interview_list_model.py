"""The list of interviews beside the form: shop, date, status; searched as you type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..domain import Interview, InterviewStatus
from . import labels
from .qt_compat import change_filter
from .text import search_key

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 20
SORT_ROLE = Qt.ItemDataRole.UserRole + 21
BUSINESS, DATE, STATUS = range(3)


class InterviewListModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []  # project.interviews.list_summaries()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, interview_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r["id"] == interview_id), None)

    def update_from(self, interview: Interview, business_name: str) -> None:
        """After an autosave: refresh one row without reading the whole list again."""
        row = self.row_of(interview.id)
        if row is None:
            return
        self.rows[row] = dict(self.rows[row], date=interview.date, status=str(interview.status),
                              business_id=interview.business_id, business_name=business_name)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Business"), self.tr("Date"),
                self.tr("Status"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == BUSINESS:
                return row["business_name"] or "—"
            if column == DATE:
                date = QDate.fromString(row["date"], Qt.DateFormat.ISODate)
                return QLocale().toString(date, QLocale.FormatType.ShortFormat)
            return labels.status(row["status"])
        if role == SORT_ROLE:
            if column == DATE:
                return row["date"]
            if column == STATUS:
                return list(InterviewStatus).index(InterviewStatus(row["status"]))
            return search_key(row["business_name"] or "")
        return None


class InterviewFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self._status: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        change_filter(self, lambda: setattr(self, "_words", search_key(text).split()))

    def set_status(self, status: str | None) -> None:
        change_filter(self, lambda: setattr(self, "_status", status))

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, InterviewListModel)
        item = model.rows[row]
        if self._status and item["status"] != self._status:
            return False
        text = search_key(f"{item['business_name'] or ''} {item['surveyor'] or ''}")
        return all(word in text for word in self._words)
