"""`madeinlocal settings STUDY …`: the coordinator's settings after the study is created.

`show` (also what `settings STUDY` alone does), `set-share`, `remove-share`, `category add`,
`category rename`, `rules` and `consent`. Each change goes through `project.settings`, which
checks it like a new study's; a refused value is one line and the file stays as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..catalogue import text
from ..domain import R2Rule, Recipient
from ..errors import InvalidInput
from . import Group, option, say, user_errors
from .passphrases import open_study
from .settings_formatting import settings_table
from .study_commands import _fraction

if TYPE_CHECKING:
    from ..project import Project

STUDY = click.argument("study", type=click.Path(dir_okay=False, path_type=Path))


def _study(ctx: click.Context) -> Path:
    """The STUDY given to `settings`, from a subcommand however deep."""
    while ctx is not None:
        if "study" in ctx.params:
            return Path(ctx.params["study"])
        ctx = ctx.parent  # type: ignore[assignment]
    raise click.UsageError("STUDY")  # pragma: no cover - click asks for it first


def _open(ctx: click.Context) -> Project:
    return open_study(_study(ctx))


@click.group(cls=Group, invoke_without_command=True, help="cli.help.settings")
@STUDY
@click.pass_context
@user_errors
def settings(ctx: click.Context, study: Path) -> None:
    if ctx.invoked_subcommand is None:
        ctx.invoke(show)


@settings.command(help="cli.help.settings.show")
@click.pass_context
@user_errors
def show(ctx: click.Context) -> None:
    with _open(ctx) as project:
        click.echo(settings_table(project.study))


@settings.command("set-share", help="cli.help.settings.set_share")
@click.argument("group")
@click.argument("value")
@option("--why", required=True, metavar="TEXT", help="cli.help.settings.why")
@click.pass_context
@user_errors
def set_share(ctx: click.Context, group: str, value: str, why: str) -> None:
    share = _fraction(value, "VALUE")
    with _open(ctx) as project:
        default = project.settings.set_default_share(group, share, why).value
    say("cli.settings.share_set", group=_group(group), share=default.share,
        why=default.justification)


@settings.command("remove-share", help="cli.help.settings.remove_share")
@click.argument("group")
@click.pass_context
@user_errors
def remove_share(ctx: click.Context, group: str) -> None:
    with _open(ctx) as project:
        project.settings.remove_default_share(group)
    say("cli.settings.share_removed", group=_group(group))


@settings.group(cls=Group, help="cli.help.settings.category")
def category() -> None:
    pass


@category.command("add", help="cli.help.settings.category_add")
@click.argument("code")
@option("--fr", "label_fr", required=True, help="cli.help.settings.label_fr")
@option("--en", "label_en", default=None, help="cli.help.settings.label_en")
@option("--recipient", required=True,
        type=click.Choice([r.value for r in Recipient]), help="cli.help.settings.recipient")
@option("--rule", "r2_rule", default=R2Rule.SHARE.value, show_default=True,
        type=click.Choice([r.value for r in R2Rule]), help="cli.help.settings.rule")
@click.pass_context
@user_errors
def category_add(ctx: click.Context, code: str, label_fr: str, label_en: str | None,
                 recipient: str, r2_rule: str) -> None:
    with _open(ctx) as project:
        added = project.settings.add_category(code, label_fr, label_en, recipient=recipient,
                                              r2_rule=r2_rule).value
    say("cli.settings.category_added", code=added.code, fr=added.label_fr, en=added.label_en)


@category.command("rename", help="cli.help.settings.category_rename")
@click.argument("code")
@option("--fr", "label_fr", default=None, help="cli.help.settings.label_fr")
@option("--en", "label_en", default=None, help="cli.help.settings.label_en")
@click.pass_context
@user_errors
def category_rename(ctx: click.Context, code: str, label_fr: str | None,
                    label_en: str | None) -> None:
    if label_fr is None and label_en is None:
        raise InvalidInput("cli.settings.rename_needs_label")
    with _open(ctx) as project:
        renamed = project.settings.rename_category(code, label_fr, label_en).value
    say("cli.settings.category_renamed", code=renamed.code, fr=renamed.label_fr,
        en=renamed.label_en)


@settings.command(help="cli.help.settings.rules")
@option("--commune", "communes", multiple=True, metavar="INSEE", help="cli.help.new.commune")
@option("--epci", "epcis", multiple=True, metavar="SIREN|NAME", help="cli.help.new.epci")
@option("--territory-name", default=None, help="cli.help.new.territory_name")
@option("--boundary", type=click.Choice(["communes", "epci", "departement", "radius"]),
        default=None, help="cli.help.settings.boundary")
@option("--radius-km", type=float, default=None, help="cli.help.settings.radius")
@option("--supplier-test", default=None, help="cli.help.settings.supplier_test")
@option("--staff-test", default=None, help="cli.help.settings.staff_test")
@option("--local-branch/--no-local-branch", "local_branch", default=None,
        help="cli.help.settings.local_branch")
@option("--vat-excluded/--vat-included", "vat_excluded", default=None,
        help="cli.help.settings.vat")
@click.pass_context
@user_errors
def rules(ctx: click.Context, communes: tuple[str, ...], epcis: tuple[str, ...],
          territory_name: str | None, boundary: str | None, radius_km: float | None,
          supplier_test: str | None, staff_test: str | None, local_branch: bool | None,
          vat_excluded: bool | None) -> None:
    changes: dict[str, Any] = {name: value for name, value in (
        ("boundary", boundary), ("radius_km", radius_km), ("supplier_test", supplier_test),
        ("staff_test", staff_test), ("local_branch_counts_as_local", local_branch),
        ("vat_excluded", vat_excluded)) if value is not None}
    if not (communes or epcis or territory_name is not None or changes):
        raise InvalidInput("cli.settings.rules_need_option")
    with _open(ctx) as project:
        project.settings.set_local(communes=list(communes) if communes or epcis else None,
                                   epcis=list(epcis) if communes or epcis else None,
                                   territory_name=territory_name, **changes)
        count = len(project.study.territory.communes)
    say("cli.settings.rules_saved", communes=count)


@settings.command(help="cli.help.settings.consent")
@option("--fr", "text_fr", default=None, metavar="TEXT", help="cli.help.settings.consent_fr")
@option("--en", "text_en", default=None, metavar="TEXT", help="cli.help.settings.consent_en")
@option("--all", "every", is_flag=True, help="cli.help.settings.consent_all")
@click.pass_context
@user_errors
def consent(ctx: click.Context, text_fr: str | None, text_en: str | None, every: bool) -> None:
    with _open(ctx) as project:
        before = project.settings.consent_wording()
        if text_fr is not None or text_en is not None:
            wording = project.settings.set_consent_wording(text_fr, text_en).value
            say("cli.settings.consent_unchanged" if wording == before
                else "cli.settings.consent_saved", version=wording.version)
            return
        shown = project.settings.consent_versions() if every else [before]
    for wording in shown:
        author = text("cli.settings.consent_by", at=wording.at[:10],
                      by=wording.by or "?") if wording.at else text(
                          "cli.settings.consent_default")
        say("cli.settings.consent_heading", version=wording.version, author=author)
        click.echo(f"  fr: {wording.fr}\n  en: {wording.en}")


def _group(code: str) -> str:
    from .formatting import RECIPIENTS

    return text(RECIPIENTS[code]) if code in RECIPIENTS else code


COMMANDS = [settings]
