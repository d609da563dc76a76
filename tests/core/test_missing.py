"""Missing answers (methods.md §3: never read as zero) and wrong ones (refused, with a message a
surveyor can act on)."""

from __future__ import annotations

import pandas as pd
import pytest

from madeinlocal_desktop.analysis import analyse, frames_from_records
from madeinlocal_desktop.errors import InvalidInput


def shop(ident: str, r1: float | None = 1000.0, sector: str = "bakery", **line: object) -> dict:
    """One interview with one supplies line (amount 500, local share given, re-spend 0.5)."""
    spend = {"category": "supplies", "amount": 500.0, "respend_share": 0.5, **line}
    return {"id": ident, "r1": r1, "sector": sector, "lines": [spend]}


def run(records: list[dict], **options) -> dict:
    interviews, lines = frames_from_records(records)
    return analyse(interviews, lines, bootstrap=0, **options).to_dict()


def row(result: dict, ident: str) -> dict:
    return next(r for r in result["interviews"] if r["id"] == ident)


# --- missing local share --------------------------------------------------------------------------


def test_missing_local_share_is_the_sector_median_not_zero() -> None:
    result = run([shop("a", local_share=0.6), shop("b", local_share=0.8),
                  shop("c", local_share=None)])
    c = row(result, "c")
    assert c["r2"] == pytest.approx(500 * 0.7)  # median(0.6, 0.8)
    assert c["lm3"] == pytest.approx(1 + 0.35 + 0.175)
    zero_filled = run([shop("a", local_share=0.6), shop("b", local_share=0.8),
                       shop("c", local_share=0.0)])
    assert result["lm3"]["ratio_of_totals"] != pytest.approx(zero_filled["lm3"]["ratio_of_totals"])
    assert c["flags"] == ["local_share_imputed"]
    assert row(result, "a")["flags"] == []
    assert result["missing"]["counts"]["local_share"] == 1


def test_bounds_are_the_headline_with_imputed_shares_at_zero_and_one() -> None:
    records = [shop("a", local_share=0.6), shop("b", local_share=0.8),
               shop("c", local_share=None)]
    result = run(records)
    low = run([*records[:2], shop("c", local_share=0.0)])["lm3"]["ratio_of_totals"]
    high = run([*records[:2], shop("c", local_share=1.0)])["lm3"]["ratio_of_totals"]
    bounds = result["missing"]["bounds"]
    assert (bounds["low"], bounds["high"]) == pytest.approx((low, high))
    assert bounds["low"] < result["lm3"]["ratio_of_totals"] < bounds["high"]


def test_bounds_collapse_when_nothing_was_imputed() -> None:
    result = run([shop("a", local_share=0.6), shop("b", local_share=0.8)])
    estimate = result["lm3"]["ratio_of_totals"]
    assert result["missing"]["bounds"] == {"low": estimate, "high": estimate}
    assert result["missing"]["counts"] == {
        "local_share": 0, "respend_share": 0, "amount": 0, "turnover": 0, "excluded": 0}


def test_missing_local_share_falls_back_to_the_category_over_all_sectors() -> None:
    result = run([shop("a", sector="cafe", local_share=0.2), shop("b", sector="cafe",
                  local_share=0.4), shop("c", sector="garage", local_share=0.9),
                  shop("d", sector="books", local_share=None)])
    assert row(result, "d")["r2"] == pytest.approx(500 * 0.4)  # median(0.2, 0.4, 0.9)


def test_missing_local_share_with_no_answer_anywhere_is_one_half_and_flagged() -> None:
    result = run([shop("a", local_share=None), shop("b", local_share=None)])
    assert row(result, "a")["r2"] == pytest.approx(250)
    bounds = result["missing"]["bounds"]
    assert bounds["low"] == pytest.approx(1.0)
    assert bounds["high"] == pytest.approx(1 + 0.5 + 0.25)


# --- missing Round-3 share ------------------------------------------------------------------------


