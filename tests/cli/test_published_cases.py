"""methods.md §5: every published LM3 case goes through the interchange JSON, the study file and
the engine, via the real command line."""

from __future__ import annotations

import copy
import uuid
from pathlib import Path

import pytest

from tests.cli.conftest import write_json
from tests.conftest import one_organisation_doc


def analyse(cli, tmp_path: Path, document: dict, *extra: str) -> dict:
    study = tmp_path / "case.madeinlocal"
    cli("import", study, write_json(tmp_path / "case.json", document))
    return cli.json("analyse", study, "--format", "json", *extra)


def one_line_doc(turnover: float, amount: float, share: float, respend: float) -> dict:
    doc = one_organisation_doc()
    doc["interviews"][0]["turnover_excl_vat"] = turnover
    doc["interviews"][0]["lines"] = [{"category": "goods_resale", "amount": amount,
                                      "local_share": share, "respend_share": respend,
                                      "respend_source": "survey"}]
    return doc


def test_one_organisation(cli, tmp_path: Path) -> None:
    result = analyse(cli, tmp_path, one_organisation_doc())
    shop = result["interviews"][0]
    assert shop["r1"] == pytest.approx(100_000)
    assert shop["r2"] == pytest.approx(55_000)
    assert shop["r3"] == pytest.approx(22_620)
    assert shop["lm3"] == pytest.approx(1.7762)
    assert result["n"] == 1
    assert result["lm3"]["ratio_of_totals"] == pytest.approx(1.7762)
    assert result["recirculation_share"] == pytest.approx(0.55)


def test_nef_staff_averaging_feeds_round_three(cli, tmp_path: Path) -> None:
    """mean(42.1, 50.5, 63.1, 37.8, 33.6) = 45.42%, applied to the whole staff group."""
    doc = one_organisation_doc()
    wages = doc["interviews"][0]["lines"][0]
    wages["respend_share"] = wages["respend_source"] = None
    doc["respondents"] = [{"group": "staff", "local_share": s / 100}
                          for s in (42.1, 50.5, 63.1, 37.8, 33.6)]
    result = analyse(cli, tmp_path, doc)
    expected_r3 = 30_000 * 0.4542 + 20_000 * 0.40 + 5_000 * 0.20
    assert result["interviews"][0]["r3"] == pytest.approx(expected_r3)
    assert result["respend_sources"]["survey_mean"] == 1


@pytest.mark.parametrize(("respent", "rounds", "lm3"), [
    (0.8, (10, 8, 6.40), 2.44),
    (0.2, (10, 2, 0.40), 1.24),
])
def test_leaky_bucket(cli, tmp_path: Path, respent: float, rounds: tuple, lm3: float) -> None:
    """£10 with 80% (20%) re-spent locally each round: three-round LM3 2.44 (1.24)."""
    result = analyse(cli, tmp_path, one_line_doc(10, 10 * respent, 1.0, respent))
    shop = result["interviews"][0]
    assert (shop["r1"], shop["r2"], shop["r3"]) == pytest.approx(rounds)
    assert shop["lm3"] == pytest.approx(lm3)


def test_civic_economics_independents_recirculate_3_5_times_more(cli, tmp_path: Path) -> None:
    """Indie Impact 2012: independents 47.7% vs chains 13.6% of revenue recirculated."""
    doc = one_line_doc(100_000, 47_700, 1.0, 0.5)
    chain = copy.deepcopy(doc["businesses"][0])
    chain.update(id=str(uuid.uuid4()), name="Chaîne", ownership="chain_branch")
    doc["businesses"].append(chain)
    interview = copy.deepcopy(doc["interviews"][0])
    interview.update(id=str(uuid.uuid4()), business_id=chain["id"])
    interview["lines"] = [{"category": "goods_resale", "amount": 100_000, "local_share": 0.136,
                           "respend_share": 0.5, "respend_source": "survey"}]
    doc["interviews"].append(interview)
    result = analyse(cli, tmp_path, doc)
    by_owner = result["by_ownership"]
    assert by_owner["independent"]["recirculation_share"] == pytest.approx(0.477)
    assert by_owner["chain_branch"]["recirculation_share"] == pytest.approx(0.136)
    ratio = (by_owner["independent"]["recirculation_share"]
             / by_owner["chain_branch"]["recirculation_share"])
    assert ratio == pytest.approx(3.507, abs=5e-4)


def test_northumberland_local_versus_non_local_supplier(cli, tmp_path: Path) -> None:
    """NEF 2005: £1 with a local supplier is worth £1.76 locally, with a non-local one £0.36.

    Only the totals are published; the split below is ours (as in the engine's own test):
    the local supplier is an organisation whose LM3 is 1.76; the non-local one banks the
    money outside, so only its R2 + R3 (what it re-spends here) counts. Scaled to £100.
    """
    doc = one_line_doc(100, 40, 1.0, 0.5)
    doc["interviews"][0]["lines"][0]["category"] = "wages"
    doc["interviews"][0]["lines"].append({"category": "supplies", "amount": 50,
                                          "local_share": 0.2, "respend_share": 0.6,
                                          "respend_source": "survey"})
    outside = copy.deepcopy(doc["businesses"][0])
    outside.update(id=str(uuid.uuid4()), name="Fournisseur national", ownership="chain_branch")
    doc["businesses"].append(outside)
    interview = copy.deepcopy(doc["interviews"][0])
    interview.update(id=str(uuid.uuid4()), business_id=outside["id"])
    interview["lines"] = [{"category": "wages", "amount": 30, "local_share": 0.8,
                           "respend_share": 0.5, "respend_source": "survey"}]
    doc["interviews"].append(interview)
    result = analyse(cli, tmp_path, doc)
    local, national = sorted(result["interviews"], key=lambda i: -i["lm3"])
    assert local["lm3"] == pytest.approx(1.76)
    assert (national["r2"] + national["r3"]) / national["r1"] == pytest.approx(0.36)


def test_a_coordinator_default_share_gets_a_monte_carlo_range(cli, tmp_path: Path) -> None:
    """The staff's Round-3 share is the coordinator's 45.4 %, not an answer: LM3 =
    1.64 + 0.30 × s, and the range follows s ~ Beta(9.08, 10.92) (concentration 20)."""
    doc = one_organisation_doc()
    wages = doc["interviews"][0]["lines"][0]
    wages["respend_share"] = wages["respend_source"] = None
    doc["study"]["respend_defaults"] = {
        "staff": {"share": 0.454, "justification": "NEF staff survey, 2002"}}
    result = analyse(cli, tmp_path, doc)
    assert result["lm3"]["ratio_of_totals"] == pytest.approx(1.7762)
    low, high = result["lm3"]["proxy_ci95"]
    assert 1.64 + 0.30 * 0.22 < low < 1.7762 < high < 1.64 + 0.30 * 0.68
    assert result["proxy_shares"]["groups"]["staff"]["source"] == "default"
    text = cli("analyse", tmp_path / "case.madeinlocal").stdout
    assert "Round-3 shares estimated, not surveyed: staff 45% (default)." in text
    assert f"[{low:.3f}, {high:.3f}]" in text
