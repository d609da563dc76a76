"""The dashboard on a real study, driven with pytest-qt on the offscreen platform."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from madeinlocal_desktop.analysis.dashboard_data import run_scenario
from madeinlocal_desktop.gui.dashboard import DashboardView
from madeinlocal_desktop.gui.dashboard_format import NBSP, Numbers
from madeinlocal_desktop.gui.session import session_for
from madeinlocal_desktop.gui.tasks import TaskRunner
from madeinlocal_desktop.project import Project
from tests.dashboard_support import SEED, make_demo_study

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
TIMEOUT = 30_000  # ms: a slow CI machine still analyses the demo in well under a second


@pytest.fixture
def french() -> Iterator[Numbers]:
    previous = QLocale()
    QLocale.setDefault(FRENCH)
    yield Numbers(FRENCH)
    QLocale.setDefault(previous)


@pytest.fixture
def study(tmp_path: Path) -> Path:
    return make_demo_study(tmp_path / "demo.madeinlocal")


@pytest.fixture
def project(runner: TaskRunner, study: Path) -> Iterator[Project]:
    project = runner.call_sync(lambda: Project.open(study, who="test", device="dev-test"))
    yield project
    runner.call_sync(project.close)


def shown(qtbot, view: DashboardView) -> DashboardView:
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.state is not None, timeout=TIMEOUT)
    return view


def euros(text: str, numbers: Numbers) -> float:
    """'+12 298 737 €' read back the French way."""
    return numbers.parse(text.replace("€", "").replace("+", "").replace(NBSP, "").strip())


def test_headline_is_what_the_command_line_prints(qtbot, runner, project, study, french,
                                                  user_home) -> None:
    view = shown(qtbot, DashboardView(session_for(runner, project), seed=SEED))
    env = dict(os.environ, MADEINLOCAL_HOME=str(user_home))
    done = subprocess.run([sys.executable, "-m", "madeinlocal_desktop.launcher", "analyse",
                           str(study), "--format", "json", "--seed", str(SEED)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    cli = json.loads(done.stdout)

    lm3 = cli["lm3"]
    assert view.headline.text() == french.decimal(lm3["ratio_of_totals"], 2)
    assert french.parse(view.headline.text()) == pytest.approx(lm3["ratio_of_totals"], abs=0.005)
    assert "," in view.headline.text()  # "1,38", not "1.38"
    low, high = (french.decimal(v, 2) for v in lm3["ci95"])
    assert f"{low} – {high}" in view.headline_detail.text()
    assert f"n = {cli['n']}" in view.headline_detail.text()
    # The demo's landlord, owner, tax, lender and charity shares are the coordinator's defaults:
    # the range they open is shown beside the typical shop.
    # (In whichever interface language an earlier test left installed.)
    low, high = (french.decimal(v, 2) for v in lm3["proxy_ci95"])
    estimated = view.typical.text().splitlines()[-1]
    assert f"({len(cli['proxy_shares']['groups'])} " in estimated
    assert estimated.endswith(high) and f" {low} " in estimated
    assert "Monte" in view.typical.toolTip() and "landlord" in view.typical.toolTip()
    assert view.recirculation.text() == french.percent(cli["recirculation_share"])
    assert view.state is not None
    assert view.state.data["lm3"] == lm3  # the same seed gives the same bootstrap interval
    assert view.fictitious_banner.isVisible()


def test_scenario_slider_moves_the_new_lm3_and_the_euros_kept(qtbot, runner, project,
                                                              french) -> None:
    view = shown(qtbot, DashboardView(session_for(runner, project), bootstrap=0))
    panel = view.scenario
    qtbot.waitUntil(lambda: panel.outcome is not None, timeout=TIMEOUT)
    assert panel.category.currentData() == "goods_resale"  # the largest leak first
    before_lm3, before_kept = panel.lm3.text(), panel.kept.text()

    panel.shift_slider.setValue(60)
    qtbot.waitUntil(lambda: panel.outcome is not None and panel.outcome.fraction == 0.6,
                    timeout=TIMEOUT)
    assert panel.lm3.text() != before_lm3 and panel.kept.text() != before_kept
    assert french.parse(panel.lm3.text()) > french.parse(before_lm3)
    assert view.state is not None
    expected = run_scenario(view.state.basis, "goods_resale", 0.6, panel.respend.value() / 100)
    assert panel.lm3.text() == french.decimal(expected.lm3_after)
    assert euros(panel.kept.text(), french) == pytest.approx(round(expected.kept_locally))
    assert panel.kept.text().endswith(f"{NBSP}€") and panel.kept.text().startswith("+")

    panel.respend.setValue(0)  # the spin box and its slider move together
    assert panel.respend_slider.value() == 0
    qtbot.waitUntil(lambda: panel.outcome is not None and panel.outcome.respend_share == 0,
                    timeout=TIMEOUT)
    assert euros(panel.kept.text(), french) == pytest.approx(round(expected.shifted))


def test_a_fast_drag_computes_the_last_position(qtbot, runner, project) -> None:
    view = shown(qtbot, DashboardView(session_for(runner, project), bootstrap=0))
    panel = view.scenario
    qtbot.waitUntil(lambda: panel.outcome is not None, timeout=TIMEOUT)
    for value in range(0, 101, 5):
        panel.shift_slider.setValue(value)
    qtbot.waitUntil(lambda: panel.outcome is not None and panel.outcome.fraction == 1.0,
                    timeout=TIMEOUT)


def test_cancel_keeps_the_previous_result_and_shows_no_error(qtbot, runner, project) -> None:
    view = shown(qtbot, DashboardView(session_for(runner, project), bootstrap=200))
    previous_state, previous_text = view.state, view.headline.text()
    gate = threading.Event()
    runner.run(lambda task: gate.wait(TIMEOUT / 1000))  # holds the worker: cancel comes first
    view.refresh()
    assert view.busy and view.progress.isVisible() and view.cancel_button.isVisible()
    with qtbot.waitSignal(view.analysisCancelled, timeout=TIMEOUT):
        view.cancel()
        gate.set()
    assert view.state is previous_state
    assert view.headline.text() == previous_text
    assert not view.message.isVisible() and not view.busy
    assert not view.progress.isVisible() and view.refresh_button.isEnabled()


def test_refresh_while_running_replaces_the_old_run(qtbot, runner, project) -> None:
    view = shown(qtbot, DashboardView(session_for(runner, project), bootstrap=200))
    first = view.state
    view.refresh()
    view.refresh()
    qtbot.waitUntil(lambda: view.state is not first and not view.busy, timeout=TIMEOUT)
    assert not view.message.isVisible()


def test_saving_charts_writes_png_and_svg(qtbot, runner, project, tmp_path: Path) -> None:
    view = shown(qtbot, DashboardView(session_for(runner, project), bootstrap=0))
    # The scenario chart follows the sliders after a pause.
    qtbot.waitUntil(lambda: view.charts["scenario"].save_action.isEnabled(), timeout=TIMEOUT)
    assert set(view.charts) == {"by_sector", "by_ownership", "leakage", "money_trail",
                                "scenario"}
    png = view.charts["by_sector"].save(tmp_path / "sector.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = view.charts["money_trail"].save(tmp_path / "trail.svg")
    assert ET.parse(svg).getroot().tag.endswith("svg")
    scenario = view.charts["scenario"].save(tmp_path / "scenario.png")
    assert scenario.stat().st_size > 1000
    assert view.charts["leakage"].save_action.isEnabled()


def test_charts_are_drawn_in_french(qtbot, runner, project, french) -> None:
    view = shown(qtbot, DashboardView(session_for(runner, project), bootstrap=0))
    figure = view.charts["by_sector"].figure
    assert figure is not None and figure.get_suptitle() == "LM3 par secteur d'activité"
    view.tabs.setCurrentIndex(2)
    leakage = view.charts["leakage"].figure
    assert leakage is not None
    labels = [t.get_text() for t in leakage.axes[0].get_yticklabels()]
    assert "Marchandises achetées pour la revente" in labels


def test_no_study_shows_a_placeholder(qtbot, runner) -> None:
    view = DashboardView()
    qtbot.addWidget(view)
    view.show()
    assert view.pages.currentWidget() is view.placeholder
    view.refresh()  # nothing to analyse: nothing happens
    assert not view.busy and view.state is None


def test_a_study_without_interviews_says_so_in_place(qtbot, runner, tmp_path: Path) -> None:
    empty = runner.call_sync(lambda: Project.new_study(
        tmp_path / "empty.madeinlocal", "Vide", 2025, who="test", device="dev-test"))
    view = DashboardView(session_for(runner, empty))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.message.isVisible(), timeout=TIMEOUT)
    assert "No interview can be analysed" in view.message.text()
    assert not view.copy_details.isVisible()  # a user-facing message, not a crash
    assert view.headline.text() == "—" and not view.fictitious_banner.isVisible()
    runner.call_sync(empty.close)


def test_the_charts_are_drawn_off_the_ui_thread_while_it_keeps_ticking(qtbot, runner,
                                                                       project) -> None:
    """Opening the dashboard never freezes the window: the analysis runs on the study's worker,
    matplotlib is imported and every chart is built and drawn on the chart thread, and the UI
    thread only paints the pictures. (The 50 ms figure is the benchmark's; this bound only
    catches a chart drawn on the UI thread again, 100-650 ms each.)"""
    from PySide6.QtCore import QElapsedTimer, QTimer

    drawn: list[str] = []
    view = DashboardView(session_for(runner, project), bootstrap=0)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    clock, gaps = QElapsedTimer(), [0]
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        gaps.append(clock.elapsed() - last[0])
        last[0] = clock.elapsed()

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)
    ticker.start()
    view.show()
    for key, panel in view.charts.items():
        panel.drawn.connect(lambda key=key: drawn.append(key))
    assert view.charts and not drawn  # the panels are there; no chart is drawn on show
    qtbot.waitUntil(lambda: view.state is not None
                    and all(panel.up_to_date for panel in view.charts.values()),
                    timeout=TIMEOUT)
    ticker.stop()
    assert drawn[0] == "by_sector"  # the visible tab's chart first, then the hidden ones
    assert set(drawn) >= {"by_sector", "by_ownership", "leakage", "money_trail", "scenario"}
    assert view.charts["by_sector"].canvas is not None
    assert max(gaps) < 250, f"the UI thread stood still for {max(gaps)} ms"


def test_importing_the_dashboard_does_not_load_matplotlib() -> None:
    """The application starts fast: matplotlib comes with the dashboard's first show."""
    script = ("import sys, madeinlocal_desktop.gui.dashboard; "
              "assert not [m for m in sys.modules if m.startswith('matplotlib')], 'loaded'")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_hidden_dashboard_waits_to_be_shown_before_analysing(qtbot, runner, project) -> None:
    view = DashboardView(session_for(runner, project), bootstrap=0)
    qtbot.addWidget(view)
    assert not view.busy and view.state is None  # the worker stays free for other views
    view.show()
    qtbot.waitUntil(lambda: view.state is not None, timeout=TIMEOUT)
    first = view.state
    view.hide()
    view.invalidate()
    assert not view.busy and view.state is first
    view.show()
    qtbot.waitUntil(lambda: view.state is not first, timeout=TIMEOUT)
