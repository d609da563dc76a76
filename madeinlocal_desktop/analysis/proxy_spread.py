"""Monte Carlo over the Round-3 shares nobody answered (methods.md §3, "Uncertainty").

An `io_proxy` or `default` share is one number applied to every line of a recipient group: an
estimate, not an answer, and the bootstrap (which resamples businesses) cannot see how wrong it
may be. Each draw gives every such group a share from a Beta distribution centred on its value
(mean s, concentration κ: standard deviation √(s(1 − s)/(κ + 1)), about ±11 points around 40 %
for κ = 20) and recomputes the LM3. The share is drawn once per group, not per line: a proxy
that is wrong is wrong for the whole group.

Round 3 is linear in the shares, so no interview is recomputed: a group g adds
A_gk = Σ w × R2 over its lines in domain k, and the LM3 of domain k under a draw is
R_k + Σ_g (s_g,draw − s_g) × A_gk / X_k, with X_k = Σ w R1. One matrix product per domain.
Survey, survey_mean and imputed shares are not drawn (imputed ones have their 0 %/100 % bounds).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from .frames import DEFAULT, IO_PROXY, SHARE, SOURCES
from .lm3 import LineArrays, Rounds, sum_by

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

DRAWS = 2000
CONCENTRATION = 20.0
DRAWN_SOURCES = (IO_PROXY, DEFAULT)


@dataclass(frozen=True)
class ProxyDraws:
    """The estimated groups and, per draw, how far each group's share moved."""

    groups: tuple[str, ...]
    shares: FloatArray  # per group: the share the headline used
    sources: tuple[str, ...]  # per group: "io_proxy" or "default"
    lines: IntArray  # per group: how many lines use it
    line_rows: IntArray  # the lines drawn (indexes into LineArrays)
    line_group: IntArray  # their group (index into `groups`)
    deltas: FloatArray  # (draws, groups): drawn share − used share
    seed: int
    concentration: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "draws": int(self.deltas.shape[0]), "seed": int(self.seed),
            "concentration": float(self.concentration),
            "groups": {g: {"share": float(s), "source": src, "lines": int(n)}
                       for g, s, src, n in zip(self.groups, self.shares, self.sources,
                                               self.lines, strict=True)},
        }


def draw_shares(lines: LineArrays, source: IntArray, recipient: IntArray,
                recipient_labels: Any, *, draws: int, seed: int,
                concentration: float) -> ProxyDraws | None:
    """Beta draws for every group whose Round-3 share is an io_proxy or a default; None when
    every share used was surveyed (or imputed), or when `draws` is 0."""
    drawn = np.isin(source, DRAWN_SOURCES) & (lines.rule == SHARE)
    rows = np.flatnonzero(drawn)
    if draws == 0 or len(rows) == 0:
        return None
    # A group resolves its missing lines one way (respend.resolve), so (group, source) is one
    # value; keying on both keeps that true even if a line carried its own proxy.
    keys = recipient[rows] * len(SOURCES) + source[rows]
    unique, line_group = np.unique(keys, return_inverse=True)
    line_group = line_group.ravel()
    shares = sum_by(line_group, lines.respend_share[rows], len(unique)) / np.bincount(line_group)
    # A share of exactly 0 or 1 has no Beta around it: it is taken as sure.
    centre = np.clip(shares, 1e-9, 1 - 1e-9)
    rng = np.random.default_rng(seed)
    sample = rng.beta(centre * concentration, (1 - centre) * concentration,
                      size=(draws, len(unique)))
    sure = (shares <= 0) | (shares >= 1)
    deltas = np.where(sure, 0.0, sample - shares)
    return ProxyDraws(
        groups=tuple(str(recipient_labels[int(k // len(SOURCES))]) for k in unique),
        shares=shares,
        sources=tuple(SOURCES[int(k % len(SOURCES))] for k in unique),
        lines=np.bincount(line_group).astype(np.intp),
        line_rows=rows, line_group=line_group, deltas=deltas,
        seed=seed, concentration=concentration,
    )


def replicate_ratios(spread: ProxyDraws, lines: LineArrays, weight: FloatArray, rnd: Rounds,
                     domain: IntArray, n_domains: int) -> FloatArray:
    """LM3 (ratio of totals) of each domain under each draw: (draws, n_domains).

    `domain` gives each interview's domain code (all zeros for the headline)."""
    rows = spread.line_rows
    interview = lines.interview[rows]
    r2_line = lines.amount[rows] * lines.local_share[rows]
    cell = spread.line_group * n_domains + domain[interview]
    exposure = sum_by(cell, weight[interview] * r2_line,
                      len(spread.groups) * n_domains).reshape(len(spread.groups), n_domains)
    wx = sum_by(domain, weight * rnd.r1, n_domains)
    wy = sum_by(domain, weight * rnd.y, n_domains)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (wy + spread.deltas @ exposure) / wx
