"""The list of interviews beside the form: shop, date, status; searched as you type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt

from ..domain import Interview, InterviewStatus
from . import labels
from .paged_rows import PagedFilter, PreparedRows, PreparedTableModel, prepare
from .text import search_key

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 20
SORT_ROLE = Qt.ItemDataRole.UserRole + 21
BUSINESS, DATE, STATUS = range(3)


_STATUSES = {str(status): n for n, status in enumerate(InterviewStatus)}


def _search(row: dict[str, Any]) -> str:
    return search_key(f"{row['business_name'] or ''} {row['surveyor'] or ''}")


def _sort_keys(row: dict[str, Any]) -> tuple[Any, ...]:
    return search_key(row["business_name"] or ""), row["date"], _STATUSES[row["status"]]


def prepare_rows(summaries: list[dict[str, Any]]) -> PreparedRows[dict[str, Any]]:
    """On the worker: project.interviews.list_summaries() with their search and sort keys."""
    return prepare(summaries, _search, _sort_keys, 3)


class InterviewListModel(PreparedTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.headers = [self.tr("Business"), self.tr("Date"), self.tr("Status")]

    @property
    def rows(self) -> list[dict[str, Any]]:
        return self.prepared.rows

    def set_rows(self, rows: PreparedRows[dict[str, Any]] | list[dict[str, Any]]) -> None:
        self.set_prepared(rows if isinstance(rows, PreparedRows) else prepare_rows(rows))

    def row_of(self, interview_id: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r["id"] == interview_id), None)

    def update_from(self, interview: Interview, business_name: str) -> None:
        """After an autosave: refresh one row without reading the whole list again."""
        row = self.row_of(interview.id)
        if row is None:
            return
        self.rows[row] = dict(self.rows[row], date=interview.date, status=str(interview.status),
                              business_id=interview.business_id, business_name=business_name)
        self.prepared.searches[row] = _search(self.rows[row])  # the order waits for a reload
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

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
            return _sort_keys(row)[column]
        return None


class InterviewFilter(PagedFilter):
    """Search a shop or a surveyor as you type, and a status filter, over every interview."""

    def __init__(self) -> None:
        super().__init__()
        self._status: str | None = None

    def set_search(self, text: str) -> None:
        self.set_words(search_key(text).split())

    def set_status(self, status: str | None) -> None:
        self._status = status
        self._refresh()

    def accepted(self) -> list[bool] | None:
        if not self._status:
            return None
        wanted = self._status
        return [row["status"] == wanted for row in self._prepared.rows]
