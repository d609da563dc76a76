"""The study report and the shop feedback sheets as PDF.

    madeinlocal report STUDY OUT.pdf [--lang fr|en] [--scenarios NAME]... [--compare B]...
    madeinlocal report STUDY OUT.pdf --shops all|ID[,ID...] [--one-per-shop]

The report is French unless `--lang en` is given (it is written for local actors). Options
taking several values are repeated or joined by commas (`--shops ID1,ID2`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .. import language
from . import command, option, say, user_errors
from .passphrases import open_study

STUDY = click.argument("study", type=click.Path(dir_okay=False, path_type=Path))


def _values(given: tuple[str, ...]) -> list[str]:
    return [v.strip() for item in given for v in item.split(",") if v.strip()]


def _progress() -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: float) -> None:
        click.echo(f"\r{language.format_number(done, '.0%'):>5}", nl=False, err=True)
        if done >= 1:
            click.echo("\r     \r", nl=False, err=True)

    return show


@command(help="cli.help.report")
@STUDY
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@option("--shops", "shops", multiple=True, metavar="all|ID", help="cli.help.report.shops")
@option("--one-per-shop", is_flag=True, help="cli.help.report.one_per_shop")
@option("--scenarios", "scenarios", multiple=True, metavar="NAME",
        help="cli.help.report.scenarios")
@option("--compare", "compare", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
        metavar="OTHER", help="cli.help.report.compare")
@user_errors
def report(study: Path, out: Path, shops: tuple[str, ...], one_per_shop: bool,
           scenarios: tuple[str, ...], compare: tuple[Path, ...]) -> None:
    lang = language.chosen() or "fr"
    if not study.is_file():
        from ..errors import NotFound

        raise NotFound("report.no_study", field="study", path=str(study))
    with open_study(study) as project:
        if shops:
            wanted = _values(shops)
            written = project.shop_sheets(out, shops="all" if wanted == ["all"] else wanted,
                                          one_per_shop=one_per_shop, lang=lang,
                                          progress=_progress())
            if len(written) == 1:
                say("cli.report.sheets_file", out=str(written[0]))
            else:
                say("cli.report.sheets", n=len(written), out=str(out.parent / f"{out.stem}-*.pdf"))
            return
        names = _values(scenarios)
        target = project.report(out, lang=lang, scenarios=names or None, compare=compare,
                                progress=_progress())
    say("cli.report.written", out=str(target))


COMMANDS = [report]
