"""Reading input-output tables, regional employment and the NAF bridge from files.

The layout is documented in `resources/io/README.md`. Every problem in a file becomes an
`InvalidInput` naming the file, the line and the column, because the person who has to fix it has
the spreadsheet open, not the code. Nothing is guessed: an empty cell is an error, not a zero.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InvalidInput, Message, NotFound
from ..paths import resource
from .io_table import FloatArray, IOTable, make_table

SHIPPED_TABLES = ("fr-2014-a17", "fr-2014-a38", "fr-2014-w56")
ACCOUNT_COLUMNS = ("value_added", "compensation", "employment", "household_consumption",
                   "domestic_use")
NAF_LEVELS = ("a17", "a38", "a38m", "w56")


@dataclass(frozen=True)
class TableInfo:
    """What `table.json` says about a table; for bare CSV files only `title` is known."""

    title: str
    id: str | None = None
    year: int | None = None
    unit: str | None = None  # money unit of Z and the accounts, e.g. "M EUR"
    employment_unit: str | None = None  # e.g. "thousand persons"
    level: str | None = None
    naf_level: str | None = None  # column of the NAF bridge giving this table's sectors
    source: str | None = None
    licence: str | None = None
    attribution: str | None = None
    title_fr: str | None = None  # French versions, shown by the French interface
    attribution_fr: str | None = None


@dataclass(frozen=True)
class LoadedTable:
    table: IOTable
    info: TableInfo
    final_demand: dict[str, FloatArray] = field(default_factory=dict)  # column → vector
    shipped: bool = False


@dataclass(frozen=True)
class _Csv:
    name: str
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line number, cells)
    decimal_comma: bool

    def number(self, line: int, column: str, text: str) -> float:
        cell = text.strip()
        if self.decimal_comma:
            cell = cell.replace(",", ".")
        where: dict[str, Any] = {"file": self.name, "line": line, "column": column}
        if not cell:
            raise InvalidInput("io.csv_empty_cell", **where)
        try:
            value = float(cell)
        except ValueError:
            raise InvalidInput("io.csv_not_a_number", **where, text=text.strip()) from None
        if not np.isfinite(value):
            raise InvalidInput("io.csv_not_finite", **where, text=text.strip())
        return value

    def require(self, *columns: str) -> None:
        missing = [c for c in columns if c not in self.header]
        if missing:
            raise InvalidInput("io.csv_columns_missing", file=self.name, columns=missing,
                               found=self.header or [Message("io.nothing")])

    def codes(self) -> list[str]:
        return [cells[self.header.index("code")].strip() for _, cells in self.rows]


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise NotFound("io.file_not_found", path=str(path))
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # French spreadsheets saved as "CSV (séparateur: point-virgule)"
        return raw.decode("cp1252")
    except UnicodeDecodeError:  # five bytes cp1252 leaves unassigned: neither encoding
        raise InvalidInput("file.encoding", name=path.name) from None


def _read_csv(path: Path) -> _Csv:
    text = _read_text(path)
    lines = text.splitlines()
    first = lines[0] if lines else ""
    # Excel in French writes ';' separators with decimal commas.
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    try:
        for number, cells in enumerate(reader, start=1):
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if len(cells) != len(header):
                raise InvalidInput("io.csv_row_length", file=path.name, line=number,
                                   values=len(cells), columns=len(header))
            rows.append((number, cells))
    except csv.Error as error:
        raise InvalidInput("io.csv_malformed", file=path.name, line=reader.line_num,
                           reason=str(error)) from None
    if header is None:
        raise InvalidInput("io.csv_empty", file=path.name)
    if "" in header:
        raise InvalidInput("io.csv_column_unnamed", file=path.name, column=header.index("") + 1)
    duplicates = sorted({c for c in header if header.count(c) > 1})
    if duplicates:
        raise InvalidInput("io.csv_duplicate_columns", file=path.name, columns=duplicates)
    if not rows:
        raise InvalidInput("io.csv_no_rows", file=path.name)
    return _Csv(path.name, header, rows, decimal_comma=delimiter == ";")


def _check_codes(data: _Csv, expected: Sequence[str]) -> list[str]:
    """Codes of `data` must be exactly `expected` (any order), each once."""
    seen: dict[str, int] = {}
    for line, cells in data.rows:
        code = cells[data.header.index("code")].strip()
        if code not in expected:
            raise InvalidInput("io.csv_unknown_sector", file=data.name, line=line, code=code)
        if code in seen:
            raise InvalidInput("io.csv_sector_twice", file=data.name, line=line, code=code,
                               first=seen[code])
        seen[code] = line
    missing = [c for c in expected if c not in seen]
    if missing:
        raise InvalidInput("io.csv_sectors_missing", file=data.name, codes=missing)
    return list(seen)


def read_table_files(
    z_path: Path, accounts_path: Path, final_demand_path: Path | None = None
) -> LoadedTable:
    """Z.csv (square, `code` + header of the same codes) and ACCOUNTS.csv (`code,output`, ...)."""
    z_path, accounts_path = Path(z_path), Path(accounts_path)
    z_csv = _read_csv(z_path)
    if z_csv.header[0].lower() != "code":
        raise InvalidInput("io.csv_first_column", file=z_csv.name)
    columns = z_csv.header[1:]
    rows = [cells[0].strip() for _, cells in z_csv.rows]
    values = [
        [z_csv.number(line, column, cell) for column, cell in zip(columns, cells[1:], strict=True)]
        for line, cells in z_csv.rows
    ]
    matrix = np.array(values, dtype=np.float64).reshape(len(rows), len(columns))

    acc = _read_csv(accounts_path)
    acc.require("code", "output")
    account_codes = acc.codes()
    optional = {}
    for name in ("output", *ACCOUNT_COLUMNS):
        if name in acc.header:
            k = acc.header.index(name)
            optional[name] = [acc.number(line, name, cells[k]) for line, cells in acc.rows]
    labels = None
    if "label" in acc.header:
        labels = [cells[acc.header.index("label")].strip() for _, cells in acc.rows]
    try:
        table = make_table(
            rows,
            columns,
            matrix,
            account_codes,
            optional["output"],
            value_added=optional.get("value_added"),
            compensation=optional.get("compensation"),
            employment=optional.get("employment"),
            household_consumption=optional.get("household_consumption"),
            labels=labels,
            domestic_use=optional.get("domestic_use"),
        )
    except InvalidInput as error:
        raise InvalidInput("io.in_files", z=z_csv.name, accounts=acc.name, error=error) from None
    demand = (
        {} if final_demand_path is None else read_final_demand(Path(final_demand_path), table.codes)
    )
    return LoadedTable(
        table=table,
        info=TableInfo(title=f"{z_path.name} + {accounts_path.name}"),
        final_demand=demand,
    )


def read_final_demand(path: Path, codes: Sequence[str]) -> dict[str, FloatArray]:
    """`code` + one or more numeric columns (a `label` column is ignored); every sector listed."""
    data = _read_csv(path)
    data.require("code")
    _check_codes(data, codes)
    columns = [c for c in data.header if c not in ("code", "label")]
    if not columns:
        raise InvalidInput("io.csv_no_demand_column", file=data.name)
    order = {code: k for k, code in enumerate(codes)}
    result: dict[str, FloatArray] = {}
    for column in columns:
        k = data.header.index(column)
        vector = np.zeros(len(codes))
        for line, cells in data.rows:
            vector[order[cells[data.header.index("code")].strip()]] = data.number(
                line, column, cells[k]
            )
        result[column] = vector
    return result


def read_regional_employment(path: Path, codes: Sequence[str]) -> FloatArray:
    """`code,employment` with one row per sector of the table, returned in `codes` order."""
    data = _read_csv(Path(path))
    data.require("code", "employment")
    _check_codes(data, codes)
    order = {code: k for k, code in enumerate(codes)}
    k = data.header.index("employment")
    vector = np.zeros(len(codes))
    for line, cells in data.rows:
        value = data.number(line, "employment", cells[k])
        if value < 0:
            raise InvalidInput("io.csv_negative", file=data.name, line=line, column="employment")
        vector[order[cells[data.header.index("code")].strip()]] = value
    return vector


def read_demand_amounts(path: Path, codes: Sequence[str]) -> dict[str, float]:
    """`code,amount`: a final-demand change for some sectors of the table (each at most once)."""
    data = _read_csv(Path(path))
    data.require("code", "amount")
    k, c = data.header.index("amount"), data.header.index("code")
    found: dict[str, float] = {}
    lines: dict[str, int] = {}
    for line, cells in data.rows:
        code = cells[c].strip()
        if code not in codes:
            raise InvalidInput("io.csv_unknown_sector", file=data.name, line=line, code=code)
        if code in lines:
            raise InvalidInput("io.csv_sector_twice", file=data.name, line=line, code=code,
                               first=lines[code])
        lines[code] = line
        found[code] = data.number(line, "amount", cells[k])
    return found


def _read_info(path: Path) -> TableInfo:
    try:
        meta: Any = json.loads(_read_text(path))
    except json.JSONDecodeError as error:
        raise InvalidInput("io.json_invalid", file=path.name, line=error.lineno,
                           reason=error.msg) from None
    if not isinstance(meta, dict):
        raise InvalidInput("io.json_not_object", file=path.name)
    known = {f for f in TableInfo.__dataclass_fields__}
    values = {k: v for k, v in meta.items() if k in known}
    if not isinstance(values.get("title", path.parent.name), str):
        raise InvalidInput("io.json_title", file=path.name)
    values.setdefault("title", path.parent.name)
    return TableInfo(**values)


def read_table_folder(folder: Path, *, shipped: bool = False) -> LoadedTable:
    """A folder in the app layout: Z.csv, accounts.csv, optional final_demand.csv and table.json."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotFound("io.folder_not_found", path=str(folder))
    demand_path = folder / "final_demand.csv"
    loaded = read_table_files(
        folder / "Z.csv",
        folder / "accounts.csv",
        demand_path if demand_path.is_file() else None,
    )
    info_path = folder / "table.json"
    info = _read_info(info_path) if info_path.is_file() else TableInfo(title=folder.name)
    return LoadedTable(
        table=loaded.table, info=info, final_demand=loaded.final_demand, shipped=shipped
    )


