"""Passphrases of encrypted study files on the command line, and the one way commands open a
study (`open_study`): a plain file opens as before; an encrypted one takes its passphrase from
`--passphrase-file F` (anywhere on the line, like `--lang`), else the variable
MADEINLOCAL_STUDY_PASSPHRASE, else a hidden prompt. A new passphrase comes from
`--new-passphrase-file F`, MADEINLOCAL_NEW_STUDY_PASSPHRASE or a prompt asked twice; it must pass
the passphrase policy (crypto.check_new_passphrase).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..catalogue import text
from ..errors import InvalidInput, StudyFileError
from .passphrase_options import given_file

if TYPE_CHECKING:  # imported when a study opens: `--help` must not pay for sqlite-utils
    from ..project import Project

# Not MADEINLOCAL_PASSPHRASE: that one is the encrypted bundles'.
ENV = "MADEINLOCAL_STUDY_PASSPHRASE"
NEW_ENV = "MADEINLOCAL_NEW_STUDY_PASSPHRASE"


def _from_file(option: str) -> str | None:
    path = given_file(option)
    if path is None:
        return None
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput("cli.passphrase_file_unreadable", field="passphrase",
                           path=str(path), reason=getattr(error, "strerror", None)
                           or str(error)) from None
    return content.rstrip("\r\n")  # the line, as typed: inner and leading spaces count


def _prompt(code: str, **params: Any) -> str | None:
    try:
        # Piped in (no terminal), there is nothing to hide and getpass would only warn.
        answer: str = click.prompt(text(code, **params), hide_input=sys.stdin.isatty(),
                                   default="", show_default=False, err=True)
    except click.Abort:  # nothing typed (Ctrl+D, or an empty pipe): end the prompt's line
        click.echo(err=True)
        return None
    return answer


def passphrase_for(study: Path) -> str | None:
    """The passphrase to open `study` with (None for a plain file)."""
    from ..project import Project

    if not Project.is_encrypted(study):
        return None
    given = _from_file("--passphrase-file")
    if given is None:
        given = os.environ.get(ENV) or _prompt("cli.passphrase_prompt", name=study.name)
    if not given:
        raise StudyFileError("storage.encrypted", name=study.name)
    return given


def new_passphrase() -> str:
    """A new passphrase, typed twice when it is asked for."""
    given = _from_file("--new-passphrase-file") or os.environ.get(NEW_ENV)
    if given:
        return given
    first = _prompt("cli.new_passphrase_prompt") or ""
    if first and (_prompt("cli.new_passphrase_again") or "") != first:
        raise InvalidInput("cli.passphrases_differ", field="passphrase")
    return first


def open_study(study: Path, **options: Any) -> Project:
    """Open a study file for a command, asking its passphrase when it is encrypted."""
    from ..project import Project

    return Project.open(study, passphrase=passphrase_for(Path(study)), **options)
