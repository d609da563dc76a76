"""The kit dialogs with a passphrase: exporting asks a new one twice (on by default), joining
asks it, and a wrong one is said beside the field with no study file created."""

from __future__ import annotations

from pathlib import Path

import pytest

from madeinlocal_desktop.gui.kit_dialogs import ExportKitDialog, NewFromKitDialog

from .conftest import open_in
from .exchange_support import TwoDevices, make_two_devices, use_device

PASSPHRASE = "tilleul marché vélo 1987"


@pytest.fixture
def devices(tmp_path: Path) -> TwoDevices:
    return make_two_devices(tmp_path / "files")


def _export(window, qtbot, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    window.exchange.export_kit()
    exporter = window.exchange.dialog
    assert isinstance(exporter, ExportKitDialog)
    assert exporter.protect.isChecked()  # protected unless the coordinator says otherwise
    exporter.destination.set_path(tmp_path / "poitiers.mlkit")
    exporter.export_button.click()
    assert "Choisissez une phrase de passe" in exporter.passphrase_field.error
    exporter.passphrase.setText("court")
    exporter.confirm.setText("court")
    exporter.export_button.click()
    qtbot.waitUntil(lambda: "trop courte" in exporter.passphrase_field.error, timeout=10_000)
    assert not (tmp_path / "poitiers.mlkit").exists()
    exporter.passphrase.setText(PASSPHRASE)
    exporter.confirm.setText(PASSPHRASE + "!")
    exporter.export_button.click()
    assert "deux fois" in exporter.confirm_field.error
    exporter.confirm.setText(PASSPHRASE)
    with qtbot.waitSignal(exporter.written, timeout=10_000):
        exporter.export_button.click()
    exporter.reject()
    return tmp_path / "poitiers.mlkit"


def test_a_protected_kit_from_export_to_a_new_study(window, qtbot, devices: TwoDevices,
                                                    tmp_path: Path) -> None:
    open_in(window, qtbot, devices.a)
    kit = _export(window, qtbot, tmp_path)
    assert b"Centre de Poitiers" not in kit.read_bytes()

    use_device("dev-c")
    window.exchange.new_from_kit()
    dialog = window.exchange.dialog
    assert isinstance(dialog, NewFromKitDialog)
    dialog.kit.set_path(kit)
    dialog.file.set_path(tmp_path / "c.madeinlocal")
    dialog.file.edited.emit()
    dialog.create_button.click()  # no passphrase typed
    qtbot.waitUntil(lambda: "protégé par une phrase de passe" in dialog.passphrase_field.error,
                    timeout=10_000)
    dialog.passphrase.setText("tilleul marché vélo 1988")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: "incorrecte" in dialog.passphrase_field.error, timeout=10_000)
    assert not (tmp_path / "c.madeinlocal").exists()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.study_opened, timeout=20_000):
        dialog.create_button.click()
    assert window.session is not None
    assert window.session.study.name == "Centre de Poitiers"
