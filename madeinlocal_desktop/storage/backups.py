"""Copies of a study file: backups named with their date, the rotating daily copies, and what
a copy holds (read without changing it, so an old copy is never migrated by looking at it).

Every copy goes through SQLite's online backup (`StudyDatabase.backup_to`), which is consistent
even while the app is writing; a copy never replaces an existing file.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..errors import InvalidInput, StudyFileError
from . import cipher
from .database import STUDY_SUFFIX, StudyDatabase, check_study_file

_DATED = re.compile(r"^(?P<stem>.+)-(?P<date>\d{4}-\d{2}-\d{2})(?:-(?P<n>\d+))?$")


@dataclass(frozen=True)
class CopySummary:
    """What a study file holds, read-only."""

    path: Path
    study_id: str
    study_name: str
    businesses: int
    interviews: int
    respondents: int
    last_change: str | None  # the latest change recorded in its history (ISO, UTC)
    day: dt.date | None  # the date in its name, for dated copies


def copy_to(sdb: StudyDatabase, target: Path) -> Path:
    """A consistent copy of the open study at `target`, which must not exist yet."""
    target = Path(target)
    if target.resolve() == sdb.path.resolve():
        raise InvalidInput("storage.copy_over_itself")
    if target.exists():
        raise InvalidInput("storage.copy_exists", name=target.name)
    if not target.parent.is_dir():
        raise InvalidInput("storage.no_folder", folder=str(target.parent))
    try:
        sdb.backup_to(target)
    except OSError as error:
        raise StudyFileError("storage.backup_folder", folder=str(target.parent),
                             reason=error.strerror or str(error)) from error
    return target


def free_name(folder: Path, stem: str, day: dt.date) -> Path:
    """`stem-YYYY-MM-DD.madeinlocal` in folder, or `…-2`, `…-3` if taken: never overwrite."""
    path = folder / f"{stem}-{day.isoformat()}{STUDY_SUFFIX}"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{day.isoformat()}-{number}{STUDY_SUFFIX}"
        number += 1
    return path


def dated_copy(sdb: StudyDatabase, folder: Path, day: dt.date) -> Path:
    """`madeinlocal backup STUDY DIR`: a copy named with the study's file name and the date."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInput("storage.no_folder", folder=str(folder))
    return copy_to(sdb, free_name(folder, sdb.path.stem, day))


def rotate(sdb: StudyDatabase, folder: Path, day: dt.date, keep: int) -> Path | None:
    """One copy a day of this study in `folder`, keeping the last `keep` days' copies.

    Returns the copy made today, None when today's copy exists already."""
    folder.mkdir(parents=True, exist_ok=True)
    made = None
    if not any(d == day for d, _ in _dated(folder)):
        made = copy_to(sdb, free_name(folder, sdb.path.stem, day))
    days = sorted({d for d, _ in _dated(folder)}, reverse=True)
    for old_day, path in _dated(folder):
        if old_day not in days[:max(1, keep)]:
            path.unlink(missing_ok=True)
    return made


def _dated(folder: Path) -> list[tuple[dt.date, Path]]:
    found = []
    for path in folder.glob(f"*{STUDY_SUFFIX}"):
        match = _DATED.match(path.name[:-len(STUDY_SUFFIX)])
        if match:
            try:
                found.append((dt.date.fromisoformat(match["date"]), path))
            except ValueError:
                continue
    return found


def summary(path: Path, passphrase: str | None = None) -> CopySummary:
    """Read a study file's name and counts without writing to it (nor migrating it)."""
    path = Path(path)
    check_study_file(path, encrypted_ok=True)
    try:
        conn = _read_only(path, passphrase)
    except cipher.ERRORS as error:
        raise StudyFileError("storage.unreadable", name=path.name, reason=str(error)) from error
    try:
        study = conn.execute("SELECT id, name FROM study WHERE deleted = 0").fetchone()
        if study is None:
            raise StudyFileError("storage.no_study", name=path.name)
        counts = [conn.execute(f"SELECT COUNT(*) FROM {table} WHERE deleted = 0").fetchone()[0]
                  for table in ("businesses", "interviews", "respondents")]
        last = conn.execute("SELECT MAX(at) FROM history").fetchone()[0]
    except cipher.DATABASE_ERRORS as error:
        raise StudyFileError("storage.unreadable", name=path.name, reason=str(error)) from error
    finally:
        conn.close()
    match = _DATED.match(path.name[:-len(STUDY_SUFFIX)]) if path.name.endswith(
        STUDY_SUFFIX) else None
    day = None
    if match:
        try:
            day = dt.date.fromisoformat(match["date"])
        except ValueError:
            day = None
    return CopySummary(path=path, study_id=str(study[0]), study_name=str(study[1]),
                       businesses=int(counts[0]), interviews=int(counts[1]),
                       respondents=int(counts[2]), last_change=last, day=day)


def _read_only(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """A connection that writes nothing, not even the -shm and -wal files beside the file,
    unless a -wal is there already (a file being written, whose latest pages are in it)."""
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?{flags}"
    if cipher.is_plain(path):
        return sqlite3.connect(uri, uri=True)
    if not passphrase:
        raise StudyFileError("storage.encrypted", name=path.name)
    conn = cipher.connect(uri, passphrase, uri=True)
    try:
        cipher.check_key(conn, path.name)
    except BaseException:
        conn.close()
        raise
    return conn


def restore_copy(source: Path, target: Path, passphrase: str | None = None) -> Path:
    """Write the backup `source` to the new file `target` (never over an existing file); an
    encrypted copy stays encrypted with the same passphrase."""
    target = Path(target)
    if target.exists():
        raise InvalidInput("storage.copy_exists", name=target.name)
    check_study_file(source, encrypted_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        src = _read_only(Path(source), passphrase)
        try:
            tmp.unlink(missing_ok=True)  # a .part left by a crash
            paths.create_private(tmp)
            dest = (sqlite3.connect(str(tmp)) if isinstance(src, sqlite3.Connection)
                    else cipher.connect(str(tmp), passphrase or ""))
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
        tmp.replace(target)
    except cipher.DATABASE_ERRORS as error:
        raise StudyFileError("storage.unreadable", name=Path(source).name,
                             reason=str(error)) from error
    finally:
        tmp.unlink(missing_ok=True)
    return target
