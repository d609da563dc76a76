"""Files written by every earlier release open, migrate, analyse, and their kit and bundle still
import (style.md: keep a sample study file from each release). The frozen files live in
tests/data/releases/<version>/, written by tests/data/make_release_files.py at each release."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from madeinlocal_desktop import __version__
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.storage.migrations import migrations

RELEASES = Path(__file__).resolve().parents[1] / "data" / "releases"
FOLDERS = sorted(p for p in RELEASES.iterdir() if p.is_dir()) if RELEASES.is_dir() else []


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(params=FOLDERS, ids=[p.name for p in FOLDERS])
def release(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, dict]:
    frozen: Path = request.param
    before = _digests(frozen)
    copy = tmp_path / frozen.name
    shutil.copytree(frozen, copy)
    yield copy, json.loads((frozen / "expected.json").read_text(encoding="utf-8"))
    assert _digests(frozen) == before, "a test changed a frozen file"


def test_this_release_has_its_frozen_files() -> None:
    assert (RELEASES / __version__ / "study.madeinlocal").is_file(), (
        f"no frozen files for {__version__}: run tests/data/make_release_files.py")


def test_the_study_file_opens_migrates_and_analyses(release: tuple[Path, dict]) -> None:
    folder, expected = release
    study = folder / "study.madeinlocal"
    pending = [m.name for m in migrations._migrations if m.name not in expected["schema"]]
    with Project.open(study) as project:
        assert project._db.schema_steps() == [m.name for m in migrations._migrations]
        assert (project.study.id, project.study.name) == (expected["study"]["id"],
                                                          expected["study"]["name"])
        assert sorted(b.name for b in project.businesses.list()) == expected["businesses"]
        assert len(project.interviews.list()) == expected["interviews"]
        assert len(project.respondents.list()) == expected["respondents"]
        assert project.io.settings().method == expected["io_method"]
        result = project.analysis.run(bootstrap=0).to_dict()
    assert result["n"] == expected["n"]
    assert result["missing"]["counts"]["respend_share"] == expected["missing_respend"]
    # Same data, same figure: a method changed on purpose updates this on purpose.
    assert result["lm3"]["ratio_of_totals"] == pytest.approx(expected["lm3"], abs=1e-9)
    backups = sorted(p.name for p in folder.glob("*.bak"))
    assert backups == ([f"study.before-{pending[0]}.madeinlocal.bak"] if pending else [])


def test_its_kit_makes_a_surveyors_file_and_its_bundle_imports(release: tuple[Path, dict],
                                                               tmp_path: Path) -> None:
    folder, expected = release
    made = tmp_path / "new-surveyor.madeinlocal"
    with Project.create_from_kit(folder / "study.mlkit", made) as surveyor:
        assert surveyor.study.name == expected["kit_study"]
        assert surveyor.study.id == expected["study"]["id"]
        first = surveyor.sync.import_bundles([folder / "surveyor.mlbundle"])
        assert first[0].status == "imported", first[0].summary()
        assert {b.name for b in surveyor.businesses.list()} >= set(expected["bundle_adds"])
    with Project.open(folder / "study.madeinlocal") as coordinator:
        report = coordinator.sync.import_bundles([folder / "surveyor.mlbundle"])
        assert report[0].status == "imported", report[0].summary()
        names = {b.name for b in coordinator.businesses.list()}
        again = coordinator.sync.import_bundles([folder / "surveyor.mlbundle"])
        assert again[0].status == "already imported"
        assert coordinator.analysis.run(bootstrap=0).n == expected["n"] + 1
    assert names == set(expected["businesses"]) | set(expected["bundle_adds"])


def test_a_later_schema_step_migrates_the_frozen_file(release: tuple[Path, dict],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """What the next release will do: one more migration, run on the old file after a
    backup, the data intact."""
    from madeinlocal_desktop.storage import database
    from madeinlocal_desktop.storage import migrations as migration_module

    folder, expected = release
    later = migration_module.Migrations(migration_module.MIGRATION_SET)
    for step in migrations._migrations:
        later(name=step.name)(step.fn)

    @later()
    def m999_next_release(db) -> None:  # type: ignore[no-untyped-def]
        db.execute("ALTER TABLE businesses ADD COLUMN website TEXT")

    monkeypatch.setattr(database, "migrations", later)
    with Project.open(folder / "study.madeinlocal") as project:
        assert project._db.schema_steps()[-1] == "m999_next_release"
        assert sorted(b.name for b in project.businesses.list()) == expected["businesses"]
    # The backup is named after the first step the file lacked (a release may add several).
    assert list(folder.glob("study.before-m*.madeinlocal.bak"))
