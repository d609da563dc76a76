"""`madeinlocal encrypt|decrypt|change-passphrase STUDY`: encrypt a study file in place, write
it back plain, or change its passphrase. Each is all or nothing: the new file is checked before
it replaces the old one. Close the study in the app first."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import command, say, user_errors
from .passphrases import new_passphrase, passphrase_for
from .study_commands import STUDY

if TYPE_CHECKING:
    pass


def _old_passphrase(study: Path) -> str:
    from ..project import Project

    Project.check_encryption(study, encrypted=True)
    return passphrase_for(study) or ""


@command(help="cli.help.encrypt")
@STUDY
@user_errors
def encrypt(study: Path) -> None:
    from ..project import Project

    Project.check_encryption(study, encrypted=False)  # before asking a passphrase for nothing
    Project.encrypt_file(study, new_passphrase())
    say("cli.encrypted", study=str(study))


@command(help="cli.help.decrypt")
@STUDY
@user_errors
def decrypt(study: Path) -> None:
    from ..project import Project

    Project.decrypt_file(study, _old_passphrase(study))
    say("cli.decrypted", study=str(study))


@command("change-passphrase", help="cli.help.change_passphrase")
@STUDY
@user_errors
def change_passphrase(study: Path) -> None:
    from ..project import Project

    old = _old_passphrase(study)
    Project.change_passphrase(study, old, new_passphrase())
    say("cli.passphrase_changed", study=str(study))


COMMANDS = [encrypt, decrypt, change_passphrase]
