"""Encrypted studies in the main window: the passphrase asked when one opens (or taken from the
system keychain), and Study → Encrypt the study…, Change the passphrase…, Decrypt the study…,
each rewriting the file on the worker with the progress panel showing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ..errors import UserFacingError
from .widgets.banner import Banner

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .passphrase_dialog import PassphraseDialog

_ASK_AGAIN = ("storage.wrong_passphrase", "storage.encrypted", "storage.remembered_key_wrong")


class StudyEncryption(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PassphraseDialog | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"encrypt_study": self.encrypt, "change_passphrase": self.change_passphrase,
                "decrypt_study": self.decrypt}

    @staticmethod
    def needs_passphrase(path: Path) -> bool:
        from ..project import Project

        return Project.is_encrypted(path)

    # -- opening ------------------------------------------------------------------------------

    def open_encrypted(self, path: Path, error: str = "") -> None:
        """The keychain's passphrase first (once), else the dialog; a wrong one asks again."""
        # The dialog module (and the keychain's) is imported on first use, not at start-up.
        from . import passphrase_dialog as keychain
        from .passphrase_dialog import PassphraseDialog

        kept = None if error else keychain.remembered(path)
        if kept:  # the derived key (or, kept by an older version, the passphrase itself)
            self._try(path, kept, remember=True)
            return
        dialog = PassphraseDialog(self.window, path.name, error=error)
        self.dialog = dialog
        dialog.accepted.connect(
            lambda: self._try(path, dialog.passphrase(), remember=dialog.remember.isChecked()))
        dialog.rejected.connect(self.window.show_welcome)
        dialog.open()

    def _try(self, path: Path, passphrase: str, *, remember: bool) -> None:
        from . import passphrase_dialog as keychain

        def failed(error: BaseException) -> None:
            code = error.code if isinstance(error, UserFacingError) else ""
            if code == "storage.remembered_key_wrong":
                keychain.forget(path)  # stale: the passphrase typed next replaces it
            if code in _ASK_AGAIN:
                self.open_encrypted(path, error=str(error))
            else:
                self.window._open_failed(path, error)

        def opened() -> None:
            # The derived key, never the passphrase: it reopens the file without the wait.
            session = self.window.session
            key = session.project_getter().reopening_key if session is not None else None
            if not remember or key is None or key == passphrase:
                return
            if not keychain.remember(path, key):
                self.window.statusBar().showMessage(
                    self.tr("The passphrase could not be kept in the system keychain."), 10_000)

        self.window.start_opening(path, passphrase, on_done=opened, on_error=failed)

    # -- Study menu ---------------------------------------------------------------------------

    def _banner(self) -> Banner:
        """The banner of the view on screen (the study page's), else the window's."""
        view = self.window.views.get(self.window.current_view() or "")
        banner = getattr(view, "banner", None)
        return banner if isinstance(banner, Banner) else self.window.banner

    def _encrypted_now(self) -> bool | None:
        session = self.window.session
        return None if session is None else self.needs_passphrase(session.path)

    def encrypt(self) -> None:
        encrypted = self._encrypted_now()
        if encrypted is None:
            return
        if encrypted:
            self._banner().show_message(self.tr(
                "This study is encrypted already: Study → Change the passphrase… changes it."),
                "info")
            return
        self._ask_new(self.tr("Encrypting the study…"), self.tr("The study is now encrypted."))

    def change_passphrase(self) -> None:
        encrypted = self._encrypted_now()
        if encrypted is None:
            return
        if not encrypted:
            self._not_encrypted()
            return
        self._ask_new(self.tr("Changing the passphrase…"),
                      self.tr("The passphrase of the study was changed."))

    def decrypt(self) -> None:
        encrypted = self._encrypted_now()
        if encrypted is None:
            return
        if not encrypted:
            self._not_encrypted()
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.window, self.tr("Decrypt the study"), self.tr(
            "Write the study back as a plain file? Anyone who gets hold of the file will then "
            "be able to read the shops' names and figures."))
        if answer == QMessageBox.StandardButton.Yes:
            self._rewrite(None, self.tr("Decrypting the study…"),
                          self.tr("The study is no longer encrypted."))

    def _not_encrypted(self) -> None:
        self._banner().show_message(self.tr(
            "This study is not encrypted: Study → Encrypt the study… encrypts it."), "info")

    def _ask_new(self, label: str, done: str) -> None:
        session = self.window.session
        assert session is not None
        from .passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(self.window, session.path.name, new=True)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._rewrite(dialog.passphrase(), label, done))
        dialog.open()

    def _rewrite(self, passphrase: str | None, label: str, done: str) -> None:
        session = self.window.session
        if session is None:
            return
        path = session.path
        from . import passphrase_dialog as keychain

        def finished(_: Any) -> None:
            key = session.project_getter().reopening_key
            if key is None:
                keychain.forget(path)
            elif keychain.remembered(path):  # keep the keychain right: the new file's key
                keychain.remember(path, key)
            self._banner().show_message(done, "info")

        session.run_long(label, lambda project, task: project.set_passphrase(passphrase),
                         on_done=finished, on_error=self.window._show_study_error,
                         determinate=False, cancellable=False)
