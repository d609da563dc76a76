"""The Qt binding keeps Python's books: a call that returns nothing must not spend a reference.

PySide6 6.12.0 dropped one reference to None on every call of a method that returns nothing
(`setText`, `insertRow`...). On Python 3.11, where None is an ordinary object, its count reached
zero after some tens of thousands of such calls and the app died ("deallocating None") — seen
opening a 10,000-interview study. pyproject.toml excludes that release; this test catches any
other that does the same.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem


def test_calls_that_return_nothing_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    label, table, item = QLabel(), QTableWidget(0, 3), QTableWidgetItem("x")
    calls = (lambda: label.setText("Boulangerie"), lambda: table.insertRow(0),
             lambda: item.setText("Épicerie"))
    for call in calls:
        call()
        before = sys.getrefcount(None)
        for _ in range(2_000):
            call()
        # Other objects come and go meanwhile; one lost reference per call is 2,000.
        assert sys.getrefcount(None) - before > -100
