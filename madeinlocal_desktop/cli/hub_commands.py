"""`madeinlocal hub`: the app's side (enrol, sync, status) over `project.hub`, and the server's
commands (serve, add-study, invite, revoke, members, copy-db...).

The server's commands live with the server (madeinlocal_desktop/hub/commands.py) and are
loaded by name when one runs, like every command of this CLI: the desktop bundle ships without
the server's libraries, and then says how to install them instead of failing to start.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import click

from ..catalogue import text
from ..errors import InvalidInput
from ..project import Project
from . import Group, say, user_errors
from .study_commands import STUDY, _terminal_progress

SERVER_COMMANDS = ("serve", "upgrade", "add-study", "studies", "invite", "members", "revoke",
                   "publish", "audit", "copy-db")
SERVER_MODULE = "madeinlocal_desktop.hub.commands"


class HubGroup(Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *SERVER_COMMANDS])

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
        return command


def _missing(name: str, missing: str) -> click.Command:
    @click.command(name, context_settings={"ignore_unknown_options": True},
                   help="Needs the hub extra: pip install 'madeinlocal-desktop[hub]'.")
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    @user_errors
    def command(args: tuple[str, ...]) -> None:
        raise InvalidInput("hub.extra_missing", missing=missing)
    return command


@click.group(cls=HubGroup, help="cli.help.hub")
def hub() -> None:
    pass


@hub.command()
@STUDY
@click.argument("url")
@click.argument("code")
@user_errors
def enrol(study: Path, url: str, code: str) -> None:
    """Enrol this study file with the hub at URL, with a code from the coordinator."""
    with Project.open(study) as project:
        done = project.hub.enrol(url, code)
    click.echo(f"Enrolled with {done.url} as {done.name} ({done.role}) for {done.study_name}; "
               f"next: madeinlocal hub sync {study}")


@hub.command()
@STUDY
@click.option("--passphrase", envvar="MADEINLOCAL_PASSPHRASE", default=None,
              help="Passphrase of encrypted bundles (or set MADEINLOCAL_PASSPHRASE).")
@click.option("--attempts", default=5, show_default=True, type=click.IntRange(1, 100),
              help="Tries per call while the hub cannot be reached (waits double each time).")
@user_errors
def sync(study: Path, passphrase: str | None, attempts: int) -> None:
    """Push this device's new bundles to the hub and import the ones not seen yet."""
    from ..project.hub import Backoff

    with Project.open(study) as project:
        result = project.hub.sync(passphrase=passphrase, backoff=Backoff(attempts=attempts),
                                  progress=_terminal_progress())
    _report(result)


def _report(result: Any) -> None:
    sent = "a new bundle" if result.written else "nothing new"
    click.echo(f"Made {sent}; pushed {result.pushed} (already on the hub: "
               f"{result.already_there}); imported {len(result.imported)} bundle(s)")
    for report in result.imported:
        click.echo("  " + report.summary())
    for report in result.refused:
        click.echo(f"Refused {report.file.name}: {report.message}", err=True)


HUB_ROLES = ("coordinator", "surveyor", "viewer")


@hub.command()
@STUDY
@user_errors
def status(study: Path) -> None:
    """Which hub this study file syncs with, and how many bundles wait to be pushed."""
    with Project.open(study) as project:
        found = project.hub.status()
    if not found.enrolled:
        raise InvalidInput("hub.not_enrolled")
    role = text(f"cli.hub_role.{found.role}") if found.role in HUB_ROLES else found.role
    say("cli.hub_status", url=found.url, name=found.name, role=role, queued=found.queued)


COMMANDS = [hub]
