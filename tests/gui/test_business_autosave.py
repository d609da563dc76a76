"""The business form saves as it is typed, like the interview form: drafts allowed, Enter goes
to the next field, the keys are shown."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from madeinlocal_desktop.gui.business_register import BusinessRegisterView

from .conftest import open_in, wait_idle
from .keyboard import focused, press, type_text

Key = Qt.Key


def _register(window, qtbot, study: Path) -> BusinessRegisterView:  # type: ignore[no-untyped-def]
    open_in(window, qtbot, study)
    view = window.views["businesses"]
    assert isinstance(view, BusinessRegisterView)
    qtbot.waitUntil(lambda: view.editor.reference_ready, timeout=20_000)
    wait_idle(window, qtbot)
    return view


def _rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT name, siret, naf, commune, address FROM businesses "
                          "WHERE deleted = 0 ORDER BY name").fetchall()
    db.close()
    return rows


def _settled(window, qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not editor.save_pending, timeout=5000)
    wait_idle(window, qtbot)


def test_a_shop_typed_with_enter_is_saved_without_ctrl_s(window, qtbot, small_study) -> None:
    view = _register(window, qtbot, small_study)
    editor = view.editor
    window.new_business()
    assert "Ctrl+S" in editor.keys_hint.text() and "Entrée" in editor.keys_hint.text()
    assert editor.save_button.text() == "Enregistrer maintenant (Ctrl+S)"
    assert focused() is editor.name
    type_text(qtbot, "Librairie du Centre")
    press(qtbot, Key.Key_Return)
    assert focused() is editor.siret
    type_text(qtbot, "44306184100047")
    press(qtbot, Key.Key_Return)
    assert focused() is editor.naf
    type_text(qtbot, "4761Z")
    press(qtbot, Key.Key_Return)
    assert focused() is editor.ownership
    editor.commune.setFocus()
    type_text(qtbot, "86194")
    press(qtbot, Key.Key_Return)
    assert focused() is editor.address
    type_text(qtbot, "3 rue des Carmes")
    _settled(window, qtbot, editor)
    assert ("Librairie du Centre", "44306184100047", "47.61Z", "86194",
            "3 rue des Carmes") in _rows(small_study)
    assert editor.saved_at.text().startswith("Enregistré à")
    assert editor.title.text() == "Commerce : Librairie du Centre"
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    # One shop, updated as it is typed, not one per save.
    type_text(qtbot, " (2e étage)".replace("é", "e"))
    _settled(window, qtbot, editor)
    assert len(_rows(small_study)) == 2


def test_a_draft_without_siret_nor_naf_is_saved(window, qtbot, small_study) -> None:
    view = _register(window, qtbot, small_study)
    editor = view.editor
    window.new_business()
    type_text(qtbot, "Marchand de journaux")
    _settled(window, qtbot, editor)
    assert ("Marchand de journaux", None, None, None, None) in _rows(small_study)
    assert editor.interview_button.isEnabled()  # it exists: an interview can start


def test_a_half_typed_value_keeps_the_last_valid_one(window, qtbot, small_study) -> None:
    view = _register(window, qtbot, small_study)
    editor = view.editor
    view.select("bakery-1")
    qtbot.waitUntil(lambda: editor.business_id == "bakery-1", timeout=5000)
    editor.siret.setFocus()
    editor.siret.selectAll()
    type_text(qtbot, "4430")  # four digits of a new SIRET: not saved
    editor.address.setFocus()
    type_text(qtbot, "place du Marché".replace("é", "e"))
    _settled(window, qtbot, editor)
    row = next(r for r in _rows(small_study) if r[0] == "Boulangerie du Marché")
    assert row[1] == "73282932000074"  # the stored SIRET is kept until a valid one is typed
    assert row[4] == "place du Marche"
    assert "14 chiffres" in editor.siret_field.error


def test_leaving_the_shop_saves_what_was_typed(window, qtbot, small_study) -> None:
    view = _register(window, qtbot, small_study)
    editor = view.editor
    window.new_business()
    type_text(qtbot, "Cordonnerie")
    view.select("bakery-1")  # at once, before the autosave's moment
    qtbot.waitUntil(lambda: editor.business_id == "bakery-1", timeout=5000)
    wait_idle(window, qtbot)
    assert "Cordonnerie" in [r[0] for r in _rows(small_study)]
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)  # the list reloaded
    wait_idle(window, qtbot)
    assert editor.name.text() == "Boulangerie du Marché"  # and did not pull the editor back
    assert view.current_business_id() == "bakery-1"
