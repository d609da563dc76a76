"""The passphrase of an encrypted study: asked when it opens (with the option to remember it in
the system keychain), or chosen, typed twice, to encrypt a study or change its passphrase.

The keychain is the `keyring` package's: a computer without one (keyring's `fail` backend, a
Linux session without a secret service) greys the option and says why in one line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserFacingError

KEYCHAIN_SERVICE = "Made in Local"


def keychain_available() -> bool:
    """False when keyring has no real backend here (its `fail` backend, or none works)."""
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # a broken backend is the same as none for the user
        return False


def remembered(path: Path) -> str | None:
    """The passphrase kept in the keychain for this file, if any."""
    if not keychain_available():
        return None
    try:
        import keyring

        return keyring.get_password(KEYCHAIN_SERVICE, str(path))
    except Exception:
        return None


def remember(path: Path, passphrase: str) -> bool:
    try:
        import keyring

        keyring.set_password(KEYCHAIN_SERVICE, str(path), passphrase)
    except Exception:
        return False
    return True


def forget(path: Path) -> None:
    try:
        import keyring

        keyring.delete_password(KEYCHAIN_SERVICE, str(path))
    except Exception:
        return  # nothing kept, or no keychain: nothing to forget


class PassphraseDialog(QDialog):
    """`new=False`: the passphrase that opens `name`; `new=True`: a new one, typed twice."""

    def __init__(self, parent: QWidget | None, name: str, *, new: bool = False,
                 error: str = "") -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("New passphrase") if new else self.tr("Encrypted study"))
        layout = QVBoxLayout(self)
        intro = (self.tr("Choose the passphrase of “{name}” (at least 12 characters). "
                         "Without it nobody can open the file, you included: keep it safe.")
                 if new else self.tr("“{name}” is encrypted: give its passphrase."))
        label = QLabel(intro.format(name=name))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.field = self._password_field(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.again = self._password_field(self.tr("The same again"))
        self.again.setVisible(new)
        layout.addWidget(self.again)
        self.error = QLabel(error)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        self.remember = QCheckBox(self.tr("Remember in the system keychain"))
        self.keychain_note = QLabel(self.tr(
            "No system keychain on this computer: the passphrase will be asked each time."))
        self.keychain_note.setWordWrap(True)
        available = keychain_available()
        self.remember.setEnabled(available)
        if not available:
            self.remember.setToolTip(self.keychain_note.text())
        self.remember.setVisible(not new)
        self.keychain_note.setVisible(not new and not available)
        layout.addWidget(self.remember)
        layout.addWidget(self.keychain_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    def _password_field(self, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(placeholder)
        return field

    def passphrase(self) -> str:
        return self.field.text()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def accept(self) -> None:
        """Stay open with one line when the passphrase cannot be used."""
        text = self.field.text()
        if not text:
            self.show_error(self.tr("Type the passphrase."))
            return
        if self.new:
            if self.again.text() != text:
                self.show_error(self.tr("The two passphrases differ: type the same one twice."))
                return
            from ..crypto import check_new_passphrase  # cryptography: not at start-up

            try:
                check_new_passphrase(text)
            except UserFacingError as error:
                self.show_error(str(error))
                return
        super().accept()
