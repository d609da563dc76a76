"""Every migration written in storage/migrations.py runs on a new study file, in order."""

from __future__ import annotations

import inspect
import re
import sqlite3
from pathlib import Path

from madeinlocal_desktop.storage import migrations
from madeinlocal_desktop.storage.database import StudyDatabase


def test_a_new_file_has_applied_every_migration_of_the_module(tmp_path: Path) -> None:
    written = [name for name, _ in inspect.getmembers(migrations, inspect.isfunction)
               if re.fullmatch(r"m\d{3}_\w+", name)]
    path = tmp_path / "new.madeinlocal"
    StudyDatabase(path, create=True).close()
    with sqlite3.connect(path) as conn:
        applied = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations ORDER BY applied_at, rowid")]
    assert applied == sorted(written)  # a forgotten @migrations() would be missing here
