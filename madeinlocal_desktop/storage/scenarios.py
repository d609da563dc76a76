"""Saved scenarios: a name and the scenario's JSON (`ScenarioSpec.to_dict()` without the name).

A scenario's id is derived from its name (case and spacing aside): saving "Circuits courts" on
two devices edits one travelling record, which merges like any other, and a name deleted then
saved again revives its tombstone instead of adding a second record.
"""

from __future__ import annotations

import uuid
from typing import Any

from . import records
from .database import StudyDatabase, WriteContext

TABLE = "saved_scenarios"
FIELDS = ("name", "spec")
_NAMESPACE = uuid.UUID("5d0c4c3e-8a51-4d55-9a86-0f4f0f6f2a13")


def scenario_id(name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, " ".join(name.split()).casefold()))


def save(sdb: StudyDatabase, name: str, spec_json: str,
         ctx: WriteContext) -> records.SaveReport:
    row = {"id": scenario_id(name), "name": name, "spec": spec_json}
    return records.save_many(sdb, TABLE, [row], ctx, fields=FIELDS)


def load_all(sdb: StudyDatabase) -> list[dict[str, Any]]:
    """Live scenarios as {id, name, spec} (spec as stored JSON text), by id."""
    return sdb.query(f"SELECT id, name, spec FROM {TABLE} WHERE deleted = 0 ORDER BY id")


def load(sdb: StudyDatabase, name: str) -> dict[str, Any] | None:
    rows = sdb.query(f"SELECT id, name, spec FROM {TABLE} WHERE id = ? AND deleted = 0",
                     [scenario_id(name)])
    return rows[0] if rows else None


def delete(sdb: StudyDatabase, name: str, ctx: WriteContext) -> int:
    return records.mark_deleted(sdb, TABLE, [scenario_id(name)], ctx)
