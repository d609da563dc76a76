"""The multipliers table as files people open in a spreadsheet: CSV for French Excel, and XLSX.

French Excel opens a CSV correctly only with `;` separators, decimal commas and a UTF-8 byte
order mark (without it, accents are read as Windows-1252). The table's attribution (a licence
condition of the shipped WIOD tables) follows the rows, after an empty line. Files are written
to a temporary name and renamed, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..errors import InvalidInput
from . import xlsx
from .cells import neutralise

if TYPE_CHECKING:
    from ..analysis.io_results import IOMultipliers

# (key of the multipliers result, default header); absent or all-empty columns are left out.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("sectors", "sector"),
    ("labels", "label"),
    ("output_multipliers", "output multiplier (Type I)"),
    ("output_multipliers_type2", "output multiplier (Type II)"),
    ("value_added_effects", "value added per euro"),
    ("income_effects", "income per euro"),
    ("income_multipliers_type1", "income multiplier (Type I)"),
    ("income_multipliers_type2", "income multiplier (Type II)"),
    ("jobs_per_million_eur", "jobs per million euros"),
    ("column_sources", "local purchases from"),
)
FORMATS = (".csv", ".xlsx")


def multipliers_frame(result: IOMultipliers,
                      headers: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per sector; `headers` renames columns (the GUI passes its translated words)."""
    sectors = list(result.sectors)
    found = result.to_dict()
    data: dict[str, list[Any]] = {}
    for key, default in COLUMNS:
        values = found.get(key)
        if isinstance(values, Mapping):  # column_sources: sector → source
            values = [values.get(code) for code in sectors]
        if values is None or all(v is None for v in values):
            continue
        name = (headers or {}).get(key, default)
        if key in ("sectors", "labels", "column_sources"):
            data[name] = [str(v) for v in values]
        else:
            data[name] = [np.nan if v is None else float(v) for v in values]
    return pd.DataFrame(data)


def _notes(result: IOMultipliers, lang: str) -> list[str]:
    table = result.table
    key = "attribution_fr" if lang == "fr" and table.get("attribution_fr") else "attribution"
    return [text for text in (table.get("title_fr" if lang == "fr" else "title"),
                              table.get(key)) if text]


def csv_text(frame: pd.DataFrame, notes: Sequence[str]) -> str:
    # A label a spreadsheet would run as a formula (=, +, -, @) is written as text.
    frame = frame.copy()
    frame.columns = [neutralise(str(name)) for name in frame.columns]
    for name in frame.columns:
        if not pd.api.types.is_float_dtype(frame[name]):
            frame[name] = [neutralise(str(v)) for v in frame[name]]
    text = frame.to_csv(sep=";", decimal=",", index=False, lineterminator="\r\n")
    if notes:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow([])
        for note in notes:
            writer.writerow([neutralise(note)])
        text += buffer.getvalue()
    return text


def _replace(path: Path, write: Any) -> None:
    tmp = path.with_name(f".{path.name}.part")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_csv(frame: pd.DataFrame, path: Path, notes: Sequence[str] = ()) -> None:
    text = csv_text(frame, notes)
    _replace(path, lambda tmp: tmp.write_text(text, encoding="utf-8-sig", newline=""))


def write_xlsx(frame: pd.DataFrame, path: Path, notes: Sequence[str] = (),
               sheet: str = "Multipliers") -> None:
    numeric = [pd.api.types.is_float_dtype(frame[name]) for name in frame.columns]
    widths = [14 if is_number else min(60, max(10, int(frame[name].str.len().max() or 0) + 2))
              for name, is_number in zip(frame.columns, numeric, strict=True)]
    rows = [[None if isinstance(v, float) and np.isnan(v) else v for v in row]
            for row in frame.itertuples(index=False)]
    xlsx.write_xlsx(path, [xlsx.Sheet(
        sheet, [str(c) for c in frame.columns], rows,
        [xlsx.RATIO if is_number else xlsx.TEXT for is_number in numeric], len(rows),
        widths=widths, frozen_columns=2 if frame.shape[1] > 2 else 0, notes=notes)])


def export_multipliers(result: IOMultipliers, path: Path, *,
                       headers: Mapping[str, str] | None = None, lang: str = "fr") -> Path:
    """Write `result` (from `Project.io.multipliers()`) as .csv or .xlsx, chosen by suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        if not suffix:
            raise InvalidInput("export.io_no_suffix", field="io.export")
        raise InvalidInput("export.io_suffix", field="io.export", suffix=suffix)
    if not path.parent.is_dir():
        raise InvalidInput("export.folder_missing", field="io.export", path=str(path.parent))
    frame = multipliers_frame(result, headers)
    notes = _notes(result, lang)
    try:
        if suffix == ".csv":
            write_csv(frame, path, notes)
        else:
            write_xlsx(frame, path, notes)
    except PermissionError:
        raise InvalidInput("export.file_busy", field="io.export", name=path.name) from None
    return path
