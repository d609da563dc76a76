"""The study kit, and folder sync over a shared folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from madeinlocal_desktop.domain import Surveyor, new_id
from madeinlocal_desktop.errors import InvalidInput, NewerFileError
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.storage import studies as study_store
from madeinlocal_desktop.sync.study_bundles import study_key
from tests.sync.sync_helpers import add_interview, coordinator, join, snapshot


def test_a_kit_gives_every_device_the_study_id_key_setup_and_surveyors(tmp_path: Path) -> None:
    with coordinator(tmp_path) as coord:
        with coord._db.atomic():
            study_store.save_surveyors(coord._db, [Surveyor(new_id(), "Camille")], coord.ctx)
        kit = coord.exchange.export_kit(tmp_path / "centre.mlkit")
        with Project.create_from_kit(kit, tmp_path / "a.madeinlocal", device="dev-a") as alice:
            assert alice.study == coord.study
            assert study_key(alice._db) == study_key(coord._db) is not None
            assert [s.name for s in alice.load_all().surveyors] == ["Camille"]
            assert snapshot(alice)["study"] == snapshot(coord)["study"]


def _set(document: dict, table: str, column: str, value: object) -> None:
    block = document["tables"][table]
    block["rows"][0][block["columns"].index(column)] = value


@pytest.mark.parametrize(("change", "error", "message"), [
    (lambda d: d.update(format="madeinlocal-kit/2"), NewerFileError, "newer version"),
    (lambda d: d.update(study_key="pas une clé"), InvalidInput, "damaged"),
    (lambda d: _set(d, "study", "fiscal_year", "2025"), InvalidInput,
     "fiscal year should be a year such as 2025"),
    (lambda d: _set(d, "study", "version", "{}"), InvalidInput,
     "version or conflict information is damaged"),
    (lambda d: d.clear(), InvalidInput, "not a Made in Local study kit"),
])
def test_a_bad_kit_is_refused_and_leaves_no_file(tmp_path: Path, change, error,
                                                 message) -> None:
    with coordinator(tmp_path) as coord:
        kit = coord.exchange.export_kit(tmp_path / "centre.mlkit")
    document = json.loads(kit.read_text(encoding="utf-8"))
    change(document)
    kit.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "a.madeinlocal"
    with pytest.raises(error, match=message):
        Project.create_from_kit(kit, target)
    assert not target.exists()


def test_folder_sync_converges_and_a_second_sync_is_a_no_op(tmp_path: Path) -> None:
    shared = tmp_path / "Nextcloud" / "Enquête"
    shared.mkdir(parents=True)
    (shared / "notes.txt").write_text("not a bundle")
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice")
    bob = join(coord, tmp_path, "dev-bob", "Bob")
    add_interview(alice, "Boulangerie")
    add_interview(bob, "Épicerie")
    progress: list[float] = []
    first = alice.sync.sync_folder(shared, progress=progress.append)
    assert first.written is not None and first.imported == []
    bob.sync.sync_folder(shared)
    result = coord.sync.sync_folder(shared)
    assert len(result.imported) == 2 and result.refused == []
    alice.sync.sync_folder()  # the folder is remembered
    assert alice.sync.folder == shared.resolve()
    assert snapshot(alice) == snapshot(bob) == snapshot(coord)
    assert {b.name for b in coord.businesses.list()} == {"Boulangerie", "Épicerie"}

    again = coord.sync.sync_folder()
    assert again.written is None and again.imported == [] and again.refused == []
    for project in (coord, alice, bob):
        project.close()


def test_folder_sync_skips_other_studies_and_reports_damaged_files(tmp_path: Path) -> None:
    shared = tmp_path / "usb"
    shared.mkdir()
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice")
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    with Project.new_study(other_folder / "o.madeinlocal", "Autre", 2025, device="dev-x") as o:
        add_interview(o)
        o.sync.sync_folder(shared)
    add_interview(alice)
    written = alice.sync.sync_folder(shared).written
    broken = shared / written.path.name.replace("dev-alice_000001", "dev-alice_000002")
    broken = broken.with_name(broken.name[:-40] + "00000000-0000-4000-8000-000000000000.zip")
    broken.write_bytes(written.path.read_bytes()[:100])  # a cloud copy still arriving
    result = coord.sync.sync_folder(shared)
    assert result.other_studies == 1
    assert len(result.imported) == 1
    assert [r.file.name for r in result.refused] == [broken.name]
    assert "damaged or incomplete" in result.refused[0].message
    assert sync_with_missing_folder(coord, tmp_path / "unplugged")
    coord.close()
    alice.close()


def sync_with_missing_folder(project: Project, folder: Path) -> bool:
    with pytest.raises(InvalidInput, match="not available"):
        project.sync.sync_folder(folder)
    return True
