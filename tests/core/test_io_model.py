"""The input-output core (analysis.io_model) on cases that can be checked by hand."""

from __future__ import annotations

import numpy as np
import pytest

from madeinlocal_desktop.analysis import io_model
from madeinlocal_desktop.analysis.io_model import IOTable, make_table
from madeinlocal_desktop.errors import InvalidInput

MB_CODES = ["1", "2"]
MB_Z = [[150.0, 500.0], [200.0, 100.0]]
MB_X = [1000.0, 2000.0]


def miller_blair(**accounts: list[float]) -> IOTable:
    return make_table(MB_CODES, MB_CODES, MB_Z, MB_CODES, MB_X, **accounts)  # type: ignore[arg-type]


def small_closed_table() -> IOTable:
    """Three made-up sectors with compensation and household purchases of domestic output."""
    codes = ["AG", "MF", "SV"]
    z = [[20.0, 30.0, 10.0], [15.0, 10.0, 25.0], [5.0, 20.0, 15.0]]
    return make_table(
        codes, codes, z, codes, [200.0, 250.0, 150.0],
        value_added=[120.0, 150.0, 90.0], compensation=[60.0, 80.0, 40.0],
        employment=[4.0, 3.0, 2.5], household_consumption=[70.0, 50.0, 30.0],
    )  # fmt: skip


def test_miller_blair_two_sector_case() -> None:
    model = io_model.compute_multipliers(miller_blair())
    np.testing.assert_allclose(model.coefficients, [[0.15, 0.25], [0.20, 0.05]], atol=1e-12)
    np.testing.assert_allclose(
        model.leontief, [[1.254125, 0.330033], [0.264026, 1.122112]], atol=5e-7
    )
    np.testing.assert_allclose(model.output, [1.518152, 1.452145], atol=5e-7)
    np.testing.assert_allclose(model.leontief @ [600, 1500], [1247.52, 1841.58], atol=5e-3)
    # A table without accounts has no effect multipliers rather than made-up zeros.
    assert model.income_effects is None and model.income_type1 is None


def test_effect_multipliers_are_rows_times_leontief() -> None:
    table = miller_blair(compensation=[300.0, 500.0], value_added=[650.0, 1400.0],
                         employment=[10.0, 30.0])  # fmt: skip
    model = io_model.compute_multipliers(table)
    w = np.array([0.3, 0.25])
    np.testing.assert_allclose(model.income_effects, w @ model.leontief)
    np.testing.assert_allclose(model.income_type1, (w @ model.leontief) / w)
    np.testing.assert_allclose(model.value_added_effects, [0.65, 0.7] @ model.leontief)
    np.testing.assert_allclose(model.employment_effects, [0.01, 0.015] @ model.leontief)
    # Value added + domestic inputs + imports = 1 per unit of output: here no imports, so a unit
    # of final demand generates exactly one unit of value added.
    np.testing.assert_allclose(model.value_added_effects, [1.0, 1.0])


@pytest.mark.parametrize("a_hh", [0.0, 0.05])
def test_type2_identity_holds_for_every_sector(a_hh: float) -> None:
    table = small_closed_table()
    model = io_model.compute_multipliers(table, closed=True, household_own_share=a_hh)
    assert model.closed is not None and model.income_type1 is not None
    w = table.compensation / table.output  # type: ignore[operator]
    c = table.household_consumption / table.compensation.sum()  # type: ignore[union-attr,operator]
    expected = 1.0 / (1.0 - a_hh - w @ model.leontief @ c)
    np.testing.assert_allclose(model.closed.income_type2 / model.income_type1, expected, rtol=1e-12)
    assert model.closed.type2_type1_ratio == pytest.approx(expected)
    # Independent check of the closed model: invert the bordered matrix directly.
    a_bar = np.block([[model.coefficients, c[:, None]], [w[None, :], np.array([[a_hh]])]])
    l_bar = np.linalg.inv(np.eye(4) - a_bar)
    np.testing.assert_allclose(model.closed.output_type2, l_bar[:3, :3].sum(axis=0))
    assert np.all(model.closed.output_type2 > model.output)


