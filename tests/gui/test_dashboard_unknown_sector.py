"""The dashboard of a study where one shop has no NAF code: it draws, with that shop's group
named in the interface's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from madeinlocal_desktop.domain import Business, Interview, InterviewStatus, SpendLine, new_id
from madeinlocal_desktop.gui.dashboard import DashboardView
from madeinlocal_desktop.gui.session import session_for
from madeinlocal_desktop.gui.tasks import TaskRunner
from madeinlocal_desktop.project import Project
from tests.dashboard_support import make_demo_study

TIMEOUT = 30_000


@pytest.fixture
def project(runner: TaskRunner, tmp_path: Path) -> Iterator[Project]:
    path = make_demo_study(tmp_path / "demo.madeinlocal")
    with Project.open(path, who="test", device="dev-test") as setup:
        shop = setup.businesses.save(Business(new_id(), "Atelier sans code", commune="86194")).value
        setup.interviews.save(Interview(
            new_id(), shop.id, "2026-03-02", consent=True, status=InterviewStatus.COMPLETE,
            turnover_excl_vat=80_000_00, lines=[SpendLine(new_id(), "rent", 9_000_00, 1.0)]))
    project = runner.call_sync(lambda: Project.open(path, who="test", device="dev-test"))
    yield project
    runner.call_sync(project.close)


@pytest.mark.parametrize(("locale", "label"), [
    (QLocale(QLocale.Language.French, QLocale.Country.France), "Activité non renseignée"),
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "Sector not given"),
])
def test_the_sector_chart_has_an_unknown_sector(qtbot, runner, project, locale: QLocale,
                                                label: str) -> None:
    previous = QLocale()
    QLocale.setDefault(locale)
    try:
        view = DashboardView(session_for(runner, project), bootstrap=0)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        qtbot.waitUntil(lambda: view.state is not None, timeout=TIMEOUT)
        assert "Activité non renseignée" in view.state.data["by_sector"]
        qtbot.waitUntil(lambda: view.charts["by_sector"].figure is not None, timeout=TIMEOUT)
        figure = view.charts["by_sector"].figure
        ticks = [t.get_text() for t in figure.axes[0].get_yticklabels()]
        assert any(tick.startswith(label) for tick in ticks), ticks
    finally:
        QLocale.setDefault(previous)
