"""The widgets of the interview form, laid out for a 1366×768 screen and the Tab key.

Kept apart from `interview_form.py` (the behaviour) so each stays readable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import Category
from . import theme
from .spend_lines_model import SpendLinesModel
from .spend_lines_view import SpendLinesView
from .widgets.banner import Banner
from .widgets.date_edit import DateEdit
from .widgets.field_message import FieldWithMessage
from .widgets.number_edits import MoneyEdit, PercentEdit


class InterviewFields(QWidget):
    """Only widgets and layout; `InterviewForm` connects them to the interview."""

    def __init__(self, categories: list[Category], undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        theme.set_role(self.title, "title")
        # Long texts wrap rather than widen the window: the form must fit 1,093 px (a 1366-px
        # laptop screen at 125 %).
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("statusChip")
        self.saved_at = QLabel()
        theme.set_role(self.saved_at, "secondary")
        self.complete_button = QPushButton(self.tr("Mark as complete"))
        self.validate_button = QPushButton(self.tr("Validate"))
        self.reopen_button = QPushButton(self.tr("Reopen for changes"))
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setCheckable(True)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.saved_at)
        header.addWidget(self.status)
        for button in (self.complete_button, self.validate_button, self.reopen_button,
                       self.history_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes through the fields
            header.addWidget(button)
        self.banner = Banner()

        self.business = QComboBox()
        self.business.setEditable(True)
        self.business.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.business.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.business.setMinimumContentsLength(24)
        # A long "shop — commune" that does not fit shows its start, the shop's name, once the
        # cursor is elsewhere (QLineEdit would otherwise keep showing the end).
        shop_name = self.business.lineEdit()
        assert shop_name is not None
        shop_name.textChanged.connect(
            lambda _: None if shop_name.hasFocus() else shop_name.setCursorPosition(0))
        shop_name.editingFinished.connect(lambda: shop_name.setCursorPosition(0))
        self.date = DateEdit()
        self.date.setCalendarPopup(True)
        self.surveyor = QLineEdit()
        self.consent = QCheckBox(self.tr("The owner or manager agrees to answer"))
        identity = QGroupBox(self.tr("Interview"))
        identity_form = QFormLayout(identity)
        identity_form.addRow(self.tr("Business"), self.business)
        identity_form.addRow(self.tr("Date"), self.date)
        identity_form.addRow(self.tr("Surveyor"), self.surveyor)
        identity_form.addRow(self.consent)

        self.turnover = MoneyEdit()
        self.payroll = MoneyEdit()
        self.staff_local = PercentEdit()
        self.owner_pay = MoneyEdit()
        self.owner_local = PercentEdit()
        self.turnover_field = FieldWithMessage(self.turnover)
        self.payroll_field = FieldWithMessage(self.payroll)
        self.staff_local_field = FieldWithMessage(self.staff_local)
        self.owner_pay_field = FieldWithMessage(self.owner_pay)
        self.owner_local_field = FieldWithMessage(self.owner_local)
        money = QGroupBox(self.tr("Turnover, staff and owners"))
        grid = QGridLayout(money)
        grid.addWidget(QLabel(self.tr("Amount (€)")), 0, 1)
        grid.addWidget(QLabel(self.tr("Local share (%)")), 0, 2)
        grid.addWidget(QLabel(self.tr("Turnover excl. VAT")), 1, 0)
        grid.addWidget(self.turnover_field, 1, 1)
        grid.addWidget(QLabel(self.tr("Gross payroll")), 2, 0)
        grid.addWidget(self.payroll_field, 2, 1)
        grid.addWidget(self.staff_local_field, 2, 2)
        grid.addWidget(QLabel(self.tr("Owners' pay and dividends")), 3, 0)
        grid.addWidget(self.owner_pay_field, 3, 1)
        grid.addWidget(self.owner_local_field, 3, 2)
        self.staff_local.setToolTip(self.tr("Share of the payroll paid to staff who live in "
                                            "the territory"))
        self.owner_local.setToolTip(self.tr("Share paid to owners who live in the territory"))
        for edit in (self.turnover, self.payroll, self.owner_pay):
            edit.setMinimumWidth(130)
        for share in (self.staff_local, self.owner_local):
            share.setMinimumWidth(80)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        top = QHBoxLayout()
        top.addWidget(identity, 1)
        top.addWidget(money, 1)

        self.lines = SpendLinesModel(categories, undo_stack)
        self.grid = SpendLinesView(self.lines)
        self.grid.setMinimumHeight(170)
        self.add_line_button = QPushButton(self.tr("Add a line (Enter)"))
        self.remove_line_button = QPushButton(self.tr("Remove the line (Ctrl+Del)"))
        for button in (self.add_line_button, self.remove_line_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid_buttons = QHBoxLayout()
        grid_buttons.addWidget(self.totals, 1)
        grid_buttons.addWidget(self.add_line_button)
        grid_buttons.addWidget(self.remove_line_button)
        spending = QGroupBox(self.tr("Other spending in the fiscal year"))
        spending_layout = QVBoxLayout(spending)
        spending_layout.addWidget(self.grid, 1)
        spending_layout.addLayout(grid_buttons)

        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes: context, doubts, what to check later…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        notes_label = QLabel(self.tr("&Notes"))
        notes_label.setBuddy(self.notes)  # Alt+N reaches them from anywhere in the form
        notes_row = QHBoxLayout()
        notes_row.addWidget(notes_label, 0, Qt.AlignmentFlag.AlignTop)
        notes_row.addWidget(self.notes, 1)

        self.data_sections = (money, spending)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(spending, 1)
        layout.addLayout(notes_row)
        QWidget.setTabOrder(self.business, self.date)
        for first, second in ((self.date, self.surveyor), (self.surveyor, self.consent),
                              (self.consent, self.turnover), (self.turnover, self.payroll),
                              (self.payroll, self.staff_local),
                              (self.staff_local, self.owner_pay),
                              (self.owner_pay, self.owner_local), (self.owner_local, self.grid),
                              (self.grid, self.notes)):
            QWidget.setTabOrder(first, second)
