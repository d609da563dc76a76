"""Round-3 answers typed in, and NEF's averaging per group shown as it is computed."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from madeinlocal_desktop.gui.respondents_view import RespondentsView

from .conftest import open_in, wait_idle


def test_staff_answers_average_the_nef_way(window, qtbot, small_study) -> None:
    open_in(window, qtbot, small_study)
    window.show_view("respondents")
    view = window.views["respondents"]
    assert isinstance(view, RespondentsView)
    wait_idle(window, qtbot)
    for count, share in enumerate(("42,1", "50,5", "63,1", "37,8", "33,6"), start=1):
        view.share.setFocus()
        qtbot.keyClicks(view.share, share)
        qtbot.keyClick(view.share, Qt.Key.Key_Return)  # Enter adds the answer
        qtbot.waitUntil(lambda n=count: view.table.rowCount() == n, timeout=10_000)
    assert view.table.rowCount() == 5
    text = view.means.text()
    assert "45,42" in text and "5 réponses" in text
    assert "(42,1 + 50,5 + 63,1 + 37,8 + 33,6) / 5" in text
    with sqlite3.connect(small_study) as db:
        shares = sorted(s for (s,) in db.execute(
            'SELECT local_share FROM respondents WHERE "group" = \'staff\''))
    assert shares == [0.336, 0.378, 0.421, 0.505, 0.631]


def test_a_share_above_100_is_refused_in_place(window, qtbot, small_study) -> None:
    open_in(window, qtbot, small_study)
    view = window.views["respondents"]
    qtbot.keyClicks(view.share, "130")
    assert "entre 0 et 100" in view.share_field.error
    view.add()
    wait_idle(window, qtbot)
    assert view.table.rowCount() == 0
