"""Erasure: a deleted shop or respondent keeps its id and figures, not who it was.

A shop whose interviews stay is kept, erased (shown "effacé"), so the analysis is unchanged;
one without interviews, and a respondent, are also tombstoned.

The identifying fields take a neutral value, the `erased` flag (m009) is set and travels like any
field, and the values the file still held elsewhere are overwritten in place: the record's
history rows and its open conflicts. `secure_delete` is switched on first so that the space the
old values leave is zeroed rather than left in free pages.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from . import interviews, records
from .database import StudyDatabase, WriteContext, dumps, id_chunks

ERASED = "*erased*"  # the stored name of an erased record; the app shows "effacé" / "erased"
# What an erased record keeps in place of each identifying field.
IDENTIFYING: dict[str, dict[str, Any]] = {
    "businesses": {"name": ERASED, "siret": None, "address": None},
    "respondents": {"label": ERASED},
}
_INTERVIEW_FREE_TEXT: dict[str, Any] = {"notes": ""}  # a shop's notes may name people


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def erase(sdb: StudyDatabase, table: str, ids: Sequence[str], ctx: WriteContext) -> int:
    """Erase and tombstone records (caller's transaction); how many were not yet erased."""
    from . import businesses, respondents

    sdb.db.conn.execute("PRAGMA secure_delete = ON")
    fields = {"businesses": businesses.FIELDS, "respondents": respondents.FIELDS}[table]
    rows = [row for row in records.fetch_by_ids(sdb, table, ids).values() if not row["erased"]]
    erased = [{**{name: row[name] for name in fields}, **IDENTIFYING[table], "erased": 1,
               "id": row["id"]} for row in rows]
    records.save_many(sdb, table, erased, ctx, fields=fields)
    kept: set[str] = set()
    if table == "businesses" and rows:
        # A shop with interviews stays, erased, so its figures (and its sector) still count.
        _clear_interview_notes(sdb, [row["id"] for row in rows], ctx)
        live = [r["id"] for r in rows if not r["deleted"]]  # a tombstone stays one
        kept = {row["business_id"] for row in _interviews_of(sdb, live) if not row["deleted"]}
    records.mark_deleted(sdb, table, [row["id"] for row in rows if row["id"] not in kept], ctx)
    scrub(sdb, table, [row["id"] for row in rows])
    return len(rows)


def _clear_interview_notes(sdb: StudyDatabase, business_ids: Sequence[str],
                           ctx: WriteContext) -> None:
    # The interviews stay (their figures feed the analysis); only their free text goes.
    rows = [row for row in _interviews_of(sdb, business_ids) if row["notes"]]
    records.save_many(sdb, "interviews",
                      [{**{n: row[n] for n in interviews.FIELDS}, **_INTERVIEW_FREE_TEXT,
                        "id": row["id"]} for row in rows], ctx, fields=interviews.FIELDS)


def _interviews_of(sdb: StudyDatabase, business_ids: Sequence[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for chunk, marks in id_chunks(business_ids):
        found += sdb.query(f"SELECT * FROM interviews WHERE business_id IN ({marks})", chunk)
    return found


def keep_erased(sdb: StudyDatabase, table: str,
                rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows about to be saved, those of live erased records kept erased: editing an erased
    shop's sector cannot bring its name back. (Re-creating a tombstone is a new record.)"""
    live_erased = {row["id"] for row in records.fetch_by_ids(
        sdb, table, [r["id"] for r in rows]).values() if row["erased"] and not row["deleted"]}
    return [{**row, **IDENTIFYING[table], "erased": 1} if row["id"] in live_erased else row
            for row in rows]


def quiet_notes(sdb: StudyDatabase, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Interview rows about to be saved, those of an erased shop without notes: a note typed
    after the erasure (or on a device that had not heard of it yet) may name the shop's people."""
    erased = set(erased_ids(sdb, "businesses", {row["business_id"] for row in rows}))
    return [{**row, **_INTERVIEW_FREE_TEXT} if row["business_id"] in erased else row
            for row in rows]


def quiet_merged_notes(sdb: StudyDatabase, interview_ids: Iterable[str],
                       business_ids: Iterable[str]) -> None:
    """After a merge: the notes of interviews of erased shops (those received, and those of the
    shops received) are emptied in place with their open conflicts and history on notes. Every
    device applies the same rule to the same rows, so all converge whatever the order."""
    conn = sdb.db.conn
    found: set[str] = set()
    for chunk, marks in id_chunks(sorted(set(interview_ids))):
        found |= {row[0] for row in conn.execute(
            f"SELECT i.id FROM interviews i JOIN businesses b ON b.id = i.business_id "
            f"WHERE b.erased = 1 AND i.id IN ({marks})", chunk)}
    for chunk, marks in id_chunks(erased_ids(sdb, "businesses", business_ids)):
        found |= {row[0] for row in conn.execute(
            f"SELECT id FROM interviews WHERE business_id IN ({marks})", chunk)}
    ids = sorted(found)
    if not ids:
        return
    conn.execute("PRAGMA secure_delete = ON")
    for chunk, marks in id_chunks(ids):
        conn.execute(f"UPDATE interviews SET notes = ? WHERE notes <> ? AND id IN ({marks})",
                     [_INTERVIEW_FREE_TEXT["notes"], _INTERVIEW_FREE_TEXT["notes"], *chunk])
    _scrub_conflicts(sdb, "interviews", ids, _INTERVIEW_FREE_TEXT)
    _scrub_history(sdb, "interviews", ids, _INTERVIEW_FREE_TEXT)


def erased_ids(sdb: StudyDatabase, table: str, ids: Iterable[str]) -> list[str]:
    found: list[str] = []
    for chunk, marks in id_chunks(sorted(set(ids))):
        found += [row[0] for row in sdb.db.conn.execute(
            f"SELECT id FROM {_q(table)} WHERE erased = 1 AND id IN ({marks})", chunk)]
    return found


def scrub(sdb: StudyDatabase, table: str, ids: Sequence[str]) -> None:
    """Overwrite what the file still holds of erased records' identities: their history rows,
    their open conflicts on those fields, and (for shops) their interviews' notes in the
    history."""
    if not ids:
        return
    sdb.db.conn.execute("PRAGMA secure_delete = ON")
    _scrub_history(sdb, table, ids, IDENTIFYING[table])
    _scrub_conflicts(sdb, table, ids, IDENTIFYING[table])
    if table == "businesses":
        interview_ids = [row["id"] for row in _interviews_of(sdb, ids)]
        # Their open conflicts are shared state that merges: only the history is this file's.
        _scrub_history(sdb, "interviews", interview_ids, _INTERVIEW_FREE_TEXT)


def _scrub_history(sdb: StudyDatabase, table: str, ids: Sequence[str],
                   neutral: dict[str, Any]) -> None:
    conn = sdb.db.conn
    for chunk, marks in id_chunks(ids):
        for row_id, field, old, new in conn.execute(
                f"SELECT id, field, old, new FROM history WHERE record_table = ? "
                f"AND record_id IN ({marks})", [table, *chunk]).fetchall():
            name = field.rpartition(":")[2] if field.startswith("*conflict*:") else field
            if name in neutral:
                text = None if neutral[name] is None else str(neutral[name])
                conn.execute("UPDATE history SET old = ?, new = ? WHERE id = ?",
                             [None if old is None else text,
                              None if new is None else text, row_id])
            elif field == records.CREATED:
                conn.execute("UPDATE history SET old = ?, new = ? WHERE id = ?",
                             [_neutral_snapshot(old, neutral), _neutral_snapshot(new, neutral),
                              row_id])


def _neutral_snapshot(text: str | None, neutral: dict[str, Any]) -> str | None:
    try:
        snapshot = json.loads(text) if text else None
    except ValueError:
        return None
    if not isinstance(snapshot, dict):
        return text
    return dumps({**snapshot, **{k: v for k, v in neutral.items() if k in snapshot}})


def _scrub_conflicts(sdb: StudyDatabase, table: str, ids: Sequence[str],
                     neutral: dict[str, Any]) -> None:
    conn = sdb.db.conn
    for chunk, marks in id_chunks(ids):
        for row_id, text in conn.execute(
                f"SELECT id, sync_conflicts FROM {_q(table)} WHERE sync_conflicts IS NOT NULL "
                f"AND id IN ({marks})", chunk).fetchall():
            conflicts = {k: v for k, v in json.loads(text).items() if k not in neutral}
            conn.execute(f"UPDATE {_q(table)} SET sync_conflicts = ? WHERE id = ?",
                         [dumps(conflicts) if conflicts else None, row_id])
