"""File → the phone teams' imports and the XLSForm export, driven as a coordinator does.

The dialogs' pictures go to a temporary folder; to keep them:
MADEINLOCAL_SCREENSHOTS=some/folder uv run pytest tests/gui/test_interop_dialogs.py
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from tests.interop.conftest import LINES_ROWS, MAIN_ROWS, write_kobo_xlsx

from .conftest import open_in, wait_idle


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MADEINLOCAL_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _count_interviews(window, qtbot) -> int:  # type: ignore[no-untyped-def]
    found: list[int] = []
    window.session.run(lambda project: len(project.interviews.list()), on_done=found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    return found[0]


def test_submissions_preview_then_import(window, qtbot, demo_file: Path,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    open_in(window, qtbot, demo_file)
    before = _count_interviews(window, qtbot)
    window.interop.import_submissions()
    dialog = window.interop.dialog
    assert dialog.windowTitle() == "Importer des réponses KoboToolbox / ODK"
    dialog.source.set_path(write_kobo_xlsx(tmp_path / "kobo.xlsx"))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=20_000)
    rows = _cells(dialog.table)
    assert [row[0] for row in rows] == ["nouvelle"] * 3
    assert rows[1][2] == "Fromagerie Les Trois Vallées"
    assert "nouvelles : 3 ;" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    dialog.resize(900, 420)
    qtbot.wait(50)
    dialog.grab().save(str(_shots(tmp_path) / "import_preview_fr.png"))
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(window, qtbot)
    assert _count_interviews(window, qtbot) == before + 3
    assert not dialog.import_button.isEnabled()
    dialog.preview()  # the same export again: nothing left to import
    qtbot.waitUntil(lambda: _cells(dialog.table)[0][0] == "inchangée", timeout=20_000)
    assert not dialog.import_button.isEnabled()


def test_a_refused_submission_is_shown_with_its_place(window, qtbot, demo_file: Path,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    open_in(window, qtbot, demo_file)
    lines = [list(row) for row in LINES_ROWS]
    lines[0][2] = 130
    bad = write_kobo_xlsx(tmp_path / "bad.xlsx", [list(r) for r in MAIN_ROWS], lines)
    window.interop.import_submissions()
    dialog = window.interop.dialog
    dialog.source.set_path(bad)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=20_000)
    rows = _cells(dialog.table)
    assert rows[0][0] == "refusée"
    assert "lines, ligne 2, colonne lines/local_share" in rows[0][3]
    assert "130" in rows[0][3]
    dialog.resize(900, 420)
    qtbot.wait(50)
    dialog.grab().save(str(_shots(tmp_path) / "import_preview_refused_fr.png"))
    assert not dialog.import_button.isEnabled()


def test_a_list_of_shops_is_mapped_previewed_and_imported(window, qtbot, demo_file: Path,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    path = tmp_path / "cci.csv"
    path.write_text("Raison sociale;SIRET;Ville\nBoulangerie Dupuy;70853801211027;Poitiers\n"
                    "La Cave du Marché;;86000\nTrop loin;;Niort\n", encoding="utf-8")
    open_in(window, qtbot, demo_file)
    window.interop.import_shop_list()
    dialog = window.interop.dialog
    dialog.source.set_path(path)
    dialog.load()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=20_000)
    assert dialog.combos["name"].currentText() == "Raison sociale"
    assert dialog.combos["commune"].currentText() == "Ville"
    assert dialog.combos["naf"].currentText() == "(aucune)"
    rows = _cells(dialog.table)
    assert [row[0] for row in rows] == ["déjà dans le registre", "nouveau", "refusé"]
    assert "n'est pas dans le territoire" in rows[2][3]
    assert dialog.summary.text() == ("nouveaux commerces : 1 ; déjà dans le registre : 1 ; "
                                     "refusés : 1")
    dialog.grab().save(str(_shots(tmp_path) / "shop_list_fr.png"))
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.text == "1 commerce(s) ajouté(s) au registre."
    assert not dialog.import_button.isEnabled()


def test_the_xlsform_is_exported_from_the_file_menu(window, qtbot, demo_file: Path,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    open_in(window, qtbot, demo_file)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Exporter le formulaire &XLSForm…" in texts
    window.interop.export_xlsform()
    dialog = window.interop.dialog
    dialog.destination.set_path(tmp_path / "form.xlsx")
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "form.xlsx").stat().st_size > 0
