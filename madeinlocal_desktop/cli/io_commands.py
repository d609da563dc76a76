"""`madeinlocal io ...`: input-output multipliers and final-demand shocks from the command line.

A thin layer over `InputOutputWorkbench`; see docs/input-output.md for the formulas and the JSON
keys. The group turns `UserFacingError` into one line on stderr and exit code 2, so it behaves the
same on its own (`python -m madeinlocal_desktop.cli.io_commands`) and under `madeinlocal`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import click
import pandas as pd

from madeinlocal_desktop.analysis.io_workbench import (
    InputOutputWorkbench,
    euros_per_unit,
    persons_per_unit,
)
from madeinlocal_desktop.analysis.regionalisation import DEFAULT_DELTA, METHODS
from madeinlocal_desktop.errors import InvalidInput, UserFacingError

F = TypeVar("F", bound=Callable[..., Any])
EXIT_USER_ERROR = 2


class _IOGroup(click.Group):
    # `io opportunities` lives in its own module, loaded when asked for.
    LAZY: ClassVar[dict[str, str]] = {"opportunities": "io_opportunities"}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY:
            import importlib

            module = importlib.import_module(f"{__package__}.{self.LAZY[cmd_name]}")
            command: click.Command = getattr(module, cmd_name)
            return command
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UserFacingError as error:
            click.echo(f"Error: {' '.join(str(error).split())}", err=True)
            ctx.exit(EXIT_USER_ERROR)


@click.group(name="io", cls=_IOGroup, context_settings={"help_option_names": ["-h", "--help"]})
def io() -> None:
    """Input-output model: multipliers and final-demand shocks.

    Use a shipped table (--table fr-2014-a17, fr-2014-a38, fr-2014-w56), a folder in the app
    layout (--folder) or CSV files (--z Z.csv --accounts ACCOUNTS.csv).
    """


def _path(name: str, help_text: str) -> Callable[[F], F]:
    # No exists=True: a missing file is reported by the reader, in the same words as the GUI.
    return click.option(name, type=click.Path(path_type=Path), default=None, help=help_text)


def table_options(func: F) -> F:
    """Options shared by every command that needs a table and the model's settings."""
    options = [
        click.option(
            "--table", "table_id", metavar="ID", help="A shipped table, e.g. fr-2014-a17."
        ),
        _path("--folder", "A table folder in the app layout (Z.csv, accounts.csv, table.json)."),
        _path("--z", "Z.csv: square domestic flows, first column 'code'."),
        _path(
            "--accounts",
            "ACCOUNTS.csv: code,output[,value_added,compensation,employment,"
            "household_consumption,domestic_use].",
        ),
        _path("--final-demand", "Final demand CSV: code + columns (x = L f is reported)."),
        click.option(
            "--unit",
            metavar="UNIT",
            help="Money unit of --z/--accounts files, e.g. 'M EUR' (needed for shocks in euros).",
        ),
        click.option(
            "--employment-unit",
            metavar="UNIT",
            help="Employment unit of the accounts file, e.g. 'thousand persons'.",
        ),
        _path(
            "--regional-employment",
            "Regional employment CSV code,employment (persons for "
            "the shipped tables) to regionalise with location quotients.",
        ),
        click.option(
            "--method",
            type=click.Choice(METHODS),
            default=None,
            help="Location-quotient method (default flq).",
        ),
        click.option(
            "--delta",
            type=float,
            default=None,
            help=f"δ of FLQ/AFLQ, 0 ≤ δ < 1 (default {DEFAULT_DELTA}).",
        ),
        click.option(
            "--closed", is_flag=True, help="Close the model with respect to households (Type II)."
        ),
        click.option(
            "--household-income",
            type=float,
            default=None,
            help="Denominator of household coefficients, in table units (default: "
            "total compensation of employees).",
        ),
        click.option(
            "--format",
            "output_format",
            type=click.Choice(["table", "json"]),
            default="table",
            show_default=True,
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def build_workbench(
    *,
    table_id: str | None,
    folder: Path | None,
    z: Path | None,
    accounts: Path | None,
    final_demand: Path | None,
    unit: str | None,
    employment_unit: str | None,
    regional_employment: Path | None,
    method: str | None,
    delta: float | None,
    closed: bool,
    household_income: float | None,
) -> InputOutputWorkbench:
    sources = [table_id is not None, folder is not None, z is not None or accounts is not None]
    if sum(sources) != 1:
        raise InvalidInput(
            "Give exactly one table: --table ID, --folder DIR, or --z and --accounts."
        )
    if (unit or employment_unit) and z is None:
        raise InvalidInput("--unit and --employment-unit describe --z/--accounts files only.")
    if table_id is not None or folder is not None:
        if final_demand is not None:
            raise InvalidInput("--final-demand goes with --z/--accounts (folders carry their own).")
        bench = (
            InputOutputWorkbench.from_shipped(table_id)
            if table_id is not None
            else InputOutputWorkbench.from_folder(folder)  # type: ignore[arg-type]
        )
    else:
        if z is None or accounts is None:
            raise InvalidInput("--z and --accounts go together.")
        bench = InputOutputWorkbench.from_files(
            z, accounts, final_demand, unit=unit, employment_unit=employment_unit
        )
    if regional_employment is None:
        if method is not None or delta is not None:
            raise InvalidInput("--method and --delta need --regional-employment.")
    else:
        chosen = method or "flq"
        if delta is not None and chosen not in ("flq", "aflq"):
            raise InvalidInput(f"--delta applies to flq and aflq only, not {chosen}.")
        bench.set_regional_employment(
            regional_employment, method=chosen, delta=DEFAULT_DELTA if delta is None else delta
        )
    if household_income is not None and not closed:
        raise InvalidInput("--household-income applies to the closed model (--closed).")
    if closed:
        bench.set_closed(True, household_income=household_income)
    return bench


def _fmt(value: Any, digits: int = 4) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "—"
    return f"{value:.{digits}f}"


def _fixed(digits: int) -> Callable[[Any], str]:
    return lambda value: _fmt(value, digits)


def _header(bench: InputOutputWorkbench, result: dict[str, Any]) -> list[str]:
    info = bench.info
    lines = [f"Table: {info.title}" + (f" [{info.id}]" if info.id else "")]
    regional = result.get("regionalisation")
    if regional:
        extra = ""
        if regional.get("lambda") is not None:
            extra = f", δ = {regional['delta']}, λ* = {regional['lambda']:.4f}"
        survey = regional.get("survey_sectors")
        lines.append(
            f"Regionalised: {regional['method'].upper()}{extra}"
            + (f"; survey shares for {', '.join(survey)}" if survey else "")
        )
    closed = result.get("closed_model")
    if closed:
        lines.append(
            f"Closed model (Type II): household income {closed['household_income']:,.1f} "
            f"{info.unit or '(table units)'} ({closed['household_income_basis']}), "
            f"a_hh = {closed['household_own_share']}"
        )
    return lines


def _footer(bench: InputOutputWorkbench) -> list[str]:
    return ["", bench.info.attribution] if bench.info.attribution else []


MULTIPLIER_COLUMNS = {
    "output_multipliers": "output I",
    "output_multipliers_type2": "output II",
    "value_added_effects": "value added",
    "income_effects": "income",
    "income_multipliers_type1": "income I",
    "income_multipliers_type2": "income II",
    "employment_effects": "jobs",
}


def multipliers_table(bench: InputOutputWorkbench, result: dict[str, Any]) -> str:
    frame = bench.to_dataframe(result)
    shown = [c for c in MULTIPLIER_COLUMNS if c in frame and frame[c].notna().any()]
    table = frame[shown].rename(columns=MULTIPLIER_COLUMNS)
    unit, jobs = bench.info.unit or "table unit", bench.info.employment_unit or "table unit"
    money_scale = euros_per_unit(bench.info.unit)
    jobs_scale = persons_per_unit(bench.info.employment_unit)
    if "jobs" in table and money_scale and jobs_scale:  # people read "jobs per million euros"
        table = table.rename(columns={"jobs": "jobs/M€"})
        table["jobs/M€"] = table["jobs/M€"] * jobs_scale / money_scale * 1e6
        jobs_note = "jobs/M€: persons per million euros"
    else:
        jobs_note = f"jobs: {jobs} per {unit}"
    if "label" in frame:
        table.insert(0, "label", frame["label"].str.slice(0, 36))
    formatters: dict[str, Callable[[Any], str]] = {
        str(name): _fixed(6 if name == "jobs" else 4) for name in table.columns
    }
    formatters["jobs/M€"] = _fixed(2)
    formatters["label"] = lambda v: f"{v:<36}"
    lines = _header(bench, result)
    lines += ["", table.to_string(formatters=formatters, justify="left"), ""]
    notes = ["Effects of one unit of final demand for each sector"]
    if {"value added", "income"} & set(table.columns):
        notes.append(f"value added, income: {unit} per {unit}")
    if {"jobs", "jobs/M€"} & set(table.columns):
        notes.append(jobs_note)
    lines.append("; ".join(notes) + ".")
    final = result.get("final_demand_output")
    if final:
        lines += ["", "Output x = L f for the final demand given:"]
        frame_x = pd.DataFrame(final, index=pd.Index(bench.sectors, name="sector"))
        lines.append(frame_x.to_string(float_format=lambda v: f"{v:,.2f}"))
    return "\n".join(lines + _footer(bench))


def _amount(value: float | None, unit: str | None) -> str:
    """A money cell: whole euros, or 4 decimals in a table unit (M EUR...), spaces as separator."""
    if value is None or pd.isna(value):
        return "—"
    return (f"{value:,.0f}" if unit == "EUR" else f"{value:,.4f}").replace(",", " ")


def shock_table(bench: InputOutputWorkbench, result: dict[str, Any]) -> str:
    unit = result["money_unit"]
    unit_text = "€" if unit == "EUR" else unit or "(table units)"
    demand = result["demand"]
    model = "closed model, household re-spending included" if result["closed"] else "open model"
    lines = _header(bench, result)
    if len(demand) == 1:
        (sector, amount), *_ = demand.items()
        label = bench.table.labels[bench.sectors.index(sector)] if bench.table.labels else ""
        target = f"{sector}" + (f" ({label})" if label else "")
    else:
        amount = sum(v for v in demand.values() if v is not None)
        target = f"{len(demand)} sectors ({', '.join(demand)})"
    lines.append(
        f"Shock: {_amount(amount, unit)} {unit_text} of final demand for {target}, {model}"
    )
    frame = bench.to_dataframe(result)
    names = ("output", "income", "value_added", "jobs")
    columns = [c for c in names if c in frame and frame[c].notna().any()]
    table = frame[columns].rename(columns={"value_added": "value added"})
    formatters: dict[str, Callable[[Any], str]] = {
        str(c): (lambda v: _amount(v, unit)) for c in table.columns
    }
    formatters["jobs"] = _fixed(2)
    scope = [unit_text.strip("()")]
    if "jobs" in columns:
        scope.append(f"jobs in {result['jobs_unit'] or 'table units'}")
    lines += ["", f"By sector ({'; '.join(scope)}):"]
    lines += [table.to_string(formatters=formatters), ""]
    total = result["total"]
    rows = [
        ("output", "Total output", unit_text),
        ("income", "Total income", f"{unit_text} (compensation of employees)"),
        ("value_added", "Total value added", unit_text),
        ("jobs", "Total jobs", result["jobs_unit"] or "(table units)"),
        ("household_income", "Household income", unit_text),
    ]
    for key, name, suffix in rows:
        if total.get(key) is not None:
            text = _fixed(2)(total[key]) if key == "jobs" else _amount(total[key], unit)
            lines.append(f"{name + ':':<19}{text} {suffix}")
    return "\n".join(lines + _footer(bench))


def _emit(output_format: str, result: dict[str, Any], text: Callable[[], str]) -> None:
    if output_format == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        click.echo(text())


@io.command()
@table_options
@click.option("--matrices", is_flag=True, help="Also output A and L (JSON only).")
def multipliers(output_format: str, matrices: bool, **options: Any) -> None:
    """Type I (and with --closed, Type II) multipliers of every sector."""
    bench = build_workbench(**options)
    result = bench.compute(matrices=matrices)
    _emit(output_format, result, lambda: multipliers_table(bench, result))


@io.command()
@table_options
@click.option("--sector", metavar="CODE", help="Sector receiving the demand, e.g. C1.")
@click.option(
    "--amount",
    type=float,
    help="Extra final demand, in euros (e.g. 1000000), unless --table-units.",
)
@click.option(
    "--demand",
    "demand_file",
    type=click.Path(path_type=Path),
    default=None,
    help="Instead of --sector/--amount: a CSV code,amount of several sectors (e.g. the shock "
    "of `madeinlocal scenario ... --impact`).",
)
@click.option(
    "--table-units",
    is_flag=True,
    help="Read --amount (and report money) in the table's own unit, e.g. M EUR.",
)
def shock(
    output_format: str,
    sector: str | None,
    amount: float | None,
    demand_file: Path | None,
    table_units: bool,
    **options: Any,
) -> None:
    """Effects of extra final demand for one sector (or several) on output, income, value added
    and jobs."""
    if (demand_file is None) == (sector is None or amount is None) or (
        demand_file is not None and (sector is not None or amount is not None)
    ):
        raise InvalidInput("Give --sector and --amount, or --demand FILE (code,amount).")
    bench = build_workbench(**options)
    if not table_units and euros_per_unit(bench.info.unit) is None:
        raise InvalidInput(
            "The table's money unit is unknown: give --unit (e.g. 'M EUR') with --z/--accounts, "
            "or --table-units to give --amount in the table's own unit."
        )
    if demand_file is not None:
        from madeinlocal_desktop.reference.io_tables import read_demand_amounts

        demand = read_demand_amounts(demand_file, bench.sectors)
    else:
        assert sector is not None and amount is not None
        demand = {sector: amount}
    result = bench.shock(demand, in_euros=not table_units)
    _emit(output_format, result, lambda: shock_table(bench, result))


@io.command()
def tables() -> None:
    """List the shipped tables."""
    for table_id in InputOutputWorkbench.shipped_tables():
        bench = InputOutputWorkbench.from_shipped(table_id)
        click.echo(f"{table_id}\t{bench.info.title}")


@io.command()
@click.argument("naf_code")
@click.option("--table", "table_id", default="fr-2014-a17", show_default=True, metavar="ID")
def naf(naf_code: str, table_id: str) -> None:
    """Sector of a NAF sub-class such as 47.24Z in a shipped table."""
    bench = InputOutputWorkbench.from_shipped(table_id)
    sector = bench.sector_for_naf(naf_code)
    labels = bench.table.labels
    label = labels[bench.sectors.index(sector)] if labels else ""
    click.echo(f"{sector}\t{label}")


if __name__ == "__main__":
    io()
