"""Pure merge logic: version vectors and the field-level three-way merge (docs/exchange.md).

A record's `version` is a vector {device: number of saves made on that device}. Each field also
remembers the *dot* (device, counter) of the edit it holds. The dot is what makes the merge a
three-way one without storing old copies: a field was "changed on the other side" exactly when
the other side's dot for it is one this side has not seen (its vector does not cover it). The
common ancestor of a field is therefore the last edit both sides have seen, whatever the order
in which bundles travelled and however many devices relayed them.

A field edited on both sides since their common ancestor keeps *every* concurrent entry
(dot, value) until a person chooses; the row shows one of them, picked the same way on every
device so that all devices converge to the same data.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

Vector = dict[str, int]
DELETED = "deleted"  # the tombstone flag merges like any other field


class Order(Enum):
    EQUAL = "equal"
    BEFORE = "before"  # the first vector is older: the second has seen all of it and more
    AFTER = "after"
    CONCURRENT = "concurrent"


def compare(first: Vector, second: Vector) -> Order:
    first_seen = all(n <= second.get(device, 0) for device, n in first.items())
    second_seen = all(n <= first.get(device, 0) for device, n in second.items())
    if first_seen and second_seen:
        return Order.EQUAL
    if first_seen:
        return Order.BEFORE
    if second_seen:
        return Order.AFTER
    return Order.CONCURRENT


def join(first: Vector, second: Vector) -> Vector:
    merged = dict(first)
    for device, n in second.items():
        if n > merged.get(device, 0):
            merged[device] = n
    return merged


@dataclass(frozen=True, order=True)
class Dot:
    """One edit: the `counter`-th save of a record on `device`."""

    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.device}:{self.counter}"

    @classmethod
    def parse(cls, text: str) -> Dot | None:
        if not text:
            return None
        device, _, counter = text.rpartition(":")
        if not device or not counter.isdigit():
            raise ValueError(f"not a dot: {text!r}")
        return cls(int(counter), device)


def covered(dot: Dot | None, vector: Vector) -> bool:
    """Has a side whose version is `vector` seen this edit? (No dot: known to everyone.)"""
    return dot is None or vector.get(dot.device, 0) >= dot.counter


def _rank(dot: Dot | None) -> tuple[int, str]:
    return (-1, "") if dot is None else (dot.counter, dot.device)


@dataclass(frozen=True)
class Entry:
    """One value a field holds, with the edit that wrote it."""

    dot: Dot | None
    value: Any


def value_key(value: Any) -> str:
    """Values compared as JSON, so 1 and 1.0 or '' and None are never confused."""
    return json.dumps(value, sort_keys=True)


def is_real_conflict(entries: Sequence[Entry]) -> bool:
    return len({value_key(e.value) for e in entries}) > 1


@dataclass
class State:
    """A record as the merge sees it: values of every synced field plus `deleted`."""

    id: str
    version: Vector
    values: dict[str, Any]
    dots: dict[str, Dot | None]
    conflicts: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    updated_at: str | None = None
    updated_by: str | None = None
    device: str | None = None

    def entries(self, name: str) -> tuple[Entry, ...]:
        if name in self.conflicts:
            return self.conflicts[name]
        return (Entry(self.dots.get(name), self.values.get(name)),)

    def open_conflicts(self) -> list[str]:
        return [name for name, entries in self.conflicts.items() if is_real_conflict(entries)]


class Kind(Enum):
    NEW = "new"
    IDENTICAL = "identical"
    OLDER = "older"  # we already have a newer version: nothing to do
    TAKEN = "taken"  # theirs is newer: take it whole
    MERGED = "merged"  # concurrent edits: field by field


@dataclass
class Outcome:
    kind: Kind
    state: State | None  # what to write; None when nothing changes
    changed: list[str] = field(default_factory=list)  # fields whose shown value changes
    new_conflicts: list[str] = field(default_factory=list)


def merge(local: State | None, remote: State, fields: Sequence[str]) -> Outcome:
    """What becomes of `local` when `remote` arrives (`fields` includes `deleted`)."""
    if local is None:
        return Outcome(Kind.NEW, remote, list(fields), remote.open_conflicts())
    order = compare(local.version, remote.version)
    if order is Order.EQUAL:
        return Outcome(Kind.IDENTICAL, None)
    if order is Order.AFTER:
        return Outcome(Kind.OLDER, None)
    if order is Order.BEFORE:
        merged = remote
        kind = Kind.TAKEN
    else:
        merged = _merge_concurrent(local, remote, fields)
        kind = Kind.MERGED
    changed = [name for name in fields
               if value_key(local.values.get(name)) != value_key(merged.values.get(name))]
    new_conflicts = [name for name in merged.open_conflicts()
                     if _dots(merged.conflicts[name]) != _dots(local.conflicts.get(name, ()))]
    return Outcome(kind, merged, changed, new_conflicts)


def _dots(entries: Iterable[Entry]) -> set[Dot | None]:
    return {e.dot for e in entries}


def _merge_concurrent(local: State, remote: State, fields: Sequence[str]) -> State:
    values: dict[str, Any] = {}
    dots: dict[str, Dot | None] = {}
    conflicts: dict[str, tuple[Entry, ...]] = {}
    for name in fields:
        entries = merge_entries(local.entries(name), local.version,
                                remote.entries(name), remote.version)
        primary = entries[-1]
        values[name], dots[name] = primary.value, primary.dot
        if len(entries) > 1:
            # Kept even when the values agree: a later edit that saw only one of them must
            # still be recognised as concurrent with the other (docs/exchange.md).
            conflicts[name] = entries
    # Who-and-when of the merged row: the later of the two, the same on every device.
    meta = max((local.updated_at or "", local.device or "", local.updated_by or ""),
               (remote.updated_at or "", remote.device or "", remote.updated_by or ""))
    return State(local.id, join(local.version, remote.version), values, dots, conflicts,
                 meta[0] or None, meta[2] or None, meta[1] or None)


def merge_entries(ours: Sequence[Entry], our_version: Vector,
                  theirs: Sequence[Entry], their_version: Vector) -> tuple[Entry, ...]:
    """The entries of one field that survive: those the other side has not superseded.

    An entry survives when the other side holds it too, or has not seen it yet. The result is
    sorted so that its last entry (the value shown) is the same on every device.
    """
    our_dots, their_dots = _dots(ours), _dots(theirs)
    kept: dict[Dot | None, Entry] = {}
    for entry in ours:
        if entry.dot in their_dots or not covered(entry.dot, their_version):
            kept[entry.dot] = entry
    for entry in theirs:
        if entry.dot in our_dots or not covered(entry.dot, our_version):
            kept.setdefault(entry.dot, entry)
    if not kept:  # cannot happen with consistent inputs; never lose both values
        for entry in (*ours, *theirs):
            kept.setdefault(entry.dot, entry)
    return tuple(sorted(kept.values(), key=lambda e: _rank(e.dot)))


# -- how dots and conflicts are stored (compact JSON on each row) ------------------------------

def pack_dots(dots: dict[str, Dot | None]) -> dict[str, str]:
    """{"": most common dot, field: other dot...}: most rows store one short string."""
    counts = Counter(d for d in dots.values() if d is not None)
    if not counts:
        return {}
    default = max(counts, key=lambda d: (counts[d], _rank(d)))
    packed = {"": str(default)}
    for name, dot in dots.items():
        if dot != default:
            packed[name] = "" if dot is None else str(dot)
    return packed


def unpack_dots(packed: dict[str, str], fields: Sequence[str]) -> dict[str, Dot | None]:
    default = Dot.parse(packed.get("", ""))
    result: dict[str, Dot | None] = {}
    for name in fields:
        text = packed.get(name)
        result[name] = default if text is None else Dot.parse(text)
    return result


def pack_conflicts(conflicts: dict[str, tuple[Entry, ...]]) -> dict[str, list[list[Any]]]:
    return {name: [[str(e.dot) if e.dot else "", e.value] for e in entries]
            for name, entries in sorted(conflicts.items())}


def unpack_conflicts(packed: dict[str, Any] | None) -> dict[str, tuple[Entry, ...]]:
    if not packed:
        return {}
    result: dict[str, tuple[Entry, ...]] = {}
    for name, items in packed.items():
        entries = [Entry(Dot.parse(dot), value) for dot, value in items]
        result[name] = tuple(sorted(entries, key=lambda e: _rank(e.dot)))
    return result
