"""A table header whose columns are as wide as their title, not their title plus a sort arrow.

Qt widens every sortable column by the header's full height to make room for the arrow: on
two-line titles that is some 40 px a column, which left no room for the sector names of the
input-output table. The styles draw the arrow in a corner, so a few pixels are enough.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

ARROW_ROOM = 12  # pixels kept for the sort arrow


class CompactHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        if self.isSortIndicatorShown():
            size.setWidth(max(size.width() - size.height() + ARROW_ROOM, 0))
        return size
