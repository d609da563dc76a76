"""The key derived from a passphrase, remembered once the passphrase has opened a study: it
opens the study, its copies and its backups without the slow derivation, the same key
SQLCipher itself derives; a stale one is its own clear message and changes nothing."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from madeinlocal_desktop.errors import StudyFileError
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.storage import cipher

PASSPHRASE = "velo rouge sous la pluie de mars"


def _study(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "poitiers.madeinlocal"
    with Project.new_study(path, "Centre de Poitiers", 2025, ["86194"], "Poitiers",
                           passphrase=PASSPHRASE) as project:
        key = project.reopening_key
    assert key is not None
    return path, key


def test_the_passphrase_opens_a_file_sqlcipher_keyed_itself(tmp_path: Path) -> None:
    path = tmp_path / "keyed-by-sqlcipher.db"
    conn = cipher.connect(str(path), PASSPHRASE)  # SQLCipher derives the key from the text
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('Boulangerie')")
    conn.commit()
    conn.close()
    conn, key = cipher.open_keyed(path, PASSPHRASE)
    try:
        assert conn.execute("SELECT x FROM t").fetchall() == [("Boulangerie",)]
    finally:
        conn.close()
    assert key is not None and cipher.is_raw_key(key)
    assert key.endswith(cipher.file_salt(path).hex() + "'")


def test_the_remembered_key_opens_the_study_without_the_derivation(tmp_path: Path) -> None:
    path, key = _study(tmp_path)
    started = time.perf_counter()
    with Project.open(path, passphrase=key) as project:
        seconds = time.perf_counter() - started
        assert project.study.name == "Centre de Poitiers"
        assert project.reopening_key == key
    started = time.perf_counter()
    Project.open(path, passphrase=PASSPHRASE).close()
    typed = time.perf_counter() - started
    # 256,000 rounds of PBKDF2 are most of a typed opening; the key skips them
    assert seconds < typed / 2


def test_copies_made_with_the_key_open_with_the_passphrase_too(tmp_path: Path) -> None:
    path, key = _study(tmp_path)
    with Project.open(path, passphrase=key) as project:
        copy = project.continue_in_copy(tmp_path / "copie.madeinlocal")
    with Project.open(copy, passphrase=PASSPHRASE) as project:
        assert project.study.name == "Centre de Poitiers"


def test_a_stale_key_says_so_and_changes_nothing(tmp_path: Path) -> None:
    path, stale = _study(tmp_path)
    Project.change_passphrase(path, PASSPHRASE, "trois chats gris sur le toit")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StudyFileError) as caught:
        Project.open(path, passphrase=stale)
    assert caught.value.code == "storage.remembered_key_wrong"
    assert "poitiers.madeinlocal" in str(caught.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    with Project.open(path, passphrase="trois chats gris sur le toit") as project:
        assert project.reopening_key not in (None, stale)


def test_the_key_is_not_in_the_clear_in_the_study_or_its_backups(tmp_path: Path) -> None:
    path, key = _study(tmp_path)
    with Project.open(path, passphrase=key) as project:
        (tmp_path / "copies").mkdir()
        backup = project.backups.backup(tmp_path / "copies")
        listed = project.backups.describe(backup)  # the backup opens with the same key
    assert listed.study_name == "Centre de Poitiers"
    raw = bytes.fromhex(key[2:66])
    for file in tmp_path.rglob("*"):
        if file.is_file():
            content = file.read_bytes()
            assert raw not in content and key[2:66].encode() not in content
