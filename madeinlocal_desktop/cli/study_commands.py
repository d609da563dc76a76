"""Study commands: new, import, export, analyse, scenario, demo."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import language
from ..catalogue import text
from ..errors import InvalidInput
from . import command, desktop_app, option, say, user_errors, warn
from .formatting import analysis_table, import_summary, scenario_table
from .passphrases import new_passphrase, open_study
from .territory_formatting import territory_csv, territory_table

if TYPE_CHECKING:
    from ..project import ImportReport, Project

STUDY = click.argument("study", type=click.Path(dir_okay=False, path_type=Path))


def _terminal_progress() -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: float) -> None:
        click.echo(f"\r{language.format_number(done, '.0%'):>5}", nl=False, err=True)
        if done >= 1:
            click.echo("\r     \r", nl=False, err=True)

    return show


@command(help="cli.help.new")
@STUDY
@option("--from-kit", "kit", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="cli.help.new.from_kit")
@option("--kit-passphrase", envvar="MADEINLOCAL_KIT_PASSPHRASE", default=None,
        help="cli.help.kit_passphrase")
@option("--name", default=None, help="cli.help.new.name")
@option("--year", "fiscal_year", type=int, default=None, help="cli.help.new.year")
@option("--commune", "communes", multiple=True, metavar="INSEE", help="cli.help.new.commune")
@option("--epci", "epcis", multiple=True, metavar="SIREN|NAME", help="cli.help.new.epci")
@option("--territory-name", default="", help="cli.help.new.territory_name")
@option("--encrypt", is_flag=True, default=False, help="cli.help.new.encrypt")
@user_errors
def new(study: Path, kit: Path | None, kit_passphrase: str | None, name: str | None,
        fiscal_year: int | None, communes: tuple[str, ...], epcis: tuple[str, ...],
        territory_name: str, encrypt: bool) -> None:
    # A kit may ask for encrypted files; the new passphrase is asked before anything is made.
    from ..project import Project, kit_is_protected

    wanted = encrypt or (kit is not None and Project.kit_wants_encryption(kit))
    passphrase = new_passphrase() if wanted else None
    if kit is not None:
        if name or fiscal_year or communes or epcis or territory_name:
            raise InvalidInput("cli.from_kit_alone")
        if kit_passphrase is None and sys.stdin.isatty() and kit_is_protected(kit):
            kit_passphrase = click.prompt(text("cli.kit_passphrase_prompt", name=kit.name),
                                          hide_input=True, err=True)
        with Project.create_from_kit(kit, study, kit_passphrase=kit_passphrase,
                                     passphrase=passphrase) as project:
            say("cli.created_from_kit", study=str(study), name=project.study.name, kit=str(kit))
        return
    if name is None or fiscal_year is None:
        raise InvalidInput("cli.new_needs_name_year")
    with Project.new_study(study, name, fiscal_year, list(communes), territory_name,
                           epcis=list(epcis), passphrase=passphrase) as project:
        count = len(project.study.territory.communes)
    say("cli.created", study=str(study), communes=count)


@command("import", help="cli.help.import")
@STUDY
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@user_errors
def import_(study: Path, file: Path) -> None:
    from ..exchange import interchange
    from ..project import create_from_data

    data = interchange.read_file(file)  # the whole file is checked before anything is written
    report: ImportReport
    if study.exists():
        with open_study(study) as project:
            report = project.exchange.import_data(data).value
    else:
        project, report = create_from_data(study, data)
        project.close()
    say("cli.imported", study=str(study), summary=import_summary(report))


@command(help="cli.help.export")
@STUDY
@click.argument("out", type=click.Path(path_type=Path))
@option("--format", "fmt", type=click.Choice(["json", "csv", "xlsx"]), default=None,
        help="cli.help.export.format")
@option("--anonymised", "--anonymized", "anonymised", is_flag=True,
        help="cli.help.export.anonymised")
@option("--csv-dialect", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
        help="cli.help.export.csv_dialect")
@user_errors
def export(study: Path, out: Path, fmt: str | None, anonymised: bool, csv_dialect: str) -> None:
    fmt = fmt or ("xlsx" if out.suffix.lower() == ".xlsx" else "json")
    with open_study(study) as project:
        project.exchange.export(out, format=fmt, anonymised=anonymised,
                                csv_dialect=csv_dialect, progress=_terminal_progress())
    say("cli.exported_anonymised" if anonymised else "cli.exported", study=str(study),
        out=str(out), format=fmt)


@command(help="cli.help.analyse")
@STUDY
@option("--format", "fmt", type=click.Choice(["table", "json", "csv", "xlsx"]), default="table",
        show_default=True, help="cli.help.analyse.format")
@option("--by", type=click.Choice(["sector", "ownership"]), default=None,
        help="cli.help.analyse.by")
@option("--bootstrap", type=click.IntRange(0, 100_000), default=2000, show_default=True,
        metavar="B", help="cli.help.analyse.bootstrap")
@option("--seed", type=int, default=None, metavar="S", help="cli.help.analyse.seed")
@option("--territory", is_flag=True, help="cli.help.analyse.territory")
@option("--calibrate", type=click.Choice(["employment"]), default=None,
        help="cli.help.analyse.calibrate")
@option("--calibration-bounds", type=(float, float), default=None, metavar="LOW HIGH",
        help="cli.help.analyse.calibration_bounds")
@option("--dialect", type=click.Choice(["fr", "en"]), default=None,
        help="cli.help.analyse.dialect")
@option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="cli.help.analyse.output")
@user_errors
def analyse(study: Path, fmt: str, by: str | None, bootstrap: int, seed: int | None,
            territory: bool = False, calibrate: str | None = None,
            calibration_bounds: tuple[float, float] | None = None, dialect: str | None = None,
            output: Path | None = None) -> None:
    results = fmt in ("csv", "xlsx") and not territory
    if territory and fmt == "xlsx":
        raise InvalidInput("cli.xlsx_territory", field="--format")
    if results:
        _check_results_output(fmt, output)
    with open_study(study) as project:
        result = project.analysis.run(bootstrap=bootstrap, seed=seed,
                                      progress=_terminal_progress())
        data = result.to_dict()
        if territory:
            data["territory"] = project.territory.estimate(
                bootstrap=bootstrap, seed=seed, calibrate=calibrate,
                calibration_bounds=calibration_bounds).to_dict()
        study_info = project.study
        if results:
            _write_results(project, data, fmt, by, dialect or language.current(), output)
            return
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(territory_csv(data["territory"]), nl=False)
    else:
        click.echo(analysis_table(data, by, study_info)
                   + (territory_table(data["territory"], {
                       c.code: c.label_fr if language.current() == "fr" else c.label_en
                       for c in study_info.categories}) if territory else ""))


def _check_results_output(fmt: str, output: Path | None) -> None:
    if fmt == "xlsx" and output is None:
        raise InvalidInput("cli.xlsx_needs_output", field="--output")
    if output is not None and output.suffix.lower() != f".{fmt}":
        raise InvalidInput("cli.output_suffix", field="--output", file=output.name,
                           suffix=f".{fmt}")


def _write_results(project: Project, data: dict[str, Any], fmt: str, by: str | None,
                   dialect: str, output: Path | None) -> None:
    """The dashboard's figures (issue 13 §4): to `output`, or as CSV on stdout."""
    from ..exchange.result_exports import csv_text

    tables = [f"by_{by}"] if by else None
    if output is not None:
        project.analysis.export_results(output, dialect=dialect, data=data, tables=tables)
        click.echo(str(output), err=True)
        return
    found = project.analysis.result_tables(data)
    if tables is not None:
        found = [t for t in found if t.key in tables]
    click.echo(csv_text(found, dialect), nl=False)


