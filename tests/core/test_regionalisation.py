"""Location quotients and regional coefficients on hand-checkable cases."""

from __future__ import annotations

import math

import numpy as np
import pytest

from madeinlocal_desktop.analysis import regionalisation as rg
from madeinlocal_desktop.errors import InvalidInput

CODES = ["A", "B", "C"]
A = np.array([[0.10, 0.20, 0.05], [0.15, 0.05, 0.10], [0.05, 0.10, 0.20]])
NATIONAL = np.array([1000.0, 3000.0, 6000.0])


def test_region_equal_to_nation_gives_the_national_table_under_slq() -> None:
    result = rg.regionalise(A, NATIONAL, NATIONAL, CODES, method="slq")
    np.testing.assert_allclose(result.slq, [1.0, 1.0, 1.0])
    np.testing.assert_allclose(result.coefficients, A)
    assert result.lam is None and result.delta is None


def test_region_equal_to_nation_has_lambda_one_under_flq() -> None:
    result = rg.regionalise(A, NATIONAL, NATIONAL, CODES, method="flq", delta=0.3)
    assert result.lam == pytest.approx(1.0)  # log2(1 + 1) = 1
    np.testing.assert_allclose(result.coefficients, A)


def test_slq_by_hand() -> None:
    regional = np.array([20.0, 30.0, 50.0])  # shares 0.2, 0.3, 0.5 vs 0.1, 0.3, 0.6
    np.testing.assert_allclose(rg.simple_location_quotients(regional, NATIONAL, CODES),
                               [2.0, 1.0, 0.5 / 0.6])  # fmt: skip


@pytest.mark.parametrize("method", rg.METHODS)
def test_a_tiny_region_shrinks_coefficients(method: str) -> None:
    regional = NATIONAL / 1000  # same structure, 0.1% of national employment
    result = rg.regionalise(A, regional, NATIONAL, CODES, method=method)
    assert np.all(result.coefficients <= A + 1e-15)
    if method in ("flq", "aflq"):
        # Same structure: SLQ = 1, CILQ = 1, so FLQ shrinks every cell by exactly λ*.
        np.testing.assert_allclose(result.coefficients, A * result.lam)
        assert result.lam < 0.2
    else:
        np.testing.assert_allclose(result.coefficients, A)  # SLQ/CILQ ignore the region's size


def test_a_region_without_a_sector_buys_none_of_it_locally() -> None:
    regional = np.array([0.0, 30.0, 50.0])
    result = rg.regionalise(A, regional, NATIONAL, CODES, method="cilq")
    np.testing.assert_allclose(result.coefficients[0, :], 0.0)
    assert np.all(np.isfinite(result.coefficients))


def test_lambda_matches_the_formula() -> None:
    expected = math.log2(1 + 250 / 10_000) ** 0.3
    assert rg.flq_lambda(250, 10_000, 0.3) == pytest.approx(expected)
    assert rg.flq_lambda(250, 10_000, 0.0) == 1.0
    result = rg.regionalise(A, [50.0, 100.0, 100.0], NATIONAL, CODES, method="flq", delta=0.2)
    assert result.lam == pytest.approx(math.log2(1 + 250 / 10_000) ** 0.2)


@pytest.mark.parametrize("delta", [-0.1, 1.0, 1.5, float("nan")])
def test_delta_out_of_range_is_refused(delta: float) -> None:
    with pytest.raises(InvalidInput, match="0 ≤ δ < 1"):
        rg.regionalise(A, [50.0, 100.0, 100.0], NATIONAL, CODES, method="flq", delta=delta)


def test_cilq_diagonal_is_slq_and_off_diagonal_a_ratio() -> None:
    slq = np.array([2.0, 1.0, 0.5])
    q = rg.cross_industry_quotients(slq)
    np.testing.assert_allclose(np.diag(q), slq)
    assert q[0, 2] == pytest.approx(4.0) and q[2, 0] == pytest.approx(0.25)
    assert q[1, 0] == pytest.approx(0.5)


def test_aflq_only_changes_columns_with_slq_above_one() -> None:
    regional = np.array([20.0, 30.0, 50.0])  # SLQ = 2, 1, 0.83
    flq, slq, lam = rg.location_quotients("flq", regional, NATIONAL, CODES)
    aflq, _, lam2 = rg.location_quotients("aflq", regional, NATIONAL, CODES)
    assert lam == lam2
    np.testing.assert_allclose(aflq[:, 0], flq[:, 0] * math.log2(1 + 2.0))
    np.testing.assert_allclose(aflq[:, 1:], flq[:, 1:])  # SLQ_j = 1 is not "> 1"
    assert slq[1] == pytest.approx(1.0)


def test_regional_employment_above_national_is_refused() -> None:
    with pytest.raises(InvalidInput, match="exceeds national employment in sector B"):
        rg.regionalise(A, [10.0, 5000.0, 10.0], NATIONAL, CODES, method="slq")


def test_unknown_method_is_refused() -> None:
    with pytest.raises(InvalidInput, match="Unknown regionalisation method 'rlq'"):
        rg.regionalise(A, NATIONAL, NATIONAL, CODES, method="rlq")


def test_hybrid_table_uses_survey_columns_and_says_where_cells_come_from() -> None:
    lq = rg.regionalise(A, [20.0, 30.0, 50.0], NATIONAL, CODES, method="flq")
    hybrid = rg.apply_survey_shares(lq, A, CODES, {"B": 0.6, "C": {"A": 0.25}})
    np.testing.assert_allclose(hybrid.coefficients[:, 1], A[:, 1] * 0.6)
    assert hybrid.coefficients[0, 2] == pytest.approx(A[0, 2] * 0.25)
    np.testing.assert_allclose(hybrid.coefficients[1:, 2], lq.coefficients[1:, 2])
    np.testing.assert_allclose(hybrid.coefficients[:, 0], lq.coefficients[:, 0])
    assert hybrid.sources[:, 1].tolist() == ["survey"] * 3
    assert hybrid.sources[:, 2].tolist() == ["survey", "flq", "flq"]
    assert hybrid.sources[:, 0].tolist() == ["flq"] * 3
    with pytest.raises(InvalidInput, match="between 0 and 1"):
        rg.apply_survey_shares(lq, A, CODES, {"B": 1.4})
    with pytest.raises(InvalidInput, match="unknown sector 'Z'"):
        rg.apply_survey_shares(lq, A, CODES, {"Z": 0.5})


def test_io_proxy_respend_share() -> None:
    r = A * 0.5
    w = np.array([0.3, 0.4, 0.2])
    shares = rg.io_proxy_respend_shares(r, w, 0.45)
    np.testing.assert_allclose(shares, r.sum(axis=0) + w * 0.45)
    assert shares[0] == pytest.approx(0.15 + 0.135)
    np.testing.assert_allclose(rg.io_proxy_respend_shares(r, np.array([1.4, 0, 0]), 1.0)[0], 1.0)
    with pytest.raises(InvalidInput, match="household spending"):
        rg.io_proxy_respend_shares(r, w, 1.2)


@pytest.mark.parametrize("code", ["47.24Z", "4724Z", "47.24z", " 47.24 Z "])
def test_naf_codes_are_normalised(code: str) -> None:
    assert rg.naf_to_sector(code, {"47.24Z": "GZ"}) == "GZ"


@pytest.mark.parametrize(("code", "message"), [("4724", "not a NAF"), ("99.99Z", "does not exist")])
def test_bad_naf_codes(code: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        rg.naf_to_sector(code, {"47.24Z": "GZ"})
