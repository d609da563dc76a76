"""Long lists shown a page at a time, searched and sorted over every row on precomputed keys.

A QSortFilterProxyModel sorts by asking for a key in every comparison and filters by calling
Python once per row, on the UI thread: a 100,000-row study froze the window for seconds. Here the
worker prepares, once per load, each row's accent-free search text and every column's order;
sorting is then picking a ready order, searching one pass over ready strings, and the view asks
for rows page by page (canFetchMore/fetchMore) as it scrolls.
"""

from __future__ import annotations

from bisect import bisect_left
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

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
PAGE = 200  # rows handed to the view at a time: a screenful or two, painted at once


@dataclass(frozen=True)
class PreparedRows(Generic[Row]):
    """Rows with what searching and sorting need, made on the worker."""

    rows: list[Row]
    searches: list[str] = field(default_factory=list)  # accent-free text of each row
    orders: list[list[int]] = field(default_factory=list)  # per column: rows by ascending key


_PIECE = 8192  # rows a single C call (a sort, a release) handles while the window waits on it


def prepare(rows: Sequence[Row], search: Callable[[Row], str],
            sort_keys: Callable[[Row], tuple[Any, ...]], columns: int) -> PreparedRows[Row]:
    """On the worker: compute every key once (sorting never recomputes one per comparison).

    The worker shares the interpreter with the window, which waits whenever one C call runs
    long: sorting 100,000 keys in one go held it ~50 ms, freeing them ~30 ms. So the keys are
    sorted a piece at a time and let go a piece at a time."""
    listed = list(rows)
    keys = [sort_keys(row) for row in listed]
    orders = []
    for column in range(columns):
        column_keys = [key[column] for key in keys]
        orders.append(sorted_in_pieces(column_keys))
        release_in_pieces(column_keys)
    release_in_pieces(keys)
    return PreparedRows(listed, [search(row) for row in listed], orders)


def sorted_in_pieces(keys: list[Any]) -> list[int]:
    """Positions of `keys` in ascending, stable order, as `sorted(range(len(keys)), key=...)`,
    with no single C call longer than a piece: pieces sorted alone, then merged two by two."""
    by_key = keys.__getitem__
    runs = [sorted(range(start, min(start + _PIECE, len(keys))), key=by_key)
            for start in range(0, len(keys), _PIECE)]
    while len(runs) > 1:
        runs = [_merged(runs[i], runs[i + 1], by_key) if i + 1 < len(runs) else runs[i]
                for i in range(0, len(runs), 2)]
    return runs[0] if runs else []


def _merged(first: list[int], second: list[int], by_key: Callable[[int], Any]) -> list[int]:
    """Two sorted runs as one, `first`'s rows before `second`'s equal ones (stable)."""
    merged: list[int] = []
    taken = 0  # of `second`
    for start in range(0, len(first), _PIECE):
        piece = first[start:start + _PIECE]
        # What of `second` sorts strictly before this piece's last key joins it; timsort
        # merges the two ordered runs in one pass, keeping `first`'s rows ahead on ties.
        upto = bisect_left(second, by_key(piece[-1]), lo=taken, key=by_key)
        piece += second[taken:upto]
        piece.sort(key=by_key)
        merged += piece
        taken = upto
    merged += second[taken:]
    return merged


def release_in_pieces(items: list[Any]) -> None:
    """Empty a large list from its end, a piece per C call."""
    while items:
        del items[-_PIECE:]


class PreparedTableModel(QAbstractTableModel):
    """A source model whose rows come prepared from the worker."""

    def __init__(self) -> None:
        super().__init__()
        self.prepared: PreparedRows[Any] = PreparedRows([])

    def set_prepared(self, prepared: PreparedRows[Any]) -> None:
        self.beginResetModel()
        self.prepared = prepared
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.prepared.rows)


class PagedFilter(QAbstractTableModel):
    """Stands where a QSortFilterProxyModel would: maps rows to the source, sorts, filters, pages.

    Subclasses say which source rows pass their filters in `accepted` (one call for all rows)."""

    def __init__(self) -> None:
        super().__init__()
        self._source: PreparedTableModel | None = None
        self._order: list[int] = []  # source rows shown, sorted and filtered
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
        if 0 <= self._sort_column < len(self._prepared.orders):
            order = self._prepared.orders[self._sort_column]
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                order = order[::-1]
        else:
            order = list(range(count))
        keep = self.accepted()
        shown = list(order) if keep is None else [row for row in order if keep[row]]
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
