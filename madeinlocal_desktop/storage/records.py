"""Versioned records: every save bumps the record's version vector and appends to `history`.

Rows are plain dicts of column values as stored. Saving many rows at once is one read of the
existing rows and a few `executemany` calls, so an import of thousands of lines stays fast.

The history is compact (migration m007): the records one save creates share ONE history row
(`record_id` is `SAVED_TOGETHER`, `new` their number), which each of them names in its
`created_history` column. A new record's values are the record's own, so they are not copied:
`record_history` rebuilds the creation snapshot from the record, undoing the changes logged
after it. Changes of fields keep one row each (table, record, field, old, new), as before; a
revived tombstone keeps an explicit snapshot row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .database import StudyDatabase, WriteContext, dumps, id_chunks, utc_now

CREATED = "*created*"  # history field for a new record: `new` holds its JSON snapshot
SAVED_TOGETHER = "*"  # record_id of the one CREATED row of the records a save created
DELETED = "deleted"
# Tables whose records name the save that created them (`created_history`, m007).
COMPACT_TABLES = ("study", "surveyors", "businesses", "interviews", "spend_lines", "respondents")
# Columns that are the record's bookkeeping, not its values (not in a creation snapshot).
_BOOKKEEPING = frozenset({"id", "version", "deleted", "updated_at", "updated_by", "device",
                          "sync_dots", "sync_conflicts", "created_history"})


@dataclass
class SaveReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    revived: list[str] = field(default_factory=list)  # created again over a tombstone


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def fetch_by_ids(sdb: StudyDatabase, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for chunk, marks in id_chunks(ids):
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
    revivals: list[list[Any]] = []
    updates: list[dict[str, Any]] = []
    history: list[tuple[Any, ...]] = []
    first_version = bump(None, ctx.device)  # the same for every new record of this save
    for row in rows:
        old = existing.get(row["id"])
        if old is None or old.get("deleted"):
            values = [row.get(name) for name in fields]
            if old is None:
                inserts.append([row["id"], *values, first_version, now, ctx.who, ctx.device])
            else:
                revivals.append([row["id"], *values, bump(old["version"], ctx.device), now,
                                 ctx.who, ctx.device])
                report.revived.append(row["id"])
                # `old` keeps the tombstone's values: the first creation is rebuilt from them.
                before = dumps({name: old.get(name) for name in fields})
                snapshot = dumps({name: row.get(name) for name in fields})
                history.append((table, row["id"], CREATED, before, snapshot, ctx.who, now,
                                ctx.device))
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
    columns = ["id", *fields, "version", "updated_at", "updated_by", "device"]
    if inserts:
        compact = table in COMPACT_TABLES
        if compact:
            saved = sdb.db.conn.execute(
                "INSERT INTO history (record_table, record_id, field, old, new, who, at, device) "
                "VALUES (?, ?, ?, NULL, ?, ?, ?, ?)",
                [table, SAVED_TOGETHER, CREATED, str(len(inserts)), ctx.who, now, ctx.device])
            for insert in inserts:
                insert.append(saved.lastrowid)
        else:
            history[:0] = [(table, insert[0], CREATED, None,
                            dumps(dict(zip(fields, insert[1:1 + len(fields)], strict=True))),
                            ctx.who, now, ctx.device) for insert in inserts]
        names = ",".join(_quote(c) for c in [*columns, *(["created_history"] if compact else [])])
        marks = ",".join("?" * (len(columns) + compact))
        sdb.db.conn.executemany(
            f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks})", inserts)
    if revivals:
        # A tombstoned id being re-created is revived in place (children keep their reference).
        names = ",".join(_quote(c) for c in columns)
        marks = ",".join("?" * len(columns))
        revive = ",".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in columns[1:])
        sdb.db.conn.executemany(
            f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {revive}, deleted = 0", revivals)
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
    """The record's history rows in order (field, old, new, who, at, device); a creation
    shared with other records comes back as the record's own CREATED row with its snapshot."""
    rows = sdb.query(
        "SELECT id, field, old, new, who, at, device FROM history "
        "WHERE record_table = ? AND record_id = ? ORDER BY id", [table, record_id])
    if table in COMPACT_TABLES:
        record = sdb.query(f"SELECT * FROM {_quote(table)} WHERE id = ?", [record_id])
        saved = record[0].get("created_history") if record else None
        if saved is not None:
            [creation] = sdb.query("SELECT id, field, old, new, who, at, device FROM history "
                                   "WHERE id = ?", [saved])
            creation["new"] = dumps(_created_values(sdb, table, record[0], saved, rows))
            rows = sorted([*rows, creation], key=lambda row: row["id"])
    return [{"field": row["field"], "old": None if row["field"] == CREATED else row["old"],
             "new": row["new"], "who": row["who"], "at": row["at"], "device": row["device"]}
            for row in rows]


def _created_values(sdb: StudyDatabase, table: str, record: dict[str, Any], saved: int,
                    rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The record's values when `saved` created it: its values now (or, if it was deleted and
    created again, the values it had then), each change since undone."""
    later = [row for row in rows if row["id"] > saved]
    values = {name: value for name, value in record.items() if name not in _BOOKKEEPING}
    for position, row in enumerate(later):
        if row["field"] == CREATED and (row["old"] or row["new"]):
            values = json.loads(row["old"] or row["new"])
            later = later[:position]
            break
    types = {info["name"]: str(info["type"]).upper()
             for info in sdb.query(f"PRAGMA table_info({_quote(table)})")}
    for row in reversed(later):
        if row["field"] in values:
            values[row["field"]] = _typed(row["old"], types.get(row["field"], ""))
    return values


def _typed(text: str | None, declared: str) -> Any:
    """A history text back as the column stores it (history keeps values as text)."""
    if text is None:
        return None
    try:
        if "INT" in declared:
            return int(text)
        if "REAL" in declared:
            return float(text)
    except ValueError:
        return text
    return text


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
