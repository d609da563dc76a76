"""The command line: a thin layer over `Project`, in the user's language.

The language is the global `--lang fr|en` (before or after the command name), else the
system's. Help texts name catalogue codes and are rendered when shown, so they follow it even
though commands are built once; click's own words (usage, options, its errors) follow it too
(`click_texts`). A UserFacingError, like a usage error, becomes one line and exit code 2.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, NoReturn, Protocol, TypeVar

import click

from .. import language
from ..catalogue import TEXTS, text
from ..errors import Cancelled, UserFacingError
from . import click_texts
from .passphrase_options import take_options

F = TypeVar("F", bound=Callable[..., Any])
EXIT_USER_ERROR = 2


def one_line(message: str) -> str:
    """The message on one line; its no-break spaces (French typography) stay."""
    return " ".join(part.strip(" \t") for part in message.splitlines() if part.strip())


def fail(error: UserFacingError) -> NoReturn:
    click.echo(text("cli.error_line", error=one_line(str(error))), err=True)
    sys.exit(EXIT_USER_ERROR)


def user_errors(func: F) -> F:
    """Translate the core's errors at the edge, never as a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UserFacingError as error:
            fail(error)
        except Cancelled:
            click.echo(text("cli.cancelled"), err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


# -- help texts in the current language ---------------------------------------------------------


class _Help:
    """A help attribute that may name a catalogue code: shown in the language of the moment."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_help_{name}"

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__.get(self.slot)
        if isinstance(value, str) and value in TEXTS:
            return text(value, **obj.__dict__.get("help_params", {}))
        return value

    def __set__(self, obj: object, value: Any) -> None:
        obj.__dict__[self.slot] = value


class Command(click.Command):
    help = _Help()
    short_help = _Help()
    epilog = _Help()


class Option(click.Option):
    help = _Help()

    def __init__(self, *args: Any, help_params: dict[str, Any] | None = None,
                 **kwargs: Any) -> None:
        self.help_params = help_params or {}  # values the help text names: `{delta}`
        super().__init__(*args, **kwargs)


class OneLineUsageError(click.ClickException):
    """A usage error said in one line, with the way to the command's help."""

    exit_code = EXIT_USER_ERROR

    def __init__(self, error: click.UsageError) -> None:
        super().__init__(error.format_message())
        self.command_path = error.ctx.command_path if error.ctx else "madeinlocal"

    def show(self, file: Any = None) -> None:
        message = one_line(self.message).rstrip(".")
        click.echo(text("cli.usage_error", message=message, command=self.command_path),
                   err=True)


class Group(click.Group):
    help = _Help()
    short_help = _Help()
    epilog = _Help()
    command_class = Command

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except OneLineUsageError:
            raise
        except click.UsageError as error:
            raise OneLineUsageError(error) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OneLineUsageError:
            raise
        except click.UsageError as error:
            raise OneLineUsageError(error) from None


def command(name: str | None = None, **attrs: Any) -> Callable[[Callable[..., Any]], Command]:
    """`click.command` whose help may be a catalogue code."""
    return click.command(name, cls=Command, **attrs)


def option(*decls: str, **attrs: Any) -> Callable[[F], F]:
    """`click.option` whose help may be a catalogue code."""
    return click.option(*decls, cls=Option, **attrs)


def say(code: str, /, **params: Any) -> None:
    """Print a catalogue sentence on stdout."""
    click.echo(text(code, **params))


def warn(code: str, /, **params: Any) -> None:
    """Print a catalogue sentence on stderr."""
    click.echo(text(code, **params), err=True)


# -- the language --------------------------------------------------------------------------------


def choose_language(args: Sequence[str]) -> list[str]:
    """Take `--lang X` (or `--lang=X`) from anywhere before `--`, set the language it names,
    and put it first, where the group checks it. Help texts are rendered after this."""
    args = list(args)
    end = args.index("--") if "--" in args else len(args)
    head, tail = args[:end], args[end:]
    taken: list[str] = []
    kept: list[str] = []
    chosen: str | None = None
    position = 0
    while position < len(head):
        arg = head[position]
        if arg == "--lang":
            taken += head[position:position + 2]
            chosen = head[position + 1] if position + 1 < len(head) else None
            position += 2
            continue
        if arg.startswith("--lang="):
            taken.append(arg)
            chosen = arg.split("=", 1)[1]
        else:
            kept.append(arg)
        position += 1
    if chosen in language.LANGUAGES:
        language.set_language(chosen)
    return taken + kept + tail


# -- the group ------------------------------------------------------------------------------------


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
    "analyse": "study_commands", "scenario": "scenario_commands", "demo": "study_commands",
    "open": "app_commands",
    "kit": "exchange_commands", "bundle": "exchange_commands",
    "import-bundle": "exchange_commands", "sync-folder": "exchange_commands",
    "conflicts": "exchange_commands", "resolve": "exchange_commands",
    "duplicates": "exchange_commands", "merge-duplicates": "exchange_commands",
    "io": "io_commands", "hub": "hub_commands", "backup": "backup_commands",
    "compare": "impact_commands", "capital": "impact_commands", "map": "impact_commands",
    "frame": "territory_commands", "sample": "territory_commands",
    "settings": "settings_commands", "report": "report_commands",
    "privacy": "privacy_commands",
    "xlsform": "interop_commands", "import-submissions": "interop_commands",
    "import-register": "interop_commands",
    "encrypt": "cipher_commands", "decrypt": "cipher_commands",
    "change-passphrase": "cipher_commands",
}


