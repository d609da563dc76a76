"""Files that hold interviews are readable by their owner only (POSIX modes)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from madeinlocal_desktop.project import Project
from tests.io_support import make_study

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def permissive_umask():
    """A system that creates files readable by everyone (the usual 022) must not matter."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_study_file_and_its_journal_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "study.madeinlocal"
    with make_study(path):
        wal = Path(str(path) + "-wal")
        assert mode(path) == 0o600
        assert wal.exists() and mode(wal) == 0o600


def test_copies_kits_and_bundles_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "study.madeinlocal"
    make_study(path).close()
    out = tmp_path / "out"
    out.mkdir()
    with Project.open(path, who="Camille", device="laptop-1") as project:
        backup = project.backups.backup(out)
        kit = project.exchange.export_kit(out / "study.mlkit")
        bundle = project.sync.make_bundle(out)
    written = [backup, kit, Path(bundle.path)]
    assert all(p.exists() for p in written)
    assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}


def test_a_study_restored_from_a_copy_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "study.madeinlocal"
    make_study(path).close()
    copies = tmp_path / "copies"
    copies.mkdir()
    with Project.open(path) as project:
        restored = project.backups.restore(project.backups.backup(copies))
    assert mode(restored) == 0o600
