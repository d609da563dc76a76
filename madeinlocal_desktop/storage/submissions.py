"""Imported submissions (KoboToolbox, ODK Central): instance id → interview, and a digest."""

from __future__ import annotations

from collections.abc import Sequence

from .database import StudyDatabase, WriteContext, utc_now


def known(sdb: StudyDatabase) -> dict[str, tuple[str, str]]:
    """instance id → (interview id, digest of the submission as last imported)."""
    return {r["instance_id"]: (r["interview_id"], r["digest"]) for r in sdb.query(
        "SELECT instance_id, interview_id, digest FROM submissions")}


def record(sdb: StudyDatabase, rows: Sequence[tuple[str, str, str]], source: str,
           ctx: WriteContext) -> None:
    """Inside the caller's transaction: (instance id, interview id, digest) for each."""
    now = utc_now()
    sdb.db.conn.executemany(
        "INSERT INTO submissions (instance_id, interview_id, digest, source, imported_at, who, "
        "device) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(instance_id) DO UPDATE SET "
        "interview_id = excluded.interview_id, digest = excluded.digest, "
        "source = excluded.source, imported_at = excluded.imported_at, who = excluded.who, "
        "device = excluded.device",
        [(instance, interview, digest, source, now, ctx.who, ctx.device)
         for instance, interview, digest in rows])
