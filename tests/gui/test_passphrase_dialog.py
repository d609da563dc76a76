"""Encrypted studies in the app: the passphrase asked when one opens, asked again with one line
when wrong, remembered in the system keychain when there is one (greyed, with why, when there
is none), and Study → Encrypt / Change the passphrase / Decrypt on the open study."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox

from madeinlocal_desktop.project import Project

from .conftest import open_in, wait_idle

PASSPHRASE = "velo rouge sous la pluie de mars"


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in the test (never the machine's)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keychain() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keychain() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _encrypted(small_study: Path) -> Path:
    Project.encrypt_file(small_study, PASSPHRASE)
    return small_study


def _dialog(window, qtbot):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.encryption.dialog is not None
                    and window.encryption.dialog.isVisible(), timeout=10_000)
    return window.encryption.dialog


def _answer(dialog, passphrase: str, again: str | None = None) -> None:  # type: ignore[no-untyped-def]
    dialog.field.setText(passphrase)
    dialog.again.setText(passphrase if again is None else again)
    dialog.accept()


def test_a_wrong_passphrase_asks_again_and_the_right_one_opens(
        window, qtbot, small_study: Path, no_keychain: None) -> None:
    study = _encrypted(small_study)
    before = _digest(study)
    window.open_study(study)
    first = _dialog(window, qtbot)
    assert not first.error.isVisible()
    _answer(first, "velo rouge sous la pluie d'avril")
    qtbot.waitUntil(lambda: window.encryption.dialog is not first
                    and window.encryption.dialog.isVisible(), timeout=10_000)
    again = window.encryption.dialog
    assert again.error.isVisible()
    shown = again.error.text().replace("\u00a0", " ").replace("\u202f", " ")
    assert shown == ("Cette phrase de passe n'ouvre pas « poitiers.madeinlocal » : vérifiez-la "
                     "(majuscules, accents) et réessayez ; le fichier n'a pas été modifié")
    assert _digest(study) == before
    with qtbot.waitSignal(window.study_opened, timeout=20_000):
        _answer(again, PASSPHRASE)
    assert window.session.study.name == "Centre de Poitiers"


def test_an_empty_passphrase_is_refused_in_the_dialog(
        window, qtbot, small_study: Path, no_keychain: None) -> None:
    study = _encrypted(small_study)
    before = _digest(study)
    window.open_study(study)
    dialog = _dialog(window, qtbot)
    _answer(dialog, "")
    assert dialog.isVisible() and dialog.error.text() == "Tapez la phrase de passe."
    dialog.reject()
    assert window.session is None
    assert _digest(study) == before


def test_without_a_keychain_the_option_is_greyed_and_says_why(
        window, qtbot, small_study: Path, no_keychain: None) -> None:
    window.open_study(_encrypted(small_study))
    dialog = _dialog(window, qtbot)
    assert not dialog.remember.isEnabled()
    assert dialog.remember.text() == "Se souvenir dans le trousseau du système"
    why = ("Pas de trousseau système sur cet ordinateur : la phrase de passe sera demandée à "
           "chaque fois.")
    assert dialog.remember.toolTip() == why
    assert dialog.keychain_note.isVisible() and dialog.keychain_note.text() == why
    dialog.reject()


def test_a_remembered_passphrase_opens_the_study_without_asking(
        window, qtbot, small_study: Path, memory_keychain: MemoryKeyring) -> None:
    study = _encrypted(small_study)
    window.open_study(study)
    dialog = _dialog(window, qtbot)
    assert dialog.remember.isEnabled()
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(window.study_opened, timeout=20_000):
        _answer(dialog, PASSPHRASE)
    # the keychain keeps the derived key (reopening skips the slow derivation), never the
    # passphrase, and the key is nowhere in the clear on disk
    [kept] = memory_keychain.kept.values()
    assert kept != PASSPHRASE and kept.startswith("x'")
    window.close_study()
    for file in study.parent.rglob("*"):
        if file.is_file():
            content = file.read_bytes()
            assert kept[2:-1].encode() not in content and bytes.fromhex(kept[2:66]) not in content
    window.encryption.dialog = None
    with qtbot.waitSignal(window.study_opened, timeout=20_000):
        window.open_study(study)
    assert window.encryption.dialog is None  # not asked
    assert window.session.study.name == "Centre de Poitiers"


def test_a_stale_remembered_key_asks_the_passphrase_with_one_line(
        window, qtbot, small_study: Path, memory_keychain: MemoryKeyring) -> None:
    study = _encrypted(small_study)
    with Project.open(study, passphrase=PASSPHRASE) as project:
        stale = project.reopening_key
    new = "trois chats gris sur le toit"
    Project.change_passphrase(study, PASSPHRASE, new)
    assert stale is not None
    memory_keychain.set_password("Made in Local", str(study), stale)
    window.open_study(study)
    dialog = _dialog(window, qtbot)
    shown = dialog.error.text().replace("\u00a0", " ").replace("\u202f", " ")
    assert shown == ("La clé gardée pour « poitiers.madeinlocal » ne l'ouvre plus (sa phrase "
                     "de passe a changé ?) : tapez sa phrase de passe")
    assert memory_keychain.kept == {}  # the stale key is forgotten
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(window.study_opened, timeout=20_000):
        _answer(dialog, new)
    [kept] = memory_keychain.kept.values()
    assert kept.startswith("x'") and kept != stale


def test_encrypt_change_and_decrypt_from_the_study_menu(
        window, qtbot, small_study: Path, no_keychain: None, monkeypatch) -> None:
    open_in(window, qtbot, small_study)
    assert b"Boulangerie" in small_study.read_bytes() + Path(
        f"{small_study}-wal").read_bytes()
    window.encryption.encrypt()
    dialog = _dialog(window, qtbot)
    _answer(dialog, PASSPHRASE, "une autre phrase bien longue")
    assert dialog.isVisible()
    assert dialog.error.text() == "Les deux phrases de passe diffèrent : tapez deux fois la même."
    _answer(dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: Project.is_encrypted(small_study), timeout=20_000)
    wait_idle(window, qtbot)
    assert b"Boulangerie" not in small_study.read_bytes()
    with Project.open(small_study, passphrase=PASSPHRASE) as project:
        assert [b.name for b in project.businesses.list()] == ["Boulangerie du Marché"]

    new = "trois chats gris sur le toit"
    window.encryption.dialog = None
    window.encryption.change_passphrase()
    _answer(_dialog(window, qtbot), new)
    wait_idle(window, qtbot)
    with Project.open(small_study, passphrase=new) as project:
        assert project.study.name == "Centre de Poitiers"

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    window.encryption.decrypt()
    qtbot.waitUntil(lambda: not Project.is_encrypted(small_study), timeout=20_000)
    wait_idle(window, qtbot)
    with Project.open(small_study) as project:
        assert project.study.name == "Centre de Poitiers"


def test_a_kit_that_asks_for_encryption_asks_the_new_files_passphrase(
        window, qtbot, small_study: Path, tmp_path: Path, no_keychain: None) -> None:
    from madeinlocal_desktop.gui.kit_dialogs import ExportKitDialog, NewFromKitDialog

    open_in(window, qtbot, small_study)
    window.exchange.export_kit()
    exporter = window.exchange.dialog
    assert isinstance(exporter, ExportKitDialog)
    kit = tmp_path / "poitiers.mlkit"
    exporter.destination.set_path(kit)
    exporter.protect.setChecked(False)
    assert exporter.encrypted_files.text() == (
        "Les fichiers d'étude faits depuis ce kit sont chiffrés (chaque enquêteur choisit une "
        "phrase de passe)")
    exporter.encrypted_files.setChecked(True)
    with qtbot.waitSignal(exporter.written, timeout=10_000):
        exporter.export_button.click()
    exporter.reject()
    assert Project.kit_wants_encryption(kit)
    target = tmp_path / "alice.madeinlocal"
    window.exchange.new_from_kit()
    dialog = window.exchange.dialog
    assert isinstance(dialog, NewFromKitDialog)
    dialog.kit.set_path(kit)
    dialog.file.set_path(target)
    dialog.create_button.click()
    asked = dialog.study_passphrase_dialog
    qtbot.waitUntil(asked.isVisible, timeout=10_000)
    assert asked.again.isVisible()  # a new passphrase: typed twice
    with qtbot.waitSignal(window.study_opened, timeout=20_000):
        _answer(asked, PASSPHRASE)
    assert Project.is_encrypted(target)
    assert b"Boulangerie" not in target.read_bytes()
