"""The interview form's business box: every shop of the study, 100,000 in a large one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .text import search_key


@dataclass(frozen=True)
class BusinessChoices:
    """Made on the worker: the box's labels ("shop — commune"), their ids and accent-free keys.

    The box shows the labels from a string list model filled in one call; adding them one item
    at a time held the window 0.4 s for 106,000 shops, and matching what was typed read every
    item's text back from the box."""

    ids: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # id → its place in the box

    @classmethod
    def of(cls, pairs: Sequence[tuple[str, str]]) -> BusinessChoices:
        """From (id, label) pairs, in the order the box lists them."""
        ids = [business_id for business_id, _ in pairs]
        labels = [label for _, label in pairs]
        return cls(ids, labels, [search_key(label) for label in labels],
                   {business_id: row for row, business_id in enumerate(ids)})

    def row_of(self, business_id: str | None) -> int:
        """The box's index for a shop, -1 (no choice) for none or one not listed."""
        return self.rows.get(business_id, -1) if business_id else -1

    def label_of(self, business_id: str) -> str:
        row = self.row_of(business_id)
        return self.labels[row] if row >= 0 else ""

    def id_at(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def best_match(self, typed: str) -> int:
        """The row whose label is what was typed, else starts with it, else holds it (-1)."""
        wanted = search_key(typed).strip()
        if not wanted:
            return -1
        for test in (str.__eq__, str.startswith, str.__contains__):
            found = next((row for row, key in enumerate(self.keys) if test(key, wanted)), -1)
            if found >= 0:
                return found
        return -1
