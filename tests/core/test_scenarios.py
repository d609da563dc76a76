"""What-if: shifting part of a category's non-local spending to local suppliers (methods.md §2)."""

from __future__ import annotations

import json

import pytest

from madeinlocal_desktop.analysis import analyse, frames_from_records, shift_scenario
from madeinlocal_desktop.errors import InvalidInput


def two_shops(weights: tuple[float, float] | None = None) -> list[dict]:
    """A: R1 1000, supplies 400 (25% local, re-spent 50%), wages 200 (local, 40%).
    B: R1 2000, supplies 1000 (50% local, re-spent 30%). Non-local supplies: 300 + 500."""
    records = [
        {"id": "A", "r1": 1000.0, "lines": [
            {"category": "supplies", "amount": 400.0, "local_share": 0.25, "respend_share": 0.5},
            {"category": "wages", "amount": 200.0, "local_share": 1.0, "respend_share": 0.4},
            {"category": "social_contributions", "amount": 90.0, "local_share": None}]},
        {"id": "B", "r1": 2000.0, "lines": [
            {"category": "supplies", "amount": 1000.0, "local_share": 0.5,
             "respend_share": 0.3}]},
    ]
    if weights is not None:
        for record, weight in zip(records, weights, strict=True):
            record["weight"] = weight
    return records


def shift(records: list[dict], **options):
    interviews, lines = frames_from_records(records)
    options.setdefault("category", "supplies")
    return shift_scenario(interviews, lines, **options)


def test_half_of_non_local_supplies_shifted() -> None:
    """Moved 150 + 250 = 400 (ΔR2); re-spent at 60%: ΔR3 = 240. LM3 4080/3000 → 4720/3000."""
    result = shift(two_shops(), fraction=0.5, respend_share=0.6)
    assert result.moved == pytest.approx(400)
    assert result.delta_r2 == pytest.approx(400)
    assert result.delta_r2_r3 == pytest.approx(640)
    assert result.lm3_before == pytest.approx(4080 / 3000)
    assert result.lm3_after == pytest.approx(4720 / 3000)
    assert result.delta_r2_weighted is None and result.delta_r2_r3_weighted is None


def test_weighted_sample_reports_population_euros() -> None:
    """Weights 2 and 1: ΔR2 = 2·150 + 250 = 550 € a year in the population, ΔR2+R3 = 880 €."""
    result = shift(two_shops((2.0, 1.0)), fraction=0.5, respend_share=0.6)
    assert result.delta_r2 == pytest.approx(400)  # the sample itself is unchanged
    assert result.delta_r2_weighted == pytest.approx(550)
    assert result.delta_r2_r3_weighted == pytest.approx(880)
    assert result.lm3_before == pytest.approx(5510 / 4000)
    assert result.lm3_after == pytest.approx(6390 / 4000)


def test_equal_weights_still_scale_the_euros_but_not_the_lm3() -> None:
    result = shift(two_shops((3.0, 3.0)), fraction=0.5, respend_share=0.6)
    assert result.delta_r2_weighted == pytest.approx(3 * 400)
    assert result.lm3_after == pytest.approx(4720 / 3000)


def test_nothing_shifted_changes_nothing() -> None:
    result = shift(two_shops(), fraction=0.0, respend_share=0.9)
    assert result.lm3_after == result.lm3_before
    assert result.delta_r2 == result.delta_r2_r3 == 0.0


def test_scenario_agrees_with_the_analysis_of_the_shifted_data() -> None:
    """Shifting all of B's non-local supplies to suppliers re-spending 30% locally is the same
    as B buying all its supplies locally at its own re-spend share."""
    records = two_shops()[1:]
    before = shift(records, fraction=1.0, respend_share=0.3)
    records[0]["lines"][0]["local_share"] = 1.0
    interviews, lines = frames_from_records(records)
    after = analyse(interviews, lines, bootstrap=0).lm3.ratio_of_totals
    assert before.lm3_after == pytest.approx(after)


def test_scenario_starts_from_the_headline_of_the_analysis() -> None:
    records = two_shops((2.0, 1.0))
    records[0]["lines"][0]["local_share"] = None  # imputed the same way in both
    interviews, lines = frames_from_records(records)
    headline = analyse(interviews, lines, bootstrap=0).lm3.ratio_of_totals
    assert shift(records, fraction=0.3, respend_share=0.5).lm3_before == pytest.approx(headline)


def test_scenario_result_is_plain_json() -> None:
    data = shift(two_shops(), fraction=0.25, respend_share=0.4).to_dict()
    text = json.dumps(data, allow_nan=False)
    assert '"category": "supplies"' in text
    assert {"lm3_before", "lm3_after", "delta_r2", "delta_r2_r3"} <= set(data)


@pytest.mark.parametrize(("options", "message"), [
    ({"category": "social_contributions"}, "cannot be shifted.*national bodies"),
    ({"category": "bananas"}, "No spending line has the category 'bananas'"),
    ({"fraction": 1.5}, "fraction shifted must be between 0 and 100%"),
    ({"respend_share": -0.2}, "re-spend share .* between 0 and 100%"),
])
def test_impossible_scenarios_are_refused(options: dict, message: str) -> None:
    arguments = {"fraction": 0.5, "respend_share": 0.5, **options}
    with pytest.raises(InvalidInput, match=message):
        shift(two_shops(), **arguments)


def test_shop_sheets_and_scenario_give_the_same_euros() -> None:
    """Each shop's sheet and the study's scenario apply the one shift formula: shop A gains
    (0.5 × 300) × 1.6 = 240 €, shop B (0.5 × 500) × 1.6 = 400 €, the scenario 640 €."""
    from madeinlocal_desktop.analysis.shop_feedback import shop_feedback

    interviews, lines = frames_from_records(two_shops())
    interviews = interviews.assign(business_id=interviews["id"], sector="retail",
                                   ownership="independent")
    sheets = shop_feedback(interviews, lines, respend_share=0.6, fraction=0.5,
                           movable=["supplies"])
    scenario = shift_scenario(interviews, lines, category="supplies", fraction=0.5,
                              respend_share=0.6)
    assert sheets["A"].gain == pytest.approx(240)
    assert sheets["B"].gain == pytest.approx(400)
    assert sheets["A"].gain + sheets["B"].gain == pytest.approx(scenario.delta_r2_r3)
    assert sheets["A"].lm3_after == pytest.approx((1000 + 400 * 0.25 * 1.5 + 200 * 1.4 + 240)
                                                  / 1000)
