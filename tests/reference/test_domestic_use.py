"""Domestic use D_i = output + imports − exports: shipped with every table, optional in a user's."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.paths import resource
from madeinlocal_desktop.reference import io_tables


@pytest.mark.parametrize("table_id", io_tables.SHIPPED_TABLES)
def test_shipped_domestic_use_is_output_plus_imports_minus_exports(table_id: str) -> None:
    loaded = io_tables.read_shipped_table(table_id)
    with resource("io", table_id, "accounts.csv").open(encoding="utf-8") as handle:
        imports = {row["code"]: float(row["imports"]) for row in csv.DictReader(handle)}
    exports = loaded.final_demand["exports"]
    table = loaded.table
    assert table.domestic_use is not None
    expected = table.output + np.array([imports[c] for c in table.codes]) - exports
    assert np.allclose(table.domestic_use, expected, atol=1e-3)
    assert np.all(table.domestic_use > 0)


def test_france_2014_uses_more_electronics_than_it_makes_and_fewer_vehicles() -> None:
    """Known trade pattern: France imports equipment (C3) on net, exports transport (C4)."""
    table = io_tables.read_shipped_table("fr-2014-a17").table
    assert table.domestic_use is not None
    ratio = dict(zip(table.codes, table.domestic_use / table.output, strict=True))
    assert ratio["C3"] > 1.1 and ratio["C4"] < 0.8
    assert abs(ratio["OQ"] - 1) < 0.01  # public services are neither imported nor exported


def _files(tmp_path: Path, accounts: str) -> tuple[Path, Path]:
    z = tmp_path / "Z.csv"
    z.write_text("code,1,2\n1,150,500\n2,200,100\n", encoding="utf-8")
    path = tmp_path / "ACCOUNTS.csv"
    path.write_text(accounts, encoding="utf-8")
    return z, path


def test_a_users_accounts_may_give_domestic_use(tmp_path: Path) -> None:
    z, accounts = _files(tmp_path, "code;output;domestic_use\n2;2000;2500,5\n1;1000;900\n")
    table = io_tables.read_table_files(z, accounts).table
    assert table.domestic_use is not None
    assert table.domestic_use.tolist() == [900.0, 2500.5]  # aligned on Z's rows


def test_without_the_column_there_is_no_domestic_use(tmp_path: Path) -> None:
    z, accounts = _files(tmp_path, "code,output\n1,1000\n2,2000\n")
    assert io_tables.read_table_files(z, accounts).table.domestic_use is None


def test_a_negative_domestic_use_is_refused_with_its_sector(tmp_path: Path) -> None:
    z, accounts = _files(tmp_path, "code,output,domestic_use\n1,1000,-5\n2,2000,10\n")
    with pytest.raises(InvalidInput, match=r"domestic_use is negative for 1"):
        io_tables.read_table_files(z, accounts)
