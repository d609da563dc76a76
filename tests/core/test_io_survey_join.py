"""The survey joined to the input-output model: hybrid table, io_proxy shares, scenario impact."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from madeinlocal_desktop.analysis import io_survey
from madeinlocal_desktop.analysis.io_model import technical_coefficients
from madeinlocal_desktop.analysis.io_workbench import InputOutputWorkbench
from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.project import Project
from tests.io_support import (
    OBSERVED,
    PROXY_LINES,
    REGION,
    SUPPLIES_MOVABLE,
    make_study,
    respondent,
)


@pytest.fixture
def project(tmp_path: Path):
    project = make_study(tmp_path / "study.madeinlocal")
    project.io.save_settings(regional_employment=REGION, method="flq", delta=0.3, h_loc=0.45)
    yield project
    project.close()


def lq_only() -> InputOutputWorkbench:
    bench = InputOutputWorkbench.from_shipped("fr-2014-a17")
    bench.set_regional_employment(REGION, method="flq", delta=0.3)
    return bench


# --- hybrid table -------------------------------------------------------------------------------


def test_surveyed_columns_use_the_survey_share_and_the_others_the_lq_estimate(
        project: Project) -> None:
    bench = project.io.workbench()
    codes = bench.sectors
    a = technical_coefficients(bench.table)
    r = bench.multipliers().coefficients
    lq = lq_only().multipliers().coefficients
    for code, share in OBSERVED.items():
        j = codes.index(code)
        np.testing.assert_allclose(r[:, j], a[:, j] * share, rtol=1e-12)
        assert not np.allclose(r[:, j], lq[:, j])
    for code in set(codes) - set(OBSERVED):
        j = codes.index(code)
        np.testing.assert_array_equal(r[:, j], lq[:, j])


def test_results_say_where_each_column_came_from(project: Project) -> None:
    result = project.io.multipliers()
    sources = result.column_sources
    assert {c for c, s in sources.items() if s == "survey"} == set(OBSERVED)
    assert {s for c, s in sources.items() if c not in OBSERVED} == {"flq"}
    assert result.regionalisation["survey_sectors"] == ["C1", "GZ", "IZ"]
    assert result.survey_shares["C1"] == {"share": pytest.approx(0.4375),
                                             "purchases": 80000.0, "interviews": 1}
    assert result.survey_shares["GZ"]["share"] == pytest.approx(0.3)  # resale left out


def test_the_survey_can_be_left_out(project: Project) -> None:
    project.io.save_settings(use_survey=False)
    result = project.io.multipliers()
    assert set(result.column_sources.values()) == {"flq"}
    assert result.survey_shares == {}
    np.testing.assert_array_equal(project.io.workbench().multipliers().coefficients,
                                  lq_only().multipliers().coefficients)


def test_observed_shares_ignore_capital_goods_resale_and_unknown_sectors() -> None:
    lines = pd.DataFrame({
        "interview_id": ["a", "a", "a", "a", "b", "c"],
        "category": ["supplies", "capex", "goods_resale", "wages", "services", "supplies"],
        "recipient": ["supplier", "supplier", "supplier", "staff", "supplier", "supplier"],
        "r2_rule": ["share"] * 6,
        "amount": [100.0, 1000.0, 1000.0, 500.0, np.nan, 40.0],
        "local_share": [0.4, 1.0, 1.0, 1.0, 0.5, 0.5],
    })
    found = io_survey.observed_local_shares(lines, {"a": "C1", "b": "C1", "c": None})
    assert found == {"C1": io_survey.ObservedShare(share=0.4, purchases=100.0, interviews=1)}


# --- io_proxy -----------------------------------------------------------------------------------


def test_io_proxy_shares_are_shares_for_suppliers_and_staff(project: Project) -> None:
    shares = project.io.io_proxy_shares()
    assert set(shares) == {"supplier", "staff"}
    assert all(0 <= s <= 1 for s in shares.values())
    assert shares["staff"] == 0.45
    by_sector = project.io.workbench().io_proxy_shares(0.45)
    assert min(by_sector.values()) <= shares["supplier"] <= max(by_sector.values())


def test_supplier_share_weighs_sectors_by_the_shops_purchases(tmp_path: Path) -> None:
    """Σ_j weight_j · s_j: recomputed here from the definition."""
    with make_study(tmp_path / "s.madeinlocal") as project:
        project.io.save_settings(regional_employment=REGION, h_loc=0.45)
        bench = project.io.workbench()
        codes = bench.sectors
        r = bench.multipliers().coefficients
        mix = io_survey.column_mix(r, fallback=technical_coefficients(bench.table))
        goods = io_survey.goods_mix(bench.table.household_consumption,
                                    np.array([c in {"AZ", "C1", "C2", "C3", "C4", "C5"}
                                              for c in codes]))
        assert goods is not None
        spread = np.zeros(len(codes))
        local = {"C1": [(60000, .5), (20000, .25)], "IZ": [(50000, .2), (10000, 0.0)],
                 "GZ": [(10000, .3)]}
        for buyer, items in local.items():
            spread += mix[:, codes.index(buyer)] * sum(a * s for a, s in items)
        spread += (10000 * 1.0 + 100000 * 0.1) * goods  # goods for resale
        weights = spread / spread.sum()
        s = np.array([bench.io_proxy_shares(0.45)[c] for c in codes])
        assert project.io.io_proxy_shares()["supplier"] == pytest.approx(float(weights @ s))


def test_h_loc_defaults_to_the_staff_respondents_mean(tmp_path: Path) -> None:
    staff = [respondent("staff", 0.4, 1), respondent("staff", 0.6, 2)]
    with make_study(tmp_path / "s.madeinlocal", staff) as project:
        project.io.save_settings(regional_employment=REGION)
        assert project.io.io_proxy_shares()["staff"] == pytest.approx(0.5)
        assert project.io.multipliers().household_local_share == {
            "value": pytest.approx(0.5), "source": "staff_mean"}


def test_without_h_loc_nor_staff_answers_there_is_no_proxy(tmp_path: Path) -> None:
    with make_study(tmp_path / "s.madeinlocal") as project:
        project.io.save_settings(regional_employment=REGION)
        assert project.io.io_proxy_shares() == {}
        assert project.analysis.run(bootstrap=0).respend_sources["io_proxy"] == 0


def test_the_analysis_uses_io_proxy_for_groups_without_respondents(project: Project) -> None:
    result = project.analysis.run(bootstrap=0)
    assert result.respend_sources["io_proxy"] == PROXY_LINES
    assert result.respend_inputs["io_proxy"] == pytest.approx(project.io.io_proxy_shares())
    without = project.analysis.run(bootstrap=0, io_proxy={})
    assert without.respend_sources["io_proxy"] == 0
    # Without the proxy, the blank ("automatic") shares take the neutral default: an estimate,
    # not a missing answer.
    assert without.respend_sources["imputed"] == 0
    assert without.respend_sources["default"] == PROXY_LINES


def test_the_analysis_prefers_respondents_to_io_proxy(tmp_path: Path) -> None:
    answers = [respondent("supplier", 0.5, 1), respondent("supplier", 0.3, 2),
               respondent("staff", 0.6, 3)]
    with make_study(tmp_path / "s.madeinlocal", answers) as project:
        project.io.save_settings(regional_employment=REGION)
        result = project.analysis.run(bootstrap=0)
        assert result.respend_sources["io_proxy"] == 0
        assert result.respend_sources["survey_mean"] == PROXY_LINES


def test_only_the_group_without_respondents_gets_io_proxy(tmp_path: Path) -> None:
    with make_study(tmp_path / "s.madeinlocal", [respondent("staff", 0.6, 1)]) as project:
        project.io.save_settings(regional_employment=REGION)
        counts = project.analysis.run(bootstrap=0).respend_sources
        assert counts["survey_mean"] == 2  # the two wages lines
        assert counts["io_proxy"] == PROXY_LINES - 2  # the supplier lines


# --- scenario impact ----------------------------------------------------------------------------


def test_scenario_impact_is_positive_and_proportional_to_the_shifted_euros(
        project: Project) -> None:
    small = project.io.scenario_impact("supplies", 0.2, 0.4)
    large = project.io.scenario_impact("supplies", 0.4, 0.4)
    assert small.extra_local_euros == pytest.approx(0.2 * SUPPLIES_MOVABLE)
    assert sum(small.demand.values()) == pytest.approx(small.extra_local_euros)
    for key in ("output", "income", "jobs"):
        assert getattr(small, key) > 0
        assert getattr(large, key) == pytest.approx(2 * getattr(small, key), rel=1e-9)
    assert small.output >= small.extra_local_euros  # a multiplier is at least 1
    assert small.scenario["lm3_after"] > small.scenario["lm3_before"]


def test_scenario_impact_matches_a_shock_with_the_same_demand(project: Project) -> None:
    impact = project.io.scenario_impact("goods_resale", 0.5, 0.4)
    shock = project.io.workbench().shock(impact.demand)
    assert impact.jobs == pytest.approx(shock["total"]["jobs"])
    assert set(impact.demand) <= {"AZ", "C1", "C2", "C3", "C4", "C5"}  # goods, not services


def test_scenario_impact_needs_a_supplier_category(project: Project) -> None:
    with pytest.raises(InvalidInput, match="suppliers"):
        project.io.scenario_impact("wages", 0.2, 0.4)
    with pytest.raises(InvalidInput, match="Unknown category"):
        project.io.scenario_impact("bananas", 0.2, 0.4)
    with pytest.raises(InvalidInput):
        project.io.scenario_impact("supplies", 1.2, 0.4)


def test_shock_in_euros_gives_jobs_in_the_territory(project: Project) -> None:
    regional = project.io.shock("IZ", 250_000)
    national = InputOutputWorkbench.from_shipped("fr-2014-a17").shock({"IZ": 250_000})
    assert regional.total.jobs is not None and regional.total.output is not None
    assert 0 < regional.total.jobs < national["total"]["jobs"]
    assert regional.total.output >= 250_000
    with pytest.raises(InvalidInput):
        project.io.shock("IZ", -5)


def test_national_employment_is_in_persons(project: Project) -> None:
    national = project.io.national_employment()
    assert national["AZ"] == pytest.approx(763_000)
    assert [code for code, _ in project.io.sectors()] == list(national)


def test_the_survey_scenario_starts_from_the_same_lm3_as_the_analysis(project: Project) -> None:
    analysed = project.analysis.run(bootstrap=0).lm3.ratio_of_totals
    assert project.analysis.scenario("supplies", 0.2, 0.4)["lm3_before"] == pytest.approx(analysed)
    impact = project.io.scenario_impact("supplies", 0.2, 0.4)
    assert impact.scenario["lm3_before"] == pytest.approx(analysed)


def test_typed_results_give_back_the_json_of_the_workbench(project: Project) -> None:
    """`to_dict()` of the facade's typed answers has the keys and figures `io ... --format
    json` writes."""
    regional = project.io.shock("IZ", 250_000)
    assert regional.to_dict() == project.io.workbench().shock({"IZ": 250_000.0})
    impact = project.io.scenario_impact("supplies", 0.2, 0.4).to_dict()
    assert set(impact) == {"scenario", "extra_local_euros", "population_weighted", "demand",
                           "output", "income", "value_added", "jobs", "closed", "by_sector",
                           "regionalisation", "table"}
    assert impact["by_sector"] is not None and sum(impact["by_sector"]["jobs"]) == \
        pytest.approx(impact["jobs"])


def test_typed_multipliers_keep_the_keys_of_the_json(project: Project) -> None:
    multipliers = project.io.multipliers()
    found = multipliers.to_dict()
    assert set(found) == set(project.io.workbench().compute()) | {
        "labels", "jobs_per_million_eur", "column_sources", "survey_shares",
        "household_local_share", "io_proxy", "table"}
    assert found["output_multipliers"] == multipliers.column("output_multipliers")
    assert len(multipliers.names) == len(multipliers.sectors) == 17
