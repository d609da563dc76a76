"""File → Restore a backup…: the study's daily copies with their date and counts, restored as
a new file beside the study (never over it), then opened."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from madeinlocal_desktop import language
from madeinlocal_desktop.domain import Business, new_id
from madeinlocal_desktop.gui.restore_dialog import BUSINESSES, DATE, INTERVIEWS
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.project import backups as backup_module

from .conftest import open_in, wait_idle


@pytest.fixture(autouse=True)
def french_messages() -> Iterator[None]:
    """The core's words (errors, the restored file's name) in the window's language."""
    language.set_language("fr")
    yield
    language.set_language(None)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_copy_is_restored_beside_the_study_and_opened(window, qtbot, small_study,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_module, "_today", lambda: dt.date(2026, 3, 2))
    with Project.open(small_study) as project:
        project.backups.rotate()  # Monday's copy: one shop
        project.businesses.save(Business(new_id(), "Ajoutée mardi", commune="86194"))
    monkeypatch.setattr(backup_module, "_today", lambda: dt.date(2026, 3, 3))
    open_in(window, qtbot, small_study)  # opening makes Tuesday's copy (two shops)
    wait_idle(window, qtbot)
    window.restore_backup()
    dialog = window.restore_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    shown = [[dialog.table.item(r, c).text() for c in (DATE, BUSINESSES, INTERVIEWS)]
             for r in range(2)]
    assert shown == [["mardi 3 mars 2026", "2", "0"], ["lundi 2 mars 2026", "1", "0"]]
    before = _digest(small_study)
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.restored_path is not None, timeout=10_000)
    restored = dialog.restored_path
    assert restored.parent == small_study.parent
    assert restored.name == "poitiers-restauration-2026-03-02.madeinlocal"
    assert "n'a pas été modifiée" in dialog.banner.text
    wait_idle(window, qtbot)
    assert _digest(small_study) == before
    with qtbot.waitSignal(window.study_opened, timeout=20_000):
        dialog.open_button.click()
    assert window.session.path == restored.resolve()
    register = window.views["businesses"]
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=10_000)


def test_a_copy_of_another_study_is_refused_in_place(window, qtbot, small_study,
                                                     tmp_path: Path) -> None:
    other = tmp_path / "autre.madeinlocal"
    Project.new_study(other, "Une autre étude", 2025).close()
    open_in(window, qtbot, small_study)
    window.restore_backup()
    dialog = window.restore_dialog
    wait_idle(window, qtbot)
    dialog.add_copy(other)
    qtbot.waitUntil(lambda: dialog.banner.level == "error", timeout=10_000)
    assert "Une autre étude" in dialog.banner.text
    assert dialog.table.rowCount() == 1  # only today's automatic copy
