"""Two surveyors, one shop: possible duplicates, merged (or dismissed) by a person."""

from __future__ import annotations

from pathlib import Path

from madeinlocal_desktop.domain import Business, new_id
from madeinlocal_desktop.sync.duplicates import normalise_name
from tests.sync.sync_helpers import add_interview, coordinator, join


def test_normalised_names() -> None:
    assert normalise_name("Boulangerie du Marché SARL") == "boulangerie marche"
    assert normalise_name("  BOULANGERIE-DU-MARCHE ") == "boulangerie marche"
    assert normalise_name("L'Épicerie & Co") == "epicerie co"
    assert normalise_name("SAS") == "sas"  # never reduced to nothing


def test_same_shop_from_two_surveyors_appears_and_can_be_merged(tmp_path: Path) -> None:
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice")
    bob = join(coord, tmp_path, "dev-bob", "Bob")
    post = tmp_path / "post"
    post.mkdir()
    first = add_interview(alice, "Boulangerie du Marché")
    second = add_interview(bob, "BOULANGERIE DU MARCHE SARL")
    bob.businesses.save(Business(new_id(), "Tabac", siret="73282932000074", commune="86194"))
    alice.businesses.save(Business(new_id(), "Le Khédive", siret="732 829 320 00074"))
    alice.businesses.save(Business(new_id(), "Boulangerie du Marché", commune="79191"))
    for project in (alice, bob):
        coord.sync.import_bundles([project.sync.make_bundle(post).path])

    found = coord.sync.duplicates()
    assert sorted(d.reason for d in found) == ["same SIRET", "same name and commune"]
    by_name = next(d for d in found if d.reason == "same name and commune")
    assert {by_name.first.id, by_name.second.id} == {first.business_id, second.business_id}

    siret_pair = next(d for d in found if d.reason == "same SIRET")
    coord.sync.dismiss_duplicate(*siret_pair.ids)
    assert [d.reason for d in coord.sync.duplicates()] == ["same name and commune"]

    kept = coord.sync.merge_duplicates(first.business_id, second.business_id).value
    assert coord.sync.duplicates() == []
    assert {i.business_id for i in coord.interviews.list()} == {kept.id}
    assert coord.interviews.get(second.id).business_id == first.business_id
    # The merge is an ordinary edit: it travels to the surveyors.
    bob.sync.import_bundles([coord.sync.make_bundle(post).path])
    assert bob.interviews.get(second.id).business_id == first.business_id
    for project in (coord, alice, bob):
        project.close()
