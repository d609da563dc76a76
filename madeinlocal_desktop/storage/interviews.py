"""Interviews and their spending lines (lines travel as records of their own)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from ..domain import Interview, InterviewStatus, RespendSource, SpendLine
from . import erasure, records
from .database import StudyDatabase, WriteContext, id_chunks

FIELDS = ("business_id", "date", "surveyor", "consent", "status", "turnover_cents", "notes",
          "consent_version")
LINE_FIELDS = ("interview_id", "position", "category", "amount_cents", "local_share",
               "respend_share", "respend_source")


def to_row(interview: Interview) -> dict[str, Any]:
    return {"id": interview.id, "business_id": interview.business_id, "date": interview.date,
            "surveyor": interview.surveyor, "consent": int(interview.consent),
            "status": str(interview.status), "turnover_cents": interview.turnover_excl_vat,
            "notes": interview.notes, "consent_version": interview.consent_version}


def line_row(interview_id: str, position: int, line: SpendLine) -> dict[str, Any]:
    return {"id": line.id, "interview_id": interview_id, "position": position,
            "category": line.category, "amount_cents": line.amount,
            "local_share": line.local_share, "respend_share": line.respend_share,
            "respend_source": None if line.respend_source is None else str(line.respend_source)}


def save(sdb: StudyDatabase, interviews: Sequence[Interview],
         ctx: WriteContext) -> records.SaveReport:
    """Save interviews with their lines; lines no longer in an interview become tombstones."""
    report = records.save_many(sdb, "interviews",
                               erasure.quiet_notes(sdb, [to_row(i) for i in interviews]), ctx,
                               fields=FIELDS)
    rows = [line_row(i.id, pos, line) for i in interviews for pos, line in enumerate(i.lines)]
    records.save_many(sdb, "spend_lines", rows, ctx, fields=LINE_FIELDS)
    kept = {r["id"] for r in rows}
    stale: list[str] = []
    # An interview this save created (not revived) has no lines but those just written.
    new = set(report.created) - set(report.revived)
    ids = [i.id for i in interviews if i.id not in new]
    for chunk, marks in id_chunks(ids):
        stale += [r["id"] for r in sdb.query(
            f"SELECT id FROM spend_lines WHERE deleted = 0 AND interview_id IN ({marks})", chunk)
            if r["id"] not in kept]
    if stale:
        records.mark_deleted(sdb, "spend_lines", stale, ctx)
    return report


def _from_row(row: dict[str, Any], lines: list[SpendLine]) -> Interview:
    return Interview(id=row["id"], business_id=row["business_id"], date=row["date"],
                     surveyor=row["surveyor"], consent=bool(row["consent"]),
                     status=InterviewStatus(row["status"]),
                     turnover_excl_vat=row["turnover_cents"], notes=row["notes"], lines=lines,
                     consent_version=row["consent_version"])


def _line(row: dict[str, Any]) -> SpendLine:
    source = row["respend_source"]
    return SpendLine(id=row["id"], category=row["category"], amount=row["amount_cents"],
                     local_share=row["local_share"], respend_share=row["respend_share"],
                     respend_source=None if source is None else RespendSource(source))


def load_all(sdb: StudyDatabase) -> list[Interview]:
    lines: dict[str, list[SpendLine]] = defaultdict(list)
    for row in sdb.query("SELECT * FROM spend_lines WHERE deleted = 0 "
                         "ORDER BY interview_id, position"):
        lines[row["interview_id"]].append(_line(row))
    return [_from_row(r, lines[r["id"]]) for r in sdb.query(
        "SELECT * FROM interviews WHERE deleted = 0 ORDER BY date, id")]


def iter_all(sdb: StudyDatabase, size: int = 500) -> Iterator[list[Interview]]:
    """`load_all` in chunks of `size` interviews (same order): an export of a large study
    holds one chunk at a time."""
    cursor = sdb.db.conn.execute("SELECT * FROM interviews WHERE deleted = 0 ORDER BY date, id")
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(size):
        rows = [dict(zip(names, values, strict=True)) for values in batch]
        marks = ",".join("?" * len(rows))
        lines: dict[str, list[SpendLine]] = defaultdict(list)
        for row in sdb.query(f"SELECT * FROM spend_lines WHERE deleted = 0 AND interview_id "
                             f"IN ({marks}) ORDER BY interview_id, position",
                             [r["id"] for r in rows]):
            lines[row["interview_id"]].append(_line(row))
        yield [_from_row(r, lines[r["id"]]) for r in rows]


def get(sdb: StudyDatabase, interview_id: str) -> Interview | None:
    rows = sdb.query("SELECT * FROM interviews WHERE id = ? AND deleted = 0", [interview_id])
    if not rows:
        return None
    lines = [_line(r) for r in sdb.query(
        "SELECT * FROM spend_lines WHERE interview_id = ? AND deleted = 0 ORDER BY position",
        [interview_id])]
    return _from_row(rows[0], lines)


def delete(sdb: StudyDatabase, interview_id: str, ctx: WriteContext) -> int:
    line_ids = [r["id"] for r in sdb.query(
        "SELECT id FROM spend_lines WHERE interview_id = ? AND deleted = 0", [interview_id])]
    records.mark_deleted(sdb, "spend_lines", line_ids, ctx)
    return records.mark_deleted(sdb, "interviews", [interview_id], ctx)


def existing_ids(sdb: StudyDatabase) -> set[str]:
    return {r["id"] for r in sdb.query("SELECT id FROM interviews WHERE deleted = 0")}


def summaries(sdb: StudyDatabase) -> list[dict[str, Any]]:
    """One row per interview for lists: no lines loaded, the shop's name joined in."""
    return sdb.query(
        "SELECT i.id, i.business_id, b.name AS business_name, i.date, i.surveyor, i.status, "
        "i.consent, i.turnover_cents, i.updated_at, "
        "(SELECT COUNT(*) FROM spend_lines s WHERE s.interview_id = i.id AND s.deleted = 0) "
        "AS n_lines "
        "FROM interviews i LEFT JOIN businesses b ON b.id = i.business_id "
        "WHERE i.deleted = 0 ORDER BY i.date DESC, b.name COLLATE NOCASE")


def latest_statuses(sdb: StudyDatabase, business_ids: list[str] | None = None) -> dict[str, str]:
    """The status of each shop's latest interview (by date), for the shops given (None: all)."""
    query = "SELECT business_id, status FROM interviews WHERE deleted = 0 {} ORDER BY date, rowid"
    if business_ids is None:
        return {r["business_id"]: r["status"] for r in sdb.rows(query.format(""))}
    latest: dict[str, str] = {}
    for chunk, marks in id_chunks(business_ids):
        for row in sdb.rows(query.format(f"AND business_id IN ({marks})"), chunk):
            latest[row["business_id"]] = row["status"]
    return latest


def line_ids_ever(sdb: StudyDatabase, interview_id: str) -> list[str]:
    """Every line the interview ever had, deleted ones included (for its history)."""
    return [r["id"] for r in sdb.query(
        "SELECT id FROM spend_lines WHERE interview_id = ? ORDER BY position", [interview_id])]


def surveyor_names(sdb: StudyDatabase) -> list[str]:
    return [r["surveyor"] for r in sdb.query(
        "SELECT DISTINCT surveyor FROM interviews WHERE deleted = 0 AND surveyor IS NOT NULL "
        "AND surveyor != '' ORDER BY surveyor COLLATE NOCASE")]
