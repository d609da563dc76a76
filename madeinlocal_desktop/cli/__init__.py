"""The command line: a thin layer over `Project`. UserFacingError becomes one line and exit 2."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, Protocol, TypeVar

import click

from ..errors import Cancelled, UserFacingError

F = TypeVar("F", bound=Callable[..., Any])


def user_errors(func: F) -> F:
    """Translate the core's errors at the edge, never as a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UserFacingError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(2)
        except Cancelled:
            click.echo("Cancelled.", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


class DesktopApp(Protocol):
    """The desktop app as the CLI sees it (injected by launcher.py)."""

    def display_available(self) -> bool: ...

    def launch(self, study: Path | None, **options: Any) -> int: ...


def desktop_app(ctx: click.Context) -> DesktopApp | None:
    app = ctx.find_root().obj
    return app if hasattr(app, "launch") else None


# Command name → module of this package that defines it. Modules are imported only when their
# command runs: opening a study pulls in sqlite-utils and with it pandas (~0.5 s), which plain
# `madeinlocal` (the app) and `madeinlocal --help` should not pay for.
LAZY_COMMANDS = {
    "new": "study_commands", "import": "study_commands", "export": "study_commands",
    "analyse": "study_commands", "scenario": "study_commands", "demo": "study_commands",
    "open": "app_commands",
    "kit": "exchange_commands", "bundle": "exchange_commands",
    "import-bundle": "exchange_commands", "sync-folder": "exchange_commands",
    "conflicts": "exchange_commands", "resolve": "exchange_commands",
    "duplicates": "exchange_commands", "merge-duplicates": "exchange_commands",
    "io": "io_commands",
    "frame": "territory_commands", "sample": "territory_commands",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(LAZY_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = LAZY_COMMANDS.get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(f"{__name__}.{module_name}")
        commands = getattr(module, "COMMANDS", None) or [getattr(module, cmd_name)]
        return next((c for c in commands if c.name == cmd_name), None)


@click.group(cls=LazyGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="madeinlocal-desktop", prog_name="madeinlocal")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Made in Local: measure how money circulates in a local economy.

    Without a command, opens the desktop application.
    """
    if ctx.invoked_subcommand is None:
        app = desktop_app(ctx)
        if app is None or not app.display_available():
            click.echo(ctx.get_help())
            return
        sys.exit(app.launch(None))
