"""What the input-output model needs from the interviews beyond the analysis frames.

The analysis frames (storage/frames.py) carry the shop's NAF *group* label; the bridge to the
input-output sectors needs the NAF *sub-class* (APE code), so it is read here, for exactly the
interviews the analysis counts.
"""

from __future__ import annotations

from .database import StudyDatabase
from .frames import ANALYSED_STATUSES


def naf_by_interview(sdb: StudyDatabase) -> dict[str, str | None]:
    """Interview id → its business's NAF sub-class (None when not entered)."""
    marks = ",".join("?" * len(ANALYSED_STATUSES))
    rows = sdb.query(
        "SELECT i.id, b.naf FROM interviews i JOIN businesses b ON b.id = i.business_id "
        f"WHERE i.deleted = 0 AND b.deleted = 0 AND i.status IN ({marks})",
        list(ANALYSED_STATUSES))
    return {row["id"]: row["naf"] for row in rows}
