"""The command line: a thin layer over `Project`. UserFacingError becomes one line and exit 2."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, Protocol, TypeVar

import click

from .. import __version__
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


@click.group(invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="madeinlocal")
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


def _register() -> None:
    from . import app_commands, study_commands

    for command in [*study_commands.COMMANDS, *app_commands.COMMANDS]:
        main.add_command(command)
    from . import exchange_commands

    for command in exchange_commands.COMMANDS:
        main.add_command(command)
    try:
        from .io_commands import io
    except ImportError:  # the input-output commands are optional in a trimmed build
        return
    main.add_command(io)


_register()
