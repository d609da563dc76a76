"""Backups: a dated copy (`madeinlocal backup`), one automatic copy a day, restoring as a new
file, and carrying on in a copy when the study file cannot be written."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from madeinlocal_desktop.domain import Business, Interview, new_id
from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.project import backups as backup_module

from . import concurrent_writers

ROOT = Path(__file__).resolve().parents[2]


def _study(path: Path, shops: int = 2) -> Path:
    with Project.new_study(path, "Centre-ville", 2025, ["86194"], "Poitiers") as project:
        for number in range(shops):
            shop = project.businesses.save(Business(new_id(), f"Boutique {number}",
                                                    commune="86194")).value
            project.interviews.save(Interview(new_id(), shop.id, "2026-03-02"))
    return path


def _cli(*args: object, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "madeinlocal_desktop.launcher",
                           *map(str, args)], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, MADEINLOCAL_HOME=str(home)), cwd=ROOT)


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        value = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE deleted = 0").fetchone()[0]
    conn.close()
    return int(value)


def test_the_backup_command_copies_with_the_date_and_never_overwrites(
        tmp_path: Path, user_home: Path) -> None:
    study = _study(tmp_path / "niort.madeinlocal")
    folder = tmp_path / "usb"
    folder.mkdir()
    today = dt.date.today().isoformat()
    first = _cli("backup", study, folder, home=user_home)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == str(folder / f"niort-{today}.madeinlocal")
    second = _cli("backup", study, folder, home=user_home)
    assert second.stdout.strip() == str(folder / f"niort-{today}-2.madeinlocal")
    copies = sorted(folder.iterdir())
    assert [c.name for c in copies] == [f"niort-{today}-2.madeinlocal",
                                        f"niort-{today}.madeinlocal"]
    assert all(_count(c, "businesses") == 2 and _count(c, "interviews") == 2 for c in copies)
    with Project.open(copies[0]) as copy:  # a study file like any other
        assert copy.study.name == "Centre-ville"


def test_a_backup_into_a_missing_folder_is_one_line_and_makes_nothing(
        tmp_path: Path, user_home: Path) -> None:
    study = _study(tmp_path / "niort.madeinlocal")
    before = study.read_bytes()
    result = _cli("backup", study, tmp_path / "nowhere", home=user_home)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"Error: The folder {tmp_path / 'nowhere'} does not exist"]
    assert not (tmp_path / "nowhere").exists()
    assert study.read_bytes() == before


def test_a_backup_while_another_program_saves_is_consistent(tmp_path: Path,
                                                            user_home: Path) -> None:
    prepared = concurrent_writers.prepare(tmp_path / "busy", bundles=1)
    writer = subprocess.Popen(
        [sys.executable, str(Path(concurrent_writers.__file__)), "autosave",
         str(prepared.study), "4", "writer-1"], stdout=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT)
    folder = tmp_path / "copies"
    folder.mkdir()
    try:
        results = [_cli("backup", prepared.study, folder, home=user_home) for _ in range(3)]
    finally:
        writer.communicate(timeout=120)
    assert [r.returncode for r in results] == [0, 0, 0], [r.stderr for r in results]
    for copy in folder.iterdir():
        with sqlite3.connect(copy) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            turnover = conn.execute("SELECT turnover_cents FROM interviews WHERE id = "
                                    "'interview-writer-1'").fetchone()
            last = conn.execute("SELECT new FROM history WHERE record_id = "
                                "'interview-writer-1' AND field = 'turnover_cents' "
                                "ORDER BY id DESC LIMIT 1").fetchone()
        conn.close()
        if last is not None:  # the row and its history were copied at the same moment
            assert turnover == (int(last[0]),)


def test_one_automatic_copy_a_day_and_the_last_days_kept(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          user_home: Path) -> None:
    study = _study(tmp_path / "niort.madeinlocal")
    start = dt.date(2026, 3, 1)
    with Project.open(study) as project:
        for offset in range(10):
            monkeypatch.setattr(backup_module, "_today", lambda o=offset: start
                                + dt.timedelta(days=o))
            made = project.backups.rotate(keep=7)
            assert made is not None and made.name == \
                f"niort-{(start + dt.timedelta(days=offset)).isoformat()}.madeinlocal"
            assert project.backups.rotate(keep=7) is None  # the same day: no second copy
        folder = project.backups.folder()
        copies = project.backups.copies()
    assert folder.is_relative_to(user_home)
    assert [c.day for c in copies] == [start + dt.timedelta(days=o) for o in range(9, 2, -1)]
    assert sorted(p.name for p in folder.iterdir()) == sorted(c.path.name for c in copies)
    assert all((c.businesses, c.interviews, c.respondents) == (2, 2, 0) for c in copies)


def test_restoring_makes_a_new_file_beside_the_study(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    study = _study(tmp_path / "niort.madeinlocal", shops=1)
    monkeypatch.setattr(backup_module, "_today", lambda: dt.date(2026, 3, 4))
    with Project.open(study) as project:
        copy = project.backups.rotate()
        assert copy is not None
        project.businesses.save(Business(new_id(), "Ajoutée après", commune="86194"))
        device = project.ctx.device
        restored = project.backups.restore(copy)
        again = project.backups.restore(copy)  # never over the first restored file
    assert restored.parent == study.parent
    assert restored.name.endswith("-2026-03-04.madeinlocal") and restored != again
    assert _count(restored, "businesses") == 1 and _count(study, "businesses") == 2
    with Project.open(restored) as back:
        assert back.ctx.device != device  # a replica of its own for synchronisation
        assert back.study.name == "Centre-ville"


def test_a_copy_of_another_study_is_not_restored(tmp_path: Path) -> None:
    study = _study(tmp_path / "niort.madeinlocal", shops=1)
    other = _study(tmp_path / "poitiers.madeinlocal", shops=1)
    before = sorted(tmp_path.iterdir())
    with Project.open(study) as project, pytest.raises(InvalidInput) as refused:
        project.backups.restore(other)
    assert refused.value.code == "storage.not_a_backup"
    assert "Centre-ville" in refused.value.text("en")
    assert sorted(tmp_path.iterdir()) == before


def test_carrying_on_in_a_copy_leaves_the_original_as_it_was(tmp_path: Path) -> None:
    study = _study(tmp_path / "niort.madeinlocal", shops=1)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with Project.open(study) as project:
        device = project.ctx.device
        before = study.read_bytes()
        with pytest.raises(InvalidInput):
            project.continue_in_copy(study)  # never over itself
        target = project.continue_in_copy(elsewhere / "niort.madeinlocal")
        project.businesses.save(Business(new_id(), "Saisie après la copie", commune="86194"))
        assert project.path == target and project.ctx.device != device
    assert study.read_bytes() == before
    assert _count(target, "businesses") == 2 and _count(study, "businesses") == 1
