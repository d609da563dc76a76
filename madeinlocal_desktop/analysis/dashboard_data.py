"""What the dashboard derives from one analysis: the money trail and a fast what-if scenario.

Both are computed from `AnalysisResult.to_dict()` alone, so the GUI, the report and the CLI can
draw them without re-reading the study. The scenario is O(1) once `scenario_basis` has run (one
pass over the result's categories), which keeps a slider responsive on any study size; the engine's
`project.analysis.scenario` re-reads and re-validates the whole study on every call.

The scenario follows methods.md §2 with the formula of `shift.py`, the one the CLI's scenario uses
(`scenarios.shift_scenario`); the Round-3 share offered for the new suppliers follows the engine's
order (`domain.rules.round3_share`). Lines already local keep their own Round-3 share.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from ..domain import Category, R2Rule
from ..domain.rules import round3_share
from .shift import shift_effect

FALLBACK_RESPEND = 0.45
"""Re-spend share offered when a study has no survey or default for the recipient group
(NEF's staff-averaging example, methods.md §5: 45.42 %)."""


@dataclass(frozen=True)
class RoundTotals:
    """Weighted totals of the three rounds (euros per year over the surveyed businesses)."""

    r1: float
    r2: float
    r3: float

    @property
    def lm3(self) -> float:
        return (self.r1 + self.r2 + self.r3) / self.r1 if self.r1 else math.nan


def round_totals(result: Mapping[str, Any]) -> RoundTotals:
    """Σ w R1, Σ w R2, Σ w R3 from a result dict.

    `to_dict()` gives per-interview rounds but not the stratum weights, so the weighted totals are
    recovered from the weighted aggregates: Σ w R1 = euros / share of any leakage entry, then
    R2 = recirculation × R1 and R3 = (LM3 − 1) × R1 − R2.
    """
    total = _total_r1(result)
    lm3 = _float(result.get("lm3", {}).get("ratio_of_totals"))
    recirculation = _float(result.get("recirculation_share"))
    r2 = recirculation * total
    r3 = (lm3 - 1.0) * total - r2
    return RoundTotals(total, r2, max(r3, 0.0))


def _float(value: Any) -> float:
    return math.nan if value is None else float(value)


def _total_r1(result: Mapping[str, Any]) -> float:
    entries = [*result.get("leakage_by_category", {}).values(),
               result.get("retained") or {}, result.get("not_described") or {}]
    best: Mapping[str, Any] = max(entries, key=lambda e: abs(e.get("share") or 0.0), default={})
    if best.get("share"):
        return float(best["euros"]) / float(best["share"])
    # Nothing leaks, nothing retained, nothing undescribed: fall back on the plain sum.
    return float(sum(row.get("r1") or 0.0 for row in result.get("interviews", [])))


# --- the money trail ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MoneyTrail:
    """What happens to 100 € spent in a surveyed shop (methods.md §1, NEF's leaky bucket)."""

    spent: float  # 100
    round2_local: float  # paid to local recipients (R2 per 100 €)
    round2_outside: float  # paid outside the territory (leakage by category)
    round2_not_spent: float  # retained profit, depreciation, and turnover no line describes
    round3_local: float  # re-spent locally by those local recipients (R3 per 100 €)
    round3_outside: float  # what the local recipients spend outside
    lm3: float
    biggest_leaks: tuple[tuple[str, float], ...]  # (category code, euros per 100 €), largest first
    totals: RoundTotals

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["biggest_leaks"] = [list(pair) for pair in self.biggest_leaks]
        return out


def money_trail(result: Mapping[str, Any], *, per: float = 100.0, top: int = 3) -> MoneyTrail:
    totals = round_totals(result)
    scale = per / totals.r1 if totals.r1 else math.nan
    leaks = {code: float(e.get("euros") or 0.0) * scale
             for code, e in result.get("leakage_by_category", {}).items()}
    outside = sum(leaks.values())
    not_spent = sum(float((result.get(key) or {}).get("euros") or 0.0) * scale
                    for key in ("retained", "not_described"))
    round2 = totals.r2 * scale
    round3 = totals.r3 * scale
    biggest = sorted(((c, v) for c, v in leaks.items() if v > 0), key=lambda p: -p[1])[:top]
    return MoneyTrail(
        spent=per, round2_local=round2, round2_outside=outside, round2_not_spent=not_spent,
        round3_local=round3, round3_outside=max(round2 - round3, 0.0), lm3=totals.lm3,
        biggest_leaks=tuple(biggest), totals=totals,
    )


# --- the scenario ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScenarioBasis:
    """Everything a scenario needs, computed once per analysis."""

    totals: RoundTotals
    non_local: dict[str, float]  # shiftable category → weighted non-local euros per year
    default_respend: dict[str, float]  # category → re-spend share offered for its new suppliers

    @property
    def categories(self) -> list[str]:
        """Shiftable categories, the largest non-local spending first."""
        return sorted(self.non_local, key=lambda code: -self.non_local[code])


def scenario_basis(result: Mapping[str, Any], categories: Iterable[Category]) -> ScenarioBasis:
    """Categories whose money can go to a local recipient (rule `share`) and that leak something.

    For such a category the engine's leakage is exactly Σ w · amount · (1 − local share): the
    non-local spending a scenario can move.
    """
    inputs = result.get("respend_inputs") or {}
    survey_mean: Mapping[str, float] = inputs.get("survey_mean") or {}
    io_proxy: Mapping[str, float] = inputs.get("io_proxy") or {}
    defaults: Mapping[str, Any] = inputs.get("default") or {}
    assumed: Mapping[str, float] = inputs.get("assumed_default") or {}
    leakage = result.get("leakage_by_category", {})
    non_local: dict[str, float] = {}
    respend: dict[str, float] = {}
    for category in categories:
        euros = float((leakage.get(category.code) or {}).get("euros") or 0.0)
        if category.r2_rule != R2Rule.SHARE or euros <= 0:
            continue
        non_local[category.code] = euros
        group = category.recipient.value
        # The engine's order (survey mean, IO proxy, the coordinator's default), asked of the
        # same function.
        found = round3_share(group, survey_mean=survey_mean, io_proxy=io_proxy,
                             defaults={g: float(d["share"]) for g, d in defaults.items()})
        if found is not None:
            respend[category.code] = found[0]
        elif group in assumed:  # no default set: the engine's neutral one
            respend[category.code] = float(assumed[group])
        else:
            respend[category.code] = FALLBACK_RESPEND
    return ScenarioBasis(round_totals(result), non_local, respend)


@dataclass(frozen=True)
class ScenarioOutcome:
    category: str
    fraction: float  # of the category's non-local spending moved to local suppliers
    respend_share: float  # Round-3 share of the new local suppliers
    shifted: float  # ΔR2, euros per year
    extra_round3: float  # ΔR3, euros per year
    lm3_before: float
    lm3_after: float
    recirculation_before: float
    recirculation_after: float
    base: RoundTotals

    @property
    def kept_locally(self) -> float:
        """Extra euros kept circulating in the territory per year: ΔR2 + ΔR3."""
        return self.shifted + self.extra_round3

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["kept_locally"] = self.kept_locally
        return out


def run_scenario(basis: ScenarioBasis, category: str, fraction: float,
                 respend_share: float) -> ScenarioOutcome:
    """The shift scenario in constant time (see the module docstring for the formula)."""
    if category not in basis.non_local:
        raise KeyError(category)
    fraction = min(max(float(fraction), 0.0), 1.0)
    respend_share = min(max(float(respend_share), 0.0), 1.0)
    t = basis.totals
    effect = shift_effect(t.r1, t.r2, t.r3, basis.non_local[category], fraction, respend_share)
    return ScenarioOutcome(
        category=category, fraction=fraction, respend_share=respend_share,
        shifted=effect.shifted, extra_round3=effect.extra_round3,
        lm3_before=t.lm3, lm3_after=effect.lm3_after,
        recirculation_before=effect.recirculation_before,
        recirculation_after=effect.recirculation_after,
        base=t,
    )
