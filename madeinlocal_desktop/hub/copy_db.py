"""Copy a hub's whole database into another one (SQLite → PostgreSQL when a hub outgrows one
machine): every table in dependency order, keys kept, then PostgreSQL's sequences moved past
the copied keys so new rows do not collide. The target must be new (or empty); the source is
only read. Row counts are compared at the end."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, insert, select, text

from ..errors import InvalidInput
from . import database
from .models import TABLES, studies

BATCH = 500


def copy_database(source_url: str, target_url: str, *,
                  progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    source = database.open_database(source_url)
    target = database.open_database(target_url, create=True)
    try:
        with target.connect() as connection:
            if connection.execute(select(func.count()).select_from(studies)).scalar():
                raise InvalidInput("hub.copy_target_not_empty",
                                   url=target.url.render_as_string(hide_password=True))
        copied: dict[str, int] = {}
        with source.connect() as reading, target.begin() as writing:
            for table in TABLES:
                count = 0
                rows = reading.execution_options(yield_per=BATCH).execute(
                    select(table).order_by(*table.primary_key.columns))
                for chunk in rows.mappings().partitions(BATCH):
                    writing.execute(insert(table), [dict(row) for row in chunk])
                    count += len(chunk)
                    if progress is not None:
                        progress(table.name, count)
                copied[table.name] = count
            if writing.dialect.name == "postgresql":
                for table in TABLES:
                    key = next(iter(table.primary_key.columns))
                    if key.autoincrement is True:
                        writing.execute(text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', "
                            f"'{key.name}'), COALESCE((SELECT MAX({key.name}) FROM "
                            f"{table.name}), 0) + 1, false)"))
        with source.connect() as a, target.connect() as b:
            for table in TABLES:
                expected = a.execute(select(func.count()).select_from(table)).scalar()
                found = b.execute(select(func.count()).select_from(table)).scalar()
                if expected != found:
                    raise InvalidInput("hub.copy_mismatch", table=table.name,
                                       copied=found, expected=expected)
        return copied
    finally:
        source.dispose()
        target.dispose()
