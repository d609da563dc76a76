"""Syncing through the hub: the same studies as folder sync, in any order; idempotent pushes
from racing processes; refused bundles store nothing."""

from __future__ import annotations

import hashlib
import io
import itertools
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from madeinlocal_desktop.project import Project
from tests.hub.hub_support import HubProcess, StudyOnHub, call, new_study
from tests.hub.scenario import DEVICES, coordinator_with_id, fixed_id, play, state
from tests.sync.sync_helpers import add_interview, coordinator

ORDERS = list(itertools.permutations(range(3)))


def _devices(folder: Path, study_id: str) -> list[Project]:
    folder.mkdir(parents=True)
    coord = coordinator_with_id(folder, study_id)
    kit = coord.exchange.export_kit(folder / "study.mlkit")
    others = [Project.create_from_kit(kit, folder / f"{device}.madeinlocal", who=who,
                                      device=device)
              for device, who in zip(DEVICES[1:], ("Alice", "Bob"), strict=True)]
    return [coord, *others]


@pytest.fixture(scope="module")
def through_a_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """The reference: the same story told through a shared folder."""
    folder = tmp_path_factory.mktemp("folder-world")
    shared = folder / "shared"
    shared.mkdir()
    devices = _devices(folder / "files", fixed_id("reference"))
    play(devices, lambda p: p.sync.sync_folder(shared), (0, 1, 2))
    states = {state(p) for p in devices}
    for project in devices:
        project.close()
    assert len(states) == 1
    return states.pop()


def test_two_surveyors_and_a_coordinator_converge_in_every_order_as_folder_sync_does(
        hub: HubProcess, tmp_path: Path, through_a_folder: tuple) -> None:
    for number, order in enumerate(ORDERS):
        study_id = fixed_id(f"hub-order-{hub.port}-{number}")
        devices = _devices(tmp_path / f"order-{number}", study_id)
        on_hub = StudyOnHub(hub, tmp_path / f"order-{number}", devices[0])
        on_hub.enrol(devices[0], "coordinator")
        for project in devices[1:]:
            on_hub.enrol(project, "surveyor")
        play(devices, lambda p: p.hub.sync(), order)
        states = [state(p) for p in devices]
        assert states[0] == states[1] == states[2], f"order {order}"
        assert states[0] == through_a_folder, f"order {order}"
        conflicts = states[0][1]
        assert [(table, field) for table, _, field, _ in conflicts] == [("businesses", "name")]
        assert conflicts[0][3] == ("Boulangerie Martin", "Boulangerie Martin & fils")
        # Every bundle was stored once: one per device and editing round, no duplicates.
        assert on_hub.count() == 4
        for project in devices:
            again = project.hub.sync()
            assert (again.written, again.pushed, again.imported) == (None, 0, [])
            project.close()


def _bundle(project: Project, folder: Path) -> bytes:
    folder.mkdir(exist_ok=True)
    add_interview(project)
    info = project.sync.make_bundle(folder)
    assert info is not None
    return info.path.read_bytes()


def _rezipped(data: bytes) -> bytes:
    """The same manifest and signature, other bytes: what a second copy of one study file
    could send under the same bundle id."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as target:
        for name in reversed(source.namelist()):
            target.writestr(name, source.read(name))
    return out.getvalue()


def _put(hub: HubProcess, study: StudyOnHub, token: str, data: bytes) -> tuple[int, object]:
    sha = hashlib.sha256(data).hexdigest()
    return call(hub.url, "PUT", f"/v1/studies/{study.id}/bundles/{sha}", data=data,
                token=token, headers={"Content-Type": "application/zip"})


def test_same_bytes_again_are_200_other_bytes_under_a_known_id_409_even_racing(
        hub: HubProcess, tmp_path: Path) -> None:
    study = new_study(hub, tmp_path)
    token = study.token("surveyor")
    data = _bundle(study.coord, tmp_path / "out")
    other = _rezipped(data)
    assert other != data
    # Twelve devices send the same bundle at once (two hub processes on PostgreSQL): one
    # stores it, the others learn it was there.
    with ThreadPoolExecutor(12) as pool:
        statuses = sorted(s for s, _ in pool.map(lambda _: _put(hub, study, token, data),
                                                 range(12)))
    assert statuses == [200] * 11 + [201]
    status, body = _put(hub, study, token, other)
    assert status == 409 and body["code"] == "hub.bundle_conflict"
    # Racing variants of one id: exactly one is stored, every other one is a 409.
    racing = [_rezipped(_bundle(study.coord, tmp_path / "out2"))]
    fresh = _bundle(study.coord, tmp_path / "out3")
    variants = [fresh, _rezipped(fresh)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda i: _put(hub, study, token, variants[i % 2])[0],
                                range(8)))
    assert results.count(201) == 1 and set(results) <= {200, 201, 409}
    assert results.count(409) >= 1
    assert _put(hub, study, token, racing[0])[0] == 201
    assert study.count() == 3
    with study.engine.connect() as connection:
        from sqlalchemy import text

        duplicates = connection.execute(text(
            "SELECT bundle_id FROM bundles GROUP BY study_id, bundle_id HAVING count(*) > 1"
        )).all()
    assert duplicates == []


def test_tampered_foreign_or_oversized_bundles_are_refused_and_store_nothing(
        hub: HubProcess, tmp_path: Path) -> None:
    study = new_study(hub, tmp_path / "ours")
    token = study.token("surveyor")
    good = _bundle(study.coord, tmp_path / "out")
    archive = zipfile.ZipFile(io.BytesIO(good))
    tampered = io.BytesIO()
    with zipfile.ZipFile(tampered, "w") as target:
        for name in archive.namelist():
            content = archive.read(name)
            if name == "records.jsonl":
                content = content.replace(b"Boulangerie", b"Boulangerix")
            target.writestr(name, content)
    with coordinator(tmp_path, device="dev-other") as stranger:
        foreign = _bundle(stranger, tmp_path / "foreign")
    cases = [(tampered.getvalue(), 422, "hub.bundle_altered"),
             (foreign, 422, "hub.bundle_other_study"),
             (good[:200], 422, "hub.bundle_damaged"),
             (b"PK\x03\x04 not a zip at all", 422, "hub.bundle_damaged")]
    for data, status, code in cases:
        answer = _put(hub, study, token, data)
        assert answer[0] == status and answer[1]["code"] == code, answer
    # The URL names other bytes than the body: nothing stored either.
    wrong = call(hub.url, "PUT", f"/v1/studies/{study.id}/bundles/{'0' * 64}", data=good,
                 token=token)
    assert wrong[0] == 400 and wrong[1]["code"] == "hub.hash_mismatch"
    big = b"x" * (64 << 20 | 1)
    too_big = _put(hub, study, token, big)
    assert too_big[0] == 413 and too_big[1]["code"] == "hub.bundle_too_large"
    assert study.count() == 0
    assert _put(hub, study, token, good)[0] == 201
    assert study.count() == 1
