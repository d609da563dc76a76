"""Saved scenarios (issue 13 §3): kept in the study file, several categories each with its own
shift and re-spend share, run to the same figures as an unsaved scenario, refused with one line
when wrong, logged in the history."""

from __future__ import annotations

from pathlib import Path

import pytest

from madeinlocal_desktop.analysis.scenario_impact import ScenarioSpec, Shift
from madeinlocal_desktop.errors import InvalidInput, NotFound, UserFacingError
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.storage.scenarios import scenario_id
from tests.sync.sync_helpers import add_interview, coordinator

SHORT = ScenarioSpec((Shift("supplies", 0.2), Shift("rent", 0.5, 0.3)), 0.45, "Circuits courts")


@pytest.fixture
def project(tmp_path: Path):
    study = coordinator(tmp_path)
    add_interview(study, amounts=(3_000_000, 500_000, 800_000))
    add_interview(study, "Épicerie", amounts=(2_000_000, 400_000, 1_200_000))
    yield study
    study.close()


def test_a_saved_scenario_comes_back_as_it_was_saved_after_reopening(project) -> None:
    project.scenarios.save(SHORT)
    project.scenarios.save(ScenarioSpec((Shift("supplies", 0.1),), 0.5, "  autre   piste "))
    path = project.path
    project.close()
    with Project.open(path) as again:
        assert again.scenarios.names() == ["autre piste", "Circuits courts"]
        assert again.scenarios.get("circuits COURTS") == SHORT
        assert again.scenarios.get("Circuits courts").shifts[1].respend(SHORT) == 0.3
        assert again.scenarios.get("Circuits courts").shifts[0].respend(SHORT) == 0.45


def test_running_a_saved_scenario_gives_the_unsaved_scenario_figures(project) -> None:
    project.scenarios.save(SHORT)
    saved = project.scenarios.run("Circuits courts")
    assert saved == project.impact.scenario(SHORT)
    # Each category with its own re-spend share: the LM3 gains add up, shift by shift.
    supplies = project.analysis.scenario("supplies", 0.2, 0.45)
    rent = project.analysis.scenario("rent", 0.5, 0.3)
    gain = (supplies["lm3_after"] - supplies["lm3_before"]
            + rent["lm3_after"] - rent["lm3_before"])
    assert saved["lm3_after"] == pytest.approx(supplies["lm3_before"] + gain, rel=1e-12)
    assert saved["extra_local_euros"] == pytest.approx(
        supplies["delta_r2"] + rent["delta_r2"], rel=1e-12)
    assert saved["extra_local_euros_r2_r3"] == pytest.approx(
        supplies["delta_r2_r3"] + rent["delta_r2_r3"], rel=1e-12)


def test_compare_puts_two_scenarios_side_by_side_with_their_difference(project) -> None:
    project.scenarios.save(SHORT)
    project.scenarios.save(ScenarioSpec((Shift("supplies", 0.4),), 0.45, "Plus fort"))
    both = project.scenarios.compare("Circuits courts", "Plus fort")
    assert both["a"]["scenario"]["name"] == "Circuits courts"
    assert both["b"]["scenario"]["name"] == "Plus fort"
    for key in ("lm3_after", "extra_local_euros", "jobs", "income", "value_added"):
        assert both["difference"][key] == pytest.approx(both["b"][key] - both["a"][key])


def test_replace_is_needed_to_overwrite_and_delete_removes(project) -> None:
    project.scenarios.save(SHORT)
    with pytest.raises(InvalidInput, match="already called 'Circuits courts'"):
        project.scenarios.save(ScenarioSpec((Shift("supplies", 0.9),), 0.2, "circuits courts"))
    assert project.scenarios.get("Circuits courts") == SHORT
    project.scenarios.save(ScenarioSpec((Shift("supplies", 0.9),), 0.2, "Circuits courts"),
                           replace=True)
    assert project.scenarios.get("Circuits courts").shifts == (Shift("supplies", 0.9),)
    project.scenarios.delete("circuits courts")
    assert project.scenarios.list() == []
    with pytest.raises(NotFound, match="No saved scenario is called 'Circuits courts'"):
        project.scenarios.run("Circuits courts")
    # Saved again after deletion: the same record comes back to life.
    project.scenarios.save(SHORT)
    assert project.scenarios.names() == ["Circuits courts"]


