"""The widgets of the interview form, laid out for a 1366×768 screen and the Tab key.

The form is ui/interview_fields.ui (compiled into forms/ui_interview_fields.py); kept apart from
`interview_form.py` (the behaviour) so each stays readable.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QToolButton, QWidget

from ..domain import Category
from . import theme
from .forms.ui_interview_fields import Ui_InterviewFields
from .spend_lines_model import SpendLinesModel
from .widgets.field_message import FieldWithMessage
from .widgets.one_line_label import OneLineLabel


class InterviewFields(QWidget, Ui_InterviewFields):
    """Only widgets and layout; `InterviewForm` connects them to the interview."""

    def __init__(self, categories: list[Category], undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        # Long texts wrap (title, totals: wordWrap in the form) rather than widen the window:
        # the form must fit 1,093 px (a 1366-px laptop screen at 125 %).
        theme.set_role(self.title, "title")
        self.status.setObjectName("statusChip")  # resources/style.qss styles it by this name
        theme.set_role(self.saved_at, "secondary")

        completer = self.business.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # A long "shop — commune" that does not fit shows its start, the shop's name, once the
        # cursor is elsewhere (QLineEdit would otherwise keep showing the end).
        shop_name = self.business.lineEdit()
        assert shop_name is not None
        shop_name.textChanged.connect(
            lambda _: None if shop_name.hasFocus() else shop_name.setCursorPosition(0))
        shop_name.editingFinished.connect(lambda: shop_name.setCursorPosition(0))

        # The consent wording read to the interviewee, on the consent box's own row: its first
        # words, the whole of it a click away. The form has no height to spare on a laptop.
        row = QWidget(self.identity)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.identity_form.replaceWidget(self.consent, row)
        line.addWidget(self.consent)
        self.consent_heading = OneLineLabel(row)
        self.consent_heading.setObjectName("consent_heading")
        theme.set_role(self.consent_heading, "secondary")
        line.addWidget(self.consent_heading, 1)
        self.consent_read_button = QToolButton(row)
        self.consent_read_button.setObjectName("consent_read_button")
        self.consent_read_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab: on to turnover
        line.addWidget(self.consent_read_button)

        self.turnover_field = FieldWithMessage.in_place_of(self.turnover)
        self.payroll_field = FieldWithMessage.in_place_of(self.payroll)
        self.staff_local_field = FieldWithMessage.in_place_of(self.staff_local)
        self.owner_pay_field = FieldWithMessage.in_place_of(self.owner_pay)
        self.owner_local_field = FieldWithMessage.in_place_of(self.owner_local)

        self.lines = SpendLinesModel(categories, undo_stack)
        self.grid.show_lines(self.lines)
        self.data_sections = (self.money, self.spending)
        # Wrapping the amounts moved them in the focus chain: the form's tab order once more.
        chain = (self.business, self.date, self.surveyor, self.consent, self.turnover,
                 self.payroll, self.staff_local, self.owner_pay, self.owner_local, self.grid,
                 self.notes)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
