"""The shock panel of the input-output view: extra demand for one sector → output, income, jobs.

"What would 1 M€ more local procurement in construction bring to the territory?" The figures come
from the study's saved model (`Project.io.shock`), computed on the worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from . import formatting, theme
from .io_models import fixed
from .widgets.number_edits import MoneyEdit

if TYPE_CHECKING:
    from ..analysis.io_results import ShockResult
    from .session import StudySession

DEFAULT_AMOUNT_CENTS = 100_000_00  # 100 000 €: the size of a town's procurement decision


class ShockPanel(QGroupBox):
    failed = Signal(object)  # the error, for the view's banner
    computed = Signal(object)  # the ShockResult shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Impact of extra demand"))
        self._session: StudySession | None = None
        self.sector = QComboBox()
        self.sector.setMinimumContentsLength(18)
        self.sector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.amount = MoneyEdit()
        self.amount.set_value(DEFAULT_AMOUNT_CENTS)
        self.amount.setMaximumWidth(130)
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.clicked.connect(self.compute)
        self.output_label = QLabel("—")
        self.income_label = QLabel("—")
        self.jobs_label = QLabel("—")
        for label in (self.output_label, self.income_label, self.jobs_label):
            theme.set_role(label, "heading")

        inputs = QHBoxLayout()
        inputs.addWidget(self.sector, 1)
        inputs.addWidget(self.amount)
        inputs.addWidget(QLabel("€"))
        inputs.addWidget(self.compute_button)
        results = QHBoxLayout()
        for caption, label in ((self.tr("Output:"), self.output_label),
                               (self.tr("Income:"), self.income_label),
                               (self.tr("Jobs:"), self.jobs_label)):
            results.addWidget(QLabel(caption))
            results.addWidget(label)
            results.addSpacing(12)
        results.addStretch(1)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Sector and amount:"), inputs)
        layout.addRow(self.tr("In the territory:"), results)
        self.note = QLabel()
        self.note.setWordWrap(True)
        theme.set_role(self.note, "secondary")
        layout.addRow(self.note)
        self.setEnabled(False)

    def set_session(self, session: StudySession | None) -> None:
        self._session = session
        self.clear()

    def set_sectors(self, sectors: Sequence[tuple[str, str]]) -> None:
        current = self.sector.currentData()
        self.sector.clear()
        for code, label in sectors:
            self.sector.addItem(f"{code} – {label}", code)
            self.sector.setItemData(self.sector.count() - 1, label,
                                    Qt.ItemDataRole.ToolTipRole)
        found = self.sector.findData(current)
        self.sector.setCurrentIndex(max(found, 0))

    def clear(self) -> None:
        for label in (self.output_label, self.income_label, self.jobs_label):
            label.setText("—")
        self.note.clear()

    def compute(self, *_: object) -> None:
        session, code = self._session, self.sector.currentData()
        cents = self.amount.value()
        if session is None or code is None:
            return
        if not isinstance(cents, int) or cents <= 0:
            self.amount.setFocus()
            self.note.setText(self.tr("Type an amount in euros above zero"))
            return
        self.compute_button.setEnabled(False)
        session.run(lambda project: project.io.shock(code, cents / 100),
                    on_done=self._show, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.compute_button.setEnabled(True)
        self.failed.emit(error)

    def _show(self, result: ShockResult) -> None:
        self.compute_button.setEnabled(True)
        total = result.total
        self.output_label.setText(_euros(total.output))
        self.income_label.setText(_euros(total.income))
        self.jobs_label.setText(fixed(total.jobs, 1))
        if result.closed:
            self.note.setText(self.tr("Suppliers and household re-spending included (Type II); "
                                      "income is compensation of employees; jobs in persons."))
        else:
            self.note.setText(self.tr("Direct and supplier effects (Type I); income is "
                                      "compensation of employees; jobs in persons."))
        self.computed.emit(result)


def _euros(value: float | None) -> str:
    return "—" if value is None else formatting.money(round(value) * 100)
