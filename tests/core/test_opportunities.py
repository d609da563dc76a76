"""Import-substitution opportunities (methods.md §4c) on the hand-computed three-sector case."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from madeinlocal_desktop.analysis.io_workbench import InputOutputWorkbench
from madeinlocal_desktop.analysis.opportunities import (
    TerritoryEmployment,
    from_establishments,
    import_substitution,
)
from madeinlocal_desktop.errors import InvalidInput
from tests import impact_support as case

REGION = {"S1": 1.0, "S2": 3.0, "S3": 2.0}
EFFECTS = ("direct_jobs", "direct_output", "total_output", "total_jobs", "total_income",
           "total_value_added")


def bench(tmp_path: Path, *, closed: bool = False,
          region: dict[str, float] = REGION) -> InputOutputWorkbench:
    z, accounts, _ = case.write_case(tmp_path)
    workbench = InputOutputWorkbench.from_files(z, accounts)
    workbench.set_regional_employment(region, method="slq")
    if closed:
        workbench.set_closed(True)
    return workbench


def run(workbench: InputOutputWorkbench, share: float = case.SHARE,
        region: dict[str, float] = REGION, **options: float) -> dict:
    values = {"population": case.POPULATION, "national_population": case.NATIONAL, **options}
    return import_substitution(workbench, TerritoryEmployment(region, "file"), share=share,
                               **values)


def by_code(result: dict) -> dict[str, dict]:
    return {row["code"]: row for row in result["sectors"]}


def test_the_hand_computed_case(tmp_path: Path) -> None:
    result = run(bench(tmp_path))
    rows = by_code(result)
    for k, code in enumerate(("S1", "S2", "S3")):
        assert rows[code]["expected_jobs"] == pytest.approx(case.EXPECTED[k], abs=1e-9)
        assert rows[code]["gap_jobs"] == pytest.approx(case.GAPS[k], abs=1e-9)
        assert rows[code]["direct_jobs"] == pytest.approx(case.DIRECT_JOBS[k], abs=1e-9)
        assert rows[code]["direct_output"] == pytest.approx(case.DIRECT_OUTPUT[k], abs=1e-9)
        assert rows[code]["total_jobs"] == pytest.approx(case.JOBS_BY_SECTOR[k], abs=1e-9)
    totals = result["totals"]
    assert totals["total_jobs"] == pytest.approx(case.TOTAL_JOBS, abs=1e-9)
    assert totals["total_output"] == pytest.approx(case.TOTAL_OUTPUT, abs=1e-9)
    assert totals["direct_jobs"] == pytest.approx(0.2, abs=1e-12)
    assert result["effects"]["total"]["jobs"] == pytest.approx(case.TOTAL_JOBS, abs=1e-9)
    assert result["effects"]["induced"] is None  # open model: no household round


def test_sectors_are_ranked_by_the_jobs_filling_their_gap_brings(tmp_path: Path) -> None:
    result = run(bench(tmp_path))
    assert [row["code"] for row in result["sectors"]] == ["S2", "S1", "S3"]
    assert [row["rank"] for row in result["sectors"]] == [1, 2, 3]


def test_with_no_share_filled_every_effect_is_zero(tmp_path: Path) -> None:
    result = run(bench(tmp_path), share=0.0)
    for row in result["sectors"]:
        assert all(row[name] == 0 for name in EFFECTS)
    assert result["totals"]["gap_jobs"] == pytest.approx(0.8)  # the gaps are still there


def test_a_territory_that_already_has_the_expected_jobs_has_no_gap(tmp_path: Path) -> None:
    expected = dict(zip(("S1", "S2", "S3"), case.EXPECTED, strict=True))
    result = run(bench(tmp_path, region=expected), region=expected)
    assert all(row["gap_jobs"] == pytest.approx(0, abs=1e-12) for row in result["sectors"])
    assert result["totals"]["total_jobs"] == pytest.approx(0, abs=1e-12)


def test_a_surplus_is_shown_apart_not_as_a_negative_gap(tmp_path: Path) -> None:
    region = {"S1": 3.0, "S2": 3.0, "S3": 2.0}
    rows = by_code(run(bench(tmp_path, region=region), region=region))
    assert rows["S1"]["gap_jobs"] == 0 and rows["S1"]["surplus_jobs"] == pytest.approx(1.8)


@settings(max_examples=25, deadline=None)
@given(theta=st.floats(0, 0.5), closed=st.booleans())
def test_doubling_the_share_doubles_every_effect(tmp_path_factory, theta: float,
                                                 closed: bool) -> None:
    workbench = bench(tmp_path_factory.mktemp("case"), closed=closed)
    single, double = run(workbench, share=theta), run(workbench, share=2 * theta)
    for one, two in zip(single["sectors"], double["sectors"], strict=True):
        for name in EFFECTS:
            assert two[name] == pytest.approx(2 * one[name], rel=1e-9, abs=1e-12)
    for layer in ("direct", "indirect", "total"):
        for name, value in single["effects"][layer].items():
            assert double["effects"][layer][name] == pytest.approx(2 * value, abs=1e-12)


def test_the_closed_model_adds_household_re_spending(tmp_path: Path) -> None:
    open_model, closed = run(bench(tmp_path)), run(bench(tmp_path, closed=True))
    effects = closed["effects"]
    assert effects["induced"]["jobs"] > 0
    layers = sum(effects[layer]["jobs"] for layer in ("direct", "indirect", "induced"))
    assert effects["total"]["jobs"] == pytest.approx(layers)
    assert closed["totals"]["total_jobs"] == pytest.approx(effects["total"]["jobs"])
    assert effects["total"]["jobs"] > open_model["effects"]["total"]["jobs"]


@pytest.mark.parametrize(("options", "code"), [
    ({"population": 0}, "impact.population_zero"),
    ({"population": 200_000}, "impact.population_above_national"),
    ({"national_population": 0}, "impact.national_population"),
    ({"share": 1.3}, "impact.share_range"),
])
def test_impossible_populations_and_shares_are_refused(tmp_path: Path, options: dict,
                                                       code: str) -> None:
    share = options.pop("share", case.SHARE)
    with pytest.raises(InvalidInput) as error:
        run(bench(tmp_path), share=share, **options)
    assert error.value.code == code


def test_the_territory_larger_than_the_country_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as error:
        run(bench(tmp_path), population=200_000)
    assert error.value.text("fr").replace("\u00a0", " ").replace("\u202f", " ") == (
        "Le territoire (200 000 habitants) ne peut pas être plus peuplé que le pays "
        "(100 000 habitants) : les deux chiffres sont-ils dans la même unité ?")


def test_a_sector_the_table_lacks_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as error:
        run(bench(tmp_path), region={**REGION, "S9": 1.0})
    assert error.value.code == "impact.unknown_sector"
    assert "S9" in error.value.text("en") and "S1, S2, S3" in error.value.text("en")
    with pytest.raises(InvalidInput) as missing:
        run(bench(tmp_path), region={"S1": 1.0, "S2": 3.0})
    assert missing.value.code == "impact.missing_sectors"


def test_a_table_without_domestic_use_says_which_column_to_add(tmp_path: Path) -> None:
    z, accounts, _ = case.write_case(tmp_path)
    accounts.write_text("code,output,employment\nS1,100,10\nS2,200,40\nS3,150,20\n",
                        encoding="utf-8")
    workbench = InputOutputWorkbench.from_files(z, accounts)
    with pytest.raises(InvalidInput) as error:
        run(workbench)
    assert "domestic_use" in error.value.text("en")


def test_a_national_model_comes_with_a_warning(tmp_path: Path) -> None:
    z, accounts, _ = case.write_case(tmp_path)
    result = run(InputOutputWorkbench.from_files(z, accounts))
    assert [n["code"] for n in result["notices"]] == ["impact.national_model"]


def test_the_frame_gives_employment_and_establishments_by_sector() -> None:
    """SIRENE bands: 01 (1–2) counts 1.5, 12 (20–49) 34.5, none declared 1 (its owner)."""
    bridge = {"47.24Z": "GZ", "10.71C": "C1"}
    found = from_establishments([("47.24Z", "01"), ("47.24Z", "12"), ("10.71C", "NN"),
                                 (None, "03"), ("99.99Z", "01")], bridge, ["C1", "GZ", "IZ"])
    assert found.employment == {"C1": 1.0, "GZ": 36.0, "IZ": 0.0}
    assert found.establishments == {"C1": 1, "GZ": 2, "IZ": 0}
    assert found.source == "frame"
