"""Saved scenarios travel in bundles like other records: saved on one device, they arrive on
another with the same figures; a deletion travels too; a bad one is refused there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from madeinlocal_desktop.analysis.scenario_impact import ScenarioSpec, Shift
from madeinlocal_desktop.errors import UserFacingError
from madeinlocal_desktop.project import Project
from tests.sync.sync_helpers import add_interview, coordinator, join
from tests.sync.test_settings_bundles import _tampered

SHORT = ScenarioSpec((Shift("supplies", 0.2), Shift("rent", 0.5, 0.3)), 0.45, "Circuits courts")


@pytest.fixture
def pair(tmp_path: Path):
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice")
    (tmp_path / "post").mkdir()
    yield coord, alice
    coord.close()
    alice.close()


def test_a_scenario_saved_on_one_device_runs_the_same_on_the_other(pair, tmp_path) -> None:
    coord, alice = pair
    add_interview(coord, amounts=(3_000_000, 500_000, 800_000))
    coord.scenarios.save(SHORT)
    info = coord.sync.make_bundle(tmp_path / "post")
    [report] = alice.sync.import_bundles([info.path])
    assert report.status == "imported" and report.counts.rejected == 0
    assert alice.scenarios.list() == [SHORT]
    assert alice.scenarios.run("Circuits courts") == coord.scenarios.run("Circuits courts")


def test_a_replacement_and_a_deletion_travel_back(pair, tmp_path) -> None:
    coord, alice = pair
    coord.scenarios.save(SHORT)
    coord.scenarios.save(ScenarioSpec((Shift("supplies", 0.1),), 0.5, "Prudent"))
    alice.sync.import_bundles([coord.sync.make_bundle(tmp_path / "post").path])
    alice.scenarios.delete("Prudent")
    alice.scenarios.save(ScenarioSpec((Shift("supplies", 0.6),), 0.5, "Circuits courts"),
                         replace=True)
    coord.sync.import_bundles([alice.sync.make_bundle(tmp_path / "post").path])
    assert coord.scenarios.names() == ["Circuits courts"]
    assert coord.scenarios.get("Circuits courts").shifts == (Shift("supplies", 0.6),)


def test_the_same_name_saved_on_two_devices_stays_one_scenario(pair, tmp_path) -> None:
    coord, alice = pair
    coord.scenarios.save(SHORT)
    alice.scenarios.save(ScenarioSpec((Shift("supplies", 0.6),), 0.5, "circuits courts"))
    from_coord = coord.sync.make_bundle(tmp_path / "post")
    from_alice = alice.sync.make_bundle(tmp_path / "post")
    alice.sync.import_bundles([from_coord.path])
    coord.sync.import_bundles([from_alice.path])
    assert len(coord.scenarios.list()) == len(alice.scenarios.list()) == 1
    # Two concurrent values of one field: shown to a person, not silently resolved.
    assert {c.table for c in coord.sync.conflicts()} == {"saved_scenarios"}


def _bad_fraction(table, columns, cells) -> bool:
    if table != "saved_scenarios":
        return False
    at = columns.index("spec")
    spec = json.loads(cells[at])
    spec["shifts"][0]["fraction"] = 1.5
    cells[at] = json.dumps(spec)
    return True


def test_a_bad_scenario_in_a_bundle_is_refused_and_the_file_is_unchanged(pair,
                                                                        tmp_path) -> None:
    coord, alice = pair
    coord.scenarios.save(SHORT)
    info = coord.sync.make_bundle(tmp_path / "post")
    bad = tmp_path / "bad.zip"
    bad.write_bytes(_tampered(coord, info.path, _bad_fraction))
    path = alice.path
    alice.close()
    before = path.read_bytes()
    with Project.open(path, device="dev-alice") as again:
        with pytest.raises(UserFacingError) as refused:
            again.sync.import_bundle(bad)
        assert "\n" not in str(refused.value)
        assert again.scenarios.list() == []
    assert path.read_bytes() == before