def shipped_table_ids() -> list[str]:
    root = resource("io")
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "table.json").is_file())


def read_shipped_table(table_id: str) -> LoadedTable:
    """One of the tables shipped with the app, by id (e.g. 'fr-2014-a17')."""
    available = shipped_table_ids()
    if table_id not in available:
        raise NotFound("io.shipped_unknown", table=table_id,
                       available=list(available) or [Message("io.nothing")])
    return read_table_folder(resource("io", table_id), shipped=True)


@lru_cache(maxsize=len(NAF_LEVELS))
def _naf_bridge(level: str) -> tuple[tuple[str, str], ...]:
    data = _read_csv(resource("naf", "naf_sous_classes.csv"))
    data.require("code_naf", level)
    code, target = data.header.index("code_naf"), data.header.index(level)
    return tuple((cells[code].strip(), cells[target].strip()) for _, cells in data.rows)


def read_naf_bridge(level: str) -> dict[str, str]:
    """NAF rév. 2 sub-class ('47.24Z') → sector code at `level` (a17, a38, a38m or w56)."""
    if level not in NAF_LEVELS:
        raise InvalidInput("io.naf_level_unknown", level=level, levels=list(NAF_LEVELS))
    return dict(_naf_bridge(level))


GOODS_SECTIONS = frozenset({"A", "C"})  # NAF sections: agriculture and manufacturing


@lru_cache(maxsize=len(NAF_LEVELS))
def goods_sectors(level: str) -> frozenset[str]:
    """Sectors of `level` made only of NAF sections A and C: the goods a shop buys to resell."""
    if level not in NAF_LEVELS:
        raise InvalidInput("io.naf_level_unknown", level=level, levels=list(NAF_LEVELS))
    data = _read_csv(resource("naf", "naf_sous_classes.csv"))
    data.require("section", level)
    section, target = data.header.index("section"), data.header.index(level)
    sections: dict[str, set[str]] = {}
    for _, cells in data.rows:
        sections.setdefault(cells[target].strip(), set()).add(cells[section].strip())
    return frozenset(code for code, found in sections.items() if found <= GOODS_SECTIONS)
