"""The input-output view driven like a coordinator would: type, choose, compute, shock, export."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from madeinlocal_desktop import paths
from madeinlocal_desktop.gui.io_models import RAW, RegionalEmploymentModel
from madeinlocal_desktop.gui.io_view import InputOutputView
from madeinlocal_desktop.gui.tasks import TaskRunner
from madeinlocal_desktop.project import Project
from tests.gui.conftest import session_of
from tests.io_support import REGION, make_study


@pytest.fixture
def project(tmp_path: Path, runner: TaskRunner):
    project = make_study(tmp_path / "study.madeinlocal")
    yield project
    runner.call_sync(project.close)


@pytest.fixture
def view(qtbot, runner: TaskRunner, project: Project) -> InputOutputView:
    view = InputOutputView(session_of(runner, project))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.employment.rowCount() == 17, timeout=10000)
    return view


def type_in_cell(qtbot, view: InputOutputView, row: int, text: str) -> None:
    """Select the regional cell, type as a person would and press Enter."""
    table = view.employment_view
    index = view.employment.index(row, RegionalEmploymentModel.REGIONAL)
    table.setFocus()
    table.setCurrentIndex(index)  # the form edits as soon as a cell is current
    QApplication.processEvents()
    if table.state() != QAbstractItemView.State.EditingState:
        table.edit(index)
        QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    editor.clear()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)  # the delegate commits on Enter through a queued call


def fill_region(qtbot, view: InputOutputView) -> None:
    codes = view.employment.codes()
    type_in_cell(qtbot, view, 0, "5590")
    type_in_cell(qtbot, view, codes.index("OQ"), "29 650")
    for row, code in enumerate(codes):
        if code not in ("AZ", "OQ"):
            view.employment.setData(view.employment.index(row, 3), str(REGION[code]))


def compute(qtbot, view: InputOutputView) -> dict:
    with qtbot.waitSignal(view.computed, timeout=15000) as blocker:
        qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_the_form_shows_every_sector_with_its_national_employment(view: InputOutputView) -> None:
    model = view.employment
    assert model.codes()[:3] == ["AZ", "DE", "C1"]
    assert model.index(0, 1).data() == "Agriculture, sylviculture et pêche"
    assert model.index(0, RegionalEmploymentModel.NATIONAL).data(RAW) == pytest.approx(763000)
    assert model.index(0, RegionalEmploymentModel.REGIONAL).data(RAW) is None
    assert not view.shock.isEnabled() and not view.export_csv.isEnabled()


def test_typed_employment_and_flq_fill_the_multipliers_off_the_ui_thread(
        qtbot, view: InputOutputView, project: Project, runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[str] = []
    original = project.io.multipliers

    def spy() -> dict:
        threads.append(threading.current_thread().name)
        return original()

    monkeypatch.setattr(project.io, "multipliers", spy)
    fill_region(qtbot, view)
    assert view.employment.regional()["AZ"] == 5590 and view.employment.regional()["OQ"] == 29650
    view.method_combo.setCurrentIndex(view.method_combo.findData("slq"))
    assert not view.delta_spin.isEnabled()
    view.method_combo.setCurrentIndex(view.method_combo.findData("flq"))
    assert view.delta_spin.isEnabled()

    shown = compute(qtbot, view)
    assert threads and all(name.startswith("study-db") for name in threads)
    expected = runner.call_sync(original)
    assert shown.regionalisation["method"] == "flq"
    assert expected.regionalisation == shown.regionalisation
    model = view.multipliers
    keys = model.column_keys()
    assert model.rowCount() == 17
    for column, key in enumerate(keys):
        values = [model.index(row, column).data(RAW) for row in range(17)]
        if key == "column_sources":
            assert values == [expected.column_sources[c] for c in expected.sectors]
        elif key in ("sectors", "labels"):
            assert values == expected.to_dict()[key]
        else:
            assert values == pytest.approx(expected.to_dict()[key])
    assert "output_multipliers_type2" not in keys  # open model
    saved = runner.call_sync(project.io.settings)
    assert saved.method == "flq" and dict(saved.regional_employment or {})["AZ"] == 5590
    assert "CC BY 4.0" in view.attribution_label.text()


def test_the_closed_model_adds_type_ii_columns(qtbot, view: InputOutputView) -> None:
    fill_region(qtbot, view)
    view.closed_check.setChecked(True)
    compute(qtbot, view)
    assert "output_multipliers_type2" in view.multipliers.column_keys()


def test_the_shock_panel_shows_jobs(qtbot, view: InputOutputView, project: Project,
                                    runner: TaskRunner) -> None:
    fill_region(qtbot, view)
    compute(qtbot, view)
    panel = view.shock
    assert panel.isEnabled()
    panel.sector.setCurrentIndex(panel.sector.findData("IZ"))
    panel.amount.clear()
    qtbot.keyClicks(panel.amount, "250000")
    with qtbot.waitSignal(panel.computed, timeout=10000) as blocker:
        qtbot.mouseClick(panel.compute_button, Qt.MouseButton.LeftButton)
    expected = runner.call_sync(lambda: project.io.shock("IZ", 250000))
    assert blocker.args[0].total == expected.total
    jobs = expected.total.jobs
    assert jobs > 0
    assert panel.jobs_label.text().replace(",", ".") == f"{jobs:.1f}"
    assert panel.output_label.text() not in ("", "—")


def test_export_writes_a_csv_pandas_reads_back(qtbot, view: InputOutputView,
                                               tmp_path: Path) -> None:
    fill_region(qtbot, view)
    shown = compute(qtbot, view)
    target = tmp_path / "multiplicateurs.csv"
    with qtbot.waitSignal(view.exported, timeout=10000):
        view.export_to(target)
    frame = pd.read_csv(target, sep=";", decimal=",", encoding="utf-8-sig")
    first = view.multipliers.headers(one_line=True)["output_multipliers"]
    frame = frame[frame[first].notna()]
    assert frame[first].tolist() == pytest.approx(shown.output_multipliers)
    assert list(frame.iloc[:, 0]) == shown.sectors


def test_a_missing_sector_is_shown_and_nothing_is_saved(qtbot, view: InputOutputView,
                                                        project: Project,
                                                        runner: TaskRunner) -> None:
    type_in_cell(qtbot, view, 0, "5590")
    qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    assert "DE" in view.banner.text
    assert view.employment_view.currentIndex().row() == 1
    assert not runner.call_sync(project.io.has_settings)


def test_the_core_refusal_is_shown_in_place(qtbot, view: InputOutputView, project: Project,
                                            runner: TaskRunner) -> None:
    fill_region(qtbot, view)
    row = view.employment.codes().index("C2")
    view.employment.setData(view.employment.index(row, 3), "50000")  # national is 5 000
    qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.banner.text), timeout=10000)
    assert "C2" in view.banner.text
    assert view.employment_view.currentIndex().row() == row
    assert not runner.call_sync(project.io.has_settings)
    assert view.compute_button.isEnabled()


def test_the_core_refusal_reads_in_the_interface_language(qtbot, french, view: InputOutputView,
                                                          project: Project,
                                                          runner: TaskRunner) -> None:
    """The core's own message, from the catalogue: no rewording in the GUI."""
    fill_region(qtbot, view)
    row = view.employment.codes().index("C2")
    view.employment.setData(view.employment.index(row, 3), "50000")
    qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.banner.text), timeout=10000)
    assert view.banner.text.startswith(
        "L'emploi régional dépasse l'emploi national dans le secteur C2 (50\u202f000 > ")
    assert view.employment_view.currentIndex().row() == row


