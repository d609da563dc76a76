"""An input-output table as reference data: domestic flows and per-sector accounts, checked and
aligned on one order of sector codes. Reading the shipped tables is `io_tables.py`'s job; the
model built on a table is `analysis/io_model.py`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ..errors import InvalidInput

FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class IOTable:
    """A symmetric table of domestic flows with its per-sector accounts, aligned on `codes`."""

    codes: tuple[str, ...]
    z: FloatArray
    output: FloatArray
    value_added: FloatArray | None = None
    compensation: FloatArray | None = None
    employment: FloatArray | None = None
    household_consumption: FloatArray | None = None  # households' purchases of domestic output
    labels: tuple[str, ...] | None = None
    # D_i = output + imports − exports: what residents use of product i, wherever it was made
    # (the import-substitution figures need it).
    domestic_use: FloatArray | None = None

    @property
    def size(self) -> int:
        return len(self.codes)


def sector_names(codes: Sequence[str], mask: NDArray[np.bool_], limit: int = 8) -> str:
    picked = [c for c, bad in zip(codes, mask, strict=True) if bad]
    more = f" and {len(picked) - limit} more" if len(picked) > limit else ""
    return ", ".join(picked[:limit]) + more


def checked_vector(values: ArrayLike | None, n: int, name: str) -> FloatArray | None:
    if values is None:
        return None
    array = np.asarray(values, dtype=np.float64)
    if array.shape != (n,):
        raise InvalidInput(f"{name} has {array.size} values for {n} sectors.")
    if not np.all(np.isfinite(array)):
        raise InvalidInput(f"{name} contains a missing or infinite value.")
    return array


def make_table(
    row_codes: Sequence[str],
    column_codes: Sequence[str],
    z: ArrayLike,
    account_codes: Sequence[str],
    output: ArrayLike,
    *,
    value_added: ArrayLike | None = None,
    compensation: ArrayLike | None = None,
    employment: ArrayLike | None = None,
    household_consumption: ArrayLike | None = None,
    labels: Sequence[str] | None = None,
    domestic_use: ArrayLike | None = None,
) -> IOTable:
    """Check a labelled table and align the accounts on the order of Z's rows.

    Columns of Z listed in another order than its rows are reordered (spreadsheets do that);
    any difference in the sets of codes is an error, never silently filled with zeros.
    """
    matrix = np.asarray(z, dtype=np.float64)
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        shape = "×".join(str(s) for s in matrix.shape)
        raise InvalidInput(f"Z must be square (as many rows as columns); it is {shape}.")
    rows, columns = list(row_codes), list(column_codes)
    if len(rows) != matrix.shape[0] or len(columns) != matrix.shape[1]:
        raise InvalidInput("Z: the number of codes does not match the number of values.")
    for kind, codes in (("row", rows), ("column", columns), ("accounts", list(account_codes))):
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            raise InvalidInput(f"Z: duplicate {kind} code(s): {', '.join(duplicates)}.")
    if set(rows) != set(columns):
        only_rows = [c for c in rows if c not in columns]
        only_cols = [c for c in columns if c not in rows]
        raise InvalidInput(
            "Z: the codes of the rows and of the columns differ (rows only: "
            f"{', '.join(only_rows) or '-'}; columns only: {', '.join(only_cols) or '-'})."
        )
    if not np.all(np.isfinite(matrix)):
        raise InvalidInput("Z contains a missing or infinite value.")
    matrix = matrix[:, [columns.index(c) for c in rows]]

    accounts = list(account_codes)
    unknown = [c for c in accounts if c not in rows]
    missing = [c for c in rows if c not in accounts]
    if unknown or missing:
        parts = []
        if unknown:
            parts.append(f"in the accounts but not in Z: {', '.join(unknown)}")
        if missing:
            parts.append(f"in Z but not in the accounts: {', '.join(missing)}")
        raise InvalidInput(f"Unknown sector codes ({'; '.join(parts)}).")
    order = [accounts.index(c) for c in rows]
    n = len(rows)

    def aligned(values: ArrayLike | None, name: str) -> FloatArray | None:
        array = checked_vector(values, n, name)
        return None if array is None else array[order]

    x = aligned(output, "output")
    assert x is not None
    if np.any(x <= 0):
        raise InvalidInput(
            f"Output must be positive in every sector; it is zero or negative for "
            f"{sector_names(rows, x <= 0)}. Drop sectors with no output (e.g. WIOD's U) "
            "before loading."
        )
    table = IOTable(
        codes=tuple(rows),
        z=matrix,
        output=x,
        value_added=aligned(value_added, "value_added"),
        compensation=aligned(compensation, "compensation"),
        employment=aligned(employment, "employment"),
        household_consumption=aligned(household_consumption, "household_consumption"),
        labels=None if labels is None else tuple(labels[i] for i in order),
        domestic_use=aligned(domestic_use, "domestic_use"),
    )
    for name in ("compensation", "employment", "household_consumption", "domestic_use"):
        values = getattr(table, name)
        if values is not None and np.any(values < 0):
            raise InvalidInput(f"{name} is negative for {sector_names(rows, values < 0)}.")
    return table
