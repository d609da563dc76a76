"""The consent wording's versions, kept as JSON in the study row (they travel with it)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..domain.consent import DEFAULT, ConsentWording, versions_from_list, versions_to_list
from . import records
from .database import StudyDatabase, WriteContext, dumps

FIELDS = ("consent_wording",)


def versions(sdb: StudyDatabase) -> list[ConsentWording]:
    """Every version, oldest first; the default alone when the study never edited it."""
    rows = sdb.query("SELECT consent_wording FROM study WHERE deleted = 0")
    stored = rows[0]["consent_wording"] if rows else None
    if stored is None:
        return [DEFAULT]
    return versions_from_list(json.loads(stored))


def save_versions(sdb: StudyDatabase, study_id: str, kept: Sequence[ConsentWording],
                  ctx: WriteContext) -> None:
    records.save_many(sdb, "study", [{"id": study_id,
                                      "consent_wording": dumps(versions_to_list(kept))}],
                      ctx, fields=FIELDS)