def summary_code(cmd_name: str) -> str:
    """The catalogue code of a command's help; its first sentence is the command's summary."""
    return f"cli.help.{cmd_name.replace('-', '_')}"


def write_command_list(formatter: click.HelpFormatter,
                       commands: Sequence[tuple[str, click.Command | None]]) -> None:
    """The "Commands" section of a group's help, from the commands as given: a group may give
    stand-ins holding only a catalogue summary, so listing never imports what runs them."""
    shown = [(name, command) for name, command in commands
             if command is not None and not command.hidden]
    if not shown:
        return
    limit = formatter.width - 6 - max(len(name) for name, _ in shown)
    with formatter.section(click_texts.translate("Commands")):
        formatter.write_dl([(name, command.get_short_help_str(limit))
                            for name, command in shown])


def summary_stand_in(name: str, code: str) -> click.Command:
    """A command that only carries its summary (click's shortening applies to it)."""
    return click.Command(name, help=text(code))


class LazyGroup(Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(LAZY_COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The summaries come from the catalogue, not from the commands: listing them must not
        # import the modules that define them (and pandas with them).
        write_command_list(formatter, [(name, summary_stand_in(name, summary_code(name)))
                                       for name in self.list_commands(ctx)])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = LAZY_COMMANDS.get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(f"{__name__}.{module_name}")
        commands = getattr(module, "COMMANDS", None) or [getattr(module, cmd_name)]
        return next((c for c in commands if c.name == cmd_name), None)

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        click_texts.install()
        args = take_options(sys.argv[1:] if args is None else args)
        return super().main(choose_language(args),
                            *rest, **extra)


def _set_language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        language.set_language(value)


@click.group(cls=LazyGroup, invoke_without_command=True, help="cli.help.main",
             context_settings={"help_option_names": ["-h", "--help"]})
@option("--lang", type=click.Choice(language.LANGUAGES), default=None, is_eager=True,
        expose_value=False, callback=_set_language, help="cli.help.lang")
@click.version_option(package_name="madeinlocal-desktop", prog_name="madeinlocal", cls=Option,
                      help="cli.help.version")
@click.pass_context
def main(ctx: click.Context) -> None:
    if ctx.invoked_subcommand is None:
        app = desktop_app(ctx)
        if app is None or not app.display_available():
            click.echo(ctx.get_help())
            return
        sys.exit(app.launch(None, lang=language.chosen()))
