"""A save that fails keeps what was typed, says why in words a surveyor can act on, tries again,
and the window does not close (or offers to save the study elsewhere) while an edit is unsaved.
Real files: one locked by another program's connection, one made read-only."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from madeinlocal_desktop import language
from madeinlocal_desktop.storage import database

from .conftest import open_in, wait_idle


@pytest.fixture(autouse=True)
def french_messages() -> Iterator[None]:
    """The core's messages in the interface's language (the French window of conftest)."""
    language.set_language("fr")
    yield
    language.set_language(None)


@pytest.fixture
def quick_lock_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait 0.3 s for another program's lock instead of 5 s, so the test runs quickly."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)


@contextmanager
def locked_by_another_program(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO meta (key, value) VALUES ('another-program', 'writing')")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """The file as on a locked USB key: nobody may write it, not even root (immutable)."""
    os.chmod(path, 0o444)
    immutable = False
    try:
        if os.geteuid() == 0:  # root writes a 0444 file anyway
            done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
            if done.returncode != 0:
                pytest.skip("cannot make a file read-only for root here (chattr)")
            immutable = True
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        os.chmod(path, 0o644)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _turnover(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT turnover_cents FROM interviews WHERE deleted = 0").fetchall()
    conn.close()
    return rows


def _start(window, qtbot, study: Path):  # type: ignore[no-untyped-def]
    open_in(window, qtbot, study)
    window.new_interview("bakery-1")
    form = window.views["interview"].form
    form.fields.consent.setChecked(True)  # the amounts open once the owner agrees
    wait_idle(window, qtbot)
    return form


def test_a_locked_file_keeps_the_edit_says_why_and_saves_once_free(
        window, qtbot, small_study, quick_lock_timeout) -> None:
    form = _start(window, qtbot, small_study)
    qtbot.waitUntil(lambda: not form.autosaver.unsaved, timeout=5000)  # the draft exists
    with locked_by_another_program(small_study):
        form.fields.turnover.setFocus()
        qtbot.keyClicks(form.fields.turnover, "54 321")
        qtbot.waitUntil(lambda: form.autosaver.failing, timeout=10_000)
        banner = form.fields.banner.text
        assert "en cours d'écriture par un autre programme" in banner
        assert "Vos saisies sont gardées" in banner
        assert form.fields.saved_at.text() == "Non enregistré"
        assert form.fields.turnover.text() == "54 321"  # what was typed is still there
        assert form.interview.turnover_excl_vat == 54_321_00
        # The window will not close on it: it asks.
        window.close()
        assert window.isVisible()
        dialog = window.unsaved_dialog
        assert dialog is not None and dialog.isVisible()
        assert "n'ont pas pu être enregistrées" in dialog.text()
        assert "autre programme" in dialog.informativeText()
        window.unsaved_buttons["cancel"].click()
        assert window.isVisible()
        assert _turnover(small_study) == [(None,)]
    # Once the other program is done, the retry saves it without anything typed again.
    qtbot.waitUntil(lambda: not form.autosaver.unsaved, timeout=20_000)
    assert _turnover(small_study) == [(54_321_00,)]
    assert form.fields.banner.level == ""
    assert form.fields.saved_at.text().startswith("Enregistré à")
    window.close()
    assert not window.isVisible() and window.unsaved_dialog is None


def test_a_read_only_file_offers_to_save_the_study_elsewhere(
        window, qtbot, small_study, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "ailleurs" / "poitiers.madeinlocal"
    copy.parent.mkdir()
    with read_only(small_study):
        before = _digest(small_study)
        form = _start(window, qtbot, small_study)
        qtbot.waitUntil(lambda: form.autosaver.failing, timeout=10_000)
        form.fields.turnover.setFocus()
        qtbot.keyClicks(form.fields.turnover, "12 000")
        qtbot.waitUntil(lambda: "lecture seule" in form.fields.banner.text, timeout=10_000)
        assert "Enregistrez l'étude ailleurs" in form.fields.banner.text
        assert form.fields.banner._action.isVisible()
        assert form.fields.banner._action.text() == "Enregistrer l'étude ailleurs…"
        window.close()
        assert window.isVisible()
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *args, **kwargs: (str(copy), "")))
        window.unsaved_buttons["elsewhere"].click()
        # Saved in the copy, then the window closes as asked.
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
        assert _digest(small_study) == before  # the read-only file was never touched
    assert _turnover(copy) == [(12_000_00,)]
    assert window.settings.recent_studies()[0] == copy.resolve()


def test_leaving_without_the_changes_is_a_choice(window, qtbot, small_study,
                                                 quick_lock_timeout) -> None:
    form = _start(window, qtbot, small_study)
    with locked_by_another_program(small_study):
        form.fields.turnover.setFocus()
        qtbot.keyClicks(form.fields.turnover, "999")
        qtbot.waitUntil(lambda: form.autosaver.failing, timeout=10_000)
        window.close_study()
        assert window.session is not None  # not closed: it asked
        window.unsaved_buttons["discard"].click()
        assert window.session is None


def test_the_business_form_keeps_a_failed_edit(window, qtbot, small_study,
                                               quick_lock_timeout) -> None:
    open_in(window, qtbot, small_study)
    view = window.views["businesses"]
    qtbot.waitUntil(lambda: view.editor.reference_ready, timeout=20_000)
    window.new_business()
    editor = view.editor
    with locked_by_another_program(small_study):
        qtbot.keyClicks(editor.name, "Epicerie du Port")
        qtbot.waitUntil(lambda: editor.autosaver.failing, timeout=10_000)
        assert "autre programme" in editor.banner.text
        assert editor.saved_at.text() == "Non enregistré"
        assert editor.name.text() == "Epicerie du Port"
        window.close()
        assert window.isVisible()
        window.unsaved_buttons["cancel"].click()
    qtbot.waitUntil(lambda: not editor.autosaver.unsaved, timeout=20_000)
    with sqlite3.connect(small_study) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM businesses")}
    conn.close()
    assert "Epicerie du Port" in names
    assert editor.banner.level == ""
