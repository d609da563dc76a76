"""An erasure travels: every device that receives it erases the shop's identity, in its record,
its history and its open conflicts, and an older bundle arriving later cannot bring it back."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from madeinlocal_desktop.domain import Business
from madeinlocal_desktop.storage.erasure import ERASED
from tests.project.test_erasure import ADDRESS, NAME, SIRET, raw_bytes
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


def named(project, shop: Business, name: str) -> None:
    project.businesses.save(Business(shop.id, name, naf=shop.naf, commune=shop.commune,
                                     siret=SIRET, address=ADDRESS))


def test_erasing_on_one_device_erases_on_every_other(trio, tmp_path: Path) -> None:
    coord, alice, bob = trio
    post = tmp_path / "post"
    interview = add_interview(alice, NAME)
    shop = alice.businesses.get(interview.business_id)
    named(alice, shop, NAME)
    old = alice.sync.make_bundle(post)
    for other in (coord, bob):
        other.sync.import_bundles([old.path])
    # Bob renames the shop while Coordination erases it: a conflict Bob's file keeps open...
    named(bob, shop, NAME + " (ancienne adresse)")
    coord.businesses.delete(shop.id)
    erased = coord.sync.make_bundle(post)
    renamed = bob.sync.make_bundle(post)
    coord.sync.import_bundles([renamed.path])
    for project in (alice, bob):
        project.sync.import_bundles([erased.path, old.path])  # ...and an older copy, late
    alice.sync.import_bundles([renamed.path])
    for project in (coord, alice, bob):
        [row] = project._db.query("SELECT * FROM businesses WHERE id = ?", [shop.id])
        assert (row["name"], row["siret"], row["erased"]) == (ERASED, None, 1)
        assert row["sync_conflicts"] is None or NAME not in row["sync_conflicts"]
        # the figures stay: the interview still counts
        assert project.interviews.get(interview.id).lines == interview.lines
    assert snapshot(coord, with_sync=False) == snapshot(alice, with_sync=False) \
        == snapshot(bob, with_sync=False)
    for project in (coord, alice, bob):
        path = project.path
        project.close()
        data = raw_bytes(path)
        assert NAME.encode() not in data and SIRET.encode() not in data
        assert ADDRESS.encode() not in data


PERSON = "Mme Josiane Verdier-Pontac"


def test_an_erased_shops_interview_notes_stay_empty_whatever_arrives(trio,
                                                                     tmp_path: Path) -> None:
    coord, alice, bob = trio
    post = tmp_path / "post"
    interview = add_interview(alice, NAME)
    alice.interviews.save(dataclasses.replace(interview, notes=f"Vu {PERSON}, la gérante"))
    shared = alice.sync.make_bundle(post)
    for other in (coord, bob):
        other.sync.import_bundles([shared.path])
    # Bob writes a note naming her while Coordination erases the shop...
    bob.interviews.save(dataclasses.replace(bob.interviews.get(interview.id),
                                            notes=f"{PERSON} rappelle lundi"))
    coord.businesses.delete(interview.business_id)
    erased = coord.sync.make_bundle(post)
    noted = bob.sync.make_bundle(post)
    coord.sync.import_bundles([noted.path])
    alice.sync.import_bundles([noted.path, erased.path])
    bob.sync.import_bundles([erased.path])
    # ...and Alice, once she knows, types one more: it is not kept either.
    alice.interviews.save(dataclasses.replace(alice.interviews.get(interview.id),
                                              notes=f"{PERSON} encore"))
    for project in (coord, alice, bob):
        kept = project.interviews.get(interview.id)
        assert kept.notes == ""
        assert kept.lines == interview.lines  # the figures stay
    assert snapshot(coord, with_sync=False) == snapshot(bob, with_sync=False)
    for project in (coord, alice, bob):
        path = project.path
        project.close()
        assert PERSON.encode() not in raw_bytes(path)
