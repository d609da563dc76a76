"""The Territoire view, driven as a coordinator would in the French interface: the demo's
territory figures (the same as `madeinlocal analyse --territory`), importing a register with
its refusals and its column mapping, adding a frame unit to the register, the design and the
draw, and the input-output employment taken from the register."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget

from madeinlocal_desktop import paths
from madeinlocal_desktop.gui import territory_view
from madeinlocal_desktop.gui.territory_frame_panel import SHOWN
from madeinlocal_desktop.gui.territory_view import TerritoryView
from madeinlocal_desktop.project import Project
from tests.territory_support import row, sirets, write_csv

from .conftest import open_in, wait_idle

GUI = Path(territory_view.__file__).parent
PLACEHOLDER = re.compile(r"\{\w*\}")


@pytest.fixture(scope="session")
def territory_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo study with its fictitious register, design and draw (as `ensure_demo`)."""
    from madeinlocal_desktop.project import Project

    path = tmp_path_factory.mktemp("territory") / "demo.madeinlocal"
    Project.create_demo(path).close()
    return path


@pytest.fixture
def territory_file(territory_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.madeinlocal"
    shutil.copy(territory_template, target)
    return target


def show_territory(window, qtbot, path: Path) -> TerritoryView:  # type: ignore[no-untyped-def]
    open_in(window, qtbot, path)
    view = window.views["territory"]
    assert isinstance(view, TerritoryView)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        window.show_view("territory")
    wait_idle(window, qtbot)
    return view


def test_the_demo_territory_shows_the_cli_figures(window, qtbot, territory_file) -> None:
    view = show_territory(window, qtbot, territory_file)
    shown = view.state.estimate
    assert view.fictitious.isVisible()  # the demo says it is invented
    window.close_study()
    with Project.open(territory_file) as project:
        expected = project.territory.estimate().to_dict()
    assert shown["lm3"] == expected["lm3"] and shown["totals"] == expected["totals"]
    assert view.results.lm3.text() == f"{expected['lm3']['estimate']:.2f}".replace(".", ",")
    kept = expected["totals"]["local"]["estimate"] / 1e6
    assert view.results.kept.text() == f"{kept:.1f}".replace(".", ",") + "\u00a0M€"
    assert "établissements répondants" in view.results.coverage.text()
    assert "hors répertoire" in view.results.coverage.text()
    assert view.results.strata.rowCount() == len(expected["strata"])
    notes = [view.results.strata.item(r, 5).text() for r in range(view.results.strata.rowCount())]
    assert any(n.startswith("une seule réponse") for n in notes)
    assert any("non couverte" in n for n in notes)


def test_a_broad_search_lists_fifty_and_asks_to_narrow_it(window, qtbot, territory_file) -> None:
    """"martin" matches more of the demo register than a list can show: it says so instead of
    calling the first fifty all there is."""
    view = show_territory(window, qtbot, territory_file)
    panel = view.frame_panel
    with qtbot.waitSignal(panel.search_done, timeout=10_000):
        panel.search.setText("martin")
        panel.run_search()
    assert panel.results.rowCount() == SHOWN
    assert panel.found_label.text() == "Les 50 premiers affichés : précisez la recherche"
    with qtbot.waitSignal(panel.search_done, timeout=10_000):
        panel.search.setText("agence martin")
        panel.run_search()
    assert 0 < panel.results.rowCount() < 50
    assert panel.found_label.text() == f"résultats : {panel.results.rowCount()}"


def test_the_chart_and_profile_are_drawn(window, qtbot, territory_file) -> None:
    view = show_territory(window, qtbot, territory_file)
    view.results.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.results.chart is not None
                    and view.results.chart.figure is not None, timeout=10_000)
    figure = view.results.chart.figure
    assert figure.axes[0].get_legend().get_texts()[0].get_text() == "Gardé localement (R2 + R3)"
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert len(labels) == len(view.state.estimate["by_sector"])
    view.results.tabs.setCurrentIndex(3)
    assert "économie sociale et solidaire" in view.results.profile_label.text()
    assert view.results.profile.rowCount() == len(view.state.profile["by_sector"])


