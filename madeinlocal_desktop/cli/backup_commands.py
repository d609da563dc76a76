"""`madeinlocal backup STUDY DIR`: a consistent copy of a study, named with the date."""

from __future__ import annotations

from pathlib import Path

import click

from ..project import Project
from . import command, user_errors
from .study_commands import STUDY


@command(help="cli.help.backup")
@STUDY
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@user_errors
def backup(study: Path, folder: Path) -> None:
    with Project.open(study) as project:
        copy = project.backups.backup(folder)
    click.echo(str(copy))


COMMANDS = [backup]