def test_round_three_sources_follow_the_documented_order() -> None:
    lines = [{"category": "wages", "amount": 100.0, "local_share": 1.0},      # staff
             {"category": "supplies", "amount": 100.0, "local_share": 1.0},   # supplier
             {"category": "rent", "amount": 100.0, "local_share": 1.0},       # landlord
             {"category": "owner_pay", "amount": 100.0, "local_share": 1.0}]  # owner
    respondents = pd.DataFrame({"group": ["staff", "staff"], "local_share": [0.3, 0.5]})
    result = run([{"id": "a", "r1": 1000.0, "lines": lines}], respondents=respondents,
                 io_proxy={"staff": 0.9, "supplier": 0.6},
                 defaults={"staff": (0.8, "x"), "supplier": (0.8, "x"),
                           "landlord": (0.1, "why")})
    # staff 0.4 (mean), supplier 0.6 (proxy), landlord 0.1 (default), owner 0.5 (no default
    # set: the neutral one). Blank shares left for the analysis are estimates, not missing.
    assert result["respend_sources"] == {
        "survey": 0, "survey_mean": 1, "io_proxy": 1, "default": 2, "imputed": 0}
    assert row(result, "a")["r3"] == pytest.approx(100 * (0.4 + 0.6 + 0.1 + 0.5))
    assert row(result, "a")["flags"] == []
    assert result["missing"]["counts"]["respend_share"] == 0
    assert result["respend_inputs"]["default"]["landlord"] == {"share": 0.1,
                                                               "justification": "why"}
    assert result["respend_inputs"]["assumed_default"] == {"owner": 0.5}
    assert set(result["proxy_shares"]["groups"]) == {"supplier", "landlord", "owner"}


def test_only_a_share_asked_and_not_answered_is_missing() -> None:
    """Source "survey" with no share: the recipient was asked and gave none."""
    blank = {"category": "rent", "amount": 100.0, "local_share": 1.0}
    result = run([{"id": "a", "r1": 1000.0, "lines": [blank]},
                  {"id": "b", "r1": 1000.0, "lines": [{**blank, "respend_source": "survey"}]}],
                 defaults={"landlord": (0.2, "NEF")})
    assert result["respend_sources"] == {
        "survey": 0, "survey_mean": 0, "io_proxy": 0, "default": 1, "imputed": 1}
    assert row(result, "a")["r3"] == pytest.approx(100 * 0.2)
    assert row(result, "a")["flags"] == []
    assert row(result, "b")["flags"] == ["respend_share_imputed"]
    assert result["missing"]["counts"]["respend_share"] == 1
    bounds = result["missing"]["bounds"]
    assert bounds["low"] < result["lm3"]["ratio_of_totals"] < bounds["high"]


def test_a_line_keeps_its_own_round_three_share_and_source() -> None:
    respondents = pd.DataFrame({"group": ["supplier"], "local_share": [0.9]})
    result = run([shop("a", local_share=1.0, respend_share=0.2),
                  shop("b", local_share=1.0, respend_share=0.3, respend_source="default")],
                 respondents=respondents)
    assert row(result, "a")["r3"] == pytest.approx(100)
    assert result["respend_sources"]["survey"] == 1
    assert result["respend_sources"]["default"] == 1
    assert result["respend_sources"]["survey_mean"] == 0


def test_missing_round_three_share_is_the_group_median_with_bounds() -> None:
    result = run([shop("a", local_share=1.0, respend_share=0.2),
                  shop("b", local_share=1.0, respend_share=0.6),
                  shop("c", local_share=1.0, respend_share=None, respend_source="survey")])
    assert row(result, "c")["r3"] == pytest.approx(500 * 0.4)
    assert result["respend_sources"]["imputed"] == 1
    assert result["missing"]["counts"]["respend_share"] == 1
    bounds = result["missing"]["bounds"]
    assert bounds["low"] < result["lm3"]["ratio_of_totals"] < bounds["high"]


def test_national_bodies_need_no_shares() -> None:
    result = run([{"id": "a", "r1": 1000.0, "lines": [
        {"category": "social_contributions", "amount": 200.0, "local_share": None}]}])
    assert row(result, "a")["flags"] == []
    assert sum(result["respend_sources"].values()) == 0
    assert result["leakage_by_category"]["social_contributions"] == {"euros": 200.0,
                                                                     "share": 0.2}


# --- missing amount and turnover ------------------------------------------------------------------


def test_missing_amount_is_the_sector_median_share_of_turnover() -> None:
    result = run([shop("a", r1=1000.0, local_share=1.0, amount=100.0),
                  shop("b", r1=2000.0, local_share=1.0, amount=300.0),
                  shop("c", r1=4000.0, local_share=1.0, amount=None)])
    assert row(result, "c")["r2"] == pytest.approx(4000 * 0.125)  # median(0.10, 0.15) × R1
    assert row(result, "c")["flags"] == ["amount_imputed"]
    assert result["missing"]["counts"]["amount"] == 1


