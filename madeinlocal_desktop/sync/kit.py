"""The study kit: what a surveyor's device needs to join a study, in one JSON file.

It carries the study row and the surveyors as travelling records (with their versions, so that
every device starts from the same state and later edits merge normally), the spending
categories, and the study key that signs bundles. Whoever holds the kit can make bundles the
study accepts: hand it over like a key (docs/exchange.md).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__, crypto
from ..errors import InvalidInput, NewerFileError
from ..storage import StudyDatabase
from ..storage import sync as store
from ..storage.database import utc_now
from .received_rows import TableRows, parse_rows
from .replication import WATERMARK, apply_plan, collect, materialize, plan_merge
from .study_bundles import KEY, ensure_study_key, known_schema

FORMAT = "madeinlocal-kit/1"
SUFFIX = ".mlkit"
KIT_TABLES = ("study", "surveyors")


@dataclass(frozen=True)
class Kit:
    study_id: str
    study_name: str
    key: bytes
    tables: dict[str, TableRows]
    categories: list[dict[str, Any]]


def export_kit(sdb: StudyDatabase, path: Path) -> Path:
    key = ensure_study_key(sdb)
    with sdb.atomic():
        materialize(sdb)
    surveyors = [("surveyors", r["id"]) for r in store.all_rows(sdb, "surveyors")]
    tables = collect(sdb, surveyors)
    document = {
        "format": FORMAT, "app_version": __version__, "schema": sdb.schema_steps()[-1],
        "created_at": utc_now(), "study_key": crypto.b64(key),
        "tables": {name: {"columns": tables[name].columns,
                          "rows": [list(row) for row in tables[name].rows]}
                   for name in KIT_TABLES},
        "categories": store.categories(sdb),
    }
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n",
                       encoding="utf-8")
    partial.replace(path)
    return path


def _damaged(path: Path, why: str = "") -> InvalidInput:
    detail = f" ({why})" if why else ""
    return InvalidInput(f"{path.name} is damaged{detail}; ask the coordinator for the kit again")


def read_kit(path: Path) -> Kit:
    """Read and check a kit; InvalidInput (or NewerFileError) names the problem."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(f"No kit at {path}") from None
    except (UnicodeDecodeError, ValueError):
        raise InvalidInput(f"{path.name} is not a study kit (not readable JSON)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        fmt = document.get("format") if isinstance(document, dict) else None
        if isinstance(fmt, str) and fmt.startswith("madeinlocal-kit/"):
            raise NewerFileError(f"{path.name} was made by a newer version of Made in Local "
                                 f"({fmt}). Install the latest version to use it.")
        raise InvalidInput(f"{path.name} is not a Made in Local study kit")
    if document.get("schema") not in known_schema():
        raise NewerFileError(f"{path.name} was made by a newer version of Made in Local. "
                             "Install the latest version to use it.")
    try:
        key = base64.b64decode(str(document.get("study_key")), validate=True)
        tables = {name: TableRows(list(block["columns"]), list(block["rows"]))
                  for name, block in document["tables"].items() if name in KIT_TABLES}
    except (binascii.Error, ValueError, KeyError, TypeError, AttributeError):
        raise _damaged(path) from None
    problems: list[str] = []
    study_rows, _ = parse_rows("study", tables.get("study", TableRows([], [])),
                               lambda _, why: problems.append(f"study: {why}"))
    parse_rows("surveyors", tables.get("surveyors", TableRows([], [])),
               lambda _, why: problems.append(f"surveyor: {why}"))
    categories = document.get("categories")
    if problems or len(study_rows) != 1:
        raise _damaged(path, problems[0] if problems else "no study")
    if len(key) != crypto.KEY_BYTES or not isinstance(categories, list) or not categories:
        raise _damaged(path)
    study = study_rows[0]
    return Kit(study[0], str(study[1]), key, tables, categories)


def install_kit(sdb: StudyDatabase, kit: Kit, device: str,
                meta: Mapping[str, str] | None = None) -> None:
    """Fill a new, empty study file from a kit (one transaction, `meta` entries included)."""
    with sdb.atomic():
        plan = plan_merge(sdb, kit.tables, kit.categories, study_id=kit.study_id,
                          source="study kit")
        if plan.rejections:
            reason = plan.rejections[0]
            raise InvalidInput(f"The kit is damaged ({reason.table}: {reason.reason}); ask the "
                               "coordinator for the kit again")
        apply_plan(sdb, plan)
        sdb.set_meta(KEY, kit.key.hex())
        sdb.set_meta("created_by_device", device)
        for key, value in (meta or {}).items():
            sdb.set_meta(key, value)
        sdb.set_meta(WATERMARK, str(store.last_history_id(sdb)))
