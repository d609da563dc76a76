"""Design-based territory estimators (analysis/territory.py, calibration.py) against hand
computations, a census, invariants, and a coverage simulation."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from madeinlocal_desktop.analysis.calibration import Calibration, Margin, calibrate
from madeinlocal_desktop.analysis.statistics import t_quantile
from madeinlocal_desktop.analysis.territory import Sample, Strata, collapse, estimate
from madeinlocal_desktop.errors import Cancelled, InvalidInput

RATIOS = {"lm3": ("y", "x")}


def strata(N: list[int], keys: tuple[str, ...] = ("A", "B"), variables=("a17",),
           parts=None, jobs=None) -> Strata:
    return Strata(keys=keys, parts=parts or tuple((k,) for k in keys), variables=variables,
                  N=np.array(N), jobs=np.array(jobs if jobs is not None else
                                               [float(n) for n in N]))


# Two strata by hand. A: N = 10, respondents x = 100, 200, 300 (k€), y = 130, 260, 345;
# B: N = 5, respondents x = 400, 600, y = 490, 645.
X_A, Y_A = [100_000.0, 200_000.0, 300_000.0], [130_000.0, 260_000.0, 345_000.0]
X_B, Y_B = [400_000.0, 600_000.0], [490_000.0, 645_000.0]


def hand_sample() -> Sample:
    return Sample(stratum=np.array([0, 0, 0, 1, 1]),
                  values=np.column_stack([X_A + X_B, Y_A + Y_B]), names=("x", "y"))


def test_two_strata_by_hand() -> None:
    found = estimate(strata([10, 5]), hand_sample(), ratios=RATIOS, bootstrap=0)
    # X̂ = 10 × 200,000 + 5 × 500,000; s²_A = (100,000² + 0 + 100,000²) / 2 = 1e10,
    # s²_B = 100,000² × 2 / 1 = 2e10.
    x = found.totals["x"]
    assert x.estimate == pytest.approx(4_500_000, abs=1e-6)
    with_fpc = 10**2 * (1 - 3 / 10) * 1e10 / 3 + 5**2 * (1 - 2 / 5) * 2e10 / 2
    without = 10**2 * 1e10 / 3 + 5**2 * 2e10 / 2
    assert x.se == pytest.approx(math.sqrt(with_fpc), rel=1e-12)
    assert x.se_no_fpc == pytest.approx(math.sqrt(without), rel=1e-12)
    # Ŷ = 10 × 245,000 + 5 × 567,500 = 5,287,500; R̂ = 5,287,500 / 4,500,000 = 1.175;
    # e_A = 12,500, 25,000, −7,500 (s² = 2.6875e8), e_B = 20,000, −60,000 (s² = 3.2e9).
    lm3 = found.ratios["lm3"]
    assert found.totals["y"].estimate == pytest.approx(5_287_500, abs=1e-6)
    assert lm3.estimate == pytest.approx(1.175, abs=1e-12)
    variance = (10**2 * 0.7 * 2.6875e8 / 3 + 5**2 * 0.6 * 3.2e9 / 2) / 4_500_000**2
    assert lm3.se == pytest.approx(math.sqrt(variance), rel=1e-12)
    # Student t with r − H = 5 − 2 = 3 degrees of freedom: t = 3.182446 (tables).
    assert found.degrees_of_freedom == 3
    assert lm3.ci95 == pytest.approx((1.175 - 3.182446305 * lm3.se,
                                      1.175 + 3.182446305 * lm3.se), abs=1e-8)
    assert [s.weight for s in found.strata] == pytest.approx([10 / 3, 5 / 2])


def test_census_has_no_sampling_error() -> None:
    found = estimate(strata([3, 2]), hand_sample(), ratios=RATIOS, bootstrap=500)
    for name, column in (("x", X_A + X_B), ("y", Y_A + Y_B)):
        total = found.totals[name]
        assert total.estimate == pytest.approx(sum(column))
        assert total.se == 0
        assert total.ci95 == pytest.approx((sum(column), sum(column)))
        assert total.bootstrap_ci95 == pytest.approx((sum(column), sum(column)))
    assert found.ratios["lm3"].se == pytest.approx(0, abs=1e-15)
    assert found.coverage == {"establishments": 1.0, "employment": 1.0}


def test_stratified_ci_covers_the_true_total_about_95_percent_of_the_time() -> None:
    rng = np.random.default_rng(13)
    N, n = np.array([400, 300, 200, 100]), np.array([40, 30, 20, 10])
    home = np.repeat(np.arange(4), N)
    x = rng.gamma(4.0, 25_000, N.sum()) * (1 + home)
    y = 1.6 * x + rng.normal(0, 20_000, N.sum())
    truth_y, truth_r = y.sum(), y.sum() / x.sum()
    starts = np.r_[0, np.cumsum(N)[:-1]]
    draws = 1000
    # All the samples at once: the first n_h of a random permutation of each stratum.
    picked = np.hstack([starts[h] + np.argsort(rng.random((draws, N[h])), axis=1)[:, :n[h]]
                        for h in range(4)])
    design = strata(list(N), keys=("a", "b", "c", "d"))
    stratum = np.repeat(np.arange(4), n)
    total_hits = ratio_hits = 0
    for rows in picked:
        found = estimate(design, Sample(stratum, np.column_stack([x[rows], y[rows]]),
                                        ("x", "y")), ratios=RATIOS, bootstrap=0)
        low, high = found.totals["y"].ci95
        total_hits += low <= truth_y <= high
        low, high = found.ratios["lm3"].ci95
        ratio_hits += low <= truth_r <= high
    assert 0.93 <= total_hits / draws <= 0.97
    assert 0.93 <= ratio_hits / draws <= 0.97


def test_rao_wu_bootstrap_agrees_with_the_linearised_variance() -> None:
    rng = np.random.default_rng(5)
    N, n = [2000, 800, 300], [60, 40, 25]
    stratum = np.repeat(np.arange(3), n)
    x = rng.gamma(3.0, 40_000, sum(n)) * (1 + stratum)
    y = 1.5 * x + rng.normal(0, 30_000, sum(n))
    sample = Sample(stratum, np.column_stack([x, y]), ("x", "y"))
    found = estimate(strata(N, keys=("a", "b", "c")), sample, ratios=RATIOS, bootstrap=4000,
                     seed=11)
    total = found.totals["y"]
    low, high = total.bootstrap_ci95
    linear_half = high - low
    assert linear_half / (2 * 1.96 * total.se) == pytest.approx(1.0, abs=0.12)
    # the same seed gives the same interval; another seed a slightly different one
    again = estimate(strata(N, keys=("a", "b", "c")), sample, ratios=RATIOS, bootstrap=4000,
                     seed=11)
    assert again.totals["y"].bootstrap_ci95 == total.bootstrap_ci95
    other = estimate(strata(N, keys=("a", "b", "c")), sample, ratios=RATIOS, bootstrap=4000,
                     seed=12)
    assert other.totals["y"].bootstrap_ci95 != total.bootstrap_ci95


def test_fpc_shrinks_the_bootstrap_of_a_nearly_complete_stratum() -> None:
    rng = np.random.default_rng(3)
    values = np.column_stack([rng.uniform(1, 2, 20) * 1e5, rng.uniform(1, 2, 20) * 2e5])
    sample = Sample(np.zeros(20, dtype=np.intp), values, ("x", "y"))
    loose = estimate(strata([2000], keys=("a",)), sample, ratios=RATIOS, bootstrap=2000)
    tight = estimate(strata([21], keys=("a",)), sample, ratios=RATIOS, bootstrap=2000)

    def width(e):
        return e.bootstrap_ci95[1] - e.bootstrap_ci95[0]

    ratio = width(tight.ratios["lm3"]) / width(loose.ratios["lm3"])
    # λ = √(1 − 20/21) ≈ 0.218 against √(1 − 20/2000) ≈ 0.995
    assert ratio == pytest.approx(math.sqrt(1 - 20 / 21) / math.sqrt(1 - 20 / 2000), rel=0.1)


def test_a_stratum_with_one_answer_joins_the_next_size_band_of_its_sector() -> None:
    design = Strata(keys=("GZ|1-9", "GZ|10-49", "IZ|10-49", "IZ|1-9"),
                    parts=(("GZ", "1-9"), ("GZ", "10-49"), ("IZ", "10-49"), ("IZ", "1-9")),
                    variables=("a17", "size"), N=np.array([50, 10, 8, 40]),
                    jobs=np.array([200.0, 250.0, 220.0, 150.0]))
    respondents = np.array([5, 3, 1, 4])
    group = collapse(design, respondents)
    assert group[2] == group[3]  # IZ|10-49 with IZ|1-9, not with GZ|10-49
    assert len(set(group.tolist())) == 3
    stratum = np.repeat(np.arange(4), respondents)
    values = np.column_stack([np.linspace(1, 2, 13) * 1e5, np.linspace(1, 2, 13) * 1.4e5])
    found = estimate(design, Sample(stratum, values, ("x", "y")), ratios=RATIOS, bootstrap=0)
    joined = {s.key: s for s in found.strata}
    assert joined["IZ|10-49"].collapsed_with == ("IZ|1-9",)
    assert joined["IZ|10-49"].weight == joined["IZ|1-9"].weight == pytest.approx(48 / 5)
    assert found.degrees_of_freedom == 13 - 3


def test_strata_without_answers_are_not_covered_and_coverage_says_so() -> None:
    design = strata([100, 50, 850], keys=("a", "b", "c"), jobs=[500.0, 400.0, 100.0])
    sample = Sample(np.array([0, 0, 1, 1]), np.column_stack([[1e5, 2e5, 3e5, 4e5],
                                                             [1.2e5, 2.5e5, 3.1e5, 5e5]]),
                    ("x", "y"))
    found = estimate(design, sample, ratios=RATIOS, bootstrap=0)
    assert found.coverage == {"establishments": pytest.approx(150 / 1000),
                              "employment": pytest.approx(900 / 1000)}
    assert [s.covered for s in found.strata] == [True, True, False]
    # the totals describe the covered strata only
    assert found.totals["x"].estimate == pytest.approx(100 * 1.5e5 + 50 * 3.5e5)


def test_domains_add_up_to_the_whole() -> None:
    rng = np.random.default_rng(2)
    stratum = np.repeat([0, 1], [12, 8])
    values = np.column_stack([rng.uniform(1, 3, 20) * 1e5, rng.uniform(1, 3, 20) * 1.5e5])
    sector = rng.integers(0, 3, 20)
    sample = Sample(stratum, values, ("x", "y"),
                    domains={"sector": (sector, ("s0", "s1", "s2"))})
    found = estimate(strata([120, 40]), sample, ratios=RATIOS, bootstrap=300)
    parts = found.domains["sector"]
    assert sum(d.totals["y"].estimate for d in parts.values()) == pytest.approx(
        found.totals["y"].estimate)
    assert sum(d.respondents for d in parts.values()) == 20
    for d in parts.values():  # a domain ratio is its totals' ratio, with an interval
        assert d.ratios["lm3"].estimate == pytest.approx(
            d.totals["y"].estimate / d.totals["x"].estimate)
        assert d.ratios["lm3"].bootstrap_ci95 is not None


def test_calibration_reproduces_the_known_totals_within_bounds() -> None:
    # Raking a 2 × 2 table (stratum × sector) to known margins: the classic IPF case.
    rng = np.random.default_rng(4)
    d = np.full(40, 10.0)
    stratum = np.repeat([0, 1], 20)
    sector = rng.integers(0, 2, 40)
    strata_totals = np.array([200.0, 200.0])
    sector_totals = np.bincount(sector, weights=d) * np.array([1.15, 1.0])
    sector_totals *= 400.0 / sector_totals.sum()
    result = calibrate(d, Calibration((Margin("strata", stratum, ("a", "b"), strata_totals),
                                       Margin("sector", sector, ("s0", "s1"), sector_totals)),
                                      bounds=(0.5, 2.0)))
    w = d * result.g
    assert np.bincount(stratum, weights=w) == pytest.approx(strata_totals, rel=1e-8)
    assert np.bincount(sector, weights=w) == pytest.approx(sector_totals, rel=1e-8)
    assert result.g.min() >= 0.5 and result.g.max() <= 2.0
    # the residuals of a calibration variable are zero: its total has no variance left
    assert result.residuals(np.ones((40, 1))) == pytest.approx(np.zeros((40, 1)), abs=1e-9)


def test_calibration_that_bounds_forbid_is_refused() -> None:
    d = np.full(4, 10.0)
    margin = Margin("jobs", np.zeros(4, dtype=np.intp), ("s0",), np.array([400.0]),
                    np.ones(4))
    with pytest.raises(InvalidInput) as caught:
        calibrate(d, Calibration((margin,), bounds=(0.8, 1.2)))
    assert caught.value.code == "territory.calibration_failed"
    assert "s0" in caught.value.text("en") and "s0" in caught.value.text("fr")


def test_calibrated_estimate_matches_the_frame_employment() -> None:
    rng = np.random.default_rng(9)
    stratum = np.repeat([0, 1], [15, 10])
    jobs = rng.uniform(1, 9, 25)
    values = np.column_stack([jobs * 5e4, jobs * 7e4, jobs])
    sector = rng.integers(0, 2, 25)
    frame_jobs = np.array([1.05, 0.95]) * np.bincount(
        sector, weights=np.where(stratum == 0, 150 / 15, 60 / 10) * jobs)
    sample = Sample(stratum, values, ("x", "y", "jobs"))
    found = estimate(strata([150, 60]), sample, ratios=RATIOS, bootstrap=200,
                     calibration=Calibration((Margin("employment", sector, ("s0", "s1"),
                                                     frame_jobs, jobs),)))
    assert found.totals["jobs"].estimate == pytest.approx(frame_jobs.sum(), rel=1e-7)
    assert found.totals["jobs"].se == pytest.approx(0, abs=1e-6)  # calibrated exactly
    assert found.calibration is not None and found.calibration["bounds"] == [0.5, 2.0]


def test_no_respondent_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        estimate(strata([5, 5]), Sample(np.zeros(0, dtype=np.intp), np.zeros((0, 2)),
                                        ("x", "y")), ratios=RATIOS)
    assert caught.value.code == "territory.no_respondent"


def test_progress_reaches_one_and_cancel_stops() -> None:
    seen: list[float] = []
    estimate(strata([10, 5]), hand_sample(), ratios=RATIOS, bootstrap=200,
             progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        estimate(strata([10, 5]), hand_sample(), ratios=RATIOS, bootstrap=200,
                 should_cancel=lambda: True)


def test_t_quantile_used_for_intervals() -> None:
    assert t_quantile(0.975, 3) == pytest.approx(3.182446305, abs=1e-9)


@given(st.lists(st.tuples(st.integers(0, 2), st.floats(1e3, 1e7), st.floats(0.0, 2.0)),
                min_size=2, max_size=40),
       st.lists(st.integers(0, 60), min_size=3, max_size=3))
@settings(max_examples=60, deadline=None)
def test_invariants_of_the_territory_lm3(units, extra) -> None:
    """The LM3 of the territory lies between its respondents' LM3 (it is their weighted mean,
    weights w x), every total and SE is non-negative, and a census has no sampling error."""
    stratum = np.array([h for h, _, _ in units], dtype=np.intp)
    x = np.array([r1 for _, r1, _ in units])
    y = x * (1 + np.array([share for _, _, share in units]))  # LM3_i in [1, 3]
    r = np.bincount(stratum, minlength=3)
    N = r + np.array(extra) * (r > 0)
    keys = ("a", "b", "c")
    found = estimate(Strata(keys, tuple((k,) for k in keys), ("a17",), N, N.astype(float)),
                     Sample(stratum, np.column_stack([x, y]), ("x", "y")),
                     ratios=RATIOS, bootstrap=0)
    lm3 = found.ratios["lm3"].estimate
    assert (y / x).min() - 1e-12 <= lm3 <= (y / x).max() + 1e-12
    assert 1.0 - 1e-12 <= lm3 <= 3.0 + 1e-12
    for total in found.totals.values():
        assert total.estimate >= 0 and (total.se is None or total.se >= 0)
    census = estimate(Strata(keys, tuple((k,) for k in keys), ("a17",), r, r.astype(float)),
                      Sample(stratum, np.column_stack([x, y]), ("x", "y")),
                      ratios=RATIOS, bootstrap=0)
    assert census.totals["y"].estimate == pytest.approx(y.sum())
    assert census.totals["y"].se in (0.0, None)


def test_the_bootstrap_does_not_depend_on_the_threads() -> None:
    from madeinlocal_desktop.analysis.territory import _design, rao_wu_totals

    rng = np.random.default_rng(8)
    group = np.repeat(np.arange(5), [30, 12, 50, 2, 9])
    design = _design(group, np.array([300.0, 40, 500, 2, 90]))
    values = rng.random((len(group), 4)) * 1e5
    one = rao_wu_totals(design, values, 300, 5, lambda d: None, workers=1)
    two = rao_wu_totals(design, values, 300, 5, lambda d: None, workers=2)
    assert np.array_equal(one, two)
    # the stratum taken whole (2 of 2) adds nothing: only the others move the replicates
    assert one.std(axis=0).min() > 0
