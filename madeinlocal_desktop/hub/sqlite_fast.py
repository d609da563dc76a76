"""The hub's busiest statements on SQLite, run on the pooled connection's own driver handle.

On SQLite, SQLAlchemy Core costs about 0.2 ms a statement (building it, its cache key, its
execution context, the BEGIN and ROLLBACK it adds), ten times what SQLite takes to run a token
check or an audit line; a pull page is four statements and a push five. These few run here as
plain SQL instead, in the same transactions and under the same constraints as store.py's
portable versions, which PostgreSQL keeps. The driver's errors come out as SQLAlchemy's, so
that the app answers them as before (503 for a database that is locked or gone).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from .models import INDEX_COLUMN_NAMES

# SQLite has one writer at a time. Writers of this process queue here, and wake as soon as the
# file is free, instead of sleeping in SQLite's busy handler (whose waits grow to 100 ms and
# made the tail of push latencies); other processes still meet the busy timeout.
WRITER = threading.Lock()

_COLUMNS = ", ".join(f'"{name}"' for name in INDEX_COLUMN_NAMES)
MEMBER = ("SELECT id, study_id, name, role, device FROM members "
          "WHERE token_hash = ? AND revoked_at IS NULL")
# The keyset page encoded as JSON by SQLite itself (in C, in the subquery's order), its row
# count and last cursor, and the study's latest cursor: one statement, one snapshot.
PAGE = (f"SELECT json_group_array(json_array({_COLUMNS})), count(*), max(\"cursor\"), "
        "(SELECT max(\"cursor\") FROM bundles WHERE study_id = ?) "
        f"FROM (SELECT {_COLUMNS} FROM bundles WHERE study_id = ? AND \"cursor\" > ? "
        "ORDER BY \"cursor\" LIMIT ?)")
AUDIT = ("INSERT INTO audit (at, study_id, member_id, actor, action, detail) "
         "VALUES (?, ?, ?, ?, ?, ?)")
BUNDLE = ("INSERT INTO bundles (study_id, bundle_id, sha256, size, device, sequence, "
          "encrypted, member_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
BUNDLE_DATA = "INSERT INTO bundle_data (\"cursor\", data) VALUES (?, ?)"


@contextlib.contextmanager
def driver(engine: Engine) -> Iterator[Any]:
    """The sqlite3 connection of a pooled connection, outside any transaction (the pool
    hands it back rolled back), its errors raised as SQLAlchemy's."""
    errors = engine.dialect.loaded_dbapi.Error
    with engine.connect() as connection:
        try:
            yield connection.connection.driver_connection
        except errors as error:
            raise DBAPIError.instance(None, None, error, errors) from error


@contextlib.contextmanager
def transaction(handle: Any, begin: str = "BEGIN") -> Iterator[Any]:
    handle.execute(begin)
    try:
        yield handle
        handle.execute("COMMIT")
    finally:
        if handle.in_transaction:
            handle.execute("ROLLBACK")


@contextlib.contextmanager
def writing(engine: Engine) -> Iterator[Any]:
    """A write transaction holding the write lock from its start (store.writing's rule: the
    process's lock first, then a connection)."""
    with WRITER, driver(engine) as handle, transaction(handle, "BEGIN IMMEDIATE"):
        yield handle


def member_row(handle: Any, token_hash: str) -> tuple[Any, ...] | None:
    row: tuple[Any, ...] | None = handle.execute(MEMBER, (token_hash,)).fetchone()
    return row


def page(handle: Any, study_id: str, after: int, limit: int) -> tuple[str, int, int, int]:
    """(rows as a JSON array of arrays, their count, the last cursor, the study's latest)."""
    encoded, count, last, latest = handle.execute(
        PAGE, (study_id, study_id, after, limit)).fetchone()
    if not count:
        return "[]", 0, after, int(latest or 0)
    return encoded, int(count), int(last), int(latest)


def add_audit(handle: Any, rows: list[tuple[Any, ...]]) -> None:
    handle.executemany(AUDIT, rows)


def add_bundle(handle: Any, values: tuple[Any, ...], data: bytes) -> int:
    cursor = int(handle.execute(BUNDLE, values).lastrowid)
    handle.execute(BUNDLE_DATA, (cursor, data))
    return cursor
