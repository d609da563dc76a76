"""Round-3 shares the form calls "automatique": left blank on purpose, resolved by the analysis
(survey mean, input-output estimate, the study's default), never counted as missing answers.
Only a share asked and not answered (source "survey", no share) is missing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from madeinlocal_desktop.demo.study import demo_study
from madeinlocal_desktop.domain import RespendDefault, RespendSource, SpendLine
from madeinlocal_desktop.exchange import interchange
from madeinlocal_desktop.project import Project, create_from_data


def _demo(path: Path, *, defaults: bool) -> Project:
    data = interchange.parse(demo_study())
    if not defaults:  # what a new user's study looks like: no coordinator defaults yet
        data = dataclasses.replace(data, study=dataclasses.replace(data.study,
                                                                   respend_defaults={}))
    project, _ = create_from_data(path, data)
    return project


def test_the_demo_as_shipped_is_unchanged(tmp_path: Path) -> None:
    """Every blank share of the demo has a survey mean or a default: nothing was imputed
    before, nothing is now, and its figures stay those of the README."""
    with _demo(tmp_path / "demo.madeinlocal", defaults=True) as project:
        result = project.analysis.run(bootstrap=0).to_dict()
    assert result["missing"]["counts"]["respend_share"] == 0
    assert result["respend_sources"]["imputed"] == 0
    assert result["respend_inputs"]["assumed_default"] == {}
    assert result["lm3"]["ratio_of_totals"] == pytest.approx(1.3770, abs=5e-5)


def test_blank_shares_of_a_study_without_defaults_are_not_missing_answers(
        tmp_path: Path) -> None:
    """Before: the demo's 470 blank shares of landlords, owners, lenders, local taxes and
    charities were "470 missing answers imputed", LM3 bounds 1.350–1.461. Now they take the
    neutral default, are drawn in the Monte Carlo range, and only the 14 missing local shares
    give bounds."""
    with _demo(tmp_path / "new.madeinlocal", defaults=False) as project:
        result = project.analysis.run(bootstrap=0).to_dict()
        blanks = sum(1 for i in project.interviews.list() if i.status != "draft"
                     and i.consent for line in i.lines
                     if line.respend_automatic and line.category in
                     {"rent", "owner_pay", "interest", "local_taxes", "donations"})
    assert blanks == 470
    assert result["missing"]["counts"]["respend_share"] == 0
    assert result["respend_sources"]["imputed"] == 0
    assert result["respend_sources"]["default"] == 470
    assumed = result["respend_inputs"]["assumed_default"]
    assert assumed == {g: 0.5 for g in ("landlord", "owner", "lender", "tax", "charity")}
    assert set(result["proxy_shares"]["groups"]) == set(assumed)
    low, high = result["lm3"]["proxy_ci95"]
    assert low < result["lm3"]["ratio_of_totals"] < high
    bounds = result["missing"]["bounds"]
    assert bounds["high"] - bounds["low"] < 0.05  # 14 local shares only (it was 0.111)

    # The same study with those defaults written out gives the same LM3: "automatic" means
    # exactly the study's default.
    with _demo(tmp_path / "explicit.madeinlocal", defaults=False) as explicit:
        explicit.update_study(dataclasses.replace(explicit.study, respend_defaults={
            g: RespendDefault(0.5, "neutre") for g in assumed}))
        same = explicit.analysis.run(bootstrap=0).to_dict()
    assert same["lm3"]["ratio_of_totals"] == pytest.approx(result["lm3"]["ratio_of_totals"])
    assert same["respend_inputs"]["assumed_default"] == {}


def test_a_share_asked_and_not_answered_is_missing(tmp_path: Path) -> None:
    with _demo(tmp_path / "demo.madeinlocal", defaults=True) as project:
        interview = next(i for i in project.interviews.list() if i.status == "complete"
                         and any(line.category == "rent" for line in i.lines))
        lines = [dataclasses.replace(line, respend_share=None,
                                     respend_source=RespendSource.SURVEY)
                 if line.category == "rent" else line for line in interview.lines]
        project.interviews.save(dataclasses.replace(interview, lines=lines))
        result = project.analysis.run(bootstrap=0).to_dict()
        stored = project.interviews.get(interview.id)
    assert [line.respend_not_answered for line in stored.lines if line.category == "rent"] \
        == [True]
    assert result["missing"]["counts"]["respend_share"] == 1
    assert result["respend_sources"]["imputed"] == 1
    row = next(r for r in result["interviews"] if r["id"] == interview.id)
    assert "respend_share_imputed" in row["flags"]


def test_the_two_meanings_on_a_line() -> None:
    automatic = SpendLine("a", "rent", 100, 1.0)
    assert automatic.respend_automatic and not automatic.respend_not_answered
    asked = dataclasses.replace(automatic, respend_source=RespendSource.SURVEY)
    assert asked.respend_not_answered and not asked.respend_automatic
    given = dataclasses.replace(asked, respend_share=0.3)
    assert not given.respend_automatic and not given.respend_not_answered
