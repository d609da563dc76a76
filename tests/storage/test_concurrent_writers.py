"""Two writers on one study file: they wait for each other, and one that cannot get the lock
says so in one line and changes nothing."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from madeinlocal_desktop import language
from madeinlocal_desktop.domain import Business, Interview, new_id
from madeinlocal_desktop.errors import StudyFileError
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.storage import database

from . import concurrent_writers


def _study(path: Path) -> Path:
    with Project.new_study(path, "Centre-ville", 2025, ["86194"], "Poitiers") as project:
        project.businesses.save(Business("shop-1", "Boulangerie", naf="10.71C",
                                         commune="86194"))
    return path


def _hold_write_lock(path: Path, seconds: float, started: threading.Event) -> None:
    """Another program's write transaction: it writes, then commits `seconds` later."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO meta (key, value) VALUES ('other-program', 'x')")
        started.set()
        time.sleep(seconds)
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_a_save_that_reads_first_waits_for_the_other_writer(tmp_path: Path) -> None:
    path = _study(tmp_path / "s.madeinlocal")
    with Project.open(path) as project:
        # The save reads the existing rows first: with a deferred BEGIN it was refused at once
        # ("database is locked") as soon as another program had written meanwhile.
        project.interviews.list()
        started = threading.Event()
        other = threading.Thread(target=_hold_write_lock, args=(path, 0.8, started))
        other.start()
        started.wait(5)
        begun = time.monotonic()
        project.interviews.save(Interview(new_id(), "shop-1", "2026-03-02",
                                          turnover_excl_vat=1_000_00))
        waited = time.monotonic() - begun
        other.join()
        assert waited >= 0.5  # it waited for the other program's commit, then saved
        assert len(project.interviews.list()) == 1
        assert project._db.meta("other-program") == "x"


def test_a_writer_that_cannot_get_the_lock_says_so_and_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    path = _study(tmp_path / "s.madeinlocal")
    with Project.open(path) as project:
        started = threading.Event()
        other = threading.Thread(target=_hold_write_lock, args=(path, 2.0, started))
        other.start()
        started.wait(5)
        with pytest.raises(StudyFileError) as caught:
            project.businesses.save(Business("shop-2", "Épicerie", commune="86194"))
        other.join()
        assert caught.value.code == "storage.locked"
        assert [b.id for b in project.businesses.list()] == ["shop-1"]
        assert project.history("businesses", "shop-2") == []
    french, english = caught.value.text("fr"), caught.value.text("en")
    assert "\n" not in french and "\n" not in english
    assert french.startswith("«\u00a0s.madeinlocal\u00a0» est en cours d'écriture par un "
                             "autre programme depuis plus de 0,3\u00a0s")
    assert "rien n'a été enregistré" in french
    assert english.startswith("s.madeinlocal has been busy with another program's write for "
                              "more than 0.3 s: nothing was saved")
    assert str(caught.value) == caught.value.text(language.current())


def test_a_full_disk_and_a_read_only_file_have_their_own_words(tmp_path: Path) -> None:
    path = _study(tmp_path / "s.madeinlocal")
    with Project.open(path) as project:
        pages = project._db.query("PRAGMA page_count")[0]["page_count"]
        project._db.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "full"
        lines = [f"{n:04d} " + "x" * 4000 for n in range(200)]
        with pytest.raises(StudyFileError) as full:
            project.interviews.save(Interview(new_id(), "shop-1", "2026-03-02",
                                              notes="\n".join(lines)))
        assert full.value.code == "storage.disk_full"
        assert "Le disque qui contient «\u00a0s.madeinlocal\u00a0» est plein" \
            in full.value.text("fr")
        assert project.interviews.list() == []
        project._db.db.execute("PRAGMA query_only = ON")  # what a read-only medium answers
        with pytest.raises(StudyFileError) as read_only:
            project.businesses.save(Business("shop-2", "Épicerie", commune="86194"))
        assert read_only.value.code == "storage.read_only"
        assert "lecture seule" in read_only.value.text("fr")


def test_migrating_waits_for_the_lock_and_runs_once(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Two programs opening an old file at once: one migrates, the other finds it done."""
    from madeinlocal_desktop.storage import migrations as migration_module

    path = _study(tmp_path / "s.madeinlocal")
    extra = migration_module.Migrations(migration_module.MIGRATION_SET)
    for step in migration_module.migrations._migrations:
        extra(name=step.name)(step.fn)

    @extra()
    def m900_add_phone(db) -> None:  # type: ignore[no-untyped-def]
        db.execute("ALTER TABLE businesses ADD COLUMN phone TEXT")

    monkeypatch.setattr(database, "migrations", extra)
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            Project.open(path).close()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM _sqlite_migrations WHERE name = "
                            "'m900_add_phone'").fetchone() == (1,)
    conn.close()


def test_two_autosaving_programs_and_the_command_line_on_one_file(tmp_path: Path) -> None:
    """Real processes for a few seconds: no failed save, no traceback, nothing lost."""
    prepared = concurrent_writers.prepare(tmp_path, bundles=2)
    outcome = concurrent_writers.run(prepared, seconds=6)
    assert outcome.crashed == []
    assert outcome.failures == []
    by_name = {p["program"]: p for p in outcome.programs}
    assert set(by_name) == {"writer-1", "writer-2", "command line"}
    assert all(len(by_name[w]["acknowledged"]) > 20 for w in ("writer-1", "writer-2"))
    assert by_name["command line"]["attempted"] >= 3  # the import and both bundles ran
    assert concurrent_writers.missing_saves(prepared.study, outcome) == []
    with Project.open(prepared.study) as project:
        names = {b.name for b in project.businesses.list()}
    assert {"Librairie 0", "Épicerie 0", "Épicerie 1"} <= names
