"""Opening a study file: checks, pragmas, migrations with a backup first, newer files refused.

Two programs may write one study file at once (the app autosaving, `madeinlocal import`, a
second window). Every write transaction therefore takes SQLite's write lock when it begins
(`BEGIN IMMEDIATE`) and waits for it up to the busy timeout: a transaction that read first and
asked for the lock later would be refused at once, without waiting, whenever another program
had written meanwhile. A writer that still cannot get the lock raises `storage.locked` and has
changed nothing; a read-only medium, a full disk and other write failures have their own codes
(`WRITE_FAILURES`), so a form can tell the surveyor what to do and try again.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .. import paths
from ..errors import InvalidInput, NewerFileError, NotFound, StudyFileError
from . import cipher
from .migrations import MIGRATION_SET, migrations

SQLITE_HEADER = cipher.SQLITE_HEADER
STUDY_SUFFIX = ".madeinlocal"
BUSY_TIMEOUT_MS = 5000  # how long a writer waits for another program's write to finish

# Codes of the errors a write can meet that are not the data's fault: worth trying again.
LOCKED, READ_ONLY, DISK_FULL, WRITE_FAILED = (
    "storage.locked", "storage.read_only", "storage.disk_full", "storage.write_failed")
WRITE_FAILURES = frozenset({LOCKED, READ_ONLY, DISK_FULL, WRITE_FAILED})
_BY_SQLITE_CODE = {
    sqlite3.SQLITE_BUSY: LOCKED, sqlite3.SQLITE_LOCKED: LOCKED,
    sqlite3.SQLITE_READONLY: READ_ONLY, sqlite3.SQLITE_FULL: DISK_FULL,
    sqlite3.SQLITE_IOERR: WRITE_FAILED, sqlite3.SQLITE_CANTOPEN: WRITE_FAILED,
}


@dataclass(frozen=True)
class WriteContext:
    """Who is writing, from which device: stamped on every change and history row."""

    who: str
    device: str


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class _Connection(Database):
    """sqlite-utils' Database whose transactions take the write lock up front.

    sqlite-utils' own helpers (its migrations' bookkeeping, table methods) open their
    transactions through `atomic()`, so they get the same behaviour. The connection runs in
    autocommit mode: no statement ever opens a transaction behind our back.
    """

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:  # nested: a savepoint inside the caller's transaction
            with super().atomic() as db:
                yield db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            if self.conn.in_transaction:  # executescript() may have committed already
                self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def write_failure(error: Exception, name: str) -> StudyFileError | None:
    """The user-facing error for a write that SQLite refused for reasons outside the data."""
    code = getattr(error, "sqlite_errorcode", None)
    if not isinstance(error, cipher.OPERATIONAL_ERRORS) or code is None:
        return None
    found = _BY_SQLITE_CODE.get(code & 0xFF)  # extended codes keep the primary in their low byte
    if found is None:
        return None
    return StudyFileError(found, name=name, seconds=BUSY_TIMEOUT_MS / 1000,
                          reason=str(error))


class StudyDatabase:
    """A study file on disk. Every multi-step write goes through `atomic()`.

    With a `passphrase`, a new file is encrypted (SQLCipher); an existing file is opened
    encrypted or plain as it is, and an encrypted one needs its passphrase."""

    def __init__(self, path: str | Path, *, create: bool = False,
                 passphrase: str | None = None) -> None:
        self.path = Path(path)
        if create:
            if self.path.exists():
                raise InvalidInput("storage.exists", name=self.path.name)
            if not self.path.parent.is_dir():
                raise NotFound("storage.no_folder", folder=str(self.path.parent))
            paths.create_private(self.path)  # owner-only before SQLite writes a byte
        else:
            check_study_file(self.path, encrypted_ok=True)
        # One worker thread owns the connection, but not necessarily the thread that opened it.
        options: dict[str, Any] = {"check_same_thread": False, "isolation_level": None,
                                   "timeout": BUSY_TIMEOUT_MS / 1000}
        try:
            key: str | None = None
            if create and passphrase:
                key = passphrase if cipher.is_raw_key(passphrase) else cipher.new_key(passphrase)
                conn = cipher.connect(str(self.path), key, **options)
                cipher.check_key(conn, self.path.name)
            elif create:
                conn = sqlite3.connect(str(self.path), **options)
            else:
                conn, key = cipher.open_keyed(self.path, passphrase, **options)
        except cipher.DATABASE_ERRORS as error:
            raise StudyFileError("storage.unreadable", name=self.path.name,
                                 reason=str(error)) from error
        self.encrypted = not isinstance(conn, sqlite3.Connection)
        # The derived key, not the passphrase: copies and reopenings skip the derivation.
        self.passphrase = key if self.encrypted else None
        try:
            self.db = _Connection(conn)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
            if create:
                self.db.execute("PRAGMA journal_mode = WAL")
            else:
                self._refuse_newer()
                self._use_wal()
            self._migrate(backup=not create)
        except cipher.DATABASE_ERRORS as error:
            conn.close()
            failure = write_failure(error, self.path.name)
            if failure is not None:
                raise failure from error
            raise StudyFileError("storage.unreadable", name=self.path.name,
                                 reason=str(error)) from error
        except BaseException:
            conn.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One write transaction, holding the write lock from its first statement."""
        try:
            with self.db.atomic() as db:
                yield db
        except cipher.OPERATIONAL_ERRORS as error:
            failure = write_failure(error, self.path.name)
            if failure is None:
                raise
            raise failure from error

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """For a write of hundreds of thousands of rows (an import): SQLite's page cache made
        large enough for the indexes it touches again and again, then given back. With the
        2 MiB default they were spilled and read back: 100,000 interviews (1.2 million lines)
        went in in 24.6 s, 19 s with 128 MiB. Pages are taken only as needed."""
        (previous,) = self.db.execute("PRAGMA cache_size").fetchone()
        self.db.execute(f"PRAGMA cache_size = {-_BULK_CACHE_KIB}")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA cache_size = {int(previous)}")

    def _refuse_newer(self) -> None:
        applied = {m.name for m in migrations.applied(self.db)}
        if not applied and "study" not in self.db.table_names():
            raise StudyFileError("storage.not_a_study", name=self.path.name)
        known = {m.name for m in migrations._migrations}
        unknown = sorted(applied - known)
        if unknown:
            raise NewerFileError("storage.newer", name=self.path.name, step=unknown[-1])

    def _use_wal(self) -> None:
        """A copy or a backup is one plain file; used as a study, it goes back to WAL (readers
        never wait for a writer). A file that cannot be written stays as it is, readable."""
        mode = self.db.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
            except cipher.OPERATIONAL_ERRORS as error:
                if write_failure(error, self.path.name) is None:
                    raise

    def _migrate(self, *, backup: bool) -> None:
        pending = migrations.pending(self.db)
        if not pending:
            return
        if not backup:  # a new file: nobody else has it open yet
            migrations.apply(self.db)
            return
        self.backup_to(self.path.with_name(
            f"{self.path.stem}.before-{pending[0].name}{self.path.suffix}.bak"))
        self.db.execute("PRAGMA journal_mode = WAL")
        # Under the write lock, and only what is still pending then: another program opening
        # the same file at the same moment may have migrated it while this one waited.
        with self.atomic():
            if migrations.pending(self.db):
                migrations.apply(self.db)

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the whole file (SQLite's online backup, safe with WAL), as one
        self-contained file: it is reopened in WAL mode when it is used as a study. The copy
        of an encrypted study is encrypted with the same passphrase."""
        # A name of its own: two programs may back the same file up at the same moment.
        tmp = target.with_name(f"{target.name}.{secrets.token_hex(4)}.part")
        try:
            paths.create_private(tmp)
            dest = (cipher.connect(str(tmp), self.passphrase, isolation_level=None)
                    if self.passphrase else sqlite3.connect(str(tmp), isolation_level=None))
            try:
                self.db.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)

    # -- small helpers for the noun modules ---------------------------------------------------

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def rows(self, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
        """`query` a row at a time: for long reads turned into something else as they come
        (a list of 100,000 dicts, made then dropped whole, held the interpreter ~30 ms)."""
        return self.db.query(sql, params)

    def meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", [key])
        return rows[0]["value"] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.atomic():  # inside the caller's transaction when there is one
            self.db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def schema_steps(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]


_BULK_CACHE_KIB = 128 * 1024
# SQLite's default limit on bound parameters is 999 in older builds: lists go in slices.
_IDS_PER_QUERY = 500


def id_chunks(ids: Sequence[str]) -> Iterator[tuple[list[str], str]]:
    """`ids` in slices that fit SQLite's parameter limit, each with its `?,?,…` list."""
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = list(ids[start:start + _IDS_PER_QUERY])
        yield chunk, ",".join("?" * len(chunk))


def check_study_file(path: Path, *, encrypted_ok: bool = False) -> None:
    """Refuse what cannot be a study file before SQLite touches it; with `encrypted_ok`, a
    file shaped like an encrypted study passes (its passphrase is checked on opening)."""
    if not path.exists():
        raise NotFound("storage.missing", path=str(path))
    if path.is_dir():
        raise StudyFileError("storage.is_folder", path=str(path))
    if cipher.is_plain(path):
        return
    if encrypted_ok and cipher.looks_encrypted(path):
        return
    raise StudyFileError("storage.not_a_study", name=path.name)


def is_encrypted(path: str | Path) -> bool:
    """Whether the study file at `path` needs a passphrase (cheap: its first bytes)."""
    path = Path(path)
    return path.is_file() and cipher.looks_encrypted(path)


def dumps(value: Any) -> str:
    """Canonical JSON for columns that hold structures (version vectors, lists)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


__all__ = ["MIGRATION_SET", "WRITE_FAILURES", "StudyDatabase", "WriteContext", "dumps",
           "is_encrypted", "utc_now", "write_failure"]
