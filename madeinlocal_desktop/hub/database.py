"""Opening the hub's database (SQLite or PostgreSQL) and bringing its schema up to date.

The schema is Alembic's (migrations/ inside this package). `open_database` refuses a database
that a newer hub has migrated, and migrates an older one only when asked (`serve` and
`add-study` do; docs/hub.md says when to back up first).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from ..errors import InvalidInput, NewerFileError, StudyFileError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def check_url(url: str) -> str:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InvalidInput("hub.database_url", url=url) from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise InvalidInput("hub.database_url", url=url)
    return url


def make_engine(url: str, **options: Any) -> Engine:
    check_url(url)
    parsed = make_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            # As many connections as the server's threadpool has threads (40): a request
            # never waits for a connection while another holds one and waits for it.
            options = {"pool_size": 10, "max_overflow": 40, **options}
            engine = create_engine(url, connect_args={"timeout": 30}, **options)
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            # pre_ping: after a PostgreSQL restart, stale pooled connections are replaced
            # instead of failing the next request.
            engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20,
                                   **options)
    except NoSuchModuleError:
        raise InvalidInput("hub.database_url", url=url) from None
    return engine


WRITE = "hub_write"  # the execution option of a write transaction (store.writing)


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    # The driver's own transaction handling opens a transaction only at the first INSERT or
    # UPDATE, so that what a writer read before was not part of it; _sqlite_begin opens
    # them instead.
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not wait for the writer
    cursor.execute("PRAGMA synchronous=NORMAL")  # durable at each checkpoint; WAL keeps it whole
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    """A write transaction takes the write lock up front (BEGIN IMMEDIATE), waiting for it
    within the busy timeout: it never fails half-way with `database is locked` when its first
    read turns into a write. A read transaction sees one snapshot throughout."""
    immediate = connection.get_execution_options().get(WRITE)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _revisions() -> tuple[set[str], str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    assert head is not None
    return {rev.revision for rev in script.walk_revisions()}, head


def schema_state(engine: Engine) -> str:
    """'current', 'older' (migrations to apply, or an empty database) or 'newer'."""
    from alembic.runtime.migration import MigrationContext

    known, head = _revisions()
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_heads()
    except OperationalError as error:
        raise StudyFileError("hub.database_unreachable", url=_safe(engine),
                             detail=str(error.orig).strip().splitlines()[0]) from None
    if any(rev not in known for rev in current):
        return "newer"
    return "current" if current == (head,) else "older"


def migrate(engine: Engine) -> bool:
    """Apply the migrations this hub knows (True when some were applied)."""
    from alembic import command

    state = schema_state(engine)
    if state == "newer":
        raise NewerFileError("hub.database_newer", url=_safe(engine))
    if state == "current":
        return False
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
    return True


def open_database(url: str, *, create: bool = False) -> Engine:
    """An engine on an up-to-date hub database; `create` makes and migrates it if needed."""
    engine = make_engine(url)
    if make_url(url).get_backend_name() == "sqlite" and not create:
        database = make_url(url).database
        if database and database != ":memory:" and not Path(database).exists():
            raise StudyFileError("hub.database_missing", url=url)
    if create:
        migrate(engine)
        return engine
    state = schema_state(engine)
    if state == "newer":
        raise NewerFileError("hub.database_newer", url=_safe(engine))
    if state == "older":
        raise StudyFileError("hub.database_not_migrated", url=_safe(engine))
    return engine


def ping(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))


def _safe(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)
