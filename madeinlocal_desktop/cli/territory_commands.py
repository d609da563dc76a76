"""`madeinlocal frame ...` and `madeinlocal sample ...`: the territory's business register, the
sampling design and the draw (docs/territory.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..errors import InvalidInput
from ..project import Project
from . import Group, user_errors
from .territory_formatting import draw_table, import_report, plan_table, profile_table

STUDY = click.argument("study", type=click.Path(dir_okay=False, path_type=Path))
FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
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


@frame.command("import")
@STUDY
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Replace the study's frame with this newer "
              "extract (reports what changed).")
@click.option("--map", "mapping", multiple=True, metavar="FIELD=COLUMN",
              help="Read FIELD from COLUMN of a file that is not in the SIRENE layout "
                   "(fields: siret, commune, naf, state, size_code, usual_name, head_office, "
                   "legal_category, ess...). Repeat for each field.")
@click.option("--sheet", default=None, help="Sheet of an XLSX file (default: the first).")
@FORMAT
@user_errors
def frame_import(study: Path, file: Path, replace: bool, mapping: tuple[str, ...],
                 sheet: str | None, fmt: str) -> None:
    """Import an extract of the business register (CSV or XLSX) as the study's frame."""
    from ..exchange.register_reader import parse_mapping

    with Project.open(study) as project:
        found = project.territory.import_frame(file, replace=replace,
                                               mapping=parse_mapping(list(mapping)) or None,
                                               sheet=sheet)
    _emit(fmt, found.to_dict(), import_report(found.to_dict()))


@frame.command("show")
@STUDY
@FORMAT
@user_errors
def frame_show(study: Path, fmt: str) -> None:
    """The frame's version and the territory's profile (establishments, jobs, ESS)."""
    with Project.open(study) as project:
        profile = project.territory.profile()
        version = project.territory.frame_version() or {}
    report = version.get("report") or {}
    text = profile_table(profile)
    if report:
        text = import_report({"version": version["version"], **report}) + "\n\n" + text
    _emit(fmt, {**profile, "import": report}, text)


@frame.command("search")
@STUDY
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@FORMAT
@user_errors
def frame_search(study: Path, text: str, limit: int, fmt: str) -> None:
    """Establishments of the frame whose name, address or SIRET contains TEXT."""
    with Project.open(study) as project:
        found = project.territory.search(text, limit)
    lines = [f"{r['siret']}  {(r['name'] or '—')[:36]:<36} {r['naf']}  {r['commune']}  "
             f"{(r['address'] or '')[:30]}{'  [in register]' if r['in_register'] else ''}"
             for r in found]
    _emit(fmt, found, "\n".join(lines) or "Nothing found.")


@frame.command("add")
@STUDY
@click.argument("siret")
@click.option("--ownership", type=click.Choice(["independent", "cooperative", "franchise",
                                                "chain_branch", "public"]), default=None,
              help="Default: guessed from the legal category (edit it afterwards).")
@user_errors
def frame_add(study: Path, siret: str, ownership: str | None) -> None:
    """Add a frame establishment to the study's business register (linked by SIRET)."""
    with Project.open(study) as project:
        business = project.territory.add_to_register(siret, ownership=ownership)
    click.echo(f"Added {business.name} ({business.siret}, {business.naf}, "
               f"{business.ownership}) to the register: {business.id}")


@frame.command("employment")
@STUDY
@click.option("--table", "table_id", default=None, metavar="ID",
              help="Input-output table (default: the study's).")
@click.option("--apply", "apply_", is_flag=True,
              help="Store it as the input-output model's regional employment (still editable "
                   "in the app's input-output view).")
@FORMAT
@user_errors
def frame_employment(study: Path, table_id: str | None, apply_: bool, fmt: str) -> None:
    """Salaried jobs of the frame by input-output sector: the model's regional employment."""
    with Project.open(study) as project:
        employment = (project.territory.apply_employment(table_id) if apply_
                      else project.territory.regional_employment(table_id))
        version = project.territory.frame_version() or {}
        source = project.territory.employment_source()
    origin = (f"Source: business register, frame version {version.get('version')} "
              f"({version.get('source_name') or '—'}), salaried jobs from size-band midpoints")
    lines = [origin, *(f"  {code:<20} {value:>10.1f}" for code, value in employment.items())]
    if apply_:
        lines.append("Stored as the input-output model's regional employment.")
    elif source is not None:
        lines.append(f"The model's regional employment is now: {source['source']}.")
    _emit(fmt, {"employment": employment, "source": origin, "stored": source}, "\n".join(lines))


@click.group(cls=Group, help="cli.help.sample",
             context_settings={"help_option_names": ["-h", "--help"]})
def sample() -> None:
    pass


@sample.command("design")
@STUDY
@click.option("--strata", default=None, help="Stratification: a17, a38, naf_group and/or size, "
              "e.g. a17,size. Without options, shows the stored design.")
@click.option("--scope", default=None, help="NAF prefixes the study covers, e.g. 47,56,10.71.")
@click.option("--allocation", type=click.Choice(["proportional", "neyman", "fixed"]),
              default="proportional", show_default=True)
@click.option("--n", "n", type=int, default=None, help="Sample size.")
@click.option("--half-width", type=float, default=None,
              help="Target half-width of the 95% interval of the territory LM3, e.g. 0.05.")
@click.option("--cv", multiple=True, metavar="STRATUM=CV",
              help="Prior coefficient of variation of a stratum (Neyman, sample size).")
@click.option("--fixed", multiple=True, metavar="STRATUM=N", help="Sample size of a stratum "
              "(with --allocation fixed). Repeat for each stratum.")
@FORMAT
@user_errors
def sample_design(study: Path, strata: str | None, scope: str | None, allocation: str,
                  n: int | None, half_width: float | None, cv: tuple[str, ...],
                  fixed: tuple[str, ...], fmt: str) -> None:
    """Define the sampling design (strata, scope, allocation, size) and show its strata."""
    with Project.open(study) as project:
        if strata is None:
            found = project.territory.plan()
        else:
            found = project.territory.save_design({
                "strata": strata, "scope": scope, "allocation": allocation, "n": n,
                "half_width": half_width, "cv": _pairs(cv, "cv"),
                "fixed": _pairs(fixed, "fixed")})
    _emit(fmt, found.to_dict(), plan_table(found.to_dict()))


@sample.command("draw")
@STUDY
@click.option("--seed", type=int, required=True, help="Seed of the draw (stored with it).")
@click.option("--reserve", type=click.IntRange(0, 1000), default=0, show_default=True,
              help="Reserve establishments per stratum, to call when one refuses.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the call sheet: .xlsx or .csv (French Excel).")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
              help="Language of the call sheet.")
@FORMAT
@user_errors
def sample_draw(study: Path, seed: int, reserve: int, out: Path | None, lang: str,
                fmt: str) -> None:
    """Draw the sample of the stored design, with its reserve, and write the call sheet."""
    if out is not None and out.suffix.lower() not in (".xlsx", ".csv"):  # before any change
        raise InvalidInput("territory.sheet_kind", field="out", suffix=out.suffix or out.name)
    with Project.open(study) as project:
        drawn = project.territory.draw(seed=seed, reserve=reserve)
        if out is not None:
            project.territory.export_call_sheet(out, lang=lang)
    text = draw_table(drawn)
    if out is not None:
        text += f"\nCall sheet: {out}"
    _emit(fmt, drawn, text)


COMMANDS = [frame, sample]
