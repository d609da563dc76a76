"""Rows received in bundles and kits, checked and made canonical before any merge is planned.

Records travel as the rows they are stored as (docs/exchange.md): one header per table naming
the columns, then one JSON array per record. A new record can then go from the file to
`executemany` without being rebuilt, which keeps a large import close to raw SQLite speed. The
JSON texts that repeat from row to row (version vectors, dots) are checked once each.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..domain.rules import has_bad_characters, shown
from ..errors import InvalidInput
from ..storage import sync as store
from ..storage.database import dumps
from . import record_checks
from .merge import DELETED, pack_conflicts, pack_dots, unpack_conflicts, unpack_dots

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass
class TableRows:
    """One table's records as travelling rows: column names, then values in that order."""

    columns: list[str]
    rows: list[Any]

    def __len__(self) -> int:
        return len(self.rows)


_MAX_COUNTER = 2**53  # saves of one record on one device: more is a damaged vector


def fields_of(table: str) -> tuple[str, ...]:
    return (*store.SYNCED[table], DELETED)


class RowChecker:
    """Checks the rows of one table and puts them in this file's column order.

    Columns are checked one at a time over their distinct values: most values repeat from row
    to row (a line's interview, its category, the version vectors), so a large bundle costs
    little more than reading it.
    """

    def __init__(self, table: str) -> None:
        self.table = table
        self.columns = store.columns(table)
        self.names = fields_of(table)
        position = {name: i for i, name in enumerate(self.columns)}
        # (column, its name in a reason, or "" when the reason says it, check)
        self.checks: list[tuple[int, str, Check]] = [(0, "", _uuid)]
        self.checks += [(i, name, record_checks.checker(table, name))
                        for i, name in enumerate(self.columns) if name in self.names]
        self.checks += [(position[name], "", _change_info)
                        for name in ("updated_at", "updated_by", "device")]
        # (column, how to check and re-spell it, may it be NULL)
        self.rewrites: list[tuple[int, Any, bool]] = [
            (position["version"], _version_text, False),
            (position["sync_dots"], self._dots_text, False),
            (position["sync_conflicts"], self._conflicts_text, True)]

    def align(self, block: TableRows) -> list[Any] | None:
        """Rows in local column order (a bundle from another schema version is remapped);
        None when the header lacks what every record has (an id, a version)."""
        if block.columns == list(self.columns):
            return block.rows
        if not all(isinstance(c, str) for c in block.columns):
            return None
        index = {name: i for i, name in enumerate(block.columns)}
        if "id" not in index or "version" not in index:
            return None
        width = len(block.columns)
        return [[row[index[c]] if c in index else None for c in self.columns]
                if isinstance(row, list) and len(row) == width else row for row in block.rows]

    def check_rows(self, rows: list[Any]) -> dict[int, InvalidInput]:
        """{row position: what is wrong} for the bad rows; good rows get canonical JSON."""
        problems: dict[int, InvalidInput] = {}
        width = len(self.columns)
        shaped = []
        for position, row in enumerate(rows):
            if isinstance(row, list) and len(row) == width:
                shaped.append(position)
            else:
                problems[position] = InvalidInput("record.shape")
        for index, name, check in self.checks:
            for position, why in _column_problems(rows, shaped, index, check).items():
                problems.setdefault(position, InvalidInput("record.field", field=name,
                                                           name=name, error=why)
                                    if name else why)
        if self.table in record_checks.TIED_TABLES:
            for position in shaped:
                if position not in problems:
                    tied = record_checks.row_problem(
                        self.table, dict(zip(self.columns, rows[position], strict=True)))
                    if tied is not None:
                        problems[position] = tied
        for index, make, nullable in self.rewrites:
            canonical = {}
            for position in shaped:
                text = rows[position][index]
                if text is None and nullable:
                    continue
                if not isinstance(text, str):  # JSON text is text; a list is damage
                    problems.setdefault(position, InvalidInput("record.damaged_sync"))
                    continue
                if text not in canonical:
                    canonical[text] = _decode(text, make)
                if canonical[text] is None:
                    problems.setdefault(position, InvalidInput("record.damaged_sync"))
                else:
                    rows[position][index] = canonical[text]
        return problems

    def _dots_text(self, packed: Any) -> str | None:
        if not isinstance(packed, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in packed.items()):
            return None
        return _clean(dumps(pack_dots(unpack_dots(packed, self.names))))

    def _conflicts_text(self, packed: Any) -> str | None:
        if not isinstance(packed, dict) or not packed:
            return None
        conflicts = unpack_conflicts(packed)
        for name, entries in conflicts.items():
            if name not in self.names or len(entries) < 2:
                return None
            check = record_checks.checker(self.table, name)
            if any(_safely(check, entry.value) for entry in entries):
                return None
        return _clean(dumps(pack_conflicts(conflicts)))


