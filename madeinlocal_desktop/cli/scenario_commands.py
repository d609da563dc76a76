"""Scenario commands: what-if scenarios, unsaved or kept in the study file.

    madeinlocal scenario STUDY --category CAT --shift 20% --respend 45% [--impact]   (as before)
    madeinlocal scenario save STUDY NAME --shift CAT:20%[:45%] [--shift ...] [--respend 45%]
                                         [--replace]
    madeinlocal scenario list STUDY
    madeinlocal scenario show STUDY NAME [--impact] [--format table|json]
    madeinlocal scenario delete STUDY NAME
    madeinlocal scenario compare STUDY A B [--format table|json]

`scenario` is a group whose default is the old one-category form: when its first argument is not
one of the subcommands' names it is a study file, run by the hidden `run` subcommand.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import language
from ..catalogue import text
from ..errors import InvalidInput
from . import Group, command, option, say, user_errors
from .impact_format import euros, grid, notices, number, percent, shifts_text
from .passphrases import open_study
from .study_commands import _fraction
from .study_commands import scenario as one_category

if TYPE_CHECKING:
    from ..project import Project

STUDY = click.argument("study", type=click.Path(dir_okay=False, path_type=Path))
NAME = click.argument("name")
DEFAULT_RESPEND = 0.45  # as the dashboard's slider starts: a new supplier's usual Round 3
FORMAT = option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                show_default=True, help="cli.help.scenario.format")


class ScenarioGroup(Group):
    """`scenario STUDY --category ...` still works: an unknown first word is the study."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


@click.group(name="scenario", cls=ScenarioGroup, help="cli.help.scenario_group",
             context_settings={"help_option_names": ["-h", "--help"]})
def scenario() -> None:
    pass


scenario.add_command(one_category, "run")
one_category.hidden = True


def _labels(project: Project) -> dict[str, str]:
    fr = language.current() == "fr"
    return {c.code: c.label_fr if fr else c.label_en for c in project.study.categories}


def parse_shift(typed: str, respend: float | None) -> Any:
    """'supplies:20%' or 'supplies:20%:45%' → Shift (its own re-spend share when given)."""
    from ..analysis.scenario_impact import Shift

    parts = [part.strip() for part in typed.split(":")]
    if len(parts) not in (2, 3) or not parts[0] or not parts[1]:
        raise InvalidInput("cli.scenario.shift_format", field="--shift", text=typed)
    own = _fraction(parts[2], "--shift") if len(parts) == 3 and parts[2] else None
    return Shift(parts[0], _fraction(parts[1], "--shift"), own)


@command(help="cli.help.scenario.save")
@STUDY
@NAME
@option("--shift", "shifts", multiple=True, required=True, metavar="CAT:20%[:45%]",
        help="cli.help.scenario.save_shift")
@option("--respend", default=None, help="cli.help.scenario.save_respend",
        help_params={"respend": DEFAULT_RESPEND})
@option("--replace", is_flag=True, help="cli.help.scenario.replace")
@user_errors
def save(study: Path, name: str, shifts: tuple[str, ...], respend: str | None,
         replace: bool) -> None:
    from ..analysis.scenario_impact import ScenarioSpec

    share = DEFAULT_RESPEND if respend is None else _fraction(respend, "--respend")
    spec = ScenarioSpec(tuple(parse_shift(s, share) for s in shifts), share, name)
    with open_study(study) as project:
        saved = project.scenarios.save(spec, replace=replace).value
        labels = _labels(project)
    say("cli.scenario.saved", name=saved.name,
        shifts=shifts_text(saved.to_dict(), labels), respend=percent(saved.respend_share, 0))


@command("list", help="cli.help.scenario.list")
@STUDY
@user_errors
def list_(study: Path) -> None:
    with open_study(study) as project:
        specs = project.scenarios.list()
        labels = _labels(project)
    if not specs:
        say("cli.scenario.none")
        return
    rows = [[s.name, _short_shifts(s, labels), percent(s.respend_share, 0)] for s in specs]
    click.echo(grid([text("cli.scenario.col_name"), text("cli.scenario.col_shifts"),
                     text("cli.scenario.col_respend")], rows, left=2))


def _short_shifts(spec: Any, labels: Mapping[str, str]) -> str:
    """'Fournitures 30 % (redépense 60 %), Énergie 10 %': one line per scenario in a list."""
    parts = []
    for shift in spec.shifts:
        label = labels.get(shift.category, shift.category)
        label = label if len(label) <= 28 else label[:27] + "…"
        part = f"{label} {percent(shift.fraction, 0)}"
        if shift.respend_share is not None:
            part += " " + text("cli.scenario.own_respend", respend=percent(shift.respend_share, 0))
        parts.append(part)
    return ", ".join(parts)


