"""Study files for sync tests: a coordinator's study, its kit, and surveyors' devices."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from madeinlocal_desktop.domain import Business, Interview, InterviewStatus, SpendLine, new_id
from madeinlocal_desktop.project import Project

SYNC_COLUMNS = ("version", "deleted", "sync_dots", "sync_conflicts")


def coordinator(folder: Path, device: str = "dev-coord", who: str = "Coordination") -> Project:
    return Project.new_study(folder / f"{device}.madeinlocal", "Centre-ville", 2025, ["86194"],
                             "Poitiers", who=who, device=device)


def join(coord: Project, folder: Path, device: str, who: str) -> Project:
    """A surveyor's device made from the coordinator's kit."""
    kit = folder / "study.mlkit"
    if not kit.exists():
        coord.exchange.export_kit(kit)
    return Project.create_from_kit(kit, folder / f"{device}.madeinlocal", who=who,
                                   device=device)


def add_interview(project: Project, shop_name: str = "Boulangerie du Marché",
                  amounts: tuple[int, ...] = (3_000_000, 500_000)) -> Interview:
    shop = project.businesses.save(Business(new_id(), shop_name, naf="10.71C",
                                            commune="86194")).value
    lines = [SpendLine(new_id(), code, amount, 0.5)
             for code, amount in zip(("wages", "rent", "supplies"), amounts, strict=False)]
    return project.interviews.save(Interview(new_id(), shop.id, "2026-03-02",
                                             surveyor=project.ctx.who, consent=True,
                                             status=InterviewStatus.COMPLETE,
                                             turnover_excl_vat=10_000_000, lines=lines)).value


def snapshot(project: Project, *, with_sync: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every travelling row, tombstones included, without who/when (informational only)."""
    from madeinlocal_desktop.storage.sync import SYNCED

    result = {}
    for table, fields in SYNCED.items():
        columns = ["id", *fields, "deleted", *(SYNC_COLUMNS if with_sync else ())]
        names = ", ".join(f'"{c}"' for c in dict.fromkeys(columns))
        rows = project._db.query(f"SELECT {names} FROM {table} ORDER BY id")
        result[table] = [tuple(row.values()) for row in rows]
    return result


def field_values(project: Project, table: str, record_id: str, name: str) -> set[str]:
    """The values a field holds: one, or every value of its open conflict."""
    row = project._db.query(f"SELECT * FROM {table} WHERE id = ?", [record_id])[0]
    conflicts = json.loads(row["sync_conflicts"] or "{}")
    if name in conflicts:
        return {json.dumps(value) for _, value in conflicts[name]}
    return {json.dumps(row[name])}
