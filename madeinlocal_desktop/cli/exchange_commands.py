"""Exchange commands: kit, bundle, import-bundle, sync-folder, conflicts, resolve, duplicates,
merge-duplicates. Thin wrappers over `project.exchange` and `project.sync`."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..catalogue import text
from ..errors import InvalidInput
from . import command, option, say, user_errors, warn
from .formatting import table_name
from .passphrases import open_study
from .study_commands import STUDY, _terminal_progress

if TYPE_CHECKING:
    from ..project import BundleReport

PASSPHRASE = option("--passphrase", envvar="MADEINLOCAL_PASSPHRASE", default=None,
                    help="cli.help.passphrase")
FORMAT = option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                show_default=True, help="cli.help.list_format")
KIT_SUFFIX = ".mlkit"  # what the app's kit dialog lists


@command(help="cli.help.kit")
@STUDY
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@option("--passphrase", envvar="MADEINLOCAL_KIT_PASSPHRASE", default=None,
        help="cli.help.kit.passphrase")
@option("--ask-passphrase", is_flag=True, help="cli.help.kit.ask_passphrase")
@option("--encrypted-files", is_flag=True, help="cli.help.kit.encrypted_files")
@user_errors
def kit(study: Path, out: Path, passphrase: str | None, ask_passphrase: bool,
        encrypted_files: bool) -> None:
    asked = out
    if out.suffix.lower() != KIT_SUFFIX:
        out = out.with_name(out.name + KIT_SUFFIX)
    if ask_passphrase and passphrase is None:
        passphrase = click.prompt(text("cli.kit_new_passphrase"), hide_input=True,
                                  confirmation_prompt=text("cli.kit_passphrase_again"),
                                  err=True)
    with open_study(study) as project:
        project.exchange.export_kit(out, passphrase=passphrase,
                                    encrypted_files=encrypted_files)
    say("cli.kit_written", path=str(out), name=out.name)
    if passphrase is None:  # the study key lies in the clear in this file
        warn("cli.kit_not_protected")
    if out != asked:  # the app lists kits by this ending: say why the name grew
        warn("cli.kit_suffix_added", asked=asked.name, name=out.name, suffix=KIT_SUFFIX)


@command(help="cli.help.bundle")
@STUDY
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@PASSPHRASE
@user_errors
def bundle(study: Path, outdir: Path, passphrase: str | None) -> None:
    with open_study(study) as project:
        info = project.sync.make_bundle(outdir, passphrase=passphrase)
    if info is None:
        say("cli.bundle_nothing_new")
    else:
        counts = text("cli.list_separator").join(
            text("cli.count_of", n=n, what=table_name(table)) for table, n in info.counts.items())
        say("cli.bundle_written", path=str(info.path), counts=counts)


def _counts(report: BundleReport) -> str:
    c = report.counts
    return text("cli.bundle.counts", new=c.new, updated=c.updated,
                identical=c.identical + c.older, conflicting=c.conflicting,
                rejected=c.rejected)


def _report_line(report: BundleReport) -> str:
    if report.status == "already imported":
        return text("cli.bundle.already", file=report.file.name)
    who = report.who or report.device or "?"
    code = "cli.bundle.would_import" if report.status == "preview" else "cli.bundle.imported"
    return text(code, file=report.file.name, who=who, counts=_counts(report))


@command("import-bundle", help="cli.help.import_bundle")
@STUDY
@click.argument("files", nargs=-1, required=True,
                type=click.Path(dir_okay=False, path_type=Path))
@option("--preview", is_flag=True, help="cli.help.import_bundle.preview")
@PASSPHRASE
@user_errors
def import_bundle(study: Path, files: tuple[Path, ...], preview: bool,
                  passphrase: str | None) -> None:
    with open_study(study) as project:
        run = project.sync.preview if preview else project.sync.import_bundles
        reports = run(list(files), passphrase=passphrase, progress=_terminal_progress())
    refused = 0
    for report in reports:
        if report.status == "refused":
            refused += 1
            warn("cli.bundle.refused", file=report.file.name, reason=report.message or "")
            continue
        click.echo(_report_line(report))
        for rejection in report.rejections[:10]:
            say("cli.bundle.rejected", table=table_name(rejection.table),
                id=rejection.record_id, reason=rejection.reason)
    if refused:
        sys.exit(2)


@command("sync-folder", help="cli.help.sync_folder")
@STUDY
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@PASSPHRASE
@user_errors
def sync_folder(study: Path, folder: Path | None, passphrase: str | None) -> None:
    with open_study(study) as project:
        result = project.sync.sync_folder(folder, passphrase=passphrase,
                                          progress=_terminal_progress())
        open_conflicts = len(project.sync.conflicts())
    parts = [text("cli.sync.wrote", file=result.written.path.name) if result.written
             else text("cli.sync.nothing_to_send"),
             text("cli.sync.imported", n=len(result.imported))]
    if result.refused:
        parts.append(text("cli.sync.refused", n=len(result.refused)))
    if result.other_studies:
        parts.append(text("cli.sync.other_studies", n=result.other_studies))
    say("cli.sync.done", folder=str(result.folder),
        summary=text("cli.list_separator").join(parts))
    for report in result.imported:
        click.echo(f"  {_report_line(report)}")
    for report in result.refused:
        warn("cli.sync.refused_one", file=report.file.name, reason=report.message or "")
    if open_conflicts:
        say("cli.sync.conflicts", n=open_conflicts, study=str(study))


def _jsonable(value: Any) -> Any:
    is_instance = dataclasses.is_dataclass(value) and not isinstance(value, type)
    return dataclasses.asdict(value) if is_instance else value


@command(help="cli.help.conflicts")
@STUDY
@FORMAT
@user_errors
def conflicts(study: Path, fmt: str) -> None:
    with open_study(study) as project:
        found = project.sync.conflicts()
    if fmt == "json":
        click.echo(json.dumps([_jsonable(c) for c in found], ensure_ascii=False, indent=1))
        return
    if not found:
        say("cli.no_conflicts")
        return
    for conflict in found:
        click.echo(f"{conflict.id}  {conflict.record}: {conflict.field.replace('_', ' ')}")
        for option_ in conflict.options:
            author = ", ".join(x for x in (option_.who, option_.device) if x)
            mine = text("cli.this_device") if option_.mine else ""
            click.echo(f"    {option_.number}. {option_.shown}  ({author}){mine}")
    click.echo()
    say("cli.resolve_with", study=str(study))


@command(help="cli.help.resolve")
@STUDY
@click.argument("conflict_id")
@option("--take", default=None, help="cli.help.resolve.take")
@option("--value", default=None, help="cli.help.resolve.value")
@user_errors
def resolve(study: Path, conflict_id: str, take: str | None, value: str | None) -> None:
    if (take is None) == (value is None):
        raise InvalidInput("cli.resolve_take_or_value")
    with open_study(study) as project:
        if take is not None:
            conflict = project.sync.resolve(conflict_id, take=take).value
        else:
            conflict = project.sync.resolve(conflict_id, typed=value).value
        chosen = project.history(conflict.table, conflict.record_id)[-1]
    say("cli.resolved", record=conflict.record, name=conflict.field.replace("_", " "),
        value=str(chosen["new"]))


@command(help="cli.help.duplicates")
@STUDY
@FORMAT
@user_errors
def duplicates(study: Path, fmt: str) -> None:
    with open_study(study) as project:
        found = project.sync.duplicates()
    if fmt == "json":
        click.echo(json.dumps([_jsonable(d) for d in found], ensure_ascii=False, indent=1))
        return
    if not found:
        say("cli.no_duplicates")
    for pair in found:
        reason = text("cli.same_siret" if pair.reason == "same SIRET" else "cli.same_name")
        say("cli.duplicate", reason=reason, first=pair.first.name, first_n=pair.first.interviews,
            first_id=pair.first.id, second=pair.second.name, second_n=pair.second.interviews,
            second_id=pair.second.id)


@command("merge-duplicates", help="cli.help.merge_duplicates")
@STUDY
@click.argument("keep_id")
@click.argument("other_id")
@user_errors
def merge_duplicates(study: Path, keep_id: str, other_id: str) -> None:
    with open_study(study) as project:
        kept = project.sync.merge_duplicates(keep_id, other_id).value
    say("cli.merged", name=kept.name, id=kept.id)


COMMANDS = [kit, bundle, import_bundle, sync_folder, conflicts, resolve, duplicates,
            merge_duplicates]
