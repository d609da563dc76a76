"""The study file on disk: pragmas, exact money, history, versions, migrations, refusals."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from madeinlocal_desktop.domain import (
    Business,
    Interview,
    InterviewStatus,
    Ownership,
    SpendLine,
    new_id,
)
from madeinlocal_desktop.errors import InvalidInput, NewerFileError, NotFound, StudyFileError
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.storage import migrations as migration_module


def make_project(path: Path, device: str = "dev-a") -> Project:
    return Project.new_study(path, "Centre-ville", 2025, ["86194"], "Poitiers",
                             who="Camille", device=device)


def add_shop(project: Project, name: str = "Boulangerie") -> Business:
    return project.businesses.save(Business(new_id(), name, naf="10.71C", commune="86194")).value


def raw(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_new_file_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "s.madeinlocal"
    with make_project(path) as project:
        assert project._db.query("PRAGMA foreign_keys")[0]["foreign_keys"] == 1
    assert raw(path, "PRAGMA journal_mode")[0][0] == "wal"


def test_money_is_stored_exactly_in_cents(tmp_path: Path) -> None:
    path = tmp_path / "s.madeinlocal"
    with make_project(path) as project:
        shop = add_shop(project)
        lines = [SpendLine(new_id(), "supplies", 10, 0.5), SpendLine(new_id(), "supplies", 20, 0.5)]
        project.interviews.save(Interview(new_id(), shop.id, "2026-03-02",
                                          turnover_excl_vat=1_234_567_89, lines=lines))
    assert raw(path, "SELECT sum(amount_cents) FROM spend_lines") == [(30,)]
    assert raw(path, "SELECT typeof(turnover_cents) FROM interviews") == [("integer",)]


def test_every_change_is_in_history_with_who_device_old_and_new(tmp_path: Path) -> None:
    path = tmp_path / "s.madeinlocal"
    with make_project(path) as project:
        shop = add_shop(project)
        project.businesses.save(dataclasses.replace(shop, name="Boulangerie Martin"))
        history = project.history("businesses", shop.id)
    assert [h["field"] for h in history] == ["*created*", "name"]
    change = history[1]
    assert (change["old"], change["new"]) == ("Boulangerie", "Boulangerie Martin")
    assert (change["who"], change["device"]) == ("Camille", "dev-a")


def test_version_vector_counts_saves_per_device(tmp_path: Path) -> None:
    path = tmp_path / "s.madeinlocal"
    with make_project(path) as project:
        shop = add_shop(project)
        project.businesses.save(dataclasses.replace(shop, name="B2"))
        project.businesses.save(dataclasses.replace(shop, name="B2"))  # no change: no bump
    with Project.open(path, device="dev-b") as project:
        project.businesses.save(dataclasses.replace(shop, name="B3"))
    assert raw(path, "SELECT version FROM businesses") == [('{"dev-a":2,"dev-b":1}',)]


def test_deleting_leaves_a_tombstone(tmp_path: Path) -> None:
    path = tmp_path / "s.madeinlocal"
    with make_project(path) as project:
        shop = add_shop(project)
        project.businesses.delete(shop.id)
        assert project.businesses.list() == []
        with pytest.raises(NotFound):
            project.businesses.get(shop.id)
    assert raw(path, "SELECT deleted FROM businesses") == [(1,)]


def test_removed_interview_lines_become_tombstones(tmp_path: Path) -> None:
    path = tmp_path / "s.madeinlocal"
    with make_project(path) as project:
        shop = add_shop(project)
        keep, drop = SpendLine(new_id(), "wages", 100, 1.0), SpendLine(new_id(), "rent", 50, 1.0)
        interview = Interview(new_id(), shop.id, "2026-03-02", lines=[keep, drop])
        project.interviews.save(interview)
        project.interviews.save(dataclasses.replace(interview, lines=[keep]))
        assert [line.id for line in project.interviews.get(interview.id).lines] == [keep.id]


@pytest.mark.parametrize(("change", "field"), [
    ({"turnover_excl_vat": -1}, "turnover"),
    ({"lines": [SpendLine("x", "wages", -5, 0.5)]}, "lines[0].amount"),
    ({"lines": [SpendLine("x", "wages", 5, 1.3)]}, "lines[0].local_share"),
    ({"lines": [SpendLine("x", "no_such_category", 5, 0.3)]}, "lines[0].category"),
])
def test_invalid_interview_is_refused_and_nothing_saved(tmp_path: Path, change: dict,
                                                        field: str) -> None:
    with make_project(tmp_path / "s.madeinlocal") as project:
        shop = add_shop(project)
        interview = Interview(new_id(), shop.id, "2026-03-02", consent=True,
                              status=InterviewStatus.COMPLETE)
        with pytest.raises(InvalidInput) as error:
            project.interviews.save(dataclasses.replace(interview, **change))
        assert error.value.field == field
        assert project.interviews.list() == []


def test_business_checks_siret_key_and_naf(tmp_path: Path) -> None:
    with make_project(tmp_path / "s.madeinlocal") as project:
        with pytest.raises(InvalidInput, match="SIRET"):
            project.businesses.save(Business(new_id(), "Shop", siret="73282932000075"))
        with pytest.raises(InvalidInput, match="NAF"):
            project.businesses.save(Business(new_id(), "Shop", naf="47-24"))
        saved = project.businesses.save(Business(new_id(), "Shop", siret="732 829 320 00074",
                                                 naf="4724z", ownership=Ownership.FRANCHISE)).value
        assert (saved.siret, saved.naf) == ("73282932000074", "47.24Z")


def test_file_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s.madeinlocal"
    make_project(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('madeinlocal', 'm099_from_the_future', '2030-01-01')")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerFileError, match="newer version"):
        Project.open(path)
    assert path.read_bytes() == before


def test_backup_is_taken_before_migrating(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "s.madeinlocal"
    with make_project(path) as project:
        add_shop(project, "Avant migration")

    extra = migration_module.Migrations(migration_module.MIGRATION_SET)
    for step in migration_module.migrations._migrations:
        extra(name=step.name)(step.fn)

    @extra()
    def m002_add_phone(db) -> None:
        db["businesses"].add_column("phone", str)

    monkeypatch.setattr("madeinlocal_desktop.storage.database.migrations", extra)
    with Project.open(path) as project:
        assert project._db.schema_steps()[-1] == "m002_add_phone"
    backups = list(tmp_path.glob("*.bak"))
    assert [b.name for b in backups] == ["s.before-m002_add_phone.madeinlocal.bak"]
    assert raw(backups[0], "SELECT name FROM businesses") == [("Avant migration",)]
    assert "phone" not in [c[1] for c in raw(backups[0], "PRAGMA table_info(businesses)")]


def test_not_a_study_file_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.madeinlocal"
    text.write_text("hello")
    with pytest.raises(StudyFileError, match="not a Made in Local study"):
        Project.open(text)
    other = tmp_path / "other.madeinlocal"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StudyFileError):
        Project.open(other)
    with pytest.raises(NotFound):
        Project.open(tmp_path / "missing.madeinlocal")


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.madeinlocal"
    make_project(path).close()
    before = path.read_bytes()
    with pytest.raises(InvalidInput, match="already exists"):
        make_project(path)
    assert path.read_bytes() == before


def test_an_interview_without_consent_stays_a_draft_and_is_not_analysed(tmp_path: Path) -> None:
    with make_project(tmp_path / "s.madeinlocal") as project:
        shop = add_shop(project)
        lines = [SpendLine(new_id(), "wages", 30_000_00, 1.0, 0.5)]
        refused = Interview(new_id(), shop.id, "2026-03-02", consent=False,
                            status=InterviewStatus.COMPLETE, turnover_excl_vat=100_000_00,
                            lines=lines)
        with pytest.raises(InvalidInput, match="consent") as error:
            project.interviews.save(refused)
        assert error.value.field == "consent"
        project.interviews.save(dataclasses.replace(refused, status=InterviewStatus.DRAFT))
        with pytest.raises(InvalidInput, match="No interview can be analysed"):
            project.analysis.run(bootstrap=0)
