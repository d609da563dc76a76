"""Opening a study file: checks, pragmas, migrations with a backup first, newer files refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..errors import InvalidInput, NewerFileError, NotFound, StudyFileError
from .migrations import MIGRATION_SET, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
STUDY_SUFFIX = ".madeinlocal"


@dataclass(frozen=True)
class WriteContext:
    """Who is writing, from which device: stamped on every change and history row."""

    who: str
    device: str


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class StudyDatabase:
    """A study file on disk. Every multi-step write goes through `atomic()`."""

    def __init__(self, path: str | Path, *, create: bool = False) -> None:
        self.path = Path(path)
        if create:
            if self.path.exists():
                raise InvalidInput(f"{self.path.name} already exists: choose another file name")
            if not self.path.parent.is_dir():
                raise NotFound(f"The folder {self.path.parent} does not exist")
        else:
            _check_study_file(self.path)
        # One worker thread owns the connection, but not necessarily the thread that opened it.
        conn = sqlite3.connect(str(self.path), check_same_thread=False)
        self.db = Database(conn)
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 5000")
            if create:
                with self.db.ensure_autocommit_on():
                    self.db.execute("PRAGMA journal_mode = WAL")
            else:
                self._refuse_newer()
            self._migrate(backup=not create)
        except sqlite3.DatabaseError as error:
            conn.close()
            raise StudyFileError(
                f"{self.path.name} is not a readable study file ({error})"
            ) from error
        except BaseException:
            conn.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        with self.db.atomic() as db:
            yield db

    def _refuse_newer(self) -> None:
        applied = {m.name for m in migrations.applied(self.db)}
        if not applied and "study" not in self.db.table_names():
            raise StudyFileError(f"{self.path.name} is not a Made in Local study file")
        known = {m.name for m in migrations._migrations}
        unknown = sorted(applied - known)
        if unknown:
            raise NewerFileError(
                f"{self.path.name} was written by a newer version of Made in Local "
                f"(schema step {unknown[-1]!r}). Install the latest version to open it; "
                "the file was not changed."
            )

    def _migrate(self, *, backup: bool) -> None:
        pending = migrations.pending(self.db)
        if not pending:
            return
        if backup:
            self.backup_to(self.path.with_name(
                f"{self.path.stem}.before-{pending[0].name}{self.path.suffix}.bak"))
        with self.db.ensure_autocommit_on():
            self.db.execute("PRAGMA journal_mode = WAL")
        migrations.apply(self.db)

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the whole file (SQLite's online backup, safe with WAL)."""
        tmp = target.with_name(target.name + ".part")
        dest = sqlite3.connect(str(tmp))
        try:
            self.db.conn.backup(dest)
        finally:
            dest.close()
        shutil.move(str(tmp), str(target))

    # -- small helpers for the noun modules ---------------------------------------------------

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", [key])
        return rows[0]["value"] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def schema_steps(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]


def _check_study_file(path: Path) -> None:
    if not path.exists():
        raise NotFound(f"No study file at {path}")
    if path.is_dir():
        raise StudyFileError(f"{path} is a folder, not a study file")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StudyFileError(f"{path.name} is not a Made in Local study file")


def dumps(value: Any) -> str:
    """Canonical JSON for columns that hold structures (version vectors, lists)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


__all__ = ["MIGRATION_SET", "StudyDatabase", "WriteContext", "dumps", "utc_now"]
