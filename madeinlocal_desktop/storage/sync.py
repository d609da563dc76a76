"""All the SQL of synchronisation: travelling rows, the outbox, the bundle log, duplicates.

The merge decisions are made in `exchange/merge.py`; this module only reads and writes rows,
many at a time (`executemany`), inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from . import businesses, interviews, respondents, scenarios, studies
from .database import StudyDatabase, id_chunks, utc_now
from .records import CREATED, SAVED_TOGETHER, fetch_by_ids

# Travelling tables, parents before children (the order rows are written in).
SYNCED: dict[str, tuple[str, ...]] = {
    "study": studies.STUDY_FIELDS,
    "surveyors": ("name",),
    "businesses": businesses.FIELDS,
    "interviews": interviews.FIELDS,
    "spend_lines": interviews.LINE_FIELDS,
    "respondents": respondents.FIELDS,
    "saved_scenarios": scenarios.FIELDS,
}
# Columns that point at another travelling record: a bundle carries the parents of what it
# carries, so it can be imported on its own, in any order.
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "interviews": (("business_id", "businesses"),),
    "spend_lines": (("interview_id", "interviews"),),
    "respondents": (("interview_id", "interviews"),),
}
META_COLUMNS = ("deleted", "version", "updated_at", "updated_by", "device", "sync_dots",
                "sync_conflicts")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def columns(table: str) -> tuple[str, ...]:
    """The column order of the row tuples below: id, the fields, then META_COLUMNS."""
    return ("id", *SYNCED[table], *META_COLUMNS)


# -- travelling rows ---------------------------------------------------------------------------

def rows_by_ids(sdb: StudyDatabase, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    return fetch_by_ids(sdb, table, ids)


def travelling_rows(sdb: StudyDatabase, table: str,
                    ids: Sequence[str] | None = None) -> list[tuple[Any, ...]]:
    """Rows as they travel, in `columns(table)` order: all of them when `ids` is None."""
    names = ",".join(map(_q, columns(table)))
    if ids is None:
        return list(sdb.db.conn.execute(f"SELECT {names} FROM {_q(table)} ORDER BY id"))
    found: list[tuple[Any, ...]] = []
    wanted = sorted(set(ids))
    for chunk, marks in id_chunks(wanted):
        found += sdb.db.conn.execute(
            f"SELECT {names} FROM {_q(table)} WHERE id IN ({marks}) ORDER BY id", chunk)
    return found


def all_rows(sdb: StudyDatabase, table: str) -> list[dict[str, Any]]:
    """Every row, tombstones included, in a stable order."""
    return sdb.query(f"SELECT * FROM {_q(table)} ORDER BY id")


def existing_ids(sdb: StudyDatabase, table: str, ids: Iterable[str]) -> set[str]:
    wanted = list(dict.fromkeys(ids))
    found: set[str] = set()
    for chunk, marks in id_chunks(wanted):
        found.update(row[0] for row in sdb.db.conn.execute(
            f"SELECT id FROM {_q(table)} WHERE id IN ({marks})", chunk))
    return found


def insert_rows(sdb: StudyDatabase, table: str, rows: Sequence[Sequence[Any]]) -> None:
    """New records, as tuples in `columns(table)` order."""
    if rows:
        names = columns(table)
        sdb.db.conn.executemany(
            f"INSERT INTO {_q(table)} ({','.join(map(_q, names))}) "
            f"VALUES ({','.join('?' * len(names))})", rows)


def update_rows(sdb: StudyDatabase, table: str, rows: Sequence[Sequence[Any]]) -> None:
    """Whole-row replacements, as tuples in `columns(table)` order (id first)."""
    if rows:
        names = columns(table)
        assignments = ",".join(f"{_q(name)} = ?" for name in names[1:])
        sdb.db.conn.executemany(
            f"UPDATE {_q(table)} SET {assignments} WHERE id = ?",
            [(*row[1:], row[0]) for row in rows])


def set_sync_state(sdb: StudyDatabase, table: str,
                   rows: Sequence[tuple[str, str | None, str]]) -> None:
    """(sync_dots, sync_conflicts, id) for rows whose values do not change."""
    if rows:
        sdb.db.conn.executemany(
            f"UPDATE {_q(table)} SET sync_dots = ?, sync_conflicts = ? WHERE id = ?", rows)


def rows_with_conflicts(sdb: StudyDatabase, table: str) -> list[dict[str, Any]]:
    return sdb.query(f"SELECT * FROM {_q(table)} WHERE sync_conflicts IS NOT NULL ORDER BY id")


def parent_ids(sdb: StudyDatabase, table: str, ids: Sequence[str]) -> dict[str, set[str]]:
    """The parents (by table) of some rows, tombstones included."""
    result: dict[str, set[str]] = {}
    rows = fetch_by_ids(sdb, table, ids)
    for column, parent in PARENTS.get(table, ()):
        result.setdefault(parent, set()).update(
            row[column] for row in rows.values() if row[column] is not None)
    return result


# -- local edits not yet given dots (read from history) -----------------------------------------

def history_after(sdb: StudyDatabase, after_id: int) -> list[tuple[int, str, str, str, str]]:
    """(id, table, record id, field, device) of every history row after `after_id`; the one
    row of the records a save created stands for each of them (one read per table)."""
    marks = ",".join("?" * len(SYNCED))
    found = list(sdb.db.conn.execute(
        f"SELECT id, record_table, record_id, field, device FROM history "
        f"WHERE id > ? AND record_table IN ({marks}) ORDER BY id", [after_id, *SYNCED]))
    shared = {row[0] for row in found if row[2] == SAVED_TOGETHER and row[3] == CREATED}
    members: dict[int, list[str]] = {}
    for table in sorted({row[1] for row in found if row[0] in shared}):
        for record_id, saved in sdb.db.conn.execute(
                f"SELECT id, created_history FROM {_q(table)} WHERE created_history > ?",
                [after_id]):
            members.setdefault(saved, []).append(record_id)
    rows: list[tuple[int, str, str, str, str]] = []
    for row in found:
        if row[0] in shared:
            rows += [(row[0], row[1], record_id, row[3], row[4])
                     for record_id in sorted(members.get(row[0], []))]
        else:
            rows.append(row)
    return rows


def last_history_id(sdb: StudyDatabase) -> int:
    row = sdb.db.conn.execute("SELECT MAX(id) FROM history").fetchone()
    return int(row[0] or 0)


# -- the outbox: records edited here since the last bundle ---------------------------------------

def add_to_outbox(sdb: StudyDatabase, pairs: Iterable[tuple[str, str]]) -> None:
    sdb.db.conn.executemany(
        "INSERT OR IGNORE INTO sync_outbox (record_table, record_id) VALUES (?, ?)", list(pairs))


def outbox(sdb: StudyDatabase) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in sdb.db.conn.execute(
        "SELECT record_table, record_id FROM sync_outbox ORDER BY record_table, record_id")]


def remove_from_outbox(sdb: StudyDatabase, pairs: Iterable[tuple[str, str]]) -> None:
    sdb.db.conn.executemany(
        "DELETE FROM sync_outbox WHERE record_table = ? AND record_id = ?", list(pairs))


# -- categories: codes are never reused (new ones are a union); labels carry a version ---------

CATEGORY_COLUMNS = ("code", "label_fr", "label_en", "recipient", "r2_rule", "position",
                    "version", "updated_at", "updated_by", "device")


def categories(sdb: StudyDatabase) -> list[dict[str, Any]]:
    return sdb.query(f"SELECT {', '.join(CATEGORY_COLUMNS)} "
                     "FROM categories ORDER BY position, code")


def add_missing_categories(sdb: StudyDatabase, rows: Sequence[dict[str, Any]]) -> list[str]:
    known = {r["code"] for r in sdb.query("SELECT code FROM categories")}
    missing = [{name: r.get(name) for name in CATEGORY_COLUMNS} for r in rows
               if r["code"] not in known]
    if missing:
        names = ", ".join(CATEGORY_COLUMNS)
        marks = ", ".join(f":{name}" for name in CATEGORY_COLUMNS)
        sdb.db.conn.executemany(f"INSERT INTO categories ({names}) VALUES ({marks})", missing)
    return [str(r["code"]) for r in missing]


def update_categories(sdb: StudyDatabase, rows: Sequence[dict[str, Any]]) -> None:
    """Labels, place and version of known categories, as a merge decided them."""
    if rows:
        sdb.db.conn.executemany(
            "UPDATE categories SET label_fr = :label_fr, label_en = :label_en, "
            "position = :position, version = :version, updated_at = :updated_at, "
            "updated_by = :updated_by, device = :device WHERE code = :code", rows)


# -- bundles made and read ------------------------------------------------------------------------

def bundle_with_hash(sdb: StudyDatabase, sha256: str) -> str | None:
    row = sdb.db.conn.execute(
        "SELECT bundle_id FROM sync_bundles WHERE sha256 = ? LIMIT 1", [sha256]).fetchone()
    return None if row is None else str(row[0])


def known_bundle_ids(sdb: StudyDatabase) -> set[str]:
    return {r[0] for r in sdb.db.conn.execute("SELECT bundle_id FROM sync_bundles")}


def log_bundle(sdb: StudyDatabase, *, bundle_id: str, sha256: str, direction: str,
               file_name: str, device: str, sequence: int, who: str | None,
               records: int) -> None:
    sdb.db.conn.execute(
        "INSERT OR IGNORE INTO sync_bundles (bundle_id, sha256, direction, file_name, device, "
        "sequence, who, records, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [bundle_id, sha256, direction, file_name, device, sequence, who, records, utc_now()])


def bundles_log(sdb: StudyDatabase) -> list[dict[str, Any]]:
    return sdb.query("SELECT * FROM sync_bundles ORDER BY at, device, sequence")


def remember_device(sdb: StudyDatabase, device: str, who: str | None) -> None:
    sdb.db.conn.execute(
        "INSERT INTO sync_devices (device, who, last_seen) VALUES (?, ?, ?) "
        "ON CONFLICT(device) DO UPDATE SET who = excluded.who, last_seen = excluded.last_seen",
        [device, who, utc_now()])


def device_names(sdb: StudyDatabase) -> dict[str, str]:
    return {r[0]: r[1] for r in sdb.db.conn.execute(
        "SELECT device, who FROM sync_devices WHERE who IS NOT NULL")}


# -- possible duplicate shops ---------------------------------------------------------------------

def business_identities(sdb: StudyDatabase) -> list[dict[str, Any]]:
    """Live shops with what identifies them, and how many live interviews each has."""
    return sdb.query(
        "SELECT b.id, b.name, b.siret, b.commune, "
        "(SELECT COUNT(*) FROM interviews i WHERE i.business_id = b.id AND i.deleted = 0) "
        "AS interviews FROM businesses b WHERE b.deleted = 0 ORDER BY b.id")


def interview_ids_of_business(sdb: StudyDatabase, business_id: str) -> list[str]:
    return [r[0] for r in sdb.db.conn.execute(
        "SELECT id FROM interviews WHERE business_id = ? AND deleted = 0 ORDER BY id",
        [business_id])]


def respondent_ids_of_interviews(sdb: StudyDatabase, interview_ids: Sequence[str]) -> list[str]:
    found: list[str] = []
    for chunk, marks in id_chunks(interview_ids):
        found += [r[0] for r in sdb.db.conn.execute(
            f"SELECT id FROM respondents WHERE deleted = 0 AND interview_id IN ({marks})",
            chunk)]
    return found


def dismissed_pairs(sdb: StudyDatabase) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in sdb.db.conn.execute(
        "SELECT first_id, second_id FROM duplicate_dismissals")}


def dismiss_pair(sdb: StudyDatabase, first_id: str, second_id: str, who: str) -> None:
    first, second = sorted((first_id, second_id))
    sdb.db.conn.execute(
        "INSERT OR IGNORE INTO duplicate_dismissals (first_id, second_id, who, at) "
        "VALUES (?, ?, ?, ?)", [first, second, who, utc_now()])


# -- rows for exports: live records only, in the order people expect ------------------------------

_EXPORT_ORDER = {
    "surveyors": "t.name, t.id",
    "businesses": "t.name COLLATE NOCASE, t.id",
    "interviews": "t.date, t.id",
    "respondents": 't."group", t.label, t.id',
    "saved_scenarios": "t.name, t.id",
}


def live_rows(sdb: StudyDatabase, table: str, names: Sequence[str]) -> list[tuple[Any, ...]]:
    """The given columns of every live record (tuples: an export of 200,000 lines reads them
    in one query, without building a dict or an object per row)."""
    return list(iter_live_rows(sdb, table, names))


def count_live_rows(sdb: StudyDatabase, table: str) -> int:
    if table == "spend_lines":
        sql = ("SELECT COUNT(*) FROM spend_lines t JOIN interviews i ON i.id = t.interview_id "
               "WHERE t.deleted = 0 AND i.deleted = 0")
    else:
        sql = f"SELECT COUNT(*) FROM {_q(table)} WHERE deleted = 0"
    return int(sdb.db.conn.execute(sql).fetchone()[0])


def iter_live_rows(sdb: StudyDatabase, table: str,
                   names: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """`live_rows` read as they are written out: a large export never holds them all."""
    unknown = set(names) - set(columns(table))
    if unknown:
        raise ValueError(f"unknown columns {sorted(unknown)} of {table}")
    select = ",".join(f"t.{_q(name)}" for name in names)
    if table == "spend_lines":  # the lines of live interviews, interview by interview
        sql = (f"SELECT {select} FROM spend_lines t JOIN interviews i ON i.id = t.interview_id "
               "WHERE t.deleted = 0 AND i.deleted = 0 ORDER BY i.date, i.id, t.position, t.id")
    else:
        sql = (f"SELECT {select} FROM {_q(table)} t WHERE t.deleted = 0 "
               f"ORDER BY {_EXPORT_ORDER[table]}")
    cursor = sdb.db.conn.execute(sql)
    while batch := cursor.fetchmany(2000):
        yield from batch