def test_text_that_is_not_a_number_is_refused(qtbot, view: InputOutputView) -> None:
    type_in_cell(qtbot, view, 0, "beaucoup")
    assert view.employment.regional()["AZ"] is None
    assert view.banner.text


def test_reopening_shows_the_saved_model(qtbot, runner: TaskRunner, project: Project) -> None:
    runner.call_sync(lambda: project.io.save_settings(regional_employment=REGION, closed=True))
    view = InputOutputView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.computed, timeout=15000):
        view.set_session(session_of(runner, project))
    assert view.closed_check.isChecked()
    assert view.employment.regional()["OQ"] == 29650
    assert view.multipliers.rowCount() == 17 and view.shock.isEnabled()


def test_every_string_of_the_view_has_its_french(tmp_path: Path) -> None:
    """lupdate finds the view's tr() texts; the French catalogue must translate each one."""
    import subprocess

    from madeinlocal_desktop.gui.i18n import find_lrelease

    lrelease = find_lrelease()
    assert lrelease is not None
    lupdate = str(Path(lrelease).with_name(Path(lrelease).name.replace("lrelease", "lupdate")))
    gui = Path(__file__).resolve().parents[2] / "madeinlocal_desktop" / "gui"
    sources = [str(gui / name) for name in ("io_view.py", "io_models.py", "io_shock_panel.py")]
    found = tmp_path / "io_view.ts"
    subprocess.run([lupdate, "-locations", "none", *sources, "-ts", str(found)], check=True,
                   capture_output=True, timeout=60)

    def messages(path: Path) -> dict[tuple[str, str], str]:
        out = {}
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                done = translation is not None and translation.get("type") is None
                out[(context.findtext("name") or "", message.findtext("source") or "")] = (
                    (translation.text or "") if done and translation is not None else "")
        return out

    needed = messages(found)
    catalogue = messages(paths.resource("translations", "madeinlocal_fr.ts"))
    assert len(needed) > 50
    assert [key for key in needed if not catalogue.get(key)] == []


