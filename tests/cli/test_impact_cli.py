"""Impact from the command line: `io opportunities`, `scenario --impact`, `compare`, `capital`,
`map` — the hand-computed case, the same jobs through two commands, one-line errors."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from madeinlocal_desktop import language
from madeinlocal_desktop.cli import main
from madeinlocal_desktop.project import Project
from tests import impact_support as case
from tests.io_support import REGION, make_study


@pytest.fixture(autouse=True)
def french() -> Any:
    language.set_language("fr")
    yield
    language.set_language(None)


def plain(text: str) -> str:
    """French typography's no-break spaces as plain ones, to compare wording."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def run(*args: str | Path, ok: bool = True) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def run_json(*args: str | Path) -> dict[str, Any]:
    return json.loads(run(*args, "--format", "json").stdout)


def opportunities(tmp_path: Path, *extra: str, region: str = case.REGION_CSV) -> dict:
    z, accounts, employment = case.write_case(tmp_path, region=region)
    return run_json("io", "opportunities", "--z", z, "--accounts", accounts,
                    "--regional-employment", employment, "--method", "slq", "--population",
                    str(case.POPULATION), "--national-population", str(case.NATIONAL), *extra)


def test_the_hand_computed_case_through_io_opportunities(tmp_path: Path) -> None:
    result = opportunities(tmp_path, "--share", "25%")
    rows = {row["code"]: row for row in result["sectors"]}
    for k, code in enumerate(("S1", "S2", "S3")):
        assert abs(rows[code]["expected_jobs"] - case.EXPECTED[k]) < 1e-6
        assert abs(rows[code]["gap_jobs"] - case.GAPS[k]) < 1e-6
        assert abs(rows[code]["direct_jobs"] - case.DIRECT_JOBS[k]) < 1e-6
        assert abs(rows[code]["total_jobs"] - case.JOBS_BY_SECTOR[k]) < 1e-6
    assert abs(result["totals"]["total_jobs"] - case.TOTAL_JOBS) < 1e-6
    assert abs(result["totals"]["direct_jobs"] - 0.2) < 1e-6
    keys = {"code", "expected_jobs", "local_jobs", "gap_jobs", "direct_jobs", "direct_output",
            "total_output", "total_jobs"}
    assert keys <= set(result["sectors"][0]) and keys - {"code"} <= set(result["totals"])


def test_no_share_no_effect_and_no_gap_when_the_territory_has_the_expected_jobs(
        tmp_path: Path) -> None:
    none = opportunities(tmp_path, "--share", "0")
    assert all(row["direct_jobs"] == 0 and row["total_jobs"] == 0 and row["total_output"] == 0
               for row in none["sectors"])
    expected = "code,employment\nS1,1.2\nS2,3.6\nS3,2\n"
    full = opportunities(tmp_path, "--share", "0.25", region=expected)
    assert all(abs(row["gap_jobs"]) < 1e-9 for row in full["sectors"])


def test_doubling_the_share_doubles_every_effect(tmp_path: Path) -> None:
    single, double = (opportunities(tmp_path, "--share", share, "--closed")
                      for share in ("0.2", "0.4"))
    for name in ("direct_jobs", "direct_output", "total_output", "total_jobs"):
        assert double["totals"][name] == pytest.approx(2 * single["totals"][name], rel=1e-9)


@pytest.mark.parametrize(("extra", "region", "words"), [
    (("--population", "0"), case.REGION_CSV, "La population du territoire est nulle"),
    (("--population", "1000000"), case.REGION_CSV, "ne peut pas être plus peuplé que le pays"),
    ((), "code,employment\nS1,1\nS2,3\nS3,2\nS9,4\n", "code de secteur « S9 » inconnu"),
    (("--share", "130%"), case.REGION_CSV, "entre 0 et 100"),
])
def test_bad_input_gets_one_line_and_exit_2(tmp_path: Path, extra: tuple[str, ...],
                                            region: str, words: str) -> None:
    z, accounts, employment = case.write_case(tmp_path, region=region)
    options = {"--population": str(case.POPULATION), "--share": "25%"}
    options.update(dict(zip(extra[::2], extra[1::2], strict=True)))
    result = run("io", "opportunities", "--z", z, "--accounts", accounts,
                 "--regional-employment", employment, "--method", "slq",
                 "--national-population", str(case.NATIONAL),
                 *[item for pair in options.items() for item in pair], ok=False)
    assert result.exit_code == 2
    lines = [plain(line) for line in result.output.splitlines() if line]
    assert len(lines) == 1 and words in lines[0], result.output


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.madeinlocal"
    with make_study(path) as project:
        # Without survey shares the study's model is the LQ table `io shock` can rebuild.
        project.io.save_settings(regional_employment=REGION, use_survey=False)
    return path


