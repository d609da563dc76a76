"""Impact commands: compare studies, money for capital, the territory's map.

    madeinlocal compare A.madeinlocal B.madeinlocal [...] [--format table|json|csv]
    madeinlocal capital STUDY [--format table|json]
    madeinlocal map STUDY OUT.png|OUT.svg [--size-by shops|kept|establishments]

`madeinlocal io opportunities` and `madeinlocal scenario ... --impact` are in the `io` and study
command groups. Warnings about what differs between compared studies go to stderr with the
JSON and CSV formats, so a pipe never swallows them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import language
from . import command, option, user_errors
from .impact_format import capital_table, compare_table, notices
from .passphrases import open_study

if TYPE_CHECKING:
    pass

STUDY = click.argument("study", type=click.Path(dir_okay=False, path_type=Path))


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


@command(help="cli.help.compare")
@click.argument("studies", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
@option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
        show_default=True, help="cli.help.compare.format")
@option("--csv-dialect", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
        help="cli.help.csv_dialect")
@option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="cli.help.compare.output")
@user_errors
def compare(studies: tuple[Path, ...], fmt: str, csv_dialect: str,
            output: Path | None) -> None:
    from ..exchange.impact_exports import comparison_csv
    from ..project import compare_studies

    result = compare_studies(list(studies))
    if fmt == "json":
        text = _dump(result)
    elif fmt == "csv":
        text = comparison_csv(result, csv_dialect)
    else:
        text = compare_table(result)
    if fmt != "table":
        for line in notices(result):
            click.echo(line, err=True)
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    output.write_text(text if text.endswith("\n") else text + "\n", encoding=encoding)
    click.echo(str(output), err=True)


@command(help="cli.help.capital")
@STUDY
@option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
        show_default=True, help="cli.help.io.format")
@user_errors
def capital(study: Path, fmt: str) -> None:
    from ..analysis.chart_format import ownership_label
    from ..domain import OWNERSHIP_LABELS_FR

    with open_study(study) as project:
        result = project.impact.capital()
    if fmt == "json":
        click.echo(_dump(result))
        return
    lang = language.current()
    labels = {str(code): ownership_label(str(code), lang) for code in OWNERSHIP_LABELS_FR}
    click.echo(capital_table(result, labels))


@command("map", help="cli.help.map")
@STUDY
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@option("--size-by", type=click.Choice(["shops", "kept", "establishments"]),
        default="shops", show_default=True, help="cli.help.map.size_by")
@user_errors
def map_(study: Path, out: Path, size_by: str) -> None:
    from ..analysis.charts import save_figure

    with open_study(study) as project:
        data = project.impact.map_data(size_by)
        figure = project.impact.map_figure(size_by, lang=language.current())
    save_figure(figure, out)
    click.echo(str(out))
    for point in data["missing"]:
        click.echo(f"  – {point['name']} ({point['code']})", err=True)


def scenario_impact(study: Path, category: str, fraction: float, respend: float,
                    fmt: str) -> None:
    """`madeinlocal scenario ... --impact`: the scenario with its input-output effects."""
    from ..analysis.scenario_impact import ScenarioSpec
    from .impact_format import scenario_impact_table

    with open_study(study) as project:
        result = project.impact.scenario(ScenarioSpec.single(category, fraction, respend))
        fr = language.current() == "fr"
        labels = {c.code: c.label_fr if fr else c.label_en for c in project.study.categories}
    if fmt == "json":
        click.echo(_dump(result))
    else:
        click.echo(scenario_impact_table(result, labels))


COMMANDS = [compare, capital, map_]
