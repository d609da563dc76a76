"""Study commands: new, import, export, analyse, scenario, demo."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import InvalidInput
from ..exchange import interchange
from ..project import Project, create_from_data, ensure_demo
from . import desktop_app, user_errors
from .formatting import analysis_csv, analysis_table, scenario_table
from .territory_formatting import territory_csv, territory_table

STUDY = click.argument("study", type=click.Path(dir_okay=False, path_type=Path))


def _terminal_progress() -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: float) -> None:
        click.echo(f"\r{done:5.0%}", nl=False, err=True)
        if done >= 1:
            click.echo("\r     \r", nl=False, err=True)

    return show


@click.command()
@STUDY
@click.option("--from-kit", "kit", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Create a surveyor's study file from the coordinator's study "
              "kit (same study, same key); the other options are then taken from the kit.")
@click.option("--name", default=None, help="Study name, e.g. 'Centre-ville de Niort'.")
@click.option("--year", "fiscal_year", type=int, default=None, help="Fiscal year studied.")
@click.option("--commune", "communes", multiple=True, help="INSEE code of a local commune "
              "(repeat the option for each).")
@click.option("--territory-name", default="", help="Name of the territory.")
@user_errors
def new(study: Path, kit: Path | None, name: str | None, fiscal_year: int | None,
        communes: tuple[str, ...], territory_name: str) -> None:
    """Create an empty study file, or a surveyor's one from a study kit."""
    if kit is not None:
        if name or fiscal_year or communes or territory_name:
            raise click.UsageError("--from-kit takes the study's settings from the kit: leave "
                                   "out --name, --year, --commune and --territory-name")
        with Project.create_from_kit(kit, study) as project:
            click.echo(f"Created {study} for the study {project.study.name!r} from {kit}")
        return
    if name is None or fiscal_year is None:
        raise click.UsageError("Give --name and --year (or --from-kit KIT)")
    with Project.new_study(study, name, fiscal_year, list(communes), territory_name):
        pass
    click.echo(f"Created {study}")


@click.command("import")
@STUDY
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@user_errors
def import_(study: Path, file: Path) -> None:
    """Import an interchange JSON file (creates the study file if needed)."""
    data = interchange.read_file(file)  # the whole file is checked before anything is written
    if study.exists():
        with Project.open(study) as project:
            report = project.exchange.import_data(data)
    else:
        project, report = create_from_data(study, data)
        project.close()
    click.echo(f"Imported into {study}: {report.summary()}")


@click.command()
@STUDY
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "xlsx"]), default=None,
              help="json (interchange, the default), xlsx (one sheet per table and a data "
                   "dictionary) or csv (OUT is a folder: one file per table and a dictionary). "
                   "An OUT ending in .xlsx means xlsx.")
@click.option("--anonymised", "--anonymized", "anonymised", is_flag=True,
              help="Drop names, SIRET, addresses, notes; replace ids by stable pseudonyms.")
@click.option("--csv-dialect", type=click.Choice(["fr", "en"]), default="fr",
              show_default=True, help="fr: ';' and decimal comma (French Excel); en: ',' and "
                                      "decimal point.")
@user_errors
def export(study: Path, out: Path, fmt: str | None, anonymised: bool, csv_dialect: str) -> None:
    """Export the whole study (interchange JSON, XLSX or CSV)."""
    fmt = fmt or ("xlsx" if out.suffix.lower() == ".xlsx" else "json")
    with Project.open(study) as project:
        project.exchange.export(out, format=fmt, anonymised=anonymised,
                                csv_dialect=csv_dialect, progress=_terminal_progress())
    click.echo(f"Exported {study} to {out} ({fmt}{', anonymised' if anonymised else ''})")


@click.command()
@STUDY
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@click.option("--by", type=click.Choice(["sector", "ownership"]), default=None,
              help="Also break the results down by sector or ownership type.")
@click.option("--bootstrap", type=click.IntRange(0, 100_000), default=2000, show_default=True,
              help="Bootstrap resamples (0 to skip).")
@click.option("--seed", type=int, default=None, help="Seed of the bootstrap (stored in results).")
@click.option("--territory", is_flag=True, help="Also estimate for the whole territory from "
              "the frame and the sampling design (euros a year, with intervals).")
@click.option("--calibrate", type=click.Choice(["employment"]), default=None,
              help="With --territory: rake the weights to the frame's jobs by sector.")
@user_errors
def analyse(study: Path, fmt: str, by: str | None, bootstrap: int, seed: int | None,
            territory: bool = False, calibrate: str | None = None) -> None:
    """LM3, local recirculation share and leakage of a study (and of its territory)."""
    with Project.open(study) as project:
        result = project.analysis.run(bootstrap=bootstrap, seed=seed,
                                      progress=_terminal_progress())
        data = result.to_dict()
        if territory:
            data["territory"] = project.territory.estimate(
                bootstrap=bootstrap, seed=seed, calibrate=calibrate).to_dict()
        study_info = project.study
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(territory_csv(data["territory"]) if territory else analysis_csv(data, by),
                   nl=False)
    else:
        click.echo(analysis_table(data, by, study_info)
                   + (territory_table(data["territory"], {
                       c.code: c.label_fr for c in study_info.categories}) if territory
                      else ""))


def _fraction(text: str, what: str) -> float:
    """'20%' or '0.2' → 0.2 (a bare number above 1 is refused as ambiguous)."""
    raw = text.strip().replace(",", ".")
    try:
        value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise InvalidInput(f"{what} {text!r} is not a number; write 20% or 0.2") from None
    if not 0 <= value <= 1:
        raise InvalidInput(f"{what} must be between 0 and 100% (got {text})")
    return value


@click.command()
@STUDY
@click.option("--category", required=True, help="Spending category code, e.g. goods_resale.")
@click.option("--shift", "shift", required=True,
              help="Share of that category's non-local spending moved to local suppliers "
                   "(20% or 0.2).")
@click.option("--respend", required=True,
              help="Round-3 re-spend share of the new local suppliers (45% or 0.45).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@user_errors
def scenario(study: Path, category: str, shift: str, respend: str, fmt: str) -> None:
    """What if part of a category's non-local spending went to local suppliers?"""
    with Project.open(study) as project:
        result = project.analysis.scenario(category, _fraction(shift, "--shift"),
                                           _fraction(respend, "--respend"))
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(scenario_table(result))


@click.command()
@click.option("--fresh", is_flag=True, help="Rebuild the demo study from scratch.")
@click.option("--text", is_flag=True, help="Print the analysis instead of opening the app.")
@click.pass_context
@user_errors
def demo(ctx: click.Context, fresh: bool, text: bool) -> None:
    """Create the built-in (fictitious) demo study and show its analysis."""
    target = ensure_demo(fresh)
    app = None if text else desktop_app(ctx)
    if app is not None and app.display_available():
        sys.exit(app.launch(target))
    click.echo(f"Demo study (fictitious data): {target}\n")
    ctx.invoke(analyse, study=target, fmt="table", by="ownership", bootstrap=2000, seed=None)


COMMANDS = [new, import_, export, analyse, scenario, demo]
