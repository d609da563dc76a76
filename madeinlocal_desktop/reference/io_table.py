"""An input-output table as reference data: domestic flows and per-sector accounts, checked and
aligned on one order of sector codes. Reading the shipped tables is `io_tables.py`'s job; the
model built on a table is `analysis/io_model.py`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ..errors import InvalidInput, Message

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


def sector_names(codes: Sequence[str | Message], mask: NDArray[np.bool_],
                 limit: int = 8) -> list[str | Message]:
    """The codes where `mask` holds, at most `limit` of them and then how many more."""
    picked: list[str | Message] = [c for c, bad in zip(codes, mask, strict=True) if bad]
    if len(picked) > limit:
        return [*picked[:limit], Message("io.n_more", n=len(picked) - limit)]
    return picked


def checked_vector(values: ArrayLike | None, n: int, name: str) -> FloatArray | None:
    if values is None:
        return None
    array = np.asarray(values, dtype=np.float64)
    if array.shape != (n,):
        raise InvalidInput("io.vector_size", field=name, name=name, size=int(array.size), n=n)
    if not np.all(np.isfinite(array)):
        raise InvalidInput("io.vector_not_finite", field=name, name=name)
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
        raise InvalidInput("io.z_not_square", shape=shape)
    rows, columns = list(row_codes), list(column_codes)
    if len(rows) != matrix.shape[0] or len(columns) != matrix.shape[1]:
        raise InvalidInput("io.z_codes_count")
    for kind, codes in (("row", rows), ("column", columns), ("accounts", list(account_codes))):
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates and kind == "row":
            raise InvalidInput("io.z_duplicate_rows", codes=duplicates)
        if duplicates and kind == "column":
            raise InvalidInput("io.z_duplicate_columns", codes=duplicates)
        if duplicates:
            raise InvalidInput("io.accounts_duplicate_codes", codes=duplicates)
    if set(rows) != set(columns):
        only_rows = [c for c in rows if c not in columns]
        only_cols = [c for c in columns if c not in rows]
        raise InvalidInput("io.z_rows_columns_differ", rows=only_rows or ["-"],
                           columns=only_cols or ["-"])
    if not np.all(np.isfinite(matrix)):
        raise InvalidInput("io.z_not_finite")
    matrix = matrix[:, [columns.index(c) for c in rows]]

    accounts = list(account_codes)
    unknown = [c for c in accounts if c not in rows]
    missing = [c for c in rows if c not in accounts]
    if unknown or missing:
        raise InvalidInput("io.accounts_codes_differ", unknown=unknown or ["-"],
                           missing=missing or ["-"])
    order = [accounts.index(c) for c in rows]
    n = len(rows)

    def aligned(values: ArrayLike | None, name: str) -> FloatArray | None:
        array = checked_vector(values, n, name)
        return None if array is None else array[order]

    x = aligned(output, "output")
    assert x is not None
    if np.any(x <= 0):
        raise InvalidInput("io.output_not_positive", field="output",
                           sectors=sector_names(rows, x <= 0))
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
            raise InvalidInput("io.account_negative", field=name, name=name,
                               sectors=sector_names(rows, values < 0))
    return table
