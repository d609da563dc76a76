"""methods.md §3 invariants, checked on generated samples (hypothesis), and engine behaviour."""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from madeinlocal_desktop.analysis import analyse, frames_from_records
from madeinlocal_desktop.errors import Cancelled

SHARE_CATEGORIES = ("goods_resale", "supplies", "services", "wages", "rent", "owner_pay")
OTHER_CATEGORIES = ("social_contributions", "national_taxes", "retained")
SECTORS = ("bakery", "books", "cafe")
OWNERSHIPS = ("independent", "cooperative", "chain_branch")

fast = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
share = st.floats(0.0, 1.0)


@st.composite
def samples(draw: st.DrawFn, *, min_n: int = 1, max_n: int = 8, only_share_rule: bool = False,
            fill_turnover: bool = False) -> list[dict]:
    """Interviews with 1–5 lines each; turnover ≥ Σ amounts unless `fill_turnover`."""
    categories = SHARE_CATEGORIES if only_share_rule else SHARE_CATEGORIES + OTHER_CATEGORIES
    records = []
    for i in range(draw(st.integers(min_n, max_n))):
        k = draw(st.integers(1, 5))
        lines = [{"category": draw(st.sampled_from(categories)),
                  "amount": draw(st.floats(1.0, 1e5)),
                  "local_share": draw(share), "respend_share": draw(share)} for _ in range(k)]
        spent = math.fsum(line["amount"] for line in lines)
        slack = 0.0 if fill_turnover else draw(st.floats(0.0, 2e5))
        records.append({"id": f"i{i}", "sector": draw(st.sampled_from(SECTORS)),
                        "ownership": draw(st.sampled_from(OWNERSHIPS)),
                        "weight": draw(st.floats(0.5, 20.0)),
                        "r1": spent + slack, "lines": lines})
    return records


def run(records: list[dict], **options) -> dict:
    interviews, lines = frames_from_records(records)
    options.setdefault("bootstrap", 0)
    return analyse(interviews, lines, **options).to_dict()


def with_shares(records: list[dict], local: float, respend: float) -> list[dict]:
    return [{**r, "lines": [{**ln, "local_share": local, "respend_share": respend}
                            for ln in r["lines"]]} for r in records]


@fast
@given(samples())
def test_all_shares_zero_gives_lm3_one(records: list[dict]) -> None:
    result = run(with_shares(records, 0.0, 0.0))
    assert result["lm3"]["ratio_of_totals"] == pytest.approx(1.0)
    assert all(row["lm3"] == pytest.approx(1.0) for row in result["interviews"])


@fast
@given(samples(only_share_rule=True, fill_turnover=True))
def test_all_shares_one_with_all_turnover_described_gives_lm3_three(records: list[dict]) -> None:
    result = run(with_shares(records, 1.0, 1.0))
    assert result["lm3"]["ratio_of_totals"] == pytest.approx(3.0)
    assert result["lm3"]["mean"] == pytest.approx(3.0)


@fast
@given(samples(), st.data())
def test_lm3_never_falls_when_a_share_rises(records: list[dict], data: st.DataObject) -> None:
    before = run(records)
    i = data.draw(st.integers(0, len(records) - 1))
    j = data.draw(st.integers(0, len(records[i]["lines"]) - 1))
    key = data.draw(st.sampled_from(["local_share", "respend_share"]))
    line = records[i]["lines"][j]
    raised = data.draw(st.floats(line[key], 1.0))
    changed = [dict(r, lines=[dict(ln) for ln in r["lines"]]) for r in records]
    changed[i]["lines"][j][key] = raised
    after = run(changed)
    assert after["lm3"]["ratio_of_totals"] >= before["lm3"]["ratio_of_totals"] - 1e-12
    for old, new in zip(before["interviews"], after["interviews"], strict=True):
        assert new["lm3"] >= old["lm3"] - 1e-12


@fast
@given(samples())
def test_ratio_of_totals_lies_between_smallest_and_largest_lm3(records: list[dict]) -> None:
    result = run(records)
    each = [row["lm3"] for row in result["interviews"]]
    assert min(each) - 1e-12 <= result["lm3"]["ratio_of_totals"] <= max(each) + 1e-12
    for group in (*result["by_sector"].values(), *result["by_ownership"].values()):
        assert 1.0 - 1e-12 <= group["lm3"]["ratio_of_totals"] <= 3.0 + 1e-12


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(samples(min_n=12, max_n=30))
def test_bootstrap_interval_contains_ratio_of_totals(records: list[dict]) -> None:
    result = run(records, bootstrap=400)
    lo, hi = result["lm3"]["bootstrap_ci95"]
    assert lo <= result["lm3"]["ratio_of_totals"] <= hi
    lo, hi = result["lm3"]["ci95"]
    assert lo <= result["lm3"]["ratio_of_totals"] <= hi


@settings(max_examples=10, deadline=None)
@given(samples(min_n=5, max_n=15), st.integers(0, 2**32 - 1))
def test_same_seed_gives_same_interval_whatever_the_threads(records: list[dict],
                                                            seed: int) -> None:
    one = run(records, bootstrap=300, seed=seed, workers=1)
    two = run(records, bootstrap=300, seed=seed, workers=3)
    assert one["lm3"]["bootstrap_ci95"] == two["lm3"]["bootstrap_ci95"]
    assert one["by_ownership"] == two["by_ownership"]
    assert one["lm3"]["bootstrap"] == {"B": 300, "seed": seed}


