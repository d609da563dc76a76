"""Pictures of the dashboard on the demo study, in French, at 1366×768 (a common laptop).

By default they go to a temporary folder and the test only checks them; to refresh the
documentation's pictures:  MADEINLOCAL_SCREENSHOTS=docs/screenshots uv run pytest -k screenshot
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from madeinlocal_desktop.gui import dashboard_preview
from madeinlocal_desktop.gui.dashboard import DashboardView
from madeinlocal_desktop.gui.session import session_for
from madeinlocal_desktop.gui.tasks import TaskRunner
from madeinlocal_desktop.project import Project
from tests.dashboard_support import SEED, make_demo_study

SIZE = (1366, 768)
PICTURES = ("dashboard.png", "dashboard_ownership.png", "dashboard_leakage.png",
            "dashboard_money_trail.png")


@pytest.fixture
def french_app(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    translators = dashboard_preview.install_language(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def colours(image: QImage, step: int = 7) -> int:
    """How many distinct colours a sample of pixels has: a blank or broken grab has few."""
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_screenshots_of_the_dashboard(qtbot, french_app, tmp_path: Path) -> None:
    folder = Path(os.environ.get("MADEINLOCAL_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    study = make_demo_study(tmp_path / "demo.madeinlocal")
    runner = TaskRunner()
    project = runner.call_sync(lambda: Project.open(study, who="test", device="dev-test"))
    try:
        view = DashboardView(session_for(runner, project), seed=SEED)
        qtbot.addWidget(view)
        view.resize(*SIZE)
        view.show()
        scenario_chart = lambda: view.charts.get("scenario")  # noqa: E731
        qtbot.waitUntil(lambda: view.state is not None and scenario_chart() is not None
                        and scenario_chart().canvas is not None, timeout=30_000)
        for index, name in enumerate(PICTURES):
            view.tabs.setCurrentIndex(index)
            qtbot.wait(100)  # the tab's canvas draws on its first paint
            image = view.grab().toImage()
            assert (image.width(), image.height()) == SIZE
            assert colours(image) > 40, f"{name} looks empty"
            assert image.save(str(folder / name))
    finally:
        runner.call_sync(project.close)
        runner.shutdown()
