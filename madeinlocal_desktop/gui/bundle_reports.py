"""A table of bundle reports: per bundle, what importing does (or would do), or why it is refused.

Shared by the import dialog (preview, then the import's outcome) and the folder sync dialog.
A refused bundle's message stands in its Status cell, on its own row, so the person sees which
file it is about and what to do. (Not a cell spanning the counts: Qt sizes rows without
looking at spans, so a long message would be cut.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from . import exchange_text, theme

if TYPE_CHECKING:
    from ..project import BundleReport

COUNTS = ("new", "updated", "identical", "conflicting", "rejected")
# dev-b_000001_99e99e98-faf1-4990-bdec-ac24b3636093.zip → dev-b_000001_99e99e98….zip
_LONG_ID = re.compile(r"^(.*_\d+_[0-9a-f]{8})[0-9a-f-]{28}(\.zip)$")


def short_name(name: str) -> str:
    """A bundle's file name without most of its UUID, which says nothing to a person."""
    return _LONG_ID.sub(r"\1…\2", name)


class BundleReportTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3 + len(COUNTS), parent)
        self.setHorizontalHeaderLabels([
            self.tr("Bundle"), self.tr("From"), self.tr("New"), self.tr("Updated"),
            self.tr("Identical"), self.tr("Conflicting"), self.tr("Rejected"),
            self.tr("Status")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for column in range(self.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        # A message wraps to the Status column's width, known only once the table is laid out.
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())
        self.reports: list[BundleReport] = []

    def show_reports(self, reports: Sequence[BundleReport]) -> None:
        self.reports = list(reports)
        self.setRowCount(0)
        for report in self.reports:
            self._add_row(report)
        self.resizeRowsToContents()

    def _add_row(self, report: BundleReport) -> None:
        row = self.rowCount()
        self.insertRow(row)
        name = QTableWidgetItem(short_name(report.file.name))
        name.setData(Qt.ItemDataRole.UserRole, report.file.name)
        name.setToolTip(str(report.file))
        self.setItem(row, 0, name)
        self.setItem(row, 1, QTableWidgetItem(_author(report)))
        counts = report.counts
        values = (counts.new, counts.updated, counts.identical + counts.older,
                  counts.conflicting, counts.rejected)
        shown = report.status in ("preview", "imported")
        for offset, value in enumerate(values):
            item = QTableWidgetItem(str(value) if shown else "—")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if COUNTS[offset] == "conflicting" and value:
                item.setForeground(QBrush(theme.colour("warning_text")))
            elif COUNTS[offset] == "rejected" and value:
                item.setForeground(QBrush(theme.colour("error_text")))
            self.setItem(row, 2 + offset, item)
        status = QTableWidgetItem(self._status(report))
        if report.status == "refused":
            status.setForeground(QBrush(theme.colour("error_text")))
        status.setToolTip(status.text())
        self.setItem(row, self.columnCount() - 1, status)

    def _status(self, report: BundleReport) -> str:
        if report.status == "refused":  # the file's name, as short as in its own cell
            text = exchange_text.message(report.message or "")
            return text.replace(report.file.name, short_name(report.file.name))
        return {
            "preview": self.tr("Ready to import"),
            "imported": self.tr("Imported"),
            "already imported": self.tr("Already imported: nothing to do"),
        }.get(report.status, report.status)

    # -- what tests and dialogs read -----------------------------------------------------------

    def row_of(self, file_name: str) -> int:
        return next((row for row in range(self.rowCount())
                     if (item := self.item(row, 0)) is not None
                     and item.data(Qt.ItemDataRole.UserRole) == file_name), -1)

    def counts_of(self, file_name: str) -> dict[str, str]:
        row = self.row_of(file_name)
        return {name: (item.text() if (item := self.item(row, 2 + offset)) else "")
                for offset, name in enumerate(COUNTS)}

    def message_of(self, file_name: str) -> str:
        """A refused bundle's reason ("" for the others)."""
        row = self.row_of(file_name)
        item = self.item(row, self.columnCount() - 1)
        refused = 0 <= row < len(self.reports) and self.reports[row].status == "refused"
        return item.text() if item is not None and refused else ""


def _author(report: BundleReport) -> str:
    if report.who and report.device:
        return f"{report.who} ({report.device})"
    return report.who or report.device or ""


def rejection_lines(reports: Sequence[BundleReport], limit: int = 8) -> list[str]:
    """The records a bundle holds that will not be written, for a person to look at."""
    lines = []
    for report in reports:
        for rejection in report.rejections:
            lines.append(f"{report.file.name} — {exchange_text.table_name(rejection.table)} "
                         f"{rejection.record_id[:8]}: {rejection.reason}")
    if len(lines) > limit:
        lines = [*lines[:limit], "…"]
    return lines
