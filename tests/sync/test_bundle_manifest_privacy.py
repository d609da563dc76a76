"""What an encrypted bundle shows to whoever holds the file without its passphrase: only what
routing needs. The rest travels inside the encryption and is checked as before."""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from pathlib import Path

import pytest

from madeinlocal_desktop import crypto
from madeinlocal_desktop.errors import UserFacingError
from madeinlocal_desktop.sync.bundles import ENCRYPTED_RECORDS, MANIFEST, RECORDS, SIGNATURE
from madeinlocal_desktop.sync.study_bundles import study_key
from tests.sync.sync_helpers import add_interview, coordinator, join

PASSPHRASE = "correct horse battery"


@pytest.fixture
def pair(tmp_path: Path):
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice Dupont-Lefèvre")
    (tmp_path / "post").mkdir()
    yield coord, alice
    coord.close()
    alice.close()


def _manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(MANIFEST))


def test_an_encrypted_bundle_shows_only_its_routing(pair, tmp_path) -> None:
    coord, alice = pair
    add_interview(alice)
    info = alice.sync.make_bundle(tmp_path / "post", passphrase=PASSPHRASE)
    manifest = _manifest(info.path)
    assert set(manifest) <= {"format", "bundle_id", "study_id", "device", "sequence", "schema",
                             "members", "encryption", "sealed_manifest"}
    assert manifest["device"] == "dev-alice" and manifest["sequence"] == 1
    raw = info.path.read_bytes()
    for secret in ("Centre-ville", "Alice", "Dupont", "Coordination", "interviews",
                   "Boulangerie"):
        assert secret.encode() not in raw, secret
    assert "Alice" not in info.path.name and "Dupont" not in info.path.name

    [report] = coord.sync.import_bundles([info.path], passphrase=PASSPHRASE)
    assert report.status == "imported" and report.who == "Alice Dupont-Lefèvre"
    assert report.counts.new == 4


def test_a_plain_bundle_keeps_its_readable_manifest(pair, tmp_path) -> None:
    _, alice = pair
    add_interview(alice)
    info = alice.sync.make_bundle(tmp_path / "post")
    manifest = _manifest(info.path)
    assert manifest["study_name"] == "Centre-ville" and manifest["who"] == "Alice Dupont-Lefèvre"
    assert manifest["counts"]["interviews"] == 1
    assert info.path.name.startswith("Alice-Dupont-Lefevre_dev-alice_")


def _old_style_encrypted(plain: Path, key: bytes, passphrase: str) -> Path:
    """An encrypted bundle as the previous version wrote it: everything in the readable
    manifest, the records alone inside the encryption, the person's name in the file name."""
    with zipfile.ZipFile(plain) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        records = archive.read(RECORDS)
    ciphertext, encryption = crypto.encrypt(passphrase, zlib.compress(records, 6),
                                            manifest["bundle_id"].encode())
    manifest["members"] = {ENCRYPTED_RECORDS: {"sha256": hashlib.sha256(ciphertext).hexdigest(),
                                               "size": len(ciphertext)}}
    manifest["encryption"] = encryption
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1,
                                sort_keys=True).encode("utf-8")
    old = plain.with_name("old-" + plain.name)
    with zipfile.ZipFile(old, "w") as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, crypto.sign(key, manifest_bytes) + "\n")
        archive.writestr(ENCRYPTED_RECORDS, ciphertext, compress_type=zipfile.ZIP_STORED)
    return old


def test_an_encrypted_bundle_of_the_previous_version_still_imports(pair, tmp_path) -> None:
    coord, alice = pair
    interview = add_interview(alice)
    plain = alice.sync.make_bundle(tmp_path / "post")
    old = _old_style_encrypted(plain.path, study_key(alice._db), PASSPHRASE)
    assert b"Centre-ville" in old.read_bytes()  # what this version no longer shows
    [report] = coord.sync.import_bundles([old], passphrase=PASSPHRASE)
    assert report.status == "imported" and report.who == "Alice Dupont-Lefèvre"
    assert coord.interviews.get(interview.id).turnover_excl_vat == 10_000_000


def test_a_private_key_slipped_into_the_readable_manifest_is_refused(pair, tmp_path) -> None:
    """The readable manifest of a sealed bundle holds routing only: one that also names a
    person (re-signed by someone holding the key) is not trusted."""
    coord, alice = pair
    add_interview(alice)
    info = alice.sync.make_bundle(tmp_path / "post", passphrase=PASSPHRASE)
    with zipfile.ZipFile(info.path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members[MANIFEST]) | {"who": "Mallory"}
    members[MANIFEST] = json.dumps(manifest).encode()
    members[SIGNATURE] = crypto.sign(study_key(alice._db), members[MANIFEST]).encode()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    before = coord.path.read_bytes()
    with pytest.raises(UserFacingError, match=r"damaged|endommagé"):
        coord.sync.import_bundle(forged, passphrase=PASSPHRASE)
    assert coord.interviews.list() == []
    assert coord.path.read_bytes() == before
