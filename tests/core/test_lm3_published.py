"""methods.md §5: the published LM3 cases, straight into the engine (no file, no CLI)."""

from __future__ import annotations

import pytest

from madeinlocal_desktop.analysis import (
    analyse,
    direct_shift_effect,
    frames_from_records,
    nef_average,
)

STAFF_SHARES = (0.421, 0.505, 0.631, 0.378, 0.336)  # NEF staff survey, five households


def one_organisation(wages_respend: float | None = 0.454) -> list[dict]:
    """R1 = 100,000; local staff 30,000, local suppliers 20,000, local landlord 5,000."""
    return [{"id": "org", "r1": 100_000, "lines": [
        {"category": "wages", "amount": 30_000, "local_share": 1.0,
         "respend_share": wages_respend},
        {"category": "supplies", "amount": 20_000, "local_share": 1.0, "respend_share": 0.40},
        {"category": "rent", "amount": 5_000, "local_share": 1.0, "respend_share": 0.20},
    ]}]


def run(records: list[dict], **options):
    interviews, lines = frames_from_records(records)
    return analyse(interviews, lines, bootstrap=0, **options)


def test_one_organisation_round_three_and_lm3() -> None:
    result = run(one_organisation()).to_dict()
    shop = result["interviews"][0]
    assert shop["r2"] == pytest.approx(55_000)
    assert shop["r3"] == pytest.approx(22_620)
    assert shop["lm3"] == pytest.approx(1.7762, abs=5e-5)
    assert result["lm3"]["ratio_of_totals"] == pytest.approx(1.7762, abs=5e-5)
    assert result["recirculation_share"] == pytest.approx(0.55)
    assert result["respend_sources"]["survey"] == 3


def test_one_organisation_unexplained_turnover_is_reported_not_hidden() -> None:
    """45,000 of the 100,000 is not described by any line: shown, neither local nor leakage."""
    result = run(one_organisation()).to_dict()
    assert result["not_described"]["euros"] == pytest.approx(45_000)
    assert result["not_described"]["share"] == pytest.approx(0.45)
    assert all(leak["euros"] == 0 for leak in result["leakage_by_category"].values())


def test_nef_staff_averaging() -> None:
    """mean(42.1, 50.5, 63.1, 37.8, 33.6) = 45.42%."""
    assert nef_average(STAFF_SHARES) == pytest.approx(0.4542, abs=1e-12)


def test_nef_average_is_applied_to_the_whole_staff_group() -> None:
    """A wages line without its own Round-3 share takes the respondents' mean (survey_mean)."""
    import pandas as pd

    respondents = pd.DataFrame({"group": ["staff"] * 5, "local_share": STAFF_SHARES})
    result = run(one_organisation(wages_respend=None), respondents=respondents).to_dict()
    assert result["interviews"][0]["r3"] == pytest.approx(30_000 * 0.4542 + 8_000 + 1_000)
    assert result["respend_sources"] == {
        "survey": 2, "survey_mean": 1, "io_proxy": 0, "default": 0, "imputed": 0}
    assert result["respend_inputs"]["survey_mean"]["staff"] == pytest.approx(0.4542)


@pytest.mark.parametrize(("respent", "rounds", "lm3"), [
    (0.8, (10, 8, 6.40), 2.44),
    (0.2, (10, 2, 0.40), 1.24),
])
def test_leaky_bucket(respent: float, rounds: tuple[float, ...], lm3: float) -> None:
    """£10 with 80% (20%) re-spent locally each round: 10, 8, 6.40 (5.12 would be round 4).

    Modelled as one organisation with one line of £10 whose local share and re-spend share are
    both the bucket's rate: Round 2 = 10 × rate, Round 3 = 10 × rate². LM3 stops at Round 3.
    """
    result = run([{"id": "bucket", "r1": 10, "lines": [
        {"category": "goods_resale", "amount": 10, "local_share": respent,
         "respend_share": respent}]}]).to_dict()
    shop = result["interviews"][0]
    assert (shop["r1"], shop["r2"], shop["r3"]) == pytest.approx(rounds)
    assert shop["lm3"] == pytest.approx(lm3)


def test_northumberland_local_versus_non_local_supplier() -> None:
    """NEF 2005: £1 spent with a local supplier is worth £1.76 to the county, £0.36 with a
    non-local one.

    NEF published only these totals; the split between wages and supplies below is ours, chosen
    to reproduce them. What is modelled: each supplier is one organisation receiving the £1.
    - The local supplier's £1 is itself local income, so its worth is its LM3:
      1 + R2 (0.40 local wages + 0.10 local supplies) + R3 (0.20 + 0.06) = 1.76.
    - The non-local supplier banks the £1 outside the county; only what it re-spends here
      counts, i.e. R2 + R3 = (LM3 − 1) × R1: 0.24 of local wages re-spent at 50% → 0.36.
    """
    result = run([
        {"id": "local", "r1": 1.0, "lines": [
            {"category": "wages", "amount": 0.40, "local_share": 1.0, "respend_share": 0.5},
            {"category": "supplies", "amount": 0.50, "local_share": 0.2, "respend_share": 0.6},
        ]},
        {"id": "outside", "r1": 1.0, "lines": [
            {"category": "wages", "amount": 0.30, "local_share": 0.8, "respend_share": 0.5},
        ]},
    ]).to_dict()
    local, outside = result["interviews"]
    assert local["lm3"] == pytest.approx(1.76)
    assert outside["r2"] + outside["r3"] == pytest.approx(0.36)
    assert outside["lm3"] - 1 == pytest.approx(0.36)
    # every £1 moved from the outside supplier to the local one is worth £1.40 more locally
    assert local["lm3"] - (outside["lm3"] - 1) == pytest.approx(1.40)


def test_civic_economics_independents_recirculate_3_5_times_more() -> None:
    """Indie Impact 2012: independents recirculate 47.7% of revenue, chains 13.6%."""
    result = run([
        {"id": "indie", "ownership": "independent", "r1": 100_000, "lines": [
            {"category": "goods_resale", "amount": 100_000, "local_share": 0.477,
             "respend_share": 0.5}]},
        {"id": "chain", "ownership": "chain_branch", "r1": 100_000, "lines": [
            {"category": "goods_resale", "amount": 100_000, "local_share": 0.136,
             "respend_share": 0.5}]},
    ]).to_dict()
    indie = result["by_ownership"]["independent"]["recirculation_share"]
    chain = result["by_ownership"]["chain_branch"]["recirculation_share"]
    assert (indie, chain) == pytest.approx((0.477, 0.136))
    assert indie / chain == pytest.approx(3.507, abs=5e-4)
    # leakage is the rest of the revenue (1 − r), by category
    assert result["leakage_by_category"]["goods_resale"]["euros"] == pytest.approx(
        100_000 * (1 - 0.477) + 100_000 * (1 - 0.136))


def test_civic_economics_direct_shift_effect() -> None:
    """Δlocal = x × M × (r_indep − r_chain): 10% of a €1M market kept 34,100 € more locally,
    i.e. 3.507 times what the same spending left in the territory through chains."""
    assert direct_shift_effect(0.10, 1_000_000, 0.477, 0.136) == pytest.approx(34_100)
    assert direct_shift_effect(1.0, 1.0, 0.477, 0.0) / direct_shift_effect(
        1.0, 1.0, 0.136, 0.0) == pytest.approx(3.507, abs=5e-4)
    assert direct_shift_effect(0.10, 1_000_000, 0.136, 0.136) == 0