def test_household_income_denominator_is_a_parameter() -> None:
    table = small_closed_table()
    default = io_model.compute_multipliers(table, closed=True)
    wider = io_model.compute_multipliers(table, closed=True, household_income=360.0)
    assert default.closed is not None and wider.closed is not None
    assert default.closed.household_income == pytest.approx(180.0)
    np.testing.assert_allclose(wider.closed.coefficients[:3, 3], [70 / 360, 50 / 360, 30 / 360])
    # Spending less per euro of income means smaller induced effects.
    assert np.all(wider.closed.output_type2 < default.closed.output_type2)


def test_closed_model_needs_households() -> None:
    with pytest.raises(InvalidInput, match="compensation of employees and household consumption"):
        io_model.compute_multipliers(miller_blair(), closed=True)


def test_closed_model_that_explodes_is_refused() -> None:
    table = small_closed_table()
    with pytest.raises(InvalidInput, match="1 − a_hh − w L c"):
        io_model.compute_multipliers(table, closed=True, household_income=30.0)


def test_shock_is_leontief_times_demand() -> None:
    table = small_closed_table()
    model = io_model.compute_multipliers(table, closed=True)
    effects = io_model.shock_effects(model, [0.0, 100.0, 0.0])
    np.testing.assert_allclose(effects.output, model.leontief[:, 1] * 100)
    assert effects.total("output") == pytest.approx(model.output[1] * 100)
    assert effects.total("income") == pytest.approx(model.income_effects[1] * 100)  # type: ignore[index]
    assert effects.total("employment") == pytest.approx(model.employment_effects[1] * 100)  # type: ignore[index]
    induced = io_model.shock_effects(model, [0.0, 100.0, 0.0], closed=True)
    assert induced.total("output") == pytest.approx(model.closed.output_type2[1] * 100)  # type: ignore[union-attr]
    assert induced.household_income == pytest.approx(
        model.closed.leontief[3, 1] * 100  # type: ignore[union-attr]
    )


def test_columns_in_another_order_are_aligned() -> None:
    table = make_table(["1", "2"], ["2", "1"], [[500.0, 150.0], [100.0, 200.0]], ["2", "1"],
                       [2000.0, 1000.0])  # fmt: skip
    np.testing.assert_allclose(table.z, MB_Z)
    np.testing.assert_allclose(table.output, MB_X)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"z": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "columns": ["1", "2", "3"]}, "square"),
        ({"columns": ["1", "3"]}, "codes of the rows and of the columns differ"),
        (
            {"accounts": ["1", "9"]},
            r"in the accounts but not in Z: 9.*in Z but not in the accounts: 2",
        ),
        ({"output": [1000.0, -5.0]}, "Output must be positive.*2"),
        ({"output": [0.0, 2000.0]}, "Output must be positive.*1"),
    ],
)
def test_bad_tables_are_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        make_table(
            MB_CODES, kwargs.get("columns", MB_CODES), kwargs.get("z", MB_Z),
            kwargs.get("accounts", MB_CODES), kwargs.get("output", MB_X),
        )  # fmt: skip


def test_column_sum_of_a_at_one_is_refused() -> None:
    table = make_table(MB_CODES, MB_CODES, [[600.0, 500.0], [400.0, 100.0]], MB_CODES, MB_X)
    with pytest.raises(InvalidInput, match=r"column sum of A is 1\.0000 \(≥ 1\) for sector 1"):
        io_model.compute_multipliers(table)


def test_singular_system_is_refused() -> None:
    # Negative flows keep column sums below 1 yet make I − A singular.
    table = make_table(MB_CODES, MB_CODES, [[50.0, -50.0], [-50.0, 50.0]], MB_CODES, [100.0, 100.0])
    with pytest.raises(InvalidInput, match="singular"):
        io_model.compute_multipliers(table)


def test_negative_leontief_inverse_is_refused() -> None:
    table = make_table(MB_CODES, MB_CODES, [[50.0, -80.0], [-80.0, 50.0]], MB_CODES, [100.0, 100.0])
    with pytest.raises(InvalidInput, match="negative entries"):
        io_model.compute_multipliers(table)


def test_negative_compensation_is_refused() -> None:
    with pytest.raises(InvalidInput, match="compensation is negative for 2"):
        miller_blair(compensation=[10.0, -1.0])
