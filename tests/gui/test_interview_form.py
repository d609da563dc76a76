"""A whole interview typed with the keyboard ends up, exactly, in the study file and its history."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from madeinlocal_desktop.gui.interviews_view import InterviewsView
from madeinlocal_desktop.project import Project

from .conftest import open_in, wait_idle
from .keyboard import focused, press, type_text

Key = Qt.Key


def _rows(path: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(sql, params).fetchall()


def _start_interview(window, qtbot, study: Path) -> InterviewsView:  # type: ignore[no-untyped-def]
    open_in(window, qtbot, study)
    window.new_interview("bakery-1")
    view = window.views["interview"]
    assert isinstance(view, InterviewsView)
    wait_idle(window, qtbot)
    return view


def _settle(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = window.views["interview"].form
    qtbot.waitUntil(lambda: not form.save_pending, timeout=5000)
    wait_idle(window, qtbot)


def test_whole_interview_typed_with_the_keyboard(window, qtbot, small_study) -> None:
    view = _start_interview(window, qtbot, small_study)
    form = view.form
    assert focused() is form.fields.date
    assert form.fields.business.lineEdit().cursorPosition() == 0  # the shop's name shows
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "Camille")
    press(qtbot, Key.Key_Tab)
    assert focused() is form.fields.consent
    press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "100 000")  # turnover, the French way
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "30 000")  # payroll
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "100")  # staff living locally
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "12 500,50")  # owners' pay
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "80")
    press(qtbot, Key.Key_Tab)
    assert focused() is form.fields.grid
    press(qtbot, Key.Key_Return)  # Enter: a new spending line, its category open
    type_text(qtbot, "loyer")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "5 000")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "100")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "20")  # re-spend share: a survey answer
    press(qtbot, Key.Key_Return)  # next line
    type_text(qtbot, "marchandises")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "20000,25")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "42,5")
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Tab)  # past the last cell: on to the notes
    assert focused() is form.fields.notes
    type_text(qtbot, "Chiffres du bilan 2025")
    _settle(window, qtbot)

    assert form.fields.banner.level == ""
    interview_id = form.interview.id
    (business, surveyor, consent, status, turnover, notes), = _rows(
        small_study, "SELECT business_id, surveyor, consent, status, turnover_cents, notes "
        "FROM interviews WHERE id = ?", interview_id)
    assert (business, surveyor, consent, status) == ("bakery-1", "Camille", 1, "draft")
    assert turnover == 100_000_00
    assert notes == "Chiffres du bilan 2025"
    lines = _rows(small_study, "SELECT category, amount_cents, local_share, respend_share, "
                  "respend_source FROM spend_lines WHERE interview_id = ? AND deleted = 0 "
                  "ORDER BY position", interview_id)
    assert lines == [
        ("wages", 30_000_00, 1.0, None, None),
        ("owner_pay", 12_500_50, 0.8, None, None),
        ("rent", 5_000_00, 1.0, 0.2, "survey"),
        ("goods_resale", 20_000_25, 0.425, None, None),
    ]
    with Project.open(small_study) as project:
        fields = {row["field"] for row in project.history("interviews", interview_id)}
    assert {"*created*", "surveyor", "consent", "turnover_cents", "notes"} <= fields

    # Complete it, then look at its history in the form.
    form.mark_complete()
    _settle(window, qtbot)
    assert _rows(small_study, "SELECT status FROM interviews WHERE id = ?",
                 interview_id) == [("complete",)]
    view.toggle_history()
    qtbot.waitUntil(lambda: view.history.table.rowCount() > 5, timeout=5000)
    shown = {view.history.table.item(r, 2).text() for r in range(view.history.table.rowCount())}
    assert "Statut" in shown and "Chiffre d'affaires HT" in shown


def test_invalid_entries_are_explained_in_place_and_never_saved(window, qtbot,
                                                                small_study) -> None:
    view = _start_interview(window, qtbot, small_study)
    form, fields = view.form, view.form.fields
    fields.consent.setFocus()
    press(qtbot, Key.Key_Space)
    fields.turnover.setFocus()
    type_text(qtbot, "-500")
    assert fields.turnover.error and "négatif" in fields.turnover.error
    assert fields.turnover.property("invalid")
    assert "négatif" in fields.banner.text
    fields.staff_local.setFocus()
    type_text(qtbot, "130")
    assert "entre 0 et 100" in fields.staff_local.error
    fields.grid.setFocus()
    press(qtbot, Key.Key_Return)
    type_text(qtbot, "loyer")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "-20")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "150")
    press(qtbot, Key.Key_Tab)
    _settle(window, qtbot)
    errors = form.field_errors()
    assert any("Ligne 1" in e and "négatif" in e for e in errors), errors
    assert any("Ligne 1" in e and "part locale" in e for e in errors), errors
    assert fields.banner.level == "error"
    assert form.problems()  # cannot be marked complete
    form.mark_complete()
    _settle(window, qtbot)

    interview_id = form.interview.id
    assert _rows(small_study, "SELECT turnover_cents, status FROM interviews WHERE id = ?",
                 interview_id) == [(None, "draft")]
    assert _rows(small_study, "SELECT category, amount_cents, local_share FROM spend_lines "
                 "WHERE interview_id = ? AND deleted = 0", interview_id) == [("rent", None, None)]
    # Correcting the value stores it and clears the message.
    fields.turnover.setFocus()
    fields.turnover.selectAll()
    type_text(qtbot, "80 000")
    _settle(window, qtbot)
    assert not fields.turnover.error
    assert _rows(small_study, "SELECT turnover_cents FROM interviews WHERE id = ?",
                 interview_id) == [(80_000_00,)]


def test_undo_and_redo_go_back_and_forth_and_are_saved(window, qtbot, small_study) -> None:
    view = _start_interview(window, qtbot, small_study)
    form, fields = view.form, view.form.fields
    fields.consent.setFocus()
    press(qtbot, Key.Key_Space)
    fields.turnover.setFocus()
    type_text(qtbot, "1000")
    press(qtbot, Key.Key_Tab)  # ends the typing step
    fields.turnover.setFocus()
    fields.turnover.selectAll()
    type_text(qtbot, "2000")
    press(qtbot, Key.Key_Tab)
    _settle(window, qtbot)
    assert form.interview.turnover_excl_vat == 2000_00
    form.undo_stack.undo()
    assert form.interview.turnover_excl_vat == 1000_00
    assert fields.turnover.text() == "1\u202f000" or fields.turnover.text().replace(
        "\u00a0", " ").replace("\u202f", " ") == "1 000"
    _settle(window, qtbot)
    interview_id = form.interview.id
    assert _rows(small_study, "SELECT turnover_cents FROM interviews WHERE id = ?",
                 interview_id) == [(1000_00,)]
    form.undo_stack.redo()
    _settle(window, qtbot)
    assert _rows(small_study, "SELECT turnover_cents FROM interviews WHERE id = ?",
                 interview_id) == [(2000_00,)]
    # A line added then undone disappears from the file too.
    fields.grid.setFocus()
    press(qtbot, Key.Key_Return)
    type_text(qtbot, "loyer")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "900")
    press(qtbot, Key.Key_Tab)
    _settle(window, qtbot)
    assert len(_rows(small_study, "SELECT id FROM spend_lines WHERE interview_id = ? "
                     "AND deleted = 0", interview_id)) == 1
    while form.lines.rowCount():
        form.undo_stack.undo()
    _settle(window, qtbot)
    assert _rows(small_study, "SELECT id FROM spend_lines WHERE interview_id = ? "
                 "AND deleted = 0", interview_id) == []


def test_a_new_interview_starts_by_choosing_the_shop_by_name(window, qtbot,
                                                             small_study) -> None:
    open_in(window, qtbot, small_study)
    window.show_view("interview")
    view = window.views["interview"]
    wait_idle(window, qtbot)
    view.new_interview(None)
    form = view.form
    assert focused() is form.fields.business or form.fields.business.isAncestorOf(focused())
    assert form.fields.title.text() == "Nouvel entretien : choisissez le commerce"
    form.fields.business.setFocus()  # (the offscreen platform loses it to the pop-up list)
    qtbot.keyClicks(form.fields.business.lineEdit(), "boulangerie du ma")
    qtbot.keyClick(form.fields.business.lineEdit(), Key.Key_Return)
    assert form.interview.business_id == "bakery-1"
    press(qtbot, Key.Key_Tab)
    # Leaving the field shows the start of "shop — commune", even when it is too narrow.
    assert form.fields.business.lineEdit().cursorPosition() == 0
    _settle(window, qtbot)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert _rows(small_study, "SELECT business_id, status FROM interviews") == [
        ("bakery-1", "draft")]


def test_status_goes_draft_complete_validated_and_back(window, qtbot, small_study) -> None:
    view = _start_interview(window, qtbot, small_study)
    form, fields = view.form, view.form.fields
    form.mark_complete()
    assert "consentement" in fields.banner.text and fields.banner.level == "warning"
    fields.consent.setFocus()
    press(qtbot, Key.Key_Space)
    fields.turnover.setFocus()
    type_text(qtbot, "50 000")
    fields.payroll.setFocus()
    type_text(qtbot, "10 000")
    form.mark_complete()
    _settle(window, qtbot)
    interview_id = form.interview.id
    status = "SELECT status FROM interviews WHERE id = ?"
    assert _rows(small_study, status, interview_id) == [("complete",)]
    assert fields.validate_button.isVisibleTo(form) and not fields.complete_button.isVisibleTo(form)
    form.validate()
    _settle(window, qtbot)
    assert _rows(small_study, status, interview_id) == [("validated",)]
    assert not fields.turnover.isEnabled() and form.lines.read_only  # validated: read-only
    form.reopen()
    _settle(window, qtbot)
    assert _rows(small_study, status, interview_id) == [("complete",)]
    assert fields.turnover.isEnabled()
    form.undo_stack.undo()  # undoing the reopening validates again
    _settle(window, qtbot)
    assert _rows(small_study, status, interview_id) == [("validated",)]
