"""Reading tables (shipped, folders, bare CSV files), the NAF bridge, and the workbench facade."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from madeinlocal_desktop.analysis.io_workbench import (
    InputOutputWorkbench,
    euros_per_unit,
    persons_per_unit,
)
from madeinlocal_desktop.errors import InvalidInput, NotFound
from madeinlocal_desktop.reference import io_tables

# Published in shared/data/io/README.md (3 decimals), computed there by the data's author.
README_A17 = {
    "AZ": 1.904, "DE": 1.915, "C1": 2.170, "C2": 1.495, "C3": 1.618, "C4": 1.738, "C5": 1.710,
    "FZ": 1.822, "GZ": 1.685, "HZ": 1.662, "IZ": 1.747, "JZ": 1.683, "KZ": 1.900, "LZ": 1.287,
    "MN": 1.700, "OQ": 1.287, "RU": 1.473,
}  # fmt: skip


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def mb_files(tmp_path: Path, accounts: str = "code,output\n1,1000\n2,2000\n") -> tuple[Path, Path]:
    z = write(tmp_path / "Z.csv", "code,1,2\n1,150,500\n2,200,100\n")
    return z, write(tmp_path / "ACCOUNTS.csv", accounts)


def test_shipped_tables_are_listed_and_load() -> None:
    assert set(io_tables.shipped_table_ids()) >= set(io_tables.SHIPPED_TABLES)
    sizes = {"fr-2014-a17": 17, "fr-2014-a38": 35, "fr-2014-w56": 55}
    for table_id, size in sizes.items():
        loaded = io_tables.read_shipped_table(table_id)
        table = loaded.table
        assert table.size == size
        assert "U" not in table.codes and "U_extraterritorial" not in table.codes
        assert loaded.info.unit == "M EUR" and loaded.info.employment_unit == "thousand persons"
        assert "CC BY 4.0" in (loaded.info.attribution or "")
        assert "Timmer" in (loaded.info.attribution or "")
        for name in ("value_added", "compensation", "employment", "household_consumption"):
            assert getattr(table, name) is not None
        # Row identity of the source data: Z row sums + final demand = output.
        final = sum(loaded.final_demand.values())
        np.testing.assert_allclose(table.z.sum(axis=1) + final, table.output, atol=0.01)


def test_shipped_a17_multipliers_against_an_independent_computation() -> None:
    bench = InputOutputWorkbench.from_shipped("fr-2014-a17")
    got = np.array(bench.compute()["output_multipliers"])
    table = bench.table
    a = table.z / table.output  # column j divided by x_j
    # Column sums of L solve (I − A)ᵀ m = 1.
    m = np.linalg.solve((np.eye(table.size) - a).T, np.ones(table.size))
    np.testing.assert_allclose(got, m, rtol=1e-9)
    # And the power series I + A + A² + ... converges to the same thing (spectral radius < 1).
    term, total = np.eye(table.size), np.eye(table.size)
    for _ in range(200):
        term = term @ a
        total += term
    np.testing.assert_allclose(got, total.sum(axis=0), rtol=1e-9)
    assert np.all((got > 1.2) & (got < 2.3))
    published = np.array([README_A17[c] for c in bench.sectors])
    np.testing.assert_allclose(got, published, atol=0.0006)


def test_shipped_tables_reproduce_output_from_final_demand() -> None:
    for table_id in io_tables.SHIPPED_TABLES:
        bench = InputOutputWorkbench.from_shipped(table_id)
        x = bench.multipliers().leontief @ sum(bench.final_demand.values())
        np.testing.assert_allclose(x, bench.table.output, rtol=1e-6)


def test_unknown_shipped_table() -> None:
    with pytest.raises(NotFound, match="fr-2014-a17"):
        io_tables.read_shipped_table("fr-2099")


def test_files_in_any_order_with_optional_columns(tmp_path: Path) -> None:
    z, accounts = mb_files(
        tmp_path, "code,compensation,output,label\n2,500,2000,Two\n1,300,1000,One\n"
    )
    loaded = io_tables.read_table_files(z, accounts)
    assert loaded.table.codes == ("1", "2")
    np.testing.assert_allclose(loaded.table.output, [1000, 2000])
    np.testing.assert_allclose(loaded.table.compensation, [300, 500])  # type: ignore[arg-type]
    assert loaded.table.labels == ("One", "Two")


def test_french_excel_csv_is_read(tmp_path: Path) -> None:
    z = write(tmp_path / "Z.csv", "code;1;2\n1;150,0;500\n2;200;100,5\n", encoding="cp1252")
    accounts = write(tmp_path / "A.csv", "code;output;label\n1;1000;Blé\n2;2000;Acier\n", "cp1252")
    loaded = io_tables.read_table_files(z, accounts)
    assert loaded.table.z[1, 1] == 100.5 and loaded.table.labels == ("Blé", "Acier")


@pytest.mark.parametrize(
    ("z_text", "accounts_text", "message"),
    [
        (
            "code,1,2\n1,150,abc\n2,200,100\n",
            None,
            r"Z\.csv, line 2, column '2': 'abc' is not a number",
        ),
        ("code,1,2\n1,150,\n2,200,100\n", None, r"Z\.csv, line 2, column '2': empty cell"),
        ("code,1,2\n1,150,500\n2,200\n", None, r"Z\.csv, line 3: 2 values where the header has 3"),
        ('code,1,2\n1,"150,500\n2,200,100\n', None, r"Z\.csv, line \d+: malformed CSV"),
        ("id,1,2\n1,150,500\n2,200,100\n", None, "first column must be named 'code'"),
        ("", None, r"Z\.csv: the file is empty"),
        (None, "code,x\n1,1000\n2,2000\n", r"ACCOUNTS\.csv: missing column\(s\) output"),
        (None, "code,output\n1,1000\n2,n/a\n", r"ACCOUNTS\.csv, line 3, column 'output'"),
        (None, "code,output\n1,1000\n3,2000\n", r"Z\.csv / ACCOUNTS\.csv: Unknown sector codes"),
        (None, "code,output\n1,1000\n2,inf\n", "not a finite number"),
    ],
)
def test_bad_files_name_file_line_and_column(
    tmp_path: Path, z_text: str | None, accounts_text: str | None, message: str
) -> None:
    z, accounts = mb_files(tmp_path)
    if z_text is not None:
        write(z, z_text)
    if accounts_text is not None:
        write(accounts, accounts_text)
    with pytest.raises(InvalidInput, match=message):
        io_tables.read_table_files(z, accounts)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="File not found"):
        io_tables.read_table_files(tmp_path / "nope.csv", tmp_path / "ACCOUNTS.csv")


def test_final_demand_and_regional_employment_files(tmp_path: Path) -> None:
    fd = write(tmp_path / "FD.csv", "code,label,households,exports\n2,Two,1500,0\n1,One,600,10\n")
    demand = io_tables.read_final_demand(fd, ["1", "2"])
    np.testing.assert_allclose(demand["households"], [600, 1500])
    np.testing.assert_allclose(demand["exports"], [10, 0])
    bad = write(tmp_path / "FD2.csv", "code,households\n1,600\n7,1\n")
    with pytest.raises(InvalidInput, match=r"FD2\.csv, line 3: unknown sector code '7'"):
        io_tables.read_final_demand(bad, ["1", "2"])
    short = write(tmp_path / "RE.csv", "code,employment\n1,12\n")
    with pytest.raises(InvalidInput, match=r"RE\.csv: no row for sector\(s\) 2"):
        io_tables.read_regional_employment(short, ["1", "2"])
    twice = write(tmp_path / "RE2.csv", "code,employment\n1,12\n1,3\n2,4\n")
    with pytest.raises(InvalidInput, match="sector 1 already on line 2"):
        io_tables.read_regional_employment(twice, ["1", "2"])


def test_folder_in_the_app_layout(tmp_path: Path) -> None:
    folder = tmp_path / "my-table"
    folder.mkdir()
    mb_files(folder, "code,output,employment\n1,1000,10\n2,2000,30\n")
    (folder / "ACCOUNTS.csv").rename(folder / "accounts.csv")
    meta = {"id": "mb", "title": "Miller & Blair", "unit": "M EUR", "extra": "ignored"}
    write(folder / "table.json", json.dumps(meta))
    bench = InputOutputWorkbench.from_folder(folder)
    assert bench.info.title == "Miller & Blair" and bench.info.unit == "M EUR"
    assert bench.compute()["output_multipliers"] == pytest.approx([1.518152, 1.452145], abs=1e-6)
    write(folder / "table.json", "{not json")
    with pytest.raises(InvalidInput, match=r"table\.json, line 1: not valid JSON"):
        InputOutputWorkbench.from_folder(folder)


def test_naf_bridge() -> None:
    assert io_tables.read_naf_bridge("a17")["47.24Z"] == "GZ"
    assert io_tables.read_naf_bridge("a17")["10.71C"] == "C1"
    assert io_tables.read_naf_bridge("a38")["10.71C"] == "CA"
    assert io_tables.read_naf_bridge("a38m")["86.10Z"] == "QA_QB"
    assert io_tables.read_naf_bridge("w56")["56.10A"] == "I"
    assert len(io_tables.read_naf_bridge("a17")) == 732
    with pytest.raises(InvalidInput, match="Unknown NAF bridge level"):
        io_tables.read_naf_bridge("a64")


def test_every_naf_subclass_has_a_sector_in_its_table() -> None:
    for table_id in io_tables.SHIPPED_TABLES:
        bench = InputOutputWorkbench.from_shipped(table_id)
        bridge = io_tables.read_naf_bridge(bench.info.naf_level or "")
        absent = {s for s in bridge.values() if s not in bench.sectors}
        assert absent <= {"U", "U_extraterritorial"}, table_id  # WIOD's dropped all-zero sector
    bench = InputOutputWorkbench.from_shipped("fr-2014-a17")
    assert bench.sector_for_naf("47.24z") == "GZ"
    assert bench.sector_for_naf("56.10A") == "IZ"


def test_workbench_regionalisation_units_and_rollback(tmp_path: Path) -> None:
    bench = InputOutputWorkbench.from_shipped("fr-2014-a17")
    national_persons = bench.table.employment * 1000  # type: ignore[operator]
    regional = dict(zip(bench.sectors, national_persons / 100, strict=True))  # 1% of France
    bench.set_regional_employment(regional, method="flq", delta=0.3)
    result = bench.compute()
    assert result["regionalisation"] == {
        "method": "flq", "delta": 0.3, "lambda": pytest.approx(np.log2(1.01) ** 0.3)
    }  # fmt: skip
    assert all(
        r < n for r, n in zip(result["output_multipliers"], README_A17.values(), strict=True)
    )
    # A regional file in thousands (the national unit) is not silently accepted as persons...
    with pytest.raises(InvalidInput):
        bench.set_regional_employment({c: v * 1000 for c, v in regional.items()})
    # ...and a refused setting leaves the previous one in place.
    assert bench.compute()["regionalisation"]["method"] == "flq"
    bench.set_regional_employment(None)
    assert "regionalisation" not in bench.compute()


def test_workbench_hybrid_io_proxy_and_dataframe() -> None:
    bench = InputOutputWorkbench.from_shipped("fr-2014-a17")
    regional = dict(zip(bench.sectors, bench.table.employment * 5, strict=True))  # type: ignore[operator]
    bench.set_regional_employment(regional, method="slq")
    before = bench.io_proxy_shares(0.5)["IZ"]
    bench.set_survey_shares({"IZ": 0.0})
    assert bench.compute()["regionalisation"]["survey_sectors"] == ["IZ"]
    w_iz = bench.multipliers().income_rate[bench.sectors.index("IZ")]  # type: ignore[index]
    assert bench.io_proxy_shares(0.5)["IZ"] == pytest.approx(0.5 * w_iz)
    assert before > bench.io_proxy_shares(0.5)["IZ"]
    frame = bench.to_dataframe()
    assert isinstance(frame, pd.DataFrame) and list(frame.index) == bench.sectors
    assert {"label", "output_multipliers", "employment_effects"} <= set(frame.columns)


def test_units() -> None:
    assert euros_per_unit("M EUR") == 1e6 and euros_per_unit("k€") == 1e3
    assert euros_per_unit("EUR") == 1 and euros_per_unit("million euros") == 1e6
    assert euros_per_unit("M USD") is None and euros_per_unit(None) is None
    assert persons_per_unit("thousand persons") == 1000 and persons_per_unit("jobs") == 1
