"""Missing-data rules (methods.md §3): never read a missing answer as zero.

- missing local share → median local share of the same category in the same sector, else of the
  category over all sectors, else 0.5; flagged; bounds at 0 and 1 are reported by the engine;
- missing amount → sector median of (line amount / R1) for that category × this R1, else the
  category median over all sectors; flagged; when no interview reports the category at all the
  interview cannot be described and is excluded with a reason;
- missing turnover (R1) → the interview is excluded from aggregates, with a reason (a zero
  turnover too: LM3 is undefined).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..errors import Message

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
BoolArray = npt.NDArray[np.bool_]

FALLBACK_SHARE = 0.5
"""Used only when nothing at all was observed: the midpoint, with bounds at 0 and 1 reported."""

REASON_NO_TURNOVER = "turnover (R1) not answered"
REASON_ZERO_TURNOVER = "turnover (R1) is zero, so LM3 is undefined"
# Reasons stay in English in the JSON results (machine-read); `Exclusions.said` words them.
REASON_AMOUNT_UNKNOWN = ("amount of category {category} not answered, and no other interview "
                         "reports one")


def group_median(values: FloatArray, keys: IntArray, n_keys: int,
                 wanted: BoolArray | None = None) -> FloatArray:
    """Median of the non-NaN `values` per integer key in [0, n_keys); NaN where a key has none.

    `wanted` (per key) limits the work to the keys whose median will be used.
    """
    out = np.full(n_keys, np.nan)
    seen = ~np.isnan(values)
    if wanted is not None:
        seen &= wanted[keys]
    if seen.any():
        # Categorical keys: pandas groups by the codes directly instead of hashing them again.
        groups = pd.CategoricalIndex(
            pd.Categorical.from_codes(keys[seen], categories=pd.RangeIndex(n_keys)))
        medians = pd.Series(values[seen]).groupby(groups, observed=True).median()
        out[medians.index.to_numpy(dtype=np.intp)] = medians.to_numpy(dtype=np.float64)
    return out


def _two_level_median(
    values: FloatArray, gap: BoolArray, sector: IntArray, category: IntArray, n_sectors: int,
    n_categories: int,
) -> FloatArray:
    """For the `gap` lines: median in (sector, category), else in category, else NaN."""
    key = sector * n_categories + category
    n_keys = n_sectors * n_categories
    fill = group_median(values, key, n_keys, np.bincount(key[gap], minlength=n_keys) > 0)
    fill = fill[key[gap]]
    if np.isnan(fill).any():  # the coarse level only when some cell has no observation
        wanted = np.bincount(category[gap][np.isnan(fill)], minlength=n_categories) > 0
        coarse = group_median(values, category, n_categories, wanted)[category[gap]]
        fill = np.where(np.isnan(fill), coarse, fill)
    return fill


@dataclass(frozen=True)
class Imputed:
    values: FloatArray
    imputed: BoolArray  # where a value was filled in
    unfillable: BoolArray  # where nothing could be filled in (values stay NaN)


def impute_local_share(
    local_share: FloatArray,
    needed: BoolArray,
    sector: IntArray,
    category: IntArray,
    n_sectors: int,
    n_categories: int,
) -> Imputed:
    """Fill missing local shares where `needed` (lines whose share enters R2)."""
    gap = np.isnan(local_share) & needed
    values = local_share.copy()
    if gap.any():
        median = _two_level_median(local_share, gap, sector, category, n_sectors, n_categories)
        values[gap] = np.where(np.isnan(median), FALLBACK_SHARE, median)
    return Imputed(values, gap, np.zeros_like(gap))


def impute_amount(
    amount: FloatArray,
    r1_of_line: FloatArray,
    sector: IntArray,
    category: IntArray,
    n_sectors: int,
    n_categories: int,
) -> Imputed:
    """Fill missing amounts as (median amount / R1 of the category in the sector) × R1."""
    gap = np.isnan(amount)
    values = amount.copy()
    unfillable = np.zeros_like(gap)
    if gap.any():
        usable = r1_of_line > 0
        ratio = np.full(len(amount), np.nan)
        np.divide(amount, r1_of_line, out=ratio, where=usable)
        median = _two_level_median(ratio, gap, sector, category, n_sectors, n_categories)
        values[gap] = median * r1_of_line[gap]  # stays NaN when R1 or the median is missing
        unfillable = gap & np.isnan(values)
    return Imputed(values, gap & ~unfillable, unfillable)


@dataclass(frozen=True)
class Exclusions:
    excluded: BoolArray  # per interview
    reasons: npt.NDArray[np.object_]  # per interview: None, or why it is left out
    said: dict[str, Message]  # each reason as a person reads it, in their language


def exclusions(
    r1: FloatArray, line_interview: IntArray, unfillable: BoolArray, category_of_line: IntArray,
    category_labels: Sequence[str] | npt.NDArray[np.object_],
) -> Exclusions:
    """Which interviews cannot enter the aggregates, and why (one reason each)."""
    reasons = np.full(len(r1), None, dtype=object)
    said = {REASON_ZERO_TURNOVER: Message("analysis.excluded_zero_turnover"),
            REASON_NO_TURNOVER: Message("analysis.excluded_no_turnover")}
    no_r1 = np.isnan(r1)
    reasons[r1 == 0] = REASON_ZERO_TURNOVER
    reasons[no_r1] = REASON_NO_TURNOVER
    excluded = no_r1 | (r1 == 0)
    rows = np.flatnonzero(unfillable & ~no_r1[line_interview])
    if len(rows):
        # the first category that could not be filled in names the problem
        interview, first = np.unique(line_interview[rows], return_index=True)
        labels = np.asarray(category_labels, dtype=object)[category_of_line[rows[first]]]
        fresh = ~excluded[interview]
        unknown = {str(lab): REASON_AMOUNT_UNKNOWN.format(category=lab) for lab in labels[fresh]}
        reasons[interview[fresh]] = [unknown[str(lab)] for lab in labels[fresh]]
        said.update({reason: Message("analysis.excluded_amount_unknown", category=lab)
                     for lab, reason in unknown.items()})
        excluded[interview] = True
    return Exclusions(excluded, reasons, said)
