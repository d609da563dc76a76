"""Result exports (issue 13 §4): the dashboard's figures as CSV for French Excel or XLSX, from
`analyse --format csv|xlsx`, checked against `analyse --format json` of the same run."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook

from madeinlocal_desktop import language
from madeinlocal_desktop.analysis.scenario_impact import ScenarioSpec, Shift
from madeinlocal_desktop.cli import main
from madeinlocal_desktop.project import Project
from tests.dashboard_support import make_demo_study

BOOT = ("--bootstrap", "200", "--seed", "7")


def run(*args: str | Path, ok: bool = True) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = make_demo_study(tmp_path_factory.mktemp("results") / "demo.madeinlocal")
    with Project.open(path) as project:
        project.io.save_settings()
        project.scenarios.save(ScenarioSpec((Shift("supplies", 0.2),), 0.45, "=1+1"))
        project.scenarios.save(ScenarioSpec((Shift("goods_resale", 0.1, 0.3),), 0.45,
                                            "Circuits courts"))
    return path


@pytest.fixture(scope="module")
def analysed(study: Path) -> dict:
    return json.loads(run("analyse", study, "--format", "json", *BOOT).stdout)


def fr(value: float, digits: int) -> str:
    return f"{round(value, digits):.{digits}f}".replace(".", ",")


def sections(text: str, delimiter: str) -> dict[str, list[list[str]]]:
    found: dict[str, list[list[str]]] = {}
    for block in text.strip("\ufeff").strip().split("\r\n\r\n"):
        rows = list(csv.reader(io.StringIO(block), delimiter=delimiter))
        found[rows[0][0]] = rows[1:]
    return found


def test_french_csv_gives_the_json_figures_rounded_to_what_they_mean(study, analysed,
                                                                     tmp_path) -> None:
    out = tmp_path / "résultats.csv"
    run("--lang", "fr", "analyse", study, "--format", "csv", "--output", out, *BOOT)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # French Excel reads UTF-8 only with a BOM
    tables = sections(raw.decode("utf-8"), ";")
    assert list(tables) == ["Résultats d'ensemble", "LM3 par secteur",
                            "LM3 par type de propriété", "Fuites par catégorie",
                            "Scénarios enregistrés", "Multiplicateurs entrées-sorties"]
    header, row = tables["Résultats d'ensemble"][:2]
    assert header[3] == "LM3 (ratio des totaux)" and header[7] == "Part recirculée (%)"
    lm3 = analysed["lm3"]
    assert row[2:8] == [str(analysed["n"]), fr(lm3["ratio_of_totals"], 3),
                        fr(lm3["ci95"][0], 3), fr(lm3["ci95"][1], 3), fr(lm3["mean"], 3),
                        fr(100 * analysed["recirculation_share"], 1)]
    sector_rows = {r[0]: r for r in tables["LM3 par secteur"][1:]}
    for key, group in analysed["by_sector"].items():
        assert sector_rows[group["label"]["fr"]][2] == fr(group["lm3"]["ratio_of_totals"], 3), key
    leak = {r[0]: r for r in tables["Fuites par catégorie"][1:]}
    for code, part in analysed["leakage_by_category"].items():
        assert leak[code][2] == str(round(part["euros"]))  # to the euro, no float noise
        assert leak[code][3] == fr(100 * part["share"], 1)
    named = {r[0]: r for r in tables["Scénarios enregistrés"][1:] if r and r[0] != ""}
    assert "'=1+1" in named and "=1+1" not in named  # a formula stays a name
    with Project.open(study) as project:
        expected = project.scenarios.run("Circuits courts")
    assert named["Circuits courts"][6] == str(round(expected["extra_local_euros_r2_r3"]))
    assert named["Circuits courts"][7] == fr(expected["jobs"], 1)


def test_english_csv_on_stdout_uses_commas_and_points(study, analysed) -> None:
    text = run("--lang", "en", "analyse", study, "--format", "csv", "--by", "ownership",
               *BOOT).stdout
    tables = sections(text, ",")
    assert list(tables) == ["LM3 by ownership"]
    rows = {r[0]: r for r in tables["LM3 by ownership"][1:]}
    independent = analysed["by_ownership"]["independent"]
    assert rows["Independent"][2] == f"{independent['lm3']['ratio_of_totals']:.3f}"
    assert "\ufeff" not in text


def test_xlsx_has_a_sheet_per_table_with_rounded_numbers(study, analysed, tmp_path) -> None:
    out = tmp_path / "results.xlsx"
    run("--lang", "fr", "analyse", study, "--format", "xlsx", "--output", out, *BOOT)
    book = load_workbook(out)
    assert book.sheetnames[:4] == ["Résultats d'ensemble", "LM3 par secteur",
                                   "LM3 par type de propriété", "Fuites par catégorie"]
    head = book["Résultats d'ensemble"]
    assert head["D2"].value == round(analysed["lm3"]["ratio_of_totals"], 3)
    assert head["D2"].number_format == "0.000"
    assert head["H2"].value == round(100 * analysed["recirculation_share"], 1)
    leak = book["Fuites par catégorie"]
    assert leak["C2"].value == round(analysed["leakage_by_category"]["goods_resale"]["euros"])
    assert isinstance(leak["C2"].value, int)
    scenarios = book["Scénarios enregistrés"]
    names = [scenarios.cell(r, 1).value for r in range(2, 4)]
    assert "'=1+1" in names
    assert all(scenarios.cell(r, 1).data_type == "s" for r in range(2, 4))


@pytest.mark.parametrize("args, words", [
    (("--format", "xlsx"), "--output"),
    (("--format", "csv", "--output", "{tmp}/out.txt"), "must end in .csv"),
    (("--format", "xlsx", "--output", "{tmp}/nowhere/out.xlsx"), "does not exist"),
    (("--format", "csv", "--output", "{tmp}/taken.csv"), "is a directory"),
], ids=["xlsx to stdout", "wrong suffix", "missing folder", "a folder in the way"])
def test_bad_output_is_one_line_and_leaves_nothing(study, tmp_path, args, words) -> None:
    (tmp_path / "taken.csv").mkdir()
    before = study.read_bytes()
    result = run("analyse", study, *[a.format(tmp=tmp_path) for a in args], *BOOT, ok=False)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line]
    assert len(lines) == 1 and words in lines[0], result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.csv"]  # no .part left
    assert study.read_bytes() == before


def test_territory_csv_is_unchanged_by_the_results_export(study) -> None:
    # `analyse --territory --format csv` keeps its own table (tests/cli/test_territory_cli.py).
    language.set_language(None)
    result = run("analyse", study, "--territory", "--format", "xlsx", *BOOT, ok=False)
    assert result.exit_code == 2 and "not xlsx" in result.output


def test_an_unwritable_path_from_the_app_is_one_line_and_leaves_nothing(study,
                                                                       tmp_path) -> None:
    from madeinlocal_desktop.errors import InvalidInput

    (tmp_path / "taken.xlsx").mkdir()
    with Project.open(study) as project, pytest.raises(InvalidInput) as refused:
        project.analysis.export_results(tmp_path / "taken.xlsx", lang="en")
    assert "cannot be written" in str(refused.value) and "\n" not in str(refused.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.xlsx"]
