"""Result exports from the app: File → Export the results…, and an export button beside each
dashboard tab's chart (and in the scenario comparison), driven with pytest-qt."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog

from madeinlocal_desktop.analysis.scenario_impact import ScenarioSpec, Shift
from madeinlocal_desktop.gui.dashboard import DashboardView
from madeinlocal_desktop.gui.session import session_for
from madeinlocal_desktop.gui.tasks import TaskRunner
from madeinlocal_desktop.project import Project
from tests.dashboard_support import SEED, make_demo_study
from tests.gui.conftest import open_in

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
TIMEOUT = 30_000


@pytest.fixture
def french() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(FRENCH)
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def project(runner: TaskRunner, tmp_path: Path) -> Iterator[Project]:
    study = make_demo_study(tmp_path / "demo.madeinlocal")
    project = runner.call_sync(lambda: Project.open(study, who="test", device="dev-test"))
    runner.call_sync(lambda: project.scenarios.save(
        ScenarioSpec((Shift("supplies", 0.2),), 0.45, "Prudent")))
    yield project
    runner.call_sync(project.close)


def dashboard(qtbot, runner, project) -> DashboardView:
    view = DashboardView(session_for(runner, project), seed=SEED, bootstrap=200)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.state is not None and view.export_button.isEnabled(),
                    timeout=TIMEOUT)
    return view


def test_the_tab_export_button_writes_that_tab_table(qtbot, runner, project, french,
                                                    tmp_path, monkeypatch) -> None:
    view = dashboard(qtbot, runner, project)
    view.tabs.setCurrentIndex(2)  # leakage
    target = tmp_path / "fuites.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV for Excel (*.csv)"))
    view.export_button.click()
    qtbot.waitUntil(lambda: view.exported == target, timeout=TIMEOUT)
    assert view.export_status.text() == "Figures exported to fuites.csv"
    raw = target.read_bytes().decode("utf-8")
    assert raw.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff")), delimiter=";"))
    assert rows[0] == ["Fuites par catégorie"]  # French locale: French headers and dialect
    data = view.state.data["leakage_by_category"]
    by_code = {r[0]: r for r in rows[2:] if r}
    assert by_code["goods_resale"][2] == str(round(data["goods_resale"]["euros"]))
    assert by_code["goods_resale"][3] == (
        f"{100 * data['goods_resale']['share']:.1f}".replace(".", ","))


def test_the_comparison_dialog_exports_the_scenarios(qtbot, runner, project, french, tmp_path,
                                                     monkeypatch) -> None:
    runner.call_sync(lambda: project.scenarios.save(
        ScenarioSpec((Shift("supplies", 0.4),), 0.45, "Ambitieux")))
    view = dashboard(qtbot, runner, project)
    saved = view.scenario.saved
    qtbot.waitUntil(lambda: saved.compare_button.isEnabled(), timeout=TIMEOUT)
    saved.compare_button.click()
    qtbot.waitUntil(lambda: saved.dialog is not None and saved.dialog.isVisible(),
                    timeout=TIMEOUT)
    target = tmp_path / "scenarios.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target.with_suffix("")), "Excel workbook (*.xlsx)"))
    saved.dialog.export_button.click()
    qtbot.waitUntil(lambda: view.exported == target, timeout=TIMEOUT)
    sheet = load_workbook(target)["Scénarios enregistrés"]
    assert [sheet.cell(r, 1).value for r in (2, 3)] == ["Ambitieux", "Prudent"]


def test_file_menu_exports_every_table(window, qtbot, demo_file, tmp_path,
                                       monkeypatch) -> None:
    open_in(window, qtbot, demo_file)
    target = tmp_path / "résultats.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Classeur Excel (*.xlsx)"))
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == "Exporter les &résultats…"]
    action.trigger()
    dashboard = window.views["dashboard"]
    assert window.current_view() == "dashboard"
    qtbot.waitUntil(lambda: dashboard.exported == target, timeout=TIMEOUT)
    assert load_workbook(target).sheetnames[:4] == [
        "Résultats d'ensemble", "LM3 par secteur", "LM3 par type de propriété",
        "Fuites par catégorie"]
