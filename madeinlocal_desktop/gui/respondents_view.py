"""Round 3: suppliers' and staff households' own local shares, and NEF's averaging per group.

NEF applies the plain mean of a group's answers to the whole group: staff answering 42.1 %,
50.5 %, 63.1 %, 37.8 % and 33.6 % give (42.1 + 50.5 + 63.1 + 37.8 + 33.6) / 5 = 45.42 %.
"""

from __future__ import annotations

import operator
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain import Recipient, Respondent, new_id
from ..domain.changes import Changes
from . import formatting, labels
from .paged_rows import PagedFilter
from .respondent_table_model import (
    GROUPS,
    ID_ROLE,
    LoadedAnswers,
    RespondentTableModel,
    load_answers,
)
from .session import StudySession
from .widgets.banner import Banner
from .widgets.field_message import FieldWithMessage
from .widgets.number_edits import PercentEdit

_FORMULA_UP_TO = 12  # beyond that many answers the sum is too long to read


def _terms(shares: list[float]) -> list[str]:
    return [formatting.percent(share, 2, symbol=False) for share in shares]


class RespondentsView(QWidget):
    loaded = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._shares: dict[str, list[float]] = {}
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

        self.model = RespondentTableModel()
        self.model.release = session.let_go
        self.proxy = PagedFilter()  # a page at a time, in the answers' natural order
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
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
        self.session.run(load_answers, on_done=self._loaded, on_error=self.banner.show_error)

    def _loaded(self, loaded: LoadedAnswers) -> None:
        self.model.set_prepared(loaded.rows)
        self._shares = loaded.shares
        self.means.setText(self._means_text(loaded.means))
        self.loaded.emit()

    @property
    def respondents(self) -> list[Respondent]:
        """Every answer, in the table's order."""
        return self.model.prepared.rows

    def _means_text(self, means: dict[str, tuple[float, int]]) -> str:
        if not means:
            return self.tr("No answer yet.")
        parts = []
        for group in [str(g) for g in GROUPS] + sorted(set(means) - {str(g) for g in GROUPS}):
            if group not in means:
                continue
            mean, count = means[group]
            shares = self._shares.get(group, [])
            line = self.tr("<b>{group}</b>: mean of %Ln answer(s) = <b>{mean}</b>", "",
                           count).format(group=labels.recipient_group(group),
                                         mean=formatting.percent(mean, 2))
            written = (_terms(shares) if count <= _FORMULA_UP_TO  # else its start and its end
                       else [*_terms(shares[:6]), "…", *_terms(shares[-2:])])
            line += f"<br><small>({' + '.join(written)}) / {formatting.number(count, 0)}</small>"
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
        ids = [index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()]
        if not ids:
            return

        def delete(project: Any) -> Changes:
            return reduce(operator.or_, (project.respondents.delete(respondent_id)
                                         for respondent_id in ids))

        self.session.run(delete, on_error=self.banner.show_error)
