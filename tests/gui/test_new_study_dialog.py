"""Creating a study through the dialog: territory from the COG reference, rules, file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from madeinlocal_desktop.gui.new_study_dialog import NewStudyDialog
from tests.gui.conftest import wait_idle


def _dialog(window, qtbot) -> NewStudyDialog:  # type: ignore[no-untyped-def]
    window.new_study()
    dialog = window.new_study_dialog
    qtbot.waitUntil(lambda: dialog.choices_ready, timeout=20_000)
    return dialog


def test_a_study_is_created_from_the_dialog(window, qtbot, tmp_path: Path) -> None:
    dialog = _dialog(window, qtbot)
    qtbot.keyClicks(dialog.name, "Centre-ville de Poitiers")
    dialog.year.setValue(2025)
    # An intercommunality brings all its communes; a commune found by its postal code too.
    qtbot.keyClicks(dialog.search, "grand poitiers")
    assert dialog.completer is not None
    assert "CU du Grand Poitiers" in dialog.completer.matches()[0].name
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter takes the best match
    assert len(dialog.communes) == 40
    assert dialog.territory_name.text() == "CU du Grand Poitiers"
    qtbot.keyClicks(dialog.search, "79000")  # Niort and its neighbours share a postal code
    assert "79191" in [m.code for m in dialog.completer.matches()]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "niort")
    assert dialog.completer.matches()[0].code == "79191"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter takes the best match
    assert len(dialog.communes) == 41 and "79191" in dialog.communes
    assert "41" in dialog.count.text()
    dialog.boundary.setCurrentIndex(dialog.boundary.findData("epci"))
    target = tmp_path / "poitiers.madeinlocal"
    dialog.file.setText(str(target))
    with qtbot.waitSignal(window.study_opened, timeout=20_000):
        dialog.ok_button.click()
    wait_idle(window, qtbot)  # the file is read from outside: let the worker finish first

    with sqlite3.connect(target) as db:
        name, year, territory, communes, rules = db.execute(
            "SELECT name, fiscal_year, territory_name, communes, rules FROM study").fetchone()
    assert (name, year, territory) == ("Centre-ville de Poitiers", 2025, "CU du Grand Poitiers")
    assert len(json.loads(communes)) == 41 and "86194" in json.loads(communes)
    assert json.loads(rules)["boundary"] == "epci"
    assert window.session is not None and window.session.path == target.resolve()
    assert window.windowTitle().startswith("Centre-ville de Poitiers")


def test_missing_answers_are_shown_in_the_dialog_and_nothing_is_written(window, qtbot,
                                                                        tmp_path: Path) -> None:
    dialog = _dialog(window, qtbot)
    target = tmp_path / "empty.madeinlocal"
    dialog.file.setText(str(target))
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.banner.level == "error"
    assert "nom" in dialog.banner.text and "commune" in dialog.banner.text
    assert dialog.name.property("invalid")
    assert not target.exists()
    existing = tmp_path / "taken.madeinlocal"
    existing.write_bytes(b"")
    qtbot.keyClicks(dialog.name, "Étude")
    dialog.file.setText(str(existing))
    dialog.completer.search("86194")
    dialog.add_choice(dialog.completer.matches()[0])
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "existe déjà" in dialog.banner.text


def test_communes_are_found_without_accents_or_by_insee_code(window, qtbot) -> None:
    dialog = _dialog(window, qtbot)
    assert dialog.completer is not None
    dialog.completer.search("levescault")
    names = [getattr(m, "name", "") for m in dialog.completer.matches()]
    assert "Savigny-Lévescault" in names
    dialog.completer.search("86194")
    assert dialog.completer.matches()[0].code == "86194"
    dialog.completer.search("poitiers")
    assert dialog.completer.matches()[0].name == "Poitiers"  # the exact name comes first


def test_every_label_of_the_dialog_is_whole_in_french(window, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = _dialog(window, qtbot)
    qtbot.waitExposed(dialog)
    cut = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
           if w.isVisible() and w.text() and w.width() < w.sizeHint().width()]
    assert cut == []
    for rule in (dialog.supplier_test, dialog.staff_test):
        assert rule.cursorPosition() == 0


def test_closing_the_dialog_before_the_communes_load_is_harmless(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    from shiboken6 import isValid

    from madeinlocal_desktop.gui.tasks import TaskRunner

    runner = TaskRunner()
    gate = threading.Event()
    try:
        runner.run(lambda task: gate.wait(10))  # the worker is busy: the choices come later
        dialog = NewStudyDialog(runner)
        dialog.close()
        dialog.deleteLater()
        qtbot.waitUntil(lambda: not isValid(dialog), timeout=5000)
        gate.set()
        runner.call_sync(lambda: None)  # the choices have been read and their reply dropped
        qtbot.wait(50)
    finally:
        gate.set()
        runner.shutdown()
