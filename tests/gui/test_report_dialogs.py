"""File → Rapport PDF… and Fiches commerces…: the dialog, the work on the worker, the viewer."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ..poppler import needs_poppler
from .conftest import open_in

pytestmark = needs_poppler


def menu_action(window, text: str):  # type: ignore[no-untyped-def]
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.text().replace("&", "") == text)


def test_the_report_is_written_then_opened(window, qtbot, demo_file: Path,  # type: ignore[no-untyped-def]
                                           tmp_path: Path) -> None:
    open_in(window, qtbot, demo_file)
    opened: list[Path] = []
    window.reports.opener = opened.append
    menu_action(window, "Rapport PDF…").trigger()
    dialog = window.reports.dialog
    assert dialog is not None and dialog.windowTitle() == "Rapport PDF"
    assert dialog.language.currentText() == "Français"
    out = tmp_path / "rapport.pdf"
    dialog.path.setText(str(out))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened == [out]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Sommaire" in text and "DONNÉES FICTIVES" in text


def test_sheets_for_ticked_shops_only(window, qtbot, demo_file: Path,  # type: ignore[no-untyped-def]
                                      tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    open_in(window, qtbot, demo_file)
    opened: list[Path] = []
    window.reports.opener = opened.append
    menu_action(window, "Fiches commerces…").trigger()
    qtbot.waitUntil(lambda: window.reports.dialog is not None, timeout=20_000)
    dialog = window.reports.dialog
    assert not dialog.shop_list.isEnabled()
    dialog.some_shops.setChecked(True)
    assert dialog.shop_list.isEnabled() and dialog.shop_list.count() > 10
    ticked = [dialog.shop_list.item(k) for k in (0, 3)]
    for item in ticked:
        item.setCheckState(Qt.CheckState.Checked)
    dialog.language.setCurrentIndex(1)  # English
    out = tmp_path / "sheets.pdf"
    dialog.path.setText(str(out))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Thank you for taking part" in text
    assert all(item.text() in text for item in ticked)
    assert dialog.shop_list.item(1).text() not in text
