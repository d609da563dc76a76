"""The Impact tab, the comparison window and the scenario's jobs, driven with pytest-qt."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from madeinlocal_desktop import language
from madeinlocal_desktop.gui import dashboard_preview
from madeinlocal_desktop.gui.comparison_window import ComparisonWindow
from madeinlocal_desktop.gui.dashboard import DashboardView
from madeinlocal_desktop.gui.dashboard_format import Numbers
from madeinlocal_desktop.gui.impact_models import RAW
from madeinlocal_desktop.gui.impact_view import ImpactView
from madeinlocal_desktop.gui.session import session_for
from madeinlocal_desktop.gui.tasks import TaskRunner
from madeinlocal_desktop.project import Project
from tests.io_support import REGION, make_study

TIMEOUT = 30_000
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


@pytest.fixture
def french_app(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    translators = dashboard_preview.install_language(qapp, "fr")
    language.set_language("fr")
    yield
    language.set_language(None)
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def open_project(runner: TaskRunner, path: Path) -> Project:
    return runner.call_sync(lambda: Project.open(path, who="test", device="dev-test"))


@pytest.fixture
def project(runner: TaskRunner, tmp_path: Path) -> Iterator[Project]:
    path = tmp_path / "study.madeinlocal"
    with make_study(path) as made:
        made.io.save_settings(regional_employment=REGION)
    project = open_project(runner, path)
    yield project
    runner.call_sync(project.close)


def shown(qtbot, view: ImpactView, signal: str = "opportunities_shown") -> ImpactView:
    qtbot.addWidget(view)
    view.resize(1366, 768)
    with qtbot.waitSignal(getattr(view, signal), timeout=TIMEOUT):
        view.show()
    return view


def column(view: ImpactView, key: str) -> list:
    model = view.opportunities_table.model()
    k = view.opportunities_model.keys().index(key)
    return [model.index(row, k).data(RAW) for row in range(model.rowCount())]


def test_the_opportunities_table_shows_the_ranked_sectors_and_their_total(
        qtbot, runner, project) -> None:
    view = shown(qtbot, ImpactView(session_for(runner, project)))
    result = view.opportunities
    assert result is not None
    expected = runner.call_sync(lambda: project.impact.opportunities(0.25))
    assert column(view, "code")[:-1] == [row["code"] for row in expected["sectors"]]
    assert column(view, "total_jobs")[-1] == pytest.approx(expected["totals"]["total_jobs"])
    # Sorting by another column keeps the total row at the bottom, both ways.
    table = view.opportunities_table
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        table.sortByColumn(view.opportunities_model.keys().index("gap_jobs"), order)
        assert column(view, "code")[-1] in ("Total", "Total")
        gaps = column(view, "gap_jobs")[:-1]
        assert gaps == sorted(gaps, reverse=order == Qt.SortOrder.DescendingOrder)
    assert view.attribution.text().startswith(("Source : World", "Source: World"))


def test_a_larger_share_gives_proportionally_more_jobs(qtbot, runner, project) -> None:
    view = shown(qtbot, ImpactView(session_for(runner, project)))
    assert view.opportunities is not None
    quarter = view.opportunities["totals"]["total_jobs"]
    view.share_spin.setValue(50)
    with qtbot.waitSignal(view.opportunities_shown, timeout=TIMEOUT) as shown_:
        qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    assert shown_.args[0]["share"] == 0.5
    assert shown_.args[0]["totals"]["total_jobs"] == pytest.approx(2 * quarter)


def test_without_territory_employment_a_warning_leads_to_the_io_view(qtbot, runner,
                                                                     tmp_path) -> None:
    make_study(tmp_path / "bare.madeinlocal").close()
    project = open_project(runner, tmp_path / "bare.madeinlocal")
    try:
        view = ImpactView(session_for(runner, project))
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.banner.isVisible(), timeout=TIMEOUT)
        assert view.banner.level == "warning"
        assert "employment" in view.banner.text or "emploi" in view.banner.text
        with qtbot.waitSignal(view.io_requested, timeout=1000):
            view.banner._action.click()
    finally:
        runner.call_sync(project.close)


def test_money_for_capital_lists_every_ownership_type(qtbot, runner, project) -> None:
    view = ImpactView(session_for(runner, project))
    view.tabs.setCurrentIndex(1)
    shown(qtbot, view, "capital_shown")
    model = view.capital_model
    assert model.rowCount() == 2  # the study's one ownership type, and all
    assert model.row(1)["total"] and model.row(1)["n"] == 3
    assert view.charts["capital"].save_action.isEnabled()


def test_the_map_sizes_communes_and_exports_png_and_svg(qtbot, runner, project,
                                                        tmp_path) -> None:
    view = ImpactView(session_for(runner, project))
    view.tabs.setCurrentIndex(2)
    shown(qtbot, view, "map_shown")
    assert view.map is not None and view.map["points"][0]["value"] == 3
    establishments = view.size_combo.model().item(2)
    assert not establishments.isEnabled()  # no business register in this study yet
    with qtbot.waitSignal(view.map_shown, timeout=TIMEOUT) as kept:
        view.size_combo.setCurrentIndex(1)
    assert kept.args[0]["size_by"] == "kept" and kept.args[0]["total"] > 0
    panel = view.charts["map"]
    for suffix in (".png", ".svg"):
        written = panel.save(tmp_path / f"carte{suffix}")
        assert written.stat().st_size > 5_000


def test_a_commune_without_centroid_is_listed_under_the_map(qtbot, runner, tmp_path) -> None:
    path = tmp_path / "celles.madeinlocal"
    with make_study(path) as made:
        study = made.study
        territory = dataclasses.replace(study.territory, communes=["86194", "15031"])
        made.update_study(dataclasses.replace(study, territory=territory))
    project = open_project(runner, path)
    try:
        view = ImpactView(session_for(runner, project))
        view.tabs.setCurrentIndex(2)
        shown(qtbot, view, "map_shown")
        assert "Celles (15031)" in view.map_note.text()
    finally:
        runner.call_sync(project.close)


def copies(demo_file: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The demo and a modified copy: a year later, goods for resale bought more locally."""
    second = tmp_path / "demo-2026.madeinlocal"
    shutil.copy(demo_file, second)
    with Project.open(second) as project:
        project.update_study(dataclasses.replace(project.study, fiscal_year=2026))
        for interview in project.interviews.list()[:70]:
            full = project.interviews.get(interview.id)
            lines = [dataclasses.replace(line, local_share=min(1.0, line.local_share + 0.3))
                     if line.category == "goods_resale" and line.local_share is not None
                     else line for line in full.lines]
            project.interviews.save(dataclasses.replace(full, lines=lines))
    return demo_file, second


