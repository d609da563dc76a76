"""`madeinlocal frame ...` and `madeinlocal sample ...`: the territory's business register, the
sampling design and the draw (docs/territory.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..catalogue import text as catalogue_text
from ..errors import InvalidInput
from . import Group, option, user_errors
from .formatting import number
from .passphrases import open_study
from .territory_formatting import draw_table, import_report, plan_table, profile_table

STUDY = click.argument("study", type=click.Path(dir_okay=False, path_type=Path))
FORMAT = option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                      show_default=True)


def _emit(fmt: str, data: Any, text: str) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if fmt == "json" else text)


def _pairs(items: tuple[str, ...], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.rpartition("=")
        if not sep or not key or not value:
            raise InvalidInput("territory.mapping_syntax", field=what, text=item)
        out[key.strip()] = value.strip()
    return out


@click.group(cls=Group, help="cli.help.frame",
             context_settings={"help_option_names": ["-h", "--help"]})
def frame() -> None:
    pass


@frame.command("import", help="cli.help.frame.import")
@STUDY
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@option("--replace", is_flag=True, help="cli.help.frame.replace")
@option("--map", "mapping", multiple=True, metavar="FIELD=COLUMN",
              help="cli.help.frame.map")
@option("--sheet", default=None, help="cli.help.frame.sheet")
@FORMAT
@user_errors
def frame_import(study: Path, file: Path, replace: bool, mapping: tuple[str, ...],
                 sheet: str | None, fmt: str) -> None:
    from ..exchange.register_reader import parse_mapping

    with open_study(study) as project:
        found = project.territory.import_frame(file, replace=replace,
                                               mapping=parse_mapping(list(mapping)) or None,
                                               sheet=sheet).value
    _emit(fmt, found.to_dict(), import_report(found.to_dict()))


@frame.command("show", help="cli.help.frame.show")
@STUDY
@FORMAT
@user_errors
def frame_show(study: Path, fmt: str) -> None:
    with open_study(study) as project:
        profile = project.territory.profile()
        version = project.territory.frame_version() or {}
    report = version.get("report") or {}
    text = profile_table(profile)
    if report:
        text = import_report({"version": version["version"], **report}) + "\n\n" + text
    _emit(fmt, {**profile, "import": report}, text)


@frame.command("search", help="cli.help.frame.search")
@STUDY
@click.argument("text")
@option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@FORMAT
@user_errors
def frame_search(study: Path, text: str, limit: int, fmt: str) -> None:
    with open_study(study) as project:
        found = project.territory.search(text, limit)
    known = "  " + catalogue_text("cli.t.in_register")
    lines = [f"{r['siret']}  {(r['name'] or '—')[:36]:<36} {r['naf']}  {r['commune']}  "
             f"{(r['address'] or '')[:30]}{known if r['in_register'] else ''}"
             for r in found]
    _emit(fmt, found, "\n".join(lines) or catalogue_text("cli.t.nothing_found"))


@frame.command("add", help="cli.help.frame.add")
@STUDY
@click.argument("siret")
@option("--ownership", type=click.Choice(["independent", "cooperative", "franchise",
                                                "chain_branch", "public"]), default=None,
              help="cli.help.frame.ownership")
@user_errors
def frame_add(study: Path, siret: str, ownership: str | None) -> None:
    with open_study(study) as project:
        business = project.territory.add_to_register(siret, ownership=ownership).value
    click.echo(catalogue_text("cli.t.added", name=business.name, siret=business.siret,
                              naf=business.naf, ownership=business.ownership, id=business.id))


@frame.command("employment", help="cli.help.frame.employment")
@STUDY
@option("--table", "table_id", default=None, metavar="ID",
              help="cli.help.frame.table")
@option("--apply", "apply_", is_flag=True,
              help="cli.help.frame.apply")
@FORMAT
@user_errors
def frame_employment(study: Path, table_id: str | None, apply_: bool, fmt: str) -> None:
    with open_study(study) as project:
        employment = (project.territory.apply_employment(table_id).value if apply_
                      else project.territory.regional_employment(table_id))
        version = project.territory.frame_version() or {}
        source = project.territory.employment_source()
    origin = catalogue_text("cli.t.employment_origin", version=version.get("version"),
                            source=version.get("source_name") or "—")
    lines = [origin, *(f"  {code:<20} {number(value, 1):>10}" for code, value in
                       employment.items())]
    if apply_:
        lines.append(catalogue_text("cli.t.employment_stored"))
    elif source is not None:
        lines.append(catalogue_text("cli.t.employment_now", source=source["source"]))
    _emit(fmt, {"employment": employment, "source": origin, "stored": source}, "\n".join(lines))


@click.group(cls=Group, help="cli.help.sample",
             context_settings={"help_option_names": ["-h", "--help"]})
def sample() -> None:
    pass


@sample.command("design", help="cli.help.sample.design")
@STUDY
@option("--strata", default=None, help="cli.help.sample.strata")
@option("--scope", default=None, help="cli.help.sample.scope")
@option("--allocation", type=click.Choice(["proportional", "neyman", "fixed"]),
              default="proportional", show_default=True)
@option("--n", "n", type=int, default=None, help="cli.help.sample.n")
@option("--half-width", type=float, default=None,
              help="cli.help.sample.half_width")
@option("--cv", multiple=True, metavar="STRATUM=CV",
              help="cli.help.sample.cv")
@option("--fixed", multiple=True, metavar="STRATUM=N", help="cli.help.sample.fixed")
@FORMAT
@user_errors
def sample_design(study: Path, strata: str | None, scope: str | None, allocation: str,
                  n: int | None, half_width: float | None, cv: tuple[str, ...],
                  fixed: tuple[str, ...], fmt: str) -> None:
    with open_study(study) as project:
        if strata is None:
            found = project.territory.plan()
        else:
            found = project.territory.save_design({
                "strata": strata, "scope": scope, "allocation": allocation, "n": n,
                "half_width": half_width, "cv": _pairs(cv, "cv"),
                "fixed": _pairs(fixed, "fixed")}).value
    _emit(fmt, found.to_dict(), plan_table(found.to_dict()))


@sample.command("draw", help="cli.help.sample.draw")
@STUDY
@option("--seed", type=int, required=True, help="cli.help.sample.seed")
@option("--reserve", type=click.IntRange(0, 1000), default=0, show_default=True,
              help="cli.help.sample.reserve")
@option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="cli.help.sample.out")
@option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
              help="cli.help.sample.lang")
@FORMAT
@user_errors
def sample_draw(study: Path, seed: int, reserve: int, out: Path | None, lang: str,
                fmt: str) -> None:
    if out is not None and out.suffix.lower() not in (".xlsx", ".csv"):  # before any change
        raise InvalidInput("territory.sheet_kind", field="out", suffix=out.suffix or out.name)
    with open_study(study) as project:
        drawn = project.territory.draw(seed=seed, reserve=reserve).value
        if out is not None:
            project.territory.export_call_sheet(out, lang=lang)
    text = draw_table(drawn)
    if out is not None:
        text += "\n" + catalogue_text("cli.t.call_sheet", path=str(out))
    _emit(fmt, drawn, text)


COMMANDS = [frame, sample]
