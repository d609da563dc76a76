"""The territory's business register (frame), its sampling design and the drawn sample.

`frame_units` holds the current extract only; `frame_versions` keeps one row per import with
its report. The design and the draw are single rows holding JSON. Every change appends a
history row on the study record (fields `frame`, `sampling_design`, `sample_draw`), so a
territory figure can be traced to the extract, design and draw it was made from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from . import records
from .database import StudyDatabase, WriteContext, dumps, utc_now

# Kept here rather than imported: storage and analysis are sibling layers.
UNIT_COLUMNS = ("siret", "siren", "name", "naf", "commune", "size_code", "head_office",
                "employer", "legal_category", "ess", "address", "postal_code")
DRAW_COLUMNS = ("siret", "stratum", "role", "rank")


def _history(sdb: StudyDatabase, ctx: WriteContext, study_id: str, name: str,
             old: str | None, new: str | None) -> None:
    records.append_history(sdb, [("study", study_id, name, old, new, ctx.who, utc_now(),
                                  ctx.device)])


# --- the frame ------------------------------------------------------------------------------------


def current_version(sdb: StudyDatabase) -> dict[str, Any] | None:
    rows = sdb.query("SELECT * FROM frame_versions ORDER BY version DESC LIMIT 1")
    return _version(rows[0]) if rows else None


def _version(row: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["report"] = json.loads(out.get("report") or "{}")
    return out


def versions(sdb: StudyDatabase) -> list[dict[str, Any]]:
    return [_version(r) for r in sdb.query("SELECT * FROM frame_versions ORDER BY version")]


def load_units(sdb: StudyDatabase) -> pd.DataFrame:
    frame = pd.read_sql_query(
        f"SELECT {', '.join(UNIT_COLUMNS)} FROM frame_units ORDER BY siret", sdb.db.conn)
    frame["head_office"] = frame["head_office"].map({1: True, 0: False}).astype(object)
    frame["head_office"] = frame["head_office"].where(frame["head_office"].notna(), None)
    return frame


def _unit_rows(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    # In key order: each insert then lands at the end of the B-tree (several times faster
    # for a 100,000-establishment extract than in the order of the file).
    frame = frame.sort_values("siret", kind="stable")
    head = [None if v is None or v != v else int(bool(v)) for v in frame["head_office"]]
    columns = [frame[c].where(frame[c].notna(), None).tolist() if c != "head_office" else head
               for c in UNIT_COLUMNS]
    return list(zip(*columns, strict=True))


def replace_units(sdb: StudyDatabase, frame: pd.DataFrame, info: Mapping[str, Any],
                  ctx: WriteContext, study_id: str) -> int:
    """The new extract replaces the old one whole, in one transaction; returns its version."""
    with sdb.atomic():
        previous = current_version(sdb)
        version = int(info.get("version") or ((previous or {}).get("version") or 0) + 1)
        sdb.db.execute("DELETE FROM frame_units")
        marks = ", ".join("?" * len(UNIT_COLUMNS))
        sdb.db.conn.executemany(
            f"INSERT INTO frame_units ({', '.join(UNIT_COLUMNS)}) VALUES ({marks})",
            _unit_rows(frame))
        sdb.db.execute(
            "INSERT INTO frame_versions (version, imported_at, who, device, source_name, "
            "source_sha256, establishments, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [version, info.get("imported_at") or utc_now(), info.get("who", ctx.who),
             info.get("device", ctx.device), info.get("source_name"),
             info.get("source_sha256"), len(frame), dumps(dict(info.get("report") or {}))])
        _history(sdb, ctx, study_id, "frame",
                 None if previous is None else str(previous["version"]), str(version))
    return version


def restore_versions(sdb: StudyDatabase, rows: Sequence[Mapping[str, Any]]) -> None:
    """Older versions' rows from an interchange file (their establishments are not kept)."""
    with sdb.atomic():
        for row in rows:
            sdb.db.execute(
                "INSERT OR IGNORE INTO frame_versions (version, imported_at, who, device, "
                "source_name, source_sha256, establishments, report) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [int(row["version"]), row.get("imported_at") or utc_now(), row.get("who"),
                 row.get("device"), row.get("source_name"), row.get("source_sha256"),
                 int(row.get("establishments") or 0), dumps(dict(row.get("report") or {}))])