Check = Any  # a callable: value -> None when fine, else what is wrong (an InvalidInput)


def _clean(text: str) -> str | None:
    return None if has_bad_characters(text) else text


def _uuid(value: Any) -> InvalidInput | None:
    ok = isinstance(value, str) and _UUID.match(value)
    return None if ok else InvalidInput("record.not_uuid", value=shown(value))


def _change_info(value: Any) -> InvalidInput | None:
    ok = value is None or (isinstance(value, str) and len(value) <= 1000
                           and not has_bad_characters(value))
    return None if ok else InvalidInput("record.change_info")


def _version_text(vector: Any) -> str | None:
    ok = isinstance(vector, dict) and vector and all(
        isinstance(d, str) and isinstance(n, int) and not isinstance(n, bool)
        and 0 < n < _MAX_COUNTER for d, n in vector.items())
    return _clean(dumps(vector)) if ok else None


def version_text(text: Any) -> str | None:
    """A version vector's JSON text as stored, None when it is not one."""
    return _decode(text, _version_text)


def _decode(text: Any, make: Any) -> str | None:
    if not isinstance(text, str):
        return None
    try:
        result: str | None = make(json.loads(text))
        return result
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None


def _safely(check: Check, value: Any) -> InvalidInput | None:
    try:
        result: InvalidInput | None = check(value)
        return result
    except TypeError:  # a list or an object where one value should be
        return InvalidInput("record.not_single_value")


def _column_problems(rows: list[Any], positions: list[int], index: int,
                     check: Check) -> dict[int, InvalidInput]:
    """Check one column, each distinct value once."""
    try:
        distinct = {rows[p][index] for p in positions}
    except TypeError:  # an unhashable value: check row by row
        found = {p: _safely(check, rows[p][index]) for p in positions}
        return {p: why for p, why in found.items() if why}
    wrong = {value: why for value in distinct if (why := _safely(check, value))}
    if not wrong:
        return {}
    return {p: wrong[rows[p][index]] for p in positions if rows[p][index] in wrong}


def parse_rows(table: str, block: TableRows,
               on_problem: Any) -> tuple[list[list[Any]], RowChecker]:
    """The good rows of a block (first occurrence of each id), as lists in this file's column
    order; `on_problem(id, reason)` is told about the others."""
    checker = RowChecker(table)
    rows = checker.align(block)
    if rows is None:
        for row in block.rows:
            on_problem(record_id_of(row), InvalidInput("record.no_id_column"))
        return [], checker
    problems = checker.check_rows(rows)
    good: list[list[Any]] = []
    seen: set[str] = set()
    for position, row in enumerate(rows):
        wrong = problems.get(position)
        record_id = record_id_of(row)
        if wrong is None and record_id in seen:
            wrong = InvalidInput("record.twice")
        if wrong is not None:
            on_problem(record_id, wrong)
            continue
        seen.add(record_id)
        good.append(row)
    return good, checker


def record_id_of(row: Any) -> str:
    """A received record's id as a reason may name it (whatever the row holds)."""
    value = row[0] if isinstance(row, list) and row else "?"
    return shown(value if isinstance(value, str) else repr(value), 36)


def rows_to_json_lines(table: str, block: TableRows) -> list[str]:
    lines = [json.dumps({"table": table, "columns": block.columns}, ensure_ascii=False)]
    lines += [json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
              for row in block.rows]
    return lines


def json_lines_to_rows(lines: Sequence[str]) -> dict[str, TableRows]:
    """Header objects name a table and its columns; the arrays after them are its rows.

    The arrays of a table are decoded in one call (as one JSON list), which is much faster
    than one call per line; a damaged line still fails the whole decode (ValueError).
    """
    tables: dict[str, TableRows] = {}
    current: TableRows | None = None
    pending: list[str] = []

    def flush() -> None:
        if pending:
            if current is None:
                raise ValueError("a record before any table header")
            rows = json.loads("[" + ",".join(pending) + "]")
            if len(rows) != len(pending) or not all(isinstance(r, list) for r in rows):
                raise ValueError("a record line is not one array")
            current.rows.extend(rows)
            pending.clear()

    for line in lines:
        if line.startswith("["):
            pending.append(line)
        elif line.strip():
            flush()
            header = json.loads(line)
            if not isinstance(header, dict):
                raise ValueError("bad table header")
            name, columns = header.get("table"), header.get("columns")
            if not isinstance(name, str) or not isinstance(columns, list):
                raise ValueError("bad table header")
            current = tables.setdefault(name, TableRows(columns, []))
            if current.columns != columns:
                raise ValueError("a table appears twice with different columns")
    flush()
    return tables
