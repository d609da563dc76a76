"""`madeinlocal backup STUDY DIR`: a consistent copy of a study, named with the date."""

from __future__ import annotations

from pathlib import Path

import click

from . import command, user_errors
from .passphrases import open_study
from .study_commands import STUDY


@command(help="cli.help.backup")
@STUDY
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@user_errors
def backup(study: Path, folder: Path) -> None:
    with open_study(study) as project:
        copy = project.backups.backup(folder)
    click.echo(str(copy))


COMMANDS = [backup]
