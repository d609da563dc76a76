"""`madeinlocal io ...` end to end: CSV files in, JSON or text out, one-line errors with exit 2."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner, Result

from madeinlocal_desktop.cli.io_commands import io

REPO = Path(__file__).resolve().parents[2]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(io, [str(a) for a in args])


def run_json(*args: str) -> dict[str, Any]:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def mb(tmp_path: Path) -> dict[str, Path]:
    """Miller & Blair's two-sector example (methods.md §5)."""
    return {
        "z": write(tmp_path / "Z.csv", "code,S1,S2\nS1,150,500\nS2,200,100\n"),
        "accounts": write(tmp_path / "ACCOUNTS.csv", "code,output\nS1,1000\nS2,2000\n"),
        "fd": write(tmp_path / "FD.csv", "code,f\nS1,600\nS2,1500\n"),
    }


def test_miller_blair_through_the_command_line(mb: dict[str, Path]) -> None:
    data = run_json("multipliers", "--z", mb["z"], "--accounts", mb["accounts"],
                    "--final-demand", mb["fd"], "--matrices")  # fmt: skip
    assert data["sectors"] == ["S1", "S2"]
    np.testing.assert_allclose(data["technical_coefficients"], [[0.15, 0.25], [0.20, 0.05]])
    np.testing.assert_allclose(
        data["leontief_inverse"], [[1.254125, 0.330033], [0.264026, 1.122112]], atol=5e-7
    )
    np.testing.assert_allclose(data["output_multipliers"], [1.518152, 1.452145], atol=5e-7)
    np.testing.assert_allclose(data["final_demand_output"]["f"], [1247.52, 1841.58], atol=5e-3)
    for key in ("value_added_effects", "income_effects", "employment_effects",
                "income_multipliers_type1"):  # fmt: skip
        assert data[key] is None  # no such accounts in the file: null, not zeros
    assert "table" not in data and "output_multipliers_type2" not in data


