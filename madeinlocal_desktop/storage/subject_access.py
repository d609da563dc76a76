"""What the file holds about one shop, read for a subject-access report (project/privacy.py)."""

from __future__ import annotations

from typing import Any

from . import erasure, records
from .database import StudyDatabase

_HIDDEN = ("sync_dots", "created_history")  # bookkeeping that says nothing about the shop


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in _HIDDEN}


def find_business(sdb: StudyDatabase, business_id: str | None,
                  siret: str | None) -> str | None:
    """The id of the shop named by id or SIRET (erased ones included), or None."""
    if business_id is not None:
        rows = sdb.query("SELECT id FROM businesses WHERE id = ?", [business_id])
    else:
        rows = sdb.query("SELECT id FROM businesses WHERE siret = ? ORDER BY deleted, id",
                         [siret])
    return rows[0]["id"] if rows else None


def held_about(sdb: StudyDatabase, business_id: str) -> dict[str, Any]:
    """The shop's record, its interviews and lines, their respondents, every history row of
    them, and the bundles exchanged since it was first saved (any of them may carry it)."""
    [business] = sdb.query("SELECT * FROM businesses WHERE id = ?", [business_id])
    interviews = sdb.query("SELECT * FROM interviews WHERE business_id = ? ORDER BY date, id",
                           [business_id])
    ids = [row["id"] for row in interviews]
    marks = ",".join("?" * len(ids))
    lines = sdb.query(f"SELECT * FROM spend_lines WHERE interview_id IN ({marks}) "
                      "ORDER BY interview_id, position", ids) if ids else []
    respondents = sdb.query(f"SELECT * FROM respondents WHERE interview_id IN ({marks}) "
                            "ORDER BY id", ids) if ids else []
    history = [{"table": "businesses", "record": business_id, **h}
               for h in records.record_history(sdb, "businesses", business_id)]
    for table, rows in (("interviews", interviews), ("spend_lines", lines),
                        ("respondents", respondents)):
        for row in rows:
            history += [{"table": table, "record": row["id"], **h}
                        for h in records.record_history(sdb, table, row["id"])]
    first_saved = min((h["at"] for h in history if h["at"]), default="")
    bundles = sdb.query("SELECT bundle_id, direction, file_name, device, who, at FROM "
                        "sync_bundles WHERE at >= ? ORDER BY at", [first_saved])
    return {"business": _plain(business), "erased": bool(business.get("erased")),
            "interviews": [_plain(r) for r in interviews],
            "spend_lines": [_plain(r) for r in lines],
            "respondents": [_plain(r) for r in respondents],
            "history": history, "bundles": bundles}


def erase_all(sdb: StudyDatabase, ctx: Any) -> tuple[int, int]:
    """Erase every shop and respondent not yet erased (retention passed): how many of each."""
    shops = [r["id"] for r in sdb.query(
        "SELECT id FROM businesses WHERE erased IS NOT 1 ORDER BY id")]
    people = [r["id"] for r in sdb.query(
        "SELECT id FROM respondents WHERE erased IS NOT 1 ORDER BY id")]
    return (erasure.erase(sdb, "businesses", shops, ctx),
            erasure.erase(sdb, "respondents", people, ctx))