def search(sdb: StudyDatabase, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """Establishments whose name, SIRET or address contains `text` (case-insensitive)."""
    pattern = "%" + text.strip().replace("%", "").replace("_", "") + "%"
    compact = text.replace(" ", "").replace(".", "")
    digits = compact if compact.isdigit() else ""  # a SIRET or SIREN being typed
    rows = sdb.query(
        f"SELECT {', '.join(UNIT_COLUMNS)} FROM frame_units WHERE name LIKE ? OR address LIKE ?"
        " OR (? != '' AND siret LIKE ?) ORDER BY name, siret LIMIT ?",
        [pattern, pattern, digits, f"{digits}%", int(limit)])
    for row in rows:
        row["head_office"] = None if row["head_office"] is None else bool(row["head_office"])
    return rows


def unit(sdb: StudyDatabase, siret: str) -> dict[str, Any] | None:
    rows = sdb.query(f"SELECT {', '.join(UNIT_COLUMNS)} FROM frame_units WHERE siret = ?",
                     [siret])
    return rows[0] if rows else None


def business_links(sdb: StudyDatabase) -> dict[str, dict[str, Any]]:
    """Register businesses by id: their SIRET and staff figure (the link to frame units)."""
    return {r["id"]: r for r in sdb.query(
        "SELECT id, siret, staff_fte, name FROM businesses WHERE deleted = 0")}


# --- the design and the draw ----------------------------------------------------------------------


def load_design(sdb: StudyDatabase) -> dict[str, Any] | None:
    rows = sdb.query("SELECT * FROM sampling_design WHERE id = 1")
    if not rows:
        return None
    row = dict(rows[0])
    row["spec"] = json.loads(row["spec"])
    return row


def save_design(sdb: StudyDatabase, spec: Mapping[str, Any], frame_version: int | None,
                ctx: WriteContext, study_id: str) -> None:
    with sdb.atomic():
        old = load_design(sdb)
        text = dumps(dict(spec))
        sdb.db.execute(
            "INSERT INTO sampling_design (id, spec, frame_version, updated_at, updated_by, "
            "device) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "spec = excluded.spec, frame_version = excluded.frame_version, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
            "device = excluded.device",
            [text, frame_version, utc_now(), ctx.who, ctx.device])
        _history(sdb, ctx, study_id, "sampling_design",
                 None if old is None else dumps(old["spec"]), text)


def load_draw(sdb: StudyDatabase) -> tuple[dict[str, Any], pd.DataFrame] | None:
    rows = sdb.query("SELECT * FROM sample_draw WHERE id = 1")
    if not rows:
        return None
    info = dict(rows[0])
    info["design"] = json.loads(info["design"])
    units = pd.read_sql_query(
        "SELECT siret, stratum, role, rank FROM sample_draw_units "
        "ORDER BY stratum, role DESC, rank", sdb.db.conn)
    return info, units


def save_draw(sdb: StudyDatabase, info: Mapping[str, Any], units: pd.DataFrame,
              ctx: WriteContext, study_id: str) -> None:
    """The new draw replaces the previous one whole."""
    with sdb.atomic():
        old = sdb.query("SELECT seed, frame_version FROM sample_draw WHERE id = 1")
        sdb.db.execute("DELETE FROM sample_draw_units")
        sdb.db.execute("DELETE FROM sample_draw")
        sdb.db.execute(
            "INSERT INTO sample_draw (id, seed, reserve, frame_version, design, drawn_at, "
            "drawn_by, device) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
            [int(info["seed"]), int(info["reserve"]), int(info["frame_version"]),
             dumps(dict(info["design"])), info.get("drawn_at") or utc_now(),
             info.get("drawn_by", ctx.who), info.get("device", ctx.device)])
        sdb.db.conn.executemany(
            "INSERT INTO sample_draw_units (siret, stratum, role, rank) VALUES (?, ?, ?, ?)",
            [(str(s), str(h), str(r), int(k)) for s, h, r, k in
             units[list(DRAW_COLUMNS)].itertuples(index=False, name=None)])
        new = dumps({"seed": int(info["seed"]), "frame_version": int(info["frame_version"]),
                     "units": len(units)})
        _history(sdb, ctx, study_id, "sample_draw", dumps(old[0]) if old else None, new)