def _summary(result: Mapping[str, Any]) -> dict[str, Any]:
    """What `show` prints without --impact: the scenario, LM3 and the euros kept."""
    keys = ("scenario", "lm3_before", "lm3_after", "categories", "extra_local_euros",
            "extra_local_euros_r2_r3", "population_weighted")
    return {key: result[key] for key in keys}


def _show_table(result: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    spec = result["scenario"]
    change = result["lm3_after"] - result["lm3_before"]
    lines = [text("cli.scenario.title", name=spec["name"]),
             text("cli.scenario.shifts", shifts=shifts_text(spec, labels),
                  respend=percent(spec["respend_share"], 0)),
             text("cli.scenario.lm3", before=number(result["lm3_before"], 3),
                  after=number(result["lm3_after"], 3),
                  change=("+" if change >= 0 else "") + number(change, 3)),
             text("cli.scenario.kept_territory" if result["population_weighted"]
                  else "cli.scenario.kept", r2=euros(result["extra_local_euros"]),
                  r2_r3=euros(result["extra_local_euros_r2_r3"]))]
    return "\n".join(lines)


@command(help="cli.help.scenario.show")
@STUDY
@NAME
@option("--impact", is_flag=True, help="cli.help.scenario.impact")
@FORMAT
@user_errors
def show(study: Path, name: str, impact: bool, fmt: str) -> None:
    from .impact_format import scenario_impact_table

    with open_study(study) as project:
        result = project.scenarios.run(name)
        labels = _labels(project)
    if fmt == "json":
        click.echo(json.dumps(result if impact else _summary(result), ensure_ascii=False,
                              indent=2))
    elif impact:
        click.echo(text("cli.scenario.title", name=result["scenario"]["name"]))
        click.echo(scenario_impact_table(result, labels))
    else:
        click.echo(_show_table(result, labels))


@command(help="cli.help.scenario.delete")
@STUDY
@NAME
@user_errors
def delete(study: Path, name: str) -> None:
    with open_study(study) as project:
        spec = project.scenarios.get(name)
        project.scenarios.delete(spec.name)
    say("cli.scenario.deleted", name=spec.name)


def compare_rows(result: Mapping[str, Any]) -> list[list[str]]:
    """Measure, A, B, B − A: LM3, euros kept, and the effects in the territory."""
    a, b, d = result["a"], result["b"], result["difference"]

    def signed(value: float | None, show: Any) -> str:
        if value is None:
            return "—"
        return ("+" if value >= 0 else "") + show(value)

    lm3 = lambda v: number(v, 3)  # noqa: E731
    jobs = lambda v: number(v, 1)  # noqa: E731
    rows = [("cli.scenario.row_lm3_before", "lm3_before", lm3),
            ("cli.scenario.row_lm3_after", "lm3_after", lm3),
            ("cli.scenario.row_kept", "extra_local_euros", euros),
            ("cli.scenario.row_kept_r3", "extra_local_euros_r2_r3", euros),
            ("cli.scenario.row_output", "output", euros),
            ("cli.scenario.row_income", "income", euros),
            ("cli.scenario.row_value_added", "value_added", euros),
            ("cli.scenario.row_jobs", "jobs", jobs)]
    return [[text(code), "—" if a.get(key) is None else show(a[key]),
             "—" if b.get(key) is None else show(b[key]), signed(d.get(key), show)]
            for code, key, show in rows]


@command("compare", help="cli.help.scenario.compare")
@STUDY
@click.argument("first")
@click.argument("second")
@FORMAT
@user_errors
def compare(study: Path, first: str, second: str, fmt: str) -> None:
    with open_study(study) as project:
        result = project.scenarios.compare(first, second)
        labels = _labels(project)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    a, b = result["a"]["scenario"], result["b"]["scenario"]
    lines: list[str] = [
        f"A = {a['name']} : {shifts_text(a, labels)}" if language.current() == "fr"
        else f"A = {a['name']}: {shifts_text(a, labels)}",
        f"B = {b['name']} : {shifts_text(b, labels)}" if language.current() == "fr"
        else f"B = {b['name']}: {shifts_text(b, labels)}", ""]
    lines.append(grid([text("cli.scenario.col_measure"), "A", "B", "B − A"],
                      compare_rows(result)))
    lines += ["", *_unique(notices(result["a"]) + notices(result["b"]))]
    click.echo("\n".join(lines).rstrip())


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


for _command in (save, list_, show, delete, compare):
    scenario.add_command(_command)

COMMANDS = [scenario]

