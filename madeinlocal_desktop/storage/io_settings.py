"""The study's input-output settings: one JSON value in the `meta` table, audited in `history`.

No migration is needed: `meta` is a key-value table every study file already has. The
settings type and its checks are the domain's (`domain/io_settings.py`).
Each save appends one history row on the study record (field `io_settings`, old and new JSON),
so a figure built on these settings can be traced back to who chose them and when.
"""

from __future__ import annotations

import json

from ..domain.io_settings import IOSettings, check, from_mapping
from ..errors import InvalidInput, StudyFileError
from . import records
from .database import StudyDatabase, WriteContext, utc_now

META_KEY = "io_settings"
HISTORY_FIELD = "io_settings"


def from_json(text: str) -> IOSettings:
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return from_mapping(data)
    except (ValueError, TypeError, InvalidInput) as error:
        raise StudyFileError("storage.io_settings_unreadable", reason=error) from error


def load(sdb: StudyDatabase) -> IOSettings | None:
    """The stored settings, or None when the study has none yet."""
    text = sdb.meta(META_KEY)
    return None if text is None else from_json(text)


def save(sdb: StudyDatabase, settings: IOSettings, ctx: WriteContext, study_id: str) -> bool:
    """Store checked settings with their history row; False when nothing changed."""
    settings = check(settings)
    new = settings.to_json()
    with sdb.atomic():  # read under the write lock: the history's old value is the real one
        old = sdb.meta(META_KEY)
        if old == new:
            return False
        sdb.set_meta(META_KEY, new)
        records.append_history(sdb, [("study", study_id, HISTORY_FIELD, old, new, ctx.who,
                                      utc_now(), ctx.device)])
    return True


def clear(sdb: StudyDatabase, ctx: WriteContext, study_id: str) -> bool:
    """Forget the settings (the study goes back to having no input-output model)."""
    with sdb.atomic():
        old = sdb.meta(META_KEY)
        if old is None:
            return False
        sdb.db.execute("DELETE FROM meta WHERE key = ?", [META_KEY])
        records.append_history(sdb, [("study", study_id, HISTORY_FIELD, old, None, ctx.who,
                                      utc_now(), ctx.device)])
    return True
