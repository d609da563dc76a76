"""Pull pages as a device reads them: every bundle once, oldest first, each page in the audit
log with what it gave."""

from __future__ import annotations

import gc
from pathlib import Path

from sqlalchemy import select

from madeinlocal_desktop.hub.models import audit
from madeinlocal_desktop.sync import bundles as bundle_files
from madeinlocal_desktop.sync.hub_client import HubClient
from madeinlocal_desktop.sync.study_bundles import study_key
from tests.hub.hub_support import HubProcess, new_study

BUNDLES = 25


def test_pages_give_every_bundle_once_in_cursor_order_each_page_audited(
        hub: HubProcess, tmp_path: Path) -> None:
    study = new_study(hub, tmp_path / "study")
    key = study_key(study.coord._db)
    assert key is not None
    folder = tmp_path / "bundles"
    folder.mkdir()
    client = HubClient(hub.url, study.token("surveyor", "Alice"))
    pushed = []
    for n in range(BUNDLES):
        path = bundle_files.write_bundle(
            folder, study_id=study.id, study_name="Centre-ville", device=f"dev-{n % 3}",
            sequence=n // 3 + 1, who=None, created_at="2026-03-02T10:00:00Z",
            app_version="test", schema="0001", tables={}, categories=[{"code": "wages"}],
            key=key).path
        sha256 = bundle_files.file_sha256(path)
        client.push(study.id, sha256, path.read_bytes())
        pushed.append(sha256)

    pages, after = [], 0
    while True:
        page = client.index(study.id, after, limit=10)
        pages.append(page)
        after = page.next
        if not page.more:
            break
    entries = [entry for page in pages for entry in page.entries]
    assert [len(page.entries) for page in pages] == [10, 10, 5]
    assert [entry.sha256 for entry in entries] == pushed  # oldest first, each once
    cursors = [entry.cursor for entry in entries]
    assert cursors == sorted(set(cursors))
    assert all(page.latest == cursors[-1] for page in pages)
    assert [page.next for page in pages] == [cursors[9], cursors[19], cursors[24]]
    assert {entry.device for entry in entries} == {"dev-0", "dev-1", "dev-2"}
    assert not any(entry.encrypted for entry in entries)
    # Past the end: an empty page that says so, its cursor where it was.
    end = client.index(study.id, after, limit=10)
    assert (end.entries, end.next, end.more, end.latest) == ([], after, False, cursors[-1])

    with study.engine.connect() as connection:
        lines = connection.execute(select(audit.c.actor, audit.c.detail).where(
            audit.c.study_id == study.id, audit.c.action == "pull")
            .order_by(audit.c.id)).all()
    assert [line.actor for line in lines] == ["Alice"] * 4
    assert [line.detail for line in lines] == [
        f'{{"after": {start}, "count": {count}, "last": {last}}}'
        for start, count, last in ((0, 10, cursors[9]), (cursors[9], 10, cursors[19]),
                                   (cursors[19], 5, cursors[24]), (cursors[24], 0, cursors[24]))]
    client.close()


def test_reading_a_page_leaves_the_garbage_collector_as_it_found_it(
        hub: HubProcess, tmp_path: Path) -> None:
    """The app's window runs the collector itself, on the UI thread (gui/gc_guard.py): a
    sync in the background must never switch it back on."""
    study = new_study(hub, tmp_path / "study")
    client = HubClient(hub.url, study.token("surveyor", "Bob"))
    was = gc.isenabled()
    try:
        gc.disable()
        client.index(study.id)
        assert not gc.isenabled()
        gc.enable()
        client.index(study.id)
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
        client.close()
