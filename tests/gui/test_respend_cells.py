"""The re-spend share cell says which blank it is: "automatique" (left for the analysis) or
"non répondu" (asked, no answer: source "survey"), and both are stored as typed."""

from __future__ import annotations

import sqlite3

from madeinlocal_desktop.gui.spend_lines_model import RESPEND_SHARE, RESPEND_SOURCE

from .conftest import open_in, wait_idle


def test_blank_shares_are_automatic_unless_asked(window, qtbot, small_study) -> None:
    open_in(window, qtbot, small_study)
    window.new_interview("bakery-1")
    form = window.views["interview"].form
    wait_idle(window, qtbot)
    lines = form.lines
    for category in ("rent", "goods_resale"):
        row = lines.add_line()
        lines.setData(lines.index(row, 0), category)
        lines.setData(lines.index(row, 1), "1000")
        lines.setData(lines.index(row, 2), "100")
    lines.setData(lines.index(1, RESPEND_SOURCE), "survey")  # asked; no answer given
    shown = [lines.index(row, RESPEND_SHARE).data() for row in range(2)]
    assert shown == ["automatique", "non répondu"]
    tips = [lines.index(row, RESPEND_SHARE).data(3) for row in range(2)]  # tooltips
    assert "pas une réponse manquante" in tips[0]
    assert "réponse manquante" in tips[1]
    qtbot.waitUntil(lambda: not form.save_pending, timeout=5000)
    wait_idle(window, qtbot)
    with sqlite3.connect(small_study) as db:
        stored = db.execute("SELECT category, respend_share, respend_source FROM spend_lines "
                            "WHERE deleted = 0 ORDER BY position").fetchall()
    assert stored == [("rent", None, None), ("goods_resale", None, "survey")]