def test_the_comparison_window_says_the_years_differ(qtbot, runner, demo_file,
                                                     tmp_path) -> None:
    first, second = copies(demo_file, tmp_path)
    window = ComparisonWindow(runner, first)
    qtbot.addWidget(window)
    window.add_files([second, first])  # the first again is not added twice
    assert window.paths() == [first, second]
    window.show()
    with qtbot.waitSignal(window.compared, timeout=TIMEOUT) as done:
        qtbot.mouseClick(window.compare_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert window.warnings.isVisible()
    assert any(n["code"] == "compare.fiscal_years" for n in result["notices"])
    assert result["notices"][0]["text"] in window.warnings.text()
    lm3 = window.model.row(0)
    assert lm3["diff1"].startswith("+") and lm3["total"]  # significant: drawn in bold
    # shares keep one decimal in every cell, so a column lines up (38,0 %, not 38 %)
    rows = [window.model.row(k) for k in range(window.model.rowCount())]
    shares = [r[f"value{k}"] for r in rows if r.get("value0", "").endswith("%") for k in (0, 1)
              if r.get(f"value{k}") not in (None, "—")]
    assert shares and all(re.fullmatch(r"-?\d+[.,]\d\u00a0?%", s) for s in shares), shares
    out = tmp_path / "comparaison.csv"
    window.export_to(out)
    qtbot.waitUntil(lambda: out.exists(), timeout=TIMEOUT)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_one_study_alone_is_not_compared(qtbot, runner, demo_file) -> None:
    window = ComparisonWindow(runner, demo_file)
    qtbot.addWidget(window)
    window.compare()
    assert window.banner.level == "info" and window.result is None


def test_the_scenario_panel_shows_the_jobs_of_the_scenario(qtbot, runner, project) -> None:
    previous = QLocale()
    QLocale.setDefault(FRENCH)
    try:
        view = DashboardView(session_for(runner, project), bootstrap=0)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        qtbot.waitUntil(lambda: view.state is not None, timeout=TIMEOUT)
        panel = view.scenario
        panel.category.setCurrentIndex(panel.category.findData("supplies"))
        panel.shift_slider.setValue(40)
        qtbot.waitUntil(lambda: panel.outcome is not None and panel.outcome.fraction == 0.4
                        and panel.outcome.category == "supplies", timeout=TIMEOUT)
        impact = runner.call_sync(lambda: project.impact.scenario(
            {"shifts": [{"category": "supplies", "fraction": 0.4}],
             "respend_share": panel.respend.value() / 100}))
        numbers = Numbers(FRENCH)
        assert panel.jobs.text() == numbers.decimal(impact["jobs"], 1)
        assert numbers.euros(impact["value_added"]) in panel.impact_row.toolTip()
        assert numbers.euros(impact["income"]) in panel.impact_row.toolTip()
        assert "FLQ" in panel.impact_row.toolTip()
        assert "M€" in panel.jobs_detail.text() or "k€" in panel.jobs_detail.text()
        panel.category.setCurrentIndex(panel.category.findData("wages"))
        qtbot.waitUntil(lambda: panel.outcome is not None
                        and panel.outcome.category == "wages", timeout=TIMEOUT)
        assert panel.jobs.text() == "—"
    finally:
        QLocale.setDefault(previous)


def colours(image: QImage, step: int = 9) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_screenshots_in_french(qtbot, french_app, runner, demo_file, tmp_path) -> None:
    """The documentation's pictures (MADEINLOCAL_SCREENSHOTS=docs/screenshots to refresh)."""
    from madeinlocal_desktop.gui.io_preview import PREVIEW_EMPLOYMENT

    folder = Path(os.environ.get("MADEINLOCAL_SCREENSHOTS") or tmp_path)
    first, second = copies(demo_file, tmp_path)
    project = open_project(runner, first)
    try:
        runner.call_sync(lambda: project.io.save_settings(regional_employment=PREVIEW_EMPLOYMENT))
        view = shown(qtbot, ImpactView(session_for(runner, project)))
        assert view.tabs.tabText(0) == "Opportunités de relocalisation"
        qtbot.wait(200)
        image = view.grab().toImage()
        assert image.save(str(folder / "impact-opportunities.png"))
        assert colours(image) > 20
        with qtbot.waitSignal(view.map_shown, timeout=TIMEOUT):
            view.tabs.setCurrentIndex(2)
        qtbot.wait(300)
        assert view.grab().save(str(folder / "impact-map.png"))
        with qtbot.waitSignal(view.capital_shown, timeout=TIMEOUT):
            view.tabs.setCurrentIndex(1)
        qtbot.wait(300)
        assert view.grab().save(str(folder / "impact-capital.png"))
    finally:
        runner.call_sync(project.close)
    window = ComparisonWindow(runner, first)
    qtbot.addWidget(window)
    window.add_files([second])
    window.resize(1280, 720)
    window.show()
    with qtbot.waitSignal(window.compared, timeout=TIMEOUT):
        window.compare()
    qtbot.wait(200)
    assert window.grab().save(str(folder / "impact-comparison.png"))
    assert "exercices différents" in window.warnings.text()
