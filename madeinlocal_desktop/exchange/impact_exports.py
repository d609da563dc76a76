"""Impact tables as files: the opportunities and a comparison of studies, CSV for French Excel or
XLSX (the writers of io_exports.py: `;`, decimal comma, BOM; attribution after the rows).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InvalidInput
from .io_exports import FORMATS, write_csv, write_xlsx

OPPORTUNITY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("rank", "rank"), ("code", "sector"), ("label", "label"),
    ("expected_jobs", "expected jobs (E*)"), ("local_jobs", "jobs in the territory"),
    ("gap_jobs", "gap (jobs)"), ("surplus_jobs", "surplus (jobs)"),
    ("direct_jobs", "direct jobs"), ("direct_output", "direct output (EUR)"),
    ("total_output", "total output (EUR)"), ("total_jobs", "total jobs"),
    ("total_income", "total compensation (EUR)"),
    ("total_value_added", "total value added (EUR)"),
    ("establishments", "establishments (register)"),
    ("survey_leakage", "survey leakage (EUR)"),
)
TEXT_KEYS = frozenset({"code", "label"})


def opportunities_frame(result: Mapping[str, Any],
                        headers: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per sector, ranked; empty columns (no frame, no survey) left out."""
    rows = result["sectors"]
    data: dict[str, list[Any]] = {}
    for key, default in OPPORTUNITY_COLUMNS:
        values = [row.get(key) for row in rows]
        if all(v is None for v in values):
            continue
        name = (headers or {}).get(key, default)
        data[name] = ([str(v) for v in values] if key in TEXT_KEYS
                      else [np.nan if v is None else float(v) for v in values])
    return pd.DataFrame(data)


def _notes(result: Mapping[str, Any], lang: str) -> list[str]:
    table = result.get("table") or {}
    french = lang == "fr"
    return [text for text in ((table.get("title_fr") if french else None) or table.get("title"),
                              (table.get("attribution_fr") if french else None)
                              or table.get("attribution")) if text]


def _checked(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput("export.format", field="path", suffix=suffix or "—")
    if not path.parent.is_dir():
        raise InvalidInput("export.folder", field="path", folder=str(path.parent))
    return suffix


def _write(frame: pd.DataFrame, path: Path, notes: list[str], sheet: str) -> Path:
    suffix = _checked(path)
    try:
        if suffix == ".csv":
            write_csv(frame, path, notes)
        else:
            write_xlsx(frame, path, notes, sheet=sheet)
    except PermissionError:
        raise InvalidInput("export.locked", field="path", name=path.name) from None
    return path


def export_opportunities(result: Mapping[str, Any], path: Path, *,
                         headers: Mapping[str, str] | None = None, lang: str = "fr") -> Path:
    return _write(opportunities_frame(result, headers), Path(path), _notes(result, lang),
                  "Opportunities")


def comparison_rows(result: Mapping[str, Any]) -> tuple[list[str], list[list[Any]]]:
    """Header and rows: the estimate, SE and n of each study, then each difference with the
    baseline and its 95 % interval (numbers as floats, None when not defined)."""
    labels = [s["label"] for s in result["studies"]]
    header = ["measure", "breakdown", "key", "label"]
    for label in labels:
        header += [f"estimate {label}", f"se {label}", f"n {label}"]
    for label in labels[1:]:
        header += [f"difference {label}", f"ci95 low {label}", f"ci95 high {label}"]
    rows = []
    for row in result["rows"]:
        cells: list[Any] = [row["measure"], row["breakdown"], row["key"], row["label"]]
        for value in row["values"]:
            cells += ([value.get("estimate"), value.get("se"), value.get("n")] if value
                      else [None, None, None])
        for found in row["differences"][1:]:
            ci = (found or {}).get("ci95") or [None, None]
            cells += [(found or {}).get("difference"), ci[0], ci[1]]
        rows.append(cells)
    return header, rows


def comparison_csv(result: Mapping[str, Any], dialect: str = "fr") -> str:
    """French dialect: ';' and decimal comma (French Excel); English: ',' and '.'."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if dialect == "fr" else ",", lineterminator="\n")
    header, rows = comparison_rows(result)
    writer.writerow(header)

    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, float):
            return repr(value).replace(".", ",") if dialect == "fr" else repr(value)
        return str(value)

    for row in rows:
        writer.writerow([cell(v) for v in row])
    for item in result.get("notices") or []:
        writer.writerow([item["text"]])
    return out.getvalue()


def export_comparison(result: Mapping[str, Any], path: Path) -> Path:
    path = Path(path)
    if _checked(path) == ".csv":
        tmp = path.with_name(f".{path.name}.part")
        tmp.write_text(comparison_csv(result), encoding="utf-8-sig", newline="")
        tmp.replace(path)
        return path
    header, rows = comparison_rows(result)
    frame = pd.DataFrame(rows, columns=header)
    return _write(frame, path, [n["text"] for n in result.get("notices") or []], "Comparison")
