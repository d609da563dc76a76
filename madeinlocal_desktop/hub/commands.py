"""The hub's own commands (`madeinlocal hub serve|add-study|invite|...`), on its database.

cli/hub_commands.py adds them to the `hub` group by name, so the desktop app runs without the
server's libraries (the optional `hub` extra) and says how to install them when asked.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from .. import paths
from ..catalogue import text
from . import admin, database, store

DB = click.option("--db", "url", required=True, envvar="MADEINLOCAL_HUB_DB",
                  help="cli.help.hub_db")
STUDY = click.option("--study", "study_id", required=True, help="cli.help.hub_study")


def _actor() -> str:
    return f"cli:{paths.user_name()}"


@click.command(help="cli.help.hub_serve")
@DB
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="cli.help.hub_workers")
@click.option("--results-cache", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="cli.help.hub_results_cache")
@click.option("--max-bundle-mb", default=64, show_default=True, type=click.IntRange(1, 1024))
@click.option("--proxy-headers/--no-proxy-headers", default=False,
              help="cli.help.hub_proxy_headers")
def serve(url: str, host: str, port: int, workers: int, results_cache: Path | None,
          max_bundle_mb: int, proxy_headers: bool) -> None:
    import uvicorn

    database.open_database(url, create=True).dispose()  # once, before any worker starts
    os.environ["MADEINLOCAL_HUB_DB"] = url
    os.environ["MADEINLOCAL_HUB_MAX_BUNDLE"] = str(max_bundle_mb << 20)
    if results_cache is not None:
        os.environ["MADEINLOCAL_HUB_CACHE"] = str(results_cache.resolve())
    engine = database.make_engine(url)
    shown = engine.url.render_as_string(hide_password=True)
    if engine.dialect.name == "sqlite" and workers > 1:
        click.echo(text("hub.cli_sqlite_workers"), err=True)
    engine.dispose()
    click.echo(text("hub.cli_serving", url=f"http://{host}:{port}", database=shown))
    uvicorn.run("madeinlocal_desktop.hub.app:app_from_environment", factory=True, host=host,
                port=port, workers=workers, proxy_headers=proxy_headers,
                log_level="warning", access_log=False)


@click.command(help="cli.help.hub_upgrade")
@DB
def upgrade(url: str) -> None:
    engine = database.make_engine(url)
    applied = database.migrate(engine)
    engine.dispose()
    click.echo(text("hub.cli_migrated" if applied else "hub.cli_current"))


@click.command("add-study", help="cli.help.hub_add_study")
@DB
@click.argument("kit", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--kit-passphrase", envvar="MADEINLOCAL_KIT_PASSPHRASE", default=None,
              help="cli.help.kit_passphrase")
def add_study(url: str, kit: Path, kit_passphrase: str | None) -> None:
    study, added = admin.add_study(url, kit, actor=_actor(), kit_passphrase=kit_passphrase)
    click.echo(text("hub.cli_study_added" if added else "hub.cli_study_refreshed",
                    name=study.name, id=study.id))


@click.command(help="cli.help.hub_studies")
@DB
def studies(url: str) -> None:
    engine = admin.engine_for(url)
    for row in store.list_studies(engine):
        click.echo(text("hub.cli_study_row_public" if row["public"] else "hub.cli_study_row",
                        id=row["id"], name=row["name"], bundles=row["bundles"]))


@click.command(help="cli.help.hub_invite")
@DB
@STUDY
@click.option("--role", required=True, type=click.Choice(["coordinator", "surveyor", "viewer"]))
@click.option("--name", required=True, help="cli.help.hub_invite_name")
@click.option("--hours", default=72.0, show_default=True, help="cli.help.hub_invite_hours")
def invite(url: str, study_id: str, role: str, name: str, hours: float) -> None:
    engine = admin.engine_for(url)
    code, expires = store.invite(engine, study_id, role=role, name=name, hours=hours, by=None,
                                 actor=_actor())
    click.echo(code)
    click.echo(text("hub.cli_invited", name=name, role=role, expires=expires), err=True)


@click.command(help="cli.help.hub_members")
@DB
@STUDY
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def members(url: str, study_id: str, fmt: str) -> None:
    engine = admin.engine_for(url)
    store.require_study(engine, study_id)
    found = store.list_members(engine, study_id)
    if fmt == "json":
        click.echo(json.dumps(found, indent=1, ensure_ascii=False))
        return
    for row in found:
        number = row["id"] if row["id"] is not None else "-"
        device = text("hub.cli_member_device", device=row["device"]) if row["device"] else ""
        click.echo(f"{number:>4}  {row['name']}  {row['role']}  {row['status']}{device}")


@click.command(help="cli.help.hub_revoke")
@DB
@STUDY
@click.argument("member_id", type=int)
def revoke(url: str, study_id: str, member_id: int) -> None:
    engine = admin.engine_for(url)
    done = store.revoke(engine, study_id, member_id, by=None, actor=_actor())
    click.echo(text("hub.cli_revoked", name=done["name"], role=done["role"]))


@click.command(help="cli.help.hub_publish")
@DB
@STUDY
@click.option("--off", is_flag=True, help="cli.help.hub_publish_off")
def publish(url: str, study_id: str, off: bool) -> None:
    engine = admin.engine_for(url)
    store.require_study(engine, study_id)
    token = store.set_public_link(engine, study_id, not off, member=None, actor=_actor())
    click.echo(text("hub.cli_public_off") if token is None else f"/public/{token}")


@click.command(help="cli.help.hub_audit")
@DB
@STUDY
@click.option("--after", default=0, type=int, help="cli.help.hub_audit_after")
def audit(url: str, study_id: str, after: int) -> None:
    engine = admin.engine_for(url)
    for row in store.audit_log(engine, study_id, after=after):
        detail = ", ".join(f"{k}={v}" for k, v in row["detail"].items())
        click.echo(f"{row['id']:>6}  {row['at']}  {row['actor']}  {row['action']}  {detail}")


@click.command("copy-db", help="cli.help.hub_copy_db")
@click.option("--from", "source", required=True, help="cli.help.hub_copy_from")
@click.option("--to", "target", required=True, help="cli.help.hub_copy_to")
def copy_db(source: str, target: str) -> None:
    from .copy_db import copy_database

    def show(table: str, count: int) -> None:
        click.echo(f"\r{table}: {count}", nl=False, err=True)

    copied = copy_database(source, target, progress=show if sys.stderr.isatty() else None)
    click.echo(text("hub.cli_copied", tables=", ".join(f"{n} {t}" for t, n in copied.items())))


COMMANDS: list[Any] = [serve, upgrade, add_study, studies, invite, members, revoke, publish,
                       audit, copy_db]
