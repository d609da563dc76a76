"""A kit protected by a passphrase: the file shows neither the study key nor the study's name,
joining asks the passphrase, and a wrong one creates nothing. Plain kits still join."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from madeinlocal_desktop.errors import UserFacingError
from madeinlocal_desktop.project import Project, kit_is_protected
from madeinlocal_desktop.sync.study_bundles import study_key
from tests.sync.sync_helpers import add_interview, coordinator

PASSPHRASE = "tilleul marché vélo 1987"


@pytest.fixture
def coord(tmp_path: Path):
    project = coordinator(tmp_path)
    yield project
    project.close()


def test_a_protected_kit_hides_the_key_and_the_study(coord, tmp_path) -> None:
    kit = coord.exchange.export_kit(tmp_path / "centre.mlkit", passphrase=PASSPHRASE)
    raw = kit.read_bytes()
    key = study_key(coord._db)
    for secret in (key.hex(), base64.b64encode(key).decode(), "Centre-ville", "Coordination",
                   coord.study.id, "86194"):
        assert secret.encode() not in raw, secret
    assert kit_is_protected(kit)
    if os.name == "posix":
        assert kit.stat().st_mode & 0o077 == 0  # readable by its owner only


def test_the_right_passphrase_joins_the_same_study(coord, tmp_path) -> None:
    kit = coord.exchange.export_kit(tmp_path / "centre.mlkit", passphrase=PASSPHRASE)
    with Project.create_from_kit(kit, tmp_path / "alice.madeinlocal", who="Alice",
                                 device="dev-alice", kit_passphrase=PASSPHRASE) as alice:
        assert alice.study.id == coord.study.id and alice.study.name == "Centre-ville"
        add_interview(alice)
        (tmp_path / "post").mkdir()
        info = alice.sync.make_bundle(tmp_path / "post")
    [report] = coord.sync.import_bundles([info.path])  # same key: the signature matches
    assert report.status == "imported" and report.counts.new == 4


@pytest.mark.parametrize(("passphrase", "message"), [
    ("tilleul marché vélo 1988", "Wrong passphrase for the kit centre.mlkit"),
    (None, "centre.mlkit is protected by a passphrase"),
    ("", "centre.mlkit is protected by a passphrase")])
def test_a_wrong_or_missing_passphrase_creates_nothing(coord, tmp_path, passphrase,
                                                       message) -> None:
    kit = coord.exchange.export_kit(tmp_path / "centre.mlkit", passphrase=PASSPHRASE)
    target = tmp_path / "alice.madeinlocal"
    with pytest.raises(UserFacingError) as caught:
        Project.create_from_kit(kit, target, kit_passphrase=passphrase)
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)
    assert not target.exists() and list(tmp_path.glob("alice*")) == []


@pytest.mark.parametrize(("passphrase", "message"), [
    ("court", "Passphrase too short"), ("motdepasse123", "among the most common")])
def test_a_weak_kit_passphrase_is_refused_and_no_kit_written(coord, tmp_path, passphrase,
                                                             message) -> None:
    with pytest.raises(UserFacingError, match=message):
        coord.exchange.export_kit(tmp_path / "centre.mlkit", passphrase=passphrase)
    assert list(tmp_path.glob("centre*")) == []


def test_a_plain_kit_is_written_and_joins_as_before(coord, tmp_path) -> None:
    kit = coord.exchange.export_kit(tmp_path / "centre.mlkit")
    document = json.loads(kit.read_text(encoding="utf-8"))
    assert document["format"] == "madeinlocal-kit/1" and not kit_is_protected(kit)
    # A passphrase typed for a plain kit is not needed: the kit joins all the same.
    with Project.create_from_kit(kit, tmp_path / "bob.madeinlocal",
                                 kit_passphrase="anything") as bob:
        assert bob.study.id == coord.study.id


def test_a_protected_kit_with_damaged_content_is_refused(coord, tmp_path) -> None:
    kit = coord.exchange.export_kit(tmp_path / "centre.mlkit", passphrase=PASSPHRASE)
    wrapper = json.loads(kit.read_text(encoding="utf-8"))
    data = bytearray(base64.b64decode(wrapper["kit"]))
    data[10] ^= 1
    wrapper["kit"] = base64.b64encode(bytes(data)).decode()
    kit.write_text(json.dumps(wrapper), encoding="utf-8")
    with pytest.raises(UserFacingError, match="Wrong passphrase"):  # GCM cannot tell apart
        Project.create_from_kit(kit, tmp_path / "x.madeinlocal", kit_passphrase=PASSPHRASE)
    assert not (tmp_path / "x.madeinlocal").exists()
