"""Encrypted study files: nothing of the study readable in the file, its WAL or its backups;
opened with its passphrase only; a missing or wrong passphrase is one clear message and
leaves the file as it was; plain files open as before."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from madeinlocal_desktop.domain import Business, Interview, SpendLine, new_id, siret_is_valid
from madeinlocal_desktop.errors import InvalidInput, StudyFileError
from madeinlocal_desktop.project import Project

PASSPHRASE = "velo rouge sous la pluie de mars"
SHOPS = ("Boulangerie Quintrelle", "Quincaillerie Vobrecourt")
TURNOVER = 73_918_264  # cents: 739 182,64 €
SPEND = 4_127_395


def _siret(prefix: str) -> str:
    return next(prefix + str(d) for d in range(10) if siret_is_valid(prefix + str(d)))


SIRETS = (_siret("4128573390001"), _siret("7730815460002"))


def _fill(project: Project) -> None:
    for name, siret in zip(SHOPS, SIRETS, strict=True):
        shop = project.businesses.save(Business(new_id(), name, commune="86194", siret=siret)).value
        project.interviews.save(Interview(
            new_id(), shop.id, "2026-03-02", turnover_excl_vat=TURNOVER,
            lines=[SpendLine(new_id(), "energy", SPEND, 0.5)]))


def _secrets() -> list[bytes]:
    found = []
    for text in (*SHOPS, *SIRETS, str(TURNOVER), str(SPEND), "739182,64", "739182.64"):
        found += [text.encode("utf-8"), text.encode("utf-16-le")]
    for number in (TURNOVER, SPEND):
        for size in (4, 8):
            found += [number.to_bytes(size, "little"), number.to_bytes(size, "big")]
    return found


def _readable(data: bytes) -> list[bytes]:
    return [secret for secret in _secrets() if secret in data]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _encrypted_study(path: Path) -> Path:
    with Project.new_study(path, "Centre-ville", 2025, ["86194"], "Poitiers",
                           passphrase=PASSPHRASE) as project:
        _fill(project)
    return path


def test_a_plain_study_shows_its_data_so_the_search_below_means_something(
        tmp_path: Path) -> None:
    path = tmp_path / "plain.madeinlocal"
    with Project.new_study(path, "Centre-ville", 2025, ["86194"], "Poitiers") as project:
        _fill(project)
    data = path.read_bytes() + Path(f"{path}-wal").read_bytes() if Path(
        f"{path}-wal").exists() else path.read_bytes()
    assert SHOPS[0].encode() in data and SIRETS[0].encode() in data


def test_the_file_and_its_wal_hold_nothing_readable_while_it_is_written(
        tmp_path: Path) -> None:
    path = tmp_path / "poitiers.madeinlocal"
    project = Project.new_study(path, "Centre-ville", 2025, ["86194"], "Poitiers",
                                passphrase=PASSPHRASE)
    try:
        _fill(project)  # written, not checkpointed: the pages are in the WAL
        wal = Path(f"{path}-wal")
        assert wal.stat().st_size > 0
        assert _readable(wal.read_bytes()) == []
        assert _readable(path.read_bytes()) == []
        assert not path.read_bytes().startswith(b"SQLite format 3")
        assert project.encrypted
    finally:
        project.close()
    assert _readable(path.read_bytes()) == []


def test_it_opens_with_its_passphrase_and_its_backups_are_encrypted_too(
        tmp_path: Path) -> None:
    path = _encrypted_study(tmp_path / "poitiers.madeinlocal")
    folder = tmp_path / "usb"
    folder.mkdir()
    with Project.open(path, passphrase=PASSPHRASE) as project:
        assert sorted(b.name for b in project.businesses.list()) == sorted(SHOPS)
        copy = project.backups.backup(folder)
        daily = project.backups.rotate()
        assert daily is not None
        assert [c.interviews for c in project.backups.copies()] == [2]
        restored = project.backups.restore(daily)
    for file in (copy, daily, restored):
        assert _readable(file.read_bytes()) == [], file.name
        assert Project.is_encrypted(file)
    with Project.open(copy, passphrase=PASSPHRASE) as again:
        assert len(again.interviews.list()) == 2


@pytest.mark.parametrize("passphrase", [None, "", "velo rouge sous la pluie d'avril"])
def test_without_its_passphrase_it_says_so_and_the_file_is_unchanged(
        tmp_path: Path, passphrase: str | None) -> None:
    path = _encrypted_study(tmp_path / "poitiers.madeinlocal")
    before = _digest(path)
    with pytest.raises(StudyFileError) as caught:
        Project.open(path, passphrase=passphrase)
    expected = "storage.wrong_passphrase" if passphrase else "storage.encrypted"
    assert caught.value.code == expected
    assert "\n" not in str(caught.value) and "poitiers.madeinlocal" in str(caught.value)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poitiers.madeinlocal"]


def test_plain_sqlite_cannot_read_it_and_our_check_calls_it_encrypted(tmp_path: Path) -> None:
    path = _encrypted_study(tmp_path / "poitiers.madeinlocal")
    before = _digest(path)
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT name FROM businesses").fetchall()
    conn.close()
    assert Project.is_encrypted(path)
    with pytest.raises(StudyFileError, match="encrypted study: give its passphrase"):
        Project.open(path)
    assert _digest(path) == before


def test_a_text_file_is_still_not_a_study(tmp_path: Path) -> None:
    path = tmp_path / "notes.madeinlocal"
    path.write_text("liste des commerces\n", encoding="utf-8")
    assert not Project.is_encrypted(path)
    with pytest.raises(StudyFileError) as caught:
        Project.open(path, passphrase=PASSPHRASE)
    assert caught.value.code == "storage.not_a_study"


def test_encrypt_decrypt_and_change_the_passphrase_in_place(tmp_path: Path) -> None:
    path = tmp_path / "poitiers.madeinlocal"
    with Project.new_study(path, "Centre-ville", 2025, ["86194"], "Poitiers") as project:
        _fill(project)
    Project.encrypt_file(path, PASSPHRASE)
    assert _readable(path.read_bytes()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poitiers.madeinlocal"]
    new = "trois chats gris sur le toit"
    Project.change_passphrase(path, PASSPHRASE, new)
    with pytest.raises(StudyFileError, match="does not open"):
        Project.open(path, passphrase=PASSPHRASE)
    with Project.open(path, passphrase=new) as project:
        assert len(project.interviews.list()) == 2
        project.businesses.save(Business(new_id(), "Fromagerie", commune="86194"))
    Project.decrypt_file(path, new)
    assert SHOPS[0].encode() in path.read_bytes()
    with Project.open(path) as project:
        assert len(project.businesses.list()) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poitiers.madeinlocal"]


def test_a_weak_new_passphrase_or_a_wrong_old_one_changes_nothing(tmp_path: Path) -> None:
    path = _encrypted_study(tmp_path / "poitiers.madeinlocal")
    before = _digest(path)
    with pytest.raises(InvalidInput) as weak:
        Project.change_passphrase(path, PASSPHRASE, "motdepasse")
    assert weak.value.code == "crypto.passphrase_short"
    with pytest.raises(StudyFileError) as wrong:
        Project.decrypt_file(path, "pas la bonne phrase du tout")
    assert wrong.value.code == "storage.wrong_passphrase"
    with pytest.raises(InvalidInput) as twice:
        Project.encrypt_file(path, PASSPHRASE)
    assert twice.value.code == "storage.already_encrypted"
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poitiers.madeinlocal"]


def test_a_passphrase_given_for_a_plain_file_is_not_needed(tmp_path: Path) -> None:
    path = tmp_path / "plain.madeinlocal"
    Project.new_study(path, "Centre-ville", 2025, ["86194"], "Poitiers").close()
    with Project.open(path, passphrase=PASSPHRASE) as project:
        assert not project.encrypted
        assert project.study.name == "Centre-ville"


def test_a_new_file_whose_rows_differ_replaces_nothing(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from madeinlocal_desktop.storage import cipher

    path = tmp_path / "poitiers.madeinlocal"
    with Project.new_study(path, "Centre-ville", 2025, ["86194"], "Poitiers") as project:
        _fill(project)
    before = _digest(path)
    real_export = cipher.export_to

    def altering(conn: object, target: Path, passphrase: str | None) -> None:
        real_export(conn, target, passphrase)  # as many rows, one of them changed
        altered = cipher.connect(str(target), passphrase or "")
        altered.execute("UPDATE businesses SET name = 'Autre nom' WHERE rowid = 1")
        altered.commit()
        altered.close()

    monkeypatch.setattr(cipher, "export_to", altering)
    with pytest.raises(StudyFileError) as caught:
        Project.encrypt_file(path, PASSPHRASE)
    assert caught.value.code == "storage.rewrite_mismatch"
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poitiers.madeinlocal"]
