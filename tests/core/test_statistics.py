"""Ratio of totals, Taylor SE, Student t quantiles and the stratified bootstrap (methods.md §3)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from madeinlocal_desktop.analysis import analyse, frames_from_records
from madeinlocal_desktop.analysis.statistics import (
    betainc,
    grouped_ratio,
    percentile_interval,
    ratio_of_totals,
    stratified_bootstrap,
    t_cdf,
    t_quantile,
    taylor_se,
)

# --- Student t ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("df", "expected"), [
    (1, 12.7062), (4, 2.776445), (30, 2.042272), (1000, 1.962339),
    (2, 4.302653), (10, 2.228139), (100_000, 1.959988),
])
def test_t_quantile_matches_tables(df: int, expected: float) -> None:
    assert t_quantile(0.975, df) == pytest.approx(expected, abs=5e-7 * max(1, expected))


def test_t_quantile_has_the_closed_form_for_one_degree_of_freedom() -> None:
    for p in (0.6, 0.9, 0.975, 0.999):
        assert t_quantile(p, 1) == pytest.approx(math.tan(math.pi * (p - 0.5)), rel=1e-10)


def test_t_quantile_inverts_the_cdf_and_is_symmetric() -> None:
    for df in (1, 3, 7.5, 50, 2000):
        for p in (0.01, 0.3, 0.8, 0.995):
            assert t_cdf(t_quantile(p, df), df) == pytest.approx(p, abs=1e-12)
            assert t_quantile(1 - p, df) == pytest.approx(-t_quantile(p, df), rel=1e-10)


def test_t_quantile_tends_to_the_normal_quantile() -> None:
    z = 1.959963984540054
    assert t_quantile(0.975, 1e9) == pytest.approx(z, abs=1e-8)
    assert t_quantile(0.975, 1e9) > z  # heavier tails than the normal, however slightly


@pytest.mark.parametrize("p", [0.0, 1.0, -0.1])
def test_t_quantile_refuses_impossible_probabilities(p: float) -> None:
    with pytest.raises(ValueError):
        t_quantile(p, 5)


def test_incomplete_beta_known_values() -> None:
    assert betainc(2, 3, 0.5) == pytest.approx(0.6875, abs=1e-14)  # 11/16
    assert betainc(1, 1, 0.3) == pytest.approx(0.3, abs=1e-14)
    assert betainc(0.5, 0.5, 0.25) == pytest.approx(2 / math.pi * math.asin(0.5), abs=1e-13)


# --- Taylor-linearised SE -------------------------------------------------------------------------

X = np.array([100.0, 200.0, 300.0])
Y = np.array([150.0, 260.0, 420.0])


def test_taylor_se_by_hand() -> None:
    """R = 830/600; e = (11.667, −16.667, 5); Σe² = 438.889; x̄ = 200; n = 3:
    V = 1/(3 · 200²) · 438.889/2 = 0.0018287 → SE = 0.042763."""
    r = 830 / 600
    e = [150 - r * 100, 260 - r * 200, 420 - r * 300]
    variance = 1 / (3 * 200**2) * sum(v * v for v in e) / 2
    assert ratio_of_totals(X, Y) == pytest.approx(r)
    assert taylor_se(X, Y) == pytest.approx(math.sqrt(variance), rel=1e-12)
    assert taylor_se(X, Y) == pytest.approx(0.042763, abs=1e-6)


def test_taylor_se_with_finite_population_correction() -> None:
    """N = 10 businesses, 3 interviewed: V is multiplied by 1 − 3/10."""
    assert taylor_se(X, Y, fraction=0.3) == pytest.approx(0.042763 * math.sqrt(0.7), abs=1e-6)


def test_taylor_se_needs_two_businesses() -> None:
    assert taylor_se(X[:1], Y[:1]) is None


def test_grouped_ratio_equals_one_group_at_a_time() -> None:
    rng = np.random.default_rng(3)
    x = rng.uniform(1, 10, 50)
    y = x * rng.uniform(1, 3, 50)
    groups = rng.integers(0, 4, 50)
    out = grouped_ratio(x, y, groups, 5)
    for g in range(4):
        mask = groups == g
        assert out.ratio[g] == pytest.approx(ratio_of_totals(x[mask], y[mask]))
        assert out.se[g] == pytest.approx(taylor_se(x[mask], y[mask]))
    assert out.n[4] == 0


def test_engine_reports_taylor_se_and_student_interval() -> None:
    """Three shops with R1 = x and R1 + R2 = y: the headline interval uses t(2) = 4.302653."""
    records = [{"id": f"shop{i}", "r1": x, "lines": [
        {"category": "supplies", "amount": y - x, "local_share": 1.0, "respend_share": 0.0}]}
        for i, (x, y) in enumerate(zip(X, Y, strict=True))]
    interviews, lines = frames_from_records(records)
    lm3 = analyse(interviews, lines, bootstrap=0).to_dict()["lm3"]
    assert lm3["ratio_of_totals"] == pytest.approx(830 / 600)
    assert lm3["se"] == pytest.approx(0.042763, abs=1e-6)
    half = 4.302653 * lm3["se"]
    assert lm3["ci95"] == pytest.approx([830 / 600 - half, 830 / 600 + half])
    assert lm3["bootstrap_ci95"] is None and lm3["bootstrap"]["B"] == 0
    with_n = analyse(interviews, lines, bootstrap=0, population=10).to_dict()["lm3"]
    assert with_n["se"] == pytest.approx(0.042763 * math.sqrt(0.7), abs=1e-6)


# --- stratified bootstrap -------------------------------------------------------------------------


def test_a_stratum_with_constant_lm3_contributes_exactly() -> None:
    """Stratum 0 has LM3 = 2 in every shop: resampled within itself it can only give 2."""
    rng = np.random.default_rng(1)
    x = np.concatenate([[1.0, 2.0, 5.0, 7.0], rng.uniform(1, 9, 30)])
    y = np.concatenate([2 * x[:4], x[4:] * rng.uniform(1, 3, 30)])
    strata = np.array([0] * 4 + [1] * 30)
    reps = stratified_bootstrap(x, y, strata, B=500, seed=5)
    assert list(reps.strata) == [0, 1]
    assert np.all(reps.by_stratum[:, 0] == 2.0)
    assert reps.by_stratum[:, 1].std() > 0


def test_strata_never_mix() -> None:
    """Equal x inside each stratum: if every replicate keeps each stratum's own shops, the
    overall ratio is (4·2 + 6·3)/10 = 2.6 exactly; one borrowed shop would move it."""
    x = np.ones(10)
    y = np.array([2.0] * 4 + [3.0] * 6)
    strata = np.array([0] * 4 + [1] * 6)
    reps = stratified_bootstrap(x, y, strata, B=300, seed=9)
    assert reps.overall == pytest.approx(np.full(300, 2.6), abs=1e-12)
    unstratified = stratified_bootstrap(x, y, np.zeros(10, dtype=np.intp), B=300, seed=9)
    assert unstratified.overall.std() > 0.05  # the check above can fail


def test_domains_are_resampled_within_their_own_shops() -> None:
    x = np.ones(12)
    y = np.array([2.0, 2.0, 2.0, 1.0, 3.0, 2.5] * 2)
    strata = np.array([0] * 6 + [1] * 6)
    owner = np.array([0, 0, 0, 1, 1, 1] * 2)
    reps = stratified_bootstrap(x, y, strata, [owner], B=200, seed=3)
    assert list(reps.domain_codes[0]) == [0, 1]
    assert np.all(reps.by_domain[0][:, 0] == 2.0)
    assert reps.by_domain[0][:, 1].std() > 0


def test_bootstrap_agrees_with_taylor_on_a_large_sample() -> None:
    rng = np.random.default_rng(11)
    x = rng.lognormal(11, 0.8, 400)
    y = x * rng.uniform(1.2, 2.2, 400)
    reps = stratified_bootstrap(x, y, np.zeros(400, dtype=np.intp), B=2000, seed=4)
    se = taylor_se(x, y)
    assert se is not None
    assert reps.overall.std() == pytest.approx(se, rel=0.15)
    assert reps.overall.mean() == pytest.approx(ratio_of_totals(x, y), abs=se / 3)


def test_bootstrap_does_not_depend_on_threads_or_progress() -> None:
    rng = np.random.default_rng(2)
    x = rng.uniform(1, 5, 5000)
    y = x * rng.uniform(1, 3, 5000)
    strata = rng.integers(0, 6, 5000)
    owner = rng.integers(0, 3, 5000)
    one = stratified_bootstrap(x, y, strata, [owner], B=300, seed=8, workers=1)
    seen: list[float] = []
    many = stratified_bootstrap(x, y, strata, [owner], B=300, seed=8, workers=4,
                                on_progress=seen.append)
    assert np.array_equal(one.overall, many.overall)
    assert np.array_equal(one.by_domain[0], many.by_domain[0])
    assert seen[-1] == pytest.approx(1.0)


def test_percentile_interval() -> None:
    assert percentile_interval(np.arange(101.0)) == pytest.approx((2.5, 97.5))
    assert percentile_interval(np.array([])) is None


# --- intervals stay where the parameter can be ----------------------------------------------


def _shop(shop_id: str, sector: str, local: float) -> dict:
    """R1 = 1,000; wages 800 with `local` of them local, re-spent locally at 50 %."""
    return {"id": shop_id, "r1": 1000.0, "sector": sector,
            "lines": [{"category": "wages", "amount": 800.0, "local_share": local,
                       "respend_share": 0.5, "respend_source": "survey"}]}


def test_a_small_spread_group_gets_an_interval_inside_one_to_three() -> None:
    """Two bakeries with LM3 1.0 and 2.2: the Student t interval (t(1) = 12.7) is
    [-6.0, 9.2] before it is cut; an LM3 lies in [1, 3], so the interval is [1, 3]."""
    records = [_shop("a", "bakery", 0.0), _shop("b", "bakery", 1.0),
               *(_shop(f"s{k}", "services", 0.5) for k in range(5))]
    interviews, lines = frames_from_records(records)
    result = analyse(interviews, lines, bootstrap=200, seed=3)
    bakery = result.by_sector["bakery"]
    assert bakery.lm3.ratio_of_totals == pytest.approx(1.6)
    assert bakery.lm3.se is not None and bakery.lm3.se > 0.5  # the uncut interval leaves [1, 3]
    low, high = bakery.lm3.ci95 or (None, None)
    assert (low, high) == (1.0, 3.0)
    for summary in (result.lm3, *(g.lm3 for g in result.by_sector.values())):
        for pair in (summary.ci95, summary.bootstrap_ci95, summary.proxy_ci95):
            assert pair is None or 1.0 <= pair[0] <= pair[1] <= 3.0
    data = result.to_dict()["by_sector"]["bakery"]
    assert data["lm3"]["ci95"] == [1.0, 3.0] and data["n_businesses"] == 2


def test_a_group_of_one_shop_has_no_interval_and_says_so() -> None:
    records = [_shop("a", "bakery", 0.2), *(_shop(f"s{k}", "services", 0.5) for k in range(4))]
    interviews, lines = frames_from_records(records)
    bakery = analyse(interviews, lines, bootstrap=100, seed=3).by_sector["bakery"]
    assert bakery.lm3.ci95 is None and bakery.lm3.bootstrap_ci95 is None
    assert bakery.too_small_for_interval and bakery.n_businesses == 1
