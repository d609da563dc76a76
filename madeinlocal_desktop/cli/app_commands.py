"""`madeinlocal open`: the desktop app on a study, or a screenshot of one of its views."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..errors import NotFound
from . import desktop_app, user_errors

# The main window's views (gui/main_window.py VIEWS; the CLI may not import the GUI).
VIEWS = ("businesses", "interview", "dashboard", "respondents", "io", "territory", "conflicts",
         "duplicates")


@click.command("open")
@click.argument("study", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--screenshot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Render a view offscreen at 1366×768, save it as this PNG and exit.")
@click.option("--view", type=click.Choice(VIEWS), default=None,
              help="The view to show (with --screenshot).")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None,
              help="Interface language (default: the preferences, else the system's).")
@click.pass_context
@user_errors
def open_(ctx: click.Context, study: Path, screenshot: Path | None, view: str | None,
          lang: str | None) -> None:
    """Open STUDY in the desktop application."""
    if not study.exists():
        raise NotFound(f"No study file at {study}")
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window appears, even on a desktop
    app = desktop_app(ctx)
    if app is None or not app.display_available():
        raise click.ClickException("No display: the desktop application cannot open here "
                                   "(use --screenshot, or `madeinlocal analyse`).")
    code = app.launch(study.resolve(), screenshot=screenshot, view=view, lang=lang)
    if screenshot is not None and code == 0:
        click.echo(f"Saved {screenshot}")
    sys.exit(code)


COMMANDS = [open_]
