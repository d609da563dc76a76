"""Encrypted study files in a study's exchanges: a kit may ask that files made from it be
encrypted (older kits do not), and bundles travel between encrypted and plain files both ways,
as between two plain ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.project import Project
from tests.sync.sync_helpers import add_interview, coordinator

STUDY_PASSPHRASE = "velo rouge sous la pluie de mars"
KIT_PASSPHRASE = "tilleul marché vélo 1987"


@pytest.fixture
def coord(tmp_path: Path):
    project = coordinator(tmp_path)
    yield project
    project.close()


@pytest.mark.parametrize("kit_passphrase", [None, KIT_PASSPHRASE])
def test_a_kit_that_asks_for_encryption_makes_encrypted_files_only(
        coord, tmp_path: Path, kit_passphrase: str | None) -> None:
    kit = coord.exchange.export_kit(tmp_path / "centre.mlkit", passphrase=kit_passphrase,
                                    encrypted_files=True)
    assert Project.kit_wants_encryption(kit)
    target = tmp_path / "alice.madeinlocal"
    with pytest.raises(InvalidInput) as refused:
        Project.create_from_kit(kit, target, who="Alice", device="dev-alice",
                                kit_passphrase=kit_passphrase)
    assert str(refused.value) == "This kit asks for encrypted study files: choose a passphrase"
    assert not target.exists()
    with Project.create_from_kit(kit, target, who="Alice", device="dev-alice",
                                 kit_passphrase=kit_passphrase,
                                 passphrase=STUDY_PASSPHRASE) as alice:
        assert alice.encrypted and alice.study.id == coord.study.id
    assert Project.is_encrypted(target)
    assert b"Centre-ville" not in target.read_bytes()


def test_an_older_kit_without_the_flag_still_makes_plain_files(coord, tmp_path: Path) -> None:
    kit = coord.exchange.export_kit(tmp_path / "centre.mlkit")
    assert "encrypted_files" not in json.loads(kit.read_text(encoding="utf-8"))
    assert not Project.kit_wants_encryption(kit)
    with Project.create_from_kit(kit, tmp_path / "bob.madeinlocal", who="Bob",
                                 device="dev-bob") as bob:
        assert not bob.encrypted


def test_bundles_travel_from_encrypted_to_plain_and_back(coord, tmp_path: Path) -> None:
    kit = coord.exchange.export_kit(tmp_path / "centre.mlkit", encrypted_files=True)
    post = tmp_path / "post"
    post.mkdir()
    alice = Project.create_from_kit(kit, tmp_path / "alice.madeinlocal", who="Alice",
                                    device="dev-alice", passphrase=STUDY_PASSPHRASE)
    try:
        add_interview(alice, "Boulangerie Quintrelle")
        from_encrypted = alice.sync.make_bundle(post)
        assert from_encrypted is not None
        [report] = coord.sync.import_bundles([from_encrypted.path])
        assert report.status == "imported"
        assert "Boulangerie Quintrelle" in {b.name for b in coord.businesses.list()}

        add_interview(coord, "Quincaillerie Vobrecourt")
        from_plain = coord.sync.make_bundle(post)
        assert from_plain is not None
        [back] = alice.sync.import_bundles([from_plain.path])
        assert back.status == "imported"
        assert {b.name for b in alice.businesses.list()} == {"Boulangerie Quintrelle",
                                                              "Quincaillerie Vobrecourt"}
    finally:
        alice.close()
    assert b"Vobrecourt" not in (tmp_path / "alice.madeinlocal").read_bytes()
