"""`madeinlocal privacy`: subject access (access), retention date, applying it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import language
from . import Group, option, say, user_errors, warn
from .study_commands import STUDY

if TYPE_CHECKING:
    from ..project import Project


@click.group(cls=Group, help="cli.help.privacy")
def privacy() -> None:
    pass


@privacy.command(help="cli.help.privacy.access")
@STUDY
@option("--business", "business_id", default=None, metavar="ID", help="cli.help.privacy.business")
@option("--siret", default=None, metavar="S", help="cli.help.privacy.siret")
@option("--format", "kind", type=click.Choice(["json", "pdf"]), default="json",
        show_default=True, help="cli.help.privacy.format")
@option("-o", "--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
        help="cli.help.privacy.out")
@user_errors
def access(study: Path, business_id: str | None, siret: str | None, kind: str,
           out: Path) -> None:
    from ..project import Project

    with Project.open(study) as project:
        report = project.privacy.held_about(business_id=business_id, siret=siret)
    if kind == "pdf":
        from ..report.subject_access import write_pdf

        write_pdf(report, out, language.current())
    else:
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str),
                       encoding="utf-8")
    say("cli.privacy.written", path=str(out))


@privacy.command(help="cli.help.privacy.retention")
@STUDY
@option("--until", required=True, metavar="YYYY-MM-DD", help="cli.help.privacy.until")
@user_errors
def retention(study: Path, until: str) -> None:
    from ..project import Project

    with Project.open(study) as project:
        date = project.privacy.set_retention(until).value
        say("cli.privacy.retention_set", until=date.isoformat())
        warn_retention(project)


@privacy.command("apply-retention", help="cli.help.privacy.apply_retention")
@STUDY
@user_errors
def apply_retention(study: Path) -> None:
    from ..project import Project

    with Project.open(study) as project:
        shops, people = project.privacy.apply_retention().value
    say("cli.privacy.retention_applied", businesses=shops, respondents=people)


def warn_retention(project: Project) -> None:
    """On stderr, when the retention date is near or past (commands that open a study)."""
    left = project.privacy.days_left()
    if left is None or not project.privacy.needs_warning():
        return
    until = project.privacy.retention_until()
    if left < 0:
        warn("cli.privacy.retention_passed", until=until)
    else:
        warn("cli.privacy.retention_soon", until=until, days=left)


COMMANDS = [privacy]
