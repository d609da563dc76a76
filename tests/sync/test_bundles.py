"""Bundles: round trip, idempotent re-import, tombstones, preview, and every refusal leaving the
study file byte for byte as it was."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from madeinlocal_desktop import crypto
from madeinlocal_desktop.errors import NewerFileError, UserFacingError
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.sync.bundles import MANIFEST, RECORDS, SIGNATURE
from madeinlocal_desktop.sync.study_bundles import study_key
from tests.sync.sync_helpers import add_interview, coordinator, join, snapshot


@pytest.fixture
def trio(tmp_path: Path):
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice")
    bob = join(coord, tmp_path, "dev-bob", "Bob")
    (tmp_path / "post").mkdir()
    yield coord, alice, bob
    for project in (coord, alice, bob):
        project.close()


def test_a_bundle_carries_changes_and_reimporting_it_changes_nothing(trio, tmp_path) -> None:
    coord, alice, _ = trio
    interview = add_interview(alice)
    info = alice.sync.make_bundle(tmp_path / "post")
    assert info is not None
    assert info.path.name.startswith("Alice_dev-alice_000001_") and info.path.suffix == ".zip"
    assert alice.sync.make_bundle(tmp_path / "post") is None  # nothing new since

    [report] = coord.sync.import_bundles([info.path])
    assert report.status == "imported"
    assert (report.counts.new, report.counts.conflicting, report.counts.rejected) == (4, 0, 0)
    assert coord.interviews.get(interview.id) == interview
    assert snapshot(coord) == snapshot(alice)

    path = coord.path
    coord.close()
    before = path.read_bytes()
    with Project.open(path, device="dev-coord") as again:
        reports = again.sync.import_bundles([info.path, info.path])
        assert [r.status for r in reports] == ["already imported"] * 2
    assert path.read_bytes() == before


def test_preview_counts_without_writing(trio, tmp_path) -> None:
    coord, alice, _ = trio
    add_interview(alice)
    info = alice.sync.make_bundle(tmp_path / "post")
    [preview] = coord.sync.preview([info.path])
    assert preview.status == "preview"
    assert preview.counts.new == 4 and preview.counts.identical == 1  # the study row
    assert preview.by_table["spend_lines"].new == 2
    assert coord.interviews.list() == []
    [report] = coord.sync.import_bundles([info.path])
    assert report.counts == preview.counts


def test_a_deletion_cannot_be_undone_by_an_old_copy(trio, tmp_path) -> None:
    coord, alice, bob = trio
    interview = add_interview(alice)
    first = alice.sync.make_bundle(tmp_path / "post")
    alice.interviews.delete(interview.id)
    second = alice.sync.make_bundle(tmp_path / "post")
    coord.sync.import_bundles([second.path, first.path])  # newest first
    bob.sync.import_bundles([first.path, second.path])
    for project in (coord, bob):
        assert project.interviews.list() == []
    assert snapshot(coord) == snapshot(bob) == snapshot(alice)


def test_a_bundle_stands_alone_whatever_the_order(trio, tmp_path) -> None:
    """A later bundle carries the parents of what it carries (shop of an edited interview)."""
    coord, alice, _ = trio
    interview = add_interview(alice)
    alice.sync.make_bundle(tmp_path / "post")
    alice.interviews.save(interview.__class__(**{**interview.__dict__, "notes": "rappeler"}))
    second = alice.sync.make_bundle(tmp_path / "post")
    [report] = coord.sync.import_bundles([second.path])  # the first one never arrives
    assert report.counts.rejected == 0
    assert coord.interviews.get(interview.id).notes == "rappeler"


def test_encrypted_bundle_round_trip(trio, tmp_path) -> None:
    coord, alice, _ = trio
    interview = add_interview(alice)
    info = alice.sync.make_bundle(tmp_path / "post", passphrase="correct horse")
    with zipfile.ZipFile(info.path) as archive:
        assert set(archive.namelist()) == {MANIFEST, SIGNATURE, "records.jsonl.aes"}
        assert b"Boulangerie" not in archive.read("records.jsonl.aes")
    [report] = coord.sync.import_bundles([info.path], passphrase="correct horse")
    assert report.status == "imported"
    assert coord.interviews.get(interview.id).turnover_excl_vat == 10_000_000


# -- refusals --------------------------------------------------------------------------------------

def _rewrite(path: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    target = path.with_name("altered_" + path.name)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def _tampered(path: Path, key: bytes) -> Path:
    def change(members: dict[str, bytes]) -> None:
        members[RECORDS] = members[RECORDS].replace(b"3000000", b"9000000")
    return _rewrite(path, change)


def _resigned_manifest(path: Path, key: bytes, **changes: object) -> Path:
    def change(members: dict[str, bytes]) -> None:
        manifest = json.loads(members[MANIFEST]) | changes
        members[MANIFEST] = json.dumps(manifest).encode()
        members[SIGNATURE] = crypto.sign(key, members[MANIFEST]).encode()
    return _rewrite(path, change)


def _bad_signature(path: Path, key: bytes) -> Path:
    def change(members: dict[str, bytes]) -> None:
        members[MANIFEST] = members[MANIFEST].replace(b'"Alice"', b'"Mallory"')
    return _rewrite(path, change)


def _escaping_path(path: Path, key: bytes) -> Path:
    def change(members: dict[str, bytes]) -> None:
        members["../../outside.txt"] = b"hello"
    return _rewrite(path, change)


def _truncated(path: Path, key: bytes) -> Path:
    target = path.with_name("truncated_" + path.name)
    data = path.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def _other_study(path: Path, key: bytes) -> Path:
    other_folder = path.parent / "other"
    other_folder.mkdir()
    with Project.new_study(other_folder / "o.madeinlocal", "Autre étude", 2025,
                           device="dev-x", who="X") as other:
        add_interview(other)
        info = other.sync.make_bundle(other_folder)
    return info.path


REFUSALS = {
    "another study": (_other_study, UserFacingError, "made for another study"),
    "tampered member": (_tampered, UserFacingError, "was altered after the bundle was made"),
    "bad signature": (_bad_signature, UserFacingError, "does not carry this study's signature"),
    "path escaping the folder": (_escaping_path, UserFacingError, "path leaves its folder"),
    "truncated zip": (_truncated, UserFacingError, "damaged or incomplete"),
    "newer schema": (lambda p, k: _resigned_manifest(p, k, schema="m099_from_the_future"),
                     NewerFileError, "newer version of Made in Local"),
    "newer format": (lambda p, k: _resigned_manifest(p, k, format="madeinlocal-bundle/2"),
                     NewerFileError, "newer than this version"),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_a_refused_bundle_changes_nothing(trio, tmp_path, case: str) -> None:
    coord, alice, _ = trio
    add_interview(alice)
    info = alice.sync.make_bundle(tmp_path / "post")
    make_bad, error, message = REFUSALS[case]
    bad = make_bad(info.path, study_key(alice._db))
    path = coord.path
    coord.close()
    before = path.read_bytes()
    with Project.open(path, device="dev-coord") as again:
        with pytest.raises(error, match=message):
            again.sync.import_bundle(bad)
        [report] = again.sync.import_bundles([bad])  # the list form reports instead of raising
        assert report.status == "refused" and message in report.message
        assert again.interviews.list() == []
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()  # nothing left waiting to be written either


@pytest.mark.parametrize(("passphrase", "message"), [
    ("wrong horse", "Wrong passphrase"), (None, "is encrypted: give the passphrase")])
def test_an_encrypted_bundle_needs_its_passphrase(trio, tmp_path, passphrase, message) -> None:
    coord, alice, _ = trio
    add_interview(alice)
    info = alice.sync.make_bundle(tmp_path / "post", passphrase="correct horse")
    path = coord.path
    coord.close()
    before = path.read_bytes()
    with Project.open(path, device="dev-coord") as again, \
            pytest.raises(UserFacingError, match=message):
        again.sync.import_bundle(info.path, passphrase=passphrase)
    assert path.read_bytes() == before


def test_a_record_that_breaks_the_rules_is_rejected_and_the_others_imported(trio,
                                                                           tmp_path) -> None:
    """Even a correctly signed bundle (say, from a buggy version) cannot store a share of
    130%: that record is rejected and reported, the rest is imported."""
    coord, alice, _ = trio
    interview = add_interview(alice)
    info = alice.sync.make_bundle(tmp_path / "post")
    key = study_key(alice._db)

    def change(members: dict[str, bytes]) -> None:
        lines = members[RECORDS].decode().splitlines()
        bad = next(i for i, line in enumerate(lines) if '"rent",500000,0.5,' in line)
        lines[bad] = lines[bad].replace(",0.5,", ",1.3,")
        members[RECORDS] = ("\n".join(lines) + "\n").encode()
        manifest = json.loads(members[MANIFEST])
        manifest["members"][RECORDS] = {"sha256": hashlib.sha256(members[RECORDS]).hexdigest(),
                                        "size": len(members[RECORDS])}
        members[MANIFEST] = json.dumps(manifest).encode()
        members[SIGNATURE] = crypto.sign(key, members[MANIFEST]).encode()

    [report] = coord.sync.import_bundles([_rewrite(info.path, change)])
    assert report.status == "imported"
    assert (report.counts.new, report.counts.rejected) == (3, 1)
    [rejection] = report.rejections
    assert rejection.table == "spend_lines"
    assert str(rejection.reason) == "local_share: The share must be between 0 and 100% (got 130%)"
    assert [line.category for line in coord.interviews.get(interview.id).lines] == ["wages"]


def test_a_bundle_from_another_copy_on_the_same_device_is_refused(trio, tmp_path) -> None:
    """Two files of one study on one computer share a device id, so their save counters
    collide; a bundle that says 'this device' but that this file did not make is refused."""
    _, alice, _ = trio
    twin = Project.create_from_kit(tmp_path / "study.mlkit", tmp_path / "twin.madeinlocal",
                                   device="dev-alice")  # the same device id as alice
    add_interview(twin)
    info = twin.sync.make_bundle(tmp_path / "post")
    with pytest.raises(UserFacingError, match="another copy of this study's file"):
        alice.sync.import_bundle(info.path)
    twin.close()


def test_a_bundle_is_never_rewritten(trio, tmp_path) -> None:
    _, alice, _ = trio
    add_interview(alice)
    first = alice.sync.make_bundle(tmp_path / "post")
    content = first.path.read_bytes()
    add_interview(alice, "Épicerie")
    second = alice.sync.make_bundle(tmp_path / "post")
    assert second.path != first.path and second.path.name.startswith("Alice_dev-alice_000002_")
    assert first.path.read_bytes() == content
    assert not list((tmp_path / "post").glob("*.part"))


def test_a_file_from_before_sync_is_upgraded_and_sends_all_its_records(tmp_path) -> None:
    """A study file written before the sync schema step: opened, backed up, migrated, and
    everything in it travels in its first bundle."""
    import sqlite3

    from sqlite_utils import Database

    from madeinlocal_desktop.storage.migrations import migrations

    path = tmp_path / "old.madeinlocal"
    with Project.new_study(tmp_path / "model.madeinlocal", "Ancienne", 2024,
                           device="dev-old") as model:
        interview = add_interview(model)
        snapshot_rows = {t: model._db.query(f"SELECT * FROM {t}") for t in (
            "study", "businesses", "interviews", "spend_lines", "categories")}
        # Files of that time gave each new record a history row with its snapshot.
        snapshot_rows["history"] = [
            {"record_table": table, "record_id": row["id"], **entry}
            for table in ("study", "businesses", "interviews", "spend_lines")
            for row in snapshot_rows[table] for entry in model.history(table, row["id"])]
    conn = sqlite3.connect(path)
    old = Database(conn)
    migrations.apply(old, stop_before="m002_sync")
    for table, rows in snapshot_rows.items():
        for row in rows:
            kept = old[table].columns_dict  # what the old schema had
            old[table].insert({k: v for k, v in row.items() if k in kept})
    conn.close()

    with Project.open(path, device="dev-old") as project:
        assert "m002_sync" in project._db.schema_steps()
        (tmp_path / "post").mkdir()
        info = project.sync.make_bundle(tmp_path / "post")
        assert info.counts == {"businesses": 1, "interviews": 1, "spend_lines": 2, "study": 1}
        project.exchange.export_kit(tmp_path / "old.mlkit")
    assert list(tmp_path.glob("old.before-m002_sync*.bak"))
    with Project.create_from_kit(tmp_path / "old.mlkit", tmp_path / "new.madeinlocal",
                                 device="dev-new") as fresh:
        [report] = fresh.sync.import_bundles([info.path])
        assert report.counts.rejected == 0
        assert fresh.interviews.get(interview.id) == interview


@pytest.mark.parametrize("stop_at", [1, 3, 8])  # before reading, while planning, writing
def test_cancel_stops_inside_a_bundle_and_changes_nothing(trio, tmp_path, stop_at: int) -> None:
    from madeinlocal_desktop.errors import Cancelled

    coord, alice, _ = trio
    for number in range(3):
        add_interview(alice, f"Boutique {number}")
    info = alice.sync.make_bundle(tmp_path / "post")
    path = coord.path
    coord.close()
    before = path.read_bytes()
    asked: list[int] = []

    def should_cancel() -> bool:
        asked.append(1)
        return len(asked) >= stop_at

    seen: list[float] = []
    with Project.open(path, device="dev-coord") as again:
        with pytest.raises(Cancelled):
            again.sync.import_bundles([info.path], should_cancel=should_cancel,
                                      progress=seen.append)
        assert again.interviews.list() == []
        assert seen == sorted(seen) and all(0 <= f < 1 for f in seen)
    assert path.read_bytes() == before
    with Project.open(path, device="dev-coord") as again:  # and it imports whole later
        fractions: list[float] = []
        [report] = again.sync.import_bundles([info.path], progress=fractions.append)
        assert report.status == "imported" and len(again.interviews.list()) == 3
        assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) > 5
