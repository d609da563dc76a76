"""Hundreds of possible duplicates (several teams' registers merged) are listed a page at a
time: the list shows the first page at once, counts them all, scrolls to the rest and sorts,
and merging or dismissing acts on the pair the sorted row shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView

from madeinlocal_desktop.domain import Business, new_id
from madeinlocal_desktop.gui.duplicates_view import DuplicatesView
from madeinlocal_desktop.gui.paged_rows import PAGE
from madeinlocal_desktop.project import Project

from .conftest import session_of

PAIRS = PAGE + 50


def shops_recorded_twice(folder: Path) -> Path:
    """PAIRS shops each recorded twice under the same name in the same commune."""
    path = folder / "study.madeinlocal"
    with Project.new_study(path, "Centre", 2025, ["86194"], "Poitiers", device="dev-a",
                           who="Camille") as project:
        for n in range(PAIRS):
            for _ in range(2):
                project.businesses.save(Business(new_id(), f"Commerce {n:03d}",
                                                 commune="86194"))
        assert len(project.sync.duplicates()) == PAIRS
    return path


def test_hundreds_of_duplicates_come_a_page_at_a_time(qtbot, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = shops_recorded_twice(tmp_path)
    project = runner.call_sync(lambda: Project.open(path, device="dev-a", who="Camille"))
    try:
        view = DuplicatesView(session_of(runner, project))
        view.show()
        qtbot.waitUntil(lambda: view.count == PAIRS, timeout=30_000)
        assert view.tab_title() == f"Possible duplicates ({PAIRS})"
        counted, view.count, locale = view.count, 637_652, QLocale()
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        try:  # the thousands apart, as the interface's language writes them
            title = view.tab_title().replace("\u202f", " ").replace("\xa0", " ")
            assert title == "Possible duplicates (637 652)"
        finally:
            QLocale.setDefault(locale)
            view.count = counted
        shown = view.table.model()
        assert shown.rowCount() == PAGE  # the first page, the rest on scrolling
        assert shown.canFetchMore() and view.selected() is not None
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda: shown.rowCount() == PAIRS, timeout=10_000)
        view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # by first shop, Z to A
        firsts = [shown.index(row, 0).data() for row in range(shown.rowCount())]
        assert firsts[0].startswith(f"Commerce {PAIRS - 1:03d}")
        assert firsts == sorted(firsts, reverse=True)
        view.table.selectRow(0)
        chosen = view.selected()
        assert chosen is not None and chosen.pair.first.name == f"Commerce {PAIRS - 1:03d}"
        with qtbot.waitSignal(view.loaded, timeout=20_000):
            view.dismiss()  # the pair the sorted row shows, not the first loaded
        assert view.count == PAIRS - 1
        names = {row.pair.first.name for row in view.rows}
        assert f"Commerce {PAIRS - 1:03d}" not in names and "Commerce 000" in names
        view.deleteLater()  # no reload left to reach the worker once it is shut down
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    finally:
        runner.call_sync(project.close)


def test_rows_in_view_are_as_tall_as_their_wrapped_text(qtbot, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A narrow list wraps each shop's text: the rows on screen grow to show it whole, also
    after a sort; rows far below are fitted only once scrolled to."""
    path = shops_recorded_twice(tmp_path)
    project = runner.call_sync(lambda: Project.open(path, device="dev-a", who="Camille"))
    try:
        view = DuplicatesView(session_of(runner, project))
        view.resize(420, 420)
        view.show()
        qtbot.waitUntil(lambda: view.count == PAIRS, timeout=30_000)
        table = view.table
        default = table.verticalHeader().defaultSectionSize()
        assert table.rowHeight(0) > default  # wrapped over two lines or more
        assert table.rowHeight(PAGE - 1) == default  # not in view: not measured yet
        table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        assert table.rowHeight(0) > default
        table.scrollTo(table.model().index(PAGE - 1, 0),
                       QAbstractItemView.ScrollHint.PositionAtTop)
        qtbot.waitUntil(lambda: table.rowAt(0) >= PAGE - 60, timeout=5_000)
        assert table.rowHeight(table.rowAt(0)) > default  # fitted once scrolled to
    finally:
        view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        runner.call_sync(project.close)
