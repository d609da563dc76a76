"""The shift formula of methods.md §2, written once (plain floats: no numpy, cheap to import).

Moving a fraction f of a category's non-local spending N (Σ w · amount · (1 − local share) over
its `share` lines) to local suppliers adds ΔR2 = f × N; those suppliers re-spend a share s of it
locally: ΔR3 = s × ΔR2. New LM3 = (R1 + R2 + R3 + ΔR2 + ΔR3) / R1. `scenarios.shift_scenario`
(the CLI's and the report's scenario, from the study's rows) and the dashboard's slider
(`dashboard_data.run_scenario`, from one analysis) both compute their figures here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class ShiftEffect:
    shifted: float  # ΔR2, euros per year
    extra_round3: float  # ΔR3, euros per year
    lm3_before: float
    lm3_after: float
    recirculation_before: float  # R2 / R1
    recirculation_after: float


def shift_effect(r1: float, r2: float, r3: float, non_local: float, fraction: float,
                 respend_share: float) -> ShiftEffect:
    """The rounds after a shift, from the totals of the three rounds before it."""
    shifted = fraction * non_local
    extra = respend_share * shifted

    def per_r1(value: float) -> float:
        return value / r1 if r1 else math.nan

    return ShiftEffect(
        shifted=shifted, extra_round3=extra,
        lm3_before=per_r1(r1 + r2 + r3), lm3_after=per_r1(r1 + r2 + r3 + shifted + extra),
        recirculation_before=per_r1(r2), recirculation_after=per_r1(r2 + shifted))