def test_missing_turnover_excludes_the_interview_with_a_reason() -> None:
    result = run([shop("a", local_share=0.5), shop("b", r1=None, local_share=0.9)])
    assert result["n"] == 1
    assert [r["id"] for r in result["interviews"]] == ["a"]
    assert result["missing"]["excluded"] == [{"id": "b",
                                              "reason": "turnover (R1) not answered"}]
    assert result["missing"]["counts"]["turnover"] == 1
    assert result["leakage_by_category"]["supplies"]["euros"] == pytest.approx(250)


def test_zero_turnover_is_excluded_too() -> None:
    result = run([shop("a", local_share=0.5), shop("b", r1=0.0, local_share=0.5)])
    assert result["missing"]["excluded"][0]["id"] == "b"
    assert "zero" in result["missing"]["excluded"][0]["reason"]


def test_an_amount_nobody_reports_excludes_the_interview() -> None:
    records = [shop("a", local_share=0.5),
               {"id": "b", "r1": 1000.0, "lines": [
                   {"category": "rent", "amount": None, "local_share": 1.0}]}]
    result = run(records)
    assert result["n"] == 1
    assert "rent" in result["missing"]["excluded"][0]["reason"]


def test_nothing_to_analyse_is_said_plainly() -> None:
    with pytest.raises(InvalidInput, match=r"No interview can be analysed.*turnover"):
        run([shop("a", r1=None, local_share=0.5)])


# --- wrong answers --------------------------------------------------------------------------------


def two_lines(**changes: object) -> list[dict]:
    second = {"category": "supplies", "amount": 300.0, "local_share": 0.5, **changes}
    return [{"id": "boulangerie", "r1": 1000.0, "lines": [
        {"category": "wages", "amount": 200.0, "local_share": 1.0}, second]}]


@pytest.mark.parametrize(("changes", "message"), [
    ({"local_share": 1.3}, r"Interview boulangerie, line 2 \(category supplies\): the local "
                           r"share must be between 0 and 100% \(got 130%\)"),
    ({"respend_share": -0.1}, r"line 2 .*re-spend share must be between 0 and 100% \(got -10%\)"),
    ({"amount": -50.0}, r"Interview boulangerie, line 2 .*amount cannot be negative"),
    ({"r2_rule": "sometimes"}, r"line 2 .*unknown R2 rule 'sometimes'.*share, never, retained"),
    ({"respend_source": "guess"}, r"line 2 .*unknown Round-3 source 'guess'"),
])
def test_wrong_line_values_are_refused_with_their_place(changes: dict, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        run(two_lines(**changes))


def test_text_where_a_number_is_expected_is_refused() -> None:
    interviews, lines = frames_from_records(two_lines())
    lines["amount"] = lines["amount"].astype(object)
    lines.loc[1, "amount"] = "trois cents"
    with pytest.raises(InvalidInput, match=r"line 2 .*'trois cents' is not a number"):
        analyse(interviews, lines)


def test_a_line_of_an_unknown_interview_is_refused() -> None:
    interviews, lines = frames_from_records(two_lines())
    lines.loc[1, "interview_id"] = "fantome"
    with pytest.raises(InvalidInput, match=r"interview fantome, which is not among"):
        analyse(interviews, lines)


def test_the_same_interview_twice_is_refused() -> None:
    interviews, lines = frames_from_records(two_lines() + two_lines())
    with pytest.raises(InvalidInput, match=r"Interview boulangerie: .*more than once"):
        analyse(interviews, lines)


@pytest.mark.parametrize(("record", "message"), [
    ({"r1": -5.0}, "turnover cannot be negative"),
    ({"ownership": "multinational"}, "unknown ownership 'multinational'"),
    ({"weight": 0.0}, "weight must be a positive number"),
])
def test_wrong_interview_values_are_refused(record: dict, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        run([{**two_lines()[0], **record}])


def test_wrong_study_level_shares_are_refused() -> None:
    with pytest.raises(InvalidInput, match=r"Round-3 respondent 2 .*130%"):
        run(two_lines(), respondents=pd.DataFrame({"group": ["staff", "staff"],
                                                   "local_share": [0.4, 1.3]}))
    with pytest.raises(InvalidInput, match=r"default Round-3 share for landlord .*200%"):
        run(two_lines(), defaults={"landlord": (2.0, "typo")})
    with pytest.raises(InvalidInput, match=r"input-output proxy share for staff"):
        run(two_lines(), io_proxy={"staff": -0.2})


def test_missing_columns_and_impossible_population_are_refused() -> None:
    interviews, lines = frames_from_records(two_lines())
    with pytest.raises(InvalidInput, match=r"lacks the column.*local_share"):
        analyse(interviews, lines.drop(columns="local_share"))
    with pytest.raises(InvalidInput, match=r"population size"):
        analyse(interviews, lines, population=0)
