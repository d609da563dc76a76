"""The consent wording in the app: the interview form shows it beside the consent box and
stamps its version when the box is ticked; Study → Consent wording edits it as a new version,
and an interview already agreed keeps showing the version it agreed to."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from madeinlocal_desktop.gui.consent_dialog import ConsentDialog
from madeinlocal_desktop.project import Project

from .conftest import open_in, wait_idle

POITIERS = "Enquête de la ville de Poitiers ; contact : commerce@poitiers.fr."


def _version(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT consent, consent_version FROM interviews").fetchall()


def test_the_form_shows_and_stamps_the_wording(window, qtbot, small_study: Path) -> None:
    with Project.open(small_study) as project:
        project.settings.set_consent_wording(POITIERS, "Survey by the city of Poitiers.")
    open_in(window, qtbot, small_study)
    window.new_interview("bakery-1")
    wait_idle(window, qtbot)
    form = window.views["interview"].form
    fields = form.fields
    heading = fields.consent_heading
    qtbot.waitUntil(lambda: POITIERS in heading.full_text, timeout=10_000)
    assert heading.full_text == f"À lire, v2 — {POITIERS}"
    window.resize(1600, 900)  # a wider form shows the first words beside the box
    qtbot.waitUntil(lambda: heading.text().startswith("À lire, v2 — Enquête"), timeout=3000)
    assert heading.isVisible() and heading.text().endswith("…")
    assert POITIERS in heading.toolTip()
    fields.consent_read_button.click()  # the whole text, to read aloud
    assert form.consent_box is not None and form.consent_box.isVisible()
    assert form.consent_box.informativeText() == POITIERS
    assert form.consent_box.text() == "À lire avant de cocher, version 2"
    form.consent_box.close()

    fields.consent.click()
    qtbot.waitUntil(lambda: not form.save_pending, timeout=5000)
    wait_idle(window, qtbot)
    assert _version(small_study) == [(1, 2)]
    assert heading.full_text.startswith("Accepté, v2 — ")

    # The coordinator edits the wording: a new version, and this interview keeps its own.
    window.edit_consent_wording()
    dialog = window.consent_dialog
    assert isinstance(dialog, ConsentDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    assert dialog.french.toPlainText() == POITIERS and "2" in dialog.version.text()
    dialog.french.setPlainText("   ")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "vide" in dialog.french_field.error, timeout=10_000)
    dialog.french.setPlainText("Nouvelle version du texte, avec la durée de conservation.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "version 3" in dialog.banner.text, timeout=10_000)
    dialog.reject()
    wait_idle(window, qtbot)
    assert heading.full_text == f"Accepté, v2 — {POITIERS}"  # what it agreed to

    fields.consent.click()  # unticked: the version goes with the consent
    qtbot.waitUntil(lambda: not form.save_pending, timeout=5000)
    wait_idle(window, qtbot)
    assert _version(small_study) == [(0, None)]
    assert heading.full_text.startswith("À lire, v3 — Nouvelle version")


def test_a_conflict_on_the_wording_reads_as_its_latest_version(window) -> None:
    """The conflicts view shows a study field's values (in French with the window): the
    wording's versions read as words."""
    import json

    from madeinlocal_desktop.gui import exchange_text

    versions = [{"version": 1, "fr": "Texte un", "en": "Text one"},
                {"version": 2, "fr": "Texte deux", "en": "Text two"}]
    assert exchange_text.field_name("study", "consent_wording") == "Texte de consentement"
    assert exchange_text.value_text("consent_wording", json.dumps(versions)) \
        == "version 2 : Texte deux"
