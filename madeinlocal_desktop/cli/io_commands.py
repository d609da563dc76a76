"""`madeinlocal io ...`: input-output multipliers and final-demand shocks from the command line.

A thin layer over `InputOutputWorkbench`; see docs/input-output.md for the formulas and the JSON
keys. The group turns `UserFacingError` into one line on stderr and exit code 2, so it behaves the
same on its own (`python -m madeinlocal_desktop.cli.io_commands`) and under `madeinlocal`.
Tables are written in the user's language; the JSON output stays machine JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import click

from madeinlocal_desktop import language
from madeinlocal_desktop.catalogue import text
from madeinlocal_desktop.domain.io_settings import DEFAULT_DELTA, METHODS
from madeinlocal_desktop.errors import InvalidInput, UserFacingError

from . import EXIT_USER_ERROR, Group, one_line, option

if TYPE_CHECKING:
    from madeinlocal_desktop.analysis.io_workbench import (
        InputOutputWorkbench,
)

F = TypeVar("F", bound=Callable[..., Any])


class _IOGroup(Group):
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
            click.echo(text("cli.error_line", error=one_line(str(error))), err=True)
            ctx.exit(EXIT_USER_ERROR)


@click.group(name="io", cls=_IOGroup, help="cli.help.io",
             context_settings={"help_option_names": ["-h", "--help"]})
def io() -> None:
    pass


def _path(name: str, help_text: str) -> Callable[[F], F]:
    # No exists=True: a missing file is reported by the reader, in the same words as the GUI.
    return option(name, type=click.Path(path_type=Path), default=None, help=help_text)


def table_options(func: F) -> F:
    """Options shared by every command that needs a table and the model's settings."""
    options = [
        option("--table", "table_id", metavar="ID", help="cli.help.io.table"),
        _path("--folder", "cli.help.io.folder"),
        _path("--z", "cli.help.io.z"),
        _path("--accounts", "cli.help.io.accounts"),
        _path("--final-demand", "cli.help.io.final_demand"),
        option("--unit", metavar="UNIT", help="cli.help.io.unit"),
        option("--employment-unit", metavar="UNIT", help="cli.help.io.employment_unit"),
        _path("--regional-employment", "cli.help.io.regional_employment"),
        option("--method", type=click.Choice(METHODS), default=None, help="cli.help.io.method"),
        option("--delta", type=float, default=None, help="cli.help.io.delta",
               help_params={"delta": DEFAULT_DELTA}),
        option("--closed", is_flag=True, help="cli.help.io.closed"),
        option("--household-income", type=float, default=None,
               help="cli.help.io.household_income"),
        option("--format", "output_format", type=click.Choice(["table", "json"]),
               default="table", show_default=True, help="cli.help.io.format"),
    ]
    for add in reversed(options):
        func = add(func)
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
    from madeinlocal_desktop.analysis.io_workbench import InputOutputWorkbench

    sources = [table_id is not None, folder is not None, z is not None or accounts is not None]
    if sum(sources) != 1:
        raise InvalidInput("cli.io.one_table")
    if (unit or employment_unit) and z is None:
        raise InvalidInput("cli.io.unit_with_files")
    if table_id is not None or folder is not None:
        if final_demand is not None:
            raise InvalidInput("cli.io.final_demand_with_files")
        bench = (
            InputOutputWorkbench.from_shipped(table_id)
            if table_id is not None
            else InputOutputWorkbench.from_folder(folder)  # type: ignore[arg-type]
        )
    else:
        if z is None or accounts is None:
            raise InvalidInput("cli.io.z_with_accounts")
        bench = InputOutputWorkbench.from_files(
            z, accounts, final_demand, unit=unit, employment_unit=employment_unit
        )
    if regional_employment is None:
        if method is not None or delta is not None:
            raise InvalidInput("cli.io.method_needs_employment")
    else:
        chosen = method or "flq"
        if delta is not None and chosen not in ("flq", "aflq"):
            raise InvalidInput("cli.io.delta_method", method=chosen)
        bench.set_regional_employment(
            regional_employment, method=chosen, delta=DEFAULT_DELTA if delta is None else delta
        )
    if household_income is not None and not closed:
        raise InvalidInput("cli.io.income_needs_closed")
    if closed:
        bench.set_closed(True, household_income=household_income)
    return bench


def _fmt(value: Any, digits: int = 4) -> str:
    import pandas as pd

    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "—"
    return language.format_number(value, f".{digits}f")


def _fixed(digits: int) -> Callable[[Any], str]:
    return lambda value: _fmt(value, digits)


def _french() -> bool:
    return language.current() == "fr"


def _title(bench: InputOutputWorkbench) -> str:
    info = bench.info
    return (info.title_fr if _french() and info.title_fr else info.title) or ""


def _attribution(bench: InputOutputWorkbench) -> str | None:
    info = bench.info
    return info.attribution_fr if _french() and info.attribution_fr else info.attribution


def _table_unit(unit: str | None) -> str:
    return unit or text("cli.io.table_units")


