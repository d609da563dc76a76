"""The spending grid never holds the keyboard: Tab walks through a line and out to the notes,
the Source list opens only when asked, and the window's shortcuts work while a cell is edited."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from madeinlocal_desktop.domain import InterviewStatus

from .conftest import open_in, wait_idle
from .keyboard import focused, press, type_text

Key = Qt.Key
Mod = Qt.KeyboardModifier


def _form(window, qtbot, study: Path):  # type: ignore[no-untyped-def]
    open_in(window, qtbot, study)
    window.new_interview("bakery-1")
    wait_idle(window, qtbot)
    return window.views["interview"].form


def _open_popups() -> list[QComboBox]:
    return [box for box in QApplication.allWidgets()
            if isinstance(box, QComboBox) and box.view().isVisible()]


def _line_typed_up_to_the_source(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    form.fields.consent.setChecked(True)
    form.fields.grid.setFocus()
    press(qtbot, Key.Key_Return)  # a new line, its category open
    type_text(qtbot, "loyer")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "5 000")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "100")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "20")
    press(qtbot, Key.Key_Tab)  # on to the Source cell


def test_tab_through_the_source_cell_opens_no_list_and_reaches_the_notes(
        window, qtbot, small_study) -> None:
    form = _form(window, qtbot, small_study)
    _line_typed_up_to_the_source(qtbot, form)
    qtbot.wait(50)
    assert _open_popups() == []
    assert form.fields.grid.isAncestorOf(focused()) or focused() is form.fields.grid
    press(qtbot, Key.Key_Tab)  # past the last cell
    qtbot.wait(50)
    assert focused() is form.fields.notes
    assert _open_popups() == []
    # Shift+Tab goes back into the grid, and Shift+Tab again leaves nothing stuck.
    press(qtbot, Key.Key_Backtab, modifier=Mod.ShiftModifier)
    qtbot.wait(50)
    assert _open_popups() == []
    assert form.lines.lines[0].amount == 5_000_00


def test_the_source_list_opens_when_asked_with_alt_down(window, qtbot, small_study) -> None:
    form = _form(window, qtbot, small_study)
    _line_typed_up_to_the_source(qtbot, form)
    press(qtbot, Key.Key_Down, modifier=Mod.AltModifier)
    qtbot.waitUntil(lambda: bool(_open_popups()), timeout=2000)
    press(qtbot, Key.Key_Escape)


def test_the_notes_have_a_shortcut_from_anywhere_in_the_form(window, qtbot,
                                                             small_study) -> None:
    form = _form(window, qtbot, small_study)
    _line_typed_up_to_the_source(qtbot, form)
    press(qtbot, Key.Key_N, modifier=Mod.AltModifier)
    qtbot.wait(50)
    assert focused() is form.fields.notes
    type_text(qtbot, "À revoir")
    assert form.interview.notes == "À revoir"


def test_ctrl_shift_c_completes_while_a_cell_is_being_edited(window, qtbot,
                                                             small_study) -> None:
    form = _form(window, qtbot, small_study)
    form.fields.consent.setChecked(True)
    form.fields.turnover.setFocus()
    type_text(qtbot, "50 000")
    form.fields.grid.setFocus()
    press(qtbot, Key.Key_Return)
    type_text(qtbot, "loyer")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "5 000")  # still in the amount's editor: no Escape, no Tab
    press(qtbot, Key.Key_C, modifier=Mod.ControlModifier | Mod.ShiftModifier)
    qtbot.waitUntil(lambda: form.interview.status == InterviewStatus.COMPLETE, timeout=2000)
    qtbot.waitUntil(lambda: not form.save_pending, timeout=5000)
    wait_idle(window, qtbot)
    with sqlite3.connect(small_study) as db:
        stored = db.execute("SELECT i.status, l.amount_cents FROM interviews i JOIN "
                            "spend_lines l ON l.interview_id = i.id WHERE l.deleted = 0 "
                            "AND l.category = 'rent'").fetchall()
    assert stored == [("complete", 5_000_00)]
