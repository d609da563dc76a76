"""Conflicts: kept with every value on every device, resolved by a person, logged, travelling."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from madeinlocal_desktop.errors import InvalidInput, NotFound
from tests.sync.sync_helpers import add_interview, coordinator, join, snapshot


@pytest.fixture
def pair(tmp_path: Path):
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice")
    bob = join(coord, tmp_path, "dev-bob", "Bob")
    post = tmp_path / "post"
    post.mkdir()
    interview = add_interview(alice)
    bob.sync.import_bundles([alice.sync.make_bundle(post).path])
    yield alice, bob, interview, post
    for project in (coord, alice, bob):
        project.close()


def _exchange(first, second, post: Path) -> None:
    bundles = [p.sync.make_bundle(post) for p in (first, second)]
    first.sync.import_bundles([b.path for b in bundles if b])
    second.sync.import_bundles([b.path for b in bundles if b])


def test_disjoint_fields_merge_and_the_same_field_becomes_a_conflict(pair) -> None:
    alice, bob, interview, post = pair
    alice.interviews.save(dataclasses.replace(interview, notes="vu la gérante",
                                              turnover_excl_vat=12_000_000))
    bob.interviews.save(dataclasses.replace(interview, notes="rappeler lundi"))
    _exchange(alice, bob, post)

    assert snapshot(alice) == snapshot(bob)
    merged = alice.interviews.get(interview.id)
    assert merged.turnover_excl_vat == 12_000_000  # only Alice changed it: merged silently
    for project, mine in ((alice, "vu la gérante"), (bob, "rappeler lundi")):
        [conflict] = project.sync.conflicts()
        assert (conflict.table, conflict.field) == ("interviews", "notes")
        assert {o.value for o in conflict.options} == {"vu la gérante", "rappeler lundi"}
        assert [o.value for o in conflict.options if o.mine] == [mine]
        assert conflict.record == "interview Boulangerie du Marché, 2026-03-02"
        assert conflict.record_code == "conflict.record_interview"
        assert conflict.record_params == {"shop": "Boulangerie du Marché", "date": "2026-03-02"}
    history = alice.history("interviews", interview.id)
    assert any(h["field"] == "*conflict*:notes" for h in history)


def test_a_third_device_keeps_both_values_whatever_the_order(pair, tmp_path) -> None:
    """The case a 'last received' base snapshot gets wrong: C takes A's edit first, then B's
    concurrent one; B's must not silently overwrite A's."""
    alice, bob, interview, post = pair
    carol = join(alice, tmp_path, "dev-carol", "Carol")  # the kit is already in tmp_path
    carol.sync.import_bundles(sorted(post.glob("*.zip")))
    alice.businesses.save(dataclasses.replace(alice.businesses.get(interview.business_id),
                                              name="Chez Alice"))
    bob.businesses.save(dataclasses.replace(bob.businesses.get(interview.business_id),
                                            name="Chez Bob"))
    first, second = alice.sync.make_bundle(post), bob.sync.make_bundle(post)
    carol.sync.import_bundles([first.path])
    assert carol.businesses.get(interview.business_id).name == "Chez Alice"
    carol.sync.import_bundles([second.path])
    [conflict] = carol.sync.conflicts()
    assert {o.value for o in conflict.options} == {"Chez Alice", "Chez Bob"}
    alice.sync.import_bundles([second.path])
    bob.sync.import_bundles([first.path])
    assert snapshot(alice) == snapshot(bob) == snapshot(carol)
    carol.close()


def test_resolving_writes_a_new_version_logged_and_sent_to_everyone(pair) -> None:
    alice, bob, interview, post = pair
    alice.interviews.save(dataclasses.replace(interview, notes="A"))
    bob.interviews.save(dataclasses.replace(interview, notes="B"))
    _exchange(alice, bob, post)
    [conflict] = bob.sync.conflicts()
    bob.sync.resolve(conflict.id[:6], take="theirs")  # a prefix of the id is enough

    assert bob.sync.conflicts() == []
    assert bob.interviews.get(interview.id).notes == "A"
    resolved = [h for h in bob.history("interviews", interview.id)
                if h["field"] == "*resolved*:notes"]
    assert resolved and resolved[0]["new"] == "A" and resolved[0]["who"] == "Bob"

    _exchange(alice, bob, post)
    assert alice.sync.conflicts() == []
    assert alice.interviews.get(interview.id).notes == "A"
    assert snapshot(alice) == snapshot(bob)


def test_resolving_with_a_typed_value(pair) -> None:
    alice, bob, interview, post = pair
    alice.interviews.save(dataclasses.replace(interview, turnover_excl_vat=1))
    bob.interviews.save(dataclasses.replace(interview, turnover_excl_vat=2))
    _exchange(alice, bob, post)
    [conflict] = alice.sync.conflicts()
    assert {o.shown for o in conflict.options} == {"€0.01", "€0.02"}
    with pytest.raises(InvalidInput, match="cannot be negative"):
        alice.sync.resolve(conflict.id, typed="-5")
    alice.sync.resolve(conflict.id, typed="123 456,78")
    assert alice.interviews.get(interview.id).turnover_excl_vat == 12_345_678


def test_choices_that_do_not_designate_one_value_are_refused(pair) -> None:
    alice, bob, interview, post = pair
    alice.interviews.save(dataclasses.replace(interview, notes="A"))
    bob.interviews.save(dataclasses.replace(interview, notes="B"))
    _exchange(alice, bob, post)
    [conflict] = alice.sync.conflicts()
    with pytest.raises(InvalidInput, match="between 1 and 2"):
        alice.sync.resolve(conflict.id, take=3)
    with pytest.raises(InvalidInput, match="one of"):
        alice.sync.resolve(conflict.id)
    with pytest.raises(NotFound):
        alice.sync.resolve("ffffffffff", take=1)
    alice.sync.resolve(conflict.id, take=2)
    assert alice.sync.conflicts() == []


def test_the_same_value_on_both_sides_is_not_a_conflict(pair) -> None:
    alice, bob, interview, post = pair
    for project in (alice, bob):
        project.interviews.save(dataclasses.replace(interview, notes="même note"))
    _exchange(alice, bob, post)
    assert alice.sync.conflicts() == bob.sync.conflicts() == []
    assert snapshot(alice) == snapshot(bob)


def test_a_local_edit_of_a_conflicting_field_settles_it(pair) -> None:
    alice, bob, interview, post = pair
    alice.interviews.save(dataclasses.replace(interview, notes="A"))
    bob.interviews.save(dataclasses.replace(interview, notes="B"))
    _exchange(alice, bob, post)
    alice.interviews.save(dataclasses.replace(alice.interviews.get(interview.id), notes="C"))
    _exchange(alice, bob, post)
    assert alice.sync.conflicts() == bob.sync.conflicts() == []
    assert bob.interviews.get(interview.id).notes == "C"
