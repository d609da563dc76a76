"""Comparing studies: estimates side by side, differences with their interval, and what differs."""

from __future__ import annotations

import dataclasses
import math
import shutil
from pathlib import Path

import pytest

from madeinlocal_desktop import language
from madeinlocal_desktop.analysis.comparison import Estimate, difference
from madeinlocal_desktop.analysis.statistics import t_quantile
from madeinlocal_desktop.domain import LocalRules
from madeinlocal_desktop.errors import InvalidInput, NotFound
from madeinlocal_desktop.project import Project, compare_studies
from tests.io_support import make_study


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path]:
    first = tmp_path / "2025.madeinlocal"
    make_study(first).close()
    second = tmp_path / "2026.madeinlocal"
    shutil.copy(first, second)
    return first, second


def row(result: dict, measure: str, breakdown: str = "all", key: str = "all") -> dict:
    return next(r for r in result["rows"] if (r["measure"], r["breakdown"], r["key"])
                == (measure, breakdown, key))


def test_the_difference_of_independent_samples() -> None:
    """d = 1.7 − 1.5; se = √(0.03² + 0.04²) = 0.05; Welch ν = 0.05⁴ / (0.03⁴/9 + 0.04⁴/19)."""
    found = difference(Estimate(1.5, 0.03, 10), Estimate(1.7, 0.04, 20))
    assert found["difference"] == pytest.approx(0.2)
    assert found["se"] == pytest.approx(0.05)
    df = 0.05**4 / (0.03**4 / 9 + 0.04**4 / 19)
    assert found["df"] == pytest.approx(df)
    half = t_quantile(0.975, df) * 0.05
    assert found["ci95"] == pytest.approx([0.2 - half, 0.2 + half])
    assert found["significant"] is True  # 0.2 > t · se ≈ 0.10
    assert difference(Estimate(1.5, None, 1), Estimate(1.6, 0.04, 20))["ci95"] is None


def test_a_study_and_its_copy_differ_by_nothing(two: tuple[Path, Path]) -> None:
    result = compare_studies(two)
    lm3 = row(result, "lm3")
    assert lm3["differences"][1]["difference"] == pytest.approx(0, abs=1e-12)
    low, high = lm3["differences"][1]["ci95"]
    assert low < 0 < high
    assert result["notices"] == [] and result["same_rules"] and result["same_fiscal_year"]
    assert [s["label"] for s in result["studies"]] == ["2025", "2026"]


def test_estimates_are_those_of_the_analysis(two: tuple[Path, Path]) -> None:
    result = compare_studies(two)
    with Project.open(two[0]) as project:
        analysis = project.analysis.run(bootstrap=0).to_dict()
    lm3 = row(result, "lm3")["values"][0]
    assert lm3["estimate"] == pytest.approx(analysis["lm3"]["ratio_of_totals"])
    assert lm3["se"] == pytest.approx(analysis["lm3"]["se"])
    recirculation = row(result, "recirculation")["values"][0]
    assert recirculation["estimate"] == pytest.approx(analysis["recirculation_share"])
    for code, leak in analysis["leakage_by_category"].items():
        assert row(result, "leakage", "category", code)["values"][0]["estimate"] == \
            pytest.approx(leak["share"])


def test_a_change_shows_in_the_difference(two: tuple[Path, Path]) -> None:
    with Project.open(two[1]) as project:
        for interview in project.interviews.list():
            full = project.interviews.get(interview.id)
            lines = [dataclasses.replace(line, local_share=1.0) if line.category == "supplies"
                     else line for line in full.lines]
            project.interviews.save(dataclasses.replace(full, lines=lines))
    language.set_language("fr")
    try:
        result = compare_studies(two)
    finally:
        language.set_language(None)
    assert row(result, "recirculation")["differences"][1]["difference"] > 0
    supplies = row(result, "leakage", "category", "supplies")
    assert supplies["values"][1]["estimate"] == pytest.approx(0)
    assert supplies["label"] == "Fournitures et matières premières"


def test_different_fiscal_years_are_said(two: tuple[Path, Path]) -> None:
    with Project.open(two[1]) as project:
        project.update_study(dataclasses.replace(project.study, fiscal_year=2026))
    result = compare_studies(two)
    assert not result["same_fiscal_year"]
    notice = result["notices"][0]
    assert notice["code"] == "compare.fiscal_years"
    assert "2025, 2026" in notice["text"]


def test_a_comparison_across_different_rules_says_so(two: tuple[Path, Path]) -> None:
    with Project.open(two[1]) as project:
        rules = LocalRules(boundary="epci", local_branch_counts_as_local=False)
        project.update_study(dataclasses.replace(project.study, rules=rules))
    result = compare_studies(two)
    assert result["different_rules"] == ["boundary", "local_branch_counts_as_local"]
    assert [n["code"] for n in result["notices"]] == ["compare.rules"]


def test_one_file_or_the_same_file_twice_is_refused(two: tuple[Path, Path]) -> None:
    with pytest.raises(InvalidInput) as one:
        compare_studies(two[:1])
    assert one.value.code == "compare.need_two"
    with pytest.raises(InvalidInput) as same:
        compare_studies([two[0], two[0]])
    assert same.value.code == "compare.same_file"


def test_a_missing_file_is_named(two: tuple[Path, Path], tmp_path: Path) -> None:
    with pytest.raises(NotFound) as error:
        compare_studies([two[0], tmp_path / "nowhere.madeinlocal"])
    assert error.value.code == "compare.not_found"
    assert "nowhere.madeinlocal" in error.value.text("en")


def test_progress_reaches_one_and_cancel_stops(two: tuple[Path, Path]) -> None:
    seen: list[float] = []
    compare_studies(two, progress=seen.append)
    assert seen[-1] == 1.0 and all(0 < v <= 1 for v in seen)
    from madeinlocal_desktop.errors import Cancelled

    with pytest.raises(Cancelled):
        compare_studies(two, should_cancel=lambda: True)
    assert math.isfinite(seen[0])
