"""Exchange commands: kit, bundle, import-bundle, sync-folder, conflicts, resolve, duplicates,
merge-duplicates. Thin wrappers over `project.exchange` and `project.sync`."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

import click

from ..project import Project
from . import user_errors
from .study_commands import STUDY, _terminal_progress

PASSPHRASE = click.option(
    "--passphrase", envvar="MADEINLOCAL_PASSPHRASE", default=None,
    help="Passphrase of encrypted bundles (or set MADEINLOCAL_PASSPHRASE).")
FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "json"]),
                      default="table", show_default=True)


@click.command()
@STUDY
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@user_errors
def kit(study: Path, out: Path) -> None:
    """Write the study kit surveyors create their study file from (it holds the study key:
    hand it over like a key)."""
    with Project.open(study) as project:
        project.exchange.export_kit(out)
    click.echo(f"Wrote the study kit {out}; on each device: madeinlocal new --from-kit "
               f"{out.name} STUDY")


@click.command()
@STUDY
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@PASSPHRASE
@user_errors
def bundle(study: Path, outdir: Path, passphrase: str | None) -> None:
    """Write this device's changes since its last bundle into OUTDIR (encrypted with
    --passphrase)."""
    with Project.open(study) as project:
        info = project.sync.make_bundle(outdir, passphrase=passphrase)
    if info is None:
        click.echo("Nothing new since the last bundle: no file written")
    else:
        counts = ", ".join(f"{n} {table}" for table, n in info.counts.items())
        click.echo(f"Wrote {info.path} ({counts})")


@click.command("import-bundle")
@STUDY
@click.argument("files", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
@click.option("--preview", is_flag=True, help="Only show what importing would do.")
@PASSPHRASE
@user_errors
def import_bundle(study: Path, files: tuple[Path, ...], preview: bool,
                  passphrase: str | None) -> None:
    """Import bundles from other devices (each in one transaction; a refused one changes
    nothing)."""
    with Project.open(study) as project:
        run = project.sync.preview if preview else project.sync.import_bundles
        reports = run(list(files), passphrase=passphrase, progress=_terminal_progress())
    refused = 0
    for report in reports:
        if report.status == "refused":
            refused += 1
            click.echo(f"Refused {report.file.name}: {report.message}", err=True)
            continue
        click.echo(report.summary())
        for rejection in report.rejections[:10]:
            click.echo(f"  rejected {rejection.table} {rejection.record_id}: {rejection.reason}")
    if refused:
        sys.exit(2)


@click.command("sync-folder")
@STUDY
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@PASSPHRASE
@user_errors
def sync_folder(study: Path, folder: Path | None, passphrase: str | None) -> None:
    """Write this device's new bundle into FOLDER and import the bundles not seen yet
    (FOLDER is remembered: later, `sync-folder STUDY` is enough)."""
    with Project.open(study) as project:
        result = project.sync.sync_folder(folder, passphrase=passphrase,
                                          progress=_terminal_progress())
        open_conflicts = len(project.sync.conflicts())
    click.echo(f"Synced with {result.folder}: {result.summary()}")
    for report in result.imported:
        click.echo(f"  {report.summary()}")
    for report in result.refused:
        click.echo(f"  refused {report.file.name}: {report.message}", err=True)
    if open_conflicts:
        click.echo(f"{open_conflicts} conflict(s) to resolve: madeinlocal conflicts {study}")


def _jsonable(value: Any) -> Any:
    is_instance = dataclasses.is_dataclass(value) and not isinstance(value, type)
    return dataclasses.asdict(value) if is_instance else value


@click.command()
@STUDY
@FORMAT
@user_errors
def conflicts(study: Path, fmt: str) -> None:
    """List fields changed on two devices, with every value, waiting for a decision."""
    with Project.open(study) as project:
        found = project.sync.conflicts()
    if fmt == "json":
        click.echo(json.dumps([_jsonable(c) for c in found], ensure_ascii=False, indent=1))
        return
    if not found:
        click.echo("No conflicts.")
        return
    for conflict in found:
        click.echo(f"{conflict.id}  {conflict.record}: {conflict.field.replace('_', ' ')}")
        for option in conflict.options:
            author = ", ".join(x for x in (option.who, option.device) if x)
            mine = "  [this device]" if option.mine else ""
            click.echo(f"    {option.number}. {option.shown}  ({author}){mine}")
    click.echo(f"\nResolve with: madeinlocal resolve {study} ID --take 1|2|mine|theirs "
               "(or --value V)")


@click.command()
@STUDY
@click.argument("conflict_id")
@click.option("--take", default=None, help="mine, theirs, or the number of an option.")
@click.option("--value", default=None, help="A value of your own (euros for amounts, 40% or "
                                            "0.4 for shares).")
@user_errors
def resolve(study: Path, conflict_id: str, take: str | None, value: str | None) -> None:
    """Resolve a conflict: the chosen value becomes a new version, logged in the history."""
    if (take is None) == (value is None):
        raise click.UsageError("Give either --take or --value")
    with Project.open(study) as project:
        if take is not None:
            conflict = project.sync.resolve(conflict_id, take=take)
        else:
            conflict = project.sync.resolve(conflict_id, typed=value)
        chosen = project.history(conflict.table, conflict.record_id)[-1]
    click.echo(f"Resolved {conflict.record}: {conflict.field.replace('_', ' ')} = "
               f"{chosen['new']}")


@click.command()
@STUDY
@FORMAT
@user_errors
def duplicates(study: Path, fmt: str) -> None:
    """List shops that may be the same one (same SIRET, or same name in the same commune)."""
    with Project.open(study) as project:
        found = project.sync.duplicates()
    if fmt == "json":
        click.echo(json.dumps([_jsonable(d) for d in found], ensure_ascii=False, indent=1))
        return
    if not found:
        click.echo("No possible duplicates.")
    for pair in found:
        click.echo(f"{pair.reason}: {pair.first.name!r} ({pair.first.interviews} interviews, "
                   f"{pair.first.id}) and {pair.second.name!r} ({pair.second.interviews} "
                   f"interviews, {pair.second.id})")


@click.command("merge-duplicates")
@STUDY
@click.argument("keep_id")
@click.argument("other_id")
@user_errors
def merge_duplicates(study: Path, keep_id: str, other_id: str) -> None:
    """Keep KEEP_ID: it takes OTHER_ID's interviews and missing details; OTHER_ID is deleted."""
    with Project.open(study) as project:
        kept = project.sync.merge_duplicates(keep_id, other_id)
    click.echo(f"Merged into {kept.name!r} ({kept.id})")


COMMANDS = [kit, bundle, import_bundle, sync_folder, conflicts, resolve, duplicates,
            merge_duplicates]
