"""Phone-team commands: xlsform, import-submissions, import-register. Thin wrappers over
`project.interop` (docs/interop.md)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..catalogue import text
from . import command, option, say, user_errors, warn
from .passphrases import open_study
from .study_commands import STUDY, _terminal_progress

if TYPE_CHECKING:
    from ..project.interop import Plan, ShopPlan

STATUS_TEXTS = {"new": "interop.status.new", "updated": "interop.status.updated",
                "unchanged": "interop.status.unchanged", "refused": "interop.status.refused"}
PREVIEW = option("--preview", is_flag=True, help="cli.help.interop.preview")


@command(help="cli.help.xlsform")
@STUDY
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@user_errors
def xlsform(study: Path, out: Path) -> None:
    with open_study(study) as project:
        project.interop.export_xlsform(out)
        version = project.interop.form_version()
    say("cli.xlsform_written", path=str(out), version=version)


def _counts(plan: Plan) -> str:
    return text("cli.submissions.counts", **{s: plan.count(s) for s in (
        "new", "updated", "unchanged", "refused")})


@command("import-submissions", help="cli.help.import_submissions")
@STUDY
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@PREVIEW
@user_errors
def import_submissions(study: Path, file: Path, preview: bool) -> None:
    from ..project.interop import first_refusal

    with open_study(study) as project:
        if preview:
            plan = project.interop.preview_submissions(file)
        else:
            plan = project.interop.import_submissions(file, progress=_terminal_progress()).value
    if plan.repeats_dropped:
        warn("interop.repeats_dropped")
    if preview:
        for item in plan.items:
            say("cli.submissions.row", sheet=plan.name, row=item.row,
                status=text(STATUS_TEXTS[item.status]), shop=item.shop_name or "?")
            for refusal in item.refusals:
                click.echo("  " + str(refusal.message()))
        say("cli.submissions.would_import", file=plan.name, counts=_counts(plan))
        refused = first_refusal(plan)
        if refused is not None:
            raise refused
    else:
        say("cli.submissions.imported", file=plan.name, counts=_counts(plan))


def _shop_counts(plan: ShopPlan) -> str:
    from ..project.interop import REFUSED

    return text("cli.register.counts", new=plan.count("new"), known=plan.count("known"),
                refused=plan.count(REFUSED))


@command("import-register", help="cli.help.import_register")
@STUDY
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@option("--map", "mapping", default=None, metavar="FIELD=COLUMN,…",
        help="cli.help.import_register.map")
@PREVIEW
@user_errors
def import_register(study: Path, file: Path, mapping: str | None, preview: bool) -> None:
    from ..project.interop import parse_mapping

    with open_study(study) as project:
        table = project.interop.read_shop_list(file)
        columns = project.interop.guess_shop_mapping(table)
        if mapping:
            columns.update(parse_mapping(mapping, table.header, required=False))
        say("cli.register.mapping", mapping=", ".join(f"{k}={v}" for k, v in columns.items()))
        plan = (project.interop.preview_shops(table, columns) if preview
                else project.interop.import_shops(table, columns).value)
    for item in plan.items:
        reason = item.reason()
        if reason is not None:
            click.echo(str(reason))
        elif item.status == "known":
            say("cli.register.known", row=item.row, name=item.known_as)
    code = "cli.register.would_import" if preview else "cli.register.imported"
    say(code, file=plan.name, counts=_shop_counts(plan))


COMMANDS = [xlsform, import_submissions, import_register]
