"""What the dashboard derives from an analysis: round totals, the money trail, the scenario."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from madeinlocal_desktop.analysis.dashboard_data import (
    money_trail,
    round_totals,
    run_scenario,
    scenario_basis,
)
from madeinlocal_desktop.analysis.engine import analyse
from madeinlocal_desktop.project import Project
from tests.dashboard_support import demo_analysis, make_demo_study


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_study(tmp_path_factory.mktemp("data") / "demo.madeinlocal")


@pytest.fixture(scope="module")
def demo(demo_path: Path) -> tuple[dict[str, Any], Any]:
    return demo_analysis(demo_path, bootstrap=0)


def test_round_totals_match_the_interviews(demo) -> None:
    result, _ = demo
    totals = round_totals(result)
    rows = result["interviews"]  # the demo is unweighted: totals are plain sums
    assert totals.r1 == pytest.approx(sum(r["r1"] for r in rows))
    assert totals.r2 == pytest.approx(sum(r["r2"] for r in rows))
    assert totals.r3 == pytest.approx(sum(r["r3"] for r in rows))
    assert totals.lm3 == pytest.approx(result["lm3"]["ratio_of_totals"])


def test_money_trail_per_100_euros(demo) -> None:
    result, _ = demo
    trail = money_trail(result)
    assert trail.spent == 100
    assert trail.round2_local == pytest.approx(100 * result["recirculation_share"])
    # Every euro of turnover is local, leaked, or not spent (the demo never overspends).
    assert trail.round2_local + trail.round2_outside + trail.round2_not_spent == \
        pytest.approx(100)
    assert trail.round3_local + trail.round3_outside == pytest.approx(trail.round2_local)
    assert (100 + trail.round2_local + trail.round3_local) / 100 == pytest.approx(trail.lm3)
    assert trail.biggest_leaks[0][0] == "goods_resale"


def test_leaky_bucket() -> None:
    """methods.md §5: 80 % re-spent locally each round → 10, 8, 6.40: LM3 2.44."""
    result = {"lm3": {"ratio_of_totals": 2.44}, "recirculation_share": 0.8,
              "leakage_by_category": {"goods_resale": {"euros": 2.0, "share": 0.2}}}
    trail = money_trail(result, per=10)
    assert (trail.round2_local, trail.round3_local) == pytest.approx((8.0, 6.4))
    assert trail.round2_outside == pytest.approx(2.0)


def test_scenario_basis_offers_only_categories_that_can_go_local(demo) -> None:
    result, study = demo
    basis = scenario_basis(result, study.categories)
    assert "social_contributions" not in basis.non_local  # national bodies: never local
    assert "national_taxes" not in basis.non_local
    assert "retained" not in basis.non_local
    assert basis.categories[0] == "goods_resale"  # the largest leak first
    survey_mean = result["respend_inputs"]["survey_mean"]
    assert basis.default_respend["goods_resale"] == pytest.approx(survey_mean["supplier"])
    assert basis.default_respend["rent"] == pytest.approx(
        result["respend_inputs"]["default"]["landlord"]["share"])


def test_scenario_limits_and_direction(demo) -> None:
    result, study = demo
    basis = scenario_basis(result, study.categories)
    nothing = run_scenario(basis, "goods_resale", 0.0, 0.5)
    assert nothing.lm3_after == pytest.approx(nothing.lm3_before) and nothing.kept_locally == 0
    everything = run_scenario(basis, "goods_resale", 1.0, 1.0)
    assert everything.shifted == pytest.approx(result["leakage_by_category"]["goods_resale"]
                                               ["euros"])
    assert everything.kept_locally == pytest.approx(2 * everything.shifted)
    values = [run_scenario(basis, "services", f / 10, 0.4).lm3_after for f in range(11)]
    assert values == sorted(values) and values[-1] > values[0]
    assert max(values) <= 3.0
    with pytest.raises(KeyError):
        run_scenario(basis, "national_taxes", 0.5, 0.5)


@pytest.mark.parametrize(("category", "fraction", "respend"),
                         [("goods_resale", 0.2, 0.45), ("services", 0.7, 0.1), ("rent", 1, 1)])
def test_scenario_equals_analysing_the_study_with_new_local_lines(
        demo_path: Path, category: str, fraction: float, respend: float) -> None:
    """Independent check through the engine's public `analyse`: the moved euros become new,
    fully local lines carrying the new suppliers' re-spend share, and the study is analysed
    again. (Unanswered local shares are filled first so both sides see the same shares.)"""
    with Project.open(demo_path, who="test", device="dev-test") as project:
        interviews, lines, respondents = project.analysis.frames()
        study = project.study
    defaults = {g: (d.share, d.justification) for g, d in study.respend_defaults.items()}
    lines = lines.assign(local_share=lines["local_share"].fillna(0.5))
    before = analyse(interviews, lines, respondents=respondents, defaults=defaults,
                     bootstrap=0).to_dict()

    chosen = lines[(lines["category"] == category) & (lines["r2_rule"] == "share")]
    moved = chosen.assign(amount=chosen["amount"] * (1 - chosen["local_share"]) * fraction,
                          local_share=1.0, respend_share=respend, respend_source="survey")
    after = analyse(interviews, pd.concat([lines, moved], ignore_index=True),
                    respondents=respondents, defaults=defaults, bootstrap=0).to_dict()

    outcome = run_scenario(scenario_basis(before, study.categories), category, fraction, respend)
    assert outcome.lm3_after == pytest.approx(after["lm3"]["ratio_of_totals"], rel=1e-12)
    assert outcome.recirculation_after == pytest.approx(after["recirculation_share"], rel=1e-12)
    gained = round_totals(after).r2 + round_totals(after).r3 \
        - round_totals(before).r2 - round_totals(before).r3
    assert outcome.kept_locally == pytest.approx(gained, rel=1e-9)


def test_fast_scenario_agrees_with_the_engine_scenario(demo, demo_path: Path) -> None:
    """The slider's constant-time scenario and `project.analysis.scenario` (the CLI's) agree."""
    result, study = demo
    basis = scenario_basis(result, study.categories)
    with Project.open(demo_path, who="test", device="dev-test") as project:
        for category, fraction, respend in (("goods_resale", 0.2, 0.45), ("wages", 0.5, 0.3)):
            engine = project.analysis.scenario(category, fraction, respend)
            fast = run_scenario(basis, category, fraction, respend)
            assert fast.lm3_before == pytest.approx(engine["lm3_before"], rel=1e-12)
            assert fast.lm3_after == pytest.approx(engine["lm3_after"], rel=1e-12)
            assert fast.shifted == pytest.approx(engine["delta_r2"], rel=1e-9)
            assert fast.kept_locally == pytest.approx(engine["delta_r2_r3"], rel=1e-9)


def test_the_dashboard_and_the_cli_give_the_same_scenario(demo, demo_path: Path) -> None:
    """What the dashboard shows (its offered Round-3 share included) is the number
    `madeinlocal scenario` prints: one formula (analysis/shift.py), one Round-3 order."""
    import json

    from click.testing import CliRunner

    from madeinlocal_desktop.cli import main

    result, study = demo
    basis = scenario_basis(result, study.categories)
    category = basis.categories[0]  # the dashboard's first choice: the largest leak
    respend = basis.default_respend[category]
    shown = run_scenario(basis, category, 0.25, respend)
    printed = CliRunner().invoke(main, ["scenario", str(demo_path), "--category", category,
                                        "--shift", "25%", "--respend", f"{respend:.17g}",
                                        "--format", "json"])
    assert printed.exit_code == 0, printed.output
    cli = json.loads(printed.stdout)
    assert shown.lm3_after > shown.lm3_before
    assert shown.lm3_after == pytest.approx(cli["lm3_after"], rel=1e-12)
    assert shown.kept_locally == pytest.approx(cli["delta_r2_r3"], rel=1e-9)
