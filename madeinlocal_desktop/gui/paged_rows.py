"""Long lists shown a page at a time, searched and sorted over every row on precomputed keys.

A QSortFilterProxyModel sorts by asking for a key in every comparison and filters by calling
Python once per row, on the UI thread: a 100,000-row study froze the window for seconds. Here the
worker prepares, once per load, each row's accent-free search text and every column's order;
sorting is then picking a ready order, searching one pass over ready strings, and the view asks
for rows page by page (canFetchMore/fetchMore) as it scrolls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import contains
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..long_lists import emptied_in_pieces, sorted_in_pieces

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
PAGE = 200  # rows handed to the view at a time: a screenful or two, painted at once


@dataclass(frozen=True)
class PreparedRows(Generic[Row]):
    """Rows with what searching and sorting need, made on the worker."""

    rows: list[Row]
    searches: list[str] = field(default_factory=list)  # accent-free text of each row
    orders: list[list[int]] = field(default_factory=list)  # per column: rows by ascending key


def _dropped(prepared: PreparedRows[Any]) -> None:
    """The last reference goes with the caller's."""


def let_go(prepared: PreparedRows[Any]) -> None:
    """Any thread: empty the rows and their keys a piece at a time."""
    for items in (prepared.rows, prepared.searches, *prepared.orders):
        emptied_in_pieces(items)


def prepare(rows: Sequence[Row], search: Callable[[Row], str],
            sort_keys: Callable[[Row], tuple[Any, ...]], columns: int) -> PreparedRows[Row]:
    """On the worker: compute every key once (sorting never recomputes one per comparison);
    sorted a piece at a time, so that the window never waits long for the interpreter."""
    listed = list(rows)
    keys = [sort_keys(row) for row in listed]
    orders = [sorted_in_pieces([key[column] for key in keys]) for column in range(columns)]
    emptied_in_pieces(keys)  # dropped whole, they too would hold it
    return PreparedRows(listed, [search(row) for row in listed], orders)


class PreparedTableModel(QAbstractTableModel):
    """A source model whose rows come prepared from the worker."""

    def __init__(self, headers: Sequence[str] = ()) -> None:
        super().__init__()
        self.headers = list(headers)  # the columns' titles, translated
        self.prepared: PreparedRows[Any] = PreparedRows([])
        # How the rows a new load replaces go: here and at once, unless a view of a large
        # study hands them to its worker (StudySession.let_go).
        self.release: Callable[[PreparedRows[Any]], None] = _dropped

    def set_prepared(self, prepared: PreparedRows[Any]) -> None:
        replaced = self.prepared
        self.beginResetModel()
        self.prepared = prepared
        self.endResetModel()
        self.release(replaced)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.prepared.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None


class PagedFilter(QAbstractTableModel):
    """Stands where a QSortFilterProxyModel would: maps rows to the source, sorts, filters, pages.

    Subclasses say which source rows pass their filters in `accepted` (one call for all rows)."""

    def __init__(self) -> None:
        super().__init__()
        self._source: PreparedTableModel | None = None
        self._order: Sequence[int] = []  # source rows shown, sorted and filtered
        self._fetched = 0
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self._words: list[str] = []

    # -- the source --------------------------------------------------------------------------

    def setSourceModel(self, source: PreparedTableModel) -> None:
        self._source = source
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_changed)
        self._source_reset()

    def sourceModel(self) -> QAbstractItemModel:
        assert self._source is not None
        return self._source

    @property
    def _prepared(self) -> PreparedRows[Any]:
        return self._source.prepared if self._source is not None else PreparedRows([])

    def _source_reset(self) -> None:
        self._refresh()

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            shown = self.mapFromSource(self.sourceModel().index(source_row, 0), fetch=False)
            if shown.isValid():
                self.dataChanged.emit(self.index(shown.row(), 0),
                                      self.index(shown.row(), self.columnCount() - 1))

    # -- searching and sorting over every row --------------------------------------------------

    def set_words(self, words: list[str]) -> None:
        self._words = words
        self._refresh()

    def accepted(self) -> list[bool] | None:
        """Which source rows the subclass's own filters keep (None: every row)."""
        return None

    def _refresh(self) -> None:
        self.beginResetModel()
        count = len(self._prepared.rows)
        order: Sequence[int]
        if 0 <= self._sort_column < len(self._prepared.orders):
            order = self._prepared.orders[self._sort_column]
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                order = order[::-1]
        else:
            order = range(count)
        # Read, never changed in place: copying 640,000 positions at each reload held the window.
        keep = self.accepted()
        shown: Sequence[int] = order if keep is None else list(
            compress(order, map(keep.__getitem__, order)))
        searches = self._prepared.searches
        for word in self._words:  # each word narrows the rows the previous ones kept
            # Test the texts in their stored order (memory-friendly), loops in C (map/compress):
            # a Python test per row in sorted order took 0.3 s at 100k rows.
            found = list(map(contains, searches, repeat(word)))
            shown = list(compress(shown, map(found.__getitem__, shown)))
        self._order = shown
        self._fetched = min(PAGE, len(self._order))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._refresh()

    def matched_count(self) -> int:
        """Rows that pass the search and filters, fetched or not."""
        return len(self._order)

    def matched_source_rows(self) -> list[int]:
        return list(self._order)

    # -- paging --------------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetched < len(self._order)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(PAGE, len(self._order) - self._fetched)
        if more > 0:
            self.beginInsertRows(QModelIndex(), self._fetched, self._fetched + more - 1)
            self._fetched += more
            self.endInsertRows()

    # -- mapping -------------------------------------------------------------------------------

    def mapToSource(self, index: AnyIndex) -> QModelIndex:
        if not index.isValid() or index.row() >= self._fetched:
            return QModelIndex()
        return self.sourceModel().index(self._order[index.row()], index.column())

    def mapFromSource(self, index: AnyIndex, fetch: bool = True) -> QModelIndex:
        """The row showing a source row; fetches the pages up to it unless told not to."""
        if not index.isValid():
            return QModelIndex()
        try:
            position = self._order.index(index.row())
        except ValueError:
            return QModelIndex()  # hidden by the search or a filter
        if position >= self._fetched:
            if not fetch:
                return QModelIndex()
            while self._fetched <= position:
                self.fetchMore()
        return self.index(position, index.column())

    # -- the table ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.sourceModel().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.mapToSource(index)
        return source.data(role) if source.isValid() else None
