"""Faults: a hub process killed during a thousand pushes, a database stopped during a sync."""

from __future__ import annotations

import os
import shlex
import subprocess
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from madeinlocal_desktop import language
from madeinlocal_desktop.hub import database
from madeinlocal_desktop.hub.models import bundles as bundle_table
from madeinlocal_desktop.sync import bundles
from madeinlocal_desktop.sync.hub_client import Backoff, HubClient, HubUnavailable
from madeinlocal_desktop.sync.study_bundles import study_key
from tests.hub.hub_support import HubProcess, new_database_url, new_study
from tests.sync.sync_helpers import add_interview

PUSHES = 1000
CLIENTS = 4
PATIENT = Backoff(attempts=200, first=0.05, factor=1.5, cap=0.5)


def _signed_bundles(folder: Path, study_id: str, key: bytes, count: int) -> list[Path]:
    """Real signed bundles, as many devices would make them (without records: cheap)."""
    folder.mkdir()
    return [bundles.write_bundle(folder, study_id=study_id, study_name="Centre-ville",
                                 device=f"dev-{n % CLIENTS}", sequence=n // CLIENTS + 1,
                                 who=None, created_at="2026-03-02T10:00:00Z",
                                 app_version="test", schema="0001", tables={},
                                 categories=[{"code": "wages"}], key=key).path
            for n in range(count)]


@pytest.fixture
def own_hub(backend: str, tmp_path: Path):
    url = new_database_url(backend, tmp_path)
    database.open_database(url, create=True).dispose()
    process = HubProcess(url, tmp_path, workers=2 if backend == "postgresql" else 1).start()
    yield process
    process.stop()


def test_kill_9_during_a_thousand_pushes_stores_each_bundle_once_and_clients_converge(
        own_hub: HubProcess, tmp_path: Path) -> None:
    study = new_study(own_hub, tmp_path / "study")
    key = study_key(study.coord._db)
    assert key is not None
    files = _signed_bundles(tmp_path / "bundles", study.id, key, PUSHES)
    tokens = [study.token("surveyor", f"Client {n}") for n in range(CLIENTS)]
    failures: list[BaseException] = []

    def client(number: int) -> None:
        hub = HubClient(own_hub.url, tokens[number], backoff=PATIENT, timeout=10)
        try:
            for path in files[number::CLIENTS]:
                hub.push(study.id, bundles.file_sha256(path), path.read_bytes())
        except BaseException as error:  # reported by the main thread
            failures.append(error)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 60
    while study.count() < PUSHES // 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    stored_before = study.count()
    own_hub.kill()  # mid-flight: some pushes are cut before their answer, some before commit
    time.sleep(0.5)
    own_hub.start()
    for thread in threads:
        thread.join(120)
    assert not failures, failures[:3]
    assert PUSHES // 3 <= stored_before < PUSHES  # the kill did land in the middle
    with study.engine.connect() as connection:
        rows = connection.execute(select(bundle_table.c.bundle_id, bundle_table.c.sha256)
                                  .where(bundle_table.c.study_id == study.id)).all()
    expected = {bundles.file_sha256(path) for path in files}
    assert len(rows) == PUSHES and {sha for _, sha in rows} == expected
    assert len({bundle_id for bundle_id, _ in rows}) == PUSHES
    # Every client reads the same thousand bundles back, in the same order.
    seen = []
    for token in tokens:
        hub, after, order = HubClient(own_hub.url, token), 0, []
        while True:
            page = hub.index(study.id, after, limit=300)
            order += [entry.sha256 for entry in page.entries]
            after = page.next
            if not page.more:
                break
        seen.append(order)
    assert all(order == seen[0] for order in seen) and set(seen[0]) == expected


def _pg_ctl(action: str) -> None:
    command = os.environ.get("MADEINLOCAL_TEST_PG_CTL")
    assert command, "MADEINLOCAL_TEST_PG_CTL is not set (bash .ci/start_postgres DIR)"
    subprocess.run([*shlex.split(command), action, *(["-m", "fast"] if action == "stop"
                                                     else [])],
                   check=True, capture_output=True, timeout=60)


@pytest.mark.stops_postgres
def test_the_app_says_so_keeps_its_queue_and_finishes_when_the_hub_or_database_is_back(
        backend: str, own_hub: HubProcess, tmp_path: Path) -> None:
    """On PostgreSQL the database stops during a sync; on SQLite (one process holding the
    file) the hub process itself is gone."""
    study = new_study(own_hub, tmp_path / "study")
    study.enrol(study.coord, "coordinator")
    alice = study.device("dev-alice", "Alice")
    add_interview(alice, "Boulangerie")
    alice.hub.sync()
    add_interview(alice, "Épicerie")
    language.set_language("fr")
    expected = "ne joint pas sa base de données" if backend == "postgresql" else "ne répond pas"
    stopped: list[bool] = []

    def stop_once(_: float) -> None:
        """Called as the sync starts: the fault strikes during it, before its pushes."""
        if not stopped:
            stopped.append(True)
            _pg_ctl("stop") if backend == "postgresql" else own_hub.kill()

    try:
        try:
            with pytest.raises(HubUnavailable, match=expected):
                alice.hub.sync(backoff=Backoff(attempts=3, first=0.1), progress=stop_once)
            assert stopped and alice.hub.status().queued == 1  # the bundle waits here
        finally:
            _pg_ctl("start") if backend == "postgresql" else own_hub.start()
    finally:
        language.set_language(None)
    result = alice.hub.sync(backoff=Backoff(attempts=20, first=0.2))
    assert (result.pushed, result.queued) == (1, 0)
    assert alice.hub.status().queued == 0
    got = study.coord.hub.sync()
    assert len(got.imported) == 2
    assert {b.name for b in study.coord.businesses.list()} == {"Boulangerie", "Épicerie"}
    with study.engine.connect() as connection:  # Alice's two and the coordinator's first
        assert connection.execute(select(func.count()).select_from(bundle_table).where(
            bundle_table.c.study_id == study.id)).scalar() == 3
    alice.close()
