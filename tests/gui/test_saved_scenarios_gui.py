"""Saved scenarios in the dashboard's what-if panel, driven with pytest-qt: save the sliders
under a name, load, compare two in a table, delete; the figures are the project's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from madeinlocal_desktop.analysis.scenario_impact import ScenarioSpec, Shift
from madeinlocal_desktop.gui.dashboard import DashboardView
from madeinlocal_desktop.gui.dashboard_format import Numbers
from madeinlocal_desktop.gui.session import session_for
from madeinlocal_desktop.gui.tasks import TaskRunner
from madeinlocal_desktop.project import Project
from tests.dashboard_support import SEED, make_demo_study

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
TIMEOUT = 30_000


@pytest.fixture
def french() -> Iterator[Numbers]:
    previous = QLocale()
    QLocale.setDefault(FRENCH)
    yield Numbers(FRENCH)
    QLocale.setDefault(previous)


@pytest.fixture
def project(runner: TaskRunner, tmp_path: Path) -> Iterator[Project]:
    study = make_demo_study(tmp_path / "demo.madeinlocal")
    project = runner.call_sync(lambda: Project.open(study, who="test", device="dev-test"))
    yield project
    runner.call_sync(project.close)


def settled(qtbot, view: DashboardView) -> None:
    """The sliders' last request answered: nothing left for the worker after the test."""
    panel = view.scenario
    qtbot.waitUntil(lambda: not panel._timer.isActive() and not panel._inflight,
                    timeout=TIMEOUT)


def dashboard(qtbot, runner: TaskRunner, project: Project) -> DashboardView:
    view = DashboardView(session_for(runner, project), seed=SEED, bootstrap=200)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.state is not None, timeout=TIMEOUT)
    return view


def test_the_sliders_saved_under_a_name_show_the_project_figures(qtbot, runner, project,
                                                                french) -> None:
    view = dashboard(qtbot, runner, project)
    panel, saved = view.scenario, view.scenario.saved
    panel.category.setCurrentIndex(panel.category.findData("supplies"))
    panel.shift_slider.setValue(30)
    panel.respend.setValue(60)
    saved.save_current("Circuits courts")
    qtbot.waitUntil(lambda: saved.figures is not None, timeout=TIMEOUT)
    assert saved.names == ["Circuits courts"]
    assert saved.choice.currentText() == "Circuits courts"
    kept = runner.call_sync(lambda: project.scenarios.get("Circuits courts"))
    assert kept == ScenarioSpec((Shift("supplies", 0.3),), 0.6, "Circuits courts")
    result = runner.call_sync(lambda: project.scenarios.run("Circuits courts"))
    text = saved.summary.text()
    assert f"LM3 {french.decimal(result['lm3_after'], 3)}" in text
    assert french.euros(result["extra_local_euros"], signed=True) in text
    # The national table until the study sets its model, as the sliders' own figures.
    assert f"{french.decimal(result['jobs'], 1)} jobs" in text
    settled(qtbot, view)


def test_loading_a_saved_scenario_puts_it_on_the_sliders(qtbot, runner, project,
                                                        french) -> None:
    runner.call_sync(lambda: project.scenarios.save(
        ScenarioSpec((Shift("energy", 0.4, 0.25), Shift("supplies", 0.1)), 0.5, "Énergie")))
    view = dashboard(qtbot, runner, project)
    saved = view.scenario.saved
    qtbot.waitUntil(lambda: saved.names == ["Énergie"], timeout=TIMEOUT)
    saved.choice.setCurrentIndex(1)
    saved.choice.activated.emit(1)
    qtbot.waitUntil(lambda: saved.figures is not None, timeout=TIMEOUT)
    panel = view.scenario
    assert panel.category.currentData() == "energy"
    assert panel.shift_slider.value() == 40 and panel.respend.value() == 25
    both = runner.call_sync(lambda: project.scenarios.run("Énergie"))
    assert french.decimal(both["lm3_after"], 3) in saved.summary.text()
    settled(qtbot, view)


def test_two_saved_scenarios_compared_side_by_side(qtbot, runner, project, french) -> None:
    runner.call_sync(lambda: project.io.save_settings().value)  # the national model: jobs shown
    for name, share in (("Prudent", 0.1), ("Ambitieux", 0.5)):
        runner.call_sync(lambda n=name, s=share: project.scenarios.save(
            ScenarioSpec((Shift("supplies", s),), 0.45, n)))
    view = dashboard(qtbot, runner, project)
    saved = view.scenario.saved
    qtbot.waitUntil(lambda: saved.compare_button.isEnabled(), timeout=TIMEOUT)
    saved.compare("Ambitieux", "Prudent")
    qtbot.waitUntil(lambda: saved.dialog is not None and saved.dialog.isVisible(),
                    timeout=TIMEOUT)
    table = saved.dialog.table
    expected = runner.call_sync(lambda: project.scenarios.compare("Ambitieux", "Prudent"))
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in (1, 2, 3)]
            for r in range(table.rowCount())}
    assert rows["Jobs"] == [french.decimal(expected["a"]["jobs"], 1),
                               french.decimal(expected["b"]["jobs"], 1),
                               french.decimal(expected["difference"]["jobs"], 1)]
    assert rows["LM3 after"][0] == french.decimal(expected["a"]["lm3_after"], 3)
    assert table.horizontalHeaderItem(1).text() == "A · Ambitieux"
    assert saved.dialog.note.text() == ""
    # Choosing another pair in the dialog compares again.
    saved.dialog.second.setCurrentIndex(saved.dialog.second.findText("Ambitieux"))
    saved.dialog.first.setCurrentIndex(saved.dialog.first.findText("Prudent"))
    saved.dialog.first.activated.emit(0)
    qtbot.waitUntil(lambda: table.horizontalHeaderItem(1).text() == "A · Prudent",
                    timeout=TIMEOUT)


def test_delete_and_a_refused_name_leave_the_list_right(qtbot, runner, project,
                                                       french) -> None:
    runner.call_sync(lambda: project.scenarios.save(
        ScenarioSpec((Shift("supplies", 0.1),), 0.45, "Prudent")))
    view = dashboard(qtbot, runner, project)
    saved = view.scenario.saved
    qtbot.waitUntil(lambda: saved.names == ["Prudent"], timeout=TIMEOUT)
    saved.save_current("   ")
    qtbot.waitUntil(lambda: saved.error.isVisible(), timeout=TIMEOUT)
    assert saved.error.text() == "The scenario needs a name"
    saved.save_current("prudent")  # taken, and not asked to replace
    qtbot.waitUntil(lambda: "already called 'Prudent'" in saved.error.text(), timeout=TIMEOUT)
    assert runner.call_sync(project.scenarios.names) == ["Prudent"]
    saved.delete("Prudent")
    qtbot.waitUntil(lambda: saved.names == [], timeout=TIMEOUT)
    assert not saved.delete_button.isEnabled() and not saved.compare_button.isEnabled()
    assert runner.call_sync(project.scenarios.names) == []
