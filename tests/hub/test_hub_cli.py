"""`madeinlocal hub ...`: the server's commands on its database, the app's enrol and sync, the
copy from SQLite to PostgreSQL, and migrations that refuse a newer database."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import text

from madeinlocal_desktop import language
from madeinlocal_desktop.cli import main
from madeinlocal_desktop.errors import NewerFileError, StudyFileError
from madeinlocal_desktop.hub import admin, database
from madeinlocal_desktop.sync.hub_client import HubClient
from tests.hub.hub_support import HubProcess, new_database_url, running_hub
from tests.sync.sync_helpers import add_interview, coordinator, join


def run(*args: str | Path, code: int = 0) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


@pytest.fixture(autouse=True)
def english() -> None:
    language.set_language("en")
    yield
    language.set_language(None)


def test_a_coordinator_runs_the_study_from_the_command_line(hub: HubProcess,
                                                            tmp_path: Path) -> None:
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice")
    add_interview(alice, "Boulangerie")
    alice.close()
    coord.close()
    kit, study_file = tmp_path / "study.mlkit", tmp_path / "dev-alice.madeinlocal"
    added = run("hub", "add-study", "--db", hub.db, kit).stdout
    study_id = added.split("(")[1].split(")")[0]
    assert added.startswith("Registered Centre-ville")
    assert "Already registered" in run("hub", "add-study", "--db", hub.db, kit).stdout
    assert study_id in run("hub", "studies", "--db", hub.db).stdout
    code = run("hub", "invite", "--db", hub.db, "--study", study_id, "--role", "surveyor",
               "--name", "Alice").stdout.strip()
    assert len(code) == 14 and code.count("-") == 2
    assert "invited" in run("hub", "members", "--db", hub.db, "--study", study_id).stdout
    assert "Enrolled with" in run("hub", "enrol", study_file, hub.url, code).stdout
    synced = run("hub", "sync", study_file).stdout
    assert "pushed 1" in synced
    assert "0 bundle(s) queued" in run("hub", "status", study_file).stdout
    members = run("hub", "members", "--db", hub.db, "--study", study_id).stdout
    number = next(line.split()[0] for line in members.splitlines() if "Alice" in line)
    assert "Alice  surveyor  active on dev-" in members
    assert "Revoked Alice" in run("hub", "revoke", "--db", hub.db, "--study", study_id,
                                  number).stdout
    refused = run("hub", "sync", study_file, code=2)
    assert "no longer recognises this device" in refused.stderr
    link = run("hub", "publish", "--db", hub.db, "--study", study_id).stdout.strip()
    assert link.startswith("/public/")
    audit = run("hub", "audit", "--db", hub.db, "--study", study_id).stdout
    for action in ("add-study", "invite", "enrol", "push", "pull", "revoke", "public-link"):
        assert f"  {action}  " in audit, action


def test_bad_input_is_one_line_and_changes_nothing(hub: HubProcess, tmp_path: Path) -> None:
    bad_kit = tmp_path / "bad.mlkit"
    bad_kit.write_text("{}", encoding="utf-8")
    target = tmp_path / "new-hub.db"
    result = run("hub", "add-study", "--db", f"sqlite:///{target}", bad_kit, code=2)
    assert result.stderr.count("\n") == 1 and "not a Made in Local study kit" in result.stderr
    assert not target.exists()
    wrong = run("hub", "studies", "--db", "mysql://hub", code=2)
    assert "is not a database address the hub can open" in wrong.stderr
    missing = run("hub", "studies", "--db", f"sqlite:///{tmp_path / 'none.db'}", code=2)
    assert "No hub database at" in missing.stderr
    assert not (tmp_path / "none.db").exists()
    unknown = run("hub", "invite", "--db", hub.db, "--study", "nope", "--role", "viewer",
                  "--name", "X", code=2)
    assert "does not know the study nope" in unknown.stderr
    with coordinator(tmp_path) as project:
        study_file = project.path
    assert "not linked to a consolidation hub" in run("hub", "sync", study_file,
                                                      code=2).stderr
    offline = run("hub", "enrol", study_file, "http://127.0.0.1:9", "AAAA-BBBB-CCCC", code=2)
    assert "does not answer" in offline.stderr


def test_a_newer_database_is_refused_unchanged_and_an_older_one_waits_for_upgrade(
        backend: str, tmp_path: Path) -> None:
    url = new_database_url(backend, tmp_path)
    engine = database.make_engine(url)
    with pytest.raises(StudyFileError, match="needs its schema upgraded") if backend != \
            "sqlite" else pytest.raises(StudyFileError, match="No hub database"):
        database.open_database(url)
    assert "migrated to this version" in run("hub", "upgrade", "--db", url).stdout
    assert "already current" in run("hub", "upgrade", "--db", url).stdout
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(NewerFileError, match="upgraded by a newer version"):
        database.open_database(url, create=True)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == "9999_future"
    refused = run("hub", "serve", "--db", url, code=2)
    assert "newer version of the hub" in refused.stderr
    engine.dispose()


@pytest.mark.postgres  # beside the test that stops it (conftest.py)
def test_copy_db_moves_a_sqlite_hub_to_postgresql_whole(tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'small.db'}"
    coord = coordinator(tmp_path)
    kit = coord.exchange.export_kit(tmp_path / "study.mlkit")
    study, _ = admin.add_study(source, kit, actor="test")
    with running_hub(source, tmp_path / "a") as small:
        code = run("hub", "invite", "--db", source, "--study", study.id, "--role",
                   "coordinator", "--name", "Chef").stdout.strip()
        coord.hub.enrol(small.url, code)
        for name in ("Boulangerie", "Épicerie", "Librairie"):
            add_interview(coord, name)
            coord.hub.sync()
        token = coord.hub.enrolment().token  # type: ignore[union-attr]
        before = [e.sha256 for e in HubClient(small.url, token).index(study.id).entries]
    target = new_database_url("postgresql", tmp_path)
    copied = run("hub", "copy-db", "--from", source, "--to", target).stdout
    assert "3 bundles" in copied and "1 studies" in copied
    again = run("hub", "copy-db", "--from", source, "--to", target, code=2)
    assert "already holds studies" in again.stderr
    with running_hub(target, tmp_path / "b") as moved:
        client = HubClient(moved.url, token)  # the same device token still works
        assert [e.sha256 for e in client.index(study.id).entries] == before
        coord.hub.forget()
        coord.hub.enrol(moved.url, run("hub", "invite", "--db", target, "--study", study.id,
                                       "--role", "coordinator", "--name", "Chef").stdout.strip())
        add_interview(coord, "Fromagerie")
        result = coord.hub.sync()  # new rows get new keys: the sequences moved past the copy
        assert result.pushed == 1
        assert len(client.index(study.id).entries) == 4
    coord.close()
