"""The analysis input as DataFrames, read in two queries (the contract is analysis/frames.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from .database import StudyDatabase

ANALYSED_STATUSES = ("complete", "validated")


def _frame(sql: str, conn: Any) -> pd.DataFrame:
    """What `pd.read_sql_query` builds (its records, floats coerced), from any DB-API
    connection: pandas warns on sqlcipher3's, which encrypted study files use."""
    cursor = conn.execute(sql)
    columns = [column[0] for column in cursor.description]
    return pd.DataFrame.from_records(cursor.fetchall(), columns=columns, coerce_float=True)


def analysis_frames(
    sdb: StudyDatabase, sector_of: Callable[[str | None], str]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Interviews that count (complete or validated), their lines, and Round-3 respondents."""
    conn = sdb.db.conn
    interviews = _frame(
        "SELECT i.id, i.business_id, b.naf, b.ownership, i.turnover_cents "
        "FROM interviews i JOIN businesses b ON b.id = i.business_id "
        "WHERE i.deleted = 0 AND b.deleted = 0 AND i.status IN ('complete', 'validated') "
        "AND i.consent = 1 ORDER BY i.date, i.id", conn)
    # A NULL NAF comes back as NaN beside shops that have one: such shops have no sector.
    nafs = [naf if isinstance(naf, str) else None for naf in interviews.pop("naf")]
    sectors = {naf: sector_of(naf) for naf in set(nafs)}  # a few hundred codes, not every shop
    interviews["sector"] = [sectors[naf] for naf in nafs]
    interviews["r1"] = interviews.pop("turnover_cents").astype("float64") / 100
    lines = _frame(
        "SELECT l.interview_id, l.category, c.recipient, c.r2_rule, l.amount_cents, "
        "l.local_share, l.respend_share, l.respend_source "
        "FROM spend_lines l JOIN interviews i ON i.id = l.interview_id "
        "JOIN businesses b ON b.id = i.business_id "
        "JOIN categories c ON c.code = l.category "
        "WHERE l.deleted = 0 AND i.deleted = 0 AND b.deleted = 0 AND i.consent = 1 "
        "AND i.status IN ('complete', 'validated') ORDER BY l.interview_id, l.position", conn)
    lines["amount"] = lines.pop("amount_cents").astype("float64") / 100
    for column in ("local_share", "respend_share"):
        lines[column] = lines[column].astype("float64")
    respondents = _frame(
        'SELECT "group", local_share FROM respondents WHERE deleted = 0', conn)
    return interviews, lines, respondents
