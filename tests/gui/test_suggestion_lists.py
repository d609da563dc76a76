"""Suggestion lists are wide enough for what they suggest; rule fields show their start."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from madeinlocal_desktop.gui.completers import SearchCompleter
from tests.gui.test_business_register import _register


def _shown_whole(completer: SearchCompleter, field: QLineEdit) -> list[str]:
    """The suggestions shown, each checked to fit in the list without scrolling sideways."""
    popup = completer.popup()
    assert popup.isVisible()
    screen = field.screen().availableGeometry()
    assert popup.width() <= screen.width()
    model, metrics = popup.model(), popup.fontMetrics()
    shown = [str(model.index(row, 0).data()) for row in range(min(model.rowCount(), 10))]
    for text in shown:
        assert metrics.horizontalAdvance(text) <= popup.viewport().width(), text
    return shown


def test_the_communes_list_of_a_new_study_shows_whole_names(window, qtbot) -> None:
    window.new_study()
    dialog = window.new_study_dialog
    qtbot.waitUntil(lambda: dialog.choices_ready, timeout=20_000)
    dialog.resize(760, dialog.height())
    qtbot.keyClicks(dialog.search, "communaute de communes")
    assert dialog.completer is not None
    shown = _shown_whole(dialog.completer, dialog.search)
    assert any(dialog.search.fontMetrics().horizontalAdvance(text) > dialog.search.width()
               for text in shown)  # names longer than the field: the list is the wider
    dialog.reject()


def test_the_naf_list_of_the_business_editor_shows_whole_activities(window, qtbot,
                                                                    small_study) -> None:
    view = _register(window, qtbot, small_study)
    window.new_business()
    editor = view.editor
    qtbot.keyClicks(editor.naf, "commerce de detail")
    shown = _shown_whole(editor.naf_completer, editor.naf)
    assert len(shown) == 10


def test_the_rules_of_a_new_study_show_their_start(window, qtbot) -> None:
    window.new_study()
    dialog = window.new_study_dialog
    for rule in (dialog.supplier_test, dialog.staff_test):
        assert rule.cursorPosition() == 0
        assert rule.text().startswith(rule.displayText()[:10])
    dialog.reject()