def _header(bench: InputOutputWorkbench, result: dict[str, Any]) -> list[str]:
    info = bench.info
    lines = [text("cli.io.table", title=_title(bench)) + (f" [{info.id}]" if info.id else "")]
    regional = result.get("regionalisation")
    if regional:
        extra = ""
        if regional.get("lambda") is not None:
            extra = (f", δ = {language.format_number(regional['delta'])}, "
                     f"λ* = {language.format_number(regional['lambda'], '.4f')}")
        survey = regional.get("survey_sectors")
        lines.append(text("cli.io.regionalised", method=regional["method"].upper() + extra)
                     + (text("cli.io.survey_shares", sectors=list(survey)) if survey else ""))
    closed = result.get("closed_model")
    if closed:
        basis = closed["household_income_basis"]
        lines.append(text("cli.io.closed_header",
                          income=language.format_number(closed["household_income"], ",.1f"),
                          unit=_table_unit(info.unit), basis=basis,
                          a_hh=language.format_number(closed["household_own_share"])))
    return lines


def _footer(bench: InputOutputWorkbench) -> list[str]:
    attribution = _attribution(bench)
    return ["", attribution] if attribution else []


MULTIPLIER_COLUMNS = {  # result key → catalogue code of its column heading
    "output_multipliers": "cli.io.col.output1",
    "output_multipliers_type2": "cli.io.col.output2",
    "value_added_effects": "cli.io.col.value_added",
    "income_effects": "cli.io.col.income",
    "income_multipliers_type1": "cli.io.col.income1",
    "income_multipliers_type2": "cli.io.col.income2",
    "employment_effects": "cli.io.col.jobs",
}


def multipliers_table(bench: InputOutputWorkbench, result: dict[str, Any]) -> str:
    import pandas as pd

    from madeinlocal_desktop.analysis.io_workbench import euros_per_unit, persons_per_unit

    frame = bench.to_dataframe(result)
    shown = [c for c in MULTIPLIER_COLUMNS if c in frame and frame[c].notna().any()]
    table = frame[shown].copy()
    unit = bench.info.unit or text("cli.io.table_unit")
    jobs = bench.info.employment_unit or text("cli.io.table_unit")
    money_scale = euros_per_unit(bench.info.unit)
    jobs_scale = persons_per_unit(bench.info.employment_unit)
    per_million = bool("employment_effects" in table and money_scale and jobs_scale)
    if per_million and money_scale and jobs_scale:  # people read "jobs per million euros"
        table["employment_effects"] = table["employment_effects"] * jobs_scale / money_scale * 1e6
    digits = {c: 4 for c in table.columns} | {"employment_effects": 2 if per_million else 6}
    formatters: dict[str, Callable[[Any], str]] = {str(c): _fixed(digits[str(c)])
                                                   for c in table.columns}
    jobs_heading = text("cli.io.col.jobs_per_million") if per_million else None
    headings = {c: jobs_heading if c == "employment_effects" and jobs_heading
                else text(MULTIPLIER_COLUMNS[c]) for c in shown}
    table = table.rename(columns=headings)
    formatters = {headings.get(k, k): f for k, f in formatters.items()}
    if "label" in frame:
        table.insert(0, "label", frame["label"].str.slice(0, 36))
        formatters["label"] = lambda v: f"{v:<36}"
    lines = _header(bench, result)
    lines += ["", table.to_string(formatters=formatters, justify="left"), ""]
    notes = [text("cli.io.note.effects")]
    if {"value_added_effects", "income_effects"} & set(shown):
        notes.append(text("cli.io.note.per_unit", unit=unit))
    if "employment_effects" in shown:
        notes.append(text("cli.io.note.jobs_per_million") if per_million
                     else text("cli.io.note.jobs", jobs=jobs, unit=unit))
    lines.append(text("cli.list_separator").join(notes) + ".")
    final = result.get("final_demand_output")
    if final:
        lines += ["", text("cli.io.final_demand_output")]
        frame_x = pd.DataFrame(final, index=pd.Index(bench.sectors, name="sector"))
        lines.append(frame_x.to_string(
            float_format=lambda v: language.format_number(v, ",.2f")))
    return "\n".join(lines + _footer(bench))


def _amount(value: float | None, unit: str | None) -> str:
    """A money cell: whole euros, or 4 decimals in a table unit (M EUR...)."""
    import pandas as pd

    if value is None or pd.isna(value):
        return "—"
    return language.format_number(value, ",.0f" if unit == "EUR" else ",.4f")


SHOCK_COLUMNS = {"output": "cli.io.col.output", "income": "cli.io.col.income",
                 "value_added": "cli.io.col.value_added", "jobs": "cli.io.col.jobs"}


