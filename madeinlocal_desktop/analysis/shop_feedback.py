"""What each interviewed shop gets back for its time: its own figures beside its sector and the
territory, its largest leaks, and what moving 10 % of them to local suppliers would mean.

Everything is computed on the same prepared data as `analyse` (so a shop's LM3 is the one in
`analyse --format json`'s `interviews`), and the shift is the core scenario's
(`scenarios.movable_by_interview` and `shift.shift_effect`). A sheet shows one shop's figures
only: its sector's median is given only when the sector has enough shops that no other shop's
figure can be read from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .engine import prepare, require_some
from .frames import SHARE
from .lm3 import rounds
from .scenarios import movable_by_interview
from .shift import shift_effect

SHIFT = 0.10  # the sheet's "what if 10 % went to local suppliers"
MIN_SECTOR = 5  # the median of a few shops is one of them: too close to another's figure
LEAKS = 3


@dataclass(frozen=True)
class ShopLeak:
    category: str
    outside: float  # euros a year paid outside the territory
    gain: float  # extra ΔR2 + ΔR3 a year if SHIFT of it went to local suppliers


@dataclass(frozen=True)
class ShopFeedback:
    interview_id: str
    business_id: str
    sector: str
    ownership: str
    lm3: float
    recirculation: float  # R2 / R1: share of its turnover spent locally
    sector_n: int
    sector_lm3: float | None  # medians of the sector's shops, None when too few
    sector_recirculation: float | None
    leaks: tuple[ShopLeak, ...]
    lm3_after: float  # with SHIFT of the listed leaks moved
    gain: float  # sum of the leaks' gains

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["leaks"] = [dict(leak.__dict__) for leak in self.leaks]
        return out


def shop_feedback(
    interviews: pd.DataFrame,
    lines: pd.DataFrame,
    *,
    respend_share: float,
    respondents: pd.DataFrame | None = None,
    defaults: Mapping[str, Any] | None = None,
    io_proxy: Mapping[str, float] | None = None,
    fraction: float = SHIFT,
    movable: Sequence[str] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> dict[str, ShopFeedback]:
    """One `ShopFeedback` per analysed shop (business id), its latest analysed interview.

    `respend_share`: the Round-3 share of the new local suppliers; `movable`: the categories
    that can go to local suppliers (by default every category with a local share)."""
    prep = prepare(interviews, lines, respondents=respondents, defaults=defaults,
                   io_proxy=io_proxy)
    require_some(prep)
    ids = interviews["id"].astype(str).to_numpy()[prep.rows]
    businesses = interviews["business_id"].astype(str).to_numpy()[prep.rows]
    sectors = interviews["sector"].astype(str).to_numpy()[prep.rows]
    ownership = interviews["ownership"].astype(str).to_numpy()[prep.rows]
    today = rounds(prep.r1, prep.lines)
    lm3 = today.y / prep.r1
    recirculation = today.r2 / prep.r1
    labels = list(prep.inputs.category.labels)
    ln = prep.lines
    share = ln.rule == SHARE
    outside: dict[str, np.ndarray] = {}
    for category in labels:
        if movable is not None and category not in movable:
            continue
        if ((ln.category == labels.index(category)) & share).any():
            outside[category] = movable_by_interview(prep, category)

    def shifted(row: int, euros: float) -> Any:  # the scenario's formula on one shop
        return shift_effect(float(prep.r1[row]), float(today.r2[row]), float(today.r3[row]),
                            euros, fraction, respend_share)

    def gain_of(row: int, euros: float) -> float:
        effect = shifted(row, euros)
        return float(effect.shifted + effect.extra_round3)

    medians: dict[str, tuple[int, float | None, float | None]] = {}
    for sector in set(sectors):
        rows = sectors == sector
        count = int(rows.sum())
        medians[sector] = ((count, float(np.median(lm3[rows])),
                            float(np.median(recirculation[rows]))) if count >= MIN_SECTOR
                           else (count, None, None))
    found: dict[str, ShopFeedback] = {}
    for row in range(len(prep.r1)):
        if should_cancel is not None and should_cancel():
            from ..errors import Cancelled

            raise Cancelled("shop sheets cancelled")
        leaks = sorted((ShopLeak(c, float(outside[c][row]), gain_of(row, float(outside[c][row])))
                        for c in outside if outside[c][row] > 0.005),
                       key=lambda leak: -leak.outside)[:LEAKS]
        after = shifted(row, sum(leak.outside for leak in leaks))
        count, sector_lm3, sector_recirculation = medians[sectors[row]]
        found[businesses[row]] = ShopFeedback(
            interview_id=ids[row], business_id=businesses[row], sector=sectors[row],
            ownership=ownership[row], lm3=float(lm3[row]),
            recirculation=float(recirculation[row]), sector_n=count, sector_lm3=sector_lm3,
            sector_recirculation=sector_recirculation, leaks=tuple(leaks),
            lm3_after=float(after.lm3_after), gain=float(after.shifted + after.extra_round3))
    return found
