"""Saved scenarios from the command line: `scenario save|list|show|delete|compare`, numbers in
the user's language, one-line refusals that leave the study file as it was. The old one-category
form `scenario STUDY --category ...` keeps working (its own tests are unchanged)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from madeinlocal_desktop import language
from madeinlocal_desktop.analysis.scenario_impact import ScenarioSpec, Shift
from madeinlocal_desktop.cli import main
from madeinlocal_desktop.project import Project
from tests.io_support import make_study


@pytest.fixture(autouse=True)
def french() -> Any:
    language.set_language("fr")
    yield
    language.set_language(None)


def run(*args: str | Path, ok: bool = True) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.madeinlocal"
    make_study(path).close()
    return path


def _save_two(study: Path) -> None:
    run("scenario", "save", study, "Circuits courts", "--shift", "supplies:20%",
        "--shift", "goods_resale:30 %:60 %", "--respend", "40%")
    run("scenario", "save", study, "Prudent", "--shift", "supplies:0,1")


def _no_raw_numbers(text: str) -> None:
    figures = plain(text).split("Source :")[0]  # the attribution cites a DOI
    assert "None" not in figures and "nan" not in figures
    assert not re.search(r"\d\.\d{4,}", figures), figures  # no float noise like 1.3770046


def test_save_keeps_every_shift_with_its_own_respend_share(study: Path) -> None:
    _save_two(study)
    with Project.open(study) as project:
        assert project.scenarios.get("Circuits courts") == ScenarioSpec(
            (Shift("supplies", 0.2), Shift("goods_resale", 0.3, 0.6)), 0.4, "Circuits courts")
        assert project.scenarios.get("Prudent").respend_share == 0.45  # the default
    listed = plain(run("scenario", "list", study).stdout)
    assert listed.splitlines()[0].split() == ["Scénario", "Dépenses", "déplacées", "Redépense"]
    assert "Circuits courts" in listed and "(redépense 60 %)" in listed and "40 %" in listed
    assert listed.index("Circuits courts") < listed.index("Prudent")


def test_show_gives_the_project_figures_formatted_in_french(study: Path) -> None:
    _save_two(study)
    with Project.open(study) as project:
        expected = project.scenarios.run("Circuits courts")
    data = json.loads(run("scenario", "show", study, "circuits courts", "--format",
                          "json").stdout)
    assert data["lm3_after"] == expected["lm3_after"]
    assert data["extra_local_euros"] == expected["extra_local_euros"]
    assert "effects" not in data  # the effects come with --impact
    text = run("scenario", "show", study, "Circuits courts").stdout
    lm3 = language.format_number(expected["lm3_after"], ",.3f", "fr")
    kept = language.format_euros(expected["extra_local_euros"], 0, "fr")
    assert f"→ {lm3}" in text and kept in text and "," in lm3
    _no_raw_numbers(text)


def test_show_with_impact_gives_the_jobs_of_the_same_scenario(study: Path) -> None:
    _save_two(study)
    spec = ScenarioSpec((Shift("supplies", 0.1),), 0.45)
    with Project.open(study) as project:
        unsaved = project.impact.scenario(spec)
    data = json.loads(run("scenario", "show", study, "Prudent", "--impact", "--format",
                          "json").stdout)
    assert data["jobs"] == pytest.approx(unsaved["jobs"], rel=1e-12)
    assert data["shock"] == unsaved["shock"]
    text = plain(run("scenario", "show", study, "Prudent", "--impact").stdout)
    assert "Scénario « Prudent »" in text and "Emplois" in text and "Directs" in text
    _no_raw_numbers(text)


def test_compare_puts_both_side_by_side_with_the_difference(study: Path) -> None:
    _save_two(study)
    with Project.open(study) as project:
        both = project.scenarios.compare("Circuits courts", "Prudent")
    text = plain(run("scenario", "compare", study, "Circuits courts", "Prudent").stdout)
    assert text.startswith("A = Circuits courts : ")
    row = next(line for line in text.splitlines() if line.startswith("Emplois"))
    a, b, d = (both["a"]["jobs"], both["b"]["jobs"], both["difference"]["jobs"])
    assert row.split()[1:] == [plain(language.format_number(v, ",.1f", "fr")) for v in (a, b)
                               ] + [("+" if d >= 0 else "") + plain(
                                   language.format_number(d, ",.1f", "fr"))]
    _no_raw_numbers(text)
    data = json.loads(run("scenario", "compare", study, "Circuits courts", "Prudent",
                          "--format", "json").stdout)
    assert data["difference"]["lm3_after"] == pytest.approx(
        data["b"]["lm3_after"] - data["a"]["lm3_after"])


def test_delete_then_list_says_there_is_none(study: Path) -> None:
    _save_two(study)
    assert "Scénario « Prudent » supprimé" in plain(
        run("scenario", "delete", study, "prudent").stdout)
    run("scenario", "delete", study, "Circuits courts")
    assert plain(run("scenario", "list", study).stdout).startswith(
        "Aucun scénario enregistré dans cette étude")


def test_english_numbers_in_english(study: Path) -> None:
    _save_two(study)
    text = run("--lang", "en", "scenario", "show", study, "Circuits courts").stdout
    assert "Scenario 'Circuits courts'" in text and "LM3 (ratio of totals):" in text
    assert re.search(r"€\d{1,3}(,\d{3})+", text), text


@pytest.mark.parametrize("args, words", [
    (("save", "{study}", "X", "--shift", "supplies"), "write CATÉGORIE:PART"),
    (("save", "{study}", "X", "--shift", "supplies:120%"), "entre 0 et 100 %"),
    (("save", "{study}", "X", "--shift", "supplies:20%:2"), "entre 0 et 100 %"),
    (("save", "{study}", "X", "--shift", "fleurs:20%"), "Catégorie de dépense inconnue"),
    (("save", "{study}", "X", "--shift", "supplies:abc"), "n'est pas un nombre"),
    (("save", "{study}", "Prudent", "--shift", "supplies:50%"), "s'appelle déjà « Prudent »"),
    (("save", "{study}", " ", "--shift", "supplies:50%"), "besoin d'un nom"),
    (("show", "{study}", "Absent"), "Aucun scénario enregistré ne s'appelle « Absent »"),
    (("delete", "{study}", "Absent"), "Aucun scénario enregistré ne s'appelle « Absent »"),
    (("compare", "{study}", "Prudent", "Absent"), "ne s'appelle « Absent »"),
], ids=["no share", "above 100 %", "re-spend 200 %", "unknown category", "not a number",
        "name taken", "blank name", "show unknown", "delete unknown", "compare unknown"])
def test_bad_input_is_one_line_and_changes_nothing(study: Path, args: tuple[str, ...],
                                                   words: str) -> None:
    _save_two(study)
    before = study.read_bytes()
    result = run("scenario", *[a.format(study=study) for a in args], ok=False)
    assert result.exit_code == 2
    lines = [plain(line) for line in result.output.splitlines() if line]
    expected = words.replace("write CATÉGORIE:PART", "écrivez CATÉGORIE:PART")
    assert len(lines) == 1 and expected in lines[0], result.output
    assert study.read_bytes() == before


def test_the_old_form_is_still_the_default_and_help_lists_the_subcommands(study: Path) -> None:
    old = run("scenario", study, "--category", "supplies", "--shift", "20%", "--respend",
              "45%", "--format", "json")
    assert json.loads(old.stdout)["category"] == "supplies"
    shown = run("scenario", "--help").stdout
    for name in ("save", "list", "show", "delete", "compare"):
        assert re.search(rf"^\s+{name}\s", shown, re.MULTILINE), name
    assert not re.search(r"^\s+run\s", shown, re.MULTILINE)
