"""Businesses (the shops interviewed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain import Business, Ownership
from . import records
from .database import StudyDatabase, WriteContext

# `erased` (m009): the identifying fields were erased (storage/erasure.py); it travels.
FIELDS = ("name", "siret", "naf", "ownership", "commune", "address", "staff_fte", "erased")


def to_row(business: Business) -> dict[str, Any]:
    return {"id": business.id, "name": business.name, "siret": business.siret,
            "naf": business.naf, "ownership": str(business.ownership),
            "commune": business.commune, "address": business.address,
            "staff_fte": business.staff_fte, "erased": 0}


def from_row(row: dict[str, Any]) -> Business:
    return Business(id=row["id"], name=row["name"], naf=row["naf"],
                    ownership=Ownership(row["ownership"]), commune=row["commune"],
                    siret=row["siret"], address=row["address"], staff_fte=row["staff_fte"])


def save(sdb: StudyDatabase, businesses: Sequence[Business],
         ctx: WriteContext) -> records.SaveReport:
    from . import erasure

    rows = erasure.keep_erased(sdb, "businesses", [to_row(b) for b in businesses])
    return records.save_many(sdb, "businesses", rows, ctx, fields=FIELDS)


def load_all(sdb: StudyDatabase, limit: int | None = None) -> list[Business]:
    """By name; `limit`: the first ones only (a list's first page)."""
    return [from_row(r) for r in sdb.rows(
        "SELECT * FROM businesses WHERE deleted = 0 ORDER BY name COLLATE NOCASE"
        + (" LIMIT ?" if limit is not None else ""), [] if limit is None else [limit])]


def get(sdb: StudyDatabase, business_id: str) -> Business | None:
    rows = sdb.query("SELECT * FROM businesses WHERE id = ? AND deleted = 0", [business_id])
    return from_row(rows[0]) if rows else None


def delete(sdb: StudyDatabase, business_id: str, ctx: WriteContext) -> int:
    """A deleted shop is erased: its id and figures stay, its identity goes."""
    from . import erasure

    return erasure.erase(sdb, "businesses", [business_id], ctx)


def existing_ids(sdb: StudyDatabase) -> set[str]:
    return {r["id"] for r in sdb.query("SELECT id FROM businesses WHERE deleted = 0")}


def same_siret_or_commune(sdb: StudyDatabase, siret: str | None,
                          commune: str | None) -> list[Business]:
    """Candidates for the duplicate warning: same SIRET, or in the same commune (or none)."""
    rows = sdb.query(
        "SELECT * FROM businesses WHERE deleted = 0 AND ((? IS NOT NULL AND siret = ?) "
        "OR commune IS ? OR commune = ?)", [siret, siret, commune, commune])
    return [from_row(r) for r in rows]
