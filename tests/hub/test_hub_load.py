"""Many devices at once on one hub: pushes (some of the same bundles) and pulls interleaved,
every request answered, none with a 5xx."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import func, select

from madeinlocal_desktop.hub.models import audit, bundles
from madeinlocal_desktop.sync import bundles as bundle_files
from madeinlocal_desktop.sync.hub_client import NO_RETRY, HubClient
from madeinlocal_desktop.sync.study_bundles import study_key
from tests.hub.hub_support import HubProcess, new_study

CLIENTS = 50
BUNDLES = 200


def test_fifty_devices_pushing_the_same_bundles_and_pulling_at_once_all_get_answers(
        hub: HubProcess, tmp_path: Path) -> None:
    study = new_study(hub, tmp_path / "study")
    key = study_key(study.coord._db)
    assert key is not None
    folder = tmp_path / "bundles"
    folder.mkdir()
    files = [bundle_files.write_bundle(
        folder, study_id=study.id, study_name="Centre-ville", device=f"dev-{n % 10}",
        sequence=n // 10 + 1, who=None, created_at="2026-03-02T10:00:00Z", app_version="test",
        schema="0001", tables={}, categories=[{"code": "wages"}], key=key).path
        for n in range(BUNDLES)]
    items = [(bundle_files.file_sha256(path), path.read_bytes()) for path in files]
    tokens = [study.token("surveyor", f"Client {n}") for n in range(CLIENTS)]
    statuses: list[int] = []
    pulls: list[int] = []
    failures: list[BaseException] = []
    start = threading.Barrier(CLIENTS)

    def client(number: int) -> None:
        # No retry: a 503 or a 500 is a failure here, not something to wait out.
        hub_client = HubClient(hub.url, tokens[number], backoff=NO_RETRY, timeout=60)
        # Each bundle is sent by two devices (its own and the next one's), racing.
        mine = items[number::CLIENTS] + items[(number + 1) % CLIENTS::CLIENTS]
        start.wait()
        try:
            for sha256, data in mine:
                statuses.append(hub_client.push(study.id, sha256, data)[0])
                after, seen = 0, 0
                while True:  # small pages: many pulls among the pushes
                    page = hub_client.index(study.id, after, limit=20)
                    pulls.append(number)
                    seen += len(page.entries)
                    after = page.next
                    if not page.more or seen >= 60:
                        break
        except BaseException as error:  # reported by the test's thread
            failures.append(error)
        finally:
            hub_client.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert failures == []
    assert sorted(set(statuses)) == [200, 201]
    assert statuses.count(201) == BUNDLES and statuses.count(200) == BUNDLES
    with study.engine.connect() as connection:
        stored = connection.execute(
            select(func.count(func.distinct(bundles.c.sha256)), func.count())
            .where(bundles.c.study_id == study.id)).one()
        pulled = connection.execute(select(func.count()).select_from(audit).where(
            audit.c.study_id == study.id, audit.c.action == "pull")).scalar_one()
    assert tuple(stored) == (BUNDLES, BUNDLES)  # each bundle stored once
    assert pulled == len(pulls)  # every page pulled is in the audit log
