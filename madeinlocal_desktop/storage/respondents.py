"""Round-3 respondents: suppliers' and staff households' own local spending shares."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain import Recipient, Respondent
from . import records
from .database import StudyDatabase, WriteContext

FIELDS = ("group", "local_share", "interview_id", "label", "erased")  # erased: m009


def save(sdb: StudyDatabase, respondents: Sequence[Respondent],
         ctx: WriteContext) -> records.SaveReport:
    rows: list[dict[str, Any]] = [
        {"id": r.id, "group": str(r.group), "local_share": r.local_share,
         "interview_id": r.interview_id, "label": r.label, "erased": 0} for r in respondents]
    from . import erasure

    return records.save_many(sdb, "respondents", erasure.keep_erased(sdb, "respondents", rows),
                             ctx, fields=FIELDS)


def load_all(sdb: StudyDatabase) -> list[Respondent]:
    return [Respondent(id=r["id"], group=Recipient(r["group"]), local_share=r["local_share"],
                       interview_id=r["interview_id"], label=r["label"])
            for r in sdb.query('SELECT * FROM respondents WHERE deleted = 0 '
                               'ORDER BY "group", label')]


def delete(sdb: StudyDatabase, respondent_id: str, ctx: WriteContext) -> int:
    """A deleted respondent is erased: its share stays, its label goes."""
    from . import erasure

    return erasure.erase(sdb, "respondents", [respondent_id], ctx)
