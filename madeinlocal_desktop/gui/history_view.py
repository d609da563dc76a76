"""The audit trail of one interview: who changed which value, when, from what to what."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import Category
from . import formatting, labels, theme

_MONEY = {"turnover_cents", "amount_cents"}
_SHARES = {"local_share", "respend_share"}


class HistoryView(QWidget):
    def __init__(self, categories: list[Category], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories = {c.code: labels.category(c) for c in categories}
        self.title = QLabel(self.tr("History of this interview"))
        theme.set_role(self.title, "heading")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                              self.tr("Before"), self.tr("After")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)

    def show_history(self, rows: list[dict[str, Any]], line_numbers: dict[str, int]) -> None:
        """`rows` from project.interviews.history(); `line_numbers` names lines "line 3"."""
        self.table.setRowCount(0)
        for row in reversed(rows):  # newest first: what one usually looks for
            what = labels.history_field(row["field"])
            if row["record"] != "interview":
                number = line_numbers.get(row["record"])
                line = self.tr("Line {number}").format(number=number) if number \
                    else self.tr("Removed line")
                what = f"{line} · {what}"
            values = (self._when(row["at"]), row["who"] or "", what,
                      self._value(row["field"], row["old"]),
                      self._value(row["field"], row["new"]))
            position = self.table.rowCount()
            self.table.insertRow(position)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(position, column, item)

    @staticmethod
    def _when(at: str) -> str:
        moment = dt.datetime.fromisoformat(at).astimezone()
        stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
        return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)

    def _value(self, field: str, text: str | None) -> str:
        if text is None:
            return "—"
        if field == "*created*":
            return self.tr("new record")
        try:
            if field in _MONEY:
                return formatting.money(int(text))
            if field in _SHARES:
                return formatting.percent(float(text), 2)
        except ValueError:
            return text
        if field == "category":
            return self._categories.get(text, text)
        if field == "status":
            return labels.status(text)
        if field == "consent":
            return self.tr("yes") if text in ("1", "True") else self.tr("no")
        if field == "respend_source":
            return labels.respend_source(text)
        return text.replace("\n", " ")
