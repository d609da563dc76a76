"""Hundreds of conflicts (a team that did not exchange for weeks) are listed a page at a time:
the list shows the first page at once, counts them all, scrolls to the rest and sorts."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt

from madeinlocal_desktop.domain import Business, new_id
from madeinlocal_desktop.gui.conflicts_view import ConflictsView
from madeinlocal_desktop.gui.paged_rows import PAGE
from madeinlocal_desktop.project import Project

from .conftest import session_of

SHOPS = PAGE + 50


def two_devices_disagreeing(folder: Path) -> Path:
    """SHOPS shops renamed differently on two computers: one name conflict each."""
    with Project.new_study(folder / "a.madeinlocal", "Centre", 2025, ["86194"], "Poitiers",
                           device="dev-a", who="Camille") as a:
        shops = [a.businesses.save(Business(new_id(), f"Commerce {n:03d}")).value
                 for n in range(SHOPS)]
        kit = a.exchange.export_kit(folder / "kit.mlkit")
        first = a.sync.make_bundle(folder)
        assert first is not None
    with Project.create_from_kit(kit, folder / "b.madeinlocal", device="dev-b",
                                 who="Lucie") as b:
        b.sync.import_bundles([first.path])
        for shop in shops:
            b.businesses.save(dataclasses.replace(shop, name=f"{shop.name} (Lucie)"))
        theirs = b.sync.make_bundle(folder / "b")
        assert theirs is not None
    with Project.open(folder / "a.madeinlocal", device="dev-a", who="Camille") as a:
        for shop in shops:
            a.businesses.save(dataclasses.replace(shop, name=f"{shop.name} (Camille)"))
        a.sync.import_bundles([theirs.path])
        assert len(a.sync.conflicts()) == SHOPS
    return folder / "a.madeinlocal"


def test_hundreds_of_conflicts_come_a_page_at_a_time(qtbot, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "b").mkdir()
    path = two_devices_disagreeing(tmp_path)
    project = runner.call_sync(lambda: Project.open(path, device="dev-a", who="Camille"))
    try:
        view = ConflictsView(session_of(runner, project))
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.count == SHOPS, timeout=30_000)
        shown = view.table.model()
        assert shown.rowCount() == PAGE  # the first page, the rest on scrolling
        assert shown.canFetchMore() and view.selected() is not None
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda: shown.rowCount() == SHOPS, timeout=10_000)
        view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by record, Z to A
        records = [shown.index(row, 1).data() for row in range(shown.rowCount())]
        assert records[0].startswith("Commerce 249") and records == sorted(records, reverse=True)
        view.table.selectRow(0)
        assert "Commerce 249" in view.title.text()  # the detail follows the sorted row
    finally:
        runner.call_sync(project.close)
