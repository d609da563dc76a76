"""A chart saved from the demo says "DONNÉES FICTIVES" on its face; a real study's does not."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from madeinlocal_desktop.gui.dashboard import DashboardView
from madeinlocal_desktop.gui.impact_view import ImpactView
from madeinlocal_desktop.gui.session import session_for
from madeinlocal_desktop.gui.tasks import TaskRunner
from madeinlocal_desktop.project import Project
from tests.dashboard_support import make_demo_study

TIMEOUT = 30_000
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


@pytest.fixture
def french() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(FRENCH)
    yield
    QLocale.setDefault(previous)


def _open(runner: TaskRunner, path: Path) -> Project:
    return runner.call_sync(lambda: Project.open(path, who="test", device="dev-test"))


def svg_texts(path: Path) -> list[str]:
    """The words of a saved SVG: matplotlib draws glyphs and notes each text in a comment."""
    return re.findall(r"<!-- (.*?) -->", path.read_text(encoding="utf-8"))


def test_every_dashboard_chart_of_the_demo_is_marked(qtbot, runner, french,
                                                      tmp_path: Path) -> None:
    project = _open(runner, make_demo_study(tmp_path / "demo.madeinlocal"))
    try:
        view = DashboardView(session_for(runner, project), bootstrap=0)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        qtbot.waitUntil(lambda: view.charts.get("scenario") is not None
                        and view.charts["scenario"].save_action.isEnabled(), timeout=TIMEOUT)
        for key, panel in view.charts.items():
            svg = panel.save(tmp_path / f"{key}.svg")
            assert "DONNÉES FICTIVES" in svg_texts(svg), key
        png = view.charts["by_sector"].save(tmp_path / "secteurs.png")
        assert png.stat().st_size > 5_000
    finally:
        runner.call_sync(project.close)


def test_the_map_of_the_demo_is_marked_and_a_real_study_is_not(qtbot, runner, french,
                                                                tmp_path: Path,
                                                                small_study: Path) -> None:
    for path, marked in ((make_demo_study(tmp_path / "demo.madeinlocal"), True),
                         (small_study, False)):
        project = _open(runner, path)
        try:
            view = ImpactView(session_for(runner, project))
            qtbot.addWidget(view)
            view.tabs.setCurrentIndex(2)
            view.resize(1366, 768)
            with qtbot.waitSignal(view.map_shown, timeout=TIMEOUT):
                view.show()
            svg = view.charts["map"].save(tmp_path / f"carte-{marked}.svg")
            assert ("DONNÉES FICTIVES" in svg_texts(svg)) is marked
            view.close()
        finally:
            runner.call_sync(project.close)


def test_the_input_output_chart_of_the_demo_is_saved_with_its_mark(
        qtbot, runner, french, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from madeinlocal_desktop.gui.io_view import InputOutputView
    from tests.gui.conftest import session_of
    from tests.io_support import REGION

    project = _open(runner, make_demo_study(tmp_path / "demo.madeinlocal"))
    try:
        runner.call_sync(lambda: project.io.save_settings(regional_employment=REGION).value)
        view = InputOutputView()
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.computed, timeout=TIMEOUT):
            view.set_session(session_of(runner, project))
        target = tmp_path / "multiplicateurs.svg"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *args, **kwargs: (str(target), "")))
        view.save_chart.trigger()  # the chart's context menu: Save as PNG/SVG…
        assert "DONNÉES FICTIVES" in svg_texts(target)
        on_screen = [t.get_text() for t in view._canvas.figure.texts]
        assert "DONNÉES FICTIVES" not in on_screen  # the chart on screen has its banner
    finally:
        runner.call_sync(project.close)
