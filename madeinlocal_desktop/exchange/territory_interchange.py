"""The territory's optional sections of the interchange JSON: `frame`, `sampling_design` and
`sample_draw` (docs/interchange.md). Read with the same checks as an import from the register,
the first problem named by its place (`frame.establishments[3].naf`); written so that a study
exported and imported again loses nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..analysis.frame_profile import FRAME_COLUMNS, SIZE_CODES
from ..analysis.sampling import ROLE_RESERVE, ROLE_SAMPLE, check_spec
from ..domain import check_commune, siret_is_valid
from ..errors import InvalidInput
from ..reference import naf_bridge

SECTIONS = ("frame", "sampling_design", "sample_draw")
_TEXT_FIELDS = ("siren", "name", "employer", "legal_category", "ess", "address", "postal_code")
_VERSION_FIELDS = ("version", "imported_at", "who", "device", "source_name", "source_sha256",
                   "establishments", "report")


@dataclass
class TerritoryData:
    frame: pd.DataFrame | None = None
    versions: list[dict[str, Any]] = field(default_factory=list)  # the current one last
    design: dict[str, Any] | None = None
    draw: dict[str, Any] | None = None  # seed, reserve, frame_version, design, drawn_at, units

    def empty(self) -> bool:
        return self.frame is None and self.design is None and self.draw is None


def _fail(where: str, problem: str, **params: Any) -> InvalidInput:
    """'{where}: {problem}', the problem itself a catalogue text."""
    return InvalidInput("territory.json_field", field=where, where=where,
                        problem=InvalidInput(problem, **params))


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput("territory.json_object", field=where, where=where)
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise InvalidInput("territory.json_list", field=where, where=where)
    return value


def _text(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _fail(f"{where}.{key}", "territory.json_text")
    return value


def _establishment(obj: dict[str, Any], where: str, seen: dict[str, str]) -> dict[str, Any]:
    siret = _text(obj, "siret", where) or ""
    if not siret_is_valid(siret):
        raise _fail(f"{where}.siret", "territory.siret_value", siret=siret)
    if siret in seen:
        raise _fail(f"{where}.siret", "territory.siret_twice", siret=siret, first=seen[siret])
    seen[siret] = where
    naf = _text(obj, "naf", where) or ""
    if not naf_bridge.known(naf):
        raise _fail(f"{where}.naf", "territory.naf_value", naf=naf)
    size = _text(obj, "size_code", where) or "NN"
    if size not in SIZE_CODES:
        raise _fail(f"{where}.size_code", "territory.size_value", code=size)
    try:
        commune = check_commune(_text(obj, "commune", where))
    except InvalidInput as error:
        raise _fail(f"{where}.commune", error.code, **error.params) from None
    if commune is None:
        raise _fail(f"{where}.commune", "territory.json_missing")
    head = obj.get("head_office")
    if head is not None and not isinstance(head, bool):
        raise _fail(f"{where}.head_office", "territory.json_bool")
    row = {"siret": siret, "naf": naf, "size_code": size, "commune": commune,
           "head_office": head}
    for key in _TEXT_FIELDS:
        row[key] = _text(obj, key, where)
    row["siren"] = row["siren"] or siret[:9]
    return row


def _frame(value: Any) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    obj = _obj(value, "frame")
    seen: dict[str, str] = {}
    rows = [_establishment(_obj(item, f"frame.establishments[{i}]"),
                           f"frame.establishments[{i}]", seen)
            for i, item in enumerate(_list(obj.get("establishments", []),
                                           "frame.establishments"))]
    versions = []
    for i, item in enumerate(_list(obj.get("versions", []), "frame.versions")):
        where = f"frame.versions[{i}]"
        entry = _obj(item, where)
        number = entry.get("version")
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise _fail(f"{where}.version", "territory.json_count")
        report = entry.get("report") or {}
        versions.append({k: entry.get(k) for k in _VERSION_FIELDS} | {"report": _obj(
            report, f"{where}.report")})
    version = obj.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _fail("frame.version", "territory.json_count")
    if not any(v["version"] == version for v in versions):
        versions.append({"version": version, "imported_at": _text(obj, "imported_at", "frame"),
                         "source_name": _text(obj, "source_name", "frame"),
                         "establishments": len(rows), "report": {}})
    versions.sort(key=lambda v: v["version"])
    if versions[-1]["version"] != version:
        raise _fail("frame.version", "territory.json_frame_version")
    frame = pd.DataFrame(rows, columns=list(FRAME_COLUMNS)).astype(object)
    return frame, versions


def _design(value: Any, where: str) -> dict[str, Any]:
    try:
        return check_spec(_obj(value, where)).to_dict()
    except InvalidInput as error:
        raise _fail(where, error.code, **error.params) from None


def _draw(value: Any, sirets: set[str]) -> dict[str, Any]:
    obj = _obj(value, "sample_draw")
    out: dict[str, Any] = {"design": _design(obj.get("design"), "sample_draw.design")}
    for key in ("seed", "reserve", "frame_version"):
        number = obj.get(key)
        if isinstance(number, bool) or not isinstance(number, int) or number < 0:
            raise _fail(f"sample_draw.{key}", "territory.json_count")
        out[key] = number
    out["drawn_at"] = _text(obj, "drawn_at", "sample_draw")
    units = []
    for i, item in enumerate(_list(obj.get("units", []), "sample_draw.units")):
        where = f"sample_draw.units[{i}]"
        entry = _obj(item, where)
        siret = _text(entry, "siret", where) or ""
        if siret not in sirets:
            raise InvalidInput("territory.json_draw_unit", field=f"{where}.siret", where=where,
                               siret=siret)
        role, rank = entry.get("role"), entry.get("rank")
        if role not in (ROLE_SAMPLE, ROLE_RESERVE):
            raise _fail(f"{where}.role", "territory.json_role")
        if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
            raise _fail(f"{where}.rank", "territory.json_count")
        units.append({"siret": siret, "stratum": _text(entry, "stratum", where) or "",
                      "role": role, "rank": rank})
    out["units"] = units
    return out


def parse_sections(document: Mapping[str, Any]) -> TerritoryData | None:
    """The territory sections of a document, checked; None when it has none."""
    if not any(document.get(key) is not None for key in SECTIONS):
        return None
    data = TerritoryData()
    if document.get("frame") is not None:
        data.frame, data.versions = _frame(document["frame"])
    if document.get("sampling_design") is not None:
        data.design = _design(document["sampling_design"], "sampling_design")
    if document.get("sample_draw") is not None:
        if data.frame is None:
            raise _fail("sample_draw", "territory.json_draw_frame")
        data.draw = _draw(document["sample_draw"], set(data.frame["siret"]))
    return data


def _plain(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and value != value) else value


def to_sections(data: TerritoryData | None) -> dict[str, Any]:
    if data is None or data.empty():
        return {}
    out: dict[str, Any] = {}
    if data.frame is not None and data.versions:
        current = data.versions[-1]
        establishments = [{k: _plain(v) for k, v in row.items()}
                          for row in data.frame[list(FRAME_COLUMNS)].to_dict("records")]
        out["frame"] = {"version": current["version"], "imported_at": current.get("imported_at"),
                        "source_name": current.get("source_name"),
                        "versions": [{k: v.get(k) for k in _VERSION_FIELDS}
                                     for v in data.versions],
                        "establishments": establishments}
    if data.design is not None:
        out["sampling_design"] = dict(data.design)
    if data.draw is not None:
        out["sample_draw"] = dict(data.draw)
    return out
