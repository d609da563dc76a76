"""The multipliers table shows enough of every sector's name to tell them apart (C1, C3, C4 and
C5 all start "Fabrication d…"), on a 1366-px and a 1280-px screen, without sideways scrolling."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from madeinlocal_desktop.gui.io_view import InputOutputView
from madeinlocal_desktop.gui.tasks import TaskRunner
from madeinlocal_desktop.project import Project

from .conftest import session_of
from .test_io_view import french  # noqa: F401  (a fixture)


def _shown_names(table: QTableView, column: int) -> list[str]:
    """Each sector's name as the table paints it: cut to its column, the way the view cuts."""
    room = table.columnWidth(column) - 2 * table.style().pixelMetric(
        table.style().PixelMetric.PM_FocusFrameHMargin, None, table) - 6
    metrics = table.fontMetrics()
    model = table.model()
    return [metrics.elidedText(model.index(row, column).data(), table.textElideMode(), room)
            for row in range(model.rowCount())]


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
@pytest.mark.parametrize("closed", [False, True])
def test_every_sector_name_is_told_apart(qtbot, french, runner: TaskRunner,  # noqa: F811
                                         demo_file: Path, size: tuple[int, int],
                                         closed: bool) -> None:
    from madeinlocal_desktop.gui.io_preview import PREVIEW_EMPLOYMENT

    project = runner.call_sync(lambda: Project.open(demo_file, who="test", device="dev-test"))
    try:
        runner.call_sync(lambda: project.io.save_settings(
            regional_employment=PREVIEW_EMPLOYMENT, closed=closed).value)
        view = InputOutputView()
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        with qtbot.waitSignal(view.computed, timeout=20000):
            view.set_session(session_of(runner, project))
        qtbot.wait(50)
        for table, column in ((view.multipliers_view,
                               view.multipliers.column_keys().index("labels")),
                              (view.employment_view, 1)):
            names = _shown_names(table, column)
            assert len(names) == 17 and len(set(names)) == len(names), names
            # Whole, or a word of its start and of its end ("Fabricat…de tabac").
            assert all(len(part) >= 6 for name in names for part in name.split("…")), names
        table = view.multipliers_view
        assert table.horizontalScrollBar().maximum() == 0
        assert table.horizontalHeader().length() <= table.viewport().width()
        assert view.multipliers.index(2, 0).data() == "C1"
        assert table.horizontalHeader().isSortIndicatorShown()  # still sorts by a click
        assert table.model().headerData(1, Qt.Orientation.Horizontal) == "Secteur"
    finally:
        runner.call_sync(project.close)
