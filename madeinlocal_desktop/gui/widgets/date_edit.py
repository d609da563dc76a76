"""A date field where Tab leaves the field, as in every other field of a form.

QDateEdit's Tab walks through day, month and year first; surveyors type the date (or keep
today's) and expect Tab to move on. The arrow keys still move between the parts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit


class DateEdit(QDateEdit):
    def focusNextPrevChild(self, next: bool) -> bool:
        return QAbstractSpinBox.focusNextPrevChild(self, next)
