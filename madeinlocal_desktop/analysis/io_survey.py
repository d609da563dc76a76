"""Joining the survey to the input-output model (methods.md §4 (a)-(c)). Pure numpy/pandas.

- Observed local purchase shares per buying sector, for the hybrid table: Σ amount × local
  share / Σ amount over the shops' intermediate supplier lines.
- The supplier `io_proxy` Round-3 share: local suppliers are spread over sectors the way the
  surveyed shops buy locally, and their re-spend shares s_i are averaged with those weights.
- The demand of a survey scenario, spread over supplying sectors (`spread_purchases`).

`lines` is the analysis frame of spending lines (analysis/frames.py); `sector_of` maps an
interview id to its input-output sector (None when its NAF code is missing or unknown).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]

SUPPLIER = "supplier"
# Capital goods are final demand (GFCF) in an input-output table, not intermediate purchases.
CAPITAL = frozenset({"capex"})
# Goods bought to resell as they are: a table records only the seller's trade margin, so they
# are not in the buying sector's input column either (see `goods_mix`).
RESALE = frozenset({"goods_resale"})


@dataclass(frozen=True)
class ObservedShare:
    """The local share of one buying sector's supplier purchases, as the survey measured it."""

    share: float
    purchases: float  # euros of supplier purchases with an answered amount and local share
    interviews: int


def supplier_lines(lines: pd.DataFrame, sector_of: Mapping[str, str | None], *,
                   exclude: frozenset[str] = CAPITAL) -> pd.DataFrame:
    """Supplier lines with a buying sector, an amount and a local share answered."""
    picked = lines[
        (lines["recipient"] == SUPPLIER)
        & (lines["r2_rule"] == "share")
        & ~lines["category"].isin(exclude)
        & lines["amount"].notna()
        & lines["local_share"].notna()
    ].copy()
    picked["io_sector"] = picked["interview_id"].map(lambda i: sector_of.get(str(i)))
    return picked[picked["io_sector"].notna()]


def observed_local_shares(lines: pd.DataFrame,
                          sector_of: Mapping[str, str | None]) -> dict[str, ObservedShare]:
    """Per buying sector: Σ amount × local share / Σ amount over its supplier lines.

    Only intermediate purchases (supplies, services, energy...) count, the ones a column of the
    table describes: not capital goods, not goods bought to resell.
    """
    picked = supplier_lines(lines, sector_of, exclude=CAPITAL | RESALE)
    picked = picked[picked["amount"] > 0]
    out: dict[str, ObservedShare] = {}
    for sector, group in picked.groupby("io_sector", sort=True):
        total = float(group["amount"].sum())
        local = float((group["amount"] * group["local_share"]).sum())
        out[str(sector)] = ObservedShare(share=min(max(local / total, 0.0), 1.0),
                                         purchases=total,
                                         interviews=int(group["interview_id"].nunique()))
    return out


def purchases_by_sector(picked: pd.DataFrame, codes: list[str], weights: pd.Series) -> FloatArray:
    """Σ of `weights` (one per line of `picked`) by buying sector, in `codes` order."""
    sums = weights.groupby(picked["io_sector"]).sum()
    return np.array([float(sums.get(code, 0.0)) for code in codes], dtype=np.float64)


def column_mix(coefficients: FloatArray, fallback: FloatArray | None = None) -> FloatArray:
    """Each buying column scaled to sum to 1: how a euro of its purchases splits over suppliers.

    A column with no purchases at all (e.g. a sector absent from the region) takes the
    `fallback` column if given, else buys from its own sector.
    """
    c = np.array(coefficients, dtype=np.float64)
    sums = c.sum(axis=0)
    empty = sums <= 0
    if fallback is not None:
        c[:, empty] = np.asarray(fallback, dtype=np.float64)[:, empty]
        sums = c.sum(axis=0)
        empty = sums <= 0
    idx = np.flatnonzero(empty)
    c[:, idx] = 0.0
    c[idx, idx] = 1.0
    sums[empty] = 1.0
    return np.asarray(c / sums, dtype=np.float64)


def goods_mix(household_consumption: FloatArray | None,
              goods: NDArray[np.bool_]) -> FloatArray | None:
    """How a euro of goods bought to resell splits over goods sectors.

    A shop's goods for resale are not in its sector's input column (an input-output table
    records only the trade margin of a retailer); they are the goods households buy, so
    households' purchases of domestic goods give the split. None without that account.
    """
    if household_consumption is None:
        return None
    weights = np.where(goods, np.maximum(np.asarray(household_consumption, dtype=np.float64),
                                         0.0), 0.0)
    total = weights.sum()
    return None if not total > 0 else np.asarray(weights / total, dtype=np.float64)


def spread_purchases(picked: pd.DataFrame, euros: pd.Series, codes: list[str],
                     mix: FloatArray, goods: FloatArray | None) -> FloatArray:
    """Euros of purchases (one amount per line of `picked`) by *supplying* sector.

    Goods for resale follow `goods` when known; everything else follows the input mix of the
    buyer's sector (column of `mix`).
    """
    resale = picked["category"].isin(RESALE).to_numpy()
    if goods is None:
        resale = np.zeros(len(picked), dtype=bool)
    others = purchases_by_sector(picked[~resale], codes, euros[~resale])
    spread = mix @ others
    if goods is not None:
        spread = spread + float(euros[resale].sum()) * goods
    return np.asarray(spread, dtype=np.float64)


def normalised(weights: FloatArray, fallback: FloatArray) -> FloatArray:
    """`weights` scaled to sum to 1, or `fallback` (e.g. the economy's intermediate sales by
    sector) when there is nothing to weigh (no NAF codes, no answered lines)."""
    weights = np.asarray(weights, dtype=np.float64)
    if not weights.sum() > 0:
        weights = np.asarray(fallback, dtype=np.float64)
    total = weights.sum()
    if not total > 0:
        raise ValueError("no positive weight to spread the purchases over")
    return np.asarray(weights / total, dtype=np.float64)


def weighted_share(shares: FloatArray, weights: FloatArray) -> float:
    """Σ_i weight_i · s_i, kept in [0, 1]."""
    return float(min(max(float(np.dot(weights, shares)), 0.0), 1.0))
