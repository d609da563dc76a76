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
from . import admin, database, store

DB = click.option("--db", "url", required=True, envvar="MADEINLOCAL_HUB_DB",
                  help="Database URL: sqlite:///hub.db or postgresql+psycopg://user@host/db "
                       "(or set MADEINLOCAL_HUB_DB).")
STUDY = click.option("--study", "study_id", required=True, help="The study's id "
                     "(madeinlocal hub studies lists them).")


def _actor() -> str:
    return f"cli:{paths.user_name()}"


@click.command()
@DB
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Hub processes behind the one address (PostgreSQL; SQLite wants one).")
@click.option("--results-cache", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Folder for the results pages' consolidated copies.")
@click.option("--max-bundle-mb", default=64, show_default=True, type=click.IntRange(1, 1024))
@click.option("--proxy-headers/--no-proxy-headers", default=False,
              help="Trust X-Forwarded-* from the reverse proxy in front (docs/hub.md).")
def serve(url: str, host: str, port: int, workers: int, results_cache: Path | None,
          max_bundle_mb: int, proxy_headers: bool) -> None:
    """Run the consolidation hub (creates and migrates the database first)."""
    import uvicorn

    database.open_database(url, create=True).dispose()  # once, before any worker starts
    os.environ["MADEINLOCAL_HUB_DB"] = url
    os.environ["MADEINLOCAL_HUB_MAX_BUNDLE"] = str(max_bundle_mb << 20)
    if results_cache is not None:
        os.environ["MADEINLOCAL_HUB_CACHE"] = str(results_cache.resolve())
    engine = database.make_engine(url)
    shown = engine.url.render_as_string(hide_password=True)
    if engine.dialect.name == "sqlite" and workers > 1:
        click.echo("Note: SQLite has one writer at a time; with several processes they wait "
                   "for each other. PostgreSQL is the database for --workers > 1.", err=True)
    engine.dispose()
    click.echo(f"Hub on http://{host}:{port} ({shown})")
    uvicorn.run("madeinlocal_desktop.hub.app:app_from_environment", factory=True, host=host,
                port=port, workers=workers, proxy_headers=proxy_headers,
                log_level="warning", access_log=False)


@click.command()
@DB
def upgrade(url: str) -> None:
    """Apply the database migrations this version knows (back the database up first)."""
    engine = database.make_engine(url)
    applied = database.migrate(engine)
    engine.dispose()
    click.echo("Database migrated to this version" if applied else "Database already current")


@click.command("add-study")
@DB
@click.argument("kit", type=click.Path(dir_okay=False, path_type=Path))
def add_study(url: str, kit: Path) -> None:
    """Register a study from its kit (the kit's key checks every bundle's signature)."""
    study, added = admin.add_study(url, kit, actor=_actor())
    verb = "Registered" if added else "Already registered (kit refreshed):"
    click.echo(f"{verb} {study.name} ({study.id}). Next: madeinlocal hub invite --db URL "
               f"--study {study.id} --role coordinator --name NAME")


@click.command()
@DB
def studies(url: str) -> None:
    """The studies on this hub, with their number of bundles."""
    engine = admin.engine_for(url)
    for row in store.list_studies(engine):
        public = ", public link on" if row["public"] else ""
        click.echo(f"{row['id']}  {row['name']}  ({row['bundles']} bundles{public})")


@click.command()
@DB
@STUDY
@click.option("--role", required=True, type=click.Choice(["coordinator", "surveyor", "viewer"]))
@click.option("--name", required=True, help="Who the code is for (shown in members, audit).")
@click.option("--hours", default=72.0, show_default=True, help="The code expires after this.")
def invite(url: str, study_id: str, role: str, name: str, hours: float) -> None:
    """Print a single-use enrolment code for one person's device."""
    engine = admin.engine_for(url)
    code, expires = store.invite(engine, study_id, role=role, name=name, hours=hours, by=None,
                                 actor=_actor())
    click.echo(code)
    click.echo(f"Single use, for {name} ({role}), valid until {expires}.", err=True)


@click.command()
@DB
@STUDY
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def members(url: str, study_id: str, fmt: str) -> None:
    """Members of a study (and invitations not yet used)."""
    engine = admin.engine_for(url)
    store.require_study(engine, study_id)
    found = store.list_members(engine, study_id)
    if fmt == "json":
        click.echo(json.dumps(found, indent=1, ensure_ascii=False))
        return
    for row in found:
        number = row["id"] if row["id"] is not None else "-"
        device = f" on {row['device']}" if row["device"] else ""
        click.echo(f"{number:>4}  {row['name']}  {row['role']}  {row['status']}{device}")


@click.command()
@DB
@STUDY
@click.argument("member_id", type=int)
def revoke(url: str, study_id: str, member_id: int) -> None:
    """Revoke a member's device token (its next call gets 401)."""
    engine = admin.engine_for(url)
    done = store.revoke(engine, study_id, member_id, by=None, actor=_actor())
    click.echo(f"Revoked {done['name']} ({done['role']})")


@click.command()
@DB
@STUDY
@click.option("--off", is_flag=True, help="Turn the public link off.")
def publish(url: str, study_id: str, off: bool) -> None:
    """Turn on (a new secret link each time) or off the study's public results page."""
    engine = admin.engine_for(url)
    store.require_study(engine, study_id)
    token = store.set_public_link(engine, study_id, not off, member=None, actor=_actor())
    click.echo("Public link off" if token is None else f"/public/{token}")


@click.command()
@DB
@STUDY
@click.option("--after", default=0, type=int)
def audit(url: str, study_id: str, after: int) -> None:
    """The study's audit log: who did what, when."""
    engine = admin.engine_for(url)
    for row in store.audit_log(engine, study_id, after=after):
        detail = ", ".join(f"{k}={v}" for k, v in row["detail"].items())
        click.echo(f"{row['id']:>6}  {row['at']}  {row['actor']}  {row['action']}  {detail}")


@click.command("copy-db")
@click.option("--from", "source", required=True, help="The current database URL.")
@click.option("--to", "target", required=True, help="A new, empty database URL.")
def copy_db(source: str, target: str) -> None:
    """Copy everything to another database (SQLite → PostgreSQL); stop the hub first."""
    from .copy_db import copy_database

    def show(table: str, count: int) -> None:
        click.echo(f"\r{table}: {count}", nl=False, err=True)

    copied = copy_database(source, target, progress=show if sys.stderr.isatty() else None)
    click.echo("Copied " + ", ".join(f"{n} {t}" for t, n in copied.items()))


COMMANDS: list[Any] = [serve, upgrade, add_study, studies, invite, members, revoke, publish,
                       audit, copy_db]
