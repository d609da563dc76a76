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
        qtbot.waitUntil(lambda n=count: view.model.rowCount() == n, timeout=10_000)
    assert view.model.rowCount() == 5
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
    assert view.model.rowCount() == 0


def test_thousands_of_answers_come_a_page_at_a_time_in_natural_order(window, qtbot,
                                                                     small_study) -> None:
    """A large study's answers are not all turned into table cells at once (40,000 of them
    held the window 2.5 s); they scroll in by pages, "Employé 2" before "Employé 10"."""
    from madeinlocal_desktop.domain import Recipient, Respondent, new_id
    from madeinlocal_desktop.domain.changes import Changes
    from madeinlocal_desktop.gui.paged_rows import PAGE

    open_in(window, qtbot, small_study)
    window.show_view("respondents")
    view = window.views["respondents"]
    wait_idle(window, qtbot)

    def many(project) -> Changes:  # type: ignore[no-untyped-def]
        for n in range(1_500, 0, -1):
            project.respondents.save(Respondent(new_id(), Recipient.STAFF, 0.421,
                                                label=f"Employé {n}"))
        return Changes(respondents=True)

    window.session.run(many)
    qtbot.waitUntil(lambda: len(view.respondents) == 1_500, timeout=30_000)
    assert view.proxy.rowCount() == PAGE  # a page shown, the rest fetched on scrolling
    assert view.proxy.matched_count() == 1_500
    header = [view.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header == ["Groupe", "Qui a répondu", "Part dépensée localement"]
    first = [view.proxy.index(row, 1).data() for row in range(3)]
    assert first == ["Employé 1", "Employé 2", "Employé 3"]
    assert view.proxy.index(0, 2).data().replace("\u202f", " ").replace("\xa0", " ") == "42,1 %"
    means = view.means.text().replace("\u202f", " ").replace("\xa0", " ")
    assert "moyenne de 1 500 réponses" in means and ") / 1 500<" in means

    view.table.selectRow(1)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # removes "Employé 2"
    qtbot.waitUntil(lambda: len(view.respondents) == 1_499, timeout=10_000)
    assert "Employé 2" not in {r.label for r in view.respondents}
