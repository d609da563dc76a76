"""The coordinator's settings travel in bundles like other records: a change made on one
device arrives on another and merges there; one that breaks a rule is refused there."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from madeinlocal_desktop.errors import UserFacingError
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.sync.bundles import MANIFEST, RECORDS
from madeinlocal_desktop.sync.study_bundles import study_key
from tests.fuzz_support import BaseBundle, signed
from tests.sync.sync_helpers import add_interview, coordinator, join


@pytest.fixture
def pair(tmp_path: Path):
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice")
    (tmp_path / "post").mkdir()
    yield coord, alice
    coord.close()
    alice.close()


def test_settings_changed_by_the_coordinator_arrive_on_the_surveyor_device(pair,
                                                                          tmp_path) -> None:
    coord, alice = pair
    interview = add_interview(alice)
    coord.settings.set_default_share("tax", 0.35, "Budget de la commune")
    coord.settings.rename_category("rent", label_fr="Loyer commercial")
    coord.settings.add_category("fees", "Honoraires", "Fees", recipient="supplier")
    coord.settings.set_territory(["86194", "86066"])
    coord.settings.set_local_rules(vat_excluded=False)
    info = coord.sync.make_bundle(tmp_path / "post")
    assert info is not None

    [report] = alice.sync.import_bundles([info.path])
    assert report.status == "imported" and report.counts.rejected == 0
    study = alice.study
    assert study.respend_defaults["tax"].share == 0.35
    assert study.category("rent").label_fr == "Loyer commercial"
    assert study.category("fees").label_en == "Fees"
    assert study.territory.communes == ["86194", "86066"]
    assert study.rules.vat_excluded is False
    assert [line.category for line in alice.interviews.get(interview.id).lines] == [
        "wages", "rent"]  # lines stay attached to the renamed category
    assert {h["field"] for h in alice.history("categories", "rent")} == {"label_fr"}


def test_a_surveyor_edit_and_a_coordinator_renaming_merge_both_ways(pair, tmp_path) -> None:
    coord, alice = pair
    coord.settings.rename_category("rent", label_en="Shop rent")
    add_interview(alice)
    from_coord = coord.sync.make_bundle(tmp_path / "post")
    from_alice = alice.sync.make_bundle(tmp_path / "post")
    alice.sync.import_bundles([from_coord.path])
    coord.sync.import_bundles([from_alice.path])
    for project in (coord, alice):
        assert project.study.category("rent").label_en == "Shop rent"
        assert len(project.interviews.list()) == 1
    # An older bundle brought again does not undo the renaming.
    alice.sync.import_bundles([from_coord.path])
    assert alice.study.category("rent").label_en == "Shop rent"


def test_two_concurrent_renamings_end_the_same_on_both_devices(pair, tmp_path) -> None:
    coord, alice = pair
    coord.settings.rename_category("rent", label_fr="Loyer (coordination)")
    alice.settings.rename_category("rent", label_fr="Loyer (Alice)")
    # The later renaming wins, then the device id: both may fall in the same millisecond.
    stamps = {label: (row["updated_at"], row["device"]) for label, row in (
        ("Loyer (coordination)", _category_row(coord, "rent")),
        ("Loyer (Alice)", _category_row(alice, "rent")))}
    later = max(stamps, key=lambda label: stamps[label])
    from_coord = coord.sync.make_bundle(tmp_path / "post")
    from_alice = alice.sync.make_bundle(tmp_path / "post")
    alice.sync.import_bundles([from_coord.path])
    coord.sync.import_bundles([from_alice.path])
    assert coord.study.category("rent") == alice.study.category("rent")
    assert alice.study.category("rent").label_fr == later


def _category_row(project: Project, code: str) -> dict:
    return project._db.query("SELECT * FROM categories WHERE code = ?", [code])[0]


def _tampered(project: Project, info_path: Path, edit) -> bytes:
    """The bundle re-signed with the study key after `edit(table, columns, cells)`: what a
    device of this study could send, so the record checks, not the signature, must refuse."""
    with zipfile.ZipFile(info_path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        lines = archive.read(RECORDS).decode().splitlines()
    table, columns = None, []
    for number, line in enumerate(lines):
        if line.startswith("{"):
            header = json.loads(line)
            table, columns = header["table"], header["columns"]
        elif line.startswith("["):
            cells = json.loads(line)
            if edit(table, columns, cells):
                lines[number] = json.dumps(cells, ensure_ascii=False)
    base = BaseBundle(manifest, lines, study_key(project._db), info_path.read_bytes())
    return signed(base)


def _bad_share(table, columns, cells) -> bool:
    if table != "study":
        return False
    at = columns.index("respend_defaults")
    defaults = json.loads(cells[at])
    defaults["tax"]["share"] = 1.3
    cells[at] = json.dumps(defaults)
    return True


def _changed_recipient(table, columns, cells) -> bool:
    if table != "categories" or cells[columns.index("code")] != "rent":
        return False
    cells[columns.index("recipient")] = "supplier"
    return True


def _blank_label(table, columns, cells) -> bool:
    if table != "categories" or cells[columns.index("code")] != "rent":
        return False
    cells[columns.index("label_fr")] = "\ud800"
    return True


@pytest.mark.parametrize("edit", [_bad_share, _changed_recipient, _blank_label],
                         ids=["share 130 %", "category changes recipient", "broken label"])
def test_a_bad_setting_in_a_bundle_is_refused_and_the_file_is_unchanged(pair, tmp_path,
                                                                       edit) -> None:
    coord, alice = pair
    if edit is _bad_share:
        coord.settings.set_default_share("tax", 0.35, "Budget de la commune")
    else:
        coord.settings.rename_category("rent", label_fr="Loyer commercial")
    info = coord.sync.make_bundle(tmp_path / "post")
    bad = tmp_path / "bad.zip"
    bad.write_bytes(_tampered(coord, info.path, edit))
    path = alice.path
    alice.close()
    before = path.read_bytes()
    with Project.open(path, device="dev-alice") as again:
        with pytest.raises(UserFacingError) as refused:  # the bundle's one change is bad
            again.sync.import_bundle(bad)
        assert "\n" not in str(refused.value)
        assert "tax" not in again.study.respend_defaults
        assert again.study.category("rent").label_fr == "Loyer"
    assert path.read_bytes() == before
