"""What-if scenarios (methods.md §2): what if part of a spending category went to local suppliers?

`shift_scenario` moves a fraction of a category's non-local spending (amount × (1 − local
share)) to local suppliers whose own Round-3 re-spend share is given, and recomputes R2, R3 and
LM3 on the same resolved data as `analyse`. `direct_shift_effect` is the Civic Economics
shortcut for shifting market spending from chains to independents.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InvalidInput
from .engine import Prepared, prepare, require_some
from .frames import NEVER, SHARE
from .lm3 import FloatArray, rounds
from .shift import shift_effect


@dataclass(frozen=True)
class ScenarioResult:
    category: str
    fraction: float
    respend_share: float
    n: int
    lm3_before: float  # headline ratio of totals
    lm3_after: float
    moved: float  # € of formerly non-local spending now paid locally (sample sum)
    delta_r2: float  # extra € kept locally per year in the sample (Round 2)
    delta_r2_r3: float  # Round 2 + Round 3
    delta_r2_weighted: float | None  # the same, weighted to the population (None if unweighted)
    delta_r2_r3_weighted: float | None

    def to_dict(self) -> dict[str, Any]:
        return {k: (float(v) if isinstance(v, float | np.floating) else v)
                for k, v in self.__dict__.items()}


def _share(value: float, field: str) -> float:
    share = float(value)
    if not 0.0 <= share <= 1.0:
        if field == "fraction":
            raise InvalidInput("analysis.shift_fraction_range", field=field, share=share)
        raise InvalidInput("analysis.shift_respend_range", field=field, share=share)
    return share


def shift_scenario(
    interviews: pd.DataFrame,
    lines: pd.DataFrame,
    *,
    category: str,
    fraction: float,
    respend_share: float,
    respondents: pd.DataFrame | None = None,
    defaults: Mapping[str, Any] | None = None,
    io_proxy: Mapping[str, float] | None = None,
) -> ScenarioResult:
    """Shift `fraction` of `category`'s non-local spending to local suppliers re-spending
    `respend_share` locally, and report LM3 before and after and the euros kept locally."""
    fraction = _share(fraction, "fraction")
    respend_share = _share(respend_share, "respend_share")
    prep = prepare(interviews, lines, respondents=respondents, defaults=defaults,
                   io_proxy=io_proxy)
    require_some(prep)
    # the euros that can move, interview by interview; the formula itself is analysis/shift.py
    movable = movable_by_interview(prep, category)
    before = rounds(prep.r1, prep.lines)
    n = len(prep.r1)
    w = prep.weight
    sample = shift_effect(float(before.r1.sum()), float(before.r2.sum()), float(before.r3.sum()),
                          float(movable.sum()), fraction, respend_share)
    weighted = shift_effect(float(np.dot(w, before.r1)), float(np.dot(w, before.r2)),
                            float(np.dot(w, before.r3)), float(np.dot(w, movable)),
                            fraction, respend_share)
    return ScenarioResult(
        category=category,
        fraction=fraction,
        respend_share=respend_share,
        n=n,
        lm3_before=weighted.lm3_before,
        lm3_after=weighted.lm3_after,
        moved=sample.shifted,
        delta_r2=sample.shifted,
        delta_r2_r3=sample.shifted + sample.extra_round3,
        delta_r2_weighted=weighted.shifted if prep.inputs.weighted else None,
        delta_r2_r3_weighted=(weighted.shifted + weighted.extra_round3
                              if prep.inputs.weighted else None),
    )


def movable_by_interview(prep: Prepared, category: str) -> FloatArray:
    """The euros of `category` each interview pays outside the territory today (Σ amount ×
    (1 − local share) over its `share` lines): what a shift can move. `shift_scenario` sums
    them; the shop feedback sheets read one shop's. Both apply `shift.shift_effect` to them."""
    labels = list(prep.inputs.category.labels)
    if category not in labels:
        raise InvalidInput("analysis.category_has_no_line", field="category", category=category)
    code = labels.index(category)
    ln = prep.lines
    target = (ln.category == code) & (ln.rule == SHARE)
    in_category = ln.category == code
    if in_category.any() and not target.any():
        if (ln.rule[in_category] == NEVER).any():
            raise InvalidInput("analysis.category_national", field="category", category=category)
        raise InvalidInput("analysis.category_retained", field="category", category=category)
    # Only the non-local part moves; the part already local keeps its own Round-3 share.
    outside = np.where(target, ln.amount * (1.0 - ln.local_share), 0.0)
    return np.bincount(ln.interview, weights=outside, minlength=len(prep.r1)).astype(float)


def direct_shift_effect(x: float, M: float, r_indep: float, r_chain: float) -> float:
    """Civic Economics: extra € kept locally when a share x of market spending M moves from
    chains (recirculation share r_chain) to independents (r_indep): Δlocal = x × M × (r_i − r_c).
    """
    return x * M * (r_indep - r_chain)