def shock_table(bench: InputOutputWorkbench, result: dict[str, Any]) -> str:
    unit = result["money_unit"]
    unit_text = "€" if unit == "EUR" else unit or f"({text('cli.io.table_units')})"
    jobs_unit = result["jobs_unit"]
    jobs_text = (text("cli.io.persons") if jobs_unit == "persons" else jobs_unit) \
        or f"({text('cli.io.table_units')})"
    demand = result["demand"]
    if len(demand) == 1:
        (sector, amount), *_ = demand.items()
        label = bench.table.labels[bench.sectors.index(sector)] if bench.table.labels else ""
        target = sector + (f" ({label})" if label else "")
    else:
        amount = sum(v for v in demand.values() if v is not None)
        target = text("cli.io.several_sectors", count=len(demand), codes=list(demand))
    lines = _header(bench, result)
    lines.append(text("cli.io.shock", amount=_amount(amount, unit), unit=unit_text,
                      sector=target,
                      model=text("cli.io.closed_model" if result["closed"]
                                 else "cli.io.open_model")))
    frame = bench.to_dataframe(result)
    columns = [c for c in SHOCK_COLUMNS if c in frame and frame[c].notna().any()]
    formatters: dict[str, Callable[[Any], str]] = {
        text(SHOCK_COLUMNS[c]): (_fixed(2) if c == "jobs" else (lambda v: _amount(v, unit)))
        for c in columns}
    table = frame[columns].rename(columns={c: text(SHOCK_COLUMNS[c]) for c in columns})
    scope = [unit_text.strip("()")]
    if "jobs" in columns:
        scope.append(text("cli.io.jobs_in", unit=jobs_text.strip("()")))
    lines += ["", text("cli.io.by_sector", scope=text("cli.list_separator").join(scope))]
    lines += [table.to_string(formatters=formatters), ""]
    total = result["total"]
    rows = [
        ("output", "cli.io.total_output", unit_text),
        ("income", "cli.io.total_income", f"{unit_text} {text('cli.io.compensation')}"),
        ("value_added", "cli.io.total_value_added", unit_text),
        ("jobs", "cli.io.total_jobs", jobs_text),
        ("household_income", "cli.io.household_income", unit_text),
    ]
    for key, code, suffix in rows:
        if total.get(key) is not None:
            cell = _fixed(2)(total[key]) if key == "jobs" else _amount(total[key], unit)
            lines.append(f"{text(code):<23}{cell} {suffix}")
    return "\n".join(lines + _footer(bench))


def _emit(output_format: str, result: dict[str, Any], table: Callable[[], str]) -> None:
    if output_format == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        click.echo(table())


@io.command(help="cli.help.io.multipliers")
@table_options
@option("--matrices", is_flag=True, help="cli.help.io.matrices")
def multipliers(output_format: str, matrices: bool, **options: Any) -> None:
    bench = build_workbench(**options)
    result = bench.compute(matrices=matrices)
    _emit(output_format, result, lambda: multipliers_table(bench, result))


@io.command(help="cli.help.io.shock")
@table_options
@option("--sector", metavar="CODE", help="cli.help.io.sector")
@option("--amount", type=float, help="cli.help.io.amount")
@option("--demand", "demand_file", type=click.Path(path_type=Path), default=None,
        help="cli.help.io.demand")
@option("--table-units", is_flag=True, help="cli.help.io.table_units")
def shock(
    output_format: str,
    sector: str | None,
    amount: float | None,
    demand_file: Path | None,
    table_units: bool,
    **options: Any,
) -> None:
    from madeinlocal_desktop.analysis.io_workbench import euros_per_unit

    if (demand_file is None) == (sector is None or amount is None) or (
        demand_file is not None and (sector is not None or amount is not None)
    ):
        raise InvalidInput("cli.io.demand_choice")
    bench = build_workbench(**options)
    if not table_units and euros_per_unit(bench.info.unit) is None:
        raise InvalidInput("cli.io.unit_unknown")
    if demand_file is not None:
        from madeinlocal_desktop.reference.io_tables import read_demand_amounts

        demand = read_demand_amounts(demand_file, bench.sectors)
    else:
        assert sector is not None and amount is not None
        demand = {sector: amount}
    result = bench.shock(demand, in_euros=not table_units)
    _emit(output_format, result, lambda: shock_table(bench, result))


@io.command(help="cli.help.io.tables")
def tables() -> None:
    from madeinlocal_desktop.analysis.io_workbench import InputOutputWorkbench

    for table_id in InputOutputWorkbench.shipped_tables():
        bench = InputOutputWorkbench.from_shipped(table_id)
        click.echo(f"{table_id}\t{_title(bench)}")


@io.command(help="cli.help.io.naf")
@click.argument("naf_code")
@option("--table", "table_id", default="fr-2014-a17", show_default=True, metavar="ID",
        help="cli.help.io.naf_table")
def naf(naf_code: str, table_id: str) -> None:
    from madeinlocal_desktop.analysis.io_workbench import InputOutputWorkbench

    bench = InputOutputWorkbench.from_shipped(table_id)
    sector = bench.sector_for_naf(naf_code)
    labels = bench.table.labels
    label = labels[bench.sectors.index(sector)] if labels else ""
    click.echo(f"{sector}\t{label}")


if __name__ == "__main__":
    io()