@pytest.fixture
def french(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale

    from madeinlocal_desktop.gui.i18n import Translations

    previous = QLocale()
    translations = Translations()
    translations.apply("fr")
    yield
    for translator in translations._installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_screenshot_in_french(qtbot, french, runner: TaskRunner, demo_file: Path,
                              tmp_path: Path) -> None:
    """The documentation's picture (MADEINLOCAL_SCREENSHOTS=docs/screenshots to refresh it)."""
    import os

    from madeinlocal_desktop.gui.io_preview import PREVIEW_EMPLOYMENT

    folder = Path(os.environ.get("MADEINLOCAL_SCREENSHOTS") or tmp_path)
    project = runner.call_sync(lambda: Project.open(demo_file, who="test", device="dev-test"))
    try:
        runner.call_sync(lambda: project.io.save_settings(regional_employment=PREVIEW_EMPLOYMENT))
        view = InputOutputView()
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        with qtbot.waitSignal(view.computed, timeout=20000):
            view.set_session(session_of(runner, project))
        view.shock.sector.setCurrentIndex(view.shock.sector.findData("FZ"))
        view.shock.amount.set_value(1_000_000_00)
        with qtbot.waitSignal(view.shock.computed, timeout=10000):
            view.shock.compute()
        qtbot.wait(100)
        image = view.grab()
        assert image.save(str(folder / "input-output.png"))
    finally:
        runner.call_sync(project.close)
    assert (image.width(), image.height()) == (1366, 768)
    assert view.compute_button.text() == "Enregistrer et calculer"
    assert view.multipliers.headerData(2, Qt.Orientation.Horizontal) == "Production\n(type I)"
    assert view.attribution_label.text().startswith("Source : World Input-Output Database")
    assert view.shock.jobs_label.text() not in ("", "—")


def test_saving_the_model_tells_the_other_views(qtbot, runner: TaskRunner,
                                                project: Project) -> None:
    session = session_of(runner, project)
    view = InputOutputView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.employment.rowCount() == 17, timeout=10000)
    fill_region(qtbot, view)
    with qtbot.waitSignal(session.changed, timeout=15000) as told:
        qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    assert told.args[0].io and not told.args[0].records
    assert runner.call_sync(lambda: project.io.settings().regional_employment)["OQ"] == 29650