def test_scenario_impact_and_io_shock_give_the_same_jobs(study: Path, tmp_path: Path) -> None:
    impact = run_json("scenario", study, "--category", "supplies", "--shift", "20%",
                      "--respend", "45%", "--impact")
    demand = tmp_path / "shock.csv"
    demand.write_text("code,amount\n" + "".join(
        f"{code},{euros!r}\n" for code, euros in impact["shock"]["demand"].items()),
        encoding="utf-8")
    region = tmp_path / "region.csv"
    region.write_text("code,employment\n" + "".join(f"{c},{v}\n" for c, v in REGION.items()),
                      encoding="utf-8")
    model = impact["model"]
    shock = run_json("io", "shock", "--table", model["table"], "--regional-employment", region,
                     "--method", model["method"], "--delta", str(model["delta"]),
                     "--demand", demand)
    assert impact["jobs"] > 0
    assert shock["total"]["jobs"] == pytest.approx(impact["jobs"], rel=1e-8)
    assert shock["total"]["output"] == pytest.approx(impact["output"], rel=1e-8)


def test_scenario_impact_as_a_table_in_french(study: Path) -> None:
    text = run("scenario", study, "--category", "supplies", "--shift", "20%", "--respend",
               "45%", "--impact").stdout
    assert "Scénario : 20\u202f% des dépenses non locales « Fournitures et matières premières »" \
        in text
    assert "Directs" in text and "Fournisseurs" in text and "Emplois" in text
    assert "Source : World Input-Output Database" in text


def test_io_shock_refuses_a_demand_file_with_an_unknown_sector(tmp_path: Path) -> None:
    demand = tmp_path / "shock.csv"
    demand.write_text("code,amount\nC1,1000\nZZ,5\n", encoding="utf-8")
    result = run("io", "shock", "--table", "fr-2014-a17", "--demand", demand, ok=False)
    assert result.exit_code == 2
    assert "ligne 3 : code de secteur « ZZ » inconnu" in plain(result.output)


def test_opportunities_of_a_study(study: Path) -> None:
    result = run_json("io", "opportunities", study, "--share", "25%")
    assert result["population"]["territory"] == 89_472
    text = run("io", "opportunities", study).stdout
    assert "Territoire : 89 472 habitants" in text.replace("\u202f", " ")
    assert "Fuite enquête" in text


def modified_copy(first: Path, tmp_path: Path, **changes: Any) -> Path:
    second = tmp_path / "copy.madeinlocal"
    shutil.copy(first, second)
    with Project.open(second) as project:
        project.update_study(dataclasses.replace(project.study, **changes))
    return second


def test_compare_warns_about_different_fiscal_years(study: Path, tmp_path: Path) -> None:
    second = modified_copy(study, tmp_path, fiscal_year=2026)
    text = plain(run("compare", study, second).stdout)
    assert "Attention : les études portent sur des exercices différents (2025, 2026)" in text
    assert "LM3 (ratio des totaux)" in text
    result = run("compare", study, second, "--format", "json")
    assert "exercices différents" in result.stderr
    assert json.loads(result.stdout)["same_fiscal_year"] is False


def test_compare_as_csv_for_french_excel(study: Path, tmp_path: Path) -> None:
    second = modified_copy(study, tmp_path)
    out = tmp_path / "compare.csv"
    run("compare", study, second, "--format", "csv", "--output", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == ["measure", "breakdown", "key", "label", "estimate study"]
    lm3 = next(r for r in rows if r[:3] == ["lm3", "all", "all"])
    assert "," in lm3[4] and "." not in lm3[4]


def test_compare_needs_two_files(study: Path) -> None:
    result = run("compare", study, ok=False)
    assert result.exit_code == 2 and "au moins deux" in result.output


def test_capital_and_map(study: Path, tmp_path: Path) -> None:
    text = run("capital", study).stdout
    assert "Rémunération du capital" in text and "Ensemble" in text
    out = tmp_path / "carte.png"
    run("map", study, out, "--size-by", "kept")
    assert out.read_bytes().startswith(b"\x89PNG")
    missing = run("map", study, tmp_path / "x.png", "--size-by", "establishments", ok=False)
    assert missing.exit_code == 2 and "répertoire des entreprises" in missing.output
