"""`madeinlocal hub`: the app's side (enrol, sync, status) over `project.hub`, and the server's
commands (serve, add-study, invite, revoke, members, copy-db...).

The server's commands live with the server (madeinlocal_desktop/hub/commands.py) and are
loaded by name when one runs, like every command of this CLI: the desktop bundle ships without
the server's libraries, and then says how to install them instead of failing to start.
"""

from __future__ import annotations

import copy
import importlib
from pathlib import Path
from typing import Any

import click

from ..catalogue import TEXTS, text
from ..errors import InvalidInput
from . import (
    Command,
    Group,
    option,
    say,
    summary_stand_in,
    user_errors,
    warn,
    write_command_list,
)
from .passphrases import open_study
from .study_commands import STUDY, _terminal_progress

SERVER_COMMANDS = ("serve", "upgrade", "add-study", "studies", "invite", "members", "revoke",
                   "publish", "audit", "copy-db")
SERVER_MODULE = "madeinlocal_desktop.hub.commands"


class HubGroup(Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *SERVER_COMMANDS])

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The server's summaries come from the catalogue: listing them must not import the
        # server (SQLAlchemy, the study storage), which `hub --help` does not need.
        own = super().get_command  # not in the comprehension: its scope has no `super()`
        write_command_list(formatter, [
            (name, summary_stand_in(name, f"cli.help.hub_{name.replace('-', '_')}")
             if name in SERVER_COMMANDS else own(ctx, name))
            for name in self.list_commands(ctx)])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in SERVER_COMMANDS:
            return super().get_command(ctx, cmd_name)
        try:
            module = importlib.import_module(SERVER_MODULE)
        except ImportError as error:
            return _missing(cmd_name, error.name or str(error))
        command: click.Command = next(c for c in module.COMMANDS if c.name == cmd_name)
        if command.callback is not None and not getattr(command, "_user_errors", False):
            command.callback = user_errors(command.callback)  # this CLI's one error edge
            command._user_errors = True  # type: ignore[attr-defined]
        return _in_language(command)


def _in_language(command: click.Command) -> click.Command:
    """The server's command with its help (catalogue codes: the server does not import the
    CLI) in the language of the moment; a copy, so a later language gets its own words."""
    shown = copy.copy(command)
    shown.help = _words(command.help)
    shown.params = [copy.copy(p) for p in command.params]
    for param in shown.params:
        if isinstance(param, click.Option):
            param.help = _words(param.help)
    return shown


def _words(value: str | None) -> str | None:
    return text(value) if value is not None and value in TEXTS else value


def _missing(name: str, missing: str) -> click.Command:
    @click.command(name, context_settings={"ignore_unknown_options": True},
                   cls=Command, help="cli.help.hub_extra")
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    @user_errors
    def command(args: tuple[str, ...]) -> None:
        raise InvalidInput("hub.extra_missing", missing=missing)
    return command


@click.group(cls=HubGroup, help="cli.help.hub")
def hub() -> None:
    pass


@hub.command(help="cli.help.hub_enrol")
@STUDY
@click.argument("url")
@click.argument("code")
@user_errors
def enrol(study: Path, url: str, code: str) -> None:
    with open_study(study) as project:
        done = project.hub.enrol(url, code)
    say("cli.hub_enrolled", url=done.url, name=done.name, role=_role(done.role),
        study=done.study_name, path=str(study))


@hub.command(help="cli.help.hub_sync")
@STUDY
@option("--passphrase", envvar="MADEINLOCAL_PASSPHRASE", default=None,
        help="cli.help.passphrase")
@option("--attempts", default=5, show_default=True, type=click.IntRange(1, 100),
        help="cli.help.hub_attempts")
@user_errors
def sync(study: Path, passphrase: str | None, attempts: int) -> None:
    from ..project.hub import Backoff

    with open_study(study) as project:
        result = project.hub.sync(passphrase=passphrase, backoff=Backoff(attempts=attempts),
                                  progress=_terminal_progress())
    _report(result)


def _report(result: Any) -> None:
    say("cli.hub_synced_new" if result.written else "cli.hub_synced_nothing",
        pushed=result.pushed, already=result.already_there, imported=len(result.imported))
    for report in result.imported:
        click.echo("  " + report.summary())
    for report in result.refused:
        warn("cli.hub_refused", name=report.file.name, message=report.message)


HUB_ROLES = {"coordinator": "cli.hub_role.coordinator", "surveyor": "cli.hub_role.surveyor",
             "viewer": "cli.hub_role.viewer"}


def _role(role: str | None) -> str:
    return text(HUB_ROLES[role]) if role in HUB_ROLES else str(role or "")


@hub.command(help="cli.help.hub_status")
@STUDY
@user_errors
def status(study: Path) -> None:
    with open_study(study) as project:
        found = project.hub.status()
    if not found.enrolled:
        raise InvalidInput("hub.not_enrolled")
    say("cli.hub_status", url=found.url, name=found.name, role=_role(found.role),
        queued=found.queued)


COMMANDS = [hub]
