"""The pure merge rules: version vectors, dots, field-level three-way merge."""

from __future__ import annotations

from madeinlocal_desktop.sync.merge import (
    Dot,
    Entry,
    Kind,
    Order,
    State,
    compare,
    join,
    merge,
    merge_entries,
    pack_dots,
    unpack_dots,
)

FIELDS = ("name", "naf", "deleted")


def state(version: dict[str, int], values: dict, dots: dict) -> State:
    return State("r", version, {"deleted": 0, **values},
                 {name: Dot.parse(text) for name, text in dots.items()})


def test_compare_and_join() -> None:
    assert compare({"a": 1}, {"a": 1}) is Order.EQUAL
    assert compare({"a": 1}, {"a": 2}) is Order.BEFORE
    assert compare({"a": 2, "b": 1}, {"a": 2}) is Order.AFTER
    assert compare({"a": 2}, {"b": 1}) is Order.CONCURRENT
    assert join({"a": 2, "b": 1}, {"a": 1, "c": 4}) == {"a": 2, "b": 1, "c": 4}


def test_older_newer_and_identical() -> None:
    old = state({"a": 1}, {"name": "x", "naf": None}, {"name": "a:1", "naf": "a:1",
                                                       "deleted": "a:1"})
    new = state({"a": 2}, {"name": "y", "naf": None}, {"name": "a:2", "naf": "a:1",
                                                       "deleted": "a:1"})
    assert merge(new, old, FIELDS).kind is Kind.OLDER
    assert merge(old, old, FIELDS).kind is Kind.IDENTICAL
    taken = merge(old, new, FIELDS)
    assert taken.kind is Kind.TAKEN and taken.changed == ["name"]
    assert merge(None, new, FIELDS).kind is Kind.NEW


def test_concurrent_edits_of_different_fields_merge_the_same_way_on_both_sides() -> None:
    base = {"name": "a:1", "naf": "a:1", "deleted": "a:1"}
    ours = state({"a": 1, "b": 1}, {"name": "B", "naf": None}, base | {"name": "b:1"})
    theirs = state({"a": 1, "c": 1}, {"name": "x", "naf": "10.71C"}, base | {"naf": "c:1"})
    one, two = merge(ours, theirs, FIELDS), merge(theirs, ours, FIELDS)
    assert one.kind is two.kind is Kind.MERGED
    assert one.state.values == two.state.values == {"name": "B", "naf": "10.71C",
                                                     "deleted": 0}
    assert one.state.version == {"a": 1, "b": 1, "c": 1}
    assert one.new_conflicts == [] and one.state.conflicts == {}


def test_same_field_on_both_sides_keeps_both_values() -> None:
    base = {"name": "a:1", "naf": "a:1", "deleted": "a:1"}
    ours = state({"a": 1, "b": 1}, {"name": "B", "naf": None}, base | {"name": "b:1"})
    theirs = state({"a": 1, "c": 1}, {"name": "C", "naf": None}, base | {"name": "c:1"})
    one, two = merge(ours, theirs, FIELDS), merge(theirs, ours, FIELDS)
    assert one.new_conflicts == two.new_conflicts == ["name"]
    assert one.state.values["name"] == two.state.values["name"] == "C"  # shown: same everywhere
    assert [e.value for e in one.state.conflicts["name"]] == ["B", "C"]


def test_an_entry_seen_by_the_other_side_is_superseded() -> None:
    ours = (Entry(Dot(1, "a"), "old"),)
    theirs = (Entry(Dot(1, "b"), "new"),)
    kept = merge_entries(ours, {"a": 1}, theirs, {"a": 1, "b": 1})
    assert kept == theirs


def test_dots_are_stored_compactly() -> None:
    dots = {"name": Dot(3, "a"), "naf": Dot(1, "a"), "deleted": Dot(1, "a"), "x": None}
    packed = pack_dots(dots)
    assert packed == {"": "a:1", "name": "a:3", "x": ""}
    assert unpack_dots(packed, list(dots)) == dots
