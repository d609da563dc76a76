"""Versioned records: every save bumps the record's version vector and appends to `history`.

Rows are plain dicts of column values as stored. Saving many rows at once is one read of the
existing rows and a few `executemany` calls, so an import of thousands of lines stays fast.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .database import StudyDatabase, WriteContext, dumps, utc_now

CREATED = "*created*"  # history field for a new record: `new` holds its JSON snapshot
DELETED = "deleted"
_CHUNK = 500  # SQLite's default limit on bound parameters is 999 (older builds)


@dataclass
class SaveReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def fetch_by_ids(sdb: StudyDatabase, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start:start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        for row in sdb.db.query(f"SELECT * FROM {_quote(table)} WHERE id IN ({marks})", chunk):
            found[row["id"]] = row
    return found


def bump(version_json: str | None, device: str) -> str:
    vector: dict[str, int] = json.loads(version_json) if version_json else {}
    vector[device] = vector.get(device, 0) + 1
    return dumps(vector)


def save_many(
    sdb: StudyDatabase,
    table: str,
    rows: Iterable[dict[str, Any]],
    ctx: WriteContext,
    *,
    fields: Sequence[str],
) -> SaveReport:
    """Insert or update rows (keyed by `id`) inside the caller's transaction."""
    rows = list(rows)
    existing = fetch_by_ids(sdb, table, [r["id"] for r in rows])
    now = utc_now()
    report = SaveReport()
    inserts: list[list[Any]] = []
    updates: list[dict[str, Any]] = []
    history: list[tuple[Any, ...]] = []
    for row in rows:
        old = existing.get(row["id"])
        if old is None or old.get("deleted"):
            values = [row.get(name) for name in fields]
            previous = None if old is None else old["version"]
            inserts.append([row["id"], *values, bump(previous, ctx.device), now, ctx.who,
                            ctx.device])
            snapshot = dumps({name: row.get(name) for name in fields})
            history.append((table, row["id"], CREATED, None, snapshot, ctx.who, now, ctx.device))
            report.created.append(row["id"])
            continue
        changed = [name for name in fields if old.get(name) != row.get(name)]
        if not changed:
            report.unchanged.append(row["id"])
            continue
        update = {name: row.get(name) for name in changed}
        update.update(id=row["id"], version=bump(old["version"], ctx.device),
                      updated_at=now, updated_by=ctx.who, device=ctx.device)
        updates.append(update)
        history.extend(
            (table, row["id"], name, _text(old.get(name)), _text(row.get(name)), ctx.who, now,
             ctx.device)
            for name in changed
        )
        report.updated.append(row["id"])
    if inserts:
        columns = ["id", *fields, "version", "updated_at", "updated_by", "device"]
        names = ",".join(_quote(c) for c in columns)
        marks = ",".join("?" * len(columns))
        # A tombstoned id being re-created is revived in place (children keep their reference).
        revive = ",".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in columns[1:])
        sdb.db.conn.executemany(
            f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {revive}, deleted = 0", inserts)
    for update in updates:
        assignments = ",".join(f"{_quote(k)} = :{k}" for k in update if k != "id")
        sdb.db.conn.execute(f"UPDATE {_quote(table)} SET {assignments} WHERE id = :id", update)
    append_history(sdb, history)
    return report


def mark_deleted(sdb: StudyDatabase, table: str, ids: Sequence[str], ctx: WriteContext) -> int:
    """Tombstones: the row stays (so an old copy cannot bring it back), flagged deleted."""
    existing = fetch_by_ids(sdb, table, ids)
    now = utc_now()
    count = 0
    for record_id, old in existing.items():
        if old["deleted"]:
            continue
        sdb.db.conn.execute(
            f"UPDATE {_quote(table)} SET deleted = 1, version = ?, updated_at = ?, "
            "updated_by = ?, device = ? WHERE id = ?",
            [bump(old["version"], ctx.device), now, ctx.who, ctx.device, record_id],
        )
        append_history(sdb, [(table, record_id, DELETED, "0", "1", ctx.who, now, ctx.device)])
        count += 1
    return count


def append_history(sdb: StudyDatabase, rows: Sequence[tuple[Any, ...]]) -> None:
    if rows:
        sdb.db.conn.executemany(
            "INSERT INTO history (record_table, record_id, field, old, new, who, at, device) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def record_history(sdb: StudyDatabase, table: str, record_id: str) -> list[dict[str, Any]]:
    return sdb.query(
        "SELECT field, old, new, who, at, device FROM history "
        "WHERE record_table = ? AND record_id = ? ORDER BY id", [table, record_id])


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
