"""Étude → Serveur de consolidation…: enrol with a code, sync in the background, go offline
and come back, against a real hub process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from madeinlocal_desktop import language
from madeinlocal_desktop.domain import Business, new_id
from madeinlocal_desktop.gui.hub_dialog import retry_delay
from madeinlocal_desktop.gui.hub_enrol_dialog import HubDialog
from madeinlocal_desktop.hub import admin, database, store
from madeinlocal_desktop.project import Project
from tests.gui.conftest import open_in
from tests.hub.hub_support import HubProcess


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    database.open_database(url, create=True).dispose()
    process = HubProcess(url, tmp_path).start()
    yield process
    process.stop()


def _bundles(hub: HubProcess) -> int:
    return sum(row["bundles"] for row in store.list_studies(admin.engine_for(hub.db)))


@pytest.fixture
def french_messages() -> Iterator[None]:
    """Core messages in the interface's language (French here)."""
    language.set_language("fr")
    yield
    language.set_language(None)


def test_enrol_then_sync_in_the_background_and_retry_while_offline(
        window, qtbot, small_study: Path, hub: HubProcess, tmp_path: Path,
        french_messages: None) -> None:
    with Project.open(small_study) as project:
        kit = project.exchange.export_kit(tmp_path / "study.mlkit")
    study, _ = admin.add_study(hub.db, kit, actor="test")
    code = store.invite(admin.engine_for(hub.db), study.id, role="coordinator",
                        name="Camille", hours=1, by=None, actor="test")[0]
    open_in(window, qtbot, small_study)
    status = window.hub.label
    window.hub.open_dialog()
    dialog = window.hub.dialog
    assert isinstance(dialog, HubDialog)
    assert "n'est encore relié à aucun serveur" in dialog.state.text()
    dialog.enrol_button.click()
    assert "Saisissez l'adresse du serveur" in dialog.banner._label.text()
    dialog.url.setText(hub.url)
    dialog.code.setText("0000-0000-0000")
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: "inconnu, déjà utilisé ou expiré" in dialog.banner._label.text(),
                    timeout=10_000)
    dialog.code.setText(code)
    with qtbot.waitSignal(window.hub.synced, timeout=20_000):
        dialog.enrol_button.click()
    assert "Serveur de consolidation : synchronisé à" in status.text()
    assert "Relié à" in dialog.state.text() and "coordinateur" in dialog.state.text()
    assert "0 paquet en attente" in dialog.state.text()
    assert _bundles(hub) == 1  # the study and its bakery reached the hub

    # The network goes: the sync says so, keeps the new bundle and tries again later.
    hub.kill()
    window.session.run(lambda p: p.businesses.save(
        Business(new_id(), "Épicerie des Halles", naf="47.11B", commune="86194")).value)
    with qtbot.waitSignal(window.hub.state_changed, timeout=20_000,
                          check_params_cb=lambda: "hors ligne" in status.text()):
        dialog.sync_button.click()
    assert "1 paquet en attente, nouvel essai dans 30 s" in status.text()
    assert window.hub.timer.isActive() and window.hub.timer.interval() == 30_000
    assert "1 paquet en attente d'envoi" in dialog.state.text()
    hub.start()
    with qtbot.waitSignal(window.hub.synced, timeout=20_000):
        window.hub.timer.timeout.emit()  # the retry, without waiting its 30 s
    assert "synchronisé à" in status.text() and window.hub.failures == 0
    assert "0 paquet en attente" in dialog.state.text()
    assert _bundles(hub) == 2
    dialog.reject()
    window.close_study()
    assert not window.hub.timer.isActive() and not status.isVisible()


def test_retries_wait_longer_each_time_up_to_a_quarter_of_an_hour() -> None:
    assert [retry_delay(n) for n in range(1, 8)] == [30, 60, 120, 240, 480, 900, 900]