def _fraction(text: str, option_name: str) -> float:
    """'20%', '20 %', '0.2' or '0,2' → 0.2 (a bare number above 1 is refused as ambiguous)."""
    raw = "".join(text.split()).replace(",", ".")
    try:
        value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise InvalidInput("cli.share_not_a_number", field=option_name, option=option_name,
                           text=text) from None
    if not 0 <= value <= 1:
        raise InvalidInput("cli.share_range", field=option_name, option=option_name, text=text)
    return value


@command(help="cli.help.scenario")
@STUDY
@option("--category", required=True, help="cli.help.scenario.category")
@option("--shift", "shift", required=True, help="cli.help.scenario.shift")
@option("--respend", required=True, help="cli.help.scenario.respend")
@option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
        show_default=True, help="cli.help.scenario.format")
@option("--impact", is_flag=True, help="cli.help.scenario.impact")
@user_errors
def scenario(study: Path, category: str, shift: str, respend: str, fmt: str,
             impact: bool) -> None:
    if impact:
        from .impact_commands import scenario_impact

        return scenario_impact(study, category, _fraction(shift, "--shift"),
                               _fraction(respend, "--respend"), fmt)
    with open_study(study) as project:
        result = project.analysis.scenario(category, _fraction(shift, "--shift"),
                                           _fraction(respend, "--respend"))
        study_info = project.study
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(scenario_table(result, study_info))


@command(help="cli.help.demo")
@option("--fresh", is_flag=True, help="cli.help.demo.fresh")
@option("--text", "as_text", is_flag=True, help="cli.help.demo.text")
@click.pass_context
@user_errors
def demo(ctx: click.Context, fresh: bool, as_text: bool) -> None:
    from ..project import ensure_demo

    target = ensure_demo(fresh)
    app = None if as_text else desktop_app(ctx)
    if app is not None and app.display_available():
        sys.exit(app.launch(target, lang=language.chosen()))
    if app is not None:  # asked for a window, but there is no screen to show it on
        warn("cli.demo_no_display")
    say("cli.demo_study", path=str(target))
    click.echo()
    ctx.invoke(analyse, study=target, fmt="table", by="ownership", bootstrap=2000, seed=None)


COMMANDS = [new, import_, export, analyse, scenario, demo]