def tr_strings() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in sorted(GUI.glob("territory*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr" and node.args
                        and isinstance(node.args[0], ast.Constant)):
                    found.add((cls.name, node.args[0].value))
    return found


def test_every_territory_string_has_a_french_translation() -> None:
    strings = tr_strings()
    assert len(strings) > 100
    known: dict[tuple[str, str], str] = {}
    ts = paths.resource("translations", "madeinlocal_fr.ts")
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                known[(name, message.findtext("source", ""))] = translation.text
    missing = sorted(s for s in strings if not known.get(s))
    assert not missing
    for key in strings:
        assert sorted(PLACEHOLDER.findall(key[1])) == sorted(PLACEHOLDER.findall(known[key]))


def test_french_mode_shows_no_english(window, qtbot, territory_file) -> None:
    view = show_territory(window, qtbot, territory_file)
    english = {source for _, source in tr_strings()} - {"N", "n", "SIRET", "NAF"}
    shown = [w.text() for w in view.findChildren(QLabel) + view.findChildren(QAbstractButton)
             if w.text()]
    for tabs in view.findChildren(QTabWidget):
        shown += [tabs.tabText(i) for i in range(tabs.count())]
    assert not [text for text in shown if text in english]
    assert "Plan et tirage" in shown and "Recalculer" in shown


def small_study(tmp_path: Path) -> Path:
    path = tmp_path / "poitiers.madeinlocal"
    with Project.new_study(path, "Centre de Poitiers", 2025, ["86194"], "Poitiers"):
        pass
    return path


def test_import_refusal_then_mapping_then_search_and_add(window, qtbot, tmp_path) -> None:
    study = small_study(tmp_path)
    view = show_territory(window, qtbot, study)
    panel = view.frame_panel
    assert "Pas encore de répertoire" in panel.summary.text()
    s = sirets(3, seed=8)
    niort = write_csv(tmp_path / "niort.csv", [row(x, "47.24Z", commune="79191") for x in s])
    panel.import_file(niort)
    qtbot.waitUntil(lambda: "79191" in view.banner.text, timeout=10_000)
    assert "79191" in view.banner.text and "communes de l'étude" in view.banner.text
    wait_idle(window, qtbot)
    assert "Pas encore de répertoire" in panel.summary.text()  # nothing changed

    excel = write_csv(tmp_path / "excel.csv", [
        {"Numéro SIRET": s[0], "Code commune": "86194", "Code APE": "47.24Z",
         "Enseigne": "Pâtisserie Zoé"},
        {"Numéro SIRET": s[1], "Code commune": "86194", "Code APE": "56.10A",
         "Enseigne": "Le Bistrot"}], delimiter=";")
    panel.import_file(excel)
    qtbot.waitUntil(lambda: getattr(panel, "mapping_dialog", None) is not None
                    and panel.mapping_dialog.isVisible(), timeout=10_000)
    dialog = panel.mapping_dialog
    assert dialog.mapping() == {"siret": "Numéro SIRET", "commune": "Code commune",
                                "naf": "Code APE", "usual_name": "Enseigne"}
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        dialog.accept()
    assert "2 établissements actifs" in panel.summary.text()

    panel.search.setText("zoé")
    panel.run_search()
    qtbot.waitUntil(lambda: panel.results.rowCount() == 1, timeout=10_000)
    panel.results.selectRow(0)
    assert panel.add_button.isEnabled()
    with qtbot.waitSignal(window.session.changed, timeout=10_000,
                          check_params_cb=lambda changes: changes.businesses):
        panel.add_button.click()
    wait_idle(window, qtbot)
    assert "Pâtisserie Zoé" in view.banner.text
    qtbot.waitUntil(lambda: panel.results.item(0, 3) is not None
                    and panel.results.item(0, 3).text() == "déjà inscrit", timeout=10_000)
    window.close_study()
    with Project.open(study) as project:
        [business] = project.businesses.list()
        assert (business.siret, business.naf, business.commune) == (s[0], "47.24Z", "86194")


def test_design_draw_and_call_sheet(window, qtbot, tmp_path) -> None:
    study = small_study(tmp_path)
    s = sirets(30, seed=9)
    extract = write_csv(tmp_path / "stock.csv", [row(x, "47.24Z" if i < 20 else "56.10A")
                                                 for i, x in enumerate(s)])
    with Project.open(study) as project:
        project.territory.import_frame(extract)
    view = show_territory(window, qtbot, study)
    panel = view.design_panel
    view.left.setCurrentWidget(panel)
    panel.sector.setCurrentIndex(panel.sector.findData("a17"))
    panel.by_size.setChecked(False)
    panel.scope.setText("47,56")
    panel.n.setValue(10)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        panel.save_button.click()
    assert [panel.strata.item(r, 0).text() for r in range(panel.strata.rowCount())] == [
        "GZ", "IZ"]
    assert panel.strata.item(0, 2).text() == "7"
    assert "n = 10" in panel.plan_label.text()
    # a refused design (more than the population) says why and changes nothing
    view.banner.clear()
    panel.n.setValue(500)
    panel.save_button.click()
    qtbot.waitUntil(lambda: "500" in view.banner.text, timeout=10_000)
    assert "dépasse la population du champ (30)" in view.banner.text
    panel.seed.setValue(11)
    panel.reserve.setValue(1)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        panel.draw_button.click()
    assert "graine 11" in panel.draw_label.text() and "10 établissements" in \
        panel.draw_label.text()
    sheet = tmp_path / "appels.xlsx"
    panel.export_sheet(sheet)
    qtbot.waitUntil(sheet.exists, timeout=10_000)
    from openpyxl import load_workbook

    rows = list(load_workbook(sheet, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "Strate"
    assert sum(1 for r in rows[1:] if len(r) > 1 and r[1] == "Réserve") == 2


def test_input_output_employment_from_the_register(window, qtbot, territory_file) -> None:
    with Project.open(territory_file) as project:  # a study whose model is not set yet
        project.io.clear_settings()
    open_in(window, qtbot, territory_file)
    window.show_view("io")
    io_view = window.views["io"]
    qtbot.waitUntil(lambda: "répertoire" in io_view.source_label.text(), timeout=30_000)
    regional = io_view.employment.regional()
    assert regional["GZ"] is not None and regional["GZ"] > 0  # filled, not saved yet
    with qtbot.waitSignal(io_view.computed, timeout=30_000):
        io_view.compute()
    wait_idle(window, qtbot)
    window.close_study()
    with Project.open(territory_file) as project:
        assert project.territory.employment_source()["source"] == "frame"
        assert project.io.settings().regional_employment == pytest.approx(
            project.territory.regional_employment())
    QApplication.processEvents()