def test_every_change_is_in_the_history(project) -> None:
    project.scenarios.save(SHORT)
    project.scenarios.save(ScenarioSpec((Shift("supplies", 0.9),), 0.2, "Circuits courts"),
                           replace=True)
    project.scenarios.delete("Circuits courts")
    fields = [h["field"] for h in project.history("saved_scenarios",
                                                  scenario_id("Circuits courts"))]
    assert fields == ["*created*", "spec", "deleted"]
    assert all(h["who"] == "Coordination" for h in project.history(
        "saved_scenarios", scenario_id("Circuits courts")))


@pytest.mark.parametrize("spec, says", [
    (ScenarioSpec((Shift("supplies", 1.2),), 0.45, "Trop"), "between 0 and 100% (got 120%)"),
    (ScenarioSpec((Shift("supplies", -0.1),), 0.45, "Négatif"), "between 0 and 100%"),
    (ScenarioSpec((Shift("supplies", 0.2, 1.5),), 0.45, "Redépense"),
     "re-spend share for 'supplies' must be between 0 and 100% (got 150%)"),
    (ScenarioSpec((Shift("supplies", 0.2),), 2.0, "Redépense globale"), "re-spend share"),
    (ScenarioSpec((Shift("flowers", 0.2),), 0.45, "Inconnue"), "Unknown spending category"),
    (ScenarioSpec((Shift("supplies", 0.2), Shift("supplies", 0.3)), 0.45, "Deux fois"),
     "appears twice"),
    (ScenarioSpec((), 0.45, "Vide"), "moves no spending"),
    (ScenarioSpec((Shift("supplies", 0.2),), 0.45, "   "), "needs a name"),
    (ScenarioSpec((Shift("supplies", 0.2),), 0.45, "x" * 81), "too long"),
], ids=["fraction above 100 %", "negative", "own re-spend", "spec re-spend", "unknown category",
        "category twice", "no shift", "blank name", "long name"])
def test_a_bad_scenario_is_refused_with_one_line_and_the_file_is_unchanged(
        project, spec, says) -> None:
    project.scenarios.save(SHORT)
    path = project.path
    project.close()
    before = path.read_bytes()
    with Project.open(path) as again:
        with pytest.raises(UserFacingError) as refused:
            again.scenarios.save(spec, replace=True)
        assert says in str(refused.value) and "\n" not in str(refused.value)
        assert again.scenarios.list() == [SHORT]
    assert path.read_bytes() == before


def test_the_refusals_read_in_french(project, monkeypatch) -> None:
    monkeypatch.setenv("LANGUAGE", "fr")
    with pytest.raises(InvalidInput) as refused:
        project.scenarios.save(ScenarioSpec((Shift("supplies", 0.2, 1.5),), 0.45, "X"))
    assert str(refused.value) == (
        "La part redépensée localement pour «\u00a0supplies\u00a0» doit être "
        "comprise entre 0 et 100\u202f% (reçu 150\u202f%)")
    with pytest.raises(NotFound) as missing:
        project.scenarios.get("Absent")
    assert str(missing.value).startswith(
        "Aucun scénario enregistré ne s'appelle «\u00a0Absent\u00a0»")


def test_old_scenario_dicts_still_read_and_write_the_same() -> None:
    old = {"name": "x", "respend_share": 0.45,
           "shifts": [{"category": "supplies", "fraction": 0.2}]}
    spec = ScenarioSpec.from_dict(old)
    assert spec.shifts == (Shift("supplies", 0.2, None),)
    assert spec.to_dict() == old
