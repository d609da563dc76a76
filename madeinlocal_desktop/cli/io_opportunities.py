"""`madeinlocal io opportunities`: which imported products could the territory make itself?

    madeinlocal io opportunities (--table ID | --z Z.csv --accounts ACCOUNTS.csv)
        --regional-employment F (--population P [--national-population PN] | STUDY)
        [--share θ] [--method ...] [--delta ...] [--closed] [--format table|json]

With a STUDY file, the study's own model is used (its table, regionalisation, closure and survey
shares), its communes give the population, and the territory's employment is the file given or
the study's. Registered by `io_commands` (the `io` group loads it when it is asked for).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import InvalidInput
from ..reference import geo
from . import command, option
from .impact_format import opportunities_table
from .io_commands import build_workbench, table_options
from .passphrases import open_study

if TYPE_CHECKING:
    pass


def _share(text: str) -> float:
    raw = text.strip().replace(",", ".")
    try:
        return float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise InvalidInput("impact.share_text", field="share", text=text) from None


@command(help="cli.help.io.opportunities")
@table_options
@click.argument("study", required=False, type=click.Path(dir_okay=False, path_type=Path))
@option("--population", type=float, default=None, help="cli.help.io.population")
@option("--national-population", type=float, default=None,
        help="cli.help.io.national_population",
        help_params={"population": geo.national_population()})
@option("--share", "share_text", default="25%", show_default=True, help="cli.help.io.share")
def opportunities(output_format: str, study: Path | None, population: float | None,
                  national_population: float | None, share_text: str, **options: Any) -> None:
    from ..analysis.opportunities import TerritoryEmployment, import_substitution

    share = _share(share_text)
    if study is not None:
        result = _for_study(study, share, population, national_population, options)
    else:
        if options["regional_employment"] is None:
            raise InvalidInput("impact.cli_employment", field="regional_employment")
        if population is None:
            raise InvalidInput("impact.cli_population", field="population")
        bench = build_workbench(**options)
        from ..analysis.io_study import read_employment_csv

        employment = read_employment_csv(bench, options["regional_employment"])
        result = import_substitution(
            bench, TerritoryEmployment(employment, "file"), population=population,
            national_population=(geo.national_population() if national_population is None
                                 else national_population), share=share)
    if output_format == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        click.echo(opportunities_table(result))


def _for_study(study: Path, share: float, population: float | None,
               national_population: float | None, options: dict[str, Any]) -> dict[str, Any]:

    extra = [name for name, value in options.items()
             if value not in (None, False) and name != "regional_employment"]
    if extra or population is not None or national_population is not None:
        raise InvalidInput("impact.cli_study_options", field="study")
    with open_study(study) as project:
        return project.impact.opportunities(share, employment=options["regional_employment"])
