"""Study → Study settings (issue 10): the coordinator edits the Round-3 default shares with
their justification, the categories' labels and what counts as local after the study was
created; the changes are logged and used, and a refused one changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTableWidget

from madeinlocal_desktop.gui.study_settings_dialog import GROUPS, StudySettingsDialog
from madeinlocal_desktop.project import Project

from .conftest import open_in, wait_idle


def _dialog(window, qtbot, path: Path) -> StudySettingsDialog:  # type: ignore[no-untyped-def]
    open_in(window, qtbot, path)
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "É&tude"]
    [action] = [a for a in menu.actions() if a.text() == "&Réglages de l'étude…"]
    action.trigger()
    dialog = window.study_settings_dialog
    assert isinstance(dialog, StudySettingsDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    return dialog


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return "" if item is None else item.text()


def _row(dialog: StudySettingsDialog, group: str) -> int:
    return GROUPS.index(group)


def _category_row(dialog: StudySettingsDialog, code: str) -> int:
    table = dialog.categories
    return next(r for r in range(table.rowCount()) if _cell(table, r, 0) == code)


def test_the_coordinator_changes_defaults_labels_and_rules(window, qtbot,
                                                           small_study: Path) -> None:
    dialog = _dialog(window, qtbot, small_study)
    assert dialog.windowTitle() == "Réglages de l'étude"
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "Parts par défaut (tour 3)", "Catégories de dépenses", "Ce qui compte comme local"]
    # A new study's sourced defaults are shown the French way, with where they come from.
    staff = _row(dialog, "staff")
    assert _cell(dialog.defaults, staff, 0) == "Ménages salariés"
    assert _cell(dialog.defaults, staff, 1) == "45,42"
    assert "NEF" in _cell(dialog.defaults, staff, 2)
    tax = _row(dialog, "tax")
    assert _cell(dialog.defaults, tax, 1) == ""

    # The built-in local tests are stored in English and read in French, as the report does.
    assert dialog.supplier_test.text() == "son établissement de facturation est dans le territoire"
    assert dialog.staff_test.text() == "il habite dans le territoire"

    dialog.defaults.item(tax, 1).setText("30 %")
    dialog.defaults.item(tax, 2).setText("Budget 2025 de la commune")
    dialog.defaults.item(staff, 1).setText("")  # back to the input-output estimate
    rent = _category_row(dialog, "rent")
    dialog.categories.item(rent, 1).setText("Loyer et charges")
    dialog.territory_name.setText("Grand Poitiers")
    dialog.vat.setChecked(False)
    with qtbot.waitSignal(window.session.changed, timeout=10_000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: "enregistrés" in dialog.banner.text, timeout=10_000)

    with Project.open(small_study) as project:
        study = project.study
        assert study.respend_defaults["tax"].share == 0.3
        assert study.respend_defaults["tax"].justification == "Budget 2025 de la commune"
        assert "staff" not in study.respend_defaults
        category = study.category("rent")
        assert category is not None and category.label_fr == "Loyer et charges"
        assert category.label_en == "Rent"
        assert study.territory.name == "Grand Poitiers"
        assert study.rules.vat_excluded is False
        assert study.rules.supplier_test == "invoicing establishment inside the territory"
        changed = {h["field"] for h in project.history("study", study.id)}
        assert {"respend_defaults", "rules", "territory_name"} <= changed  # logged
    # Shown again as saved.
    assert _cell(dialog.defaults, tax, 1) == "30"
    assert _cell(dialog.defaults, staff, 1) == ""


def test_a_share_without_source_or_out_of_range_is_said_and_nothing_is_written(
        window, qtbot, small_study: Path) -> None:
    before = small_study.read_bytes()
    dialog = _dialog(window, qtbot, small_study)
    tax = _row(dialog, "tax")
    dialog.defaults.item(tax, 1).setText("130")
    dialog.save_button.click()
    assert "entre 0 et 100" in dialog.banner.text and "Collectivités" in dialog.banner.text
    dialog.defaults.item(tax, 1).setText("30")
    dialog.save_button.click()
    assert "d'où vient" in dialog.banner.text
    wait_idle(window, qtbot)
    assert small_study.read_bytes() == before


def test_one_refused_change_leaves_the_others_unwritten(window, qtbot,
                                                        small_study: Path) -> None:
    dialog = _dialog(window, qtbot, small_study)
    tax = _row(dialog, "tax")
    dialog.defaults.item(tax, 1).setText("30")
    dialog.defaults.item(tax, 2).setText("Budget 2025")
    dialog.categories.item(_category_row(dialog, "rent"), 1).setText("   ")  # refused
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and dialog.banner.text != "",
                    timeout=10_000)
    assert "Loyer" in dialog.banner.text or "vide" in dialog.banner.text
    with Project.open(small_study) as project:
        assert "tax" not in project.study.respend_defaults
        category = project.study.category("rent")
        assert category is not None and category.label_fr == "Loyer"


def test_a_category_added_in_the_dialog_takes_spending_lines(window, qtbot,
                                                             small_study: Path) -> None:
    dialog = _dialog(window, qtbot, small_study)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.new_code.placeholderText() == "code, p. ex. marketing"
    for edit in (dialog.new_code, dialog.new_label_fr, dialog.new_label_en):
        hint = edit.placeholderText()
        assert edit.width() > edit.fontMetrics().horizontalAdvance(hint), hint
    dialog.new_code.setText("Publicité")
    dialog.add_button.click()
    assert "code" in dialog.banner.text
    dialog.new_code.setText("marketing")
    dialog.new_label_fr.setText("Publicité locale")
    dialog.new_recipient.setCurrentIndex(dialog.new_recipient.findData("supplier"))
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "ajoutée" in dialog.banner.text, timeout=10_000)
    row = _category_row(dialog, "marketing")
    assert _cell(dialog.categories, row, 1) == "Publicité locale"
    assert _cell(dialog.categories, row, 3) == "Fournisseurs"
    with Project.open(small_study) as project:
        category = project.study.category("marketing")
        assert category is not None and category.label_en == "Publicité locale"


def test_a_share_shown_rounded_is_not_rewritten_rounded(window, qtbot, small_study: Path) -> None:
    with Project.open(small_study) as project:
        project.settings.set_default_share("lender", 0.123456, "Banque de France, 2024")
    dialog = _dialog(window, qtbot, small_study)
    lender = _row(dialog, "lender")
    assert _cell(dialog.defaults, lender, 1) == "12,35"
    dialog.defaults.item(lender, 2).setText("Banque de France, 2025")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "enregistrés" in dialog.banner.text, timeout=10_000)
    with Project.open(small_study) as project:
        default = project.study.respend_defaults["lender"]
    assert default.share == 0.123456 and default.justification == "Banque de France, 2025"
    dialog.save_button.click()
    assert dialog.banner.text == "Rien n'a changé."