def test_another_seed_gives_another_interval() -> None:
    records = [{"id": f"i{k}", "r1": 1000.0 * (1 + k % 7), "sector": SECTORS[k % 3], "lines": [
        {"category": "supplies", "amount": 500.0, "local_share": (k % 10) / 10,
         "respend_share": 0.3}]} for k in range(40)]
    first = run(records, bootstrap=500, seed=1)["lm3"]["bootstrap_ci95"]
    assert run(records, bootstrap=500, seed=1)["lm3"]["bootstrap_ci95"] == first
    assert run(records, bootstrap=500, seed=2)["lm3"]["bootstrap_ci95"] != first


@fast
@given(samples(min_n=2), st.randoms(use_true_random=False))
def test_order_of_rows_does_not_matter(records: list[dict], rnd) -> None:
    interviews, lines = frames_from_records(records)
    shuffled_i = interviews.sample(frac=1.0, random_state=rnd.randint(0, 999))
    shuffled_l = lines.sample(frac=1.0, random_state=rnd.randint(0, 999))
    a = analyse(interviews, lines, bootstrap=0).to_dict()
    b = analyse(shuffled_i, shuffled_l, bootstrap=0).to_dict()
    assert b["lm3"]["ratio_of_totals"] == pytest.approx(a["lm3"]["ratio_of_totals"])
    by_id = {row["id"]: row["lm3"] for row in a["interviews"]}
    assert {row["id"]: pytest.approx(row["lm3"]) for row in b["interviews"]} == by_id


# --- engine behaviour -----------------------------------------------------------------------------


def small_study(n: int = 30) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(7)
    records: list[dict[str, Any]] = [
               {"id": f"s{k}", "r1": float(rng.uniform(5e4, 5e5)), "sector": SECTORS[k % 3],
                "ownership": OWNERSHIPS[k % 3], "lines": [
                    {"category": "wages", "amount": 20_000.0,
                     "local_share": float(rng.uniform()), "respend_share": 0.45},
                    {"category": "supplies", "amount": 10_000.0, "local_share": None},
                    {"category": "social_contributions", "amount": 8_000.0,
                     "local_share": None},
                ]} for k in range(n)]
    records[3]["r1"] = None
    records[4]["lines"][1]["local_share"] = 0.4
    return frames_from_records(records)


def _plain(value: object) -> bool:
    """Only JSON types: no numpy scalars, no NaN."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None or type(value) in (str, int, bool)


def test_result_is_plain_json_with_the_documented_keys() -> None:
    interviews, lines = small_study()
    data = analyse(interviews, lines, bootstrap=200).to_dict()
    json.dumps(data, allow_nan=False)
    assert _plain(data)
    for key in ("n", "lm3", "recirculation_share", "leakage_by_category", "retained",
                "not_described", "by_sector", "by_ownership", "interviews", "respend_sources",
                "missing"):
        assert key in data
    assert set(data["lm3"]) >= {"ratio_of_totals", "mean", "se", "ci95", "bootstrap_ci95",
                                "bootstrap"}
    assert data["n"] == 29 == sum(g["n"] for g in data["by_sector"].values())
    assert set(data["interviews"][0]) >= {"id", "r1", "r2", "r3", "lm3", "recirculation_share",
                                          "flags"}


def test_group_of_one_has_no_standard_error_rather_than_nan() -> None:
    interviews, lines = small_study(5)  # sectors cycle bakery, books, cafe: one cafe
    data = analyse(interviews, lines, bootstrap=100).to_dict()
    cafe = data["by_sector"]["cafe"]
    assert cafe["n"] == 1
    assert cafe["lm3"]["se"] is None and cafe["lm3"]["ci95"] is None
    assert cafe["lm3"]["bootstrap_ci95"] is None
    assert data["by_sector"]["books"]["lm3"]["se"] is not None
    json.dumps(data, allow_nan=False)


def test_per_interview_table_is_kept_for_the_gui() -> None:
    interviews, lines = small_study()
    result = analyse(interviews, lines, bootstrap=0)
    table = result.interviews
    assert isinstance(table, pd.DataFrame)
    assert len(table) == result.n == 29
    assert {"id", "r1", "r2", "r3", "lm3", "recirculation_share"} <= set(table.columns)


def test_progress_is_reported_up_to_one() -> None:
    interviews, lines = small_study()
    seen: list[float] = []
    analyse(interviews, lines, bootstrap=2000, progress=seen.append)
    assert seen[-1] == 1.0
    assert len(seen) >= 3
    assert seen == sorted(seen) and all(0.0 <= f <= 1.0 for f in seen)


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("after_calls", [1, 3])
def test_should_cancel_stops_the_analysis(workers: int, after_calls: int) -> None:
    interviews, lines = small_study(300)
    calls = 0

    def should_cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > after_calls

    with pytest.raises(Cancelled):
        analyse(interviews, lines, bootstrap=20_000, should_cancel=should_cancel,
                workers=workers)
