"""`madeinlocal open`: the desktop app on a study, or a screenshot of one of its views."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from .. import language
from ..errors import InvalidInput, NotFound, UserFacingError
from . import command, desktop_app, option, say, user_errors

# The main window's views (gui/main_window.py VIEWS; the CLI may not import the GUI).
VIEWS = ("businesses", "interview", "dashboard", "respondents", "io", "territory", "impact",
         "conflicts",
         "duplicates")
THEMES = ("light", "dark")  # gui/theme.py THEMES


@command("open", help="cli.help.open")
@click.argument("study", type=click.Path(dir_okay=False, path_type=Path))
@option("--screenshot", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="cli.help.open.screenshot")
@option("--view", type=click.Choice(VIEWS), default=None, help="cli.help.open.view")
@option("--theme", type=click.Choice(THEMES), default=None, help="cli.help.open.theme")
@option("--size", default="1366x768", show_default=True, metavar="WxH",
        help="cli.help.open.size")
@click.pass_context
@user_errors
def open_(ctx: click.Context, study: Path, screenshot: Path | None, view: str | None,
          theme: str | None, size: str) -> None:
    window_size = _window_size(size)
    if not study.exists():
        raise NotFound("cli.study_missing", field="study", path=str(study))
    _warn_retention(study)
    if screenshot is not None:
        _check_study(study)  # the window would only say it in a picture nobody sees
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window appears, even on a desktop
    app = desktop_app(ctx)
    if app is None or not app.display_available():
        raise UserFacingError("cli.no_display")
    # The interface language: `--lang`, else the app's preferences, else the system's.
    code = app.launch(study.resolve(), screenshot=screenshot, view=view,
                      lang=language.chosen(), theme_name=theme,
                      **({"size": window_size} if screenshot is not None else {}))
    if screenshot is not None and code == 0:
        say("cli.screenshot_saved", path=str(screenshot))
    sys.exit(code)


def _window_size(text: str) -> tuple[int, int]:
    """"1280x720" (or 1280×720) → (1280, 720); anything else is one clear line."""
    found = re.fullmatch(r"\s*(\d{3,4})\s*[xX×*]\s*(\d{3,4})\s*", text)
    if found is None or not (640 <= int(found[1]) <= 7680 and 480 <= int(found[2]) <= 4320):
        raise InvalidInput("cli.bad_size", field="size", size=text)
    return int(found[1]), int(found[2])


def _check_study(study: Path) -> None:
    from ..project import Project

    if Project.is_encrypted(study):  # the app asks its passphrase in a dialog
        return
    Project.open(study).close()


def _warn_retention(study: Path) -> None:
    """The retention warning on the terminal too; a file that does not open here (its
    passphrase, say) is left for the app to ask about."""
    from ..project import Project
    from .privacy_commands import warn_retention

    try:
        with Project.open(study) as project:
            warn_retention(project)
    except UserFacingError:
        return


COMMANDS = [open_]
