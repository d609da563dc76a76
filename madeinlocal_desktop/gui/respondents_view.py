"""Round 3: suppliers' and staff households' own local shares, and NEF's averaging per group.

NEF applies the plain mean of a group's answers to the whole group: staff answering 42.1 %,
50.5 %, 63.1 %, 37.8 % and 33.6 % give (42.1 + 50.5 + 63.1 + 37.8 + 33.6) / 5 = 45.42 %.
"""

from __future__ import annotations

import operator
import re
from functools import reduce
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import Recipient, Respondent, new_id
from ..domain.changes import Changes
from . import formatting, labels
from .session import StudySession
from .widgets.banner import Banner
from .widgets.field_message import FieldWithMessage
from .widgets.number_edits import PercentEdit


def _natural_order(respondent: Respondent) -> tuple[int, list[object]]:
    # "Employee 2" before "Employee 10"; groups in the order of the group box.
    group = GROUPS.index(respondent.group) if respondent.group in GROUPS else len(GROUPS)
    parts = re.split(r"(\d+)", respondent.label.casefold())
    return group, [int(p) if p.isdigit() else p for p in parts]


GROUPS = (Recipient.STAFF, Recipient.SUPPLIER, Recipient.LANDLORD, Recipient.OWNER)
_FORMULA_UP_TO = 12  # beyond that many answers the sum is too long to read



class RespondentsView(QWidget):
    loaded = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.respondents: list[Respondent] = []
        self.banner = Banner()
        self.group = QComboBox()
        for group in GROUPS:
            self.group.addItem(labels.recipient_group(group), str(group))
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("optional, e.g. Employee 3 or Minoterie Dupuis"))
        self.share = PercentEdit()
        self.share.setMaximumWidth(110)
        self.share_field = FieldWithMessage(self.share)
        self.share.error_changed.connect(self.share_field.set_message)
        self.share.returnPressed.connect(self.add)
        add = QPushButton(self.tr("Add the answer (Enter)"))
        add.clicked.connect(self.add)
        entry = QGroupBox(self.tr("New answer"))
        form = QFormLayout(entry)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Who answered"), self.label)
        form.addRow(self.tr("Share spent locally (%)"), self.share_field)
        form.addRow(add)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Who answered"),
                                              self.tr("Share spent locally")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(24)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        remove = QPushButton(self.tr("Remove the selected answer"))
        remove.clicked.connect(self.remove_selected)

        self.means = QLabel()
        self.means.setWordWrap(True)
        self.means.setTextFormat(Qt.TextFormat.RichText)
        self.means.setAlignment(Qt.AlignmentFlag.AlignTop)
        averages = QGroupBox(self.tr("Mean per group (NEF method)"))
        averages_layout = QVBoxLayout(averages)
        explain = QLabel(self.tr("The analysis applies each group's mean to the lines paid to "
                                 "that group when the interview gives no share of its own."))
        explain.setWordWrap(True)
        averages_layout.addWidget(self.means)
        averages_layout.addWidget(explain)
        averages_layout.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(entry)
        left.addWidget(averages, 1)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns)
        session.on_changes(self, self.reload, "respondents")
        self.reload()

    def reload(self) -> None:
        self.session.run(lambda p: (p.respondents.list(), p.respondents.means()),
                         on_done=self._loaded, on_error=self.banner.show_error)

    def _loaded(self, loaded: tuple[list[Respondent], dict[str, Any]]) -> None:
        respondents, means = loaded
        self.respondents = sorted(respondents, key=_natural_order)
        self.table.setRowCount(0)
        for respondent in self.respondents:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = (labels.recipient_group(respondent.group), respondent.label,
                     formatting.percent(respondent.local_share, 2))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, respondent.id)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.means.setText(self._means_text(means))
        self.loaded.emit()

    def _means_text(self, means: dict[str, tuple[float, int]]) -> str:
        if not means:
            return self.tr("No answer yet.")
        parts = []
        for group in [str(g) for g in GROUPS] + sorted(set(means) - {str(g) for g in GROUPS}):
            if group not in means:
                continue
            mean, count = means[group]
            shares = [r.local_share for r in self.respondents if str(r.group) == group]
            line = self.tr("<b>{group}</b>: mean of %n answer(s) = <b>{mean}</b>", "",
                           count).format(group=labels.recipient_group(group),
                                         mean=formatting.percent(mean, 2))
            terms = [formatting.percent(s, 2, symbol=False) for s in shares]
            if count > _FORMULA_UP_TO:  # the sum stays readable: its start and its end
                terms = [*terms[:6], "…", *terms[-2:]]
            line += f"<br><small>({' + '.join(terms)}) / {count}</small>"
            parts.append(line)
        return "<br><br>".join(parts)

    def add(self) -> None:
        share = self.share.value()
        if self.share.error:
            self.share.setFocus()
            return
        if share is None:
            self.share_field.set_message(self.tr("Type the share this respondent spends "
                                                 "locally"))
            self.share.setFocus()
            return
        respondent = Respondent(id=new_id(), group=Recipient(self.group.currentData()),
                                local_share=float(share),  # type: ignore[arg-type]
                                label=self.label.text().strip())
        self.session.run(lambda p: p.respondents.save(respondent), on_done=self._added,
                         on_error=self.banner.show_error)

    def _added(self, _: Respondent) -> None:
        self.label.clear()
        self.share.set_value(None)
        self.share.setFocus()
        self.banner.clear()

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        items = [self.table.item(row, 0) for row in rows]
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]
        if not ids:
            return

        def delete(project: Any) -> Changes:
            return reduce(operator.or_, (project.respondents.delete(respondent_id)
                                         for respondent_id in ids))

        self.session.run(delete, on_error=self.banner.show_error)