def test_miller_blair_through_a_real_subprocess(mb: dict[str, Path], tmp_path: Path) -> None:
    # The package __init__ imports io_commands to register it, so `-m` warns that the module
    # was already imported; the warning is harmless and filtered to keep stderr to our one line.
    command = [sys.executable, "-W", "ignore::RuntimeWarning", "-m",
               "madeinlocal_desktop.cli.io_commands", "multipliers"]  # fmt: skip
    ok = subprocess.run(
        [*command, "--z", str(mb["z"]), "--accounts", str(mb["accounts"]), "--format", "json"],
        capture_output=True, text=True, cwd=REPO, check=False,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["output_multipliers"] == pytest.approx([1.518152, 1.452145])
    bad = write(tmp_path / "BAD.csv", "code,output\nS1,1000\nS2,-2000\n")
    failed = subprocess.run(
        [*command, "--z", str(mb["z"]), "--accounts", str(bad)],
        capture_output=True, text=True, cwd=REPO, check=False,
    )  # fmt: skip
    assert failed.returncode == 2
    assert failed.stdout == ""
    lines = failed.stderr.strip().splitlines()
    assert (
        len(lines) == 1 and lines[0].startswith("Error: ") and "Output must be positive" in lines[0]
    )


def test_type2_identity_through_the_command_line(tmp_path: Path) -> None:
    z = [[20.0, 30.0, 10.0], [15.0, 10.0, 25.0], [5.0, 20.0, 15.0]]
    x = np.array([200.0, 250.0, 150.0])
    comp = np.array([60.0, 80.0, 40.0])
    hh = np.array([70.0, 50.0, 30.0])
    codes = ["AG", "MF", "SV"]
    write(
        tmp_path / "Z.csv",
        "code,AG,MF,SV\n"
        + "".join(
            f"{c},{','.join(str(v) for v in row)}\n" for c, row in zip(codes, z, strict=True)
        ),
    )
    write(tmp_path / "ACC.csv", "code,output,compensation,household_consumption\n" + "".join(
        f"{c},{x[i]},{comp[i]},{hh[i]}\n" for i, c in enumerate(codes)))  # fmt: skip
    for income in (None, 250.0):
        extra = [] if income is None else ["--household-income", str(income)]
        data = run_json("multipliers", "--z", tmp_path / "Z.csv", "--accounts",
                        tmp_path / "ACC.csv", "--closed", *extra)  # fmt: skip
        # Independent: A, L, w and c from the file's numbers.
        a = np.array(z) / x
        big_l = np.linalg.inv(np.eye(3) - a)
        w, c = comp / x, hh / (comp.sum() if income is None else income)
        expected = 1.0 / (1.0 - 0.0 - w @ big_l @ c)
        ratio = np.array(data["income_multipliers_type2"]) / np.array(
            data["income_multipliers_type1"]
        )
        np.testing.assert_allclose(ratio, [expected] * 3, rtol=1e-8)
        np.testing.assert_allclose(data["income_multipliers_type1"], (w @ big_l) / w, rtol=1e-9)
        assert data["closed_model"]["household_income"] == pytest.approx(income or comp.sum())
        assert all(
            t2 > t1
            for t1, t2 in zip(
                data["output_multipliers"], data["output_multipliers_type2"], strict=True
            )
        )


def test_shipped_a17_through_the_command_line() -> None:
    data = run_json("multipliers", "--table", "fr-2014-a17")
    assert data["table"]["id"] == "fr-2014-a17" and "Timmer" in data["table"]["attribution"]
    assert set(data) >= {"sectors", "output_multipliers", "value_added_effects", "income_effects",
                         "employment_effects", "income_multipliers_type1", "table"}  # fmt: skip
    # Independent: read the shipped CSVs with pandas, power series Σ A^k.
    folder = REPO / "resources" / "io" / "fr-2014-a17"
    z = pd.read_csv(folder / "Z.csv", index_col="code")
    accounts = pd.read_csv(folder / "accounts.csv", index_col="code")
    a = z.to_numpy() / accounts.loc[z.columns, "output"].to_numpy()
    total, term = np.eye(len(a)), np.eye(len(a))
    while np.abs(term).max() > 1e-15:
        term = term @ a
        total += term
    assert list(z.index) == data["sectors"]
    np.testing.assert_allclose(data["output_multipliers"], total.sum(axis=0), rtol=1e-8)
    assert all(1.2 <= m <= 2.3 for m in data["output_multipliers"])


def test_shock_on_a_shipped_table_in_euros() -> None:
    multipliers = run_json("multipliers", "--table", "fr-2014-a17")
    data = run_json("shock", "--table", "fr-2014-a17", "--sector", "C1", "--amount", "1000000")
    k = multipliers["sectors"].index("C1")
    assert data["money_unit"] == "EUR" and data["jobs_unit"] == "persons"
    # 1,000,000 € = 1 M EUR of the table: totals are the multipliers, jobs in persons.
    assert data["total"]["output"] == pytest.approx(1e6 * multipliers["output_multipliers"][k])
    assert data["total"]["income"] == pytest.approx(1e6 * multipliers["income_effects"][k])
    assert data["total"]["jobs"] == pytest.approx(1000 * multipliers["employment_effects"][k])
    text = run("shock", "--table", "fr-2014-a17", "--sector", "C1", "--amount", "1000000")
    assert text.exit_code == 0 and "Total jobs" in text.stdout and "Timmer" in text.stdout


def test_shock_on_files_needs_a_unit(mb: dict[str, Path]) -> None:
    files = ["--z", mb["z"], "--accounts", mb["accounts"]]
    refused = run("shock", *files, "--sector", "S1", "--amount", "1")
    assert (
        refused.exit_code == 2 and "--unit" in refused.stderr and "--table-units" in refused.stderr
    )
    data = run_json("shock", *files, "--sector", "S1", "--amount", "1", "--table-units")
    assert data["total"]["output"] == pytest.approx(1.518152, abs=1e-6)
    euros = run_json("shock", *files, "--unit", "k EUR", "--sector", "S1", "--amount", "1000")
    assert euros["total"]["output"] == pytest.approx(1518.152, abs=1e-3)


def test_regionalisation_through_the_command_line(tmp_path: Path) -> None:
    accounts = (REPO / "resources/io/fr-2014-a17/accounts.csv").read_text(encoding="utf-8")
    rows = [line.split(",")[0] for line in accounts.splitlines()[1:]]
    employment = "code,employment\n" + "".join(
        f"{code},{500 + 10 * i}\n" for i, code in enumerate(rows)
    )
    path = write(tmp_path / "RE.csv", employment)
    data = run_json("multipliers", "--table", "fr-2014-a17", "--regional-employment", path,
                    "--method", "aflq", "--delta", "0.25")  # fmt: skip
    region_total = sum(500 + 10 * i for i in range(len(rows)))
    national_total = 27_295_000  # persons engaged, France 2014 (data README)
    assert data["regionalisation"]["method"] == "aflq"
    assert data["regionalisation"]["delta"] == 0.25
    assert data["regionalisation"]["lambda"] == pytest.approx(
        math.log2(1 + region_total / national_total) ** 0.25, rel=1e-3
    )
    national = run_json("multipliers", "--table", "fr-2014-a17")["output_multipliers"]
    assert all(r < n for r, n in zip(data["output_multipliers"], national, strict=True))


@pytest.mark.parametrize(
    ("z", "accounts", "message"),
    [
        ("code,S1,S2,S3\nS1,1,2,3\nS2,4,5,6\n", "code,output\nS1,10\nS2,10\n", "square"),
        ("code,S1,S2\nS1,1,2\nS2,4,5\n", "code,output\nS1,10\nS9,10\n", "Unknown sector codes"),
        ("code,S1,S2\nS1,150,500\nS2,200,100\n", "code,output\nS1,350\nS2,2000\n",
         "column sum of A is 1.0000"),
        ("code,S1,S2\nS1,50,-50\nS2,-50,50\n", "code,output\nS1,100\nS2,100\n", "singular"),
        ("code,S1,S2\nS1,150,500\nS2,200,100\n", "code,output\nS1,-1000\nS2,2000\n",
         "Output must be positive"),
        ("code,S1,S2\nS1,1,x\nS2,4,5\n", "code,output\nS1,10\nS2,10\n",
         "Z.csv, line 2, column 'S2'"),
    ],
)  # fmt: skip
def test_bad_tables_fail_with_one_clear_line(
    tmp_path: Path, z: str, accounts: str, message: str
) -> None:
    result = run("multipliers", "--z", write(tmp_path / "Z.csv", z),
                 "--accounts", write(tmp_path / "ACCOUNTS.csv", accounts))  # fmt: skip
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--table", "fr-2014-a17", "--z", "Z.csv"], "exactly one table"),
        (["--table", "nope"], "No shipped input-output table 'nope'"),
        (["--table", "fr-2014-a17", "--method", "slq"], "need --regional-employment"),
        (["--table", "fr-2014-a17", "--household-income", "5"], "closed model"),
    ],
)
def test_bad_options(args: list[str], message: str) -> None:
    result = run("multipliers", *args)
    assert result.exit_code == 2 and message in result.stderr


def test_text_output_and_help() -> None:
    result = run("multipliers", "--table", "fr-2014-a38", "--closed")
    assert result.exit_code == 0
    assert (
        "QA_QB" in result.stdout and "output II" in result.stdout and "CC BY 4.0" in result.stdout
    )
    help_text = run("--help").stdout
    assert "multipliers" in help_text and "shock" in help_text
    naf = run("naf", "10.71C")
    assert naf.exit_code == 0 and naf.stdout.startswith("C1")


def test_every_io_command_and_option_is_documented() -> None:
    docs = (REPO / "docs" / "input-output.md").read_text(encoding="utf-8")
    for name, command in io.commands.items():
        assert f"madeinlocal io {name}" in docs, name
        for param in command.params:
            for flag in getattr(param, "opts", []):
                if flag.startswith("--") and flag != "--help":
                    assert flag in docs, f"{name} {flag}"
